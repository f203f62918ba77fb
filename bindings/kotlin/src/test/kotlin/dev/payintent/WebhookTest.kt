// Webhooks in Kotlin: Webhook.constructEvent's checks, typed events, and signed delivery from the sandbox with retries.
package dev.payintent

import com.sun.net.httpserver.HttpServer
import dev.payintent.types.CaptureMethod
import dev.payintent.types.CaptureParams
import dev.payintent.types.ConfirmParams
import dev.payintent.types.CreateParams
import dev.payintent.types.Event
import dev.payintent.types.EventListParams
import dev.payintent.types.EventObject
import dev.payintent.types.PayIntentException
import dev.payintent.types.Status
import kotlinx.coroutines.runBlocking
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.net.InetSocketAddress
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.UUID
import java.util.concurrent.Executors
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds

/**
 * Verification of deliveries (every check that can fail, rotated secrets,
 * the tolerance, bodies that are not events, unknown event types) and the
 * whole loop against the sandbox: an endpoint registered through the API that
 * fails its first answers, the sandbox's retries, deduplication by event id,
 * and the same events through `client.events()`.
 */
class WebhookTest {
    private val secret = "whsec_kt_test_secret"
    private val payload = """{"id":"evt_kt_1","object":"event","api_version":"2023-08-16","created":1700000000,""" +
        """"livemode":false,"pending_webhooks":1,"request":{"id":"req_kt_1","idempotency_key":"order-1"},""" +
        """"type":"payment_intent.succeeded","data":{"object":{"id":"pi_kt_1","object":"payment_intent",""" +
        """"amount":2000,"currency":"usd","status":"succeeded"},"previous_attributes":{"status":"processing"}}}"""

    private fun now(): Long = System.currentTimeMillis() / 1000

    /** The `v1` signature computed here with the JDK's HMAC, independently of the core. */
    private fun hmacV1(body: String, secret: String, t: Long): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(secret.toByteArray(), "HmacSHA256"))
        return mac.doFinal("$t.$body".toByteArray()).joinToString("") { "%02x".format(it) }
    }

    /** The failure of a delivery that must not verify; its texts never show the secret. */
    private fun refused(body: String, header: String, secret: String = this.secret): PayIntentException.SignatureVerificationException {
        val e = assertThrows<PayIntentException.SignatureVerificationException> { Webhook.constructEvent(body, header, secret) }
        assertEquals("signature_verification_error", e.kind)
        for (text in listOf(e.toString(), e.message.orEmpty(), e.details.toString())) {
            assertFalse(text.contains(secret), text)
        }
        return e
    }

    @Test
    fun aValidDeliveryIsATypedEvent() {
        val header = Webhook.generateTestHeader(payload, secret)
        val event = Webhook.constructEvent(payload.toByteArray(), header, secret)
        assertEquals("evt_kt_1", event.id)
        assertEquals("payment_intent.succeeded", event.eventType)
        assertEquals("2023-08-16", event.apiVersion)
        assertEquals(1700000000L, event.created)
        assertEquals(1L, event.pendingWebhooks)
        assertEquals("req_kt_1", event.request?.id)
        assertEquals("order-1", event.request?.idempotencyKey)
        assertEquals(Status.Succeeded, event.paymentIntent?.status)
        assertEquals("pi_kt_1", (event.data.`object` as EventObject.Intent).v1.id)
        assertEquals("processing", JSONObject(event.data.previousAttributes!!).getString("status"))
        // The String overload checks the same bytes.
        assertEquals(event, Webhook.constructEvent(payload, header, secret))

        // The header names the time it was made and carries the HMAC the JDK computes too.
        val t = 1_700_000_000L
        val known = Webhook.generateTestHeader(payload.toByteArray(), secret, t)
        assertEquals("t=$t,v1=${hmacV1(payload, secret, t)}", known)
        val current = Webhook.generateTestHeader(payload, secret)
        val stamped = current.substringAfter("t=").substringBefore(',').toLong()
        assertTrue(stamped in now() - 5..now(), current)
    }

    @Test
    fun everyFailedCheckSaysWhich() {
        val header = Webhook.generateTestHeader(payload, secret)
        val tampered = payload.replace("\"amount\":2000", "\"amount\":2")
        assertTrue(refused(tampered, header).apiMessage.contains("no signature"))
        assertTrue(refused(payload, header, "whsec_kt_wrong").apiMessage.contains("no signature"))
        // Signed, then parsed and written again: not the raw body, so it does not verify.
        assertTrue(refused(JSONObject(payload).toString(), header).apiMessage.contains("raw request body"))
        assertTrue(refused(payload, "").apiMessage.contains("no Stripe-Signature header"))
        for (malformed in listOf("garbage", "v1=${hmacV1(payload, secret, now())}", "t=${now()}", "t=${now()},v1=zz")) {
            assertTrue(refused(payload, malformed).apiMessage.contains("malformed"), malformed)
        }
        val e = assertThrows<PayIntentException.InvalidArgumentException> { Webhook.constructEvent(payload, header, "") }
        assertEquals("invalid_argument_error", e.kind)
    }

    @Test
    fun anOldSignaturePassesOnlyWithALargerTolerance() {
        val old = Webhook.generateTestHeader(payload, secret, now() - 600)
        assertTrue(refused(payload, old).apiMessage.contains("tolerance of 300 s"))
        assertTrue(refused(payload, old).apiMessage.let { Regex("is 6\\d\\d s old").containsMatchIn(it) })
        assertEquals("evt_kt_1", Webhook.constructEvent(payload, old, secret, tolerance = 900.seconds).id)
        assertEquals("evt_kt_1", Webhook.constructEvent(payload, old, secret, tolerance = Duration.ZERO).id)
        for (bad in listOf((-1).seconds, Duration.INFINITE)) {
            assertThrows<PayIntentException.InvalidArgumentException> { Webhook.constructEvent(payload, old, secret, bad) }
        }
    }

    @Test
    fun rotatedSecretsBothVerify() {
        val t = now()
        val both = "t=$t,v1=${hmacV1(payload, "whsec_kt_old", t)},v0=ignored,v1=${hmacV1(payload, secret, t)}"
        assertEquals("evt_kt_1", Webhook.constructEvent(payload, both, secret).id)
        assertEquals("evt_kt_1", Webhook.constructEvent(payload, both, "whsec_kt_old").id)
        refused(payload, both, "whsec_kt_third")
    }

    @Test
    fun signedBodiesThatAreNotEventsAndEventsOfOtherObjects() {
        for (body in listOf("""{"hello":"world"}""", "not json", "[]")) {
            val e = assertThrows<PayIntentException.InvalidArgumentException> {
                Webhook.constructEvent(body, Webhook.generateTestHeader(body, secret), secret)
            }
            assertTrue(e.apiMessage.contains("not an event"), e.apiMessage)
        }
        val other = """{"id":"evt_kt_2","object":"event","created":1700000000,"livemode":false,"pending_webhooks":0,""" +
            """"type":"customer.created","data":{"object":{"id":"cus_kt","object":"customer","email":"a@b.c"}}}"""
        val event = Webhook.constructEvent(other, Webhook.generateTestHeader(other, secret), secret)
        assertEquals("customer.created", event.eventType)
        assertNull(event.paymentIntent)
        assertEquals("cus_kt", JSONObject((event.data.`object` as EventObject.Other).v1).getString("id"))
    }

    @Test
    fun duplicateDeliveriesAreHandledOnce() {
        val handled = mutableSetOf<String>()
        var work = 0
        fun handle(body: ByteArray, header: String) {
            val event = Webhook.constructEvent(body, header, secret)
            if (handled.add(event.id)) work++
        }
        val header = Webhook.generateTestHeader(payload, secret)
        repeat(3) { handle(payload.toByteArray(), header) }
        assertEquals(1, work)
    }

    /** One request the sandbox made to the receiver: its signature header, raw body and our answer's status. */
    private data class Delivery(val signature: String, val body: ByteArray, val status: Int)

    private val http = HttpClient.newHttpClient()

    private fun form(vararg pairs: Pair<String, String>): String =
        pairs.joinToString("&") { (k, v) -> URLEncoder.encode(k, Charsets.UTF_8) + "=" + URLEncoder.encode(v, Charsets.UTF_8) }

    private fun api(method: String, path: String, key: String, account: String, body: String? = null): JSONObject {
        val publisher = if (body == null) HttpRequest.BodyPublishers.noBody() else HttpRequest.BodyPublishers.ofString(body)
        val req = HttpRequest.newBuilder(URI.create(Sandbox.url + path)).method(method, publisher)
            .header("authorization", "Bearer $key").header("stripe-account", account)
            .header("content-type", "application/x-www-form-urlencoded").build()
        val resp = http.send(req, HttpResponse.BodyHandlers.ofString())
        assertEquals(200, resp.statusCode(), resp.body())
        return JSONObject(resp.body())
    }

    @Test
    fun theSandboxDeliversSignedEventsAndRetriesAFailingEndpoint(): Unit = runBlocking {
        val key = "sk_test_kotlin_webhooks"
        // An account of its own: no other test's events reach this endpoint.
        val account = "acct_kt_webhooks_${UUID.randomUUID().toString().take(8)}"
        val deliveries = LinkedBlockingQueue<Delivery>()
        val requests = AtomicInteger()
        val pool = Executors.newFixedThreadPool(4)
        val server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
        server.executor = pool
        server.createContext("/hooks") { ex ->
            ex.use {
                val body = ex.requestBody.readBytes()
                // The first two requests fail after reading the body: the sandbox must send those events again.
                val status = if (requests.incrementAndGet() <= 2) 500 else 200
                deliveries.put(Delivery(ex.requestHeaders.getFirst("Stripe-Signature").orEmpty(), body, status))
                ex.sendResponseHeaders(status, -1)
            }
        }
        server.start()
        var endpointId: String? = null
        try {
            val endpoint = api("POST", "/v1/webhook_endpoints", key, account,
                form("url" to "http://127.0.0.1:${server.address.port}/hooks", "enabled_events[]" to "*"))
            endpointId = endpoint.getString("id")
            val whsec = endpoint.getString("secret")
            assertTrue(whsec.startsWith("whsec_"), whsec)

            val client = Client(key, ClientOptions(baseUrl = Sandbox.url, stripeAccount = account))
            val idem = "kt-webhooks-${UUID.randomUUID()}"
            val created = client.create(
                CreateParams(amount = 2000, currency = "usd", captureMethod = CaptureMethod.Manual, paymentMethod = "pm_card_visa"),
                RequestOptions(idempotencyKey = idem),
            )
            assertEquals(Status.RequiresCapture, client.confirm(created.id, ConfirmParams()).status)
            assertEquals(Status.Succeeded, client.capture(created.id, CaptureParams()).status)

            // At least once, in any order: verify each request's raw body, handle each event id once.
            val wanted = setOf("payment_intent.created", "payment_intent.amount_capturable_updated", "payment_intent.succeeded")
            val handled = linkedMapOf<String, Event>()
            val seenIds = mutableListOf<String>()
            val failedIds = mutableSetOf<String>()
            while (!handled.values.map { it.eventType }.toSet().containsAll(wanted) || !handled.keys.containsAll(failedIds)) {
                val d = deliveries.poll(20, TimeUnit.SECONDS) ?: error("deliveries stopped; handled ${handled.keys}")
                val event = Webhook.constructEvent(d.body, d.signature, whsec)
                assertThrows<PayIntentException.SignatureVerificationException> {
                    Webhook.constructEvent(d.body, d.signature, "whsec_kt_wrong")
                }
                assertEquals(created.id, event.paymentIntent?.id)
                seenIds += event.id
                if (d.status != 200) failedIds += event.id else handled.putIfAbsent(event.id, event)
            }
            // Two answers failed, so at least two more requests than events.
            assertTrue(seenIds.size >= handled.size + 2, seenIds.toString())
            assertEquals(wanted, handled.values.map { it.eventType }.toSet())
            assertEquals(3, handled.size)
            assertTrue(failedIds.isNotEmpty())
            // Each failed event came again with the same id and was then handled once.
            for (id in failedIds) assertTrue(seenIds.count { it == id } >= 2, "$id: $seenIds")

            val first = handled.values.single { it.eventType == "payment_intent.created" }
            assertEquals(idem, first.request?.idempotencyKey)
            assertEquals(created.lastResponse?.requestId, first.request?.id)
            assertNull(first.data.previousAttributes)
            val succeeded = handled.values.single { it.eventType == "payment_intent.succeeded" }
            assertEquals("requires_capture", JSONObject(succeeded.data.previousAttributes!!).getString("status"))

            // The same events by polling.
            val events = client.events()
            val page = events.list(EventListParams(eventType = "payment_intent.succeeded"))
            assertEquals(listOf(succeeded.id), page.data.map { it.id })
            assertEquals(Status.Succeeded, page.data[0].paymentIntent?.status)
            val again = events.retrieve(succeeded.id)
            assertEquals(succeeded.id, again.id)
            assertEquals(succeeded.data.`object`, again.data.`object`)
            assertNotNull(again.lastResponse?.requestId)
            val all = events.list(EventListParams(types = wanted.toList()))
            assertEquals(handled.keys, all.data.map { it.id }.toSet())
            assertEquals(3, events.list(EventListParams(eventType = "payment_intent.*")).data.size)
            assertThrows<PayIntentException.InvalidArgumentException> { runBlocking { events.list(EventListParams(limit = 0)) } }
        } finally {
            if (endpointId != null) api("DELETE", "/v1/webhook_endpoints/$endpointId", key, account)
            server.stop(0)
            pool.shutdownNow()
        }
    }
}
