//! Runs the shared scenarios (tests/scenarios/payment_intents.json) through the
//! Rust API. The other languages run the same file through theirs.

use std::collections::HashMap;

use payintent::params::*;
use payintent::{Client, Error, Profile};
use payintent_sandbox::{Fault, FaultKind, Sandbox, SandboxConfig};
use serde_json::{json, Value};

fn substitute(s: &str, saved: &HashMap<String, String>) -> String {
    let mut out = s.to_string();
    for (k, v) in saved {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

fn substitute_value(v: &Value, saved: &HashMap<String, String>) -> Value {
    match v {
        Value::String(s) => Value::String(substitute(s, saved)),
        Value::Array(a) => Value::Array(a.iter().map(|x| substitute_value(x, saved)).collect()),
        Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), substitute_value(x, saved))).collect()),
        other => other.clone(),
    }
}

/// `expected` is contained in `actual` (objects as subsets, the rest equal).
fn assert_subset(expected: &Value, actual: &Value, at: &str) {
    match expected {
        Value::Object(m) => {
            for (k, v) in m {
                if k == "data_length" {
                    let n = actual["data"].as_array().map(Vec::len);
                    assert_eq!(n, v.as_u64().map(|x| x as usize), "{at}.data length");
                    continue;
                }
                let got = actual.get(k).unwrap_or(&Value::Null);
                assert_subset(v, got, &format!("{at}.{k}"));
            }
        }
        other => assert_eq!(other, actual, "{at}"),
    }
}

fn error_json(e: &Error) -> Value {
    json!({
        "kind": e.kind.as_str(),
        "code": e.code,
        "param": e.param,
        "decline_code": e.decline_code,
        "http_status": e.http_status,
    })
}

/// Calls the typed method for `op` (the JSON is only the test's input format).
async fn run_op(client: &Client, op: &str, id: Option<&str>, params: Value) -> Result<Value, Error> {
    let pis = client.payment_intents();
    let id = || id.expect("scenario gives an id");
    let pi = match op {
        "create" => pis.create(&from_json(params)?).await?,
        "retrieve" => pis.retrieve(id(), &from_json(params)?).await?,
        "update" => pis.update(id(), &from_json(params)?).await?,
        "confirm" => pis.confirm(id(), &from_json(params)?).await?,
        "capture" => pis.capture(id(), &from_json(params)?).await?,
        "cancel" => pis.cancel(id(), &from_json(params)?).await?,
        "increment_authorization" => pis.increment_authorization(id(), &from_json(params)?).await?,
        "apply_customer_balance" => pis.apply_customer_balance(id(), &from_json(params)?).await?,
        "verify_microdeposits" => pis.verify_microdeposits(id(), &from_json(params)?).await?,
        "list" => return Ok(serde_json::to_value(pis.list(&from_json(params)?).await?).unwrap()),
        "search" => return Ok(serde_json::to_value(pis.search(&from_json(params)?).await?).unwrap()),
        other => panic!("unknown operation {other}"),
    };
    Ok(pi.to_json())
}

fn fault(spec: &Value) -> Fault {
    let kind = match spec["kind"].as_str().unwrap() {
        "status" => FaultKind::Status {
            status: spec["status"].as_u64().unwrap() as u16,
            should_retry: spec.get("should_retry").and_then(Value::as_bool),
            code: spec.get("code").and_then(Value::as_str).map(str::to_string),
        },
        "drop" => FaultKind::Drop,
        "delay" => FaultKind::Delay { ms: spec["ms"].as_u64().unwrap() },
        other => panic!("unknown fault kind {other}"),
    };
    Fault {
        kind,
        count: spec.get("count").and_then(Value::as_u64).unwrap_or(1) as u32,
        path_prefix: spec.get("path_prefix").and_then(Value::as_str).map(str::to_string),
    }
}

#[tokio::test]
async fn shared_scenarios() {
    let path = format!("{}/tests/data/scenarios.json", env!("CARGO_MANIFEST_DIR"));
    let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let mut ran = 0;
    for scenario in file["scenarios"].as_array().unwrap() {
        let name = scenario["name"].as_str().unwrap();
        let profile = Profile::parse(scenario["profile"].as_str().unwrap()).unwrap();
        let client = Client::builder()
            .api_key(file["api_key"].as_str().unwrap())
            .base_url(sb.base_url())
            .profile(profile)
            .build()
            .unwrap();
        let mut saved = HashMap::new();
        for (i, step) in scenario["steps"].as_array().unwrap().iter().enumerate() {
            let at = format!("{name}[{i}]");
            sb.clear_requests();
            sb.clear_faults();
            for f in step.get("faults").and_then(Value::as_array).into_iter().flatten() {
                sb.inject(fault(f));
            }
            let op = step["op"].as_str().unwrap();
            let id = step.get("id").and_then(Value::as_str).map(|s| substitute(s, &saved));
            let params = substitute_value(&step["params"], &saved);
            let outcome = run_op(&client, op, id.as_deref(), params).await;
            match (&outcome, step.get("error")) {
                (Ok(v), None) => {
                    if let Some(expected) = step.get("result") {
                        assert_subset(&substitute_value(expected, &saved), v, &at);
                    }
                    if let Some(name) = step.get("save_as").and_then(Value::as_str) {
                        saved.insert(name.to_string(), v["id"].as_str().unwrap().to_string());
                    }
                }
                (Err(e), Some(expected)) => assert_subset(expected, &error_json(e), &at),
                (Ok(v), Some(_)) => panic!("{at}: expected an error, got {v}"),
                (Err(e), None) => panic!("{at}: unexpected error {e}"),
            }
            let reqs = sb.requests();
            if let Some(n) = step.get("request_count").and_then(Value::as_u64) {
                assert_eq!(reqs.len() as u64, n, "{at}: request count");
            }
            if step.get("same_idempotency_key").and_then(Value::as_bool) == Some(true) {
                let keys: Vec<_> = reqs.iter().map(|r| r.headers.get("idempotency-key").cloned()).collect();
                assert!(keys[0].is_some() && keys.iter().all(|k| *k == keys[0]), "{at}: {keys:?}");
            }
            if let Some(expected) = step.get("request") {
                let last = reqs.last().unwrap_or_else(|| panic!("{at}: no request recorded"));
                let actual = serde_json::to_value(last).unwrap();
                assert_subset(&substitute_value(expected, &saved), &actual, &format!("{at}.request"));
            }
        }
        ran += 1;
    }
    assert!(ran >= 10, "ran {ran} scenarios");
}
