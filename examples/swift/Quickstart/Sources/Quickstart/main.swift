// Quickstart: create -> confirm -> capture, and create -> cancel.
// Needs a running sandbox (cargo run -p payintent-sandbox) or a real API:
//   PAYINTENT_BASE_URL=http://127.0.0.1:12111 PAYINTENT_API_KEY=sk_test_x swift run
import Foundation
import PayIntent

let env = ProcessInfo.processInfo.environment
let client = try Client(
    apiKey: env["PAYINTENT_API_KEY"] ?? "sk_test_quickstart",
    options: ClientOptions(baseUrl: env["PAYINTENT_BASE_URL"] ?? "http://127.0.0.1:12111"))

var pi = try await client.create(params: CreateParams(amount: 2000, currency: "usd", captureMethod: "manual"), options: nil)
pi = try await client.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_visa"), options: nil)
pi = try await client.capture(id: pi.id, params: CaptureParams(amountToCapture: 1500), options: nil)
print("captured \(pi.id): \(pi.status), received \(pi.amountReceived ?? 0)")

let other = try await client.create(params: CreateParams(amount: 500, currency: "usd"), options: nil)
let canceled = try await client.cancel(id: other.id, params: CancelParams(cancellationReason: "requested_by_customer"), options: nil)
print("canceled \(canceled.id): \(canceled.status)")
do {
    _ = try await client.cancel(id: other.id, params: CancelParams(), options: nil)
} catch let e as PayIntentError {
    print("cancel again -> \(e.kind) \(e.details.code ?? "-")")
}
