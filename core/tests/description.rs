//! Proof of sameness for Rust: the core's enums, operations and parameter
//! structs say what api/payment_intents.json (the one API description) says.

mod hostile_server;

use hostile_server::{HostileServer, Reply, Request};
use serde_json::{json, Value};

use payintent::{
    CancellationReason, CaptureMethod, Client, ConfirmationMethod, Operation, SetupFutureUsage, Status,
};

fn description() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../api/payment_intents.json");
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
