//! Client-side checks. Each returns an `invalid_argument_error` naming the
//! parameter, so bad input never reaches the network.

use std::collections::BTreeMap;

use crate::error::{Error, Result};

pub const MAX_IDEMPOTENCY_KEY_LEN: usize = 255;
const MAX_ID_LEN: usize = 255;

pub fn positive(param: &str, value: i64) -> Result<()> {
    if value <= 0 {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must be a positive integer in the smallest currency unit, got {value}"),
        ));
    }
    Ok(())
}

pub fn non_negative(param: &str, value: i64) -> Result<()> {
    if value < 0 {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must not be negative, got {value}"),
        ));
    }
    Ok(())
}

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

pub fn non_empty(param: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid_argument(param, format!("{param} must not be empty")));
    }
    Ok(())
}

pub fn currency(param: &str, value: &str) -> Result<()> {
    if value.len() != 3 || !value.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must be a three-letter ISO currency code such as \"usd\", got {value:?}"),
        ));
    }
    Ok(())
}

/// Metadata limits from the API reference: 50 keys, keys up to 40 characters
/// without square brackets, values up to 500 characters.
pub fn metadata(param: &str, map: &BTreeMap<String, String>) -> Result<()> {
    if map.len() > 50 {
        return Err(Error::invalid_argument(
            param,
            format!("{param} may hold at most 50 keys, got {}", map.len()),
        ));
    }
    for (k, v) in map {
        if k.is_empty() || k.chars().count() > 40 {
            return Err(Error::invalid_argument(
                param,
                format!("{param} keys must be 1 to 40 characters, got {k:?}"),
            ));
        }
        if k.contains(['[', ']']) {
            return Err(Error::invalid_argument(
                param,
                format!("{param} keys must not contain square brackets, got {k:?}"),
            ));
        }
        max_chars(&format!("{param}[{k}]"), v, 500)?;
    }
    Ok(())
}

/// An object id used in a URL path: `prefix` followed by at least one
/// character, at most 255 characters, no whitespace or control characters.
pub fn object_id(param: &str, value: &str, prefix: &str) -> Result<()> {
    if value.is_empty() {
        return Err(Error::invalid_argument(param, format!("{param} must not be empty")));
    }
    if value.len() > MAX_ID_LEN {
        return Err(Error::invalid_argument(
            param,
            format!("{param} is longer than {MAX_ID_LEN} bytes"),
        ));
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must not contain whitespace or control characters"),
        ));
    }
    if !value.starts_with(prefix) || value.len() == prefix.len() {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must look like \"{prefix}...\", got {value:?}"),
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
        for bad in ["", "pi_", "ch_123", "pi_1 2", "pi_1\n", &"pi_x".repeat(100)] {
            let e = object_id("intent", bad, "pi_").unwrap_err();
            assert_eq!(e.kind, ErrorKind::InvalidArgument);
            assert_eq!(e.param.as_deref(), Some("intent"));
        }
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
    }
}
