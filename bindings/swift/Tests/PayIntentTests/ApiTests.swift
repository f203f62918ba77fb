import Foundation
import XCTest
@testable import PayIntent

final class ApiTests: XCTestCase {
    func testAuthorizeCaptureAndTypedErrors() async throws {
        let client = try Sandbox.client()
        var pi = try await client.create(params: CreateParams(amount: 2000, currency: "usd", captureMethod: "manual"), options: nil)
        XCTAssertEqual(pi.status, "requires_payment_method")
        XCTAssertTrue(pi.requestId?.hasPrefix("req_") ?? false)
        pi = try await client.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_visa"), options: nil)
        XCTAssertEqual(pi.amountCapturable, 2000)
        pi = try await client.capture(id: pi.id, params: CaptureParams(amountToCapture: 1500), options: nil)
        XCTAssertEqual(pi.status, "succeeded")
        XCTAssertEqual(pi.amountReceived, 1500)

        let other = try await client.create(params: CreateParams(amount: 500, currency: "usd"), options: nil)
        do {
            _ = try await client.confirm(id: other.id, params: ConfirmParams(paymentMethod: "pm_card_chargeDeclined"), options: nil)
            XCTFail("expected a decline")
        } catch PayIntentError.Card(let d) {
            XCTAssertEqual(d.kind, "card_error")
            XCTAssertEqual(d.declineCode, "generic_decline")
            XCTAssertEqual(d.httpStatus, 402)
            XCTAssertNotNil(d.paymentIntentJson)
        }
    }

    func testBadInputIsInvalidArgument() async throws {
        let client = try Sandbox.client()
        do {
            _ = try await client.cancel(id: "pi_1", params: CancelParams(cancellationReason: "bored"), options: nil)
            XCTFail("expected invalid_argument_error")
        } catch let e as PayIntentError {
            XCTAssertEqual(e.kind, "invalid_argument_error")
            XCTAssertEqual(e.details.param, "cancellation_reason")
        }
        do {
            _ = try await client.create(params: CreateParams(amount: 0, currency: "usd"), options: nil)
            XCTFail("expected invalid_argument_error")
        } catch PayIntentError.InvalidArgument(let d) {
            XCTAssertEqual(d.param, "amount")
        }
        XCTAssertThrowsError(try Client(apiKey: "sk_test_x", options: ClientOptions(baseUrl: "http://example.com")))
    }

    func testTheKeyIsNeverPrinted() async throws {
        let client = try Client(apiKey: "sk_live_swiftsecret12345", options: ClientOptions(baseUrl: Sandbox.url))
        XCTAssertFalse(String(describing: client).contains("swiftsecret"))
        do {
            _ = try await client.create(params: CreateParams(amount: 5, currency: "usd"), options: nil)
            XCTFail("expected an authentication error")
        } catch let e as PayIntentError {
            XCTAssertEqual(e.kind, "authentication_error")
            XCTAssertFalse(String(describing: e).contains("swiftsecret"))
            XCTAssertFalse((e.errorDescription ?? "").contains("swiftsecret"))
        }
    }

    func testErrorKinds() {
        XCTAssertEqual(Set(errorKinds()), [
            "card_error", "invalid_request_error", "authentication_error", "permission_error", "rate_limit_error",
            "idempotency_error", "api_error", "connection_error", "timeout_error", "invalid_argument_error",
        ])
    }
}
