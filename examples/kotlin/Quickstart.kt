// Quickstart: create -> confirm -> capture, a declined card, create -> cancel, and every PaymentIntent of a customer as a Flow.
// Needs a running sandbox (cargo run -p payintent-sandbox -- --port 12111) or a real test-mode API:
//   PAYINTENT_BASE_URL=http://127.0.0.1:12111 PAYINTENT_API_KEY=sk_test_x
// The Kotlin test suite compiles this file and runs it against its sandbox.
package dev.payintent.examples

import dev.payintent.Client
import dev.payintent.ClientOptions
import dev.payintent.RequestOptions
import dev.payintent.kind
import dev.payintent.listAll
import dev.payintent.types.CancelParams
import dev.payintent.types.CancellationReason
import dev.payintent.types.CaptureMethod
import dev.payintent.types.CaptureParams
import dev.payintent.types.ConfirmParams
import dev.payintent.types.CreateParams
import dev.payintent.types.ListParams
import dev.payintent.types.PayIntentException
import dev.payintent.types.Status
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.runBlocking
import java.util.UUID
import kotlin.time.Duration.Companion.seconds

/** Runs the quickstart against [baseUrl]; returns the lines it printed. */
suspend fun quickstart(apiKey: String, baseUrl: String): List<String> {
    val out = mutableListOf<String>()
    fun say(line: String) { println(line); out += line }

    val client = Client(apiKey, ClientOptions(baseUrl = baseUrl, maxRetries = 2u, timeout = 10.seconds))
    val customer = "cus_quickstart_${UUID.randomUUID().toString().take(8)}"

    // Authorize now, capture part of it later. The idempotency key makes a retried create safe.
    var pi = client.create(
        CreateParams(amount = 2000, currency = "usd", captureMethod = CaptureMethod.Manual, customer = customer,
            metadata = mapOf("order" to "6735")),
        RequestOptions(idempotencyKey = "order-6735-${UUID.randomUUID()}"),
    )
    pi = client.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_visa"))
    check(pi.status == Status.RequiresCapture)
    say("authorized ${pi.id}: capturable ${pi.amountCapturable}")
    pi = client.capture(pi.id, CaptureParams(amountToCapture = 1500))
    say("captured ${pi.id}: ${if (pi.status == Status.Succeeded) "succeeded" else "not yet"}, received ${pi.amountReceived}")

    // A declined card is a typed exception carrying the decline code.
    val declined = client.create(CreateParams(amount = 500, currency = "usd", customer = customer))
    try {
        client.confirm(declined.id, ConfirmParams(paymentMethod = "pm_card_chargeDeclined"))
    } catch (e: PayIntentException.CardException) {
        say("declined: ${e.details.kind} ${e.details.declineCode} (request ${e.details.requestId})")
    }

    val canceled = client.cancel(declined.id, CancelParams(cancellationReason = CancellationReason.Abandoned))
    say("canceled ${canceled.id}: ${canceled.status == Status.Canceled}")
    try {
        client.cancel(canceled.id)
    } catch (e: PayIntentException) {
        say("cancel again -> ${e.kind}")
    }

    // Every PaymentIntent of the customer, fetched page by page as the Flow is collected.
    val n = client.listAll(ListParams(customer = customer, limit = 1)).count()
    say("listed $n for $customer")
    return out
}

fun main() = runBlocking {
    quickstart(
        System.getenv("PAYINTENT_API_KEY") ?: "sk_test_quickstart",
        System.getenv("PAYINTENT_BASE_URL") ?: "http://127.0.0.1:12111",
    )
    Unit
}
