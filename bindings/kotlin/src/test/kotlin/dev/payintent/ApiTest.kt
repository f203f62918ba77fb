// The Kotlin API against the sandbox: operations, typed params and results, errors by class, options, keys, paging.
package dev.payintent

import dev.payintent.types.Address
import dev.payintent.types.AutomaticPaymentMethodsParam
import dev.payintent.types.CancelParams
import dev.payintent.types.CancellationReason
import dev.payintent.types.CaptureMethod
import dev.payintent.types.CaptureParams
import dev.payintent.types.ConfirmParams
import dev.payintent.types.CreateParams
import dev.payintent.types.ListParams
import dev.payintent.types.PayIntentException
import dev.payintent.types.SearchParams
import dev.payintent.types.Shipping
import dev.payintent.types.Status
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import kotlin.time.Duration.Companion.milliseconds

class ApiTest {
    @Test
    fun authorizeCaptureAndTypedErrors(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        // No options argument anywhere: it defaults to null.
        var pi = client.create(CreateParams(amount = 2000, currency = "usd", captureMethod = CaptureMethod.Manual))
        assertEquals(Status.RequiresPaymentMethod, pi.status)
        assertEquals(CaptureMethod.Manual, pi.captureMethod)
        // A field the model keeps as JSON: its text, as the server sent it.
        val options = JSONObject(pi.paymentMethodOptions!!)
        assertEquals("automatic", options.getJSONObject("card").getString("request_three_d_secure"))
        assertTrue(pi.lastResponse!!.requestId!!.startsWith("req_"))
        pi = client.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_visa"))
        assertEquals(Status.RequiresCapture, pi.status)
        assertEquals(2000L, pi.amountCapturable)
        pi = client.capture(pi.id, CaptureParams(amountToCapture = 1500))
        assertEquals(Status.Succeeded, pi.status)
        assertEquals(1500L, pi.amountReceived)
        assertEquals(pi.id, client.retrieve(pi.id).id)

        val declined = client.create(CreateParams(amount = 500, currency = "usd"))
        val e = assertThrows<PayIntentException.CardException> {
            runBlocking { client.confirm(declined.id, ConfirmParams(paymentMethod = "pm_card_chargeDeclined")) }
        }
        assertEquals("card_error", e.details.kind)
        assertEquals("generic_decline", e.details.declineCode)
        assertEquals(402, e.details.httpStatus?.toInt())
        assertTrue(e.details.idempotencyKey!!.isNotEmpty())
        val attached = e.details.paymentIntent!!
        assertEquals(declined.id, attached.id)
        assertEquals(Status.RequiresPaymentMethod, attached.status)
        assertEquals("card_declined", attached.lastPaymentError!!.code)
    }

    @Test
    fun typedNestedParamsReachTheSandboxAndComeBackTyped(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        val address = Address(city = "Lisbon", country = "PT", line1 = "Rua Augusta 1", line2 = null, postalCode = "1100-048", state = null, extra = "")
        val shipping = Shipping(address = address, carrier = null, name = "Ada", phone = null, trackingNumber = null, extra = "")
        val pi = client.create(CreateParams(
            amount = 1999, currency = "eur", shipping = shipping,
            automaticPaymentMethods = AutomaticPaymentMethodsParam(enabled = true, allowRedirects = "never"),
        ))
        val body = Sandbox.requests().getJSONObject(0).getString("body")
        for (part in listOf("shipping[address][city]=Lisbon", "shipping[name]=Ada", "automatic_payment_methods[enabled]=true",
            "automatic_payment_methods[allow_redirects]=never")) {
            assertTrue(body.contains(part), "$part not in $body")
        }
        assertEquals("Lisbon", pi.shipping!!.address!!.city)
        assertEquals("1100-048", pi.shipping!!.address!!.postalCode)
        assertEquals("Ada", pi.shipping!!.name)
        assertEquals(true, pi.automaticPaymentMethods!!.enabled)
        assertEquals("never", pi.automaticPaymentMethods!!.allowRedirects)
    }

    @Test
    fun badInputIsInvalidArgument(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        val cases: List<suspend () -> Unit> = listOf(
            { client.create(CreateParams(amount = -1, currency = "usd")) },
            { client.cancel("pi_1", CancelParams(cancellationReason = CancellationReason.Unknown("bored"))) },
            { client.cancel("not-an-id") },
            { client.create(CreateParams(amount = 5, currency = "usd", extra = """{"amount": 6}""")) },
            { client.create(CreateParams(amount = 5, currency = "usd"), RequestOptions(idempotencyKey = "a\r\nb")) },
            { client.search(SearchParams(query = "")) },
        )
        for ((i, case) in cases.withIndex()) {
            val e = assertThrows<PayIntentException.InvalidArgumentException>("case $i") { runBlocking { case() } }
            assertEquals("invalid_argument_error", e.details.kind)
            assertNotNull(e.details.param, "case $i: $e")
        }
        assertEquals(0, Sandbox.requests().length())
        assertThrows<PayIntentException.InvalidArgumentException> { Client("sk_test_x", ClientOptions(baseUrl = "http://example.com")) }
    }

    @Test
    fun eachKindHasItsExceptionClass(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        val seen = mutableMapOf<String, PayIntentException>()
        suspend fun record(call: suspend () -> Unit) {
            val e = assertThrows<PayIntentException> { runBlocking { call() } }
            seen[e.kind] = e
        }
        record { client.retrieve("pi_doesnotexist") }
        record { Client("sk_test_", ClientOptions(baseUrl = Sandbox.url)).create(CreateParams(amount = 5, currency = "usd")) }
        record { client.create(CreateParams(amount = 5, currency = "usd"), RequestOptions(apiKey = ApiKey("rk_test_kotlin_readonly"))) }
        record { client.create(CreateParams(amount = -5, currency = "usd")) }
        val declined = client.create(CreateParams(amount = 500, currency = "usd"))
        record { client.confirm(declined.id, ConfirmParams(paymentMethod = "pm_card_chargeDeclined")) }
        client.create(CreateParams(amount = 100, currency = "usd"), RequestOptions(idempotencyKey = "kt-kinds-1"))
        record { client.create(CreateParams(amount = 200, currency = "usd"), RequestOptions(idempotencyKey = "kt-kinds-1")) }
        Sandbox.fault(JSONObject().put("kind", "status").put("status", 503).put("should_retry", false))
        record { client.list() }
        Sandbox.clear()
        Sandbox.fault(JSONObject().put("kind", "status").put("status", 429))
        record { client.list(options = RequestOptions(maxRetries = 0u)) }
        Sandbox.clear()
        Sandbox.fault(JSONObject().put("kind", "drop"))
        record { client.list(options = RequestOptions(maxRetries = 0u)) }
        Sandbox.clear()
        Sandbox.fault(JSONObject().put("kind", "delay").put("ms", 1000))
        record { client.list(options = RequestOptions(timeout = 100.milliseconds, maxRetries = 0u)) }
        Sandbox.clear()

        val expected = mapOf(
            "invalid_request_error" to PayIntentException.InvalidRequestException::class,
            "authentication_error" to PayIntentException.AuthenticationException::class,
            "permission_error" to PayIntentException.PermissionException::class,
            "invalid_argument_error" to PayIntentException.InvalidArgumentException::class,
            "card_error" to PayIntentException.CardException::class,
            "idempotency_error" to PayIntentException.IdempotencyException::class,
            "api_error" to PayIntentException.ApiException::class,
            "rate_limit_error" to PayIntentException.RateLimitException::class,
            "connection_error" to PayIntentException.ApiConnectionException::class,
            "timeout_error" to PayIntentException.ApiTimeoutException::class,
        )
        assertEquals(expected.keys, seen.keys)
        for ((kind, cls) in expected) assertEquals(cls, seen[kind]!!::class, kind)
        assertEquals(404, seen["invalid_request_error"]!!.details.httpStatus?.toInt())
        assertEquals(401, seen["authentication_error"]!!.details.httpStatus?.toInt())
        // The kind strings are errorKinds(), one exception class each; `details` reads every class.
        val kinds = errorKinds()
        assertTrue(kinds.containsAll(seen.keys), kinds.toString())
        assertEquals(kinds.size, kinds.toSet().size)
        assertEquals(kinds.size, PayIntentException::class.sealedSubclasses.size)
        for (cls in PayIntentException::class.sealedSubclasses) {
            val e = cls.constructors.single().call(seen.values.first().details.copy(kind = cls.simpleName!!))
            assertEquals(cls.simpleName, e.kind)
        }
    }

    @Test
    fun theKeyIsNeverPrinted(): Unit = runBlocking {
        val secret = "sk_live_kotlinsecret123456"
        val client = Client(secret, ClientOptions(baseUrl = Sandbox.url))
        assertFalse(client.describe().contains("kotlinsecret"))
        assertFalse(client.toString().contains("kotlinsecret"))
        val e = assertThrows<PayIntentException.AuthenticationException> {
            runBlocking { client.create(CreateParams(amount = 5, currency = "usd")) }
        }
        assertFalse(e.toString().contains("kotlinsecret"))
        assertFalse(e.details.toString().contains("kotlinsecret"))
        assertFalse(e.stackTraceToString().contains("kotlinsecret"))
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
        val pi = client.create(CreateParams(amount = 700, currency = "usd"))
        assertEquals(pi.id, client.retrieve(pi.id, options = readOnly).id)
        val e: PayIntentException = assertThrows<PayIntentException.PermissionException> {
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
        val slow = assertThrows<PayIntentException.ApiTimeoutException> {
            runBlocking { client.list(ListParams(), RequestOptions(timeout = 150.milliseconds, maxRetries = 0u)) }
        }
        assertEquals("timeout_error", slow.details.kind)
        Sandbox.clear()
        Sandbox.fault(JSONObject().put("kind", "drop"))
        val dropped = assertThrows<PayIntentException.ApiConnectionException> {
            runBlocking { client.list(ListParams(), RequestOptions(maxRetries = 0u)) }
        }
        assertEquals("connection_error", dropped.kind)
        Sandbox.clear()

        val customer = "cus_kotlin_paging"
        val ids = (1..3).map { client.create(CreateParams(amount = 300L + it, currency = "usd", customer = customer)).id }
        val first = client.list(ListParams(customer = customer, limit = 2))
        assertEquals(2, first.data.size)
        assertTrue(first.hasMore)
        val rest = client.list(ListParams(customer = customer, limit = 2, startingAfter = first.data.last().id))
        assertEquals(1, rest.data.size)
        assertFalse(rest.hasMore)
        assertEquals(customer, (rest.data[0].customer as dev.payintent.types.Expansion.Id).v1)

        // The pager as a Flow: three items over two pages of two.
        val pager = client.listAutoPaging(ListParams(customer = customer, limit = 2))
        assertEquals(ids.toSet(), pager.asFlow().toList().map { it.id }.toSet())
        assertEquals(2u, pager.pagesFetched())
        assertEquals(emptyList<String>(), pager.asFlow().toList().map { it.id })
        pager.close()
        // listAll is cold: each collection walks again from the first page.
        val all = client.listAll(ListParams(customer = customer, limit = 2))
        assertEquals(3, all.toList().size)
        assertEquals(3, all.toList().size)
        assertEquals(1, all.take(1).toList().size)
        val found = client.searchAll(SearchParams(query = "customer:'$customer'", limit = 2)).toList()
        assertEquals(ids.toSet(), found.map { it.id }.toSet())

        val lines = dev.payintent.examples.quickstart("sk_test_kotlin_quickstart", Sandbox.url)
        assertTrue(lines.any { it.startsWith("captured ") && it.endsWith("received 1500") }, lines.toString())
        assertTrue(lines.contains("cancel again -> invalid_request_error"), lines.toString())
        assertTrue(lines.any { it.startsWith("listed 2 for cus_quickstart_") }, lines.toString())
        // The flow's webhook events, each handled once: the create -> confirm -> capture intent's three and the declined one's three.
        val hooks = lines.filter { it.startsWith("webhook ") }
        assertEquals(6, hooks.size, lines.toString())
        assertEquals(6, hooks.map { it.substringAfterLast('(') }.toSet().size, hooks.toString())
        val types = hooks.map { it.split(' ')[1] }.sorted()
        assertEquals(listOf("payment_intent.amount_capturable_updated", "payment_intent.canceled", "payment_intent.created",
            "payment_intent.created", "payment_intent.payment_failed", "payment_intent.succeeded"), types)
    }

    @Test
    fun concurrentSuspendCallsAndRetries(): Unit = runBlocking {
        Sandbox.clear()
        val client = Sandbox.client()
        val created = (1..5).map { async { client.create(CreateParams(amount = 100L + it, currency = "usd")) } }.awaitAll()
        assertEquals(5, created.map { it.id }.toSet().size)
        Sandbox.clear()
        Sandbox.fault(JSONObject().put("kind", "status").put("status", 503))
        val pi = client.create(CreateParams(amount = 900, currency = "usd"), RequestOptions(idempotencyKey = "kt-order-1"))
        assertEquals(2u, pi.lastResponse!!.attempts)
        assertEquals("kt-order-1", pi.lastResponse!!.idempotencyKey)
        val again = client.create(CreateParams(amount = 900, currency = "usd"), RequestOptions(idempotencyKey = "kt-order-1"))
        assertEquals(pi.id, again.id)
        assertTrue(again.lastResponse!!.idempotentReplayed)
    }
}
