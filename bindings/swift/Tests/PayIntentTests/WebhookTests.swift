// Webhooks in Swift: the core's signature check through Webhook.constructEvent
// (valid, tampered, wrong secret, old, rotated secrets, malformed, a duplicate
// delivery deduplicated by event id), typed events, signed sandbox delivery to
// a local endpoint that fails and then recovers, and the events API.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest
import PayIntent

final class WebhookTests: XCTestCase {
    static let secret = "whsec_test_secret"
    static let payload = #"{"id":"evt_1","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_1","object":"payment_intent","amount":2000,"status":"succeeded"}}}"#
    /// HMAC-SHA256 of "1700000000.{payload}" with `secret`, computed independently (Python's hmac).
    static let knownV1 = "0dd555a812e563f9d62df8250a30bd4aa321a1ddbd56f96c2323682d1d5132a8"

    func fresh(_ payload: String = WebhookTests.payload, secret: String = WebhookTests.secret) -> String {
        Webhook.generateTestHeader(payload: Data(payload.utf8), secret: secret)
    }

    func failure(_ payload: String, _ header: String, _ secret: String, file: StaticString = #filePath, line: UInt = #line) -> PayIntentError? {
        do {
            _ = try Webhook.constructEvent(payload: payload, sigHeader: header, secret: secret)
            XCTFail("accepted", file: file, line: line)
            return nil
        } catch let e as PayIntentError {
            XCTAssertFalse("\(e)".contains("test_secret"), file: file, line: line)
            return e
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return nil
        }
    }

    func testAValidDeliveryGivesATypedEvent() throws {
        let event = try Webhook.constructEvent(payload: Self.payload, sigHeader: fresh(), secret: Self.secret)
        XCTAssertEqual(event.id, "evt_1")
        XCTAssertEqual(event.eventType, "payment_intent.succeeded")
        guard case .intent(let pi) = event.data.object else { return XCTFail("not a PaymentIntent") }
        XCTAssertEqual(pi.id, "pi_1")
        XCTAssertEqual(pi.status, .succeeded)
        let known = "t=1700000000,v1=\(Self.knownV1)"
        XCTAssertEqual(Webhook.generateTestHeader(payload: Data(Self.payload.utf8), secret: Self.secret, timestamp: 1_700_000_000), known)
        XCTAssertNoThrow(try Webhook.constructEvent(payload: Self.payload, sigHeader: known, secret: Self.secret, tolerance: 0))
    }

    func testEveryFailedCheckIsASignatureVerificationError() {
        let cases: [(String, String, String, String)] = [
            (Self.payload.replacingOccurrences(of: "2000", with: "2"), fresh(), Self.secret, "no signature"),
            (Self.payload, fresh(), "whsec_wrong", "no signature"),
            (Self.payload, "", Self.secret, "no Stripe-Signature header"),
            (Self.payload, "v1=abcd", Self.secret, "no timestamp"),
            (Self.payload, "garbage", Self.secret, "malformed"),
            (Self.payload, Webhook.generateTestHeader(payload: Data(Self.payload.utf8), secret: Self.secret, timestamp: 1_700_000_000), Self.secret, "tolerance"),
        ]
        for (payload, header, secret, words) in cases {
            guard let e = failure(payload, header, secret) else { continue }
            guard case .SignatureVerificationError(let d) = e else { XCTFail("\(e)"); continue }
            XCTAssertEqual(d.kind, "signature_verification_error")
            XCTAssertTrue(d.message.contains(words), "\(d.message) lacks \(words)")
        }
    }

    func testRotatedSecretsAndTolerance() throws {
        let now = Int64(Date().timeIntervalSince1970)
        func v1(_ secret: String) -> String {
            Webhook.generateTestHeader(payload: Data(Self.payload.utf8), secret: secret, timestamp: now)
                .split(separator: ",").first { $0.hasPrefix("v1=") }.map(String.init)!
        }
        let both = "t=\(now),\(v1("whsec_old")),\(v1(Self.secret))"
        XCTAssertNoThrow(try Webhook.constructEvent(payload: Self.payload, sigHeader: both, secret: Self.secret))
        XCTAssertNoThrow(try Webhook.constructEvent(payload: Self.payload, sigHeader: both, secret: "whsec_old"))
        let old = Webhook.generateTestHeader(payload: Data(Self.payload.utf8), secret: Self.secret, timestamp: now - 600)
        XCTAssertNoThrow(try Webhook.constructEvent(payload: Self.payload, sigHeader: old, secret: Self.secret, tolerance: 900))
        for bad in [-1.0, .nan, -.infinity] {
            XCTAssertThrowsError(try Webhook.constructEvent(payload: Self.payload, sigHeader: old, secret: Self.secret, tolerance: bad)) { e in
                guard case .InvalidArgumentError = e as? PayIntentError else { return XCTFail("\(e)") }
            }
        }
    }

    func testAHandlerDedupesARepeatedDeliveryByEventId() throws {
        var seen = Set<String>()
        var handled: [String] = []
        /// A handler: verifies, then handles each event id once; false for a duplicate.
        func handle(_ payload: String, _ header: String) throws -> Bool {
            let event = try Webhook.constructEvent(payload: payload, sigHeader: header, secret: Self.secret)
            guard seen.insert(event.id).inserted else { return false }
            handled.append(event.eventType)
            return true
        }
        // The same event delivered again later carries a new signature, which verifies too.
        let now = Int64(Date().timeIntervalSince1970)
        let first = Webhook.generateTestHeader(payload: Data(Self.payload.utf8), secret: Self.secret, timestamp: now - 5)
        let again = Webhook.generateTestHeader(payload: Data(Self.payload.utf8), secret: Self.secret, timestamp: now)
        XCTAssertNotEqual(first, again)
        XCTAssertTrue(try handle(Self.payload, first))
        XCTAssertFalse(try handle(Self.payload, again))
        let other = Self.payload.replacingOccurrences(of: "evt_1", with: "evt_2")
            .replacingOccurrences(of: "payment_intent.succeeded", with: "payment_intent.created")
        XCTAssertTrue(try handle(other, fresh(other)))
        XCTAssertFalse(try handle(other, fresh(other)))
        XCTAssertEqual(handled, ["payment_intent.succeeded", "payment_intent.created"])
    }

    /// Registers `url` for every event type with the sandbox at `base`; the endpoint's id and signing secret.
    func register(base: String, key: String, url: String) throws -> (id: String, secret: String) {
        var request = URLRequest(url: URL(string: base + "/v1/webhook_endpoints")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        var form = URLComponents()
        form.queryItems = [URLQueryItem(name: "url", value: url), URLQueryItem(name: "enabled_events[]", value: "*")]
        request.httpBody = Data((form.percentEncodedQuery ?? "").utf8)
        final class Box: @unchecked Sendable { var data = Data(); var status = 0 }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            box.data = data ?? Data()
            box.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            done.signal()
        }.resume()
        done.wait()
        let endpoint = try JSONSerialization.jsonObject(with: box.data) as? [String: Any]
        XCTAssertEqual(box.status, 200, String(decoding: box.data, as: UTF8.self))
        let id = try XCTUnwrap(endpoint?["id"] as? String)
        let secret = try XCTUnwrap(endpoint?["secret"] as? String)
        XCTAssertTrue(secret.hasPrefix("whsec_"))
        return (id, secret)
    }

    func testASandboxDeliveryIsRetriedUntilTheEndpointRecovers() async throws {
        // A sandbox of its own with short back-offs (20 ms, then 40 ms).
        let base = Sandbox.launch(["--webhook-backoff-ms", "20", "--webhook-max-backoff-ms", "100"])
        let receiver = try WebhookReceiver(failFirst: 2)
        defer { receiver.stop() }
        let key = "sk_test_swift_delivery"
        let endpoint = try register(base: base, key: key, url: receiver.url)
        let client = try Client(apiKey: key, options: ClientOptions(baseUrl: base, maxRetries: 0))
        let pi = try await client.create(params: CreateParams(amount: 1500, currency: "usd"))

        // Only payment_intent.created is due: two refusals (500), then the accepted retry.
        let deadline = Date(timeIntervalSinceNow: 15)
        while receiver.deliveries.count < 3 && Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
        // Once accepted, it is not sent again.
        try await Task.sleep(nanoseconds: 500_000_000)
        let got = receiver.deliveries
        XCTAssertEqual(got.map(\.answered), [500, 500, 200])
        var ids: [String] = []
        for delivery in got {
            // Every attempt is signed: the raw body verifies with the endpoint's secret.
            let event = try Webhook.constructEvent(payload: delivery.body, sigHeader: delivery.signature, secret: endpoint.secret)
            XCTAssertEqual(event.eventType, "payment_intent.created")
            guard case .intent(let intent) = event.data.object else { return XCTFail("not a PaymentIntent") }
            XCTAssertEqual(intent.id, pi.id)
            ids.append(event.id)
        }
        XCTAssertEqual(Set(ids).count, 1, "retries carry the same event id: \(ids)")

        // The sandbox's own log agrees: attempts 1 and 2 failed with 500, attempt 3 succeeded.
        let log = (Sandbox.send("GET", "/__sandbox/webhook_attempts", base: base) as? [String: Any])?["data"] as? [[String: Any]] ?? []
        let attempts = log.filter { $0["endpoint"] as? String == endpoint.id }
        XCTAssertEqual(attempts.map { ($0["attempt"] as? NSNumber)?.intValue }, [1, 2, 3])
        XCTAssertEqual(attempts.map { ($0["status"] as? NSNumber)?.intValue }, [500, 500, 200])
        XCTAssertEqual(attempts.map { $0["succeeded"] as? Bool }, [false, false, true])
        XCTAssertTrue(attempts.allSatisfy { $0["event"] as? String == ids.first }, "\(attempts)")
    }

    func testTheEventsApiListsTheFlowsEvents() async throws {
        let client = try Sandbox.client()
        let pi = try await client.create(params: CreateParams(amount: 1300, currency: "usd", confirm: true, paymentMethod: "pm_card_visa"))
        XCTAssertEqual(pi.status, .succeeded)
        let page = try await client.events().list(params: EventListParams(eventType: "payment_intent.succeeded"))
        let mine = page.data.filter { event in
            if case .intent(let p) = event.data.object { return p.id == pi.id }
            return false
        }
        XCTAssertEqual(mine.count, 1)
        let again = try await client.events().retrieve(id: mine[0].id)
        XCTAssertEqual(again.id, mine[0].id)
        do {
            _ = try await client.events().list(params: EventListParams(limit: 0))
            XCTFail("limit 0 accepted")
        } catch let e as PayIntentError {
            guard case .InvalidArgumentError = e else { return XCTFail("\(e)") }
        }
    }
}
