// Test helper: the sandbox server run as a child process, its fault and request-log endpoints, and clients for it.
package dev.payintent

import dev.payintent.types.Profile
import org.json.JSONArray
import org.json.JSONObject
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * The sandbox binary, started once for the test run and killed by PID when
 * the test JVM exits (normally, after failed tests, or on SIGINT/SIGTERM).
 */
object Sandbox {
    val url: String by lazy { start() }
    private val http = HttpClient.newHttpClient()

    /** The running sandbox (null before the first test that needs it). */
    @Volatile var process: Process? = null
        private set

    private fun start(): String {
        val exe = System.getProperty("payintent.sandbox") ?: error("payintent.sandbox is not set")
        val proc = ProcessBuilder(exe, "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start()
        process = proc
        Runtime.getRuntime().addShutdownHook(Thread { stop(proc) })
        try {
            val reader = proc.inputStream.bufferedReader()
            val line = reader.readLine() ?: error("the sandbox printed nothing")
            check(line.startsWith("payintent-sandbox listening on ")) { line }
            // Keep reading so that the sandbox can never block on a full pipe.
            Thread { reader.use { r -> while (r.readLine() != null) Unit } }.apply { isDaemon = true }.start()
            return line.substringAfterLast(' ')
        } catch (e: Throwable) {
            stop(proc)
            throw e
        }
    }

    /** Kill a process (SIGKILL) and wait until it is gone. */
    fun stop(proc: Process) {
        proc.destroyForcibly()
        proc.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
    }

    private fun send(method: String, path: String, body: String? = null): String {
        val pub = if (body == null) HttpRequest.BodyPublishers.noBody() else HttpRequest.BodyPublishers.ofString(body)
        val req = HttpRequest.newBuilder(URI.create(url + path)).method(method, pub)
            .header("content-type", "application/json").build()
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body()
    }

    fun fault(spec: JSONObject) { send("POST", "/__sandbox/faults", spec.toString()) }

    fun clear() {
        send("DELETE", "/__sandbox/faults")
        send("DELETE", "/__sandbox/requests")
    }

    fun requests(): JSONArray = JSONObject(send("GET", "/__sandbox/requests")).getJSONArray("data")

    fun client(key: String = "sk_test_kotlin_suite", profile: Profile = Profile.STRIPE): Client =
        Client(key, ClientOptions(baseUrl = url, profile = profile))
}
