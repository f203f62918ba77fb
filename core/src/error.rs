//! One error type for every failure, with a stable `kind` taxonomy (the kinds are
//! generated from the API description into `generated/errors.rs`).

use std::fmt;

use serde_json::Value;

use crate::meta::ResponseHeaders;
use crate::model::PaymentIntent;

pub use crate::generated::errors::ErrorKind;

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every failure of the library. Fields that the failure does not have are `None`.
#[derive(Clone, Debug)]
pub struct Error {
    /// The kind of failure; its code and class name are the same in every language.
    pub kind: ErrorKind,
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
    /// The idempotency key the request was sent with (POST only).
    pub idempotency_key: Option<String>,
    /// The PaymentIntent attached to the error, e.g. after a decline.
    pub payment_intent: Option<Box<PaymentIntent>>,
    /// Every header of the response, if one arrived.
    pub response_headers: Option<ResponseHeaders>,
}

impl Error {
    /// An error of `kind` with `message` and no other field.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            http_status: None,
            error_type: None,
            code: None,
            decline_code: None,
            param: None,
            doc_url: None,
            request_id: None,
            idempotency_key: None,
            payment_intent: None,
            response_headers: None,
        }
    }

    /// A client-side validation failure naming the offending parameter.
    pub fn invalid_argument(param: &str, message: impl Into<String>) -> Self {
        let mut e = Error::new(ErrorKind::InvalidArgument, message);
        e.param = Some(param.to_string());
        e
    }

    /// The `cancelled_error` of a call to `method` `path` that its caller
    /// cancelled; for a POST the message and the error carry the idempotency
    /// key to send it again with.
    pub fn cancelled(method: &str, path: &str, idempotency_key: Option<&str>) -> Self {
        let message = match idempotency_key {
            Some(k) => format!(
                "the {method} {path} call was cancelled; it may have reached the API: \
                 send it again with idempotency key {k} to be safe"
            ),
            None => format!("the {method} {path} call was cancelled"),
        };
        let mut e = Error::new(ErrorKind::Cancelled, message);
        e.idempotency_key = idempotency_key.map(str::to_string);
        e
    }

    /// Build the error for a non-2xx response from its status and body. Any
    /// body is accepted: fields of the wrong type read as absent, and a body
    /// without an error object gives a generic message for the status.
    pub fn from_response(status: u16, body: &[u8], request_id: Option<String>) -> Self {
        let object = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(mut envelope)) => match envelope.remove("error") {
                Some(Value::Object(error)) => Some(error),
                _ => None,
            },
            _ => None,
        };
        let Some(mut body) = object else {
            let mut e = Error::new(
                kind_for(status, None, None),
                format!("unexpected HTTP {status} response without a readable error object"),
            );
            e.http_status = Some(status);
            e.request_id = request_id;
            return e;
        };
        let mut text = |k: &str| match body.remove(k) {
            Some(Value::String(s)) => Some(s),
            _ => None,
        };
        let error_type = text("type");
        let code = text("code");
        let decline_code = text("decline_code");
        let param = text("param");
        let doc_url = text("doc_url");
        let message = text("message")
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| format!("HTTP {status} error from the API"));
        let kind = kind_for(status, error_type.as_deref(), code.as_deref());
        let payment_intent = body
            .remove("payment_intent")
            .and_then(|v| serde_json::from_value::<PaymentIntent>(v).ok())
            .map(Box::new);
        Error {
            kind,
            message,
            http_status: Some(status),
            error_type,
            code,
            decline_code,
            param,
            doc_url,
            request_id,
            idempotency_key: None,
            payment_intent,
            response_headers: None,
        }
    }

    /// Whether the same request may succeed if sent again (used by the retry loop
    /// when the server gives no `Stripe-Should-Retry` hint).
    pub(crate) fn is_transient(&self) -> bool {
        match self.kind {
            ErrorKind::Connection | ErrorKind::Timeout => true,
            _ => match self.http_status {
                Some(409) => true,
                Some(429) => self.code.as_deref() == Some("lock_timeout"),
                Some(s) => s >= 500,
                None => false,
            },
        }
    }
}

/// Decide the taxonomy from the HTTP status and the API's `type` and `code`.
fn kind_for(status: u16, error_type: Option<&str>, code: Option<&str>) -> ErrorKind {
    match (status, error_type) {
        (401, _) | (_, Some("authentication_error")) => ErrorKind::Authentication,
        (403, _) | (_, Some("permission_error")) => ErrorKind::Permission,
        (_, Some("idempotency_error")) => ErrorKind::Idempotency,
        (429, _) | (_, Some("rate_limit_error")) => ErrorKind::RateLimit,
        (402, _) | (_, Some("card_error")) => ErrorKind::Card,
        (_, Some("invalid_request_error")) if code == Some("rate_limit") => ErrorKind::RateLimit,
        (s, _) if s >= 500 => ErrorKind::Api,
        (_, Some("api_error")) => ErrorKind::Api,
        (s, _) if (400..500).contains(&s) => ErrorKind::InvalidRequest,
        _ => ErrorKind::Api,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)?;
        let mut extra = Vec::new();
        if let Some(s) = self.http_status {
            extra.push(format!("status {s}"));
        }
        if let Some(c) = &self.code {
            extra.push(format!("code {c}"));
        }
        if let Some(c) = &self.decline_code {
            extra.push(format!("decline_code {c}"));
        }
        if let Some(p) = &self.param {
            extra.push(format!("param {p}"));
        }
        if let Some(r) = &self.request_id {
            extra.push(format!("request_id {r}"));
        }
        if !extra.is_empty() {
            write!(f, " ({})", extra.join(", "))?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// The result of every fallible operation of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_statuses_and_types() {
        let card = br#"{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"Your card was declined."}}"#;
        let e = Error::from_response(402, card, Some("req_1".into()));
        assert_eq!(e.kind, ErrorKind::Card);
        assert_eq!(e.decline_code.as_deref(), Some("generic_decline"));
        assert_eq!(e.request_id.as_deref(), Some("req_1"));

        let e = Error::from_response(401, br#"{"error":{"type":"invalid_request_error","message":"x"}}"#, None);
        assert_eq!(e.kind, ErrorKind::Authentication);
        let e = Error::from_response(400, br#"{"error":{"type":"idempotency_error","message":"x"}}"#, None);
        assert_eq!(e.kind, ErrorKind::Idempotency);
        let e = Error::from_response(429, br#"{"error":{"type":"invalid_request_error","code":"lock_timeout"}}"#, None);
        assert_eq!(e.kind, ErrorKind::RateLimit);
        assert!(e.is_transient());
        let e = Error::from_response(429, br#"{"error":{"type":"invalid_request_error","code":"rate_limit"}}"#, None);
        assert!(!e.is_transient());
        let e = Error::from_response(402, br#"{"error":{"type":"card_error","code":7,"message":"declined","payment_intent":{"id":"pi_1","amount":null}}}"#, None);
        assert_eq!((e.kind, e.code.as_deref(), e.message.as_str()), (ErrorKind::Card, None, "declined"));
        assert_eq!(e.payment_intent.unwrap().id, "pi_1");
        let e = Error::from_response(400, br#"{"error":"bad"}"#, None);
        assert_eq!(e.kind, ErrorKind::InvalidRequest);
        let e = Error::from_response(503, b"<html>oops</html>", None);
        assert_eq!(e.kind, ErrorKind::Api);
        assert!(e.is_transient());
        let e = Error::from_response(404, br#"{"error":{"type":"invalid_request_error","code":"resource_missing","param":"intent","message":"No such payment_intent"}}"#, None);
        assert_eq!(e.kind, ErrorKind::InvalidRequest);
        assert_eq!(e.param.as_deref(), Some("intent"));
        assert!(!e.is_transient());
    }

    #[test]
    fn kinds_equal_the_description() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/payment_intents.json");
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let rows = doc["errors"]["kinds"].as_array().unwrap();
        assert_eq!(rows.len(), ErrorKind::ALL.len());
        assert_eq!(doc["errors"]["base"]["class"], ErrorKind::BASE_CLASS_NAME);
        for (kind, row) in ErrorKind::ALL.iter().zip(rows) {
            assert_eq!(row["kind"], kind.as_str());
            assert_eq!(row["class"], kind.class_name());
            let parent = row["parent"].as_str().unwrap_or(ErrorKind::BASE_CLASS_NAME);
            assert_eq!(parent, kind.parent_class_name());
            let statuses: Vec<u16> = serde_json::from_value(row["http_status"].clone()).unwrap();
            assert_eq!(statuses, kind.http_statuses());
            assert_eq!(ErrorKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(ErrorKind::parse("no_such_error"), None);
    }

    #[test]
    fn kind_codes_are_distinct() {
        let mut codes: Vec<_> = ErrorKind::ALL.iter().map(|k| k.as_str()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), ErrorKind::ALL.len());
    }

    #[test]
    fn display_carries_the_fields() {
        let mut e = Error::invalid_argument("amount", "amount must be positive");
        e.request_id = Some("req_9".into());
        let s = e.to_string();
        assert!(s.starts_with("invalid_argument_error: amount must be positive"));
        assert!(s.contains("param amount") && s.contains("req_9"));
    }
}
