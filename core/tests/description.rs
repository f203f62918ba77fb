//! Proof of sameness for Rust: the core's enums, operations and parameter
//! structs say what api/payment_intents.json (the one API description) says.

// The client's error carries every field of the API error by value.
#![allow(clippy::result_large_err)]

mod hostile_server;

use hostile_server::{HostileServer, Reply, Request};
use serde_json::{json, Value};

use payintent::params::*;
use payintent::{
    CancellationReason, CaptureMethod, Client, ConfirmationMethod, Operation, Profile, SetupFutureUsage, Status,
};
use serde::de::DeserializeOwned;
use serde_json::Map;

fn description() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/payment_intents.json");
    let text = std::fs::read_to_string(path).expect("read api/payment_intents.json");
    serde_json::from_str(&text).expect("api/payment_intents.json is JSON")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|s| s.as_str().expect("a string").to_string())
        .collect()
}

fn owned(values: &[&str]) -> Vec<String> {
    values.iter().map(|s| s.to_string()).collect()
}

fn operation<'a>(desc: &'a Value, name: &str) -> &'a Value {
    desc["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("no operation {name} in the description"))
}

fn param<'a>(op: &'a Value, name: &str) -> &'a Value {
    op["params"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no parameter {name} in {}", op["name"]))
}

/// Every known value reads back as itself, not as `Unknown`.
fn round_trips<T>(values: &[&str])
where
    T: for<'a> From<&'a str> + std::fmt::Display + PartialEq + std::fmt::Debug,
{
    for v in values {
        let parsed = T::from(*v);
        assert_eq!(parsed.to_string(), *v);
        assert_ne!(format!("{parsed:?}"), format!("Unknown({v:?})"), "{v} is not a known variant");
    }
}

#[test]
fn enums_match_the_description() {
    let desc = description();
    let e = &desc["enums"];
    assert_eq!(owned(Status::KNOWN), strings(&e["payment_intent.status"]));
    assert_eq!(owned(CaptureMethod::KNOWN), strings(&e["payment_intent.capture_method"]));
    assert_eq!(owned(ConfirmationMethod::KNOWN), strings(&e["payment_intent.confirmation_method"]));
    assert_eq!(owned(CancellationReason::KNOWN), strings(&e["payment_intent.cancellation_reason"]));
    // What the cancel operation accepts is a subset of what the object reports.
    let cancel = operation(&desc, "cancel");
    let requestable = strings(&param(cancel, "cancellation_reason")["type"]["values"]);
    assert_eq!(owned(CancellationReason::REQUESTABLE), requestable);
    assert!(requestable.len() < CancellationReason::KNOWN.len());
    // setup_future_usage: the object's values, plus "" that update and confirm send to clear it.
    let settable = strings(&e["payment_intent.setup_future_usage"]);
    assert_eq!(owned(SetupFutureUsage::SETTABLE), settable);
    let update = strings(&param(operation(&desc, "update"), "setup_future_usage")["type"]["values"]);
    let mut known = settable.clone();
    known.extend(update.iter().filter(|v| !settable.contains(v)).cloned());
    assert_eq!(owned(SetupFutureUsage::KNOWN), known);
    assert_eq!(SetupFutureUsage::from(""), SetupFutureUsage::Unset);

    round_trips::<Status>(Status::KNOWN);
    round_trips::<CaptureMethod>(CaptureMethod::KNOWN);
    round_trips::<ConfirmationMethod>(ConfirmationMethod::KNOWN);
    round_trips::<CancellationReason>(CancellationReason::KNOWN);
    round_trips::<SetupFutureUsage>(SetupFutureUsage::KNOWN);
}

#[test]
fn operations_match_the_description() {
    let desc = description();
    let ops = desc["operations"].as_array().unwrap();
    let names: Vec<&str> = ops.iter().map(|o| o["name"].as_str().unwrap()).collect();
    let ours: Vec<&str> = Operation::ALL.iter().map(|o| o.as_str()).collect();
    assert_eq!(ours, names, "Operation::ALL and the description list the same operations in the same order");
    for (op, d) in Operation::ALL.into_iter().zip(ops) {
        assert_eq!(Operation::parse(op.as_str()).unwrap(), op);
        assert_eq!(op.http_method(), d["method"], "{op:?}");
        assert_eq!(op.path_template(), d["path"], "{op:?}");
        assert_eq!(op.id_param(), d["id_param"].as_str(), "{op:?}");
        assert_eq!(op.returns(), d["returns"]["kind"], "{op:?}");
    }
}

/// The smallest parameters the operation takes: its required ones, each
/// with a value every required parameter of this API accepts.
fn minimal_params(op: &Value) -> Value {
    let mut out = serde_json::Map::new();
    for p in op["params"].as_array().unwrap() {
        if p["required"] == true {
            let v = match p["type"]["kind"].as_str().unwrap() {
                "integer" => json!(100),
                "string" => json!("usd"),
                other => panic!("no sample for a required {other} parameter ({})", p["name"]),
            };
            out.insert(p["name"].as_str().unwrap().to_string(), v);
        }
    }
    Value::Object(out)
}

/// The paths and methods the client really uses, seen by a server that
/// records each request and answers with a PaymentIntent or a page.
#[tokio::test]
async fn each_operation_sends_its_method_and_path() {
    let desc = description();
    let server = HostileServer::start(|_, req: &Request| {
        let path = req.path.split('?').next().unwrap_or_default();
        let body = match (req.method.as_str(), path) {
            ("GET", "/v1/payment_intents") => json!({"object": "list", "data": [], "has_more": false}),
            ("GET", "/v1/payment_intents/search") => {
                json!({"object": "search_result", "data": [], "has_more": false, "next_page": null})
            }
            _ => json!({"id": "pi_Desc1", "object": "payment_intent", "amount": 100, "currency": "usd"}),
        };
        Reply::with("200 OK", &[("content-type", "application/json")], &body.to_string())
    })
    .await;
    let client = Client::builder().api_key("sk_test_description").base_url(&server.url).build().unwrap();
    let pis = client.payment_intents();
    let ops = desc["operations"].as_array().unwrap();
    for (i, (op, d)) in Operation::ALL.into_iter().zip(ops).enumerate() {
        let id = d["id_param"].as_str().map(|_| "pi_Desc1");
        pis.call(op, id, minimal_params(d)).await.unwrap_or_else(|e| panic!("{op:?}: {e}"));
        let requests = server.requests();
        assert_eq!(requests.len(), i + 1, "{op:?} sent one request");
        let req = &requests[i];
        let path = d["path"].as_str().unwrap().replace("{intent}", "pi_Desc1");
        assert_eq!(req.method, d["method"].as_str().unwrap(), "{op:?}");
        assert_eq!(req.path.split('?').next().unwrap(), path, "{op:?}");
    }
}

/// A value of the description's type `t` that deserialises (not one the API
/// would accept): every field of an object, one item of an array.
fn sample(t: &Value) -> Value {
    match t["kind"].as_str().unwrap() {
        "string" => json!("x"),
        "integer" | "timestamp" => json!(1),
        "number" => json!(1.5),
        "boolean" => json!(true),
        "enum" => t["values"][0].clone(),
        "array" => json!([sample(&t["items"])]),
        "map" => json!({"k": sample(&t["values"])}),
        "object" => {
            let fields = t["fields"].as_array().unwrap();
            Value::Object(fields.iter().map(|f| (f["name"].as_str().unwrap().to_string(), sample(&f["type"]))).collect())
        }
        "one_of" => sample(&t["options"][0]),
        "json" => json!({}),
        other => panic!("no sample for the type kind {other}"),
    }
}

/// The JSON keys a parameter struct writes when every field is set, and the
/// keys of `params` that no typed field took (left in `extra`).
fn shape<P: Params + DeserializeOwned>(params: Value) -> (Vec<String>, Vec<String>) {
    let p: P = from_json(params).expect("the sample deserialises");
    let written = match serde_json::to_value(&p).unwrap() {
        Value::Object(m) => m.keys().cloned().collect(),
        other => panic!("parameters serialised to {other}"),
    };
    (written, p.extra().keys().cloned().collect())
}

fn wire_as<P: Params + DeserializeOwned>(params: Value, profile: Profile) -> payintent::Result<Map<String, Value>> {
    from_json::<P>(params)?.to_wire_for(profile)
}

/// The typed struct of each operation, by the description's name.
macro_rules! by_operation {
    ($op:expr, $f:ident ( $($arg:expr),* )) => {
        match $op {
            "create" => $f::<CreateParams>($($arg),*),
            "retrieve" => $f::<RetrieveParams>($($arg),*),
            "update" => $f::<UpdateParams>($($arg),*),
            "list" => $f::<ListParams>($($arg),*),
            "search" => $f::<SearchParams>($($arg),*),
            "confirm" => $f::<ConfirmParams>($($arg),*),
            "capture" => $f::<CaptureParams>($($arg),*),
            "cancel" => $f::<CancelParams>($($arg),*),
            "increment_authorization" => $f::<IncrementAuthorizationParams>($($arg),*),
            "apply_customer_balance" => $f::<ApplyCustomerBalanceParams>($($arg),*),
            "verify_microdeposits" => $f::<VerifyMicrodepositsParams>($($arg),*),
            other => panic!("no parameter struct for the operation {other}"),
        }
    };
}

fn params_of(op: &Value) -> &Vec<Value> {
    op["params"].as_array().unwrap()
}

#[test]
fn parameter_structs_match_the_description() {
    let desc = description();
    for op in desc["operations"].as_array().unwrap() {
        let name = op["name"].as_str().unwrap();
        let all: Map<String, Value> =
            params_of(op).iter().map(|p| (p["name"].as_str().unwrap().to_string(), sample(&p["type"]))).collect();
        let (mut written, extra) = by_operation!(name, shape(Value::Object(all.clone())));
        assert_eq!(extra, Vec::<String>::new(), "{name}: parameters without a typed field");
        written.sort();
        let mut wanted: Vec<String> = all.keys().cloned().collect();
        wanted.sort();
        assert_eq!(written, wanted, "{name}: typed fields and the description differ");
        // Required parameters are required by the type too.
        for p in params_of(op).iter().filter(|p| p["required"] == true) {
            let mut missing = all.clone();
            missing.remove(p["name"].as_str().unwrap());
            let e = by_operation!(name, wire_as(Value::Object(missing), Profile::Stripe)).unwrap_err();
            assert_eq!(e.param.as_deref(), p["name"].as_str(), "{name}: {e}");
        }
    }
}

fn assert_refused(desc_op: &Value, param: &str, value: Value, profile: Profile) {
    let name = desc_op["name"].as_str().unwrap();
    let mut params = minimal_params(desc_op);
    params[param] = value.clone();
    match by_operation!(name, wire_as(params, profile)) {
        Ok(_) => panic!("{name}: {param}={value} was accepted ({profile:?})"),
        Err(e) => assert_eq!(e.param.as_deref(), Some(param), "{name}: {param}={value}: {e}"),
    }
}

fn assert_accepted(desc_op: &Value, param: &str, value: Value) {
    let name = desc_op["name"].as_str().unwrap();
    let mut params = minimal_params(desc_op);
    params[param] = value.clone();
    if let Err(e) = by_operation!(name, wire_as(params, Profile::Stripe)) {
        panic!("{name}: {param}={value} was refused: {e}");
    }
}

/// The checks the description declares (enums, maximum lengths, id
/// prefixes, amounts, ranges, currencies, exclusive pairs) are made before
/// sending, for every top-level parameter they name.
#[test]
fn the_client_rules_are_enforced() {
    let desc = description();
    let rules = &desc["client_rules"];
    let listed = |table: &str, key: &str| {
        rules[table].as_array().is_some_and(|a| a.iter().any(|v| v == key))
    };
    let max_amount = rules["max_amount"].as_i64().unwrap();
    let mut checked = 0;
    for op in desc["operations"].as_array().unwrap() {
        let names: Vec<&str> = params_of(op).iter().map(|p| p["name"].as_str().unwrap()).collect();
        for p in params_of(op) {
            let name = p["name"].as_str().unwrap();
            let t = &p["type"];
            if t["kind"] == "enum" {
                assert_refused(op, name, json!("not_a_value"), Profile::Stripe);
                for v in t["values"].as_array().unwrap() {
                    assert_accepted(op, name, v.clone());
                }
                checked += 1;
            }
            if let Some(max) = t["max_length"].as_u64() {
                assert_refused(op, name, json!("x".repeat(max as usize + 1)), Profile::Stripe);
                assert_accepted(op, name, json!("x".repeat(max as usize)));
                checked += 1;
            }
            match &rules["id_prefixes"][name] {
                Value::String(prefix) => {
                    assert_refused(op, name, json!("zz_1"), Profile::Stripe);
                    assert_refused(op, name, json!(format!("{prefix}1/x")), Profile::Stripe);
                    assert_accepted(op, name, json!(format!("{prefix}1Ab_c")));
                    checked += 1;
                }
                Value::Array(prefixes) => {
                    assert_refused(op, name, json!("zz_1"), Profile::Stripe);
                    for prefix in prefixes {
                        assert_accepted(op, name, json!(format!("{}1", prefix.as_str().unwrap())));
                    }
                    checked += 1;
                }
                _ => {}
            }
            if listed("amount_params", name) {
                assert_refused(op, name, json!(max_amount + 1), Profile::Stripe);
                assert_refused(op, name, json!(-1), Profile::Stripe);
                assert_accepted(op, name, json!(max_amount));
                if listed("zero_amount_params", name) {
                    assert_accepted(op, name, json!(0));
                } else {
                    assert_refused(op, name, json!(0), Profile::Stripe);
                }
                checked += 1;
            }
            if let Some(bounds) = rules["ranges"][name].as_array() {
                let (lo, hi) = (bounds[0].as_i64().unwrap(), bounds[1].as_i64().unwrap());
                assert_refused(op, name, json!(lo - 1), Profile::Stripe);
                assert_refused(op, name, json!(hi + 1), Profile::Stripe);
                assert_accepted(op, name, json!(lo));
                assert_accepted(op, name, json!(hi));
                checked += 1;
            }
            if listed("currency_params", name) {
                assert_refused(op, name, json!("dollars"), Profile::Stripe);
                assert_accepted(op, name, json!("eur"));
                checked += 1;
            }
            if listed("opaque_params", name) {
                assert_refused(op, name, json!("a\nb"), Profile::Stripe);
                assert_accepted(op, name, json!("opaque_+/=.-"));
                checked += 1;
            }
        }
        for pair in rules["exclusive"].as_array().unwrap() {
            let (a, b) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
            if names.contains(&a) && names.contains(&b) {
                let op_name = op["name"].as_str().unwrap();
                let mut params = minimal_params(op);
                for k in [a, b] {
                    let t = &params_of(op).iter().find(|p| p["name"] == k).unwrap()["type"];
                    params[k] = if t["kind"] == "array" { json!([32, 45]) } else { json!("pi_1") };
                }
                let e = by_operation!(op_name, wire_as(params, Profile::Stripe)).unwrap_err();
                assert_eq!(e.param.as_deref(), Some(a), "{op_name}: {a} with {b}");
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "only {checked} rules were exercised");
}

/// Profiles: the enums LeanRails takes as free text, and the values it refuses.
#[test]
fn the_profile_rules_are_enforced() {
    let desc = description();
    let lean = &desc["profiles"]["leanrails"];
    for op in desc["operations"].as_array().unwrap() {
        let op_name = op["name"].as_str().unwrap();
        for p in params_of(op).iter().filter(|p| p["type"]["kind"] == "enum") {
            let name = p["name"].as_str().unwrap();
            let object_key = format!("payment_intent.{name}");
            let free = lean["free_string_enums"].as_array().unwrap().iter().any(|k| *k == object_key);
            let mut params = minimal_params(op);
            params[name] = json!("a reason of our own");
            let r = by_operation!(op_name, wire_as(params.clone(), Profile::LeanRails));
            assert_eq!(r.is_ok(), free, "{op_name}: free text for {name} on LeanRails");
            if let Some(refused) = lean["refuses"][name].as_array() {
                for v in refused {
                    assert_refused(op, name, v.clone(), Profile::LeanRails);
                    params[name] = v.clone();
                    assert!(by_operation!(op_name, wire_as(params.clone(), Profile::Stripe)).is_ok());
                }
            }
        }
    }
}
