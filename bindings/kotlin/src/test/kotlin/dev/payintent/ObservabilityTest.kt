// Issue 8 in Kotlin: the request logger, response headers and status, the proxy and root-certificate options, cancellation.
package dev.payintent

import dev.payintent.types.CreateParams
import dev.payintent.types.PayIntentException
import dev.payintent.types.RequestEvent
import dev.payintent.types.RequestEventKind
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.io.File
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.TimeUnit
import kotlin.coroutines.cancellation.CancellationException
import kotlin.time.Duration.Companion.seconds

class ObservabilityTest {
    private val params = CreateParams(amount = 100, currency = "usd")

    private fun ms(fromNanos: Long, toNanos: Long = System.nanoTime()) = (toNanos - fromNanos) / 1_000_000.0

    @Test
    fun theLoggerSeesEveryStepAndResultsCarryHeadersAndStatus(): Unit = runBlocking {
        AnsweringServer(listOf(500, 200)).use { server ->
            val events = CopyOnWriteArrayList<RequestEvent>()
            val client = Client("sk_test_kotlinloggersecret",
                ClientOptions(baseUrl = server.url, maxRetries = 1u, logger = requestLogger { events.add(it) }))
            val pi = client.create(params)
            val meta = pi.lastResponse!!
            assertEquals(200, meta.httpStatus.toInt())
            assertEquals("a, b", meta.headers["x-extra"])
            assertEquals("req_200", meta.headers["request-id"])
            assertEquals(
                listOf(RequestEventKind.REQUEST, RequestEventKind.RESPONSE, RequestEventKind.RETRY, RequestEventKind.REQUEST,
                    RequestEventKind.RESPONSE),
                events.map { it.kind })
            for (e in events) {
                assertEquals("POST" to "/v1/payment_intents", e.method to e.path)
                assertEquals(meta.idempotencyKey, e.idempotencyKey)
                assertFalse(e.toString().contains("kotlinloggersecret"), e.toString())
            }
            assertEquals(500, events[1].status?.toInt())
            assertEquals("req_500", events[1].requestId)
            assertNotNull(events[1].duration)
            assertEquals(2u, events[4].attempt)
        }
    }

    @Test
    fun aThrowingLoggerNeverFailsTheCall(): Unit = runBlocking {
        AnsweringServer(listOf(200)).use { server ->
            val client = Client("sk_test_x", ClientOptions(baseUrl = server.url, maxRetries = 0u,
                logger = requestLogger { throw IllegalStateException("logger down") }))
            assertEquals("pi_local", client.retrieve("pi_local").id)
        }
    }

    @Test
    fun errorsCarryTheResponseHeadersAndStatus(): Unit = runBlocking {
        AnsweringServer(listOf(500)).use { server ->
            val client = Client("sk_test_x", ClientOptions(baseUrl = server.url, maxRetries = 0u))
            val e = assertThrows<PayIntentException.ApiException> { runBlocking { client.retrieve("pi_local") } }
            assertEquals(500, e.details.httpStatus?.toInt())
            assertEquals("req_500", e.details.responseHeaders!!["request-id"])
        }
    }

    @Test
    fun cancellingTheCoroutineCancelsTheRequestAndLogsTheKey(): Unit = runBlocking {
        SilentServer().use { server ->
            val events = CopyOnWriteArrayList<RequestEvent>()
            val client = Client("sk_test_x", ClientOptions(baseUrl = server.url, maxRetries = 0u, timeout = 5.seconds,
                logger = requestLogger { events.add(it) }))
            var thrown: Throwable? = null
            val job = launch(Dispatchers.IO) {
                try {
                    client.create(params, RequestOptions(idempotencyKey = "ik_kotlin_cancel"))
                } catch (t: Throwable) {
                    thrown = t
                    throw t
                }
            }
            // Cancel once the request is on the wire, and not before 50 ms.
            delay(50)
            server.receivedAt.get(5, TimeUnit.SECONDS)
            val t0 = System.nanoTime()
            job.cancelAndJoin()
            assertTrue(ms(t0) < 100, "the call took ${ms(t0)} ms to end")
            assertTrue(thrown is CancellationException, "$thrown")
            val closed = server.closedAt.get(2, TimeUnit.SECONDS)
            assertTrue(ms(t0, closed) < 100, "the server saw the close ${ms(t0, closed)} ms after the cancel")
            val last = events.last()
            assertEquals(RequestEventKind.CANCELLED, last.kind)
            assertEquals("ik_kotlin_cancel", last.idempotencyKey)
        }
    }

    @Test
    fun aCancelTokenEndsTheCallWithItsIdempotencyKey(): Unit = runBlocking {
        SilentServer().use { server ->
            // Without cancellation the call would end by its timeout, failing the test.
            val client = Client("sk_test_x", ClientOptions(baseUrl = server.url, maxRetries = 0u, timeout = 5.seconds))
            val token = CancelToken()
            launch(Dispatchers.IO) {
                delay(50)
                server.receivedAt.get(5, TimeUnit.SECONDS)
                token.cancel()
            }
            val e = assertThrows<PayIntentException.RequestCancelledException> {
                runBlocking(Dispatchers.IO) { client.create(params, RequestOptions(cancelToken = token)) }
            }
            val t0 = System.nanoTime()
            assertEquals("cancelled_error", e.kind)
            val key = e.details.idempotencyKey!!
            assertTrue(e.apiMessage.contains(key), e.apiMessage)
            assertTrue(token.isCancelled())
            val closed = server.closedAt.get(2, TimeUnit.SECONDS)
            assertTrue(ms(t0, closed) < 100, "the server saw the close ${ms(t0, closed)} ms after the error")
        }
    }

    @Test
    fun requestsGoThroughTheProxy(): Unit = runBlocking {
        AnsweringServer(listOf(200)).use { proxy ->
            val options = ClientOptions(baseUrl = "http://127.0.0.1:9", maxRetries = 0u,
                proxy = proxy.url.replace("http://", "http://user:hunter2@"))
            val client = Client("sk_test_x", options)
            assertFalse(client.describe().contains("hunter2"), client.describe())
            assertEquals("pi_local", client.retrieve("pi_local").id)
            assertEquals(listOf("GET http://127.0.0.1:9/v1/payment_intents/pi_local HTTP/1.1"), proxy.lines)
        }
    }

    @Test
    fun extraRootCertificatesAreTrusted(): Unit = runBlocking {
        AnsweringServer(listOf(200, 200), tls = true).use { server ->
            val untrusting = Client("sk_test_x", ClientOptions(baseUrl = server.url, maxRetries = 0u))
            assertThrows<PayIntentException.ApiConnectionException> { runBlocking { untrusting.retrieve("pi_local") } }
            val ca = File(TLS_FIXTURES, "ca.pem").readText()
            val trusting = Client("sk_test_x", ClientOptions(baseUrl = server.url, maxRetries = 0u, rootCertificatesPem = listOf(ca)))
            assertEquals("pi_local", trusting.retrieve("pi_local").id)
            val bad = assertThrows<PayIntentException.InvalidArgumentException> {
                Client("sk_test_x", ClientOptions(rootCertificatesPem = listOf("not a pem")))
            }
            assertEquals("root_certificates", bad.details.param)
        }
    }
}
