import Foundation
import XCTest
import PayIntent

/// The shared scenarios (tests/scenarios/payment_intents.json) through the typed Swift API.
final class ScenarioTests: XCTestCase {
    /// Takes keys out of a parameter object (API spelling) for the typed
    /// fields; a value of another JSON type than the field's stays behind and
    /// goes to `extraJson` with whatever else is left, so the core sees it.
    final class Taker {
        var left: [String: Any]
        init(_ p: [String: Any]) { left = p }
        private func take<T>(_ k: String, _ conv: (Any) -> T?) -> T? {
            guard let v = left[k], let t = conv(v) else { return nil }
            left.removeValue(forKey: k)
            return t
        }
        /// JSON true/false (`v is Bool` also holds for the numbers 0 and 1).
        private static func isBool(_ v: Any) -> Bool {
            guard let n = v as? NSNumber else { return false }
            return String(cString: n.objCType) == "c"
        }
        func str(_ k: String) -> String? { take(k) { $0 as? String } }
        func int(_ k: String) -> Int64? { take(k) { Taker.isBool($0) ? nil : ($0 as? NSNumber)?.int64Value } }
        func bool(_ k: String) -> Bool? { take(k) { Taker.isBool($0) ? ($0 as? NSNumber)?.boolValue : nil } }
        func strings(_ k: String) -> [String]? { take(k) { $0 as? [String] } }
        func ints(_ k: String) -> [Int64]? {
            take(k) { v in
                guard let a = v as? [Any], a.allSatisfy({ $0 is NSNumber && !Taker.isBool($0) }) else { return nil }
                return a.map { ($0 as! NSNumber).int64Value }
            }
        }
        func map(_ k: String) -> [String: String]? { take(k) { $0 as? [String: String] } }
        func extra() -> String? {
            left.isEmpty ? nil : String(decoding: try! JSONSerialization.data(withJSONObject: left), as: UTF8.self)
        }
    }

    func run(_ c: Client, _ op: String, _ id: String?, _ params: [String: Any]) async throws -> (String, String?) {
        let t = Taker(params)
        let pid = id ?? ""
        switch op {
        case "create":
            let p = try await c.create(params: CreateParams(
                amount: t.int("amount") ?? 0, currency: t.str("currency") ?? "", // required fields of the typed API captureMethod: t.str("capture_method"),
                confirm: t.bool("confirm"), confirmationMethod: t.str("confirmation_method"), customer: t.str("customer"),
                description: t.str("description"), metadata: t.map("metadata"), paymentMethod: t.str("payment_method"),
                paymentMethodTypes: t.strings("payment_method_types"), receiptEmail: t.str("receipt_email"),
                returnUrl: t.str("return_url"), setupFutureUsage: t.str("setup_future_usage"),
                statementDescriptor: t.str("statement_descriptor"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        case "retrieve":
            let p = try await c.retrieve(id: pid, params: RetrieveParams(clientSecret: t.str("client_secret"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        case "update":
            let p = try await c.update(id: pid, params: UpdateParams(
                amount: t.int("amount"), currency: t.str("currency"), customer: t.str("customer"), description: t.str("description"),
                metadata: t.map("metadata"), paymentMethod: t.str("payment_method"), receiptEmail: t.str("receipt_email"),
                statementDescriptor: t.str("statement_descriptor"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        case "list":
            let p = try await c.list(params: ListParams(
                customer: t.str("customer"), limit: t.int("limit"), startingAfter: t.str("starting_after"),
                endingBefore: t.str("ending_before"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, nil)
        case "search":
            let p = try await c.search(params: SearchParams(query: t.str("query"), limit: t.int("limit"), page: t.str("page"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, nil)
        case "confirm":
            let p = try await c.confirm(id: pid, params: ConfirmParams(
                paymentMethod: t.str("payment_method"), captureMethod: t.str("capture_method"), returnUrl: t.str("return_url"),
                errorOnRequiresAction: t.bool("error_on_requires_action"), receiptEmail: t.str("receipt_email"),
                setupFutureUsage: t.str("setup_future_usage"), clientSecret: t.str("client_secret"),
                expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        case "capture":
            let p = try await c.capture(id: pid, params: CaptureParams(
                amountToCapture: t.int("amount_to_capture"), applicationFeeAmount: t.int("application_fee_amount"),
                metadata: t.map("metadata"), statementDescriptor: t.str("statement_descriptor"),
                statementDescriptorSuffix: t.str("statement_descriptor_suffix"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        case "cancel":
            let p = try await c.cancel(id: pid, params: CancelParams(cancellationReason: t.str("cancellation_reason"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        case "increment_authorization":
            let p = try await c.incrementAuthorization(id: pid, params: IncrementAuthorizationParams(amount: t.int("amount"), description: t.str("description"), metadata: t.map("metadata"), statementDescriptor: t.str("statement_descriptor"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        case "apply_customer_balance":
            let p = try await c.applyCustomerBalance(id: pid, params: ApplyCustomerBalanceParams(amount: t.int("amount"), currency: t.str("currency"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        case "verify_microdeposits":
            let p = try await c.verifyMicrodeposits(id: pid, params: VerifyMicrodepositsParams(amounts: t.ints("amounts"), descriptorCode: t.str("descriptor_code"), clientSecret: t.str("client_secret"), expand: t.strings("expand"), extraJson: t.extra()), options: nil)
            return (p.json, p.id)
        default:
            XCTFail("unknown operation \(op)")
            return ("{}", nil)
        }
    }

    func subst(_ v: Any, _ saved: [String: String]) -> Any {
        switch v {
        case let s as String:
            var out = s
            for (k, val) in saved { out = out.replacingOccurrences(of: "{\(k)}", with: val) }
            return out
        case let d as [String: Any]: return d.mapValues { subst($0, saved) }
        case let a as [Any]: return a.map { subst($0, saved) }
        default: return v
        }
    }

    func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil), (nil, is NSNull), (is NSNull, nil), (is NSNull, is NSNull): return true
        case let (x as String, y as String): return x == y
        case let (x as NSNumber, y as NSNumber): return x == y
        case let (x as [Any], y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default: return false
        }
    }

    func assertSubset(_ expected: Any, _ actual: Any?, _ at: String) {
        if let e = expected as? [String: Any] {
            guard let a = actual as? [String: Any] else { return XCTFail("\(at): expected an object, got \(String(describing: actual))") }
            for (k, v) in e {
                if k == "data_length" {
                    XCTAssertEqual((a["data"] as? [Any])?.count, (v as? NSNumber)?.intValue, "\(at).data length")
                    continue
                }
                assertSubset(v, a[k], "\(at).\(k)")
            }
        } else {
            XCTAssertTrue(same(expected, actual), "\(at): expected \(expected), got \(String(describing: actual))")
        }
    }

    func testSharedScenarios() async throws {
        let path = ProcessInfo.processInfo.environment["PAYINTENT_SCENARIOS"] ?? "../../tests/scenarios/payment_intents.json"
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        let scenarios = file["scenarios"] as! [[String: Any]]
        XCTAssertGreaterThanOrEqual(scenarios.count, 10)
        var report: [String] = []
        defer { print(report.joined(separator: "\n")) }
        for sc in scenarios {
            let name = sc["name"] as! String
            let failuresBefore = testRun?.failureCount ?? 0
            defer {
                let failed = (testRun?.failureCount ?? 0) > failuresBefore
                report.append("  scenario \(name): \(failed ? "FAILED" : "ok")")
            }
            let profile: WireProfile = (sc["profile"] as? String) == "leanrails" ? .leanRails : .stripe
            let client = try Sandbox.client(key: file["api_key"] as! String, profile: profile)
            var saved: [String: String] = [:]
            for (i, step) in (sc["steps"] as! [[String: Any]]).enumerated() {
                let at = "\(name)[\(i)]"
                Sandbox.clear()
                for f in (step["faults"] as? [[String: Any]]) ?? [] { Sandbox.fault(f) }
                let id = (step["id"] as? String).map { subst($0, saved) as! String }
                let params = subst(step["params"] ?? [:], saved) as! [String: Any]
                do {
                    let (json, rid) = try await run(client, step["op"] as! String, id, params)
                    XCTAssertNil(step["error"], "\(at): expected an error, got \(json)")
                    if let r = step["result"] {
                        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8))
                        assertSubset(subst(r, saved), obj, at)
                    }
                    if let key = step["save_as"] as? String, let rid = rid { saved[key] = rid }
                } catch let e as PayIntentError {
                    XCTAssertNotNil(step["error"], "\(at): unexpected error \(e)")
                    let d = e.details
                    func orNull(_ v: Any?) -> Any { v ?? NSNull() }
                    let actual: [String: Any] = [
                        "kind": d.kind, "code": orNull(d.code), "param": orNull(d.param),
                        "decline_code": orNull(d.declineCode),
                        "http_status": orNull(d.httpStatus.map { NSNumber(value: Int($0)) }),
                    ]
                    assertSubset(step["error"] ?? [:], actual, at)
                }
                let recorded = Sandbox.requests()
                if let n = step["request_count"] as? NSNumber { XCTAssertEqual(recorded.count, n.intValue, "\(at): request count") }
                if (step["same_idempotency_key"] as? Bool) == true {
                    let keys = Set(recorded.map { ($0["headers"] as? [String: Any])?["idempotency-key"] as? String ?? "" })
                    XCTAssertTrue(keys.count == 1 && !keys.contains(""), "\(at): \(keys)")
                }
                if let r = step["request"] {
                    guard let last = recorded.last else { XCTFail("\(at): no request recorded"); continue }
                    assertSubset(subst(r, saved), last, "\(at).request")
                }
            }
        }
    }
}
