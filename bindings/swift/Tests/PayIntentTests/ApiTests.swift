// The typed async API against the sandbox: results, every error path the sandbox can produce,
// request options, profiles, the pager, key redaction, bad input.
import Foundation
import XCTest
import PayIntent

final class ApiTests: XCTestCase {
    override func setUp() {
        Sandbox.clear()
    }

    private func header(_ req: [String: Any], _ name: String) -> String? {
        (req["headers"] as? [String: Any])?[name] as? String
    }

    func testAuthorizeCaptureAndTypedResult() async throws {
        let client = try Sandbox.client()
        var pi = try await client.create(params: CreateParams(
            amount: 2000, currency: "usd", captureMethod: .manual, description: "swift order",
            metadata: ["order_id": "6735"]))
        XCTAssertTrue(pi.id.hasPrefix("pi_"))
        XCTAssertEqual(pi.status, .requiresPaymentMethod)
        XCTAssertEqual(pi.captureMethod, .manual)
        XCTAssertEqual(pi.metadata, ["order_id": "6735"])
        XCTAssertEqual(pi.description, "swift order")
        XCTAssertFalse(pi.livemode)
        XCTAssertTrue(pi.lastResponse?.requestId?.hasPrefix("req_") ?? false, "\(String(describing: pi.lastResponse))")
        XCTAssertEqual(pi.lastResponse?.attempts, 1)
        XCTAssertEqual(pi.lastResponse?.httpStatus, 200)

        pi = try await client.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_visa"))
        XCTAssertEqual(pi.status, .requiresCapture)
        XCTAssertEqual(pi.amountCapturable, 2000)
        XCTAssertEqual(pi.paymentMethod, .id("pm_card_visa"))
        pi = try await client.capture(id: pi.id, params: CaptureParams(amountToCapture: 1500))
        XCTAssertEqual(pi.status, .succeeded)
        XCTAssertEqual(pi.amountReceived, 1500)
        XCTAssertNotNil(pi.latestCharge)

        let again = try await client.retrieve(id: pi.id)
        XCTAssertEqual(again.id, pi.id)
        XCTAssertEqual(again.status, .succeeded)
        XCTAssertEqual(again.object, "payment_intent")

        let req = try XCTUnwrap(Sandbox.requests().last)
        XCTAssertEqual(req["method"] as? String, "GET")
        XCTAssertEqual(req["path"] as? String, "/v1/payment_intents/\(pi.id)")
        XCTAssertEqual(header(req, "authorization"), "Bearer")
        XCTAssertTrue(header(req, "user-agent")?.contains("payintent") ?? false)
    }

    func testCardErrorCarriesDeclineAndIntent() async throws {
        let client = try Sandbox.client()
        let pi = try await client.create(params: CreateParams(amount: 500, currency: "usd"))
        do {
            _ = try await client.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_chargeDeclined"))
            XCTFail("expected a decline")
        } catch PayIntentError.CardError(let d) {
            XCTAssertEqual(d.kind, "card_error")
            XCTAssertEqual(d.code, "card_declined")
            XCTAssertEqual(d.declineCode, "generic_decline")
            XCTAssertEqual(d.httpStatus, 402)
            XCTAssertTrue(d.requestId?.hasPrefix("req_") ?? false)
            let attached = try XCTUnwrap(d.paymentIntent)
            XCTAssertEqual(attached.id, pi.id)
            XCTAssertEqual(attached.status, .requiresPaymentMethod)
            XCTAssertEqual(attached.lastPaymentError?.declineCode, "generic_decline")
        }
        let after = try await client.retrieve(id: pi.id)
        XCTAssertEqual(after.lastPaymentError?.code, "card_declined")
        XCTAssertEqual(after.lastPaymentError?.declineCode, "generic_decline")

        let insufficient = try await client.create(params: CreateParams(amount: 700, currency: "usd"))
        do {
            _ = try await client.confirm(id: insufficient.id, params: ConfirmParams(paymentMethod: "pm_card_chargeDeclinedInsufficientFunds"))
            XCTFail("expected a decline")
        } catch let e as PayIntentError {
            guard case .CardError = e else { return XCTFail("expected .CardError, got \(e)") }
            XCTAssertEqual(e.details.declineCode, "insufficient_funds")
        }
    }

    func testThreeDSecureAndMicrodeposits() async throws {
        let client = try Sandbox.client()
        let three = try await client.create(params: CreateParams(
            amount: 800, currency: "usd", confirm: true, paymentMethod: "pm_card_threeDSecure2Required",
            returnUrl: "https://example.com/back"))
        XCTAssertEqual(three.status, .requiresAction)
        XCTAssertNotNil(three.nextAction?.actionType)

        var bank = try await client.create(params: CreateParams(
            amount: 1500, currency: "usd", paymentMethodTypes: ["us_bank_account"]))
        bank = try await client.confirm(id: bank.id, params: ConfirmParams(paymentMethod: "pm_usBankAccount"))
        XCTAssertEqual(bank.status, .requiresAction)
        bank = try await client.verifyMicrodeposits(id: bank.id, params: VerifyMicrodepositsParams(amounts: [32, 45]))
        XCTAssertNotEqual(bank.status, .requiresAction)
    }

    func testUpdateIncrementAndCustomerBalance() async throws {
        let client = try Sandbox.client()
        var pi = try await client.create(params: CreateParams(
            amount: 1000, currency: "usd", captureMethod: .manual, confirm: true, paymentMethod: "pm_card_visa"))
        XCTAssertEqual(pi.status, .requiresCapture)
        pi = try await client.update(id: pi.id, params: UpdateParams(description: "bigger order", metadata: ["step": "2"]))
        XCTAssertEqual(pi.description, "bigger order")
        XCTAssertEqual(pi.metadata["step"], "2")
        pi = try await client.incrementAuthorization(id: pi.id, params: IncrementAuthorizationParams(amount: 1500))
        XCTAssertEqual(pi.amount, 1500)
        XCTAssertEqual(pi.amountCapturable, 1500)
        do {
            _ = try await client.incrementAuthorization(id: pi.id, params: IncrementAuthorizationParams(amount: 1200))
            XCTFail("expected the smaller amount to be refused")
        } catch PayIntentError.InvalidRequestError(let d) {
            XCTAssertEqual(d.param, "amount")
            XCTAssertNotNil(d.paymentIntent)
        }

        let balance = try await client.create(params: CreateParams(
            amount: 700, currency: "usd", customer: "cus_swift_balance", paymentMethodTypes: ["customer_balance"]))
        let applied = try await client.applyCustomerBalance(id: balance.id)
        XCTAssertEqual(applied.id, balance.id)
        let body = Sandbox.requests().last?["path"] as? String
        XCTAssertEqual(body, "/v1/payment_intents/\(balance.id)/apply_customer_balance")

        let noBalance = try await client.create(params: CreateParams(amount: 700, currency: "usd"))
        do {
            _ = try await client.applyCustomerBalance(id: noBalance.id, params: ApplyCustomerBalanceParams(amount: 100))
            XCTFail("expected payment_intent_invalid_parameter")
        } catch let e as PayIntentError {
            XCTAssertEqual(e.code, "payment_intent_invalid_parameter")
        }
    }

    func testInvalidRequestErrorsFromTheServer() async throws {
        let client = try Sandbox.client()
        do {
            _ = try await client.retrieve(id: "pi_doesnotexist")
            XCTFail("expected resource_missing")
        } catch PayIntentError.InvalidRequestError(let d) {
            XCTAssertEqual(d.code, "resource_missing")
            XCTAssertEqual(d.httpStatus, 404)
        }
        let pi = try await client.create(params: CreateParams(amount: 100, currency: "usd"))
        _ = try await client.cancel(id: pi.id, params: CancelParams(cancellationReason: .duplicate))
        do {
            _ = try await client.cancel(id: pi.id)
            XCTFail("expected payment_intent_unexpected_state")
        } catch let e as PayIntentError {
            XCTAssertEqual(e.kind, "invalid_request_error")
            XCTAssertEqual(e.code, "payment_intent_unexpected_state")
            XCTAssertEqual(e.httpStatus, 400)
        }
    }

    func testBadInputIsInvalidArgumentAndNeverReachesTheServer() async throws {
        let client = try Sandbox.client()
        func expectInvalid(_ param: String, _ call: () async throws -> Void, line: UInt = #line) async {
            do {
                try await call()
                XCTFail("expected invalid_argument_error for \(param)", line: line)
            } catch PayIntentError.InvalidArgumentError(let d) {
                XCTAssertEqual(d.kind, "invalid_argument_error", line: line)
                XCTAssertEqual(d.param, param, line: line)
                XCTAssertNil(d.httpStatus, line: line)
            } catch {
                XCTFail("expected .InvalidArgumentError for \(param), got \(error)", line: line)
            }
        }
        await expectInvalid("amount") { _ = try await client.create(params: CreateParams(amount: 0, currency: "usd")) }
        await expectInvalid("currency") { _ = try await client.create(params: CreateParams(amount: 100, currency: "dollars")) }
        await expectInvalid("cancellation_reason") {
            _ = try await client.cancel(id: "pi_1", params: CancelParams(cancellationReason: .unknown("bored")))
        }
        await expectInvalid("intent") { _ = try await client.cancel(id: "") }
        await expectInvalid("amount_to_capture") {
            _ = try await client.capture(id: "pi_1", params: CaptureParams(amountToCapture: -5))
        }
        await expectInvalid("json") {
            _ = try await client.create(params: CreateParams(amount: 100, currency: "usd", extra: "{not json"))
        }
        await expectInvalid("json") {
            _ = try await client.create(params: CreateParams(amount: 100, currency: "usd", extra: "[1, 2]"))
        }
        await expectInvalid("amount") {
            _ = try await client.create(params: CreateParams(amount: 100, currency: "usd", extra: #"{"amount": 5}"#))
        }
        await expectInvalid("timeout") {
            _ = try await client.retrieve(id: "pi_1", options: RequestOptions(timeout: 0))
        }
        XCTAssertEqual(Sandbox.requests().count, 0, "bad input must be rejected before any request")

        await expectInvalid("base_url") { _ = try Client(apiKey: "sk_test_x", options: ClientOptions(baseUrl: "http://example.com")) }
        await expectInvalid("base_url") { _ = try Client(apiKey: "sk_test_x", options: ClientOptions(baseUrl: "not a url")) }
        await expectInvalid("timeout") { _ = try Client(apiKey: "sk_test_x", options: ClientOptions(timeout: 0)) }
        do {
            _ = try Client(apiKey: "")
            XCTFail("an empty key must be refused")
        } catch let e as PayIntentError {
            XCTAssertEqual(e.kind, "invalid_argument_error")
        }
    }

    func testExtraParametersPassThrough() async throws {
        let client = try Sandbox.client()
        let pi = try await client.create(params: CreateParams(
            amount: 1000, currency: "usd",
            extra: #"{"payment_method_options": {"card": {"request_three_d_secure": "any"}}}"#))
        XCTAssertEqual(pi.amount, 1000)
        let body = try XCTUnwrap(Sandbox.requests().last?["body"] as? String)
        XCTAssertTrue(body.contains("payment_method_options[card][request_three_d_secure]=any")
            || body.contains("payment_method_options%5Bcard%5D%5Brequest_three_d_secure%5D=any"), body)
    }

    func testRetryOn503ReusesTheIdempotencyKey() async throws {
        let client = try Sandbox.client()
        Sandbox.fault(["kind": "status", "status": 503, "count": 1])
        let pi = try await client.create(params: CreateParams(amount: 900, currency: "usd"))
        XCTAssertEqual(pi.lastResponse?.attempts, 2)
        let reqs = Sandbox.requests()
        XCTAssertEqual(reqs.count, 2)
        let keys = Set(reqs.compactMap { header($0, "idempotency-key") })
        XCTAssertEqual(keys.count, 1, "\(keys)")

        Sandbox.clear()
        Sandbox.fault(["kind": "status", "status": 503, "count": 5])
        do {
            _ = try await client.create(params: CreateParams(amount: 900, currency: "usd"),
                                        options: RequestOptions(maxRetries: 0))
            XCTFail("expected api_error")
        } catch PayIntentError.ApiError(let d) {
            XCTAssertEqual(d.httpStatus, 503)
        }
        XCTAssertEqual(Sandbox.requests().count, 1)
    }

    func testRateLimitTimeoutAndConnectionErrors() async throws {
        let client = try Sandbox.client(options: ClientOptions(maxRetries: 0))
        Sandbox.fault(["kind": "status", "status": 429, "count": 1])
        do {
            _ = try await client.list()
            XCTFail("expected rate_limit_error")
        } catch PayIntentError.RateLimitError(let d) {
            XCTAssertEqual(d.httpStatus, 429)
        }

        Sandbox.clear()
        Sandbox.fault(["kind": "delay", "ms": 1500])
        do {
            _ = try await client.list(options: RequestOptions(timeout: 0.2))
            XCTFail("expected timeout_error")
        } catch let e as PayIntentError {
            guard case .ApiTimeoutError = e else { return XCTFail("expected .ApiTimeoutError, got \(e)") }
            XCTAssertEqual(e.kind, "timeout_error")
        }

        Sandbox.clear()
        Sandbox.fault(["kind": "drop"])
        do {
            _ = try await client.list()
            XCTFail("expected connection_error")
        } catch let e as PayIntentError {
            guard case .ApiConnectionError = e else { return XCTFail("expected .ApiConnectionError, got \(e)") }
            XCTAssertEqual(e.kind, "connection_error")
        }

        let nowhere = try Client(apiKey: "sk_test_x", options: ClientOptions(baseUrl: "http://127.0.0.1:9", maxRetries: 0))
        do {
            _ = try await nowhere.list()
            XCTFail("expected connection_error")
        } catch PayIntentError.ApiConnectionError(let d) {
            XCTAssertNil(d.httpStatus)
        }
    }

    func testRestrictedKeyGetsPermissionError() async throws {
        let client = try Sandbox.client(key: "rk_test_swift_readonly")
        _ = try await client.list()
        do {
            _ = try await client.create(params: CreateParams(amount: 100, currency: "usd"))
            XCTFail("expected permission_error")
        } catch PayIntentError.PermissionError(let d) {
            XCTAssertEqual(d.httpStatus, 403)
        }
    }

    func testRequestOptionsAndIdempotentReplay() async throws {
        let client = try Sandbox.client()
        let key = "swift-order-\(UUID().uuidString)"
        let opts = RequestOptions(idempotencyKey: key, stripeAccount: "acct_swift")
        let first = try await client.create(params: CreateParams(amount: 1234, currency: "usd"), options: opts)
        XCTAssertFalse(first.lastResponse?.idempotentReplayed ?? true)
        let req = try XCTUnwrap(Sandbox.requests().last)
        XCTAssertEqual(header(req, "idempotency-key"), key)
        XCTAssertEqual(header(req, "stripe-account"), "acct_swift")

        let second = try await client.create(params: CreateParams(amount: 1234, currency: "usd"), options: opts)
        XCTAssertEqual(second.id, first.id)
        XCTAssertEqual(second.lastResponse?.idempotentReplayed, true)

        do {
            _ = try await client.create(params: CreateParams(amount: 999, currency: "usd"), options: opts)
            XCTFail("expected idempotency_error")
        } catch let e as PayIntentError {
            guard case .IdempotencyError = e else { return XCTFail("expected .IdempotencyError, got \(e)") }
            XCTAssertEqual(e.details.idempotencyKey, key)
        }
    }

    func testListAndSearchPages() async throws {
        let client = try Sandbox.client()
        let customer = "cus_swift\(Int.random(in: 1000...9999))"
        var ids: [String] = []
        for amount in [110, 120, 130] {
            ids.append(try await client.create(params: CreateParams(amount: Int64(amount), currency: "usd", customer: customer)).id)
        }
        let page = try await client.list(params: ListParams(customer: customer, limit: 2))
        XCTAssertEqual(page.data.count, 2)
        XCTAssertTrue(page.hasMore)
        XCTAssertEqual(page.url, "/v1/payment_intents")
        XCTAssertTrue(page.allSatisfy { $0.customer == .id(customer) })
        let rest = try await client.list(params: ListParams(customer: customer, limit: 2, startingAfter: page.data.last?.id))
        XCTAssertEqual(rest.data.count, 1)
        XCTAssertFalse(rest.hasMore)
        XCTAssertEqual(Set((page.data + rest.data).map(\.id)), Set(ids))

        let found = try await client.search(params: SearchParams(query: "customer:'\(customer)' AND amount>115"))
        XCTAssertEqual(Set(found.map(\.amount)), [120, 130])
        XCTAssertEqual(found.url, "/v1/payment_intents/search")
        do {
            _ = try await client.search(params: SearchParams(query: "colour:'red'"))
            XCTFail("expected an invalid query error")
        } catch let e as PayIntentError {
            XCTAssertTrue(["invalid_request_error", "invalid_argument_error"].contains(e.kind), "\(e)")
        }
    }

    func testLeanRailsProfileSpeaksJson() async throws {
        let client = try Sandbox.client(profile: .leanRails)
        let pi = try await client.create(params: CreateParams(amount: 2000, currency: "usd", metadata: ["k": "v"]))
        XCTAssertEqual(pi.metadata["k"], "v")
        let req = try XCTUnwrap(Sandbox.requests().last)
        XCTAssertEqual(header(req, "authorization"), "Basic")
        XCTAssertTrue(header(req, "content-type")?.contains("json") ?? false)
        let body = try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(req["body"] as? String).utf8)) as? [String: Any]
        XCTAssertEqual((body?["amount"] as? NSNumber)?.intValue, 2000)
        let canceled = try await client.cancel(id: pi.id, params: CancelParams(cancellationReason: .abandoned))
        XCTAssertEqual(canceled.status, .canceled)
        XCTAssertEqual(canceled.cancellationReason, .abandoned)
    }

    func testConcurrentCallsShareOneClient() async throws {
        let client = try Sandbox.client()
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 1...24 {
                group.addTask { try await client.create(params: CreateParams(amount: Int64(100 + i), currency: "usd")).id }
            }
            var all: [String] = []
            for try await id in group { all.append(id) }
            return all
        }
        XCTAssertEqual(Set(ids).count, 24)
    }

    func testTheKeyIsNeverPrinted() async throws {
        let secret = "sk_test_swiftSECRET0123456789"
        let client = try Client(apiKey: secret, options: ClientOptions(baseUrl: Sandbox.url, maxRetries: 0))
        var texts = [String(describing: client), String(reflecting: client), "\(client)", client.describe()]
        XCTAssertTrue(texts[0].contains(Sandbox.url) || texts[0].contains("127.0.0.1"), texts[0])

        // An error from the server (restricted key used for a write) and one
        // made by the client must not show the key either.
        let restricted = try Client(apiKey: "rk_test_swiftSECRET0123456789", options: ClientOptions(baseUrl: Sandbox.url))
        texts.append(String(describing: restricted))
        do {
            _ = try await restricted.create(params: CreateParams(amount: 5, currency: "usd"))
            XCTFail("expected a permission error")
        } catch {
            texts += [String(describing: error), String(reflecting: error), error.localizedDescription,
                      (error as? LocalizedError)?.errorDescription ?? ""]
        }
        Sandbox.fault(["kind": "drop"])
        do {
            _ = try await client.list()
            XCTFail("expected a connection error")
        } catch {
            texts += [String(describing: error), String(reflecting: error), error.localizedDescription]
        }
        for text in texts {
            XCTAssertFalse(text.contains("SECRET"), "key leaked: \(text)")
        }
        // The sandbox records only the scheme of the Authorization header.
        XCTAssertEqual((Sandbox.requests().last?["headers"] as? [String: Any])?["authorization"] as? String, "Bearer")
    }

    func testErrorDescriptionIsOneReadableLine() async throws {
        let client = try Sandbox.client()
        do {
            _ = try await client.retrieve(id: "pi_missing")
            XCTFail("expected resource_missing")
        } catch let e as PayIntentError {
            let text = e.localizedDescription
            XCTAssertTrue(text.hasPrefix("invalid_request_error: "), text)
            XCTAssertTrue(text.contains("code resource_missing"), text)
            XCTAssertEqual(text, e.description)
            XCTAssertEqual(text, e.details.description)
            XCTAssertFalse(text.contains("\n"), text)
        }
    }

    func testErrorKinds() async throws {
        let kinds = errorKinds()
        XCTAssertEqual(Set(kinds).count, kinds.count)
        XCTAssertTrue(kinds.contains("card_error") && kinds.contains("signature_verification_error"), "\(kinds)")
        // One error per kind the sandbox can produce: its case and its kind string agree.
        let client = try Sandbox.client()
        var seen: [String] = []
        do {
            _ = try await client.retrieve(id: "pi_doesnotexist")
            XCTFail("expected a 404")
        } catch let e as PayIntentError {
            guard case .InvalidRequestError = e else { return XCTFail("404 gave \(e)") }
            XCTAssertEqual(e.httpStatus, 404)
            seen.append(e.kind)
        }
        do {
            _ = try await Sandbox.client(key: "sk_test_").list()
            XCTFail("expected an authentication error")
        } catch let e as PayIntentError {
            guard case .AuthenticationError = e else { return XCTFail("a bad key gave \(e)") }
            XCTAssertEqual(e.httpStatus, 401)
            seen.append(e.kind)
        }
        do {
            _ = try await client.create(params: CreateParams(amount: -1, currency: "usd"))
            XCTFail("expected an invalid argument")
        } catch let e as PayIntentError {
            guard case .InvalidArgumentError = e else { return XCTFail("amount -1 gave \(e)") }
            seen.append(e.kind)
        }
        XCTAssertEqual(seen, ["invalid_request_error", "authentication_error", "invalid_argument_error"])
        XCTAssertTrue(Set(seen).isSubset(of: kinds))
    }

    func testCallsWithoutOptionsAndTypedNestedParams() async throws {
        let client = try Sandbox.client()
        let pi = try await client.create(params: CreateParams(
            amount: 2500, currency: "usd",
            automaticPaymentMethods: AutomaticPaymentMethodsParam(enabled: true, allowRedirects: "never"),
            shipping: Shipping(address: Address(city: "Lyon", country: "FR", line1: "1 rue de la Paix", postalCode: "69001"),
                               name: "Ada Lovelace")))
        let body = try XCTUnwrap(Sandbox.requests().last?["body"] as? String)
        let decoded = body.removingPercentEncoding ?? body
        XCTAssertTrue(decoded.contains("shipping[address][city]=Lyon"), decoded)
        XCTAssertTrue(decoded.contains("shipping[name]=Ada"), decoded)
        XCTAssertTrue(decoded.contains("automatic_payment_methods[enabled]=true"), decoded)
        XCTAssertTrue(decoded.contains("automatic_payment_methods[allow_redirects]=never"), decoded)
        // The typed nested result.
        XCTAssertEqual(pi.shipping?.address?.city, "Lyon")
        XCTAssertEqual(pi.shipping?.name, "Ada Lovelace")
        XCTAssertEqual(pi.automaticPaymentMethods?.enabled, true)
        let again = try await client.retrieve(id: pi.id)
        XCTAssertEqual(again.shipping?.address?.postalCode, "69001")
        let confirmed = try await client.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_visa"))
        XCTAssertEqual(confirmed.status, .succeeded)
    }

    func testUnknownEnumValueIsKept() throws {
        let pi = try paymentIntentFromJson(json: #"""
            {"id":"pi_future","object":"payment_intent","amount":100,"currency":"usd","status":"some_future_status",
             "capture_method":"manual","created":1,"livemode":false,"metadata":{}}
            """#)
        XCTAssertEqual(pi.status, .unknown("some_future_status"))
        XCTAssertEqual(pi.status.description, "some_future_status")
        XCTAssertEqual(pi.captureMethod, .manual)
    }

    func testPagerWalksEveryPage() async throws {
        let client = try Sandbox.client()
        let customer = "cus_swift_pager\(Int.random(in: 1000...9999))"
        var ids: [String] = []
        for i in 1...5 {
            ids.append(try await client.create(params: CreateParams(amount: Int64(100 * i), currency: "usd", customer: customer)).id)
        }
        Sandbox.clear()
        let pager = try client.listAutoPaging(params: ListParams(customer: customer, limit: 2))
        var seen: [String] = []
        for try await pi in pager { seen.append(pi.id) }
        XCTAssertEqual(Set(seen), Set(ids))
        XCTAssertEqual(seen.count, 5)
        let fetched = await pager.pagesFetched()
        XCTAssertEqual(fetched, 3)
        XCTAssertEqual(Sandbox.requests().count, 3)

        var found: [Int64] = []
        for try await pi in try client.searchAutoPaging(params: SearchParams(query: "customer:'\(customer)' AND amount>250", limit: 2)) {
            found.append(pi.amount)
        }
        XCTAssertEqual(Set(found), [300, 400, 500])
    }
}
