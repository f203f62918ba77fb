//! Wire encodings of a parameter tree: Stripe's bracketed form encoding and
//! plain JSON.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{Map, Value};

/// Characters left as they are in values and path segments (RFC 3986 unreserved).
pub(crate) const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
/// Keys also keep their brackets readable: `metadata[order_id]`.
const KEY: &AsciiSet = &UNRESERVED.remove(b'[').remove(b']');

/// Flatten a tree into `key=value` pairs: objects as `a[b]`, arrays as `a[0]`,
/// booleans as `true`/`false`; nulls are left out, empty strings kept (they
/// unset a field).
pub fn form_pairs(params: &Map<String, Value>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (k, v) in params {
        flatten(k.clone(), v, &mut out);
    }
    out
}

fn flatten(key: String, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push((key, b.to_string())),
        Value::Number(n) => out.push((key, n.to_string())),
        Value::String(s) => out.push((key, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten(format!("{key}[{i}]"), item, out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                flatten(format!("{key}[{k}]"), v, out);
            }
        }
    }
}

/// `application/x-www-form-urlencoded` body or query string.
pub fn form_encode(params: &Map<String, Value>) -> String {
    form_pairs(params)
        .iter()
        .map(|(k, v)| format!("{}={}", utf8_percent_encode(k, KEY), utf8_percent_encode(v, UNRESERVED)))
        .collect::<Vec<_>>()
        .join("&")
}

/// JSON body with nulls removed at every depth.
pub fn json_encode(params: &Map<String, Value>) -> String {
    fn strip(v: &Value) -> Option<Value> {
        match v {
            Value::Null => None,
            Value::Object(m) => Some(Value::Object(
                m.iter().filter_map(|(k, v)| strip(v).map(|v| (k.clone(), v))).collect(),
            )),
            Value::Array(a) => Some(Value::Array(a.iter().filter_map(strip).collect())),
            other => Some(other.clone()),
        }
    }
    strip(&Value::Object(params.clone()))
        .map(|v| v.to_string())
        .unwrap_or_else(|| "{}".to_string())
}

/// One path segment, percent-encoded so an id can never change the path.
pub fn path_segment(s: &str) -> String {
    utf8_percent_encode(s, UNRESERVED).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn nested_form_encoding() {
        let p = obj(json!({
            "amount": 2000,
            "currency": "usd",
            "expand": ["latest_charge", "customer"],
            "metadata": {"order id": "a&b=c", "note": ""},
            "payment_method_options": {"card": {"capture_method": "manual"}},
            "confirm": true,
            "skip": null
        }));
        assert_eq!(
            form_encode(&p),
            "amount=2000&currency=usd&expand[0]=latest_charge&expand[1]=customer\
             &metadata[order%20id]=a%26b%3Dc&metadata[note]=\
             &payment_method_options[card][capture_method]=manual&confirm=true"
        );
    }

    #[test]
    fn unicode_and_json() {
        let p = obj(json!({"description": "café ☕", "x": null, "m": {"a": null, "b": 1}}));
        assert_eq!(form_encode(&p), "description=caf%C3%A9%20%E2%98%95&m[b]=1");
        assert_eq!(json_encode(&p), r#"{"description":"café ☕","m":{"b":1}}"#);
    }

    #[test]
    fn path_segments_cannot_escape() {
        assert_eq!(path_segment("pi_1/../../v1/charges?x=1"), "pi_1%2F..%2F..%2Fv1%2Fcharges%3Fx%3D1");
    }
}
