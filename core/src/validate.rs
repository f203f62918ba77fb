//! Client-side checks. Each returns an `invalid_argument_error` naming the
//! parameter, so bad input never reaches the network. The generated
//! parameter checks (generated/params.rs) call these helpers; the limits
//! come from the API description (generated/rules.rs).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::generated::rules;

/// The longest `Idempotency-Key` the API takes.
pub const MAX_IDEMPOTENCY_KEY_LEN: usize = rules::IDEMPOTENCY_KEY_MAX_CHARS;
const MAX_ID_LEN: usize = 255;
/// The largest amount the API takes: eight digits in the smallest currency unit.
pub const MAX_AMOUNT: i64 = rules::MAX_AMOUNT;
/// Opaque strings (cursors, client secrets) longer than this are refused.
const MAX_OPAQUE_LEN: usize = 5000;

/// What a `payment_method` id may start with: a PaymentMethod, or (as the API
/// reference allows) a legacy Card, Source or BankAccount object.
pub const PAYMENT_METHOD_PREFIXES: &[&str] = rules::PAYMENT_METHOD_ID_PREFIXES;

/// A value above 0.
pub fn positive(param: &str, value: i64) -> Result<()> {
    if value <= 0 {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must be a positive integer in the smallest currency unit, got {value}"),
        ));
    }
    Ok(())
}

/// An amount in the smallest currency unit: 1 to [`MAX_AMOUNT`].
pub fn amount(param: &str, value: i64) -> Result<()> {
    positive(param, value)?;
    at_most_max_amount(param, value)
}

/// Like [`amount`], but 0 is allowed (fees).
pub fn fee_amount(param: &str, value: i64) -> Result<()> {
    non_negative(param, value)?;
    at_most_max_amount(param, value)
}

fn at_most_max_amount(param: &str, value: i64) -> Result<()> {
    if value > MAX_AMOUNT {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must be at most {MAX_AMOUNT} (eight digits in the smallest currency unit), got {value}"),
        ));
    }
    Ok(())
}

/// A value in `lo..=hi`.
pub fn in_range(param: &str, value: i64, lo: i64, hi: i64) -> Result<()> {
    if value < lo || value > hi {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must be between {lo} and {hi}, got {value}"),
        ));
    }
    Ok(())
}

/// A value of 0 or more.
pub fn non_negative(param: &str, value: i64) -> Result<()> {
    if value < 0 {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must not be negative, got {value}"),
        ));
    }
    Ok(())
}

/// Text of at most `max` characters (not bytes).
pub fn max_chars(param: &str, value: &str, max: usize) -> Result<()> {
    let n = value.chars().count();
    if n > max {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must be at most {max} characters, got {n}"),
        ));
    }
    Ok(())
}

/// Text that is not empty or only white space.
pub fn non_empty(param: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid_argument(param, format!("{param} must not be empty")));
    }
    Ok(())
}

/// A three-letter ISO currency code (letters only; any case).
pub fn currency(param: &str, value: &str) -> Result<()> {
    if value.len() != 3 || !value.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must be a three-letter ISO currency code such as \"usd\", got {value:?}"),
        ));
    }
    Ok(())
}

/// Metadata limits from the API description (50 keys, keys up to 40
/// characters without square brackets, values up to 500 characters).
pub fn metadata(param: &str, map: &BTreeMap<String, String>) -> Result<()> {
    let (max_keys, max_key, max_value) =
        (rules::METADATA_MAX_KEYS, rules::METADATA_MAX_KEY_CHARS, rules::METADATA_MAX_VALUE_CHARS);
    if map.len() > max_keys {
        return Err(Error::invalid_argument(
            param,
            format!("{param} may hold at most {max_keys} keys, got {}", map.len()),
        ));
    }
    for (k, v) in map {
        if k.is_empty() || k.chars().count() > max_key {
            return Err(Error::invalid_argument(
                param,
                format!("{param} keys must be 1 to {max_key} characters, got {k:?}"),
            ));
        }
        key_name(param, k)?;
        max_chars(&format!("{param}[{k}]"), v, max_value)?;
    }
    Ok(())
}

/// One of the values an enum parameter takes.
pub fn one_of(param: &str, value: &str, allowed: &[&str]) -> Result<()> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let list: Vec<String> = allowed.iter().map(|a| format!("{a:?}")).collect();
    Err(Error::invalid_argument(
        param,
        format!("{param} must be one of {}, got {value:?}", list.join(", ")),
    ))
}

/// `true`, `false`, or one of `allowed` (a parameter such as `off_session`
/// that is a boolean or an enum).
pub fn bool_or_one_of(param: &str, value: &Value, allowed: &[&str]) -> Result<()> {
    match value {
        Value::Bool(_) => Ok(()),
        Value::String(s) if allowed.contains(&s.as_str()) => Ok(()),
        other => {
            let list: Vec<String> = allowed.iter().map(|a| format!("{a:?}")).collect();
            Err(Error::invalid_argument(
                param,
                format!("{param} must be true, false, {}, got {other}", list.join(", ")),
            ))
        }
    }
}

/// Text where an API takes any value for an enum (LeanRails'
/// `cancellation_reason`): not blank, at most `max` characters.
pub fn free_text(param: &str, value: &str, max: usize) -> Result<()> {
    non_empty(param, value)?;
    max_chars(param, value, max)
}

/// A value the API named `api` does not support.
pub fn refused(param: &str, value: &str, refused: &[&str], api: &str) -> Result<()> {
    if refused.contains(&value) {
        return Err(Error::invalid_argument(
            param,
            format!("{api} does not support {param} {value:?}"),
        ));
    }
    Ok(())
}

/// A field an object parameter must carry.
pub fn required(param: &str, present: bool, parent: &str) -> Result<()> {
    if !present {
        return Err(Error::invalid_argument(
            param,
            format!("{param} is required when {parent} is given"),
        ));
    }
    Ok(())
}

/// A field the operation does not take (it belongs to another operation's
/// form of the same object).
pub fn not_accepted(param: &str, present: bool, operation: &str) -> Result<()> {
    if present {
        return Err(Error::invalid_argument(
            param,
            format!("{param} cannot be sent to {operation}"),
        ));
    }
    Ok(())
}

/// Two parameters that cannot be sent together; the error names the first.
pub fn exclusive(a: &str, a_present: bool, b: &str, b_present: bool) -> Result<()> {
    if a_present && b_present {
        return Err(Error::invalid_argument(
            a,
            format!("{a} and {b} cannot be used together; pass one of them"),
        ));
    }
    Ok(())
}

/// An array that must hold exactly `count` values.
pub fn item_count(param: &str, len: usize, count: usize) -> Result<()> {
    if len != count {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must hold exactly {count} values, got {len}"),
        ));
    }
    Ok(())
}

/// A key of a free-form object: no square brackets (they would change the
/// form encoding's nesting) and no control characters.
pub fn key_name(param: &str, key: &str) -> Result<()> {
    if key.contains(['[', ']']) {
        return Err(Error::invalid_argument(
            param,
            format!("{param} keys must not contain square brackets, got {key:?}"),
        ));
    }
    if key.chars().any(char::is_control) {
        return Err(Error::invalid_argument(
            param,
            format!("{param} keys must not contain control characters, got {key:?}"),
        ));
    }
    Ok(())
}

/// A free-form JSON parameter (`payment_method_options`, `extra`, ...): every
/// object key at every depth passes [`key_name`] and is not empty.
pub fn free_form(param: &str, value: &Value) -> Result<()> {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k.is_empty() {
                    return Err(Error::invalid_argument(param, format!("{param} keys must not be empty")));
                }
                key_name(param, k)?;
                free_form(&format!("{param}[{k}]"), v)?;
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                free_form(&format!("{param}[{i}]"), v)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// An object id: `prefix` followed by at least one character from the API's
/// id alphabet (`A-Z`, `a-z`, `0-9`, `_`), at most 255 characters.
pub fn object_id(param: &str, value: &str, prefix: &str) -> Result<()> {
    object_id_any(param, value, &[prefix])
}

/// Like [`object_id`], for ids that may start with any of `prefixes`.
pub fn object_id_any(param: &str, value: &str, prefixes: &[&str]) -> Result<()> {
    if value.is_empty() {
        return Err(Error::invalid_argument(param, format!("{param} must not be empty")));
    }
    if value.len() > MAX_ID_LEN {
        return Err(Error::invalid_argument(
            param,
            format!("{param} is longer than {MAX_ID_LEN} bytes"),
        ));
    }
    let shape = || {
        let wanted: Vec<String> = prefixes.iter().map(|p| format!("\"{p}...\"")).collect();
        Error::invalid_argument(
            param,
            format!(
                "{param} must look like {} with only letters, digits and underscores, got {value:?}",
                wanted.join(" or ")
            ),
        )
    };
    if !value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return Err(shape());
    }
    if !prefixes.iter().any(|p| value.starts_with(p) && value.len() > p.len()) {
        return Err(shape());
    }
    Ok(())
}

/// An opaque token from the API (a search `page` cursor, a client secret):
/// not empty, at most 5000 bytes, no control characters.
pub fn opaque(param: &str, value: &str) -> Result<()> {
    non_empty(param, value)?;
    if value.len() > MAX_OPAQUE_LEN {
        return Err(Error::invalid_argument(
            param,
            format!("{param} is longer than {MAX_OPAQUE_LEN} bytes"),
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must not contain control characters"),
        ));
    }
    Ok(())
}

/// A value that goes into an HTTP header: printable ASCII, no CR or LF.
pub fn header_value(name: &str, value: &str) -> Result<()> {
    if value.contains(['\r', '\n']) {
        return Err(Error::invalid_argument(
            name,
            format!("{name} must not contain CR or LF characters"),
        ));
    }
    if !value.bytes().all(|b| b == b'\t' || (0x20..0x7f).contains(&b)) {
        return Err(Error::invalid_argument(
            name,
            format!("{name} must be printable ASCII"),
        ));
    }
    Ok(())
}

/// An `Idempotency-Key`: not empty, at most [`MAX_IDEMPOTENCY_KEY_LEN`] bytes, a valid header value.
pub fn idempotency_key(value: &str) -> Result<()> {
    let param = "idempotency_key";
    non_empty(param, value)?;
    if value.len() > MAX_IDEMPOTENCY_KEY_LEN {
        return Err(Error::invalid_argument(
            param,
            format!(
                "idempotency_key must be at most {MAX_IDEMPOTENCY_KEY_LEN} characters, got {}",
                value.len()
            ),
        ));
    }
    header_value(param, value)
}

/// An API key: not empty, printable ASCII without spaces (never echoed in the error).
pub fn api_key(value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid_argument("api_key", "api_key must not be empty"));
    }
    if value.contains(['\r', '\n']) || !value.bytes().all(|b| (0x21..0x7f).contains(&b)) {
        // Never echo the key itself.
        return Err(Error::invalid_argument(
            "api_key",
            "api_key must be printable ASCII without spaces, CR or LF",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn ids() {
        assert!(object_id("intent", "pi_123", "pi_").is_ok());
        assert!(object_id("intent", "pi_3MtwBwLkdIwHu7ix28a3tqPa", "pi_").is_ok());
        for bad in [
            "", "pi_", "ch_123", "pi_1 2", "pi_1\n", &"pi_x".repeat(100), "pi_1/../x", "pi_1%2F", "pi_1-2",
            "pi_1.2", "pi_é", "pi_1?x=1", "pi_1#", "pi_1\u{0}", "PI_1", " pi_1",
        ] {
            let e = object_id("intent", bad, "pi_").unwrap_err();
            assert_eq!(e.kind, ErrorKind::InvalidArgument);
            assert_eq!(e.param.as_deref(), Some("intent"));
        }
        for ok in ["pm_card_visa", "card_1Abc", "src_1Abc", "ba_1Abc"] {
            assert!(object_id_any("payment_method", ok, PAYMENT_METHOD_PREFIXES).is_ok(), "{ok}");
        }
        for bad in ["tok_visa", "pm_", "cus_1", "pm_1-2"] {
            assert!(object_id_any("payment_method", bad, PAYMENT_METHOD_PREFIXES).is_err(), "{bad}");
        }
    }

    #[test]
    fn opaque_tokens_and_free_form_keys() {
        assert!(opaque("page", "eyJ2IjoxfQ==/+-.").is_ok());
        assert!(opaque("page", "a\nb").is_err());
        assert!(opaque("page", "").is_err());
        assert!(opaque("page", &"x".repeat(5001)).is_err());
        assert!(free_form("payment_method_options", &serde_json::json!({"card": {"capture_method": "manual"}})).is_ok());
        for bad in [
            serde_json::json!({"card": {"a[b]": 1}}),
            serde_json::json!({"card]": 1}),
            serde_json::json!({"x": [{"y\u{1}": 1}]}),
            serde_json::json!({"x": {"": 1}}),
        ] {
            let e = free_form("payment_method_options", &bad).unwrap_err();
            assert!(e.param.unwrap().starts_with("payment_method_options"));
        }
    }

    #[test]
    fn amount_limits() {
        assert!(amount("amount", MAX_AMOUNT).is_ok());
        assert!(amount("amount", MAX_AMOUNT + 1).is_err());
        assert!(amount("amount", i64::MAX).is_err());
        assert!(amount("amount", 0).is_err());
        assert!(fee_amount("application_fee_amount", 0).is_ok());
        assert!(fee_amount("application_fee_amount", 100_000_000).is_err());
        assert!(fee_amount("application_fee_amount", -1).is_err());
        assert!(in_range("amounts[0]", 99, 1, 99).is_ok());
        assert!(in_range("amounts[0]", 100, 1, 99).is_err());
    }

    #[test]
    fn headers_and_keys() {
        assert!(idempotency_key("order-42").is_ok());
        assert!(idempotency_key(&"k".repeat(255)).is_ok());
        assert!(idempotency_key(&"k".repeat(256)).is_err());
        assert!(idempotency_key("a\r\nX-Evil: 1").is_err());
        assert!(idempotency_key("").is_err());
        assert!(header_value("stripe_account", "acct_1\n").is_err());
        let e = api_key("sk_test_abc\r\n").unwrap_err();
        assert!(!e.message.contains("sk_test_abc"));
    }

    #[test]
    fn amounts_and_text() {
        assert!(positive("amount", 1).is_ok());
        assert!(positive("amount", 0).is_err());
        assert!(positive("amount", -5).is_err());
        assert!(currency("currency", "usd").is_ok());
        assert!(currency("currency", "us").is_err());
        assert!(currency("currency", "u$d").is_err());
        assert!(max_chars("statement_descriptor", &"x".repeat(23), 22).is_err());
        let mut m = BTreeMap::new();
        m.insert("a[b]".to_string(), "v".to_string());
        assert!(metadata("metadata", &m).is_err());
        let m = BTreeMap::from([("a\tb".to_string(), "v".to_string())]);
        assert!(metadata("metadata", &m).is_err());
    }

    #[test]
    fn declarative_helpers() {
        assert!(one_of("capture_method", "manual", &["automatic", "manual"]).is_ok());
        let e = one_of("capture_method", "later", &["automatic", "manual"]).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("capture_method"));
        assert!(e.message.contains(r#""automatic", "manual""#), "{}", e.message);
        let values = &["one_off", "recurring"];
        assert!(bool_or_one_of("off_session", &Value::Bool(false), values).is_ok());
        assert!(bool_or_one_of("off_session", &Value::from("recurring"), values).is_ok());
        assert!(bool_or_one_of("off_session", &Value::from("sometimes"), values).is_err());
        assert!(bool_or_one_of("off_session", &Value::from(1), values).is_err());
        assert!(free_text("cancellation_reason", "went home", 20).is_ok());
        assert!(free_text("cancellation_reason", "  ", 20).is_err());
        assert!(free_text("cancellation_reason", &"x".repeat(21), 20).is_err());
        assert!(refused("capture_method", "manual", &["automatic_async"], "LeanRails").is_ok());
        let e = refused("capture_method", "automatic_async", &["automatic_async"], "LeanRails").unwrap_err();
        assert!(e.message.contains("LeanRails"));
        assert!(required("shipping[name]", true, "shipping").is_ok());
        assert_eq!(required("shipping[name]", false, "shipping").unwrap_err().param.as_deref(), Some("shipping[name]"));
        assert!(not_accepted("transfer_data[destination]", false, "update").is_ok());
        assert!(not_accepted("transfer_data[destination]", true, "update").is_err());
        for (a, b, bad) in [(false, false, false), (true, false, false), (false, true, false), (true, true, true)] {
            let r = exclusive("starting_after", a, "ending_before", b);
            assert_eq!(r.is_err(), bad);
            if let Err(e) = r {
                assert_eq!(e.param.as_deref(), Some("starting_after"));
            }
        }
        assert!(item_count("amounts", 2, 2).is_ok());
        assert!(item_count("amounts", 1, 2).is_err());
        assert!(item_count("amounts", 3, 2).is_err());
    }

    #[test]
    fn limits_come_from_the_description() {
        assert_eq!(MAX_AMOUNT, 99_999_999);
        let full: BTreeMap<String, String> = (0..50).map(|i| (format!("k{i}"), "v".to_string())).collect();
        assert!(metadata("metadata", &full).is_ok());
        let mut over = full.clone();
        over.insert("one_more".into(), "v".into());
        assert!(metadata("metadata", &over).is_err());
        let long_key = BTreeMap::from([("k".repeat(41), "v".to_string())]);
        assert!(metadata("metadata", &long_key).is_err());
        let long_value = BTreeMap::from([("k".to_string(), "v".repeat(501))]);
        assert_eq!(metadata("metadata", &long_value).unwrap_err().param.as_deref(), Some("metadata[k]"));
    }
}
