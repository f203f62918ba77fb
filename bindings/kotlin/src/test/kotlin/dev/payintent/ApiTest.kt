package dev.payintent

import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class ApiTest {
    @Test
    fun authorizeCaptureAndTypedErrors(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        var pi = client.create(CreateParams(amount = 2000, currency = "usd", captureMethod = "manual"), null)
        assertEquals("requires_payment_method", pi.status)
        assertTrue(pi.requestId!!.startsWith("req_"))
        pi = client.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_visa"), null)
        assertEquals(2000L, pi.amountCapturable)
        pi = client.capture(pi.id, CaptureParams(amountToCapture = 1500), null)
        assertEquals("succeeded", pi.status)
        assertEquals(1500L, pi.amountReceived)

        val declined = client.create(CreateParams(amount = 500, currency = "usd"), null)
        val e = assertThrows<PayIntentException.Card> {
            runBlocking { client.confirm(declined.id, ConfirmParams(paymentMethod = "pm_card_chargeDeclined"), null) }
        }
        assertEquals("card_error", e.details.kind)
        assertEquals("generic_decline", e.details.declineCode)
        assertEquals(402, e.details.httpStatus?.toInt())
        assertEquals("requires_payment_method", JSONObject(e.details.paymentIntentJson!!).getString("status"))
    }

    @Test
    fun badInputIsInvalidArgument(): Unit = runBlocking {
        val client = Sandbox.client()
        val cases: List<suspend () -> Unit> = listOf(
            { client.create(CreateParams(amount = -1, currency = "usd"), null) },
            { client.cancel("pi_1", CancelParams(cancellationReason = "bored"), null) },
            { client.cancel("not-an-id", CancelParams(), null) },
            { client.create(CreateParams(amount = 5, currency = "usd", extraJson = "{oops"), null) },
            { client.create(CreateParams(amount = 5, currency = "usd"), RequestOptions(idempotencyKey = "a\r\nb")) },
        )
        for (case in cases) {
            val e = assertThrows<PayIntentException.InvalidArgument> { runBlocking { case() } }
            assertEquals("invalid_argument_error", e.details.kind)
            assertNotNull(e.details.param)
        }
        assertThrows<PayIntentException.InvalidArgument> { Client("sk_test_x", ClientOptions(baseUrl = "http://example.com")) }
    }

    @Test
    fun theKeyIsNeverPrinted(): Unit = runBlocking {
        val secret = "sk_live_kotlinsecret123456"
        val client = Client(secret, ClientOptions(baseUrl = Sandbox.url))
        assertFalse(client.describe().contains("kotlinsecret"))
        assertFalse(client.toString().contains("kotlinsecret"))
        val e = assertThrows<PayIntentException.Authentication> {
            runBlocking { client.create(CreateParams(amount = 5, currency = "usd"), null) }
        }
        assertFalse(e.toString().contains("kotlinsecret"))
        assertFalse(e.details.toString().contains("kotlinsecret"))
        assertFalse(ClientOptions(baseUrl = Sandbox.url).toString().contains("kotlinsecret"))

        // A per-call key travels as an ApiKey object: printing the options shows no key.
        val perCall = RequestOptions(apiKey = ApiKey("sk_test_kotlinsecret_percall"), idempotencyKey = "k-1")
        assertFalse(perCall.toString().contains("kotlinsecret"), perCall.toString())
        assertFalse(perCall.apiKey!!.describe().contains("kotlinsecret"))
        assertTrue(perCall.toString().contains("k-1"))
    }

    @Test
    fun perCallKeyOverridesTheClientKey(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        // A restricted (read-only) key for one call: writes are refused, reads work.
        val readOnly = RequestOptions(apiKey = ApiKey("rk_test_kotlin_readonly"))
        val pi = client.create(CreateParams(amount = 700, currency = "usd"), null)
        assertEquals(pi.id, client.retrieve(pi.id, RetrieveParams(), readOnly).id)
        val e: PayIntentException = assertThrows<PayIntentException.Permission> {
            runBlocking { client.create(CreateParams(amount = 700, currency = "usd"), readOnly) }
        }
        assertEquals("permission_error", e.kind)
        assertEquals(403, e.details.httpStatus?.toInt())
        assertFalse(e.toString().contains("rk_test_kotlin_readonly"))
    }

    @Test
    fun transportErrorsPagingAndTheQuickstart(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        Sandbox.fault(JSONObject().put("kind", "delay").put("ms", 1000))
        val slow = assertThrows<PayIntentException.Timeout> {
            runBlocking { client.list(ListParams(), RequestOptions(timeoutMs = 150u, maxRetries = 0u)) }
        }
        assertEquals("timeout_error", slow.details.kind)
        Sandbox.clear()
        Sandbox.fault(JSONObject().put("kind", "drop"))
        val dropped = assertThrows<PayIntentException.Connection> {
            runBlocking { client.list(ListParams(), RequestOptions(maxRetries = 0u)) }
        }
        assertEquals("connection_error", dropped.kind)
        Sandbox.clear()

        val customer = "cus_kotlin_paging"
        repeat(3) { client.create(CreateParams(amount = 300, currency = "usd", customer = customer), null) }
        val first = client.list(ListParams(customer = customer, limit = 2), null)
        assertEquals(2, first.data.size)
        assertTrue(first.hasMore)
        val rest = client.list(ListParams(customer = customer, limit = 2, startingAfter = first.data.last().id), null)
        assertEquals(1, rest.data.size)
        assertFalse(rest.hasMore)
        assertEquals(customer, rest.data[0].customer)

        val lines = dev.payintent.examples.quickstart("sk_test_kotlin_quickstart", Sandbox.url)
        assertTrue(lines.any { it.startsWith("captured ") && it.endsWith("received 1500") }, lines.toString())
        assertTrue(lines.contains("cancel again -> invalid_request_error"), lines.toString())
    }

    @Test
    fun concurrentSuspendCallsAndRetries(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        val created = (1..5).map { async { client.create(CreateParams(amount = 100L + it, currency = "usd"), null) } }.awaitAll()
        assertEquals(5, created.map { it.id }.toSet().size)
        Sandbox.clear()
        Sandbox.fault(JSONObject().put("kind", "status").put("status", 503))
        val pi = client.create(CreateParams(amount = 900, currency = "usd"), RequestOptions(idempotencyKey = "kt-order-1"))
        assertEquals(2u, pi.attempts)
        val again = client.create(CreateParams(amount = 900, currency = "usd"), RequestOptions(idempotencyKey = "kt-order-1"))
        assertEquals(pi.id, again.id)
        assertTrue(again.idempotentReplayed)
        assertEquals(errorKinds().size, 10)
    }
}
