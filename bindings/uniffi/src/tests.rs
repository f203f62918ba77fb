//! Unit tests of the Swift/Kotlin layer: keys never printed, durations of
//! any value refused or used (never a panic), errors carry the typed
//! PaymentIntent without printing its secret, pages convert losslessly.

use super::*;
use payintent::params::RetrieveParams;

fn block_on<T>(fut: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(fut)
}

fn offline() -> ClientOptions {
    ClientOptions { base_url: Some("http://127.0.0.1:9".into()), max_retries: Some(0), ..Default::default() }
}

#[test]
fn keys_are_not_printed() {
    let key = ApiKey::new("sk_test_uniffisecret123456".into());
    let opts = RequestOptions { api_key: Some(key.clone()), ..Default::default() };
    assert!(!format!("{opts:?}").contains("uniffisecret"));
    assert!(!key.describe().contains("uniffisecret"));
    let client = Client::new("sk_test_uniffisecret123456".into(), offline()).unwrap();
    assert!(!client.describe().contains("uniffisecret"));
}

/// Used, or refused as invalid_argument_error: never a panic (api_error).
fn used_or_refused<T>(r: &R<T>) -> bool {
    match r {
        Ok(_) => true,
        Err(e) => matches!(e, PayIntentError::InvalidArgumentError { .. } | PayIntentError::APIConnectionError { .. }),
    }
}

#[test]
fn durations_of_any_value_never_panic() {
    let values = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 0.0, 1e-12, 0.5, 3600.0, 1e9, 1e300, f64::MAX];
    for s in values {
        let built = Client::new(
            "sk_test_durations".into(),
            ClientOptions { timeout: Some(Seconds(s)), deadline: Some(Seconds(s)), ..offline() },
        );
        assert!(used_or_refused(&built), "client timeout {s}: {:?}", built.as_ref().err());
        let client = Client::new("sk_test_durations".into(), offline()).unwrap();
        let opts = RequestOptions { timeout: Some(Seconds(s)), deadline: Some(Seconds(s)), ..Default::default() };
        let out = block_on(client.retrieve("pi_123".into(), RetrieveParams::default(), Some(opts)));
        assert!(used_or_refused(&out), "request timeout {s}: {:?}", out.err());
    }
    for bad in [f64::NAN, -1.0, 0.0, f64::INFINITY] {
        let r = Client::new("sk_test_durations".into(), ClientOptions { timeout: Some(Seconds(bad)), ..offline() });
        let Err(PayIntentError::InvalidArgumentError { details }) = r else { panic!("{bad} accepted") };
        assert_eq!(details.param.as_deref(), Some("timeout"));
    }
}

#[test]
fn errors_carry_the_typed_payment_intent_without_printing_its_secret() {
    let pi = payment_intent_from_json(
        r#"{"id":"pi_9","object":"payment_intent","amount":5,"currency":"usd","status":"requires_payment_method",
            "client_secret":"pi_9_secret_zzz","shipping":{"name":"A","address":{"city":"Oslo"}}}"#
            .into(),
    )
    .unwrap();
    let mut e = payintent::Error::new(payintent::ErrorKind::Card, "Your card was declined.");
    e.idempotency_key = Some("ik_9".into());
    e.payment_intent = Some(Box::new(pi));
    let err = PayIntentError::from(e);
    let details = err.details();
    let attached = details.payment_intent.as_ref().unwrap();
    assert_eq!(attached.client_secret.as_deref(), Some("pi_9_secret_zzz"));
    assert_eq!(attached.shipping.as_ref().unwrap().address.as_ref().unwrap().city.as_deref(), Some("Oslo"));
    assert_eq!(details.idempotency_key.as_deref(), Some("ik_9"));
    for text in [format!("{details:?}"), format!("{err:?}"), err.to_string()] {
        assert!(!text.contains("secret_zzz"), "{text}");
    }
}

#[test]
fn unknown_enum_values_and_bad_json() {
    let pi = payment_intent_from_json(r#"{"id":"pi_1","status":"some_future_status"}"#.into()).unwrap();
    assert_eq!(pi.status, payintent::Status::Unknown("some_future_status".into()));
    let err = payment_intent_from_json("[1]".into()).unwrap_err();
    assert!(matches!(err, PayIntentError::InvalidArgumentError { .. }));
}

#[test]
fn calls_refused_before_sending_are_typed() {
    let client = Client::new("sk_test_x".into(), offline()).unwrap();
    let out = block_on(client.retrieve("not an id".into(), RetrieveParams::default(), None));
    assert!(matches!(out, Err(PayIntentError::InvalidArgumentError { .. })), "{out:?}");
}

#[test]
fn webhooks_verify_and_refuse_with_typed_errors() {
    let payload = br#"{"id":"evt_1","type":"payment_intent.canceled","data":{"object":{"id":"pi_1","object":"payment_intent","status":"canceled"}}}"#.to_vec();
    let header = webhook_generate_test_header(payload.clone(), "whsec_x".into(), None);
    let event = webhook_construct_event(payload.clone(), header.clone(), "whsec_x".into(), None).unwrap();
    assert_eq!(event.payment_intent().unwrap().status, payintent::Status::Canceled);
    let err = webhook_construct_event(payload.clone(), header.clone(), "whsec_y".into(), None).unwrap_err();
    assert!(matches!(err, PayIntentError::SignatureVerificationError { .. }), "{err:?}");
    for bad in [f64::NAN, -1.0, f64::NEG_INFINITY] {
        let err = webhook_construct_event(payload.clone(), header.clone(), "whsec_x".into(), Some(Seconds(bad))).unwrap_err();
        assert!(matches!(err, PayIntentError::InvalidArgumentError { .. }));
    }
    let old = webhook_generate_test_header(payload.clone(), "whsec_x".into(), Some(1_000));
    assert!(webhook_construct_event(payload.clone(), old.clone(), "whsec_x".into(), None).is_err());
    assert!(webhook_construct_event(payload, old, "whsec_x".into(), Some(Seconds(0.0))).is_ok());
}

#[test]
fn pages_print_without_secrets_even_in_unreadable_items() {
    let page = PaymentIntentPage {
        data: vec![payment_intent_from_json(r#"{"id":"pi_1","client_secret":"pi_1_secret_aaa"}"#.into()).unwrap()],
        has_more: false,
        next_page: None,
        total_count: None,
        url: String::new(),
        unreadable: vec![serde_json::json!({"client_secret": "pi_2_secret_bbb"})],
        last_response: None,
    };
    let text = format!("{page:?}");
    assert!(!text.contains("secret_aaa") && !text.contains("secret_bbb"), "{text}");
    assert!(text.contains("[1 raw items]"));
}
