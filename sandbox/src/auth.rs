//! API keys: reading one from Bearer or Basic authorization, refusing
//! missing or non-test keys (secret, restricted and publishable test keys are
//! accepted), and masking a key in error messages.

use std::collections::BTreeMap;

use base64::Engine;

use crate::reply::Reply;

/// `sk_test_abcdefgh1234` -> `sk_test_********1234`; short or odd keys show
/// no characters of their secret part at all.
fn mask(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    let prefix_len = ["sk_test_", "sk_live_", "rk_test_", "rk_live_", "pk_test_", "pk_live_"]
        .iter()
        .find(|p| key.starts_with(**p))
        .map_or(0, |p| p.len());
    let secret = chars.len() - prefix_len;
    let shown = if secret >= 12 { 4 } else { 0 };
    let prefix: String = chars[..prefix_len].iter().collect();
    let tail: String = chars[chars.len() - shown..].iter().collect();
    format!("{prefix}{}{tail}", "*".repeat((secret - shown).clamp(4, 24)))
}

pub fn api_key(headers: &BTreeMap<String, String>) -> Result<String, Reply> {
    let auth = headers.get("authorization").map(String::as_str).unwrap_or("").trim();
    let no_key = || {
        Reply::error(
            401,
            "authentication_error",
            None,
            "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY') or Basic auth with the key as the user name and an empty password.",
            None,
        )
    };
    let (scheme, cred) = auth.split_once(' ').unwrap_or((auth, ""));
    let key = if scheme.eq_ignore_ascii_case("bearer") {
        cred.trim().to_string()
    } else if scheme.eq_ignore_ascii_case("basic") {
        let decoded = base64::engine::general_purpose::STANDARD.decode(cred.trim()).map_err(|_| {
            Reply::error(
                401,
                "authentication_error",
                None,
                "Invalid Basic authorization header: it is not valid base64.",
                None,
            )
        })?;
        let text = String::from_utf8_lossy(&decoded).to_string();
        text.split(':').next().unwrap_or("").to_string()
    } else {
        return Err(no_key());
    };
    if key.is_empty() {
        return Err(no_key());
    }
    let test_key = ["sk_test_", "rk_test_", "pk_test_"].iter().any(|p| key.starts_with(p));
    if !test_key || key.len() <= 8 {
        return Err(Reply::error(
            401,
            "authentication_error",
            None,
            &format!("Invalid API Key provided: {}", mask(&key)),
            None,
        ));
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_never_show_short_keys() {
        assert_eq!(mask("sk_live_abcdefghijklmnop"), "sk_live_************mnop");
        assert!(!mask("abc").contains("abc"));
        assert!(!mask("sk_live_short").contains("short"));
        assert!(!mask("whatever_secret_value_here").contains("secret_value"));
    }
}
