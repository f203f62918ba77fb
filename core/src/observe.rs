//! Watching requests as they happen: one [`RequestEvent`] per step of a call
//! (each attempt sent, each answer or transport failure, each retry, a
//! cancellation), delivered to the [`Observer`] a client was built with.
//! Bindings forward these to their language's logging; events never carry the
//! API key, a query string or a body.

use std::sync::Arc;
use std::time::Duration;

use crate::error::ErrorKind;

/// Which step of a call an event reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum RequestEventKind {
    /// An attempt is about to be sent.
    Request,
    /// An attempt got an HTTP response (any status).
    Response,
    /// An attempt ended without a response (connection failure, timeout,
    /// body too large).
    Error,
    /// The call will be sent again after `retry_delay`.
    Retry,
    /// The call was cancelled (its future dropped or its cancel token
    /// triggered) before an outcome; a POST may or may not have reached the
    /// server: retry it with `idempotency_key`.
    Cancelled,
}

impl RequestEventKind {
    /// `request`, `response`, `error`, `retry` or `cancelled`.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestEventKind::Request => "request",
            RequestEventKind::Response => "response",
            RequestEventKind::Error => "error",
            RequestEventKind::Retry => "retry",
            RequestEventKind::Cancelled => "cancelled",
        }
    }
}

/// One step of a call. Fields a step does not have are `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RequestEvent {
    /// The step.
    pub kind: RequestEventKind,
    /// `GET` or `POST`.
    pub method: String,
    /// The request path, without query string (`/v1/payment_intents/pi_123/capture`).
    pub path: String,
    /// The attempt this step belongs to, from 1.
    pub attempt: u32,
    /// The HTTP status (`response`, and `retry`/`cancelled` after one).
    pub status: Option<u16>,
    /// `response`/`error`: how long the attempt took; `cancelled`: how long the
    /// call ran; `request`/`retry`: `None`.
    pub duration: Option<Duration>,
    /// The `Request-Id` of the response, when there is one.
    pub request_id: Option<String>,
    /// The idempotency key of the call (POST only); the same on every attempt.
    pub idempotency_key: Option<String>,
    /// The connected account the call acts for, if any.
    pub stripe_account: Option<String>,
    /// `error`/`retry`: the kind of the failure.
    pub error_kind: Option<ErrorKind>,
    /// `retry`: the wait before the next attempt.
    pub retry_delay: Option<Duration>,
}

/// Receives every [`RequestEvent`] of a client's calls, on whichever thread
/// runs the call; it should return quickly. Closures `Fn(&RequestEvent)` are
/// observers.
pub trait Observer: Send + Sync {
    /// Called once per step, in order for one call.
    fn on_event(&self, event: &RequestEvent);

    /// Whether events are wanted now; when false the client builds none
    /// (checked once per step, so it may change between calls).
    fn enabled(&self) -> bool {
        true
    }
}

impl<F: Fn(&RequestEvent) + Send + Sync> Observer for F {
    fn on_event(&self, event: &RequestEvent) {
        self(event)
    }
}

/// A client's observer, shareable and printable.
#[derive(Clone)]
pub(crate) struct SharedObserver(pub(crate) Arc<dyn Observer>);

impl std::fmt::Debug for SharedObserver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Observer")
    }
}

/// Emits the events of one call; costs nothing when there is no observer.
pub(crate) struct Emitter<'a> {
    pub(crate) observer: Option<&'a SharedObserver>,
    pub(crate) method: &'static str,
    pub(crate) path: &'a str,
    pub(crate) idempotency_key: Option<&'a str>,
    pub(crate) stripe_account: Option<&'a str>,
}

impl Emitter<'_> {
    /// Send the event of `kind` for `attempt`, after `fill` sets its other fields.
    pub(crate) fn emit(&self, kind: RequestEventKind, attempt: u32, fill: impl FnOnce(&mut RequestEvent)) {
        let Some(observer) = self.observer.filter(|o| o.0.enabled()) else { return };
        let mut event = RequestEvent {
            kind,
            method: self.method.to_string(),
            path: self.path.to_string(),
            attempt,
            status: None,
            duration: None,
            request_id: None,
            idempotency_key: self.idempotency_key.map(str::to_string),
            stripe_account: self.stripe_account.map(str::to_string),
            error_kind: None,
            retry_delay: None,
        };
        fill(&mut event);
        observer.0.on_event(&event);
    }
}
