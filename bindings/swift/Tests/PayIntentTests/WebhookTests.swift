// Webhooks in Swift: the core's signature check through Webhook.constructEvent
// (valid, tampered, wrong secret, old, rotated secrets, malformed), typed
// events, and the events API against the sandbox.
import Foundation
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
