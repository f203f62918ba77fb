//! The one place where core errors become Swift errors / Kotlin exceptions.
//! Printing an error (Kotlin `toString()`/`message`, Swift
//! `debugDescription`) shows the attached PaymentIntent's JSON with its
//! client secret redacted.

use std::fmt;

use crate::redact::{self, Fields};

/// Every payintent failure. The variant is the error kind; `kind` repeats it
/// as the stable code shared with the other languages.
#[derive(Debug, uniffi::Error)]
pub enum PayIntentError {
    Card { details: ErrorDetails },
    InvalidRequest { details: ErrorDetails },
    Authentication { details: ErrorDetails },
    Permission { details: ErrorDetails },
    RateLimit { details: ErrorDetails },
    Idempotency { details: ErrorDetails },
    Api { details: ErrorDetails },
    Connection { details: ErrorDetails },
    Timeout { details: ErrorDetails },
    InvalidArgument { details: ErrorDetails },
}

/// The fields every error carries.
#[derive(Clone, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct ErrorDetails {
    pub kind: String,
    pub message: String,
    pub http_status: Option<u16>,
    pub code: Option<String>,
    pub decline_code: Option<String>,
    pub param: Option<String>,
    pub request_id: Option<String>,
    pub idempotency_key: Option<String>,
    /// The PaymentIntent attached by the API, as JSON.
    pub payment_intent_json: Option<String>,
}

impl fmt::Display for ErrorDetails {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Fields::new(f, "ErrorDetails")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .opt("httpStatus", &self.http_status)
            .opt("code", &self.code)
            .opt("declineCode", &self.decline_code)
            .opt("param", &self.param)
            .opt("requestId", &self.request_id)
            .opt("idempotencyKey", &self.idempotency_key)
            .opt("paymentIntentJson", &self.payment_intent_json.as_deref().map(redact::json))
            .finish()
    }
}

impl fmt::Debug for ErrorDetails {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl PayIntentError {
    pub fn details(&self) -> &ErrorDetails {
        match self {
            PayIntentError::Card { details }
            | PayIntentError::InvalidRequest { details }
            | PayIntentError::Authentication { details }
            | PayIntentError::Permission { details }
            | PayIntentError::RateLimit { details }
            | PayIntentError::Idempotency { details }
            | PayIntentError::Api { details }
            | PayIntentError::Connection { details }
            | PayIntentError::Timeout { details }
            | PayIntentError::InvalidArgument { details } => details,
        }
    }
}

impl PayIntentError {
    /// A panic caught at an entry point (a bug in payintent): reported as an
    /// `api_error` rather than unwinding into Swift or Kotlin.
    pub(crate) fn from_panic(payload: Box<dyn std::any::Any + Send>) -> Self {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        payintent::Error::new(payintent::ErrorKind::Api, format!("internal error in payintent: {what}")).into()
    }
}

impl fmt::Display for PayIntentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.details();
        write!(f, "{}: {}", d.kind, d.message)?;
        if let Some(c) = &d.code {
            write!(f, " (code {c})")?;
        }
        Ok(())
    }
}

impl std::error::Error for PayIntentError {}

impl From<payintent::Error> for PayIntentError {
    fn from(e: payintent::Error) -> Self {
        use payintent::ErrorKind as K;
        let details = ErrorDetails {
            kind: e.kind.as_str().to_string(),
            message: e.message.clone(),
            http_status: e.http_status,
            code: e.code.clone(),
            decline_code: e.decline_code.clone(),
            param: e.param.clone(),
            request_id: e.request_id.clone(),
            idempotency_key: e.idempotency_key.clone(),
            payment_intent_json: e.payment_intent.as_ref().map(|p| p.to_json().to_string()),
        };
        match e.kind {
            K::Card => PayIntentError::Card { details },
            K::InvalidRequest => PayIntentError::InvalidRequest { details },
            K::Authentication => PayIntentError::Authentication { details },
            K::Permission => PayIntentError::Permission { details },
            K::RateLimit => PayIntentError::RateLimit { details },
            K::Idempotency => PayIntentError::Idempotency { details },
            K::Api => PayIntentError::Api { details },
            K::Connection => PayIntentError::Connection { details },
            K::Timeout => PayIntentError::Timeout { details },
            K::InvalidArgument => PayIntentError::InvalidArgument { details },
        }
    }
}
