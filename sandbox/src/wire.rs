//! Request decoding: form, query and JSON bodies into one parameter tree, and
//! typed reads of parameters that fail with Stripe-shaped 400s.
//!
//! Form bodies and JSON bodies end up as the same `Map<String, Value>`; the
//! only differences are that form values are always strings and form arrays
//! arrive as objects keyed by index. The accessors below accept both.

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

use crate::reply::Reply;

/// The parameters of a request: the query string of a GET; otherwise the body,
/// as JSON when `content_type` (lowercase) says so, else as a form.
pub fn parse_params(method: &str, content_type: &str, query: &str, body: &str) -> Result<Map<String, Value>, Reply> {
    if method == "GET" {
        parse_form(query)
    } else if content_type.starts_with("application/json") {
        if body.trim().is_empty() {
            Ok(Map::new())
        } else {
            match serde_json::from_str::<Value>(body) {
                Ok(Value::Object(m)) => Ok(m),
                Ok(_) => Err(Reply::error(
                    400,
                    "invalid_request_error",
                    None,
                    "The JSON request body must be an object.",
                    None,
                )),
                Err(e) => Err(Reply::error(
                    400,
                    "invalid_request_error",
                    None,
                    &format!("Invalid JSON in the request body: {e}"),
                    None,
                )),
            }
        }
    } else {
        if !body.is_empty() && !content_type.starts_with("application/x-www-form-urlencoded") {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                None,
                &format!("Unsupported Content-Type '{content_type}': use application/x-www-form-urlencoded or application/json."),
                None,
            ));
        }
        parse_form(body)
    }
}

/// Parse `a=1&b[c]=2&d[0]=x&d[]=y` into `{"a":"1","b":{"c":"2"},"d":{"0":"x","0000000001":"y"}}`.
/// Index-keyed objects are turned into lists by [`as_array`] where a list is
/// expected, so `metadata[1]=a` keeps working as a map.
pub fn parse_form(raw: &str) -> Result<Map<String, Value>, Reply> {
    let mut root = Map::new();
    for pair in raw.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(k);
        let value = decode(v);
        let bad = || Reply::invalid(&key, "parameter_invalid_string", &format!("Invalid parameter name: {key}"));
        let (head, mut rest) = match key.find('[') {
            Some(i) => (&key[..i], &key[i..]),
            None => (key.as_str(), ""),
        };
        let mut path = vec![head.to_string()];
        while let Some(stripped) = rest.strip_prefix('[') {
            let end = stripped.find(']').ok_or_else(bad)?;
            path.push(stripped[..end].to_string());
            rest = &stripped[end + 1..];
        }
        if head.is_empty() || !rest.is_empty() {
            return Err(bad());
        }
        insert(&mut root, &path, Value::String(value), &key)?;
    }
    Ok(root)
}

fn decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned()
}

/// Put `value` at `path`; an empty segment (`[]`) takes the next free index.
fn insert(map: &mut Map<String, Value>, path: &[String], value: Value, key: &str) -> Result<(), Reply> {
    let seg = if path[0].is_empty() { format!("{:010}", map.len()) } else { path[0].clone() };
    if path.len() == 1 {
        if map.insert(seg, value).is_some() {
            return Err(Reply::invalid(key, "parameter_invalid_string", &format!("Duplicate parameter: {key}")));
        }
        return Ok(());
    }
    match map.entry(seg).or_insert_with(|| Value::Object(Map::new())) {
        Value::Object(child) => insert(child, &path[1..], value, key),
        _ => Err(Reply::invalid(key, "parameter_invalid_string", &format!("Conflicting values for {key}"))),
    }
}

/// An array, or a form-decoded object whose keys are all indexes
/// (`amounts[0]=32&amounts[1]=45`, `expand[]=x`), as a list in index order.
pub fn as_array(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Array(a) => Some(a.clone()),
        Value::Object(map) if !map.is_empty() && map.keys().all(|k| k.bytes().all(|b| b.is_ascii_digit())) => {
            let mut items: Vec<(u64, &Value)> = map.iter().map(|(k, v)| (k.parse().unwrap_or(u64::MAX), v)).collect();
            items.sort_by_key(|(i, _)| *i);
            Some(items.into_iter().map(|(_, v)| v.clone()).collect())
        }
        _ => None,
    }
}

/// An integer from a JSON number or a decimal string.
pub fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => {
            let t = s.trim();
            if t.is_empty() || t.starts_with('+') {
                None
            } else {
                t.parse().ok()
            }
        }
        _ => None,
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A checked `metadata` parameter: `clear` (from `metadata=""`) empties the
/// map first; then each `(key, Some(value))` sets and `(key, None)` removes.
#[derive(Debug, PartialEq)]
pub struct MetadataUpdate {
    pub clear: bool,
    pub ops: Vec<(String, Option<String>)>,
}

/// Typed access to one request's (or one nested object's) parameters.
/// `prefix` names the enclosing parameter in errors: `transfer_data[amount]`.
#[derive(Clone)]
pub struct Params<'a> {
    pub map: &'a Map<String, Value>,
    pub prefix: String,
}

impl<'a> Params<'a> {
    pub fn new(map: &'a Map<String, Value>) -> Params<'a> {
        Params { map, prefix: String::new() }
    }

    /// The error name of key `k`.
    pub fn name(&self, k: &str) -> String {
        if self.prefix.is_empty() {
            k.to_string()
        } else {
            format!("{}[{k}]", self.prefix)
        }
    }

    pub fn raw(&self, k: &str) -> Option<&'a Value> {
        self.map.get(k).filter(|v| !v.is_null())
    }

    /// True when the value is the empty string, which unsets a field.
    pub fn is_unset(&self, k: &str) -> bool {
        matches!(self.map.get(k), Some(Value::String(s)) if s.is_empty())
    }

    pub fn int(&self, k: &str) -> Result<Option<i64>, Reply> {
        match self.raw(k) {
            None => Ok(None),
            Some(v) => as_int(v).map(Some).ok_or_else(|| {
                Reply::invalid(&self.name(k), "parameter_invalid_integer", &format!("Invalid integer: {}", show(v)))
            }),
        }
    }

    /// An integer of at least 1 (amounts).
    pub fn positive(&self, k: &str) -> Result<Option<i64>, Reply> {
        match self.int(k)? {
            Some(n) if n <= 0 => Err(Reply::invalid(
                &self.name(k),
                "parameter_invalid_integer",
                &format!("Invalid {}: must be a positive integer (got {n}).", self.name(k)),
            )),
            other => Ok(other),
        }
    }

    /// An integer of at least 0 (fees).
    pub fn non_negative(&self, k: &str) -> Result<Option<i64>, Reply> {
        match self.int(k)? {
            Some(n) if n < 0 => Err(Reply::invalid(
                &self.name(k),
                "parameter_invalid_integer",
                &format!("Invalid {}: must be at least 0 (got {n}).", self.name(k)),
            )),
            other => Ok(other),
        }
    }

    pub fn boolean(&self, k: &str) -> Result<Option<bool>, Reply> {
        match self.raw(k) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(Value::String(s)) if s == "true" => Ok(Some(true)),
            Some(Value::String(s)) if s == "false" => Ok(Some(false)),
            Some(v) => Err(Reply::invalid(
                &self.name(k),
                "parameter_invalid_boolean",
                &format!("Invalid boolean: {} (use true or false)", show(v)),
            )),
        }
    }

    pub fn string(&self, k: &str) -> Result<Option<String>, Reply> {
        match self.raw(k) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(v) => {
                Err(Reply::invalid(&self.name(k), "parameter_invalid_string", &format!("Invalid string: {}", show(v))))
            }
        }
    }

    /// A string of at most `max` characters.
    pub fn string_max(&self, k: &str, max: usize) -> Result<Option<String>, Reply> {
        let s = self.string(k)?;
        if let Some(v) = &s {
            if v.chars().count() > max {
                return Err(Reply::invalid(
                    &self.name(k),
                    "parameter_invalid_string",
                    &format!("Invalid {}: must be at most {max} characters", self.name(k)),
                ));
            }
        }
        Ok(s)
    }

    /// A string field where `""` means "unset": `None` if absent,
    /// `Some(None)` to clear, `Some(Some(v))` to set.
    pub fn clearable(&self, k: &str, max: usize) -> Result<Option<Option<String>>, Reply> {
        if self.is_unset(k) {
            return Ok(Some(None));
        }
        Ok(self.string_max(k, max)?.map(Some))
    }

    /// One of `values`.
    pub fn one_of(&self, k: &str, values: &[&str]) -> Result<Option<String>, Reply> {
        match self.string(k)? {
            Some(v) if !values.contains(&v.as_str()) => Err(Reply::invalid(
                &self.name(k),
                "parameter_invalid_string",
                &format!("Invalid {}: must be one of {} (got '{v}')", self.name(k), values.join(", ")),
            )),
            other => Ok(other),
        }
    }

    pub fn strings(&self, k: &str) -> Result<Option<Vec<String>>, Reply> {
        let Some(v) = self.raw(k) else {
            return Ok(None);
        };
        if matches!(v, Value::String(s) if s.is_empty()) {
            return Ok(Some(Vec::new()));
        }
        let items = as_array(v).ok_or_else(|| {
            Reply::invalid(&self.name(k), "parameter_invalid_array", &format!("Invalid array: {}", show(v)))
        })?;
        items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.clone()),
                other => Err(Reply::invalid(
                    &self.name(k),
                    "parameter_invalid_string",
                    &format!("Invalid array item: {}", show(other)),
                )),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }

    pub fn ints(&self, k: &str) -> Result<Option<Vec<i64>>, Reply> {
        let Some(v) = self.raw(k) else {
            return Ok(None);
        };
        let items = as_array(v).ok_or_else(|| {
            Reply::invalid(&self.name(k), "parameter_invalid_array", &format!("Invalid array: {}", show(v)))
        })?;
        items
            .iter()
            .map(|item| {
                as_int(item).ok_or_else(|| {
                    Reply::invalid(
                        &self.name(k),
                        "parameter_invalid_integer",
                        &format!("Invalid integer: {}", show(item)),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }

    pub fn object(&self, k: &str) -> Result<Option<&'a Map<String, Value>>, Reply> {
        match self.raw(k) {
            None => Ok(None),
            Some(Value::Object(m)) => Ok(Some(m)),
            Some(v) => {
                Err(Reply::invalid(&self.name(k), "parameter_invalid_object", &format!("Invalid object: {}", show(v))))
            }
        }
    }

    /// A required sub-parameter.
    pub fn require<T>(&self, k: &str, v: Option<T>) -> Result<T, Reply> {
        v.ok_or_else(|| {
            let n = self.name(k);
            Reply::invalid(&n, "parameter_missing", &format!("Missing required param: {n}."))
        })
    }

    /// A metadata map: `None` if absent, otherwise the update to apply.
    pub fn metadata(&self, k: &str) -> Result<Option<MetadataUpdate>, Reply> {
        if self.is_unset(k) {
            return Ok(Some(MetadataUpdate { clear: true, ops: Vec::new() }));
        }
        let Some(v) = self.raw(k) else {
            return Ok(None);
        };
        let Value::Object(m) = v else {
            return Err(Reply::invalid(
                &self.name(k),
                "parameter_invalid_object",
                "Invalid object: metadata must be a map of strings",
            ));
        };
        let mut ops = Vec::new();
        for (key, val) in m {
            let name = format!("{}[{key}]", self.name(k));
            if key.chars().count() > 40 {
                return Err(Reply::invalid(
                    &name,
                    "parameter_invalid_string",
                    "Metadata keys can be at most 40 characters long.",
                ));
            }
            let val = match val {
                Value::String(s) if s.is_empty() => None,
                Value::Null => None,
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                Value::Bool(b) => Some(b.to_string()),
                _ => return Err(Reply::invalid(&name, "parameter_invalid_string", "Metadata values must be strings.")),
            };
            if val.as_ref().is_some_and(|s| s.chars().count() > 500) {
                return Err(Reply::invalid(
                    &name,
                    "parameter_invalid_string",
                    "Metadata values can be at most 500 characters long.",
                ));
            }
            ops.push((key.clone(), val));
        }
        Ok(Some(MetadataUpdate { clear: false, ops }))
    }

    /// A nested object's parameters, for typed reads with bracketed names
    /// in errors (`transfer_data[amount]`).
    pub fn nested(&self, k: &str) -> Result<Option<Params<'a>>, Reply> {
        Ok(self.object(k)?.map(|m| Params { map: m, prefix: self.name(k) }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn params_follow_method_and_content_type() {
        assert_eq!(parse_params("GET", "", "limit=3", "ignored=1").unwrap(), parse_form("limit=3").unwrap());
        let json = parse_params("POST", "application/json; charset=utf-8", "", r#"{"amount":5}"#).unwrap();
        assert_eq!(json["amount"], 5);
        assert!(parse_params("POST", "application/json", "", " ").unwrap().is_empty());
        let not_object = parse_params("POST", "application/json", "", "[1]").unwrap_err();
        assert_eq!(not_object.body["error"]["message"], "The JSON request body must be an object.");
        assert_eq!(parse_params("POST", "application/json", "", "{").unwrap_err().status, 400);
        assert_eq!(parse_params("POST", "application/x-www-form-urlencoded", "", "amount=5").unwrap()["amount"], "5");
        assert!(parse_params("POST", "", "", "").unwrap().is_empty());
        let text = parse_params("POST", "text/plain", "", "amount=5").unwrap_err();
        assert!(text.body["error"]["message"].as_str().unwrap().starts_with("Unsupported Content-Type 'text/plain'"));
    }

    #[test]
    fn brackets_become_a_tree() {
        let m = parse_form(
            "amount=2000&metadata[order%20id]=a%26b&expand[0]=x&expand[1]=y&pmo[card][capture_method]=manual&e[]=p&e[]=q&s=a+b&metadata[1]=one",
        )
        .unwrap();
        let p = Params::new(&m);
        assert_eq!(p.int("amount").unwrap(), Some(2000));
        assert_eq!(p.strings("expand").unwrap().unwrap(), vec!["x", "y"]);
        assert_eq!(p.strings("e").unwrap().unwrap(), vec!["p", "q"]);
        assert_eq!(m["pmo"], json!({"card": {"capture_method": "manual"}}));
        assert_eq!(m["metadata"], json!({"order id": "a&b", "1": "one"}));
        assert_eq!(m["s"], "a b");
        assert!(parse_form("a[b=1").is_err());
        assert!(parse_form("a=1&a=2").is_err());
        assert!(parse_form("a=1&a[b]=2").is_err());
    }

    #[test]
    fn typed_reads() {
        let m = parse_form("n=12&b=true&bad=maybe&neg=-3&amounts[0]=32&amounts[1]=45&md=&x=").unwrap();
        let p = Params::new(&m);
        assert_eq!(p.boolean("b").unwrap(), Some(true));
        assert_eq!(p.boolean("bad").unwrap_err().body["error"]["code"], "parameter_invalid_boolean");
        assert_eq!(p.positive("neg").unwrap_err().body["error"]["param"], "neg");
        assert_eq!(p.ints("amounts").unwrap(), Some(vec![32, 45]));
        assert_eq!(p.metadata("md").unwrap(), Some(MetadataUpdate { clear: true, ops: vec![] }));
        assert_eq!(p.clearable("x", 10).unwrap(), Some(None));
        assert_eq!(as_int(&json!("+5")), None);
    }
}
