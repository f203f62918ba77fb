// Hand-written conveniences over the generated API.
import Foundation

// The generated code already conforms PayIntentError to LocalizedError (its
// errorDescription reflects the case and its details).
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
}

extension Client: CustomStringConvertible {
    /// Base URL and profile; never the key.
    public var description: String { describe() }
}
