//! Request decoding: bracketed form/query strings into a JSON tree, and typed
//! reads of parameters with Stripe-shaped errors.

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

use crate::api::Reply;

/// Parse `a=1&b[c]=2&d[0]=x&d[]=y` into `{"a":"1","b":{"c":"2"},"d":["x","y"]}`.
pub fn parse_form(raw: &str) -> Result<Map<String, Value>, Reply> {
    let mut root = Value::Object(Map::new());
    for pair in raw.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(k);
        let value = decode(v);
        let (head, rest) = match key.find('[') {
            Some(i) => (&key[..i], &key[i..]),
            None => (key.as_str(), ""),
        };
        let mut path = vec![head.to_string()];
        let mut rest = rest;
        while let Some(stripped) = rest.strip_prefix('[') {
            let Some(end) = stripped.find(']') else {
                return Err(Reply::invalid(&key, "parameter_invalid_string", &format!("Invalid parameter name: {key}")));
            };
            path.push(stripped[..end].to_string());
            rest = &stripped[end + 1..];
        }
        if head.is_empty() || !rest.is_empty() {
            return Err(Reply::invalid(&key, "parameter_invalid_string", &format!("Invalid parameter name: {key}")));
        }
        insert(&mut root, &path, Value::String(value), &key)?;
    }
    let Value::Object(map) = arrays(root) else { unreachable!() };
    Ok(map)
}

fn decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned()
}

/// Objects whose keys are all indexes (or `[]` appends) become arrays later;
/// here everything is an object, `[]` keys get the next free index.
fn insert(node: &mut Value, path: &[String], value: Value, key: &str) -> Result<(), Reply> {
    let Value::Object(map) = node else {
        return Err(Reply::invalid(key, "parameter_invalid_string", &format!("Conflicting values for {key}")));
    };
    let seg = if path[0].is_empty() { format!("{:010}", map.len()) } else { path[0].clone() };
    if path.len() == 1 {
        if map.insert(seg, value).is_some() {
            return Err(Reply::invalid(key, "parameter_invalid_string", &format!("Duplicate parameter {key}")));
        }
        return Ok(());
    }
    let child = map.entry(seg).or_insert_with(|| Value::Object(Map::new()));
    insert(child, &path[1..], value, key)
}

fn arrays(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let all_index = !map.is_empty() && map.keys().all(|k| k.bytes().all(|b| b.is_ascii_digit()));
            if all_index {
                let mut items: Vec<(u64, Value)> =
                    map.into_iter().map(|(k, v)| (k.parse().unwrap_or(u64::MAX), arrays(v))).collect();
                items.sort_by_key(|(i, _)| *i);
                Value::Array(items.into_iter().map(|(_, v)| v).collect())
            } else {
                Value::Object(map.into_iter().map(|(k, v)| (k, arrays(v))).collect())
            }
        }
        other => other,
    }
}

/// Typed access to one request's parameters.
pub struct Params<'a> {
    pub map: &'a Map<String, Value>,
}

impl<'a> Params<'a> {
    pub fn has(&self, k: &str) -> bool {
        self.map.contains_key(k)
    }

    pub fn raw(&self, k: &str) -> Option<&'a Value> {
        self.map.get(k)
    }

    pub fn int(&self, k: &str) -> Result<Option<i64>, Reply> {
        match self.map.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => as_int(v).map(Some).ok_or_else(|| {
                Reply::invalid(k, "parameter_invalid_integer", &format!("Invalid integer: {}", show(v)))
            }),
        }
    }

    pub fn positive(&self, k: &str) -> Result<Option<i64>, Reply> {
        match self.int(k)? {
            Some(n) if n <= 0 => Err(Reply::invalid(
                k,
                "parameter_invalid_integer",
                &format!("This value must be greater than or equal to 1 ({k})."),
            )),
            other => Ok(other),
        }
    }

    pub fn boolean(&self, k: &str) -> Result<Option<bool>, Reply> {
        match self.map.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(Value::String(s)) if s == "true" => Ok(Some(true)),
            Some(Value::String(s)) if s == "false" => Ok(Some(false)),
            Some(v) => Err(Reply::invalid(k, "parameter_invalid_boolean", &format!("Invalid boolean: {}", show(v)))),
        }
    }

    pub fn string(&self, k: &str) -> Result<Option<String>, Reply> {
        match self.map.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(v) => Err(Reply::invalid(k, "parameter_invalid_string", &format!("Invalid string: {}", show(v)))),
        }
    }

    pub fn string_max(&self, k: &str, max: usize) -> Result<Option<String>, Reply> {
        let s = self.string(k)?;
        if let Some(v) = &s {
            if v.chars().count() > max {
                return Err(Reply::invalid(
                    k,
                    "parameter_invalid_string",
                    &format!("Invalid {k}: must be at most {max} characters"),
                ));
            }
        }
        Ok(s)
    }

    pub fn strings(&self, k: &str) -> Result<Option<Vec<String>>, Reply> {
        match self.map.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Array(a)) => a
                .iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s.clone()),
                    other => Err(Reply::invalid(k, "parameter_invalid_string", &format!("Invalid array item: {}", show(other)))),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(Value::String(s)) if s.is_empty() => Ok(Some(Vec::new())),
            Some(v) => Err(Reply::invalid(k, "parameter_invalid_array", &format!("Invalid array: {}", show(v)))),
        }
    }

    pub fn object(&self, k: &str) -> Result<Option<&'a Map<String, Value>>, Reply> {
        match self.map.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(m)) => Ok(Some(m)),
            Some(v) => Err(Reply::invalid(k, "parameter_invalid_object", &format!("Invalid object: {}", show(v)))),
        }
    }
}

pub fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok().filter(|_| !s.trim().is_empty()),
        _ => None,
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn brackets_become_a_tree() {
        let m = parse_form("amount=2000&metadata[order%20id]=a%26b&expand[0]=x&expand[1]=y&pmo[card][capture_method]=manual&e[]=p&e[]=q&s=a+b").unwrap();
        assert_eq!(
            Value::Object(m),
            json!({"amount":"2000","metadata":{"order id":"a&b"},"expand":["x","y"],
                   "pmo":{"card":{"capture_method":"manual"}},"e":["p","q"],"s":"a b"})
        );
        assert!(parse_form("a[b=1").is_err());
        assert!(parse_form("a=1&a=2").is_err());
    }
}
