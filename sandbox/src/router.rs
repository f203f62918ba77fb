//! The route table of `/v1/payment_intents...`, and the dispatch of one API
//! request: echoed headers, the API key, parameters, idempotency, then the
//! operation on the store.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::auth::api_key;
use crate::idempotency;
use crate::leanrails;
use crate::lock::lock;
use crate::profile::Profile;
use crate::publishable;
use crate::reply::Reply;
use crate::resources;
use crate::shared::Shared;
use crate::types::DEFAULT_API_VERSION;
use crate::webhooks::Cause;
use crate::wire;

/// Route `/v1/payment_intents...` to an operation name and optional id.
fn route(method: &str, path: &str) -> Option<(&'static str, Option<String>)> {
    let rest = path.strip_prefix("/v1/payment_intents")?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    let segs: Vec<&str> = rest.split('/').skip(1).collect();
    let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
    Some(match (method, segs.as_slice()) {
        ("GET", []) => ("list", None),
        ("POST", []) => ("create", None),
        ("GET", ["search"]) => ("search", None),
        ("GET", [id]) if !id.is_empty() => ("retrieve", Some(decode(id))),
        ("POST", [id]) if !id.is_empty() => ("update", Some(decode(id))),
        ("POST", [id, action]) if !id.is_empty() => {
            let op = match *action {
                "confirm" => "confirm",
                "capture" => "capture",
                "cancel" => "cancel",
                "increment_authorization" => "increment_authorization",
                "apply_customer_balance" => "apply_customer_balance",
                "verify_microdeposits" => "verify_microdeposits",
                _ => return None,
            };
            (op, Some(decode(id)))
        }
        _ => return None,
    })
}

/// Answer one API request (not a control request). `out` collects the
/// response headers to send.
#[allow(clippy::too_many_arguments)]
pub fn api_request(
    shared: &Shared,
    method: &str,
    path: &str,
    query: &str,
    headers: &BTreeMap<String, String>,
    body: &str,
    request_id: &str,
    out: &mut Vec<(&'static str, String)>,
) -> Reply {
    out.push(("request-id", request_id.to_string()));
    let profile = Profile::detect(method, headers);
    // LeanRails answers carry no Stripe-Version.
    if profile == Profile::Stripe {
        let version = headers.get("stripe-version").cloned().unwrap_or_else(|| DEFAULT_API_VERSION.to_string());
        out.push(("stripe-version", version));
    }
    if let Some(v) = headers.get("x-api-version") {
        out.push(("x-api-version", v.clone()));
    }
    let account = headers.get("stripe-account").map(|a| a.trim().to_string()).unwrap_or_default();
    if !account.is_empty() {
        out.push(("stripe-account", account.clone()));
    }
    if profile == Profile::LeanRails {
        if let Err(r) = leanrails::check_auth(headers) {
            return r;
        }
    }
    let key = match api_key(headers) {
        Ok(k) => k,
        Err(r) => return r,
    };
    let Some((op, id)) = route(method, path).or_else(|| resources::route(method, path)) else {
        return Reply::error(
            404,
            "invalid_request_error",
            None,
            &format!("Unrecognized request URL ({method}: {path}). This sandbox serves /v1/payment_intents, /v1/test_helpers/test_clocks, /v1/customers, /v1/webhook_endpoints and /v1/events only."),
            None,
        );
    };
    let publishable = publishable::is_publishable(&key);
    if publishable {
        if let Err(r) = publishable::check_operation(op) {
            return r;
        }
    }
    if method != "GET" && key.starts_with("rk_test_") {
        return Reply::error(
            403,
            "permission_error",
            None,
            "The provided key does not have the required permissions for this endpoint: restricted keys (rk_test_) are read-only in this sandbox.",
            None,
        );
    }
    let content_type = headers.get("content-type").map(|c| c.to_ascii_lowercase()).unwrap_or_default();
    let json_body = content_type.starts_with("application/json");
    let params: Map<String, Value> = match wire::parse_params(method, &content_type, query, body) {
        Ok(p) => p,
        Err(r) => return r,
    };
    if profile == Profile::LeanRails {
        if let Err(r) = leanrails::check_params(&params) {
            return r;
        }
    }
    let idem_key =
        if method == "POST" { headers.get("idempotency-key").filter(|k| !k.is_empty()).cloned() } else { None };
    if method == "POST" && json_body && idem_key.is_none() {
        return Reply::error(
            400,
            "invalid_request_error",
            Some("idempotency_key_missing"),
            "An Idempotency-Key header is required on every POST request with a JSON body.",
            None,
        );
    }
    let merchant = leanrails::merchant_id(&key, &account);
    let cause = Cause { request_id: request_id.to_string(), idempotency_key: idem_key.clone() };
    let run = || -> Reply {
        let mut store = lock(&shared.store);
        if publishable {
            if let Err(r) = publishable::check_request(&store, &account, op, id.as_deref(), &params) {
                return r;
            }
        }
        let mut reply =
            match profile.within(|| store.dispatch(&account, op, id.as_deref(), &params, &shared.base_url, &cause)) {
                Ok(v) => Reply::ok(v),
                Err(r) => r,
            };
        if profile == Profile::LeanRails {
            leanrails::present(&mut reply.body, &store, &account, &merchant);
        }
        if publishable {
            reply = publishable::redact(reply);
        }
        reply
    };
    let Some(ikey) = idem_key else { return run() };
    let fingerprint = idempotency::fingerprint(method, path, &params);
    // The two profiles stand for two services: their keys never meet.
    let scope = format!("{}:{key}", profile.name());
    idempotency::replay_or_run(&shared.idem, (scope, account.clone(), ikey), fingerprint, request_id, out, run)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::idempotency::Idem;

    #[test]
    fn routes() {
        assert_eq!(route("GET", "/v1/payment_intents"), Some(("list", None)));
        assert_eq!(route("GET", "/v1/payment_intents/search"), Some(("search", None)));
        assert_eq!(route("POST", "/v1/payment_intents/pi_1/capture"), Some(("capture", Some("pi_1".into()))));
        assert_eq!(route("POST", "/v1/payment_intents/pi%2F1"), Some(("update", Some("pi/1".into()))));
        assert_eq!(route("POST", "/v1/payment_intentsX"), None);
        assert_eq!(route("POST", "/v1/payment_intents/pi_1/refund"), None);
        assert_eq!(route("DELETE", "/v1/payment_intents/pi_1"), None);
    }

    /// A request arriving while another with the same key is executing.
    #[test]
    fn in_flight_keys_conflict() {
        let shared = Shared::default();
        let slot = ("stripe:sk_test_k".to_string(), String::new(), "busy".to_string());
        lock(&shared.idem).insert(slot, Idem::InFlight);
        let mut headers = BTreeMap::new();
        headers.insert("authorization".to_string(), "Bearer sk_test_k".to_string());
        headers.insert("idempotency-key".to_string(), "busy".to_string());
        headers.insert("content-type".to_string(), "application/x-www-form-urlencoded".to_string());
        let mut out = vec![];
        let r = api_request(
            &shared,
            "POST",
            "/v1/payment_intents",
            "",
            &headers,
            "amount=5&currency=usd",
            "req_x",
            &mut out,
        );
        assert_eq!(r.status, 409);
        assert_eq!(r.body["error"]["type"], "idempotency_error");
        assert_eq!(r.body["error"]["code"], "idempotency_key_in_use");
    }
}
