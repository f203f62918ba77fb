//! The one place where `payintent::Error` becomes the object the JS layer
//! turns into a `PayIntentError` subclass. The JS side only picks the class
//! from `kind`; every field is filled here.

use napi_derive::napi;
use payintent::{Error, ErrorKind};

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
}

impl From<&Error> for NativeError {
    fn from(e: &Error) -> Self {
        NativeError {
            kind: e.kind.as_str().to_string(),
            message: e.message.clone(),
            code: e.code.clone(),
            http_status: e.http_status.map(u32::from),
            param: e.param.clone(),
            decline_code: e.decline_code.clone(),
            request_id: e.request_id.clone(),
            idempotency_key: e.idempotency_key.clone(),
            error_type: e.error_type.clone(),
            doc_url: e.doc_url.clone(),
            payment_intent_json: e
                .payment_intent
                .as_ref()
                .and_then(|pi| serde_json::to_string(pi.as_ref()).ok()),
        }
    }
}

impl From<Error> for NativeError {
    fn from(e: Error) -> Self {
        NativeError::from(&e)
    }
}

/// Bad input detected by the binding itself (wrong JS types, unknown option
/// names), reported like the core's own client-side checks.
pub fn invalid_argument(param: &str, message: impl Into<String>) -> NativeError {
    NativeError::from(Error::invalid_argument(param, message))
}

/// A panic inside the library, turned into an `api_error` instead of
/// unwinding into the JavaScript engine.
pub fn from_panic(payload: Box<dyn std::any::Any + Send>) -> NativeError {
    let detail = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    NativeError::from(Error::new(
        ErrorKind::Api,
        format!("internal error in payintent (please report): {detail}"),
    ))
}
