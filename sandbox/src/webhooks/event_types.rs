//! The event types the sandbox sends (every `payment_intent.*` type of API
//! 2023-08-16), and which types an endpoint's `enabled_events` takes.

use serde_json::Value;

/// The types of the events the sandbox derives from intent transitions.
pub const EVENT_TYPES: &[&str] = &[
    "payment_intent.amount_capturable_updated",
    "payment_intent.canceled",
    "payment_intent.created",
    "payment_intent.partially_funded",
    "payment_intent.payment_failed",
    "payment_intent.processing",
    "payment_intent.requires_action",
    "payment_intent.succeeded",
];

/// Whether `pattern` (an `enabled_events` entry, or the `type` filter of
/// `/v1/events`) takes events of type `ty`: `*` takes all, `payment_intent.*`
/// all of that object, anything else only itself.
pub fn matches(pattern: &str, ty: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => ty.starts_with(prefix),
        None => pattern == ty,
    }
}

/// Whether an endpoint with these `enabled_events` listens to `ty`.
pub fn enabled_for(enabled_events: &Value, ty: &str) -> bool {
    enabled_events.as_array().is_some_and(|a| a.iter().filter_map(Value::as_str).any(|p| matches(p, ty)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wildcards() {
        assert!(matches("*", "payment_intent.created"));
        assert!(matches("payment_intent.*", "payment_intent.succeeded"));
        assert!(!matches("payment_intent.succeeded", "payment_intent.canceled"));
        assert!(!matches("charge.*", "payment_intent.canceled"));
        assert!(enabled_for(
            &json!(["payment_intent.canceled", "payment_intent.succeeded"]),
            "payment_intent.succeeded"
        ));
        assert!(!enabled_for(&json!(["payment_intent.canceled"]), "payment_intent.succeeded"));
        assert!(!enabled_for(&json!(null), "payment_intent.succeeded"));
    }
}
