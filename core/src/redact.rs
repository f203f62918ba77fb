//! Finding an API key in text a server sent back, in every form it can take
//! there, and replacing it: the raw key (also after `Bearer `), the Basic-auth
//! base64 of `key:` or `key` (standard and URL-safe alphabets, padded or not),
//! and any prefix of the key of at least [`MIN_PREFIX`] characters.

use std::borrow::Cow;

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::Value;

use crate::error::Error;
use crate::model::PaymentIntent;

/// The shortest prefix of the key that counts as a leak.
pub const MIN_PREFIX: usize = 12;
/// Keys shorter than this are only matched whole (and only from 4 characters).
const MIN_KEY: usize = 4;
/// Base64 fragments shorter than this are too likely to occur by chance.
const MIN_BASE64: usize = 16;

/// Replaces every form of one key by a fixed, safe text.
pub(crate) struct Redactor {
    key: String,
    /// Encoded forms of the key, longest first.
    encoded: Vec<String>,
    /// Texts every form to replace starts with (the key's first
    /// `MIN_PREFIX` characters, the first `MIN_BASE64` of each encoded form):
    /// a text containing none of them is returned as it is, after a few
    /// searches instead of one per form.
    needles: Vec<String>,
    replacement: String,
}

impl Redactor {
    pub(crate) fn new(key: &str, replacement: String) -> Self {
        let mut encoded = Vec::new();
        if key.len() >= MIN_KEY {
            let with_colon = format!("{key}:");
            for input in [with_colon.as_bytes(), key.as_bytes()] {
                for engine in [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD] {
                    encoded.push(engine.encode(input));
                }
            }
            // The part both encodings share: every whole 3-byte group of the key.
            let whole = key.len() / 3 * 3;
            for engine in [&STANDARD_NO_PAD, &URL_SAFE_NO_PAD] {
                encoded.push(engine.encode(&key.as_bytes()[..whole]));
            }
        }
        encoded.retain(|e| e.len() >= MIN_BASE64);
        encoded.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        encoded.dedup();
        let probe = match key.is_ascii() {
            true => key[..key.len().min(MIN_PREFIX)].to_string(),
            false => key.to_string(),
        };
        let mut needles: Vec<String> = encoded.iter().map(|e| e[..MIN_BASE64].to_string()).collect();
        needles.push(probe);
        needles.sort();
        needles.dedup();
        Redactor { key: key.to_string(), encoded, needles, replacement }
    }

    /// `text` with every form of the key replaced.
    pub(crate) fn scrub(&self, text: &str) -> String {
        self.scrub_cow(text).into_owned()
    }

    /// `scrub` without a copy when there is nothing to replace (the common
    /// case: response headers are scrubbed on every call).
    pub(crate) fn scrub_cow<'a>(&self, text: &'a str) -> Cow<'a, str> {
        // Shorter than every form of the key: nothing to find.
        if self.key.len() < MIN_KEY || text.len() < self.key.len().min(MIN_PREFIX) {
            return Cow::Borrowed(text);
        }
        if !self.needles.iter().any(|n| text.contains(n.as_str())) {
            return Cow::Borrowed(text);
        }
        let mut out = Cow::Borrowed(text);
        for e in &self.encoded {
            if out.contains(e.as_str()) {
                out = Cow::Owned(out.replace(e.as_str(), &self.replacement));
            }
        }
        match self.scrub_prefixes(&out) {
            Some(replaced) => Cow::Owned(replaced),
            None => out,
        }
    }

    /// Replace every run of text that matches the start of the key for at
    /// least `MIN_PREFIX` bytes (or the whole key, when it is shorter);
    /// `None` when there is none.
    fn scrub_prefixes(&self, text: &str) -> Option<String> {
        if !self.key.is_ascii() {
            // Byte-wise matching could end inside a character; whole keys only.
            return text.contains(self.key.as_str()).then(|| text.replace(self.key.as_str(), &self.replacement));
        }
        let key = self.key.as_bytes();
        let probe = &key[..key.len().min(MIN_PREFIX)];
        if !text.contains(std::str::from_utf8(probe).unwrap_or(&self.key)) {
            return None;
        }
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        let mut copied = 0;
        while i < bytes.len() {
            if bytes[i..].starts_with(probe) {
                let mut n = probe.len();
                while n < key.len() && i + n < bytes.len() && bytes[i + n] == key[n] {
                    n += 1;
                }
                // The key is ASCII, so a match ends on a character boundary.
                out.push_str(&text[copied..i]);
                out.push_str(&self.replacement);
                i += n;
                copied = i;
            } else {
                i += 1;
            }
        }
        out.push_str(&text[copied..]);
        Some(out)
    }

    fn scrub_opt(&self, field: &mut Option<String>) {
        if let Some(s) = field {
            *s = self.scrub(s);
        }
    }

    /// Scrub every text field of an error, the attached PaymentIntent included.
    pub(crate) fn scrub_error(&self, e: &mut Error) {
        e.message = self.scrub(&e.message);
        self.scrub_opt(&mut e.error_type);
        self.scrub_opt(&mut e.code);
        self.scrub_opt(&mut e.decline_code);
        self.scrub_opt(&mut e.param);
        self.scrub_opt(&mut e.doc_url);
        self.scrub_opt(&mut e.request_id);
        if let Some(pi) = e.payment_intent.as_mut() {
            let meta = pi.last_response.take();
            let mut json = pi.to_json();
            self.scrub_value(&mut json);
            if let Ok(mut clean) = serde_json::from_value::<PaymentIntent>(json) {
                clean.last_response = meta;
                **pi = clean;
            } else {
                // Unreadable after scrubbing (its id held the key): drop it.
                e.payment_intent = None;
            }
        }
    }

    /// Scrub every string (keys included) of a JSON tree.
    pub(crate) fn scrub_value(&self, v: &mut Value) {
        match v {
            Value::String(s) => *s = self.scrub(s),
            Value::Array(items) => items.iter_mut().for_each(|x| self.scrub_value(x)),
            Value::Object(map) => {
                let entries = std::mem::take(map);
                for (k, mut x) in entries {
                    self.scrub_value(&mut x);
                    map.insert(self.scrub(&k), x);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "sk_test_51AbcDEFsecretMaterial0099";

    fn r() -> Redactor {
        Redactor::new(KEY, "sk_test_…".into())
    }

    fn forms() -> Vec<String> {
        let mut v = vec![KEY.to_string(), format!("Bearer {KEY}"), KEY[..MIN_PREFIX].to_string(), KEY[..20].to_string()];
        for input in [format!("{KEY}:"), KEY.to_string()] {
            for engine in [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD] {
                v.push(engine.encode(&input));
                v.push(format!("Basic {}", engine.encode(&input)));
            }
        }
        v
    }

    #[test]
    fn every_form_is_replaced() {
        let r = r();
        for form in forms() {
            for text in [form.clone(), format!("got \"{form}\" here"), format!("{form}{form}"), format!("é{form}é")] {
                let out = r.scrub(&text);
                assert!(!out.contains(&KEY[..MIN_PREFIX]), "{text} -> {out}");
                assert!(!out.contains("secretMaterial"), "{text} -> {out}");
                for enc in &r.encoded {
                    assert!(!out.contains(enc.as_str()), "{text} -> {out}");
                }
                assert!(out.contains("sk_test_…"), "{text} -> {out}");
            }
        }
    }

    #[test]
    fn short_prefixes_and_other_text_are_left_alone() {
        let r = r();
        assert_eq!(r.scrub("sk_test_51A is short"), "sk_test_51A is short");
        assert_eq!(r.scrub("sk_test_51Ab is not"), "sk_test_… is not");
        assert_eq!(r.scrub("no key here: ünïcödé"), "no key here: ünïcödé");
        assert_eq!(r.scrub("sk_test_51AbcX"), "sk_test_…X");
        let odd = Redactor::new("sk_test_clé_secrète_longue", "…".into());
        assert_eq!(odd.scrub("a sk_test_clé_secrète_longue b sk_test_clè"), "a … b sk_test_clè");
        let tiny = Redactor::new("abc", "…".into());
        assert_eq!(tiny.scrub("abc"), "abc");
        let short = Redactor::new("sk_abcd", "…".into());
        assert_eq!(short.scrub("x sk_abcd y"), "x … y");
    }

    #[test]
    fn errors_are_scrubbed_in_every_field() {
        let r = r();
        let leak = format!("Bearer {KEY}");
        let mut e = Error::new(crate::ErrorKind::Api, leak.clone());
        e.error_type = Some(leak.clone());
        e.code = Some(leak.clone());
        e.decline_code = Some(leak.clone());
        e.param = Some(leak.clone());
        e.doc_url = Some(leak.clone());
        e.request_id = Some(leak.clone());
        e.payment_intent = serde_json::from_value(serde_json::json!({
            "id": "pi_1", "status": "requires_payment_method", "description": leak, "metadata": {KEY: KEY}
        }))
        .ok();
        r.scrub_error(&mut e);
        let dump = format!("{e:?} {e}");
        assert!(!dump.contains("secretMaterial"), "{dump}");
        assert_eq!(e.payment_intent.as_ref().unwrap().id, "pi_1");
    }
}
