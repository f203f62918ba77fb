//! Webhook signature checks for JavaScript: thin wrappers over the core's
//! `Webhook` (the check itself, HMAC and tolerance, happens there). The event
//! comes back as JSON text in API spelling, or as the error.

use napi::bindgen_prelude::{Buffer, Either};
use napi_derive::napi;
use payintent::webhook::DEFAULT_TOLERANCE_SECS;
use payintent::Webhook;

use crate::error::{self, NativeError};

/// A tolerance in seconds from JavaScript: a whole number from 0 (any age) up.
fn tolerance_secs(tolerance: Option<f64>) -> Result<u64, NativeError> {
    match tolerance {
        None => Ok(DEFAULT_TOLERANCE_SECS),
        Some(t) if t.is_finite() && t >= 0.0 && t.fract() == 0.0 && t <= u64::MAX as f64 => Ok(t as u64),
        Some(t) => Err(error::invalid_argument(
            "tolerance",
            format!("tolerance must be a whole number of seconds, 0 or more, got {t}"),
        )),
    }
}

/// Check `header` (the `Stripe-Signature` header as received) against the
/// raw body `payload` and the endpoint `secret`, allowing signatures
/// `tolerance` seconds old (default 300; 0 accepts any age), and read the
/// event: its JSON text, or the error saying which check failed.
#[napi]
pub fn webhook_construct_event(
    payload: Buffer,
    header: String,
    secret: String,
    tolerance: Option<f64>,
) -> Either<String, NativeError> {
    let checked = crate::guard(|| {
        let tolerance = tolerance_secs(tolerance)?;
        Webhook::construct_event_with_tolerance(&payload, &header, &secret, tolerance).map_err(NativeError::from)
    });
    let text = checked.and_then(|event| {
        serde_json::to_string(&event).map_err(|e| {
            NativeError::from(payintent::Error::new(payintent::ErrorKind::Api, format!("could not encode the event: {e}")))
        })
    });
    match text {
        Ok(t) => Either::A(t),
        Err(e) => Either::B(e),
    }
}

/// A valid `Stripe-Signature` header for `payload` signed with `secret` at
/// `timestamp` (Unix seconds; now when absent), for tests.
#[napi]
pub fn webhook_generate_test_header(payload: Buffer, secret: String, timestamp: Option<i64>) -> String {
    Webhook::generate_test_header(&payload, &secret, timestamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerance_is_whole_seconds() {
        assert_eq!(tolerance_secs(None).unwrap(), DEFAULT_TOLERANCE_SECS);
        assert_eq!(tolerance_secs(Some(0.0)).unwrap(), 0);
        assert_eq!(tolerance_secs(Some(600.0)).unwrap(), 600);
        for bad in [-1.0, 1.5, f64::NAN, f64::INFINITY] {
            assert_eq!(tolerance_secs(Some(bad)).unwrap_err().param.as_deref(), Some("tolerance"));
        }
    }
}
