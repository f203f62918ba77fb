//! The LeanRails profile (see the LeanRails cancel page in ../shared/seeds, 003_*.txt): what it refuses
//! (Bearer auth, `capture_method=automatic_async`) and how its answers differ
//! from Stripe's: every PaymentIntent carries its `merchant_id` and its
//! `charges` list, and a decline's error `type` is `payment_error`.
//!
//! The state is shared with the Stripe profile; only the view differs, and
//! it is made here, once, for every answer of a LeanRails request.

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use serde_json::{json, Map, Value};

use crate::profile::auth_scheme;
use crate::reply::Reply;
use crate::store::Store;

/// The capture methods LeanRails knows.
const CAPTURE_METHODS: [&str; 2] = ["automatic", "manual"];

/// The error type of declines (Stripe's `card_error`).
pub const PAYMENT_ERROR: &str = "payment_error";

/// The merchant of an API key and connected account: `mer_` and 24 hex
/// digits, the same for the same key and account every time (and not
/// revealing the key).
pub fn merchant_id(key: &str, account: &str) -> String {
    let half = |salt: &str| {
        let mut h = DefaultHasher::new();
        (salt, key, account).hash(&mut h);
        h.finish()
    };
    let hex = format!("{:016x}{:016x}", half("merchant-a"), half("merchant-b"));
    format!("mer_{}", &hex[..24])
}

/// LeanRails authenticates with HTTP Basic auth only.
pub fn check_auth(headers: &BTreeMap<String, String>) -> Result<(), Reply> {
    if auth_scheme(headers).eq_ignore_ascii_case("bearer") {
        return Err(Reply::error(
            401,
            "authentication_error",
            None,
            "LeanRails does not accept Bearer authorization. Use HTTP Basic auth: your secret API key as the user name and an empty password (Authorization: Basic base64(key:)).",
            None,
        ));
    }
    Ok(())
}

/// Parameters LeanRails refuses although Stripe takes them.
pub fn check_params(params: &Map<String, Value>) -> Result<(), Reply> {
    match params.get("capture_method") {
        Some(Value::String(m)) if !CAPTURE_METHODS.contains(&m.as_str()) => Err(Reply::invalid(
            "capture_method",
            "parameter_invalid_string",
            &format!("Invalid capture_method: must be one of {} (got '{m}').", CAPTURE_METHODS.join(", ")),
        )),
        _ => Ok(()),
    }
}

/// Turn a Stripe-shaped answer into LeanRails' view of it.
pub fn present(body: &mut Value, store: &Store, acct: &str, merchant: &str) {
    if let Some(e) = body.get_mut("error").and_then(Value::as_object_mut) {
        if e.get("type").and_then(Value::as_str) == Some("card_error") {
            e.insert("type".into(), PAYMENT_ERROR.into());
        }
        if let Some(pi) = e.get_mut("payment_intent").and_then(Value::as_object_mut) {
            present_intent(pi, store, acct, merchant);
        }
        return;
    }
    match body.get("object").and_then(Value::as_str) {
        Some("payment_intent") => {
            if let Some(pi) = body.as_object_mut() {
                present_intent(pi, store, acct, merchant);
            }
        }
        Some("list") | Some("search_result") => {
            if let Some(items) = body.get_mut("data").and_then(Value::as_array_mut) {
                // Only intents: lists of events, endpoints or clocks stay as they are.
                let intents =
                    items.iter_mut().filter_map(Value::as_object_mut).filter(|o| o["object"] == "payment_intent");
                for pi in intents {
                    present_intent(pi, store, acct, merchant);
                }
            }
        }
        _ => {}
    }
}

fn present_intent(pi: &mut Map<String, Value>, store: &Store, acct: &str, merchant: &str) {
    let id = pi.get("id").and_then(Value::as_str).unwrap_or("").to_string();
    pi.insert("merchant_id".into(), merchant.into());
    let data = store.charges_of(acct, &id);
    pi.insert(
        "charges".into(),
        json!({"object": "list", "data": data, "has_more": false, "url": format!("/v1/charges?payment_intent={id}")}),
    );
    if let Some(e) = pi.get_mut("last_payment_error").and_then(Value::as_object_mut) {
        if e.get("type").and_then(Value::as_str) == Some("card_error") {
            e.insert("type".into(), PAYMENT_ERROR.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merchant_ids_are_stable_per_key_and_account() {
        let a = merchant_id("sk_test_one", "");
        assert_eq!(a, merchant_id("sk_test_one", ""));
        assert_ne!(a, merchant_id("sk_test_two", ""));
        assert_ne!(a, merchant_id("sk_test_one", "acct_1"));
        assert!(a.starts_with("mer_") && a.len() == 28, "{a}");
        assert!(!a.contains("one"));
    }

    #[test]
    fn automatic_async_is_refused() {
        let m = json!({"capture_method": "automatic_async"}).as_object().unwrap().clone();
        assert_eq!(check_params(&m).unwrap_err().body["error"]["param"], "capture_method");
        let ok = json!({"capture_method": "manual"}).as_object().unwrap().clone();
        assert!(check_params(&ok).is_ok());
    }
}
