//! The models against the shared JSON fixtures (API reference samples and a
//! response from a newer API version).

use payintent::model::{Expandable, PaymentIntent};
use payintent::{CancellationReason, CaptureMethod, Status};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/data/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect(&path)).unwrap()
}

/// Every key of `input` comes back from the model with the same value.
fn assert_lossless(input: &Value) {
    let pi: PaymentIntent = serde_json::from_value(input.clone()).unwrap();
    let out = pi.to_json();
    for (k, v) in input.as_object().unwrap() {
        assert_eq!(out.get(k), Some(v), "field {k} changed in the round trip");
    }
}

#[test]
fn reference_samples_parse_and_round_trip() {
    for name in [
        "payment_intent_canceled.json",
        "payment_intent_captured.json",
        "payment_intent_succeeded.json",
    ] {
        assert_lossless(&fixture(name));
    }
    let pi: PaymentIntent = serde_json::from_value(fixture("payment_intent_canceled.json")).unwrap();
    assert_eq!(pi.status, Status::Canceled);
    assert_eq!(pi.amount, 2000);
    assert_eq!(pi.canceled_at, Some(1680801569));
    assert_eq!(pi.capture_method, Some(CaptureMethod::Automatic));
    assert_eq!(pi.payment_method_types, ["card", "link"]);
    assert!(pi.automatic_payment_methods.unwrap().enabled);
    // `source` is not in the 2023-08-16 schema: kept as an unknown field.
    assert!(pi.extra.contains_key("source"));
    let pi: PaymentIntent = serde_json::from_value(fixture("payment_intent_succeeded.json")).unwrap();
    assert_eq!(pi.latest_charge.as_ref().and_then(|c| c.id()), Some("ch_3MtweELkdIwHu7ix05lnLAFd"));
    assert!(!pi.latest_charge.unwrap().is_expanded());
}

#[test]
fn newer_api_versions_are_tolerated() {
    let input = fixture("payment_intent_future_api.json");
    assert_lossless(&input);
    let pi: PaymentIntent = serde_json::from_value(input).unwrap();
    assert_eq!(pi.status, Status::Unknown("awaiting_quantum_settlement".into()));
    assert_eq!(pi.cancellation_reason, Some(CancellationReason::Unknown("expired".into())));
    assert!(pi.capture_method.as_ref().unwrap().is_unknown());
    assert_eq!(pi.extra["customer_account"], "acct_future");
    assert!(pi.extra.contains_key("presentment_details"));
    assert_eq!(pi.amount_details.unwrap().tip.unwrap().amount, Some(100));
    let next = pi.next_action.unwrap();
    assert_eq!(next.action_type, "upi_handle_redirect_or_display_qr_code");
    assert!(next.extra.contains_key("upi_handle_redirect_or_display_qr_code"));
    match pi.latest_charge.unwrap() {
        Expandable::Object(ch) => {
            assert_eq!(ch.id.as_deref(), Some("ch_future"));
            assert_eq!(ch.fields["captured"], true);
        }
        Expandable::Id(_) => panic!("expected an expanded charge"),
    }
    assert_eq!(pi.customer.unwrap().id(), Some("cus_gone"));
}

#[test]
fn minimal_objects_from_newer_versions_parse() {
    // Newer versions only require id, object, created, livemode and status.
    let pi: PaymentIntent = serde_json::from_value(serde_json::json!({
        "id": "pi_min", "object": "payment_intent", "created": 1, "livemode": false, "status": "processing"
    }))
    .unwrap();
    assert_eq!(pi.status, Status::Processing);
    assert_eq!(pi.currency, None);
    assert!(pi.metadata.is_empty());
}

#[test]
fn lists_parse() {
    let list: payintent::List<PaymentIntent> =
        serde_json::from_value(fixture("payment_intent_list.json")).unwrap();
    assert_eq!(list.data.len(), 2);
    assert!(!list.has_more);
}

#[test]
fn leanrails_objects_carry_merchant_and_charges() {
    // The LeanRails cancel page's sample: a `charges` list without `url`,
    // holding an empty charge object.
    let pi: PaymentIntent = serde_json::from_value(serde_json::json!({
        "id": "pi_xxx", "object": "payment_intent", "amount": 2000, "currency": "usd",
        "status": "canceled", "created": 1234567890, "livemode": false,
        "merchant_id": "mer_xxx", "client_secret": "pi_xxx_secret_xxx",
        "last_payment_error": {"type": "payment_error", "code": "x", "message": "y"},
        "charges": {"object": "list", "data": [{}, {
            "id": "ch_1", "object": "charge", "amount": 2000, "amount_captured": 2000,
            "amount_refunded": 0, "captured": true, "refunded": false, "currency": "usd",
            "status": "succeeded", "paid": true, "payment_intent": "pi_xxx", "payment_method": "pm_1",
            "balance_transaction": "txn_1", "failure_code": null, "failure_message": null,
            "created": 1234567890, "metadata": {"k": "v"}, "outcome": {"type": "authorized"}
        }], "has_more": true},
        "canceled_at": 1234567890, "cancellation_reason": "customer_went_home"
    }))
    .unwrap();
    assert_eq!(pi.merchant_id.as_deref(), Some("mer_xxx"));
    assert_eq!(pi.cancellation_reason, Some(CancellationReason::Unknown("customer_went_home".into())));
    let charges = pi.charges.as_ref().unwrap();
    assert!(charges.has_more);
    assert_eq!(charges.url, "");
    assert_eq!(charges.data.len(), 2);
    assert_eq!(charges.data[0], payintent::Charge::default());
    let ch = &charges.data[1];
    assert_eq!(ch.id.as_deref(), Some("ch_1"));
    assert_eq!((ch.amount, ch.amount_captured, ch.amount_refunded), (Some(2000), Some(2000), Some(0)));
    assert_eq!((ch.captured, ch.refunded, ch.paid), (Some(true), Some(false), Some(true)));
    assert_eq!(ch.balance_transaction.as_ref().and_then(|b| b.id()), Some("txn_1"));
    assert_eq!(ch.metadata["k"], "v");
    assert_eq!(ch.extra["outcome"]["type"], "authorized");
    let out = pi.to_json();
    assert_eq!(out["merchant_id"], "mer_xxx");
    assert_eq!(out["charges"]["data"][1]["outcome"]["type"], "authorized");
    // A Stripe object gains no LeanRails keys when written back.
    let stripe: PaymentIntent = serde_json::from_value(fixture("payment_intent_succeeded.json")).unwrap();
    let out = stripe.to_json();
    assert!(out.get("merchant_id").is_none() && out.get("charges").is_none());
}

#[test]
fn explicit_nulls_read_like_absent_fields() {
    let pi: PaymentIntent = serde_json::from_value(serde_json::json!({
        "id": "pi_nulls", "object": null, "amount": null, "created": null, "livemode": null, "status": null,
        "metadata": null, "payment_method_types": null, "currency": null, "charges": null, "merchant_id": null,
        "amount_details": {"tip": null}, "automatic_payment_methods": {"enabled": null, "allow_redirects": null},
        "next_action": {"type": null, "redirect_to_url": null},
        "last_payment_error": {"type": null, "code": null, "payment_method": null},
        "processing": {"type": null}, "shipping": {"address": null, "name": null},
        "transfer_data": {"amount": null, "destination": "acct_1"}
    }))
    .unwrap();
    assert_eq!((pi.object.as_str(), pi.amount, pi.created, pi.livemode), ("payment_intent", 0, 0, false));
    assert_eq!(pi.status, Status::Unknown(String::new()));
    assert!(pi.metadata.is_empty() && pi.payment_method_types.is_empty());
    assert_eq!(pi.amount_details.unwrap().tip, None);
    assert!(!pi.automatic_payment_methods.unwrap().enabled);
    assert_eq!(pi.next_action.unwrap().action_type, "");
    assert_eq!(pi.last_payment_error.unwrap().error_type, "");
    assert_eq!(pi.processing.unwrap().processing_type, "");
    assert_eq!(pi.shipping.unwrap().address, None);
    assert_eq!(pi.transfer_data.unwrap().destination.id(), Some("acct_1"));
    assert!(pi.extra.is_empty(), "nulls are not unknown fields: {:?}", pi.extra);
    let list: payintent::List<PaymentIntent> =
        serde_json::from_value(serde_json::json!({"object": "list", "data": null, "has_more": null, "url": null})).unwrap();
    assert!(list.data.is_empty() && !list.has_more && list.url.is_empty());
}

#[test]
fn objects_the_model_cannot_type_are_kept_raw() {
    let input = serde_json::json!({
        "id": "pi_odd", "status": "requires_action", "amount": "2000", "livemode": "no",
        "transfer_data": {"amount": 5},
        "shipping": {"name": "Jenny", "address": "1 Main St"},
        "next_action": {"type": 7, "redirect_to_url": {"url": "https://x"}},
        "customer": 42, "metadata": {"n": 1}, "payment_method_types": "card",
        "amount_details": {"tip": {"amount": 1.5}},
        "charges": {"object": "list", "data": [{"id": "ch_1"}, 5], "has_more": false}
    });
    let pi: PaymentIntent = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(pi.id, "pi_odd");
    assert_eq!(pi.status, Status::RequiresAction);
    assert_eq!((pi.amount, pi.livemode), (0, false));
    assert_eq!(pi.extra["amount"], "2000");
    assert!(pi.transfer_data.is_none());
    assert_eq!(pi.extra["transfer_data"], serde_json::json!({"amount": 5}));
    let shipping = pi.shipping.as_ref().unwrap();
    assert_eq!((shipping.name.as_deref(), shipping.address.as_ref()), (Some("Jenny"), None));
    assert_eq!(shipping.extra["address"], "1 Main St");
    let next = pi.next_action.as_ref().unwrap();
    assert_eq!(next.action_type, "");
    assert_eq!(next.extra["type"], 7);
    assert_eq!(next.redirect_to_url.as_ref().unwrap().url.as_deref(), Some("https://x"));
    assert!(pi.customer.is_none() && pi.metadata.is_empty() && pi.payment_method_types.is_empty());
    assert_eq!(pi.amount_details.as_ref().unwrap().tip.as_ref().unwrap().extra["amount"], 1.5);
    let charges = pi.charges.as_ref().unwrap();
    assert_eq!(charges.data.len(), 1);
    assert_eq!(charges.unreadable, [serde_json::json!(5)]);
    // Written back, everything the server sent is there again.
    let out = pi.to_json();
    for (k, v) in input.as_object().unwrap() {
        assert_eq!(out.get(k), Some(v), "field {k} changed in the round trip");
    }
}

#[test]
fn an_object_without_a_string_id_is_a_clear_error() {
    for bad in [serde_json::json!({"status": "succeeded"}), serde_json::json!({"id": 5}), serde_json::json!({"id": null})] {
        let e = serde_json::from_value::<PaymentIntent>(bad).unwrap_err().to_string();
        assert!(e.contains("`id`"), "{e}");
    }
    assert!(serde_json::from_value::<PaymentIntent>(serde_json::json!("pi_1")).is_err());
    assert!(serde_json::from_value::<PaymentIntent>(serde_json::json!({"id": "pi_only"})).is_ok());
}

#[test]
fn debug_hides_the_client_secret_but_json_keeps_it() {
    let pi: PaymentIntent = serde_json::from_value(fixture("payment_intent_succeeded.json")).unwrap();
    let secret = pi.client_secret.clone().unwrap();
    let (id_part, secret_part) = secret.split_once("_secret_").unwrap();
    let dbg = format!("{pi:?}");
    assert!(!dbg.contains(secret_part), "{dbg}");
    assert!(dbg.contains(&format!("{id_part}_secret_…")), "{dbg}");
    assert_eq!(pi.to_json()["client_secret"], secret.as_str());
    assert_eq!(serde_json::to_value(&pi).unwrap()["client_secret"], secret.as_str());
}
