//! The one place where an error becomes the object the JS layer turns into a
//! `PayIntentError` subclass: from the core's FFI shape (`ErrorDetails`,
//! feature `ffi`), field by field. The JS side only picks the class from
//! `kind`; a panic is reported by the core's own `panic_error`.

use napi_derive::napi;
use payintent::ffi::ErrorDetails;
use payintent::Error;

/// A failure, as handed to JavaScript. Field names become camelCase in JS.
#[napi(object)]
#[derive(Clone, Debug)]
pub struct NativeError {
    /// The stable taxonomy code (`card_error`, `invalid_argument_error`, ...).
    pub kind: String,
    pub message: String,
    /// The API's machine-readable code, if any.
    pub code: Option<String>,
    pub http_status: Option<u32>,
    pub param: Option<String>,
    pub decline_code: Option<String>,
    pub request_id: Option<String>,
    pub idempotency_key: Option<String>,
    /// The `type` of the API's error object, as sent.
    pub error_type: Option<String>,
    pub doc_url: Option<String>,
    /// The PaymentIntent attached to the error, as JSON text (API spelling).
    pub payment_intent_json: Option<String>,
    /// The response headers, if a response arrived, as JSON text (an object
    /// of lower-case names; see reply.rs).
    pub headers_json: Option<String>,
}

impl From<ErrorDetails> for NativeError {
    fn from(d: ErrorDetails) -> Self {
        NativeError {
            kind: d.kind,
            message: d.message,
            code: d.code,
            http_status: d.http_status.map(u32::from),
            param: d.param,
            decline_code: d.decline_code,
            request_id: d.request_id,
            idempotency_key: d.idempotency_key,
            error_type: d.error_type,
            doc_url: d.doc_url,
            payment_intent_json: d.payment_intent.and_then(|pi| serde_json::to_string(pi.as_ref()).ok()),
            headers_json: d.response_headers.and_then(|h| serde_json::to_string(&crate::reply::Headers(&h)).ok()),
        }
    }
}

impl From<Error> for NativeError {
    fn from(e: Error) -> Self {
        NativeError::from(ErrorDetails::from(e))
    }
}

impl From<&Error> for NativeError {
    fn from(e: &Error) -> Self {
        NativeError::from(e.clone())
    }
}

/// Bad input detected by the binding itself (wrong JS types, unknown option
/// names), reported like the core's own client-side checks.
pub fn invalid_argument(param: &str, message: impl Into<String>) -> NativeError {
    NativeError::from(Error::invalid_argument(param, message))
}

/// A panic inside the library, reported as the core reports one (an
/// `api_error`) instead of unwinding into the JavaScript engine.
pub fn from_panic(payload: Box<dyn std::any::Any + Send>) -> NativeError {
    NativeError::from(payintent::ffi::panic_error(payload.as_ref()))
}
