//! The search query language of `GET /v1/payment_intents/search`: parsing a
//! query into clauses, and matching an intent against them.

use serde_json::{Map, Value};

use crate::reply::{Reply, R};
use crate::wire::as_int;

/// A search query: clauses joined by all-AND or all-OR.
pub struct SearchQuery {
    clauses: Vec<Clause>,
    any: bool,
}

#[derive(Debug, PartialEq)]
enum Cmp {
    Eq,
    Contains,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Debug)]
struct Clause {
    negate: bool,
    /// `status`, `amount`, ... or `metadata.KEY`.
    field: String,
    cmp: Cmp,
    /// `None` for the bare word `null`.
    value: Option<String>,
}

/// The searchable fields of an intent besides `metadata['key']`: `amount`
/// and `created` are numeric, the others are tokens (exact match only).
const SEARCH_FIELDS: [&str; 5] = ["amount", "created", "currency", "customer", "status"];

/// The shortest substring `~` accepts.
const MIN_SUBSTRING: usize = 3;

impl SearchQuery {
    pub fn parse(q: &str) -> R<SearchQuery> {
        let bad = |why: &str| {
            Reply::invalid("query", "search_query_invalid", &format!("Invalid search query: {why} (query: {q})"))
        };
        let chars: Vec<char> = q.chars().collect();
        let mut i = 0;
        let mut clauses = Vec::new();
        let mut joins: Vec<bool> = Vec::new(); // true = OR
        let skip_ws = |i: &mut usize| {
            while *i < chars.len() && chars[*i].is_whitespace() {
                *i += 1;
            }
        };
        loop {
            skip_ws(&mut i);
            if i >= chars.len() {
                break;
            }
            if !clauses.is_empty() {
                let word: String = chars[i..].iter().take_while(|c| !c.is_whitespace()).collect();
                match word.as_str() {
                    "AND" => joins.push(false),
                    "OR" => joins.push(true),
                    _ => return Err(bad(&format!("expected AND or OR before '{word}'"))),
                }
                i += word.chars().count();
                skip_ws(&mut i);
                if i >= chars.len() {
                    return Err(bad("the query ends with AND or OR"));
                }
            }
            let negate = chars[i] == '-';
            if negate {
                i += 1;
            }
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let name: String = chars[start..i].iter().collect();
            let field = if name == "metadata" {
                if chars.get(i) != Some(&'[') {
                    return Err(bad("metadata needs a key: metadata['key']"));
                }
                i += 1;
                let key = quoted(&chars, &mut i).ok_or_else(|| bad("metadata keys are quoted: metadata['key']"))?;
                if chars.get(i) != Some(&']') {
                    return Err(bad("expected ] after the metadata key"));
                }
                i += 1;
                format!("metadata.{key}")
            } else if SEARCH_FIELDS.contains(&name.as_str()) {
                name
            } else if name.is_empty() {
                return Err(bad("expected a field name"));
            } else {
                return Err(bad(&format!("'{name}' is not a searchable field (use amount, created, currency, customer, status or metadata['key'])")));
            };
            let two: String = chars[i..].iter().take(2).collect();
            let (cmp, len) = match (two.as_str(), chars.get(i)) {
                (">=", _) => (Cmp::Ge, 2),
                ("<=", _) => (Cmp::Le, 2),
                (_, Some(':')) => (Cmp::Eq, 1),
                (_, Some('~')) => (Cmp::Contains, 1),
                (_, Some('>')) => (Cmp::Gt, 1),
                (_, Some('<')) => (Cmp::Lt, 1),
                _ => return Err(bad(&format!("expected :, ~, >, <, >= or <= after {field}"))),
            };
            i += len;
            let numeric = field == "amount" || field == "created";
            let value = if matches!(chars.get(i), Some('\'') | Some('"')) {
                Some(quoted(&chars, &mut i).ok_or_else(|| bad("unterminated quoted value"))?)
            } else {
                let start = i;
                while i < chars.len() && !chars[i].is_whitespace() {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                if word.is_empty() {
                    return Err(bad(&format!("missing value for {field}")));
                }
                if word == "null" {
                    None
                } else if numeric {
                    Some(word)
                } else {
                    return Err(bad(&format!(
                        "the value of {field} must be a quoted string, like {field}:\"{word}\" (only numbers and null go unquoted)"
                    )));
                }
            };
            if numeric && value.as_ref().is_some_and(|v| v.parse::<i64>().is_err()) {
                return Err(bad(&format!("{field} takes an integer")));
            }
            if !numeric && !matches!(cmp, Cmp::Eq | Cmp::Contains) {
                return Err(bad(&format!("{field} can only be compared with : or ~")));
            }
            let text = field.starts_with("metadata.");
            if cmp == Cmp::Contains && !text {
                return Err(bad(&format!(
                    "{field} does not support substring matching (~): only text fields such as metadata['key'] do"
                )));
            }
            if cmp == Cmp::Contains && value.as_ref().is_some_and(|v| v.chars().count() < MIN_SUBSTRING) {
                return Err(bad(&format!("a substring (~) needs at least {MIN_SUBSTRING} characters")));
            }
            if cmp != Cmp::Eq && value.is_none() {
                return Err(bad("null can only be used with :"));
            }
            clauses.push(Clause { negate, field, cmp, value });
        }
        if clauses.is_empty() {
            return Err(bad("the query is empty"));
        }
        if clauses.len() > 10 {
            return Err(bad("at most 10 clauses are allowed"));
        }
        if joins.contains(&true) && joins.contains(&false) {
            return Err(bad("AND and OR cannot be mixed in one query"));
        }
        Ok(SearchQuery { clauses, any: joins.contains(&true) })
    }

    pub fn matches(&self, o: &Map<String, Value>) -> bool {
        let one = |c: &Clause| -> bool {
            let actual = match c.field.strip_prefix("metadata.") {
                Some(k) => o["metadata"].get(k).cloned().unwrap_or(Value::Null),
                None => o.get(c.field.as_str()).cloned().unwrap_or(Value::Null),
            };
            let hit = match (&c.value, &c.cmp) {
                (None, _) => actual.is_null(),
                (Some(v), Cmp::Eq) => match &actual {
                    Value::String(s) => s == v,
                    Value::Number(n) => n.to_string() == *v,
                    _ => false,
                },
                (Some(v), Cmp::Contains) => {
                    actual.as_str().is_some_and(|s| s.to_lowercase().contains(&v.to_lowercase()))
                }
                (Some(v), cmp) => match (as_int(&actual), v.parse::<i64>()) {
                    (Some(a), Ok(b)) => match cmp {
                        Cmp::Gt => a > b,
                        Cmp::Ge => a >= b,
                        Cmp::Lt => a < b,
                        _ => a <= b,
                    },
                    _ => false,
                },
            };
            hit != c.negate
        };
        if self.any {
            self.clauses.iter().any(one)
        } else {
            self.clauses.iter().all(one)
        }
    }
}

/// A '...' or "..." string starting at `i` (backslash escapes the next char).
fn quoted(chars: &[char], i: &mut usize) -> Option<String> {
    let q = *chars.get(*i)?;
    if q != '\'' && q != '"' {
        return None;
    }
    *i += 1;
    let mut out = String::new();
    while let Some(&c) = chars.get(*i) {
        *i += 1;
        match c {
            '\\' => {
                out.push(*chars.get(*i)?);
                *i += 1;
            }
            c if c == q => return Some(out),
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pi(status: &str, amount: i64, meta: Value) -> Map<String, Value> {
        json!({"status": status, "amount": amount, "currency": "usd", "customer": null, "metadata": meta})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn search_queries() {
        let a = pi("succeeded", 1500, json!({"order": "A 1", "k": "x"}));
        let b = pi("canceled", 500, json!({}));
        let q = |s: &str| SearchQuery::parse(s).unwrap();
        assert!(q("status:'succeeded'").matches(&a));
        assert!(!q("status:'succeeded'").matches(&b));
        assert!(q("amount>1000 AND metadata['order']:'A 1'").matches(&a));
        assert!(q("amount>=1500 AND amount<=1500").matches(&a));
        assert!(q("-status:'canceled'").matches(&a));
        assert!(q("status:\"canceled\" OR amount<600").matches(&b));
        assert!(q("customer:null").matches(&a));
        assert!(q("metadata['order']~'a 1'").matches(&a));
        assert!(q("amount:'1500'").matches(&a));
        assert!(q("metadata['none']:null").matches(&a));
        assert!(q("metadata['note']:'x AND y' OR status:'succeeded'").matches(&a));
        for bad in [
            "",
            "status",
            "colour:'red'",
            "status:'a' AND amount>1 OR amount<3",
            "amount>'ten'",
            "status>'a'",
            "status:'a' amount:1",
            "metadata.k:'x'",
            "status:'unterminated",
            "status:'x' AND",
            // String values must be quoted; only numbers and null go bare.
            "status:succeeded",
            "metadata['order']:A",
            "customer:cus_1",
            // Substrings only on text fields (metadata), and of 3+ characters.
            "status~'succ'",
            "currency~'usd'",
            "amount~'10'",
            "amount~10",
            "metadata['order']~'a '",
        ] {
            let e = SearchQuery::parse(bad).err().unwrap_or_else(|| panic!("{bad} should fail"));
            assert_eq!(e.body["error"]["code"], "search_query_invalid", "{bad}");
            assert_eq!(e.body["error"]["param"], "query");
        }
    }
}
