// Quickstart: authorize, partially capture, cancel, and handle typed errors.
//
// Against the local sandbox:
//   cargo run -p payintent-sandbox -- --port 12111 &
//   PAYINTENT_BASE_URL=http://127.0.0.1:12111 swift run
// Against Stripe test mode: PAYINTENT_API_KEY=sk_test_... swift run
import Foundation
import PayIntent

let env = ProcessInfo.processInfo.environment
let client = try Client(
    apiKey: env["PAYINTENT_API_KEY"] ?? "sk_test_quickstart",
    options: ClientOptions(baseUrl: env["PAYINTENT_BASE_URL"], maxRetries: 2, timeout: 10))
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
