//! `RawJson`: a JSON value the model does not type (`payment_method_options`,
//! `next_action.use_stripe_sdk`, `processing.card`), kept as the text the
//! server sent: one allocation when decoded, written back verbatim, parsed
//! only when asked.

use std::fmt;
use std::str::FromStr;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::Value;

/// A JSON value kept as its text (compact as the server sent it, without
/// surrounding whitespace).
///
/// Read it with [`RawJson::as_str`], [`RawJson::to_value`] or
/// [`RawJson::parse`]; serialising writes the text back unchanged. Two values
/// are equal when they parse to equal `Value`s (key order and spacing aside);
/// text that does not parse into a `Value` (a number out of `f64` range, a
/// lone surrogate escape) equals only the same text.
///
/// It deserializes from serde_json's deserializers only (JSON text, a
/// `Value`), as every response is read.
#[derive(Clone)]
pub struct RawJson(Box<RawValue>);

impl RawJson {
    /// Checks that `json` is one JSON value and keeps it (without
    /// surrounding whitespace).
    pub fn from_string(json: String) -> serde_json::Result<Self> {
        RawValue::from_string(json).map(RawJson)
    }

    /// The JSON text of `value`.
    pub fn from_value(value: &Value) -> Self {
        // A `Value` always serialises.
        RawJson(serde_json::value::to_raw_value(value).expect("a Value serialises"))
    }

    /// The JSON text.
    pub fn as_str(&self) -> &str {
        self.0.get()
    }

    /// The JSON text, as serde_json's `RawValue::get` names it.
    pub fn get(&self) -> &str {
        self.as_str()
    }

    /// The JSON text, owned.
    pub fn into_string(self) -> String {
        String::from(Box::<str>::from(self.0))
    }

    /// Whether the value is JSON `null`.
    pub fn is_null(&self) -> bool {
        self.as_str() == "null"
    }

    /// The value parsed into a `Value`.
    pub fn to_value(&self) -> serde_json::Result<Value> {
        serde_json::from_str(self.as_str())
    }

    /// The value parsed into any `T`.
    pub fn parse<T: DeserializeOwned>(&self) -> serde_json::Result<T> {
        serde_json::from_str(self.as_str())
    }
}

impl From<Value> for RawJson {
    fn from(value: Value) -> Self {
        RawJson::from_value(&value)
    }
}

impl From<&Value> for RawJson {
    fn from(value: &Value) -> Self {
        RawJson::from_value(value)
    }
}

impl FromStr for RawJson {
    type Err = serde_json::Error;
    fn from_str(s: &str) -> serde_json::Result<Self> {
        serde_json::from_str::<Box<RawValue>>(s).map(RawJson)
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        if self.as_str() == other.as_str() {
            return true;
        }
        match (self.to_value(), other.to_value()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

impl PartialEq<Value> for RawJson {
    fn eq(&self, other: &Value) -> bool {
        self.to_value().is_ok_and(|v| v == *other)
    }
}

impl fmt::Display for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawJson({})", self.as_str())
    }
}

impl Serialize for RawJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for RawJson {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(d).map(RawJson)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_is_kept_and_written_back_verbatim() {
        let text = r#"{"b":{"x":[1,2.50,-0,1e2]},"a":"\u00e9\n","b":null}"#;
        let raw: RawJson = text.parse().unwrap();
        assert_eq!(raw.as_str(), text);
        assert_eq!(raw.get(), text);
        assert_eq!(raw.to_string(), text);
        assert_eq!(serde_json::to_string(&raw).unwrap(), text);
        assert_eq!(raw.clone().into_string(), text);
        // Inside another value, too; surrounding whitespace is not kept.
        let wrapped: Vec<RawJson> = serde_json::from_str(&format!("[ {text} , 7 ]")).unwrap();
        assert_eq!(serde_json::to_string(&wrapped).unwrap(), format!("[{text},7]"));
        assert_eq!(RawJson::from_string(format!("  {text}\n")).unwrap().as_str(), text);
        assert_eq!(format!("{raw:?}"), format!("RawJson({text})"));
    }

    #[test]
    fn parses_into_a_value_or_any_type() {
        let raw: RawJson = r#"{"card": {"request_three_d_secure": "any"}, "n": [1, 2]}"#.parse().unwrap();
        assert_eq!(raw.to_value().unwrap(), json!({"card": {"request_three_d_secure": "any"}, "n": [1, 2]}));
        let n: Vec<i64> = RawJson::from_value(&json!([1, 2])).parse().unwrap();
        assert_eq!(n, [1, 2]);
        assert!(raw.parse::<Vec<i64>>().is_err());
        assert!(RawJson::from(Value::Null).is_null());
        assert!(!raw.is_null());
        // From a `Value` deserializer (an event's object, a test's json!).
        let from_value: RawJson = serde_json::from_value(json!({"a": [true]})).unwrap();
        assert_eq!(from_value.as_str(), r#"{"a":[true]}"#);
    }

    #[test]
    fn equality_is_by_parsed_value() {
        let a: RawJson = r#"{"a": 1, "b": [true]}"#.parse().unwrap();
        let b: RawJson = r#"{"b":[true],"a":1}"#.parse().unwrap();
        let c: RawJson = r#"{"a": 2, "b": [true]}"#.parse().unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a, json!({"a": 1, "b": [true]}));
        // Text a `Value` cannot hold equals only itself.
        let big: RawJson = "1e400".parse().unwrap();
        assert!(big.to_value().is_err());
        assert_eq!(big, big.clone());
        assert_ne!(big, "2e400".parse::<RawJson>().unwrap());
    }

    #[test]
    fn bad_input_is_an_error_never_a_panic() {
        for bad in ["", " ", "{", "[1,]", r#"{"a" 1}"#, "nul", "1 2", "\"\u{1}\"", r#"{"a":1}}"#, "\"\\x\""] {
            assert!(bad.parse::<RawJson>().is_err(), "{bad:?}");
            assert!(RawJson::from_string(bad.to_string()).is_err(), "{bad:?}");
        }
        // Nesting deeper than a `Value` may go is kept as text; parsing it is an error.
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        let raw: RawJson = deep.parse().unwrap();
        assert_eq!(raw.as_str(), deep);
        assert!(raw.to_value().is_err());
        assert!(serde_json::from_slice::<RawJson>(b"\"\xff\"").is_err());
    }
}
