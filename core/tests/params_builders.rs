//! The builder-style setters of the parameter structs: each sets what the
//! struct literal would, maps gain entries one at a time, lists take any
//! iterator, and `extra_param` reaches `extra`.

use std::collections::BTreeMap;

use payintent::params::*;
use payintent::{CaptureMethod, SetupFutureUsage};
use serde_json::json;

#[test]
fn setters_equal_struct_literals() {
    let built = CreateParams::new(2000, "usd")
        .capture_method(CaptureMethod::Manual)
        .metadata_entry("order", "42")
        .metadata_entry("shop", "north")
        .payment_method_types(["card", "sepa_debit"])
        .description("Two shirts")
        .setup_future_usage("off_session")
        .automatic_payment_methods(AutomaticPaymentMethodsParam::default().enabled(true).allow_redirects("never"))
        .expand(["customer"])
        .extra_param("newer_field", "x");
    let mut extra = serde_json::Map::new();
    extra.insert("newer_field".into(), json!("x"));
    let literal = CreateParams {
        capture_method: Some(CaptureMethod::Manual),
        metadata: Some(BTreeMap::from([("order".into(), "42".into()), ("shop".into(), "north".into())])),
        payment_method_types: Some(vec!["card".into(), "sepa_debit".into()]),
        description: Some("Two shirts".into()),
        setup_future_usage: Some(SetupFutureUsage::OffSession),
        automatic_payment_methods: Some(AutomaticPaymentMethodsParam {
            enabled: true,
            allow_redirects: Some("never".into()),
        }),
        expand: vec!["customer".into()],
        extra,
        ..CreateParams::new(2000, "usd")
    };
    assert_eq!(built, literal);
}

#[test]
fn required_fields_have_setters_and_later_calls_win() {
    let p = CreateParams::new(1, "eur").amount(5000).currency("usd").description("a").description("b");
    assert_eq!((p.amount, p.currency.as_str(), p.description.as_deref()), (5000, "usd", Some("b")));
    let s = SearchParams::new("status:'succeeded'").query("amount>100").limit(10).page("tok");
    assert_eq!(s.query, "amount>100");
    assert_eq!((s.limit, s.page.as_deref()), (Some(10), Some("tok")));
}

#[test]
fn built_params_are_checked_like_any_other() {
    let bad = CreateParams::new(2000, "usd").metadata_entry("k".repeat(41), "v");
    assert!(bad.validate().is_err());
    let good = UpdateParams::default().metadata_entry("k", "v").transfer_data(TransferDataParam::default().amount(10));
    assert!(good.validate().is_ok());
    assert_eq!(good.to_wire().unwrap()["metadata"], json!({"k": "v"}));
}
