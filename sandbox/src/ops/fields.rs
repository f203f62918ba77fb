//! Parameter checks and field writers shared by several operations: amounts,
//! currencies, shipping, transfer_data, metadata, payment method options.

use serde_json::{json, Map, Value};

use crate::reply::{Reply, R};
use crate::wire::{MetadataUpdate, Params};

pub const CAPTURE_METHODS: [&str; 3] = ["automatic", "automatic_async", "manual"];
const MAX_AMOUNT: i64 = 99_999_999;

/// An amount in the smallest currency unit: 1 ..= 99,999,999.
pub fn amount(p: &Params, k: &str) -> R<Option<i64>> {
    match p.positive(k)? {
        Some(a) if a > MAX_AMOUNT => Err(Reply::invalid(
            &p.name(k),
            "amount_too_large",
            &format!("Amount must be no more than {MAX_AMOUNT} (got {a})."),
        )),
        other => Ok(other),
    }
}

pub fn currency(p: &Params, k: &str) -> R<Option<String>> {
    match p.string(k)? {
        Some(c) if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_alphabetic()) => Err(Reply::invalid(
            &p.name(k),
            "parameter_invalid_string",
            &format!("Invalid currency: {c}. Use a three-letter ISO currency code such as usd."),
        )),
        other => Ok(other.map(|c| c.to_ascii_lowercase())),
    }
}

/// `shipping`: `Some(Null)` clears it, otherwise a full shipping object.
pub fn shipping(p: &Params) -> R<Option<Value>> {
    if p.is_unset("shipping") {
        return Ok(Some(Value::Null));
    }
    let Some(s) = p.nested("shipping")? else {
        return Ok(None);
    };
    let name = s.require("name", s.string("name")?)?;
    let a = s.require("address", s.nested("address")?)?;
    let mut address = Map::new();
    for k in ["city", "country", "line1", "line2", "postal_code", "state"] {
        address.insert(k.into(), a.string(k)?.map(Value::from).unwrap_or(Value::Null));
    }
    let mut out = Map::new();
    out.insert("address".into(), Value::Object(address));
    out.insert("carrier".into(), s.string("carrier")?.map(Value::from).unwrap_or(Value::Null));
    out.insert("name".into(), name.into());
    out.insert("phone".into(), s.string("phone")?.map(Value::from).unwrap_or(Value::Null));
    out.insert("tracking_number".into(), s.string("tracking_number")?.map(Value::from).unwrap_or(Value::Null));
    Ok(Some(Value::Object(out)))
}

/// `transfer_data` (`destination` is required on create only).
pub fn transfer_data(p: &Params, create: bool) -> R<Option<Map<String, Value>>> {
    let Some(t) = p.nested("transfer_data")? else {
        return Ok(None);
    };
    let mut out = Map::new();
    out.insert("amount".into(), t.non_negative("amount")?.map(Value::from).unwrap_or(Value::Null));
    if create {
        out.insert("destination".into(), t.require("destination", t.string("destination")?)?.into());
    } else if let Some(d) = t.string("destination")? {
        out.insert("destination".into(), d.into());
    }
    Ok(Some(out))
}

/// Merge the given `transfer_data` keys into the object's (creating it when unset).
pub fn merge_transfer_data(obj: &mut Map<String, Value>, transfer: Option<Map<String, Value>>) {
    let Some(t) = transfer else { return };
    let cur = obj.entry("transfer_data").or_insert(Value::Null);
    if !cur.is_object() {
        *cur = json!({"amount": null, "destination": null});
    }
    for (k, v) in t {
        cur[k.as_str()] = v;
    }
}

pub fn apply_metadata(obj: &mut Map<String, Value>, md: Option<MetadataUpdate>) {
    let Some(MetadataUpdate { clear, ops }) = md else {
        return;
    };
    let cur = obj.entry("metadata").or_insert_with(|| json!({}));
    if clear || !cur.is_object() {
        *cur = json!({});
    }
    let cur = cur.as_object_mut().expect("metadata is an object");
    for (k, v) in ops {
        match v {
            Some(v) => cur.insert(k, v.into()),
            None => cur.remove(&k),
        };
    }
}

pub fn set_opt(obj: &mut Map<String, Value>, k: &str, v: Option<Option<String>>) {
    if let Some(v) = v {
        obj.insert(k.into(), v.map(Value::from).unwrap_or(Value::Null));
    }
}

/// The intent's `payment_method_options` map.
pub fn options_of(obj: &mut Map<String, Value>) -> &mut Map<String, Value> {
    let cur = obj.entry("payment_method_options").or_insert_with(|| json!({}));
    if !cur.is_object() {
        *cur = json!({});
    }
    cur.as_object_mut().expect("payment_method_options is an object")
}

/// Merge request `payment_method_options` into stored ones, per method.
pub fn merge_options(cur: &mut Map<String, Value>, add: &Map<String, Value>) {
    for (method, opts) in add {
        match (cur.get_mut(method).and_then(Value::as_object_mut), opts) {
            (Some(existing), Value::Object(o)) => {
                for (k, v) in o {
                    existing.insert(k.clone(), v.clone());
                }
            }
            _ => {
                let v = if opts.as_str() == Some("") { json!({}) } else { opts.clone() };
                cur.insert(method.clone(), v);
            }
        }
    }
}

pub fn default_options(types: &[String]) -> Value {
    let mut m = Map::new();
    for t in types {
        let v = match t.as_str() {
            "card" => {
                json!({"installments": null, "mandate_options": null, "network": null, "request_three_d_secure": "automatic"})
            }
            "us_bank_account" => json!({"verification_method": "automatic"}),
            _ => json!({}),
        };
        m.insert(t.clone(), v);
    }
    Value::Object(m)
}

/// `setup_future_usage`: `Some(None)` clears it.
pub fn sfu(p: &Params) -> R<Option<Option<String>>> {
    if p.is_unset("setup_future_usage") {
        return Ok(Some(None));
    }
    Ok(p.one_of("setup_future_usage", &["off_session", "on_session"])?.map(Some))
}

/// A page size: 1 ..= 100, 10 when absent.
pub fn limit(p: &Params) -> R<usize> {
    match p.int("limit")? {
        None => Ok(10),
        Some(l) if (1..=100).contains(&l) => Ok(l as usize),
        Some(l) => Err(Reply::invalid(
            "limit",
            "parameter_invalid_integer",
            &format!("Invalid limit: must be between 1 and 100 (got {l})."),
        )),
    }
}
