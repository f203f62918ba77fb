// Quickstart: authorize, partially capture, cancel, and handle typed errors; against the local sandbox, also
// receive the webhook events of that flow on a loopback HTTP listener, verified against the raw body and handled
// once per event id.
//
// Against the local sandbox:
//   cargo run -p payintent-sandbox -- --port 12111 &
//   PAYINTENT_BASE_URL=http://127.0.0.1:12111 swift run
// Against Stripe test mode: PAYINTENT_API_KEY=sk_test_... swift run (no webhooks here: a real account needs a
// public HTTPS endpoint, or `stripe listen --forward-to`).
import Foundation
import PayIntent

let env = ProcessInfo.processInfo.environment
let apiKey = env["PAYINTENT_API_KEY"] ?? "sk_test_quickstart"
let baseUrl = env["PAYINTENT_BASE_URL"]
let client = try Client(apiKey: apiKey, options: ClientOptions(baseUrl: baseUrl, maxRetries: 2, timeout: 10))

// Webhooks to a local endpoint: the sandbox takes loopback URLs.
let inbox = WebhookInbox()
var listener: LoopbackListener?
if let baseUrl = baseUrl, let host = URL(string: baseUrl)?.host, ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) {
    let local = try LoopbackListener(handler: inbox.receive)
    listener = local
    let url = "http://127.0.0.1:\(local.port)/webhooks"
    inbox.use(secret: try await registerWebhookEndpoint(baseUrl: baseUrl, apiKey: apiKey, url: url))
    print("webhook endpoint \(url)")
}
print("client: \(client)")  // never shows the key

// Authorize 20.00 USD, then capture 15.00 of it. The idempotency key makes a
// retried create safe: the API answers with the first result.
var pi = try await client.create(
    params: CreateParams(amount: 2000, currency: "usd", captureMethod: .manual, metadata: ["order_id": "6735"]),
    options: RequestOptions(idempotencyKey: "quickstart-\(UUID().uuidString)"))
pi = try await client.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_visa"))
print("authorized \(pi.id): \(pi.status), capturable \(pi.amountCapturable ?? 0)")
pi = try await client.capture(id: pi.id, params: CaptureParams(amountToCapture: 1500))
print("captured \(pi.id): \(pi.status), received \(pi.amountReceived ?? 0) (request \(pi.lastResponse?.requestId ?? "-"))")

// Cancel an intent that is no longer needed; canceling twice is an error.
let other = try await client.create(params: CreateParams(amount: 500, currency: "usd"))
let canceled = try await client.cancel(id: other.id, params: CancelParams(cancellationReason: .requestedByCustomer))
print("canceled \(canceled.id): \(canceled.status)")
do {
    _ = try await client.cancel(id: other.id)
} catch let e as PayIntentError {
    print("cancel again -> \(e.kind) \(e.code ?? "-")")
}

// A declined card is a `.CardError` with the decline code.
let declined = try await client.create(params: CreateParams(amount: 1200, currency: "usd"))
do {
    _ = try await client.confirm(id: declined.id, params: ConfirmParams(paymentMethod: "pm_card_chargeDeclined"))
} catch PayIntentError.CardError(let details) {
    print("declined: \(details.declineCode ?? "-") (\(details.message))")
}

// Bad input never reaches the network.
do {
    _ = try await client.create(params: CreateParams(amount: -1, currency: "usd"))
} catch PayIntentError.InvalidArgumentError(let details) {
    print("rejected locally: \(details.param ?? "-"): \(details.message)")
}

// Every intent, page by page: the pager is an AsyncSequence (one page is a Sequence).
var count = 0
for try await intent in try client.listAutoPaging(params: ListParams(limit: 3)) {
    if count < 3 { print("  \(intent.id) \(intent.amount) \(intent.currency ?? "") \(intent.status)") }
    count += 1
}
print("listed \(count) intents")

// The events of this flow. Deliveries come at least once and in any order (a retried delivery repeats an id), and
// the endpoint gets every event of the account: handle each event id once, and only this flow's intents.
if let local = listener {
    let ours: Set = [pi.id, other.id, declined.id]
    let expected: Set = [
        "\(pi.id) payment_intent.created", "\(pi.id) payment_intent.amount_capturable_updated",
        "\(pi.id) payment_intent.succeeded", "\(other.id) payment_intent.canceled",
        "\(declined.id) payment_intent.payment_failed",
    ]
    var handled = Set<String>()
    var got = Set<String>()
    while !expected.isSubset(of: got) {
        guard let event = inbox.next(timeout: 10) else {
            FileHandle.standardError.write(Data("webhooks: still waiting for \(expected.subtracting(got).sorted())\n".utf8))
            exit(1)
        }
        guard case .intent(let intent) = event.data.object, ours.contains(intent.id) else { continue }
        guard handled.insert(event.id).inserted else { continue }  // a duplicate delivery: already handled
        got.insert("\(intent.id) \(event.eventType)")
        print("webhook   \(event.id) \(event.eventType) \(intent.id)")
    }
    print("handled \(handled.count) events of the flow once each")
    local.stop()
}
