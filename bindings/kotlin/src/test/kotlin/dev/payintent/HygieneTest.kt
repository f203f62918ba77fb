// Client secrets never printed, durations of any value, unknown enum values, the LeanRails fields, the sandbox's lifecycle.
package dev.payintent

import com.sun.net.httpserver.HttpServer
import dev.payintent.types.CancelParams
import dev.payintent.types.CancellationReason
import dev.payintent.types.CaptureMethod
import dev.payintent.types.ConfirmParams
import dev.payintent.types.CreateParams
import dev.payintent.types.ListParams
import dev.payintent.types.PayIntentException
import dev.payintent.types.PaymentIntent
import dev.payintent.types.Profile
import dev.payintent.types.SearchParams
import dev.payintent.types.Status
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.net.InetSocketAddress
import kotlin.time.Duration
import kotlin.time.Duration.Companion.days
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.nanoseconds
import kotlin.time.Duration.Companion.seconds

/**
 * Client-secret redaction in toString(), durations of any size, enum values
 * this version does not know, the typed LeanRails fields (merchantId,
 * charges: decoded, from a tiny LeanRails-like server and from the sandbox's
 * LeanRails profile) and the sandbox's lifecycle.
 */
class HygieneTest {
    private fun assertHidden(secret: String, vararg texts: String) {
        for (t in texts) assertFalse(t.contains(secret), "shows the secret: $t")
    }

    @Test
    fun clientSecretIsReadableButNeverPrinted(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        val pi = client.create(CreateParams(amount = 1200, currency = "usd", customer = "cus_kt_redact"))
        val secret = pi.clientSecret!!
        assertTrue(secret.startsWith(pi.id + "_secret_"), secret)
        assertHidden(secret, pi.toString(), "$pi", listOf(pi).toString(), mapOf("k" to pi).toString())
        assertTrue(pi.toString().contains(pi.id), pi.toString())
        assertEquals(pi, pi.copy())
        assertEquals(secret, pi.copy().clientSecret)

        val page = client.list(ListParams(customer = "cus_kt_redact"))
        assertEquals(secret, page.data[0].clientSecret)
        val found = client.search(SearchParams(query = "customer:'cus_kt_redact'"))
        assertHidden(secret, page.toString(), found.toString(), page.data.toString())

        val e = assertThrows<PayIntentException.CardException> {
            runBlocking { client.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_chargeDeclined")) }
        }
        assertEquals(secret, e.details.paymentIntent!!.clientSecret)
        assertHidden(secret, e.toString(), e.message ?: "", e.details.toString(), e.stackTraceToString())
        assertTrue(e.toString().contains("card_error"), e.toString())
        assertEquals("card_error", e.kind)
        assertTrue(e.apiMessage.isNotEmpty())
    }

    @Test
    fun durationsOfAnySizeAreUsedOrRefusedNeverACrash(): Unit = runBlocking {
        Sandbox.clear()
        // Usable or too long for the core: either way a result or an InvalidArgumentException.
        for (d in listOf(1.seconds, 1.nanoseconds, 30.days, 100_000.days, Long.MAX_VALUE.milliseconds)) {
            val result = runCatching {
                val client = Client("sk_test_kotlin_durations", ClientOptions(baseUrl = Sandbox.url, timeout = d, deadline = d))
                client.create(CreateParams(amount = 500, currency = "usd"), RequestOptions(timeout = d, deadline = d))
            }
            result.exceptionOrNull()?.let {
                assertTrue(it is PayIntentException.InvalidArgumentException || (d < 1.seconds && it is PayIntentException.ApiTimeoutException), "$d: $it")
            }
            result.getOrNull()?.let { assertEquals(Status.RequiresPaymentMethod, it.status) }
        }
        Sandbox.clear()
        val client = Sandbox.client()
        // Never usable: infinite, zero, negative.
        for (d in listOf(Duration.INFINITE, -Duration.INFINITE, Duration.ZERO, (-1).seconds)) {
            for (opts in listOf(RequestOptions(timeout = d), RequestOptions(deadline = d))) {
                val e = assertThrows<PayIntentException.InvalidArgumentException>("$d") {
                    runBlocking { client.create(CreateParams(amount = 500, currency = "usd"), opts) }
                }
                assertEquals(if (opts.timeout != null) "timeout" else "deadline", e.details.param, e.toString())
            }
            assertThrows<PayIntentException.InvalidArgumentException>("$d") { Client("sk_test_x", ClientOptions(baseUrl = Sandbox.url, timeout = d)) }
            assertThrows<PayIntentException.InvalidArgumentException>("$d") { Client("sk_test_x", ClientOptions(baseUrl = Sandbox.url, deadline = d)) }
        }
        assertEquals(0, Sandbox.requests().length())
    }

    @Test
    fun enumValuesThisVersionDoesNotKnowAreKept() {
        val pi = paymentIntentFromJson(
            """{"id":"pi_future","object":"payment_intent","amount":100,"currency":"usd","status":"some_future_status",
               "capture_method":"automatic_async","cancellation_reason":"some_future_reason","client_secret":"pi_future_secret_zz"}""",
        )
        assertEquals(Status.Unknown("some_future_status"), pi.status)
        assertEquals(CaptureMethod.AutomaticAsync, pi.captureMethod)
        assertEquals(CancellationReason.Unknown("some_future_reason"), pi.cancellationReason)
        val known = paymentIntentFromJson("""{"id":"pi_known","status":"requires_capture"}""")
        assertEquals(Status.RequiresCapture, known.status)
        assertHidden("secret_zz", pi.toString())
        // Only the id is required.
        assertThrows<PayIntentException.InvalidArgumentException> { paymentIntentFromJson("""{"status":"succeeded"}""") }
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
        assertTrue(c.extra.contains("risk_level"), c.extra)
        assertNull(charges.data[1].id)
        assertNull(charges.data[1].amount)
        assertHidden("secret_kt", pi.toString())
    }

    @Test
    fun leanRailsFieldsAreTypedFromJson() {
        checkLeanRails(paymentIntentFromJson(leanRailsJson))
        assertThrows<PayIntentException.InvalidArgumentException> { paymentIntentFromJson("[1]") }
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
                profile = Profile.LEAN_RAILS, maxRetries = 0u))
            val pi = client.cancel("pi_lr_1", CancelParams(cancellationReason = CancellationReason.RequestedByCustomer))
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
        val lean = Sandbox.client(key = "sk_test_kotlin_leanrails", profile = Profile.LEAN_RAILS)
        var pi = lean.create(CreateParams(amount = 2000, currency = "usd"))
        assertTrue(pi.merchantId!!.startsWith("mer_"), pi.merchantId)
        assertEquals(0, pi.charges!!.data.size)
        pi = lean.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_visa"))
        assertEquals(Status.Succeeded, pi.status)
        val charge = pi.charges!!.data.single()
        assertTrue(charge.id!!.startsWith("ch_"))
        assertEquals("succeeded", charge.status)
        assertEquals(2000L, charge.amount)
        assertEquals(true, charge.captured)
        assertEquals(pi.id, charge.paymentIntent)
        val stripe = Sandbox.client(key = "sk_test_kotlin_leanrails").retrieve(pi.id)
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
