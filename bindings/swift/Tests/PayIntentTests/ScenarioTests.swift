// The shared scenarios (tests/scenarios/payment_intents.json) through the typed Swift API, against the sandbox.
import Foundation
import XCTest
import PayIntent

final class ScenarioTests: XCTestCase {
    /// One step through the typed API: the params object (API spelling)
    /// becomes the operation's generated params struct (FromJSON, keys without
    /// a field going to its `extra` text), and the typed result is read back
    /// as JSON in API spelling (toJSON) for the expectations.
    func run(_ c: Client, _ op: String, _ id: String?, _ params: [String: Any]) async throws -> (Any, String?) {
        func typed<P: FromJSON>(_: P.Type) throws -> P { try P.fromJSON(params, at: op) }
        let pid = id ?? ""
        let result: Any
        switch op {
        case "create": result = try await c.create(params: typed(CreateParams.self))
        case "retrieve": result = try await c.retrieve(id: pid, params: typed(RetrieveParams.self))
        case "update": result = try await c.update(id: pid, params: typed(UpdateParams.self))
        case "list": result = try await c.list(params: typed(ListParams.self))
        case "search": result = try await c.search(params: typed(SearchParams.self))
        case "confirm": result = try await c.confirm(id: pid, params: typed(ConfirmParams.self))
        case "capture": result = try await c.capture(id: pid, params: typed(CaptureParams.self))
        case "cancel": result = try await c.cancel(id: pid, params: typed(CancelParams.self))
        case "increment_authorization":
            result = try await c.incrementAuthorization(id: pid, params: typed(IncrementAuthorizationParams.self))
        case "apply_customer_balance":
            result = try await c.applyCustomerBalance(id: pid, params: typed(ApplyCustomerBalanceParams.self))
        case "verify_microdeposits":
            result = try await c.verifyMicrodeposits(id: pid, params: typed(VerifyMicrodepositsParams.self))
        default:
            XCTFail("unknown operation \(op)")
            return ([:], nil)
        }
        var json = toJSON(result)
        // A page is a list by its type: PaymentIntentPage has no `object` field to read it from.
        if result is PaymentIntentPage, var page = json as? [String: Any] {
            page["object"] = "list"
            json = page
        }
        return (json, (result as? PaymentIntent)?.id)
    }

    func testTypedParamsFromJson() throws {
        let p = try CreateParams.fromJSON([
            "amount": 100, "currency": "usd", "capture_method": "manual", "metadata": ["k": "v"],
            "shipping": ["name": "Ada", "address": ["city": "Paris", "country": "FR"]],
            "automatic_payment_methods": ["enabled": true],
            "payment_method_options": ["card": ["request_three_d_secure": "any"]],
            "not_a_field": ["x": 1],
        ] as [String: Any], at: "create")
        XCTAssertEqual(p.captureMethod, .manual)
        XCTAssertEqual(p.shipping?.address?.city, "Paris")
        XCTAssertEqual(p.automaticPaymentMethods?.enabled, true)
        XCTAssertEqual(p.paymentMethodOptions, #"{"card":{"request_three_d_secure":"any"}}"#)
        XCTAssertEqual(p.extra, #"{"not_a_field":{"x":1}}"#)
        XCTAssertEqual(try CancelParams.fromJSON(["cancellation_reason": "bored"], at: "cancel").cancellationReason, .unknown("bored"))
        XCTAssertThrowsError(try CreateParams.fromJSON(["currency": "usd"], at: "create"))
        XCTAssertThrowsError(try CreateParams.fromJSON(["amount": true, "currency": "usd"], at: "create"))
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
            let profile: Profile = (sc["profile"] as? String) == "leanrails" ? .leanRails : .stripe
            let client = try Sandbox.client(key: file["api_key"] as! String, profile: profile)
            var saved: [String: String] = [:]
            for (i, step) in (sc["steps"] as! [[String: Any]]).enumerated() {
                let at = "\(name)[\(i)]"
                Sandbox.clear()
                for f in (step["faults"] as? [[String: Any]]) ?? [] { Sandbox.fault(f) }
                let id = (step["id"] as? String).map { subst($0, saved) as! String }
                let params = subst(step["params"] ?? [:], saved) as! [String: Any]
                do {
                    let (obj, rid) = try await run(client, step["op"] as! String, id, params)
                    XCTAssertNil(step["error"], "\(at): expected an error, got \(obj)")
                    if let r = step["result"] {
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
