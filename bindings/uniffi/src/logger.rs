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
/// logger that throws never fails the call: what it throws is ignored.
#[uniffi::export(with_foreign)]
pub trait RequestLogger: Send + Sync {
    /// One step of a call.
    fn on_event(&self, event: RequestEvent) -> Result<(), LoggerError>;
}

/// What a logger may throw; the client ignores it (logging never fails a call).
#[derive(Debug, uniffi::Error)]
pub enum LoggerError {
    /// The logger failed.
    Failed {
        /// What went wrong (named `reason`: Kotlin exceptions have their own `message`).
        reason: String,
    },
}

impl std::fmt::Display for LoggerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let LoggerError::Failed { reason } = self;
        write!(f, "logger failed: {reason}")
    }
}

impl std::error::Error for LoggerError {}

/// Any other exception a Swift or Kotlin logger throws arrives as this.
impl From<uniffi::UnexpectedUniFFICallbackError> for LoggerError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        LoggerError::Failed { reason: e.reason }
    }
}

/// The core's observer that hands each event to a foreign logger.
pub(crate) struct LoggerObserver(pub(crate) Arc<dyn RequestLogger>);

impl Observer for LoggerObserver {
    fn on_event(&self, event: &RequestEvent) {
        // Whatever the logger throws arrives as an Err, ignored: logging
        // never fails a payment call.
        let _ = self.0.on_event(event.clone());
    }
}
