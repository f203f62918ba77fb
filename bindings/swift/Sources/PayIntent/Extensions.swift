// Hand-written behaviour over the generated API (PayIntent.swift and
// PayIntentTypes.swift, made by uniffi-bindgen; PayIntentMirrors.swift, made
// by gen-swift.py): error accessors and text, async iteration of pagers,
// the request logger from a closure, webhooks. No payment logic and no list
// of API fields lives here.
import Foundation

// MARK: - Errors

// `details` (the fields every error carries, whatever its kind) is generated
// over every case by gen-swift.py into PayIntentMirrors.swift.
extension PayIntentError {
    /// The stable code shared with every other language, e.g. `card_error` (one of `errorKinds()`).
    public var kind: String { details.kind }
    /// The human-readable message from the API or the client.
    public var message: String { details.message }
    /// The API's error code, e.g. `card_declined`.
    public var code: String? { details.code }
    /// The card issuer's reason for a decline, e.g. `insufficient_funds`.
    public var declineCode: String? { details.declineCode }
    /// The parameter at fault, in API spelling, e.g. `amount_to_capture`.
    public var param: String? { details.param }
    /// The HTTP status, when the API answered.
    public var httpStatus: UInt16? { details.httpStatus }
    /// The `Request-Id` of the failing response, for support requests.
    public var requestId: String? { details.requestId }
    /// The PaymentIntent the API attached to the error, if any.
    public var paymentIntent: PaymentIntent? { details.paymentIntent }
    /// The idempotency key the request was sent with (POST only): retrying with it never charges twice.
    public var idempotencyKey: String? { details.idempotencyKey }
    /// Every header of the failing response (lower-case names, repeats joined by ", "), when the API answered.
    public var responseHeaders: [String: String]? { details.responseHeaders }
}

// One line, the core's Display of the details, e.g. `card_error: Your card
// was declined. (code card_declined) [request req_123]`. The generated
// LocalizedError (errorDescription = String(reflecting:)) shows it too, so
// `localizedDescription` is this line. Made from the error's fields, never
// from the key; an attached PaymentIntent is not part of it.
extension PayIntentError: CustomStringConvertible {
    public var description: String { details.description }
}

// MARK: - Client

extension Client: CustomStringConvertible, CustomDebugStringConvertible {
    /// Base URL, profile and settings; never the key.
    public var description: String { describe() }
    public var debugDescription: String { describe() }
}

// MARK: - Request logging

/// A `RequestLogger` that hands every event to `onEvent`:
/// `ClientOptions(logger: requestLogger { e in log.info("\(e.method) \(e.path) \(e.status ?? 0)") })`.
/// Called on the thread running the call, once per step (request, response,
/// error, retry, cancelled); keep it quick. Events never carry the API key.
public func requestLogger(_ onEvent: @escaping @Sendable (RequestEvent) -> Void) -> RequestLogger {
    ClosureRequestLogger(onEvent)
}

private final class ClosureRequestLogger: RequestLogger {
    let handler: @Sendable (RequestEvent) -> Void
    init(_ handler: @escaping @Sendable (RequestEvent) -> Void) { self.handler = handler }
    func onEvent(event: RequestEvent) { handler(event) }
}

// MARK: - Pages and pagers

extension PaymentIntentPage: Sequence {
    public func makeIterator() -> IndexingIterator<[PaymentIntent]> { data.makeIterator() }
}

extension EventPage: Sequence {
    public func makeIterator() -> IndexingIterator<[Event]> { data.makeIterator() }
}

/// `for try await pi in try client.listAutoPaging(params: ListParams(limit: 100)) { ... }`:
/// every PaymentIntent of a list or search, pages fetched as the loop goes on.
extension PaymentIntentPager: AsyncSequence {
    public typealias Element = PaymentIntent

    public struct AsyncIterator: AsyncIteratorProtocol {
        let pager: PaymentIntentPager
        public mutating func next() async throws -> PaymentIntent? { try await pager.next() }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(pager: self) }
}

// MARK: - Webhooks

/// Verifies webhook deliveries (the core's check: `Stripe-Signature` header,
/// HMAC-SHA256 over the raw body, timestamp tolerance, rotated secrets).
public enum Webhook {
    /// The event of a delivery whose signature is valid; a
    /// `SignatureVerificationError` otherwise. `payload` is the raw request
    /// body exactly as received, `tolerance` the accepted age in seconds.
    public static func constructEvent(payload: Data, sigHeader: String, secret: String,
                                      tolerance: TimeInterval = 300) throws -> Event {
        try webhookConstructEvent(payload: payload, signatureHeader: sigHeader, secret: secret, tolerance: tolerance)
    }

    /// The same, for a body held as text (its UTF-8 bytes are checked).
    public static func constructEvent(payload: String, sigHeader: String, secret: String,
                                      tolerance: TimeInterval = 300) throws -> Event {
        try constructEvent(payload: Data(payload.utf8), sigHeader: sigHeader, secret: secret, tolerance: tolerance)
    }

    /// A valid `Stripe-Signature` header for `payload`, for tests of a webhook endpoint.
    public static func generateTestHeader(payload: Data, secret: String, timestamp: Int64? = nil) -> String {
        webhookGenerateTestHeader(payload: payload, secret: secret, timestamp: timestamp)
    }
}
