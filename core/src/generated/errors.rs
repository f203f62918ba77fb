//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The error kinds: codes, class names, parents and HTTP statuses.

/// The error taxonomy: the kind of every failure. `as_str()` gives the stable code every language
/// binding exposes unchanged, `class_name()` the exception class of the kind in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ErrorKind {
    /// The card was declined or could not be charged; the decline code says why.
    ///
    /// Code `card_error`, from HTTP 402.
    Card,
    /// The API refused the request: its parameters, the object's state, or a missing object.
    ///
    /// Code `invalid_request_error`, from HTTP 400 or 404.
    InvalidRequest,
    /// The API key was missing, wrong or refused.
    ///
    /// Code `authentication_error`, from HTTP 401.
    Authentication,
    /// The key may not perform this request.
    ///
    /// Code `permission_error`, from HTTP 403.
    Permission,
    /// Too many requests; retried automatically up to the client's maximum number of retries.
    ///
    /// Code `rate_limit_error`, from HTTP 429.
    RateLimit,
    /// An idempotency key was reused with other parameters, or is in use by another request.
    ///
    /// Code `idempotency_error`, from HTTP 400 or 409.
    Idempotency,
    /// The API failed on its side, or answered with something that could not be read.
    ///
    /// Code `api_error`, from HTTP 500, 502, 503 or 504.
    Api,
    /// The API could not be reached: DNS, TCP, TLS or a dropped connection.
    ///
    /// Code `connection_error`.
    Connection,
    /// A per-attempt timeout or the overall deadline passed before an answer came.
    ///
    /// Code `timeout_error`.
    Timeout,
    /// Bad input, refused on the client before anything was sent.
    ///
    /// Code `invalid_argument_error`.
    InvalidArgument,
    /// A webhook delivery failed verification: no or malformed signature header, no matching
    /// signature, or a timestamp outside the tolerance.
    ///
    /// Code `signature_verification_error`.
    SignatureVerification,
    /// The caller cancelled the call before it had an outcome; a POST may have reached the API, so
    /// retry it with the error's idempotency key.
    ///
    /// Code `cancelled_error`.
    Cancelled,
}

impl ErrorKind {
    /// Every kind, in the order of the description.
    pub const ALL: [ErrorKind; 12] = [
        ErrorKind::Card,
        ErrorKind::InvalidRequest,
        ErrorKind::Authentication,
        ErrorKind::Permission,
        ErrorKind::RateLimit,
        ErrorKind::Idempotency,
        ErrorKind::Api,
        ErrorKind::Connection,
        ErrorKind::Timeout,
        ErrorKind::InvalidArgument,
        ErrorKind::SignatureVerification,
        ErrorKind::Cancelled,
    ];

    /// The class every kind's class derives from, directly or through its parent.
    pub const BASE_CLASS_NAME: &'static str = "PayIntentError";

    /// The stable code, e.g. `card_error`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Card => "card_error",
            ErrorKind::InvalidRequest => "invalid_request_error",
            ErrorKind::Authentication => "authentication_error",
            ErrorKind::Permission => "permission_error",
            ErrorKind::RateLimit => "rate_limit_error",
            ErrorKind::Idempotency => "idempotency_error",
            ErrorKind::Api => "api_error",
            ErrorKind::Connection => "connection_error",
            ErrorKind::Timeout => "timeout_error",
            ErrorKind::InvalidArgument => "invalid_argument_error",
            ErrorKind::SignatureVerification => "signature_verification_error",
            ErrorKind::Cancelled => "cancelled_error",
        }
    }

    /// The kind with this stable code.
    pub fn parse(code: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.into_iter().find(|k| k.as_str() == code)
    }

    /// The exception class of this kind, the same name in every language.
    pub const fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Card => "CardError",
            ErrorKind::InvalidRequest => "InvalidRequestError",
            ErrorKind::Authentication => "AuthenticationError",
            ErrorKind::Permission => "PermissionError",
            ErrorKind::RateLimit => "RateLimitError",
            ErrorKind::Idempotency => "IdempotencyError",
            ErrorKind::Api => "APIError",
            ErrorKind::Connection => "APIConnectionError",
            ErrorKind::Timeout => "APITimeoutError",
            ErrorKind::InvalidArgument => "InvalidArgumentError",
            ErrorKind::SignatureVerification => "SignatureVerificationError",
            ErrorKind::Cancelled => "RequestCancelledError",
        }
    }

    /// The class this kind's class derives from: another kind's class, or
    /// [`ErrorKind::BASE_CLASS_NAME`].
    pub const fn parent_class_name(self) -> &'static str {
        match self {
            ErrorKind::Card => "PayIntentError",
            ErrorKind::InvalidRequest => "PayIntentError",
            ErrorKind::Authentication => "PayIntentError",
            ErrorKind::Permission => "PayIntentError",
            ErrorKind::RateLimit => "PayIntentError",
            ErrorKind::Idempotency => "PayIntentError",
            ErrorKind::Api => "PayIntentError",
            ErrorKind::Connection => "PayIntentError",
            ErrorKind::Timeout => "APIConnectionError",
            ErrorKind::InvalidArgument => "PayIntentError",
            ErrorKind::SignatureVerification => "PayIntentError",
            ErrorKind::Cancelled => "PayIntentError",
        }
    }

    /// The HTTP statuses the kind comes from (empty: no response, or refused before sending).
    pub const fn http_statuses(self) -> &'static [u16] {
        match self {
            ErrorKind::Card => &[402],
            ErrorKind::InvalidRequest => &[400, 404],
            ErrorKind::Authentication => &[401],
            ErrorKind::Permission => &[403],
            ErrorKind::RateLimit => &[429],
            ErrorKind::Idempotency => &[400, 409],
            ErrorKind::Api => &[500, 502, 503, 504],
            ErrorKind::Connection => &[],
            ErrorKind::Timeout => &[],
            ErrorKind::InvalidArgument => &[],
            ErrorKind::SignatureVerification => &[],
            ErrorKind::Cancelled => &[],
        }
    }
}

/// Invokes the macro `$m` with every kind as `ClassName => Variant`, in the order of the
/// description (the Swift/Kotlin error enum is built from it).
#[allow(unused_macros)]
macro_rules! with_error_kinds {
    ($m:ident) => {
        $m! {
            CardError => Card,
            InvalidRequestError => InvalidRequest,
            AuthenticationError => Authentication,
            PermissionError => Permission,
            RateLimitError => RateLimit,
            IdempotencyError => Idempotency,
            APIError => Api,
            APIConnectionError => Connection,
            APITimeoutError => Timeout,
            InvalidArgumentError => InvalidArgument,
            SignatureVerificationError => SignatureVerification,
            RequestCancelledError => Cancelled,
        }
    };
}
#[allow(unused_imports)]
pub(crate) use with_error_kinds;
