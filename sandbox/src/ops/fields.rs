//! Parameter checks and field writers shared by several operations: amounts,
//! currencies, shipping, transfer_data, metadata, payment method options.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use crate::currencies;
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

/// A supported currency (see `currencies.rs`), lowercased. Anything else is
/// refused like the API does: no code, the list of supported currencies.
pub fn currency(p: &Params, k: &str) -> R<Option<String>> {
    match p.string(k)? {
        Some(c) if !currencies::is_supported(&c.to_ascii_lowercase()) => Err(Reply::error(
            400,
            "invalid_request_error",
            None,
            &currencies::unsupported_message(&c),
            Some(&p.name(k)),
        )),
        other => Ok(other.map(|c| c.to_ascii_lowercase())),
    }
}

/// Refuse an amount below the currency's minimum charge amount
/// (`amount_too_small`, param `amount`).
pub fn at_least_minimum(amount: i64, currency: &str) -> R<()> {
    match currencies::minimum(currency) {
        Some(min) if amount < min => Err(Reply::invalid(
            "amount",
            "amount_too_small",
            &format!("Amount must be at least {}", currencies::display(currency, min)),
        )),
        _ => Ok(()),
    }
}

/// `shipping`: `Some(Null)` clears it, otherwise a full shipping object.
/// `payment_method_types` as sent to update or confirm: absent, or a
/// non-empty list.
pub fn payment_method_types(p: &Params) -> R<Option<Vec<String>>> {
    match p.strings("payment_method_types")? {
        Some(t) if t.is_empty() => Err(Reply::invalid(
            "payment_method_types",
            "parameter_invalid_empty",
            "payment_method_types must not be empty.",
        )),
        other => Ok(other),
    }
}

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

/// `transfer_data`: on create `destination` is required (and `amount`
/// optional); later calls (update, capture, increment_authorization) take
/// only `amount`, and the destination stays the one given on create.
pub fn transfer_data(p: &Params, create: bool) -> R<Option<Map<String, Value>>> {
    let Some(t) = p.nested("transfer_data")? else {
        return Ok(None);
    };
    let mut out = Map::new();
    out.insert("amount".into(), t.non_negative("amount")?.map(Value::from).unwrap_or(Value::Null));
    if create {
        let d = t.require("destination", t.string("destination")?.filter(|d| !d.is_empty()))?;
        out.insert("destination".into(), d.into());
    } else if let Some(k) = t.map.keys().find(|k| k.as_str() != "amount") {
        let name = t.name(k);
        return Err(Reply::invalid(&name, "parameter_unknown", &format!("Received unknown parameter: {name}")));
    }
    Ok(Some(out))
}

/// A later call may only change `transfer_data[amount]` of an intent created
/// with a `transfer_data[destination]`: an intent never has transfer_data
/// without a destination.
pub fn transfer_data_fits(obj: &Map<String, Value>, transfer: Option<&Map<String, Value>>) -> R<()> {
    if transfer.is_none() || obj.get("transfer_data").is_some_and(|t| t["destination"].is_string()) {
        return Ok(());
    }
    Err(Reply::invalid(
        "transfer_data[destination]",
        "parameter_missing",
        "This PaymentIntent has no transfer_data[destination]: transfer_data[amount] can only be set on a PaymentIntent created with transfer_data[destination].",
    ))
}

/// Merge the given `transfer_data` keys into the object's (which has a
/// destination; see [`transfer_data_fits`]).
pub fn merge_transfer_data(obj: &mut Map<String, Value>, transfer: Option<Map<String, Value>>) {
    let Some(t) = transfer else { return };
    if let Some(cur) = obj.get_mut("transfer_data").and_then(Value::as_object_mut) {
        cur.extend(t);
    }
}

/// The most metadata keys an object can hold.
pub const MAX_METADATA_KEYS: usize = 50;

/// Refuse a metadata update that would leave more than 50 keys.
pub fn metadata_fits(obj: &Map<String, Value>, md: Option<&MetadataUpdate>) -> R<()> {
    let Some(md) = md else { return Ok(()) };
    let mut keys: BTreeSet<&str> = BTreeSet::new();
    if !md.clear {
        if let Some(cur) = obj.get("metadata").and_then(Value::as_object) {
            keys.extend(cur.keys().map(String::as_str));
        }
    }
    for (k, v) in &md.ops {
        match v {
            Some(_) => keys.insert(k),
            None => keys.remove(k.as_str()),
        };
    }
    if keys.len() > MAX_METADATA_KEYS {
        return Err(too_many_metadata_keys(keys.len()));
    }
    Ok(())
}

pub fn too_many_metadata_keys(n: usize) -> Reply {
    Reply::error(
        400,
        "invalid_request_error",
        None,
        &format!("Invalid metadata: metadata can have at most {MAX_METADATA_KEYS} keys, but it would have {n}."),
        Some("metadata"),
    )
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
