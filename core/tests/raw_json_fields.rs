//! The fields the model keeps as JSON text (`RawJson`: `payment_method_options`,
//! `next_action.use_stripe_sdk`, `processing.card`) through decoding: any JSON
//! value is kept as sent and written back verbatim, `null` reads as absent,
//! and no value there ever makes the object that holds it unreadable.

use payintent::model::{List, PaymentIntent};
use payintent::RawJson;
use serde_json::{json, Value};

fn intent(options: &str) -> String {
    format!(
        r#"{{"id":"pi_1","object":"payment_intent","amount":100,"payment_method_options":{options},"next_action":{{"type":"use_stripe_sdk","use_stripe_sdk":{options}}},"processing":{{"type":"card","card":{options}}},"status":"processing"}}"#
    )
}

#[test]
fn any_json_value_is_kept_as_sent() {
    for text in [
        r#"{"card":{"request_three_d_secure":"automatic","installments":null},"link":{}}"#,
        r#"{ "card" : { "n" : [ 1 , 2.50 , -0 ] } }"#,
        r#"[1,"two",{"3":false}]"#,
        r#""a string""#,
        "12.500",
        "true",
        "{}",
    ] {
        let sent = intent(text);
        let pi: PaymentIntent = serde_json::from_str(&sent).unwrap();
        let options = pi.payment_method_options.as_ref().expect(text);
        assert_eq!(options.as_str(), text);
        assert_eq!(pi.next_action.as_ref().unwrap().use_stripe_sdk.as_ref().unwrap().as_str(), text);
        assert_eq!(pi.processing.as_ref().unwrap().card.as_ref().unwrap().as_str(), text);
        assert!(pi.extra.is_empty(), "{text}: {:?}", pi.extra);
        // Written back verbatim, spacing and number spelling included.
        let written = serde_json::to_string(&pi).unwrap();
        assert!(written.contains(&format!(r#""payment_method_options":{text}"#)), "{written}");
        assert!(written.contains(&format!(r#""card":{text}"#)), "{written}");
        // As a `Value`: the value sent.
        let value: Value = serde_json::from_str(&sent).unwrap();
        let back = pi.to_json();
        for key in ["payment_method_options", "next_action", "processing"] {
            assert_eq!(back[key], value[key], "{text}: {key}");
        }
        assert_eq!(options.to_value().unwrap(), value["payment_method_options"]);
        // Read back from its `Value` form (as events are), the same object.
        assert_eq!(serde_json::from_value::<PaymentIntent>(value).unwrap(), pi);
    }
}

#[test]
fn null_and_absent_read_as_none() {
    let pi: PaymentIntent = serde_json::from_str(&intent("null")).unwrap();
    assert!(pi.payment_method_options.is_none());
    assert!(pi.next_action.as_ref().unwrap().use_stripe_sdk.is_none());
    assert!(pi.processing.as_ref().unwrap().card.is_none());
    // `payment_method_options` is nullable (written as null), the other two
    // optional (left out), as before.
    let back = pi.to_json();
    assert_eq!(back["payment_method_options"], Value::Null);
    assert!(back["next_action"].as_object().unwrap().get("use_stripe_sdk").is_none());
    let pi: PaymentIntent = serde_json::from_str(r#"{"id":"pi_1"}"#).unwrap();
    assert!(pi.payment_method_options.is_none());
}

#[test]
fn equality_is_by_value_not_spacing() {
    let a: PaymentIntent = serde_json::from_str(&intent(r#"{"a":1,"b":[true]}"#)).unwrap();
    let b: PaymentIntent = serde_json::from_str(&intent(r#"{ "b": [ true ], "a": 1 }"#)).unwrap();
    let c: PaymentIntent = serde_json::from_str(&intent(r#"{"a":2,"b":[true]}"#)).unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert_eq!(*a.payment_method_options.as_ref().unwrap(), json!({"a": 1, "b": [true]}));
}

#[test]
fn text_a_value_cannot_hold_never_makes_an_object_unreadable() {
    // A number out of f64 range and nesting deeper than serde_json parses
    // into a `Value`: kept as text, the object and its list page read.
    let deep = "[".repeat(200) + &"]".repeat(200);
    for text in ["1e400", r#"{"x":-1e999}"#, deep.as_str()] {
        let pi: PaymentIntent = serde_json::from_str(&intent(text)).unwrap();
        assert_eq!(pi.payment_method_options.as_ref().unwrap().as_str(), text);
        assert!(pi.payment_method_options.as_ref().unwrap().to_value().is_err());
        assert!(serde_json::to_string(&pi).unwrap().contains(text));
        let page = format!(r#"{{"object":"list","data":[{},{{"no":"id"}}],"has_more":false}}"#, intent(text));
        let list: List<PaymentIntent> = serde_json::from_str(&page).unwrap();
        assert_eq!((list.data.len(), list.unreadable.len()), (1, 1));
    }
}

#[test]
fn an_unreadable_item_keeps_its_raw_fields() {
    // An item without its required `id` is rebuilt as sent, raw fields included.
    let page = r#"{"object":"list","data":[{"payment_method_options":{"card":{"x":[1,2]}},"amount":5}],"has_more":false}"#;
    let list: List<PaymentIntent> = serde_json::from_str(page).unwrap();
    assert!(list.data.is_empty());
    assert_eq!(list.unreadable, vec![json!({"payment_method_options": {"card": {"x": [1, 2]}}, "amount": 5})]);
}

#[test]
fn raw_json_builds_from_values_and_text() {
    let raw = RawJson::from(json!({"card": {"request_three_d_secure": "any"}}));
    assert_eq!(raw.as_str(), r#"{"card":{"request_three_d_secure":"any"}}"#);
    let pi = PaymentIntent { payment_method_options: Some(raw), ..serde_json::from_str(r#"{"id":"pi_2"}"#).unwrap() };
    assert_eq!(pi.to_json()["payment_method_options"]["card"]["request_three_d_secure"], "any");
}
