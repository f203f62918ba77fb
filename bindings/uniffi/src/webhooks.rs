//! Webhook verification for Swift and Kotlin: the core's
//! `Webhook::construct_event` over the raw body (Swift `Data`, Kotlin
//! `ByteArray`), with the tolerance as a duration (default 300 s). Swift's
//! `Webhook.constructEvent` and Kotlin's `Webhook.constructEvent` wrap these.

use payintent::ffi::guard;
use payintent::{Error, Event, Webhook};

use crate::options::Seconds;
use crate::R;

/// Checks `signature_header` (`Stripe-Signature`) against the raw request
/// body with the endpoint's `secret` and reads the event; failures are
/// `SignatureVerificationError`s saying which check failed. `tolerance`
/// defaults to 300 s; 0 accepts any age.
#[uniffi::export(default(tolerance = None))]
pub fn webhook_construct_event(
    payload: Vec<u8>,
    signature_header: String,
    secret: String,
    tolerance: Option<Seconds>,
) -> R<Event> {
    let tolerance_secs = match tolerance {
        None => payintent::webhook::DEFAULT_TOLERANCE_SECS,
        Some(Seconds(s)) if s.is_finite() && s >= 0.0 => s.min(u64::MAX as f64) as u64,
        Some(Seconds(s)) => {
            return Err(Error::invalid_argument("tolerance", format!("tolerance must be finite and not negative, not {s}")).into())
        }
    };
    Ok(guard(|| Webhook::construct_event_with_tolerance(&payload, &signature_header, &secret, tolerance_secs))?)
}

/// A valid `Stripe-Signature` header for `payload` signed with `secret` at
/// `timestamp` (Unix seconds; now when nil/null), for tests.
#[uniffi::export(default(timestamp = None))]
pub fn webhook_generate_test_header(payload: Vec<u8>, secret: String, timestamp: Option<i64>) -> String {
    Webhook::generate_test_header(&payload, &secret, timestamp)
}
