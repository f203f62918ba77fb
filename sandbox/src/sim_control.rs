//! The control endpoints that move simulated time and delayed payments:
//! reading and advancing the sandbox clock, and settling a processing bank
//! debit.

use bytes::Bytes;
use http_body_util::Full;
use hyper::Response;
use serde_json::{json, Value};

use crate::lock::lock;
use crate::response::respond;
use crate::shared::Shared;

/// How far ahead of real time the sandbox clock may run (keeps every
/// timestamp far from overflowing).
const MAX_OFFSET_SECS: i64 = 1000 * 365 * 86_400;

fn bad(msg: &str) -> Response<Full<Bytes>> {
    respond(400, &json!({"error": {"type": "invalid_request_error", "message": msg}}), &[])
}

/// Answer `METHOD /__sandbox/{segs…}` if it is one of these endpoints.
pub fn handle(shared: &Shared, method: &str, segs: &[&str], body: &Value) -> Option<Response<Full<Bytes>>> {
    Some(match (method, segs) {
        ("GET", ["clock"]) => respond(200, &lock(&shared.store).sandbox_clock(), &[]),
        ("POST", ["clock", "advance"]) => {
            let seconds = match body.get("seconds") {
                Some(v) => match v.as_i64().filter(|s| *s >= 0) {
                    Some(s) => s,
                    None => return Some(bad("seconds must be a non-negative integer")),
                },
                None => return Some(bad("seconds is required")),
            };
            let mut store = lock(&shared.store);
            if store.timeline.offset.saturating_add(seconds) > MAX_OFFSET_SECS {
                return Some(bad("the sandbox clock cannot run more than 1000 years ahead of real time"));
            }
            respond(200, &store.advance_sandbox_clock(seconds), &[])
        }
        ("POST", ["payment_intents", id, "settle"]) => {
            let succeed = match body.get("outcome") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) if s == "succeed" => Some(true),
                Some(Value::String(s)) if s == "fail" => Some(false),
                Some(_) => return Some(bad("outcome must be \"succeed\" or \"fail\"")),
            };
            let account = match body.get("account") {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(_) => return Some(bad("account must be a string")),
            };
            match lock(&shared.store).settle_now(&account, id, succeed) {
                Ok(pi) => respond(200, &pi, &[]),
                Err(r) => respond(r.status, &r.body, &[]),
            }
        }
        _ => return None,
    })
}
