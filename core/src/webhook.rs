//! Webhook events: checking the `Stripe-Signature` header of a delivery
//! (HMAC-SHA256 over `"{t}.{payload}"`, several `v1` entries for rotated
//! secrets, a timestamp tolerance, constant-time comparison) and reading the
//! payload as a typed `Event`. Failures are `signature_verification_error`s
//! saying which check failed; no message ever contains the secret.

use std::time::{SystemTime, UNIX_EPOCH};

use ring::hmac;

use crate::error::{Error, ErrorKind, Result};
use crate::event::Event;

/// How old a signature may be, by default: five minutes, as Stripe's SDKs.
pub const DEFAULT_TOLERANCE_SECS: u64 = 300;

/// The signature scheme this library checks (`v1`: HMAC-SHA256).
const SCHEME: &str = "v1";

/// Checks and reads webhook deliveries.
pub struct Webhook;

fn failed(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::SignatureVerification, message)
}

fn now_secs() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// The parts of a `Stripe-Signature` header: `t` and every `v1` signature
/// (other schemes are ignored, as Stripe's SDKs do).
struct Header {
    timestamp: i64,
    signatures: Vec<Vec<u8>>,
}

fn parse_header(header: &str) -> Result<Header> {
    if header.trim().is_empty() {
        return Err(failed("no Stripe-Signature header: the request carries no signature"));
    }
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for item in header.split(',') {
        let Some((key, value)) = item.trim().split_once('=') else { continue };
        match key {
            "t" => timestamp = value.parse::<i64>().ok(),
            SCHEME => {
                if let Some(bytes) = hex_decode(value) {
                    signatures.push(bytes);
                }
            }
            _ => {}
        }
    }
    let Some(timestamp) = timestamp else {
        return Err(failed("the Stripe-Signature header is malformed: no timestamp `t=<unix seconds>`"));
    };
    if signatures.is_empty() {
        return Err(failed("the Stripe-Signature header is malformed: no `v1=<hex>` signature"));
    }
    Ok(Header { timestamp, signatures })
}

fn hex_decode(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || text.len() > 256 {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

fn hex_encode(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn signed_payload(timestamp: i64, payload: &[u8]) -> Vec<u8> {
    let mut msg = format!("{timestamp}.").into_bytes();
    msg.extend_from_slice(payload);
    msg
}

impl Webhook {
    /// Checks `signature_header` (the `Stripe-Signature` header, as
    /// received) against the raw request body `payload` and the endpoint's
    /// `secret` (`whsec_...`), with the default tolerance of 300 s, and
    /// reads the event. Pass the body exactly as received: a re-serialised
    /// body does not verify.
    pub fn construct_event(payload: &[u8], signature_header: &str, secret: &str) -> Result<Event> {
        Self::construct_event_with_tolerance(payload, signature_header, secret, DEFAULT_TOLERANCE_SECS)
    }

    /// Like [`Webhook::construct_event`], with another tolerance in seconds
    /// (0 accepts any age).
    pub fn construct_event_with_tolerance(
        payload: &[u8],
        signature_header: &str,
        secret: &str,
        tolerance_secs: u64,
    ) -> Result<Event> {
        Self::verify_header(payload, signature_header, secret, tolerance_secs)?;
        let text = std::str::from_utf8(payload)
            .map_err(|_| Error::invalid_argument("payload", "the webhook payload is not UTF-8 text"))?;
        serde_json::from_str::<Event>(text)
            .map_err(|e| Error::invalid_argument("payload", format!("the webhook payload is not an event: {e}")))
    }

    /// Only the signature check of [`Webhook::construct_event_with_tolerance`].
    pub fn verify_header(payload: &[u8], signature_header: &str, secret: &str, tolerance_secs: u64) -> Result<()> {
        if secret.is_empty() {
            return Err(Error::invalid_argument("secret", "the webhook secret is empty"));
        }
        let header = parse_header(signature_header)?;
        let key = hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes());
        let msg = signed_payload(header.timestamp, payload);
        // ring's verify compares in constant time.
        if !header.signatures.iter().any(|sig| hmac::verify(&key, &msg, sig).is_ok()) {
            return Err(failed(
                "no signature in the Stripe-Signature header matches the payload: check the endpoint secret, and \
                 pass the raw request body, not a re-serialised one",
            ));
        }
        if tolerance_secs > 0 {
            let age = now_secs().saturating_sub(header.timestamp);
            let tolerance = i64::try_from(tolerance_secs).unwrap_or(i64::MAX);
            if age > tolerance {
                return Err(failed(format!(
                    "the signature's timestamp is {age} s old, outside the tolerance of {tolerance_secs} s"
                )));
            }
        }
        Ok(())
    }

    /// A valid `Stripe-Signature` header for `payload` signed with `secret`
    /// at `timestamp` (Unix seconds; `None` for now), for tests.
    pub fn generate_test_header(payload: &[u8], secret: &str, timestamp: Option<i64>) -> String {
        let t = timestamp.unwrap_or_else(now_secs);
        let key = hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes());
        let tag = hmac::sign(&key, &signed_payload(t, payload));
        format!("t={t},{SCHEME}={}", hex_encode(tag.as_ref()))
    }
}
