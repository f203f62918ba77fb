package dev.payintent

import org.json.JSONArray
import org.json.JSONObject
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/** The sandbox binary, started once for the test run. */
object Sandbox {
    val url: String by lazy { start() }
    private val http = HttpClient.newHttpClient()

    private fun start(): String {
        val exe = System.getProperty("payintent.sandbox") ?: error("payintent.sandbox is not set")
        val proc = ProcessBuilder(exe, "--port", "0").redirectErrorStream(true).start()
        Runtime.getRuntime().addShutdownHook(Thread { proc.destroy() })
        val line = proc.inputStream.bufferedReader().readLine() ?: error("the sandbox printed nothing")
        check(line.startsWith("payintent-sandbox listening on ")) { line }
        return line.substringAfterLast(' ')
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

    fun client(key: String = "sk_test_kotlin_suite", profile: WireProfile = WireProfile.STRIPE): Client =
        Client(key, ClientOptions(baseUrl = url, profile = profile))
}
