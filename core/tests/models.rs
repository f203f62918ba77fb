//! The models against the shared JSON fixtures (API reference samples and a
//! response from a newer API version).

use payintent::model::{Expandable, PaymentIntent};
use payintent::{CancellationReason, CaptureMethod, Status};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
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
