//! Request logging for Swift and Kotlin: a `RequestLogger` the app implements
//! (a Swift protocol, a Kotlin interface) receives the core's `RequestEvent`
//! for every step of every call of the client it was given to
//! (`ClientOptions.logger`). Events carry method, path, attempt, status,
//! duration, request id and idempotency key, never the API key.

use std::sync::Arc;

use payintent::{Observer, RequestEvent};

/// Receives one event per step of a call: `request` (an attempt is sent),
/// `response` (any HTTP status), `error` (an attempt failed without one),
/// `retry`, `cancelled`. Called on the thread running the call, in order for
/// one call; return quickly (hand the event to your logging framework). A
/// logger that throws or crashes never fails the call.
#[uniffi::export(with_foreign)]
pub trait RequestLogger: Send + Sync {
    /// One step of a call.
    fn on_event(&self, event: RequestEvent);
}

/// The core's observer that hands each event to a foreign logger.
pub(crate) struct LoggerObserver(pub(crate) Arc<dyn RequestLogger>);

impl Observer for LoggerObserver {
    fn on_event(&self, event: &RequestEvent) {
        let logger = &self.0;
        let event = event.clone();
        // A foreign exception surfaces as a panic of the callback: contained
        // here, so that logging can never fail a payment call.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| logger.on_event(event)));
    }
}
