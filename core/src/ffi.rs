//! What every language binding does at its boundary (feature `ffi`): run an
//! entry point so that a panic comes back as an `api_error` instead of
//! unwinding into Python, Node, Swift or Kotlin, and hand an error over in one
//! flat shape (`ErrorDetails`) from which each binding only picks its class by
//! `kind`.

use std::any::Any;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::error::{Error, ErrorKind, Result};
use crate::meta::ResponseHeaders;
use crate::model::PaymentIntent;

/// The text of a panic payload (`panic!("...")` gives a `&str` or a `String`).
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

/// The error a caught panic (a bug in payintent) is reported as.
pub fn panic_error(payload: &(dyn Any + Send)) -> Error {
    Error::new(ErrorKind::Api, format!("internal error in payintent: {}", panic_message(payload)))
}

/// Runs `f`; a panic inside it becomes an `api_error`.
pub fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|p| Err(panic_error(p.as_ref())))
}

/// A future whose every poll is guarded like [`guard`].
pub struct Guarded<F>(Pin<Box<F>>);

/// Wraps `fut` so that a panic while it runs becomes an `api_error`.
pub fn guard_future<T, F: Future<Output = Result<T>>>(fut: F) -> Guarded<F> {
    Guarded(Box::pin(fut))
}

impl<T, F: Future<Output = Result<T>>> Future for Guarded<F> {
    type Output = Result<T>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<T>> {
        let fut = self.0.as_mut();
        match catch_unwind(AssertUnwindSafe(|| fut.poll(cx))) {
            Ok(poll) => poll,
            Err(payload) => Poll::Ready(Err(panic_error(payload.as_ref()))),
        }
    }
}

/// Every field of an error as a binding hands it to its language. `Debug`
/// never shows the attached PaymentIntent's client secret.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record), uniffi::export(Debug, Display))]
pub struct ErrorDetails {
    /// The stable kind code (`card_error`, ...), the same in every language.
    pub kind: String,
    /// What went wrong: the API's message, or the client's own.
    pub message: String,
    /// HTTP status of the response, if one arrived.
    pub http_status: Option<u16>,
    /// The `type` field of the API's error object, as sent.
    pub error_type: Option<String>,
    /// The API's machine-readable code, e.g. `payment_intent_unexpected_state`.
    pub code: Option<String>,
    /// Why the card was declined, e.g. `insufficient_funds`.
    pub decline_code: Option<String>,
    /// The parameter at fault, in API spelling.
    pub param: Option<String>,
    /// The API's page about the error.
    pub doc_url: Option<String>,
    /// The `Request-Id` response header.
    pub request_id: Option<String>,
    /// The idempotency key the request was sent with (POST only): retrying
    /// with it can never charge twice.
    pub idempotency_key: Option<String>,
    /// The PaymentIntent attached to the error, e.g. after a decline.
    pub payment_intent: Option<Box<PaymentIntent>>,
    /// Every header of the response, if one arrived.
    pub response_headers: Option<ResponseHeaders>,
}

impl From<Error> for ErrorDetails {
    fn from(e: Error) -> Self {
        ErrorDetails {
            kind: e.kind.as_str().to_string(),
            message: e.message,
            http_status: e.http_status,
            error_type: e.error_type,
            code: e.code,
            decline_code: e.decline_code,
            param: e.param,
            doc_url: e.doc_url,
            request_id: e.request_id,
            idempotency_key: e.idempotency_key,
            payment_intent: e.payment_intent,
            response_headers: e.response_headers,
        }
    }
}

impl std::fmt::Display for ErrorDetails {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)?;
        if let Some(c) = &self.code {
            write!(f, " (code {c})")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request {id}]")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_api_errors() {
        let out: Result<()> = guard(|| panic!("boom {}", 7));
        let e = out.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Api);
        assert!(e.message.contains("boom 7"), "{}", e.message);
        let fut = guard_future(async { panic!("async boom") as Result<()> });
        let out = tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(fut);
        assert!(out.unwrap_err().message.contains("async boom"));
    }

    #[test]
    fn details_keep_every_field_and_hide_the_secret() {
        let pi: PaymentIntent =
            serde_json::from_str(r#"{"id":"pi_1","client_secret":"pi_1_secret_hush","status":"canceled"}"#).unwrap();
        let mut e = Error::new(ErrorKind::Card, "declined");
        e.code = Some("card_declined".into());
        e.idempotency_key = Some("ik_1".into());
        e.payment_intent = Some(Box::new(pi));
        let d = ErrorDetails::from(e);
        assert_eq!(d.kind, "card_error");
        assert_eq!(d.idempotency_key.as_deref(), Some("ik_1"));
        assert_eq!(d.payment_intent.as_ref().unwrap().client_secret.as_deref(), Some("pi_1_secret_hush"));
        assert!(!format!("{d:?}").contains("hush"));
        assert_eq!(d.to_string(), "card_error: declined (code card_declined)");
    }
}
