// The quickstart's webhook side: registers a loopback endpoint with the sandbox and verifies every delivery's raw
// body with the endpoint's secret (Webhook.constructEvent) before queueing its event for the program.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PayIntent

/// Verified events waiting for the program; `receive` is the listener's handler: 200 for a verified delivery,
/// 400 for one that does not verify (the sender retries anything but 2xx).
final class WebhookInbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var events: [Event] = []
    private var secret = ""

    /// The endpoint's signing secret (returned when it is created).
    func use(secret: String) {
        condition.lock()
        self.secret = secret
        condition.unlock()
    }

    func receive(_ request: HTTPRequest) -> Int {
        guard request.method == "POST" else { return 405 }
        condition.lock()
        let secret = self.secret
        condition.unlock()
        let event: Event
        do {
            // The raw bytes, exactly as received: parsed and re-serialised JSON would not verify.
            event = try Webhook.constructEvent(payload: request.body, sigHeader: request.headers["stripe-signature"] ?? "", secret: secret)
        } catch {
            print("refused a delivery (400): \(error)")
            return 400
        }
        condition.lock()
        events.append(event)
        condition.signal()
        condition.unlock()
        return 200
    }

    /// The next verified event, or nil when none came within `timeout` seconds.
    func next(timeout: TimeInterval) -> Event? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while events.isEmpty && condition.wait(until: deadline) {}
        return events.isEmpty ? nil : events.removeFirst()
    }
}

struct RegistrationError: Error, CustomStringConvertible {
    let description: String
}

/// Registers `url` for every event type (`POST /v1/webhook_endpoints`); returns the endpoint's signing secret.
func registerWebhookEndpoint(baseUrl: String, apiKey: String, url: String) async throws -> String {
    var request = URLRequest(url: URL(string: baseUrl + "/v1/webhook_endpoints")!)
    request.httpMethod = "POST"
    request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
    request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
    var form = URLComponents()
    form.queryItems = [URLQueryItem(name: "url", value: url), URLQueryItem(name: "enabled_events[]", value: "*")]
    request.httpBody = Data((form.percentEncodedQuery ?? "").utf8)
    let (data, status): (Data, Int) = try await withCheckedThrowingContinuation { done in
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error = error {
                done.resume(throwing: error)
            } else {
                done.resume(returning: (data ?? Data(), (response as? HTTPURLResponse)?.statusCode ?? 0))
            }
        }.resume()
    }
    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    guard status == 200, let secret = object?["secret"] as? String else {
        throw RegistrationError(description: "registering the webhook endpoint failed: HTTP \(status)")
    }
    return secret
}
