// Example helper: a local webhook endpoint (the JDK's HttpServer) registered with the sandbox; verifies each raw body.
package dev.payintent.examples

import com.sun.net.httpserver.HttpServer
import dev.payintent.Webhook
import dev.payintent.types.Event
import dev.payintent.types.PayIntentException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import java.net.InetSocketAddress
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.Executors
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kotlin.time.Duration

/**
 * Receives webhook deliveries on `http://127.0.0.1:<port>/webhooks`,
 * registered for every event type with `POST /v1/webhook_endpoints` (the
 * sandbox accepts loopback URLs; a real account needs a public HTTPS URL, or
 * the Stripe CLI forwarding to this one). Each request's raw body is verified
 * with the endpoint's secret before anything else; verified events are
 * queued for [next], others answered 400. Deliveries come at least once and
 * in any order, so the caller handles each event id once. [close] deletes
 * the endpoint and stops the server.
 */
class WebhookReceiver private constructor(
    private val baseUrl: String,
    private val apiKey: String,
    private val server: HttpServer,
) : AutoCloseable {
    private val events = LinkedBlockingQueue<Event>()
    private val http = HttpClient.newHttpClient()
    private var endpointId: String? = null
    @Volatile private var secret = ""

    private fun register() {
        val url = "http://127.0.0.1:${server.address.port}/webhooks"
        val form = "url=" + URLEncoder.encode(url, Charsets.UTF_8) + "&enabled_events[]=*"
        val created = call("POST", "/v1/webhook_endpoints", form)
        endpointId = stringField(created, "id")
        secret = stringField(created, "secret") // returned on creation only
    }

    private fun receive() {
        server.createContext("/webhooks") { exchange ->
            exchange.use {
                val body = exchange.requestBody.readBytes() // the raw body: verify it before parsing anything
                val status = try {
                    events.put(Webhook.constructEvent(body, exchange.requestHeaders.getFirst("Stripe-Signature").orEmpty(), secret))
                    200
                } catch (e: PayIntentException.SignatureVerificationException) {
                    400
                }
                exchange.sendResponseHeaders(status, -1)
            }
        }
        server.executor = Executors.newFixedThreadPool(2) { r -> Thread(r, "webhooks").apply { isDaemon = true } }
        server.start()
    }

    /** The next verified event, or null when none came within [timeout]. */
    suspend fun next(timeout: Duration): Event? =
        withContext(Dispatchers.IO) { events.poll(timeout.inWholeMilliseconds, TimeUnit.MILLISECONDS) }

    override fun close() {
        endpointId?.let { call("DELETE", "/v1/webhook_endpoints/$it", null) }
        server.stop(0)
    }

    private fun call(method: String, path: String, form: String?): String {
        val body = if (form == null) HttpRequest.BodyPublishers.noBody() else HttpRequest.BodyPublishers.ofString(form)
        val request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, body)
            .header("Authorization", "Bearer $apiKey")
            .header("Content-Type", "application/x-www-form-urlencoded").build()
        val response = http.send(request, HttpResponse.BodyHandlers.ofString())
        check(response.statusCode() == 200) { "$method $path: ${response.statusCode()} ${response.body()}" }
        return response.body()
    }

    /** A top-level string field of a small JSON object (the endpoint's id and secret; neither holds a quote). */
    private fun stringField(json: String, name: String): String =
        Regex("\"$name\"\\s*:\\s*\"([^\"]*)\"").find(json)?.groupValues?.get(1) ?: error("no $name in the answer")

    companion object {
        /** Starts the server on a free loopback port and registers it with the API at [baseUrl]. */
        fun start(baseUrl: String, apiKey: String): WebhookReceiver {
            val receiver = WebhookReceiver(baseUrl, apiKey, HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0))
            try {
                receiver.receive()
                receiver.register()
            } catch (e: Throwable) {
                receiver.close()
                throw e
            }
            return receiver
        }
    }
}
