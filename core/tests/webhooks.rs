//! Webhook verification and typed events: a valid delivery, every way a
//! delivery fails (each with its own message, none showing the secret),
//! rotated secrets, tolerance, and lenient event reading.

use payintent::{ErrorKind, EventObject, Status, Webhook};

const SECRET: &str = "whsec_test_secret";
const PAYLOAD: &str = r#"{"id":"evt_1","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_1","object":"payment_intent","amount":2000,"status":"succeeded"}}}"#;
/// HMAC-SHA256 of "1700000000.{PAYLOAD}" with SECRET, computed independently
/// (Python's hmac module).
const KNOWN_V1: &str = "0dd555a812e563f9d62df8250a30bd4aa321a1ddbd56f96c2323682d1d5132a8";

fn fresh_header(payload: &str, secret: &str) -> String {
    Webhook::generate_test_header(payload.as_bytes(), secret, None)
}

fn failure(payload: &str, header: &str, secret: &str) -> payintent::Error {
    let e = Webhook::construct_event(payload.as_bytes(), header, secret).unwrap_err();
    assert!(!e.message.contains(SECRET) && !e.message.contains("test_secret"), "{}", e.message);
    e
}

#[test]
fn a_valid_delivery_gives_a_typed_event() {
    let event = Webhook::construct_event(PAYLOAD.as_bytes(), &fresh_header(PAYLOAD, SECRET), SECRET).unwrap();
    assert_eq!(event.id, "evt_1");
    assert_eq!(event.event_type, "payment_intent.succeeded");
    let pi = event.payment_intent().expect("a typed PaymentIntent");
    assert_eq!((pi.id.as_str(), pi.amount, &pi.status), ("pi_1", 2000, &Status::Succeeded));
}

#[test]
fn the_signature_is_hmac_sha256_over_timestamp_dot_payload() {
    let header = format!("t=1700000000,v1={KNOWN_V1}");
    Webhook::construct_event_with_tolerance(PAYLOAD.as_bytes(), &header, SECRET, 0).unwrap();
    assert_eq!(Webhook::generate_test_header(PAYLOAD.as_bytes(), SECRET, Some(1_700_000_000)), header);
}

#[test]
fn a_tampered_payload_or_a_wrong_secret_fails() {
    let header = fresh_header(PAYLOAD, SECRET);
    let tampered = PAYLOAD.replace("2000", "2");
    let e = failure(&tampered, &header, SECRET);
    assert_eq!(e.kind, ErrorKind::SignatureVerification);
    assert_eq!(e.kind.as_str(), "signature_verification_error");
    assert!(e.message.contains("no signature"), "{}", e.message);
    let e = failure(PAYLOAD, &header, "whsec_other");
    assert_eq!(e.kind, ErrorKind::SignatureVerification);
}

#[test]
fn an_old_timestamp_fails_unless_the_tolerance_allows_it() {
    let header = Webhook::generate_test_header(PAYLOAD.as_bytes(), SECRET, Some(1_700_000_000));
    let e = failure(PAYLOAD, &header, SECRET);
    assert!(e.message.contains("outside the tolerance of 300 s"), "{}", e.message);
    let ten_minutes_ago = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        - 600;
    let header = Webhook::generate_test_header(PAYLOAD.as_bytes(), SECRET, Some(ten_minutes_ago));
    assert!(Webhook::construct_event(PAYLOAD.as_bytes(), &header, SECRET).is_err());
    Webhook::construct_event_with_tolerance(PAYLOAD.as_bytes(), &header, SECRET, 900).unwrap();
}

#[test]
fn any_of_several_v1_signatures_may_match_for_rotated_secrets() {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let v1 = |secret: &str| {
        let h = Webhook::generate_test_header(PAYLOAD.as_bytes(), secret, Some(now));
        h.split(',').find(|p| p.starts_with("v1=")).unwrap().to_string()
    };
    let both = format!("t={now},{},{},v0=ignored", v1("whsec_old"), v1(SECRET));
    Webhook::construct_event(PAYLOAD.as_bytes(), &both, SECRET).unwrap();
    Webhook::construct_event(PAYLOAD.as_bytes(), &both, "whsec_old").unwrap();
    let only_old = format!("t={now},{}", v1("whsec_old"));
    failure(PAYLOAD, &only_old, SECRET);
}

#[test]
fn malformed_headers_say_what_is_wrong() {
    let e = failure(PAYLOAD, "", SECRET);
    assert!(e.message.contains("no Stripe-Signature header"), "{}", e.message);
    let e = failure(PAYLOAD, "v1=abcd", SECRET);
    assert!(e.message.contains("no timestamp"), "{}", e.message);
    let e = failure(PAYLOAD, "t=123", SECRET);
    assert!(e.message.contains("no `v1="), "{}", e.message);
    let e = failure(PAYLOAD, "t=abc,v1=zz", SECRET);
    assert!(e.message.contains("malformed"), "{}", e.message);
    let e = failure(PAYLOAD, "garbage", SECRET);
    assert_eq!(e.kind, ErrorKind::SignatureVerification);
    let e = Webhook::construct_event(PAYLOAD.as_bytes(), &fresh_header(PAYLOAD, SECRET), "").unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidArgument);
}

#[test]
fn a_signed_payload_that_is_not_an_event_is_an_invalid_argument() {
    for payload in ["not json", "[1,2]", r#"{"object":"event"}"#] {
        let e = Webhook::construct_event(payload.as_bytes(), &fresh_header(payload, SECRET), SECRET).unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidArgument, "{payload}");
        assert_eq!(e.param.as_deref(), Some("payload"));
    }
}

#[test]
fn unknown_event_types_and_objects_are_kept_raw() {
    let payload = r#"{"id":"evt_2","type":"charge.dispute.funds_withdrawn","created":1,"api_version":"2023-08-16",
        "data":{"object":{"id":"du_1","object":"dispute","amount":5},"previous_attributes":{"amount":7}},
        "request":{"id":"req_1","idempotency_key":"ik_1"},"pending_webhooks":2,"livemode":false,"brand_new":true}"#;
    let event = Webhook::construct_event(payload.as_bytes(), &fresh_header(payload, SECRET), SECRET).unwrap();
    assert!(event.payment_intent().is_none());
    let EventObject::Other(raw) = &event.data.object else { panic!("typed an unknown object") };
    assert_eq!(raw["object"], "dispute");
    assert_eq!(event.data.previous_attributes.as_ref().unwrap()["amount"], 7);
    let request = event.request.as_ref().unwrap();
    assert_eq!((request.id.as_deref(), request.idempotency_key.as_deref()), (Some("req_1"), Some("ik_1")));
    assert_eq!(event.pending_webhooks, 2);
    assert_eq!(event.extra["brand_new"], true);
    // A payment_intent.* event whose object is damaged still reads.
    let payload = r#"{"id":"evt_3","type":"payment_intent.created","data":{"object":{"object":"payment_intent","amount":"x"}}}"#;
    let event = Webhook::construct_event(payload.as_bytes(), &fresh_header(payload, SECRET), SECRET).unwrap();
    assert!(matches!(event.data.object, EventObject::Other(_)));
    assert_eq!(event.to_json()["data"]["object"]["amount"], "x");
}

#[test]
fn a_repeated_delivery_verifies_again_and_is_deduplicated_by_event_id() {
    // Deliveries come at least once: the same event may arrive again with a
    // new signature; it verifies each time and a handler keeps its id.
    let mut handled = std::collections::HashSet::new();
    let mut effects = Vec::new();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let first = Webhook::generate_test_header(PAYLOAD.as_bytes(), SECRET, Some(now - 30));
    let again = Webhook::generate_test_header(PAYLOAD.as_bytes(), SECRET, Some(now));
    assert_ne!(first, again);
    for header in [&first, &again, &first] {
        let event = Webhook::construct_event(PAYLOAD.as_bytes(), header, SECRET).unwrap();
        if handled.insert(event.id.clone()) {
            effects.push(event.event_type.clone());
        }
    }
    assert_eq!(effects, ["payment_intent.succeeded"]);
}
