//! Parameters of the PaymentIntent operations. The structs, their fields and
//! their checks are generated from api/payment_intents.json
//! (generated/params.rs); the `Params` trait and `from_json` are hand-written
//! (params_base.rs).

pub use crate::generated::params::*;
pub use crate::params_base::{from_json, Params};

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::Value;

    use super::*;
    use crate::config::Profile;
    use crate::enums::{CancellationReason, CaptureMethod, SetupFutureUsage};
    use crate::error::ErrorKind;
    use crate::model::Shipping;
    use crate::validate;

    #[test]
    fn create_validation() {
        assert!(CreateParams::new(2000, "usd").to_wire().is_ok());
        let e = CreateParams::new(0, "usd").to_wire().unwrap_err();
        assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("amount")));
        let e = CreateParams::new(10, "dollars").to_wire().unwrap_err();
        assert_eq!(e.param.as_deref(), Some("currency"));
        let mut p = CreateParams::new(10, "usd");
        p.off_session = Some(Value::String("sometimes".into()));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("off_session"));
        let mut p = CreateParams::new(10, "usd");
        p.capture_method = Some(CaptureMethod::Unknown("later".into()));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("capture_method"));
    }

    fn refused_param<P: Params>(p: &P) -> String {
        let e = p.to_wire().unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidArgument, "{e}");
        e.param.unwrap_or_default()
    }

    #[test]
    fn ids_outside_the_alphabet_are_refused() {
        let mut p = CreateParams::new(100, "usd");
        p.customer = Some("cus_1/../x".into());
        assert_eq!(refused_param(&p), "customer");
        p.customer = Some("cus_1Abc_2".into());
        p.payment_method = Some("pm_card_visa".into());
        p.on_behalf_of = Some("acct_1X".into());
        p.mandate = Some("mandate_1X".into());
        assert!(p.to_wire().is_ok());
        for (legacy, ok) in [("card_1X", true), ("src_1X", true), ("ba_1X", true), ("tok_visa", false), ("pm_1 x", false)] {
            p.payment_method = Some(legacy.into());
            assert_eq!(p.to_wire().is_ok(), ok, "{legacy}");
        }
        p.payment_method = None;
        p.on_behalf_of = Some("cus_1".into());
        assert_eq!(refused_param(&p), "on_behalf_of");
        p.on_behalf_of = None;
        p.transfer_data = Some(TransferDataParam { amount: None, destination: Some("acct_1?x".into()) });
        assert_eq!(refused_param(&p), "transfer_data[destination]");

        let p = ListParams { starting_after: Some("pi_1&limit=100".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "starting_after");
        let p = ListParams { ending_before: Some("ch_1".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "ending_before");
        let p = ListParams { customer: Some("cus_1\r\n".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "customer");
        let p = UpdateParams { payment_method: Some("pm_1%00".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "payment_method");
        let p = ConfirmParams { payment_method: Some("pm_1.2".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "payment_method");
        // A search cursor is opaque: anything printable goes.
        let p = SearchParams { page: Some("eyJvZmZzZXQiOjJ9+/=-.".into()), ..SearchParams::new("status:'succeeded'") };
        assert!(p.to_wire().is_ok());
        let p = SearchParams { page: Some("abc\u{7}".into()), ..SearchParams::new("status:'succeeded'") };
        assert_eq!(refused_param(&p), "page");
        let p = RetrieveParams { client_secret: Some("pi_1_secret_2\n".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "client_secret");
    }

    #[test]
    fn amounts_above_the_maximum_are_refused() {
        let max = validate::MAX_AMOUNT;
        assert!(CreateParams::new(max, "usd").to_wire().is_ok());
        assert_eq!(refused_param(&CreateParams::new(max + 1, "usd")), "amount");
        assert_eq!(refused_param(&CreateParams::new(i64::MAX, "usd")), "amount");
        let mut p = CreateParams::new(100, "usd");
        p.application_fee_amount = Some(max + 1);
        assert_eq!(refused_param(&p), "application_fee_amount");
        p.application_fee_amount = Some(0);
        p.transfer_data = Some(TransferDataParam { amount: Some(i64::MAX), destination: Some("acct_1".into()) });
        assert_eq!(refused_param(&p), "transfer_data[amount]");
        assert_eq!(refused_param(&UpdateParams { amount: Some(max + 1), ..Default::default() }), "amount");
        let p = CaptureParams { amount_to_capture: Some(max + 1), ..Default::default() };
        assert_eq!(refused_param(&p), "amount_to_capture");
        let p = CaptureParams { application_fee_amount: Some(i64::MAX), ..Default::default() };
        assert_eq!(refused_param(&p), "application_fee_amount");
        let p = IncrementAuthorizationParams { amount: max + 1, ..Default::default() };
        assert_eq!(refused_param(&p), "amount");
        let p = ApplyCustomerBalanceParams { amount: Some(max + 1), ..Default::default() };
        assert_eq!(refused_param(&p), "amount");
        let p = VerifyMicrodepositsParams { amounts: Some(vec![32, 100]), ..Default::default() };
        assert_eq!(refused_param(&p), "amounts[1]");
        let p = VerifyMicrodepositsParams { amounts: Some(vec![1, 99]), ..Default::default() };
        assert!(p.to_wire().is_ok());
    }

    #[test]
    fn free_form_keys_with_brackets_or_control_characters_are_refused() {
        let mut p = CreateParams::new(100, "usd");
        p.metadata = Some(BTreeMap::from([("tab\there".into(), "v".into())]));
        assert_eq!(refused_param(&p), "metadata");
        p.metadata = None;
        p.payment_method_options = Some(serde_json::json!({"card": {"capture_method]": "manual"}}));
        assert_eq!(refused_param(&p), "payment_method_options[card]");
        p.payment_method_options = Some(serde_json::json!({"card": {"capture_method": "manual"}}));
        assert!(p.to_wire().is_ok());
        p.payment_method_data = Some(serde_json::json!({"type": "card", "billing_details": {"na\nme": "x"}}));
        assert_eq!(refused_param(&p), "payment_method_data[billing_details]");
        p.payment_method_data = None;
        p.extra.insert("newer".into(), serde_json::json!({"deep": [{"a[0]": 1}]}));
        assert_eq!(refused_param(&p), "newer[deep][0]");
        p.extra.clear();
        p.extra.insert("bad\u{1}".into(), Value::from(1));
        assert_eq!(refused_param(&p), "extra");
        p.extra.clear();
        let mut shipping: Shipping = serde_json::from_value(serde_json::json!({"name": "J", "address": {"line1": "x"}})).unwrap();
        shipping.extra.insert("x]".into(), Value::from(1));
        p.shipping = Some(shipping);
        assert_eq!(refused_param(&p), "shipping");
        let p = UpdateParams { payment_method_options: Some(serde_json::json!({"[": 1})), ..Default::default() };
        assert_eq!(refused_param(&p), "payment_method_options");
    }

    #[test]
    fn typed_confirmation_token_and_final_capture() {
        let p = ConfirmParams { confirmation_token: Some("ctoken_1Abc".into()), ..Default::default() };
        assert_eq!(Value::Object(p.to_wire().unwrap()), serde_json::json!({"confirmation_token": "ctoken_1Abc"}));
        let p: ConfirmParams = from_json(serde_json::json!({"confirmation_token": "ctoken_2"})).unwrap();
        assert_eq!(p.confirmation_token.as_deref(), Some("ctoken_2"));
        assert!(p.extra.is_empty());
        let p = ConfirmParams { confirmation_token: Some("pm_card_visa".into()), ..Default::default() };
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("confirmation_token"));
        let p = CaptureParams { final_capture: Some(false), ..Default::default() };
        assert_eq!(Value::Object(p.to_wire().unwrap()), serde_json::json!({"final_capture": false}));
        let p: CaptureParams = from_json(serde_json::json!({"final_capture": true})).unwrap();
        assert_eq!(p.final_capture, Some(true));
    }

    #[test]
    fn setup_future_usage_can_be_unset_on_update_and_confirm() {
        let p = UpdateParams { setup_future_usage: Some(SetupFutureUsage::Unset), ..Default::default() };
        let w = p.to_wire().unwrap();
        assert_eq!(Value::Object(w.clone()), serde_json::json!({"setup_future_usage": ""}));
        assert_eq!(crate::encode::form_encode(&w), "setup_future_usage=");
        assert_eq!(crate::encode::json_encode(&w), r#"{"setup_future_usage":""}"#);
        let p = ConfirmParams { setup_future_usage: Some(SetupFutureUsage::Unset), ..Default::default() };
        assert_eq!(p.to_wire().unwrap()["setup_future_usage"], "");
        let p: ConfirmParams = from_json(serde_json::json!({"setup_future_usage": ""})).unwrap();
        assert_eq!(p.setup_future_usage, Some(SetupFutureUsage::Unset));
        // The create endpoint has no value to clear.
        let mut p = CreateParams::new(100, "usd");
        p.setup_future_usage = Some(SetupFutureUsage::Unset);
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("setup_future_usage"));
        p.setup_future_usage = Some(SetupFutureUsage::OffSession);
        assert!(p.to_wire().is_ok());
    }

    #[test]
    fn leanrails_takes_any_cancellation_reason() {
        let p = CancelParams { cancellation_reason: Some(CancellationReason::from("customer_went_home")), ..Default::default() };
        assert!(p.to_wire_for(Profile::LeanRails).is_ok());
        assert_eq!(p.to_wire_for(Profile::Stripe).unwrap_err().param.as_deref(), Some("cancellation_reason"));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("cancellation_reason"));
        let p = CancelParams { cancellation_reason: Some(CancellationReason::from("  ")), ..Default::default() };
        assert_eq!(p.to_wire_for(Profile::LeanRails).unwrap_err().param.as_deref(), Some("cancellation_reason"));
    }

    #[test]
    fn cancel_reason_must_be_requestable() {
        let mut p = CancelParams::default();
        for ok in CancellationReason::REQUESTABLE {
            p.cancellation_reason = Some(CancellationReason::from(*ok));
            assert!(p.to_wire().is_ok());
        }
        for bad in ["automatic", "void_invoice", "because"] {
            p.cancellation_reason = Some(CancellationReason::from(bad));
            let e = p.to_wire().unwrap_err();
            assert_eq!(e.param.as_deref(), Some("cancellation_reason"));
        }
    }

    #[test]
    fn wire_order_and_extra() {
        let mut p = CreateParams::new(2000, "usd");
        p.metadata = Some(BTreeMap::from([("b".into(), "2".into()), ("a".into(), "1".into())]));
        p.extra.insert("hooks".into(), Value::String("inputs".into()));
        let w = p.to_wire().unwrap();
        let keys: Vec<_> = w.keys().cloned().collect();
        assert_eq!(keys, ["amount", "currency", "metadata", "hooks"]);
        p.confirmation_token = Some("ctoken_1".into());
        assert_eq!(p.to_wire().unwrap()["confirmation_token"], "ctoken_1");
        p.extra.insert("confirmation_token".into(), Value::String("ctoken_2".into()));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("confirmation_token"));
        p.extra.remove("confirmation_token");
        p.extra.insert("amount".into(), Value::from(5));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("amount"));
    }

    #[test]
    fn from_json_reports_the_param() {
        let p: CreateParams = from_json(serde_json::json!({"amount": 5, "currency": "usd", "foo": 1})).unwrap();
        assert_eq!(p.extra.get("foo"), Some(&Value::from(1)));
        let e = from_json::<CreateParams>(serde_json::json!({"currency": "usd"})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("amount"));
        let e = from_json::<CreateParams>(serde_json::json!({"amount": "lots", "currency": "usd"})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("amount"));
        let e = from_json::<CaptureParams>(serde_json::json!({"metadata": {"a": 1}})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("metadata.a"));
        let p: ListParams = from_json(serde_json::json!({"created": {"gte": 3}})).unwrap();
        assert!(matches!(p.created, Some(CreatedFilter::Range { gte: Some(3), .. })));
        assert!(from_json::<CancelParams>(serde_json::json!([1])).is_err());
    }

    #[test]
    fn list_and_microdeposits() {
        let p = ListParams { limit: Some(0), ..Default::default() };
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("limit"));
        let p = ListParams {
            created: Some(CreatedFilter::Range { gt: None, gte: Some(5), lt: None, lte: None }),
            ..Default::default()
        };
        assert_eq!(Value::Object(p.to_wire().unwrap()), serde_json::json!({"created": {"gte": 5}}));
        let p = VerifyMicrodepositsParams { amounts: Some(vec![32]), ..Default::default() };
        assert!(p.to_wire().is_err());
        let p = VerifyMicrodepositsParams { amounts: Some(vec![32, 45]), ..Default::default() };
        assert!(p.to_wire().is_ok());
    }

    #[test]
    fn nested_objects_follow_each_operation_shape() {
        // shipping needs name and address wherever it is sent.
        let shipping: Shipping = serde_json::from_value(serde_json::json!({"name": "Jenny"})).unwrap();
        let p = CreateParams { shipping: Some(shipping), ..CreateParams::new(100, "usd") };
        assert_eq!(refused_param(&p), "shipping[address]");
        let shipping: Shipping = serde_json::from_value(serde_json::json!({"address": {"line1": "1 Main St"}})).unwrap();
        let p = ConfirmParams { shipping: Some(shipping), ..Default::default() };
        assert_eq!(refused_param(&p), "shipping[name]");
        // transfer_data: create needs a destination; later calls cannot send one.
        let mut p = CreateParams::new(100, "usd");
        p.transfer_data = Some(TransferDataParam { amount: Some(10), destination: None });
        assert_eq!(refused_param(&p), "transfer_data[destination]");
        let t = TransferDataParam { amount: Some(10), destination: Some("acct_1".into()) };
        p.transfer_data = Some(t.clone());
        assert!(p.to_wire().is_ok());
        let p = UpdateParams { transfer_data: Some(t.clone()), ..Default::default() };
        assert_eq!(refused_param(&p), "transfer_data[destination]");
        let p = CaptureParams { transfer_data: Some(t), ..Default::default() };
        assert_eq!(refused_param(&p), "transfer_data[destination]");
        let p = IncrementAuthorizationParams {
            transfer_data: Some(TransferDataParam { amount: Some(10), destination: None }),
            ..IncrementAuthorizationParams::new(500)
        };
        assert!(p.to_wire().is_ok());
        // automatic_payment_methods[allow_redirects] is an enum.
        let mut p = CreateParams::new(100, "usd");
        p.automatic_payment_methods =
            Some(AutomaticPaymentMethodsParam { enabled: true, allow_redirects: Some("sometimes".into()) });
        assert_eq!(refused_param(&p), "automatic_payment_methods[allow_redirects]");
        p.automatic_payment_methods =
            Some(AutomaticPaymentMethodsParam { enabled: true, allow_redirects: Some("never".into()) });
        assert!(p.to_wire().is_ok());
    }

    fn refused_by_leanrails_only<P: Params>(p: &P) {
        assert!(p.to_wire_for(Profile::Stripe).is_ok());
        let e = p.to_wire_for(Profile::LeanRails).unwrap_err();
        assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("capture_method")));
        assert!(e.message.contains("LeanRails"), "{}", e.message);
    }

    #[test]
    fn leanrails_refuses_automatic_async() {
        let async_capture = Some(CaptureMethod::AutomaticAsync);
        refused_by_leanrails_only(&CreateParams { capture_method: async_capture.clone(), ..CreateParams::new(100, "usd") });
        refused_by_leanrails_only(&UpdateParams { capture_method: async_capture.clone(), ..Default::default() });
        refused_by_leanrails_only(&ConfirmParams { capture_method: async_capture, ..Default::default() });
        let p = CreateParams { capture_method: Some(CaptureMethod::Manual), ..CreateParams::new(100, "usd") };
        assert!(p.to_wire_for(Profile::LeanRails).is_ok());
    }

    #[test]
    fn constructors_set_the_required_parameters() {
        let p = IncrementAuthorizationParams::new(1500);
        assert_eq!(Value::Object(p.to_wire().unwrap()), serde_json::json!({"amount": 1500}));
        let p = SearchParams::new("status:'succeeded'");
        assert_eq!(Value::Object(p.to_wire().unwrap()), serde_json::json!({"query": "status:'succeeded'"}));
        assert_eq!(refused_param(&SearchParams::new(" ")), "query");
    }

    #[test]
    fn exclusive_pairs() {
        let p = ListParams { starting_after: Some("pi_1".into()), ending_before: Some("pi_2".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "starting_after");
        let p = VerifyMicrodepositsParams {
            amounts: Some(vec![32, 45]),
            descriptor_code: Some("SM11AA".into()),
            ..Default::default()
        };
        assert_eq!(refused_param(&p), "amounts");
        let p = VerifyMicrodepositsParams { descriptor_code: Some("".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "descriptor_code");
    }
}
