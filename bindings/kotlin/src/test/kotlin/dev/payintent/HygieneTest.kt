package dev.payintent

import com.sun.net.httpserver.HttpServer
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.net.InetSocketAddress

/**
 * Client-secret redaction in toString(), durations of any size, the typed
 * LeanRails fields (merchantId, charges: decoded, from a tiny LeanRails-like
 * server and from the sandbox's LeanRails profile) and the sandbox's
 * lifecycle.
 */
class HygieneTest {
    private fun assertHidden(secret: String, vararg texts: String) {
        for (t in texts) assertFalse(t.contains(secret), "shows the secret: $t")
    }

    @Test
    fun clientSecretIsReadableButNeverPrinted(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        val pi = client.create(CreateParams(amount = 1200, currency = "usd", customer = "cus_kt_redact"), null)
        val secret = pi.clientSecret!!
        assertTrue(secret.startsWith(pi.id + "_secret_"), secret)
        assertTrue(pi.json.contains(secret))
        assertHidden(secret, pi.toString(), "$pi", listOf(pi).toString(), mapOf("k" to pi).toString())
        assertTrue(pi.toString().contains("clientSecret=[redacted]"), pi.toString())
        assertTrue(pi.toString().contains("id=${pi.id}"), pi.toString())
        assertEquals(pi, pi.copy())
        assertEquals(secret, pi.copy().clientSecret)

        val page = client.list(ListParams(customer = "cus_kt_redact"), null)
        assertEquals(secret, page.data[0].clientSecret)
        val found = client.search(SearchParams(query = "customer:'cus_kt_redact'"), null)
        assertHidden(secret, page.toString(), found.toString(), page.data.toString())

        val e = assertThrows<PayIntentException.Card> {
            runBlocking { client.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_chargeDeclined"), null) }
        }
        assertTrue(e.details.paymentIntentJson!!.contains(secret))
        assertHidden(secret, e.toString(), e.message ?: "", e.details.toString(), e.stackTraceToString())
    }

    @Test
    fun durationsOfAnySizeAreUsedOrRefusedNeverACrash(): Unit = runBlocking {
        Sandbox.clear()
        for (ms in listOf(1_000uL, UInt.MAX_VALUE.toULong(), Long.MAX_VALUE.toULong(), ULong.MAX_VALUE)) {
            val result = runCatching {
                val client = Client("sk_test_kotlin_durations", ClientOptions(baseUrl = Sandbox.url, timeoutMs = ms, deadlineMs = ms))
                client.create(CreateParams(amount = 500, currency = "usd"), RequestOptions(timeoutMs = ms, deadlineMs = ms))
            }
            result.exceptionOrNull()?.let { assertTrue(it is PayIntentException.InvalidArgument, "ms=$ms: $it") }
            result.getOrNull()?.let { assertEquals("requires_payment_method", it.status) }
        }
        Sandbox.clear()
        val client = Sandbox.client()
        for (opts in listOf(RequestOptions(timeoutMs = 0u), RequestOptions(deadlineMs = 0u))) {
            val e = assertThrows<PayIntentException.InvalidArgument> {
                runBlocking { client.create(CreateParams(amount = 500, currency = "usd"), opts) }
            }
            assertTrue(e.details.param == "timeout_ms" || e.details.param == "deadline_ms", e.toString())
        }
        assertThrows<PayIntentException.InvalidArgument> { Client("sk_test_x", ClientOptions(baseUrl = Sandbox.url, timeoutMs = 0u)) }
        assertEquals(0, Sandbox.requests().length())
    }

    private val leanRailsJson = """
        {"id":"pi_lr_1","object":"payment_intent","amount":2000,"currency":"usd","status":"succeeded",
         "created":1234567890,"livemode":false,"metadata":{},"merchant_id":"mer_42",
         "client_secret":"pi_lr_1_secret_kt",
         "charges":{"object":"list","has_more":true,
           "data":[{"id":"ch_1","object":"charge","amount":2000,"amount_captured":2000,"captured":true,
                    "currency":"usd","status":"succeeded","paid":true,"payment_intent":"pi_lr_1",
                    "metadata":{"k":"v"},"risk_level":"normal"},{}]}}
    """.trimIndent()

    private fun checkLeanRails(pi: PaymentIntent) {
        assertEquals("mer_42", pi.merchantId)
        val charges = pi.charges!!
        assertTrue(charges.hasMore)
        assertEquals(2, charges.data.size)
        val c = charges.data[0]
        assertEquals("ch_1", c.id)
        assertEquals(2000L, c.amountCaptured)
        assertEquals(true, c.captured)
        assertEquals("succeeded", c.status)
        assertEquals(mapOf("k" to "v"), c.metadata)
        assertTrue(c.json.contains("risk_level"))
        assertNull(charges.data[1].id)
        assertNull(charges.data[1].amount)
        assertHidden("secret_kt", pi.toString())
    }

    @Test
    fun leanRailsFieldsAreTypedFromJson() {
        checkLeanRails(paymentIntentFromJson(leanRailsJson))
        assertThrows<PayIntentException.InvalidArgument> { paymentIntentFromJson("[1]") }
    }

    @Test
    fun leanRailsFieldsAreTypedFromAServer(): Unit = runBlocking {
        // A tiny LeanRails-like server: JSON answers, records the request.
        val seen = mutableListOf<Pair<String, String>>()
        val server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
        server.createContext("/") { ex ->
            seen += ex.requestURI.toString() to (ex.requestHeaders.getFirst("Authorization") ?: "")
            ex.requestBody.readAllBytes()
            val body = leanRailsJson.toByteArray()
            ex.responseHeaders.add("Content-Type", "application/json")
            ex.sendResponseHeaders(200, body.size.toLong())
            ex.responseBody.use { it.write(body) }
        }
        server.start()
        try {
            val client = Client("sk_test_leanrails", ClientOptions(baseUrl = "http://127.0.0.1:${server.address.port}",
                profile = WireProfile.LEAN_RAILS, maxRetries = 0u))
            val pi = client.cancel("pi_lr_1", CancelParams(cancellationReason = "requested_by_customer"), null)
            checkLeanRails(pi)
            assertEquals("/v1/payment_intents/pi_lr_1/cancel", seen.last().first)
            assertTrue(seen.last().second.startsWith("Basic "))
        } finally {
            server.stop(0)
        }
    }

    @Test
    fun leanRailsFieldsFromTheSandbox(): Unit = runBlocking {
        Sandbox.clear()
        val lean = Sandbox.client(key = "sk_test_kotlin_leanrails", profile = WireProfile.LEAN_RAILS)
        var pi = lean.create(CreateParams(amount = 2000, currency = "usd"), null)
        assertTrue(pi.merchantId!!.startsWith("mer_"), pi.merchantId)
        assertEquals(0, pi.charges!!.data.size)
        pi = lean.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_visa"), null)
        assertEquals("succeeded", pi.status)
        val charge = pi.charges!!.data.single()
        assertTrue(charge.id!!.startsWith("ch_"))
        assertEquals("succeeded", charge.status)
        assertEquals(2000L, charge.amount)
        assertEquals(true, charge.captured)
        assertEquals(pi.id, charge.paymentIntent)
        val stripe = Sandbox.client(key = "sk_test_kotlin_leanrails").retrieve(pi.id, RetrieveParams(), null)
        assertNull(stripe.merchantId)
        assertNull(stripe.charges)
    }

    @Test
    fun theSandboxIsAChildThatCanBeStopped() {
        val other = ProcessBuilder(System.getProperty("payintent.sandbox"), "--port", "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start()
        assertTrue(other.inputStream.bufferedReader().readLine().startsWith("payintent-sandbox listening on "))
        assertTrue(other.isAlive)
        Sandbox.stop(other)
        assertFalse(other.isAlive)
        assertNotNull(Sandbox.url)
        assertTrue(Sandbox.process!!.isAlive)
    }
}
