//! Parameters and option parsing for the native addon.
//!
//! Parameters arrive in the API's own spelling (snake_case, like stripe-node)
//! and pass through unchanged: the JavaScript wrapper has already refused
//! top-level names the API description does not list, and nested values
//! (typed ones like `shipping`, free-form ones like `metadata`) are sent
//! exactly as written. Options and client settings are camelCase.

use std::time::Duration;

use payintent::{Profile, RequestOptions};
use serde_json::{Map, Value};

use crate::error::{invalid_argument, NativeError};

/// `timeoutMs` → `timeout_ms`: how errors name an option.
pub fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The parameters object of one call, unchanged; no parameters is `{}`.
pub fn params_to_wire(params: Value) -> Result<Value, NativeError> {
    match params {
        Value::Null => Ok(Value::Object(Map::new())),
        Value::Object(obj) => Ok(Value::Object(obj)),
        other => Err(invalid_argument(
            "params",
            format!("parameters must be an object, got {}", type_name(&other)),
        )),
    }
}

pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn get_string(map: &Map<String, Value>, key: &str, what: &str) -> Result<Option<String>, NativeError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        // Never echo the value: for apiKey it could be the secret.
        Some(other) => Err(invalid_argument(&snake_case(what), format!("{what} must be a string, got {}", type_name(other)))),
    }
}

fn get_millis(map: &Map<String, Value>, key: &str, what: &str) -> Result<Option<Duration>, NativeError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(ms) if ms > 0 => Ok(Some(Duration::from_millis(ms))),
            _ => Err(invalid_argument(&snake_case(what), format!("{what} must be a positive whole number of milliseconds, got {n}"))),
        },
        Some(other) => Err(invalid_argument(&snake_case(what), format!("{what} must be a number of milliseconds, got {}", type_name(other)))),
    }
}

fn get_retries(map: &Map<String, Value>, key: &str, what: &str) -> Result<Option<u32>, NativeError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v <= 10 => Ok(Some(v as u32)),
            _ => Err(invalid_argument(&snake_case(what), format!("{what} must be a whole number from 0 to 10, got {n}"))),
        },
        Some(other) => Err(invalid_argument(&snake_case(what), format!("{what} must be a number, got {}", type_name(other)))),
    }
}

fn check_known_keys(map: &Map<String, Value>, known: &[&str], what: &str) -> Result<(), NativeError> {
    for k in map.keys() {
        if !known.contains(&k.as_str()) {
            return Err(invalid_argument(
                &snake_case(k),
                format!("unknown {what} {k:?}; expected one of {}", known.join(", ")),
            ));
        }
    }
    Ok(())
}

fn as_object(v: Value, what: &str) -> Result<Map<String, Value>, NativeError> {
    match v {
        Value::Null => Ok(Map::new()),
        Value::Object(m) => Ok(m),
        other => Err(invalid_argument(&snake_case(what), format!("{what} must be an object, got {}", type_name(&other)))),
    }
}

const REQUEST_OPTIONS: &[&str] =
    &["idempotencyKey", "stripeAccount", "apiKey", "apiVersion", "timeoutMs", "maxRetries", "deadlineMs"];

// Errors about options name the option in snake_case (`timeout_ms`), like
// every other `param` the library reports; messages use the JS spelling.

/// Per-call options `{ idempotencyKey, stripeAccount, apiKey, apiVersion, timeoutMs, maxRetries, deadlineMs }`.
pub fn request_options(v: Value) -> Result<RequestOptions, NativeError> {
    let map = as_object(v, "options")?;
    check_known_keys(&map, REQUEST_OPTIONS, "request option")?;
    let mut o = RequestOptions::new();
    if let Some(k) = get_string(&map, "apiKey", "apiKey")? {
        o = o.api_key(k);
    }
    o.idempotency_key = get_string(&map, "idempotencyKey", "idempotencyKey")?;
    o.stripe_account = get_string(&map, "stripeAccount", "stripeAccount")?;
    o.api_version = get_string(&map, "apiVersion", "apiVersion")?;
    o.timeout = get_millis(&map, "timeoutMs", "timeoutMs")?;
    o.deadline = get_millis(&map, "deadlineMs", "deadlineMs")?;
    o.max_retries = get_retries(&map, "maxRetries", "maxRetries")?;
    Ok(o)
}

const CLIENT_OPTIONS: &[&str] = &[
    "apiKey",
    "baseUrl",
    "profile",
    "apiVersion",
    "maxRetries",
    "timeoutMs",
    "connectTimeoutMs",
    "deadlineMs",
    "stripeAccount",
    "proxy",
    "ca",
];

/// Extra root certificates: one PEM text or an array of them (the JS layer
/// has turned Buffers into text).
fn pem_list(v: &Value) -> Result<Vec<String>, NativeError> {
    let bad = |what: &str| invalid_argument("root_certificates", format!("ca must be PEM text, a Buffer or an array of them, got {what}"));
    match v {
        Value::Null => Ok(Vec::new()),
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => Ok(s.clone()),
                other => Err(bad(type_name(other))),
            })
            .collect(),
        other => Err(bad(type_name(other))),
    }
}

/// Client settings `{ apiKey, baseUrl, profile, apiVersion, maxRetries, timeoutMs, ... }`.
pub fn client_builder(v: Value) -> Result<payintent::ClientBuilder, NativeError> {
    let map = as_object(v, "config")?;
    check_known_keys(&map, CLIENT_OPTIONS, "client option")?;
    let mut b = payintent::Client::builder().user_agent_suffix(concat!("payintent-node/", env!("CARGO_PKG_VERSION")));
    match get_string(&map, "apiKey", "apiKey")? {
        Some(k) => b = b.api_key(k),
        None => return Err(invalid_argument("api_key", "apiKey is required")),
    }
    if let Some(u) = get_string(&map, "baseUrl", "baseUrl")? {
        b = b.base_url(u);
    }
    if let Some(p) = get_string(&map, "profile", "profile")? {
        b = b.profile(Profile::parse(&p).map_err(NativeError::from)?);
    }
    match map.get("apiVersion") {
        None => {}
        // An explicit null sends no version header.
        Some(Value::Null) => b = b.api_version(None),
        Some(Value::String(s)) => b = b.api_version(Some(s.clone())),
        Some(other) => {
            return Err(invalid_argument(
                "api_version",
                format!("apiVersion must be a string or null, got {}", type_name(other)),
            ))
        }
    }
    if let Some(n) = get_retries(&map, "maxRetries", "maxRetries")? {
        b = b.max_retries(n);
    }
    if let Some(t) = get_millis(&map, "timeoutMs", "timeoutMs")? {
        b = b.timeout(t);
    }
    if let Some(t) = get_millis(&map, "connectTimeoutMs", "connectTimeoutMs")? {
        b = b.connect_timeout(t);
    }
    if let Some(t) = get_millis(&map, "deadlineMs", "deadlineMs")? {
        b = b.deadline(Some(t));
    }
    if let Some(a) = get_string(&map, "stripeAccount", "stripeAccount")? {
        b = b.stripe_account(a);
    }
    if let Some(p) = get_string(&map, "proxy", "proxy")? {
        b = b.proxy(p);
    }
    for pem in pem_list(map.get("ca").unwrap_or(&Value::Null))? {
        b = b.root_certificates_pem(pem.into_bytes());
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn params_pass_through_in_api_spelling() {
        let given = json!({
            "capture_method": "manual",
            "metadata": {"orderId": "1"},
            "shipping": {"name": "A", "address": {"postalCode": "1"}}
        });
        assert_eq!(params_to_wire(given.clone()).unwrap(), given);
        assert_eq!(params_to_wire(Value::Null).unwrap(), json!({}));
        assert!(params_to_wire(json!([1])).is_err());
    }
}
