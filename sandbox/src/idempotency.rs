//! Idempotent replays: the cache of answers per (API key, account,
//! Idempotency-Key), request fingerprints, and the in-flight / mismatch errors.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::{Map, Value};

use crate::lock::lock;
use crate::reply::Reply;
use crate::wire;

/// One cache entry: a request still executing, or its stored answer.
#[derive(Clone)]
pub enum Idem {
    InFlight,
    Done { fingerprint: String, reply: Reply, request_id: String },
}

/// (API key, Stripe-Account, Idempotency-Key).
pub type IdemSlot = (String, String, String);

/// Sorted-key text of parsed parameters, with every scalar as a string, so
/// neither key order nor form-vs-JSON typing changes a fingerprint.
fn canonical(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let inner: Vec<String> =
                keys.iter().map(|k| format!("{}:{}", Value::String((*k).clone()), canonical(&m[*k]))).collect();
            format!("{{{}}}", inner.join(","))
        }
        Value::Array(a) => format!("[{}]", a.iter().map(canonical).collect::<Vec<_>>().join(",")),
        Value::Number(n) => Value::String(n.to_string()).to_string(),
        Value::Bool(b) => Value::String(b.to_string()).to_string(),
        other => other.to_string(),
    }
}

/// Form arrays arrive as index-keyed objects; JSON ones as arrays. Make both
/// arrays for fingerprints.
fn normalize(v: &Value) -> Value {
    match v {
        Value::Object(m) => match wire::as_array(v) {
            Some(items) => Value::Array(items.iter().map(normalize).collect()),
            None => Value::Object(m.iter().map(|(k, v)| (k.clone(), normalize(v))).collect()),
        },
        Value::Array(a) => Value::Array(a.iter().map(normalize).collect()),
        other => other.clone(),
    }
}

/// What must match for a key to be replayed: method, path and parameters.
pub fn fingerprint(method: &str, path: &str, params: &Map<String, Value>) -> String {
    format!("{method} {path} {}", canonical(&normalize(&Value::Object(params.clone()))))
}

/// Run `run` once per (API key, account, Idempotency-Key) `slot`: replay a
/// stored answer for the same fingerprint, refuse a different one or a key
/// still in flight, and keep the answer when the request started executing.
pub fn replay_or_run(
    cache: &Mutex<HashMap<IdemSlot, Idem>>,
    slot: IdemSlot,
    fingerprint: String,
    request_id: &str,
    out: &mut Vec<(&'static str, String)>,
    run: impl FnOnce() -> Reply,
) -> Reply {
    let ikey = slot.2.clone();
    if ikey.chars().count() > 255 {
        return Reply::error(
            400,
            "invalid_request_error",
            None,
            "Invalid Idempotency-Key: it can be at most 255 characters long.",
            None,
        );
    }
    out.push(("idempotency-key", ikey.clone()));
    {
        let mut idem = lock(cache);
        match idem.get(&slot) {
            Some(Idem::Done { fingerprint: fp, reply, request_id: original }) if *fp == fingerprint => {
                out.retain(|(k, _)| *k != "request-id");
                out.push(("request-id", original.clone()));
                out.push(("idempotent-replayed", "true".into()));
                return reply.clone();
            }
            Some(Idem::Done { .. }) => {
                return Reply::error(400, "idempotency_error", None, &format!(
                    "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{ikey}' if you meant to execute a different request."), None);
            }
            Some(Idem::InFlight) => {
                return Reply::error(
                    409,
                    "idempotency_error",
                    Some("idempotency_key_in_use"),
                    "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): please retry in a moment.",
                    None,
                );
            }
            None => {
                idem.insert(slot.clone(), Idem::InFlight);
            }
        }
    }
    let reply = run();
    let mut idem = lock(cache);
    if reply.store {
        idem.insert(slot, Idem::Done { fingerprint, reply: reply.clone(), request_id: request_id.to_string() });
    } else {
        idem.remove(&slot);
    }
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_order_and_typing() {
        let form = wire::parse_form("b=1&a[0]=x&a[1]=y&c=true").unwrap();
        let json: Map<String, Value> = serde_json::from_str(r#"{"c":true,"a":["x","y"],"b":1}"#).unwrap();
        assert_eq!(canonical(&normalize(&Value::Object(form))), canonical(&normalize(&Value::Object(json))));
    }
}
