//! The API key wrapper: it never prints itself.

use std::fmt;

use crate::error::Error;
use crate::redact::Redactor;

/// An API key. `Debug` and `Display` show only a redacted form, so the key
/// cannot leak through logs, error messages or panics.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(String);

impl SecretKey {
    /// Wraps a key; it is shown only as its prefix and last characters from now on.
    pub fn new(key: impl Into<String>) -> Self {
        SecretKey(key.into())
    }

    /// The raw key, for building the `Authorization` header only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// A redacted form such as `sk_test_…` that is safe to print.
    pub fn redacted(&self) -> String {
        redact(&self.0)
    }

    /// Replace every form of the key inside `text` by its redacted form: the
    /// raw key, its Basic-auth base64 forms and prefixes of 12 or more
    /// characters.
    pub fn scrub(&self, text: &str) -> String {
        self.redactor().scrub(text)
    }

    /// Scrub every text field of `error` (message, type, code, decline code,
    /// param, doc URL, request id and the attached PaymentIntent).
    pub fn scrub_error(&self, error: &mut Error) {
        self.redactor().scrub_error(error)
    }

    pub(crate) fn redactor(&self) -> Redactor {
        Redactor::new(&self.0, self.redacted())
    }
}

/// Keep only a recognised prefix (`sk_test_`, `rk_live_`, ...) and drop the rest.
pub(crate) fn redact(key: &str) -> String {
    let mut parts = key.splitn(3, '_');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(kind), Some(mode), Some(_))
            if kind.len() <= 3 && matches!(mode, "test" | "live") =>
        {
            format!("{kind}_{mode}_…")
        }
        _ => "…".to_string(),
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey({})", self.redacted())
    }
}

impl fmt::Display for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_key() {
        let k = SecretKey::new("sk_test_51abcDEFsecretMaterial");
        assert_eq!(format!("{k:?}"), "SecretKey(sk_test_…)");
        assert_eq!(format!("{k}"), "sk_test_…");
        assert!(!format!("{k:?}").contains("secretMaterial"));
    }

    #[test]
    fn unknown_shapes_are_fully_hidden() {
        assert_eq!(redact("hunter2"), "…");
        assert_eq!(redact("abcd_efgh_ijkl"), "…");
        assert_eq!(redact("rk_live_xyz"), "rk_live_…");
    }

    #[test]
    fn scrub_replaces_every_occurrence() {
        let k = SecretKey::new("sk_test_abcdef");
        let s = k.scrub("bad key sk_test_abcdef and again sk_test_abcdef");
        assert!(!s.contains("abcdef"));
        assert_eq!(s.matches("sk_test_…").count(), 2);
    }
}
