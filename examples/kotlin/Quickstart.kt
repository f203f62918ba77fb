// Quickstart: create -> confirm -> capture, and create -> cancel.
// Needs a running sandbox (cargo run -p payintent-sandbox) or a real API:
//   PAYINTENT_BASE_URL=http://127.0.0.1:12111 PAYINTENT_API_KEY=sk_test_x
package dev.payintent.examples

import dev.payintent.CancelParams
import dev.payintent.CaptureParams
import dev.payintent.Client
import dev.payintent.ClientOptions
import dev.payintent.ConfirmParams
import dev.payintent.CreateParams
import dev.payintent.PayIntentException
import kotlinx.coroutines.runBlocking

fun main() = runBlocking {
    val client = Client(
        System.getenv("PAYINTENT_API_KEY") ?: "sk_test_quickstart",
        ClientOptions(baseUrl = System.getenv("PAYINTENT_BASE_URL") ?: "http://127.0.0.1:12111"),
    )
    var pi = client.create(CreateParams(amount = 2000, currency = "usd", captureMethod = "manual"), null)
    pi = client.confirm(pi.id, ConfirmParams(paymentMethod = "pm_card_visa"), null)
    pi = client.capture(pi.id, CaptureParams(amountToCapture = 1500), null)
    println("captured ${pi.id}: ${pi.status}, received ${pi.amountReceived}")

    val other = client.create(CreateParams(amount = 500, currency = "usd"), null)
    val canceled = client.cancel(other.id, CancelParams(cancellationReason = "requested_by_customer"), null)
    println("canceled ${canceled.id}: ${canceled.status}")
    try {
        client.cancel(other.id, CancelParams(), null)
    } catch (e: PayIntentException.InvalidRequest) {
        println("cancel again -> ${e.details.kind} ${e.details.code}")
    }
}
