//! Proof of sameness for Rust: the core's enums, operations and parameter
//! structs say what api/payment_intents.json (the one API description) says.

use serde_json::Value;

use payintent::{CancellationReason, CaptureMethod, ConfirmationMethod, SetupFutureUsage, Status};

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
