//! Redacted renderings shared by the records' `Display`/`Debug` (Kotlin
//! `toString()`, Swift `description`/`debugDescription`): every
//! `client_secret` in a JSON text is replaced, and a small writer formats
//! `Name(field=value, ...)` lists.

use std::fmt;

use serde_json::Value;

/// What a client secret is shown as.
pub const REDACTED: &str = "[redacted]";

fn scrub(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "client_secret" && !child.is_null() {
                    *child = Value::String(REDACTED.to_string());
                } else {
                    scrub(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(scrub),
        _ => {}
    }
}

/// A JSON text with every `client_secret` value redacted; text that is not
/// JSON is not shown at all (it could hold anything).
pub fn json(text: &str) -> String {
    match serde_json::from_str::<Value>(text) {
        Ok(mut v) => {
            scrub(&mut v);
            v.to_string()
        }
        Err(_) => format!("<{} bytes, not JSON>", text.len()),
    }
}

/// Writes `Name(a=1, b=null, ...)`.
pub struct Fields<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    first: bool,
    result: fmt::Result,
}

impl<'a, 'b> Fields<'a, 'b> {
    pub fn new(f: &'a mut fmt::Formatter<'b>, name: &str) -> Self {
        let result = write!(f, "{name}(");
        Fields { f, first: true, result }
    }

    /// One field, written with its `Display` form.
    pub fn field(mut self, name: &str, value: impl fmt::Display) -> Self {
        if self.result.is_ok() {
            let sep = if self.first { "" } else { ", " };
            self.result = write!(self.f, "{sep}{name}={value}");
            self.first = false;
        }
        self
    }

    /// An optional field: its value, or `null`.
    pub fn opt<T: fmt::Display>(self, name: &str, value: &Option<T>) -> Self {
        match value {
            Some(v) => self.field(name, v),
            None => self.field(name, "null"),
        }
    }

    /// A list or map, written with its `Debug` form.
    pub fn debug(self, name: &str, value: impl fmt::Debug) -> Self {
        self.field(name, format!("{value:?}"))
    }

    pub fn finish(self) -> fmt::Result {
        self.result?;
        write!(self.f, ")")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_client_secret_is_replaced() {
        let text = r#"{"id":"pi_1","client_secret":"pi_1_secret_x","data":[{"client_secret":"pi_2_secret_y"}],"n":null}"#;
        let out = json(text);
        assert!(!out.contains("_secret_"), "{out}");
        assert!(out.contains("\"client_secret\":\"[redacted]\""));
        assert!(out.contains("pi_1"));
        assert_eq!(json(r#"{"client_secret":null}"#), r#"{"client_secret":null}"#);
        assert!(!json("pi_1_secret_x not json").contains("secret"));
    }
}
