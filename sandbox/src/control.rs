//! The control endpoints under `/__sandbox/` (faults, the request log, reset,
//! webhook delivery attempts,
//! completing next actions, the 3-D Secure and microdeposit pages; the clock
//! and settlement ones are in `sim_control.rs`), and the JSON form of an
//! injected fault.

use bytes::Bytes;
use http_body_util::Full;
use hyper::Response;
use serde_json::{json, Value};

use crate::lock::lock;
use crate::response::respond;
use crate::shared::{reset, Shared};
use crate::sim_control;
use crate::types::{Fault, FaultKind};

/// Query-string lookup for control endpoints (`account=acct_1&outcome=fail`).
fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| percent_encoding::percent_decode_str(&v.replace('+', " ")).decode_utf8_lossy().into_owned())
}

/// Answer `METHOD /__sandbox/{rest}`.
pub fn control(shared: &Shared, method: &str, rest: &str, query: &str, body: &str) -> Response<Full<Bytes>> {
    let ok = || respond(200, &json!({"ok": true}), &[]);
    let bad = |status: u16, msg: &str| {
        respond(status, &json!({"error": {"type": "invalid_request_error", "message": msg}}), &[])
    };
    let parsed: Value = if body.trim().is_empty() {
        json!({})
    } else {
        match serde_json::from_str(body) {
            Ok(v) => v,
            Err(e) => return bad(400, &format!("invalid JSON: {e}")),
        }
    };
    let segs: Vec<String> =
        rest.split('/').map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()).collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    if let Some(answer) = sim_control::handle(shared, method, &segs, &parsed) {
        return answer;
    }
    match (method, segs.as_slice()) {
        ("POST", ["faults"]) => match fault_from_json(&parsed) {
            Ok(f) => {
                if f.count > 0 {
                    lock(&shared.faults).push_back(f);
                }
                ok()
            }
            Err(msg) => bad(400, &msg),
        },
        ("GET", ["faults"]) => {
            let data: Vec<Value> = lock(&shared.faults).iter().map(fault_to_json).collect();
            respond(200, &json!({"data": data}), &[])
        }
        ("DELETE", ["faults"]) => {
            lock(&shared.faults).clear();
            ok()
        }
        ("GET", ["requests"]) => {
            let data = serde_json::to_value(&*lock(&shared.log)).unwrap_or(json!([]));
            respond(200, &json!({"data": data}), &[])
        }
        ("DELETE", ["requests"]) => {
            lock(&shared.log).clear();
            ok()
        }
        ("GET", ["webhook_attempts"]) => {
            let data = serde_json::to_value(&lock(&shared.store).hooks.attempts).unwrap_or(json!([]));
            respond(200, &json!({"data": data}), &[])
        }
        ("POST", ["reset"]) => {
            reset(shared);
            ok()
        }
        ("POST", ["payment_intents", id, "complete_action"]) => {
            let outcome = match parsed.get("outcome") {
                None | Some(Value::Null) => "succeed",
                Some(Value::String(s)) if s == "succeed" || s == "fail" => s.as_str(),
                Some(_) => return bad(400, "outcome must be \"succeed\" or \"fail\""),
            };
            let account = match parsed.get("account") {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(_) => return bad(400, "account must be a string"),
            };
            match lock(&shared.store).complete_action_now(&account, id, outcome == "succeed") {
                Ok((pi, _)) => respond(200, &pi, &[]),
                Err(r) => respond(r.status, &r.body, &[]),
            }
        }
        // The page a `redirect_to_url` / `use_stripe_sdk` next action points at:
        // opening it completes the authentication (or fails it with ?outcome=fail)
        // and sends the customer back to the return_url.
        ("GET", ["3ds", id]) => {
            let account = query_param(query, "account").unwrap_or_default();
            let succeed = query_param(query, "outcome").as_deref() != Some("fail");
            match lock(&shared.store).complete_action_now(&account, id, succeed) {
                Ok((pi, Some(return_url))) => {
                    let sep = if return_url.contains('?') { '&' } else { '?' };
                    let secret = pi["client_secret"].as_str().unwrap_or("");
                    let status = if succeed { "succeeded" } else { "failed" };
                    let location = format!("{return_url}{sep}payment_intent={id}&payment_intent_client_secret={secret}&redirect_status={status}");
                    let mut resp = respond(302, &pi, &[]);
                    if let Ok(v) = hyper::header::HeaderValue::from_str(&location) {
                        resp.headers_mut().insert(hyper::header::LOCATION, v);
                    }
                    resp
                }
                Ok((pi, None)) => respond(200, &pi, &[]),
                Err(r) => respond(r.status, &r.body, &[]),
            }
        }
        // The hosted microdeposit page: tells the tester what to enter.
        ("GET", ["microdeposits", id]) => respond(
            200,
            &json!({"payment_intent": id, "amounts": [32, 45], "descriptor_code": "SM11AA",
                    "hint": "POST /v1/payment_intents/{id}/verify_microdeposits with amounts[]=32&amounts[]=45 or descriptor_code=SM11AA"}),
            &[],
        ),
        _ => bad(404, &format!("Unknown control endpoint {method} /__sandbox/{rest}")),
    }
}

fn fault_from_json(v: &Value) -> Result<Fault, String> {
    if !v.is_object() {
        return Err("the fault must be a JSON object".into());
    }
    let count = match v.get("count") {
        None | Some(Value::Null) => 1,
        Some(c) => c.as_u64().and_then(|c| u32::try_from(c).ok()).ok_or("count must be a non-negative integer")?,
    };
    let path_prefix = match v.get("path_prefix") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err("path_prefix must be a string or null".into()),
    };
    let kind = match v.get("kind").and_then(Value::as_str) {
        Some("status") => {
            let status = v
                .get("status")
                .and_then(Value::as_u64)
                .filter(|s| (400..600).contains(s))
                .ok_or("status must be an integer from 400 to 599")? as u16;
            let should_retry = match v.get("should_retry") {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => return Err("should_retry must be true, false or null".into()),
            };
            let code = match v.get("code") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                Some(_) => return Err("code must be a string or null".into()),
            };
            FaultKind::Status { status, should_retry, code }
        }
        Some("drop") => FaultKind::Drop,
        Some("delay") => {
            FaultKind::Delay { ms: v.get("ms").and_then(Value::as_u64).ok_or("a delay fault needs ms (integer)")? }
        }
        _ => return Err("kind must be \"status\", \"drop\" or \"delay\"".into()),
    };
    Ok(Fault { kind, count, path_prefix })
}

fn fault_to_json(f: &Fault) -> Value {
    let mut v = match &f.kind {
        FaultKind::Status { status, should_retry, code } => {
            json!({"kind": "status", "status": status, "should_retry": should_retry, "code": code})
        }
        FaultKind::Drop => json!({"kind": "drop"}),
        FaultKind::Delay { ms } => json!({"kind": "delay", "ms": ms}),
    };
    v["count"] = f.count.into();
    v["path_prefix"] = f.path_prefix.clone().into();
    v
}
