// Quickstart: create -> confirm -> capture, a declined card, and create -> cancel.
// Needs a running sandbox (cargo run -p payintent-sandbox -- --port 12111) or a real test-mode API:
//   PAYINTENT_BASE_URL=http://127.0.0.1:12111 PAYINTENT_API_KEY=sk_test_x
// The Kotlin test suite compiles this file and runs it against its sandbox.
package dev.payintent.examples

import dev.payintent.CancelParams
import dev.payintent.CaptureParams
import dev.payintent.Client
import dev.payintent.ClientOptions
import dev.payintent.ConfirmParams
import dev.payintent.CreateParams
import dev.payintent.PayIntentException
import dev.payintent.RequestOptions
import dev.payintent.kind
import kotlinx.coroutines.runBlocking
import java.util.UUID

/** Runs the quickstart against [baseUrl]; returns the lines it printed. */
suspend fun quickstart(apiKey: String, baseUrl: String): List<String> {
    val out = mutableListOf<String>()
    fun say(line: String) { println(line); out += line }

    val client = Client(apiKey, ClientOptions(baseUrl = baseUrl, maxRetries = 2u, timeoutMs = 10_000u))

    // Authorize now, capture part of it later. The idempotency key makes a retried create safe.
    var pi = client.create(
        CreateParams(amount = 2000, currency = "usd", captureMethod = "manual", metadata = mapOf("order" to "6735")),
        RequestOptions(idempotencyKey = "order-6735-${UUID.randomUUID()}"),
    )
    pi = client.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_visa"), null)
    say("authorized ${pi.id}: ${pi.status}, capturable ${pi.amountCapturable}")
    pi = client.capture(pi.id, CaptureParams(amountToCapture = 1500), null)
    say("captured ${pi.id}: ${pi.status}, received ${pi.amountReceived}")

    // A declined card is a typed exception carrying the decline code.
    val declined = client.create(CreateParams(amount = 500, currency = "usd"), null)
    try {
        client.confirm(declined.id, ConfirmParams(paymentMethod = "pm_card_chargeDeclined"), null)
    } catch (e: PayIntentException.Card) {
        say("declined: ${e.details.kind} ${e.details.declineCode} (request ${e.details.requestId})")
    }

    val canceled = client.cancel(declined.id, CancelParams(cancellationReason = "abandoned"), null)
    say("canceled ${canceled.id}: ${canceled.status}")
    try {
        client.cancel(canceled.id, CancelParams(), null)
    } catch (e: PayIntentException) {
        say("cancel again -> ${e.kind}")
    }
    return out
}

fun main() = runBlocking {
    quickstart(
        System.getenv("PAYINTENT_API_KEY") ?: "sk_test_quickstart",
        System.getenv("PAYINTENT_BASE_URL") ?: "http://127.0.0.1:12111",
    )
    Unit
}
