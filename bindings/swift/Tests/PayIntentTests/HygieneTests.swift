// Client-secret redaction in every rendering (print, interpolation, String(reflecting:), dump) of an intent,
// a page and an error; durations of any size; the typed LeanRails fields, decoded and from the sandbox.
import Foundation
import XCTest
import PayIntent

final class HygieneTests: XCTestCase {
    override func setUp() {
        Sandbox.clear()
    }

    /// Every way Swift turns a value into text.
    private func renderings<T>(_ value: T) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        var printed = ""
        print(value, to: &printed)
        var debugPrinted = ""
        debugPrint(value, to: &debugPrinted)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped, printed, debugPrinted]
    }

    private func assertHidden<T>(_ value: T, _ secret: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for text in renderings(value) {
            XCTAssertFalse(text.contains(secret), "\(what) shows the secret: \(text)", file: file, line: line)
        }
    }

    func testClientSecretIsReadableButNeverPrinted() async throws {
        let client = try Sandbox.client()
        let pi = try await client.create(params: CreateParams(amount: 1200, currency: "usd", customer: "cus_swift_redact"))
        let secret = try XCTUnwrap(pi.clientSecret)
        XCTAssertTrue(secret.hasPrefix(pi.id + "_secret_"), secret)
        assertHidden(pi, secret, "a PaymentIntent")
        assertHidden([pi], secret, "an array of PaymentIntents")
        assertHidden(Optional(pi), secret, "an optional PaymentIntent")
        XCTAssertTrue(pi.debugDescription.contains(pi.id), pi.debugDescription)
        var dumped = ""
        dump(pi, to: &dumped)
        XCTAssertTrue(dumped.contains(pi.id), dumped)
        XCTAssertTrue(dumped.contains("[redacted]"), dumped)
        XCTAssertTrue(dumped.contains("cus_swift_redact"), dumped)  // the other fields are shown

        let page = try await client.list(params: ListParams(customer: "cus_swift_redact"))
        XCTAssertEqual(page.data.first?.clientSecret, secret)
        assertHidden(page, secret, "a list page")
        var pageDump = ""
        dump(page, to: &pageDump)
        XCTAssertTrue(pageDump.contains(pi.id), pageDump)

        do {
            _ = try await client.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_chargeDeclined"))
            XCTFail("expected a card error")
        } catch let e as PayIntentError {
            XCTAssertEqual(e.details.paymentIntent?.clientSecret, secret)
            assertHidden(e, secret, "a PayIntentError")
            assertHidden(e.details, secret, "ErrorDetails")
            XCTAssertFalse(e.localizedDescription.contains(secret))
        }
    }

    func testDurationsOfAnySizeAreUsedOrRefusedNeverACrash() async throws {
        let client = try Sandbox.client()
        // Usable durations work, for the client and for one call (the core allows up to an hour).
        for seconds: TimeInterval in [0.5, 30, 3600] {
            let c = try Client(apiKey: "sk_test_swift_durations",
                               options: ClientOptions(baseUrl: Sandbox.url, timeout: seconds, deadline: seconds))
            let pi = try await c.create(params: CreateParams(amount: 500, currency: "usd"),
                                        options: RequestOptions(timeout: seconds, deadline: seconds))
            XCTAssertEqual(pi.status, .requiresPaymentMethod)
        }
        Sandbox.clear()
        // Unusable ones are an InvalidArgumentError naming the option, before any request.
        for seconds: TimeInterval in [0, -1, -.infinity, .infinity, .nan, 1e300, Double.greatestFiniteMagnitude] {
            for (param, opts) in [("timeout", RequestOptions(timeout: seconds)), ("deadline", RequestOptions(deadline: seconds))] {
                do {
                    _ = try await client.create(params: CreateParams(amount: 500, currency: "usd"), options: opts)
                    XCTFail("\(param) \(seconds) was accepted")
                } catch PayIntentError.InvalidArgumentError(let d) {
                    XCTAssertEqual(d.param, param, "\(seconds)")
                }
            }
            for (param, opts) in [("timeout", ClientOptions(baseUrl: Sandbox.url, timeout: seconds)),
                                  ("deadline", ClientOptions(baseUrl: Sandbox.url, deadline: seconds))] {
                XCTAssertThrowsError(try Client(apiKey: "sk_test_x", options: opts), "\(param) \(seconds)") { error in
                    guard case PayIntentError.InvalidArgumentError(let d)? = error as? PayIntentError else {
                        return XCTFail("\(param) \(seconds): \(error)")
                    }
                    XCTAssertEqual(d.param, param)
                }
            }
        }
        XCTAssertEqual(Sandbox.requests().count, 0)
    }

    func testLeanRailsFieldsFromTheSandbox() async throws {
        let lean = try Sandbox.client(key: "sk_test_swift_leanrails", profile: .leanRails)
        var pi = try await lean.create(params: CreateParams(amount: 2000, currency: "usd"))
        XCTAssertTrue(pi.merchantId?.hasPrefix("mer_") ?? false, "\(pi.merchantId ?? "-")")
        XCTAssertEqual(pi.charges?.data.count, 0)
        pi = try await lean.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_visa"))
        XCTAssertEqual(pi.status, .succeeded)
        let charge = try XCTUnwrap(pi.charges?.data.first)
        XCTAssertEqual(pi.charges?.data.count, 1)
        XCTAssertTrue(charge.id?.hasPrefix("ch_") ?? false)
        XCTAssertEqual(charge.status, "succeeded")
        XCTAssertEqual(charge.amount, 2000)
        XCTAssertEqual(charge.captured, true)
        XCTAssertEqual(charge.paymentIntent, pi.id)
        let stripe = try await Sandbox.client(key: "sk_test_swift_leanrails").retrieve(id: pi.id)
        XCTAssertNil(stripe.merchantId)
        XCTAssertNil(stripe.charges)
    }

    func testLeanRailsFieldsAreTyped() throws {
        let json = #"""
        {"id":"pi_lr_1","object":"payment_intent","amount":2000,"currency":"usd","status":"succeeded",
         "created":1234567890,"livemode":false,"metadata":{},"merchant_id":"mer_42",
         "client_secret":"pi_lr_1_secret_swift",
         "charges":{"object":"list","has_more":true,
           "data":[{"id":"ch_1","object":"charge","amount":2000,"amount_captured":2000,"captured":true,
                    "currency":"usd","status":"succeeded","paid":true,"payment_intent":"pi_lr_1",
                    "metadata":{"k":"v"},"risk_level":"normal"},{}]}}
        """#
        let pi = try paymentIntentFromJson(json: json)
        XCTAssertEqual(pi.merchantId, "mer_42")
        let charges = try XCTUnwrap(pi.charges)
        XCTAssertTrue(charges.hasMore)
        XCTAssertEqual(charges.data.count, 2)
        let c = charges.data[0]
        XCTAssertEqual(c.id, "ch_1")
        XCTAssertEqual(c.amountCaptured, 2000)
        XCTAssertEqual(c.captured, true)
        XCTAssertEqual(c.status, "succeeded")
        XCTAssertEqual(c.metadata, ["k": "v"])
        XCTAssertTrue(c.extra.contains("risk_level"))
        XCTAssertNil(charges.data[1].id)
        XCTAssertEqual(pi.clientSecret, "pi_lr_1_secret_swift")
        assertHidden(pi, "secret_swift", "a LeanRails PaymentIntent")
        XCTAssertThrowsError(try paymentIntentFromJson(json: "[1]")) { error in
            XCTAssertEqual((error as? PayIntentError)?.kind, "invalid_argument_error")
        }
    }
}
