//! Proof of sameness for the model: a PaymentIntent carrying every field the
//! description declares (the spec's and the profiles' `object_fields`), each
//! with a value of its declared type and nested objects filled the same way,
//! reads into typed fields only (nothing left in `extra`) and writes back
//! exactly as received.

use payintent::PaymentIntent;
use serde_json::{json, Map, Value};

fn description() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/payment_intents.json");
    let text = std::fs::read_to_string(path).expect("read api/payment_intents.json");
    serde_json::from_str(&text).expect("api/payment_intents.json is JSON")
}

fn type_fields<'a>(desc: &'a Value, name: &str) -> &'a Vec<Value> {
    let t = desc["types"].as_array().unwrap().iter().find(|t| t["name"] == name);
    t.unwrap_or_else(|| panic!("no type {name}"))["fields"].as_array().unwrap()
}

/// A value of the description's type `node`; objects nest up to `depth` levels.
fn sample(desc: &Value, node: &Value, depth: u32) -> Value {
    match node["kind"].as_str().unwrap() {
        "string" => json!("text"),
        "integer" | "timestamp" => json!(7),
        "number" => json!(1.5),
        "boolean" => json!(true),
        "enum" => node["values"][0].clone(),
        "json" => json!({"any": "thing"}),
        "expandable" => json!("obj_123"),
        "array" => json!([sample(desc, &node["items"], depth)]),
        "map" => json!({"key": sample(desc, &node["values"], depth)}),
        "list" => json!({"object": "list", "data": [sample(desc, &node["items"], depth)], "has_more": false}),
        "one_of" => sample(desc, &node["options"][0], depth),
        "object" => object(desc, node["fields"].as_array().unwrap(), depth),
        "ref" if depth == 0 => json!({}),
        "ref" => object(desc, type_fields(desc, node["name"].as_str().unwrap()), depth - 1),
        other => panic!("no sample for the kind {other}"),
    }
}

fn object(desc: &Value, fields: &[Value], depth: u32) -> Value {
    let mut map = Map::new();
    for f in fields {
        map.insert(f["name"].as_str().unwrap().to_string(), sample(desc, &f["type"], depth));
    }
    Value::Object(map)
}

#[test]
fn every_declared_field_is_typed_and_round_trips() {
    let desc = description();
    let object_type = desc["object"].as_str().unwrap();
    let mut fields = type_fields(&desc, object_type).clone();
    for profile in desc["profiles"].as_object().unwrap().values() {
        if let Some(extra) = profile["object_fields"].as_array() {
            fields.extend(extra.iter().cloned());
        }
    }
    let mut sent = object(&desc, &fields, 3);
    sent["id"] = json!("pi_all_fields");
    sent["object"] = json!(object_type);
    let pi: PaymentIntent = serde_json::from_value(sent.clone()).expect("decodes");
    let untyped: Vec<&String> = pi.extra.keys().collect();
    assert!(untyped.is_empty(), "declared fields the PaymentIntent does not type: {untyped:?}");
    assert_eq!(pi.to_json(), sent, "written back as received");
    assert!(pi.charges.as_ref().is_some_and(|c| c.data.len() == 1), "the profile's list of charges is typed");
    assert!(pi.next_action.as_ref().is_some_and(|n| n.redirect_to_url.is_some()), "nested objects are typed");
}
