//! `expand[]`: which fields may be expanded, and the expanded copy of an
//! intent that every operation returns.

use serde_json::{json, Value};

use crate::reply::{Reply, R};
use crate::store::{Intent, Store};
use crate::wire::Params;

const EXPANDABLE: [&str; 7] =
    ["application", "customer", "invoice", "latest_charge", "on_behalf_of", "payment_method", "review"];

/// Expanded paths requested, checked: `field` for one object, `data.field`
/// for lists and search results.
pub fn parse_expand(p: &Params, list: bool) -> R<Vec<String>> {
    let paths = p.strings("expand")?.unwrap_or_default();
    paths
        .iter()
        .map(|path| {
            let field = if list { path.strip_prefix("data.") } else { Some(path.as_str()) };
            match field {
                Some(f) if EXPANDABLE.contains(&f) => Ok(f.to_string()),
                _ => Err(Reply::invalid(
                    "expand",
                    "parameter_invalid_string",
                    &format!("This property cannot be expanded ({path})."),
                )),
            }
        })
        .collect()
}

impl Store {
    /// A copy of the object with the requested fields expanded.
    pub fn expand(&self, intent: &Intent, fields: &[String]) -> Value {
        let mut o = intent.obj.clone();
        for field in fields {
            let Some(id) = o.get(field.as_str()).and_then(Value::as_str).map(str::to_string) else {
                continue;
            };
            let v = match field.as_str() {
                "latest_charge" => match &intent.charge {
                    Some(ch) if ch["id"] == id.as_str() => ch.clone(),
                    _ => continue,
                },
                "payment_method" => {
                    let (_, t) = self.pm_info(&id);
                    let mut pm =
                        json!({"id": id, "object": "payment_method", "customer": null, "livemode": false, "type": t});
                    if t == "card" {
                        pm["card"] = json!({"brand": "visa", "exp_month": 12, "exp_year": 2034, "last4": "4242"});
                    }
                    pm
                }
                "customer" => json!({"id": id, "object": "customer", "livemode": false}),
                "on_behalf_of" => json!({"id": id, "object": "account"}),
                other => json!({"id": id, "object": other}),
            };
            o.insert(field.clone(), v);
        }
        Value::Object(o)
    }
}
