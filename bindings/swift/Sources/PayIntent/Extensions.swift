// Hand-written conveniences over the generated API (PayIntent.swift, made by
// uniffi-bindgen from bindings/uniffi). No payment logic lives here: every
// call goes to the Rust core.
import Foundation

// MARK: - Errors

extension PayIntentError {
    /// The fields every error carries, whatever its kind.
    public var details: ErrorDetails {
        switch self {
        case .Card(let d), .InvalidRequest(let d), .Authentication(let d), .Permission(let d),
             .RateLimit(let d), .Idempotency(let d), .Api(let d), .Connection(let d), .Timeout(let d),
             .InvalidArgument(let d):
            return d
        }
    }

    /// The stable code shared with every other language, e.g. `card_error`.
    public var kind: String { details.kind }
    /// The human-readable message from the API or the client.
    public var message: String { details.message }
    /// The API's error code, e.g. `card_declined`.
    public var code: String? { details.code }
    /// The parameter at fault, in API spelling, e.g. `amount_to_capture`.
    public var param: String? { details.param }
    /// The HTTP status, when the API answered.
    public var httpStatus: UInt16? { details.httpStatus }
    /// The `Request-Id` of the failing response, for support requests.
    public var requestId: String? { details.requestId }
}

// One line, e.g. `card_error: Your card was declined. (code card_declined,
// decline_code generic_decline, http 402, request req_123)`. The generated
// LocalizedError conformance (errorDescription) shows this text too. Built
// from the error's fields only, so it can never contain the API key.
extension PayIntentError: CustomStringConvertible {
    public var description: String {
        let d = details
        var extra: [String] = []
        if let c = d.code { extra.append("code \(c)") }
        if let c = d.declineCode { extra.append("decline_code \(c)") }
        if let p = d.param { extra.append("param \(p)") }
        if let s = d.httpStatus { extra.append("http \(s)") }
        if let r = d.requestId { extra.append("request \(r)") }
        return "\(d.kind): \(d.message)" + (extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))")
    }
}

// MARK: - Client

extension Client: CustomStringConvertible, CustomDebugStringConvertible {
    /// A client with default options (the Stripe API, Stripe wire format).
    public convenience init(apiKey: String) throws {
        try self.init(apiKey: apiKey, options: ClientOptions())
    }

    /// Base URL, profile and settings; never the key.
    public var description: String { describe() }
    public var debugDescription: String { describe() }
}

// Every operation without a `RequestOptions` argument, and with empty
// parameters where none are required:
//   try await client.cancel(id: pi.id)
//   try await client.capture(id: pi.id, params: CaptureParams(amountToCapture: 1500))
extension Client {
    public func create(params: CreateParams) async throws -> PaymentIntent {
        try await create(params: params, options: nil)
    }

    public func retrieve(id: String, params: RetrieveParams = RetrieveParams()) async throws -> PaymentIntent {
        try await retrieve(id: id, params: params, options: nil)
    }

    public func update(id: String, params: UpdateParams = UpdateParams()) async throws -> PaymentIntent {
        try await update(id: id, params: params, options: nil)
    }

    public func list(params: ListParams = ListParams()) async throws -> PaymentIntentPage {
        try await list(params: params, options: nil)
    }

    public func search(params: SearchParams) async throws -> PaymentIntentPage {
        try await search(params: params, options: nil)
    }

    public func confirm(id: String, params: ConfirmParams = ConfirmParams()) async throws -> PaymentIntent {
        try await confirm(id: id, params: params, options: nil)
    }

    public func capture(id: String, params: CaptureParams = CaptureParams()) async throws -> PaymentIntent {
        try await capture(id: id, params: params, options: nil)
    }

    public func cancel(id: String, params: CancelParams = CancelParams()) async throws -> PaymentIntent {
        try await cancel(id: id, params: params, options: nil)
    }

    public func incrementAuthorization(id: String, params: IncrementAuthorizationParams) async throws -> PaymentIntent {
        try await incrementAuthorization(id: id, params: params, options: nil)
    }

    public func applyCustomerBalance(id: String, params: ApplyCustomerBalanceParams = ApplyCustomerBalanceParams()) async throws -> PaymentIntent {
        try await applyCustomerBalance(id: id, params: params, options: nil)
    }

    public func verifyMicrodeposits(id: String, params: VerifyMicrodepositsParams) async throws -> PaymentIntent {
        try await verifyMicrodeposits(id: id, params: params, options: nil)
    }
}

// MARK: - Results

extension PaymentIntent {
    /// The full object as a JSON dictionary (fields newer than this library
    /// included).
    public func jsonObject() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]) ?? [:]
    }
}

extension PaymentIntentPage: Sequence {
    public func makeIterator() -> IndexingIterator<[PaymentIntent]> { data.makeIterator() }
}

// MARK: - Redaction
//
// `print(pi)`, `"\(pi)"`, `String(reflecting:)` and `debugPrint` use the
// generated `debugDescription` (the Rust `Debug`, which shows the client
// secret as "[redacted]"; a PaymentIntent has no `description` conformance,
// its `description` is the API field). `dump()` and other
// reflection walk a `Mirror`: these mirrors list the same fields with the
// secret redacted, also inside the JSON texts. The properties themselves
// (`pi.clientSecret`, `pi.json`) keep the real values.

/// What a client secret is shown as.
let redactedSecret = "[redacted]"

/// A JSON text with every `client_secret` value redacted; text that is not a
/// JSON object or array is not shown.
func redactedJSON(_ text: String) -> String {
    func scrub(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            var out: [String: Any] = [:]
            for (k, v) in object {
                out[k] = (k == "client_secret" && !(v is NSNull)) ? redactedSecret : scrub(v)
            }
            return out
        }
        if let array = value as? [Any] { return array.map(scrub) }
        return value
    }
    guard let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
          let data = try? JSONSerialization.data(withJSONObject: scrub(parsed), options: [.sortedKeys]),
          let out = String(data: data, encoding: .utf8)
    else { return "<\(text.utf8.count) bytes, not JSON>" }
    return out
}

extension PaymentIntent: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: [
            "id": id, "amount": amount, "amountCapturable": amountCapturable as Any,
            "amountReceived": amountReceived as Any, "currency": currency as Any, "status": status,
            "captureMethod": captureMethod as Any, "confirmationMethod": confirmationMethod as Any,
            "cancellationReason": cancellationReason as Any, "canceledAt": canceledAt as Any,
            "clientSecret": clientSecret.map { _ in redactedSecret } as Any, "created": created,
            "customer": customer as Any, "description": description as Any, "latestCharge": latestCharge as Any,
            "livemode": livemode, "metadata": metadata, "nextActionType": nextActionType as Any,
            "paymentMethod": paymentMethod as Any, "paymentMethodTypes": paymentMethodTypes,
            "lastPaymentErrorCode": lastPaymentErrorCode as Any,
            "lastPaymentErrorDeclineCode": lastPaymentErrorDeclineCode as Any,
            "lastPaymentErrorMessage": lastPaymentErrorMessage as Any, "receiptEmail": receiptEmail as Any,
            "setupFutureUsage": setupFutureUsage as Any, "statementDescriptor": statementDescriptor as Any,
            "merchantId": merchantId as Any, "charges": charges as Any, "json": redactedJSON(json),
            "requestId": requestId as Any, "idempotentReplayed": idempotentReplayed, "attempts": attempts,
        ], displayStyle: .struct)
    }
}

extension PaymentIntentPage: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: [
            "data": data, "hasMore": hasMore, "url": url, "nextPage": nextPage as Any,
            "totalCount": totalCount as Any, "json": redactedJSON(json), "requestId": requestId as Any,
        ], displayStyle: .struct)
    }
}

extension ErrorDetails: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: [
            "kind": kind, "message": message, "httpStatus": httpStatus as Any, "code": code as Any,
            "declineCode": declineCode as Any, "param": param as Any, "requestId": requestId as Any,
            "idempotencyKey": idempotencyKey as Any,
            "paymentIntentJson": paymentIntentJson.map(redactedJSON) as Any,
        ], displayStyle: .struct)
    }
}
