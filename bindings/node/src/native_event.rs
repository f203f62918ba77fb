//! A request event as JavaScript receives it (`NativeEvent`), converted from
//! the core's `RequestEvent`; never carries the API key.

use std::time::{SystemTime, UNIX_EPOCH};

use napi_derive::napi;
use payintent::RequestEvent;

/// One step of a call, as handed to JavaScript (field names camelCase in JS).
#[napi(object)]
#[derive(Clone, Debug)]
pub struct NativeEvent {
    /// `request`, `response`, `error`, `retry` or `cancelled`.
    pub kind: String,
    pub method: String,
    pub path: String,
    pub attempt: u32,
    pub status: Option<u32>,
    /// Milliseconds: the attempt (`response`, `error`) or the call (`cancelled`).
    pub duration_ms: Option<f64>,
    pub request_id: Option<String>,
    pub idempotency_key: Option<String>,
    pub stripe_account: Option<String>,
    /// The failure's kind (`error`, `retry`), e.g. `api_connection_error`.
    pub error_kind: Option<String>,
    /// Milliseconds before the next attempt (`retry`).
    pub retry_delay_ms: Option<f64>,
    /// When the step happened, milliseconds since the Unix epoch.
    pub time_ms: f64,
}

fn millis(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl From<&RequestEvent> for NativeEvent {
    fn from(e: &RequestEvent) -> Self {
        NativeEvent {
            kind: e.kind.as_str().to_string(),
            method: e.method.clone(),
            path: e.path.clone(),
            attempt: e.attempt,
            status: e.status.map(u32::from),
            duration_ms: e.duration.map(millis),
            request_id: e.request_id.clone(),
            idempotency_key: e.idempotency_key.clone(),
            stripe_account: e.stripe_account.clone(),
            error_kind: e.error_kind.map(|k| k.as_str().to_string()),
            retry_delay_ms: e.retry_delay.map(millis),
            time_ms: SystemTime::now().duration_since(UNIX_EPOCH).map(millis).unwrap_or(0.0),
        }
    }
}
