// Quickstart: create -> confirm -> capture, a declined card, create -> cancel, every PaymentIntent of a customer as a Flow,
// and (against the local sandbox) the webhook events of that flow, verified on a local endpoint and handled once per id.
// Needs a running sandbox (cargo run -p payintent-sandbox -- --port 12111) or a real test-mode API:
//   PAYINTENT_BASE_URL=http://127.0.0.1:12111 PAYINTENT_API_KEY=sk_test_x
// The Kotlin test suite compiles this file and runs it against its sandbox.
package dev.payintent.examples

import dev.payintent.Client
import dev.payintent.ClientOptions
import dev.payintent.RequestOptions
import dev.payintent.kind
import dev.payintent.listAll
import dev.payintent.paymentIntent
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
import java.net.URI
import java.util.UUID
import kotlin.time.Duration.Companion.seconds

/** Runs the quickstart against [baseUrl]; returns the lines it printed. */
suspend fun quickstart(apiKey: String, baseUrl: String): List<String> {
    val out = mutableListOf<String>()
    fun say(line: String) { println(line); out += line }

    // Webhooks to a local endpoint: the sandbox takes loopback URLs. A real account needs a public HTTPS URL
    // (or `stripe listen --forward-to`), so against anything else the events are not received here.
    val loopback = URI.create(baseUrl).host.let { it == "127.0.0.1" || it == "localhost" || it == "[::1]" }
    val receiver = if (loopback) WebhookReceiver.start(baseUrl, apiKey) else null
    try {
        flow(apiKey, baseUrl, ::say, receiver)
    } finally {
        receiver?.close()
    }
    return out
}

private suspend fun flow(apiKey: String, baseUrl: String, say: (String) -> Unit, receiver: WebhookReceiver?) {
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

    // The events of this flow. Deliveries come at least once and in any order (a retried delivery repeats an
    // id), and the endpoint gets every event of the account: handle each event id once, and only our intents.
    if (receiver == null) return
    val expected = setOf(
        pi.id to "payment_intent.created", pi.id to "payment_intent.amount_capturable_updated",
        pi.id to "payment_intent.succeeded", declined.id to "payment_intent.created",
        declined.id to "payment_intent.payment_failed", declined.id to "payment_intent.canceled",
    )
    val handled = mutableSetOf<String>()
    val got = mutableSetOf<Pair<String, String>>()
    while (!got.containsAll(expected)) {
        val event = receiver.next(10.seconds) ?: error("webhooks: still waiting for ${expected - got}")
        val intent = event.paymentIntent ?: continue
        if (intent.id != pi.id && intent.id != declined.id) continue
        if (!handled.add(event.id)) continue // a duplicate delivery: already handled
        got += intent.id to event.eventType
        say("webhook ${event.eventType} ${intent.id} (${event.id})")
    }
}

fun main() = runBlocking {
    quickstart(
        System.getenv("PAYINTENT_API_KEY") ?: "sk_test_quickstart",
        System.getenv("PAYINTENT_BASE_URL") ?: "http://127.0.0.1:12111",
    )
    Unit
}
