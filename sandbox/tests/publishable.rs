//! Client-side confirmation with a publishable key and the intent's
//! client_secret: what such a key may do and send, and what it sees.

mod common;

use common::{id, sandbox, Api};
use serde_json::{json, Value};

const PK: &str = "pk_test_sandbox_publishable_0001";

/// The fields a publishable key never sees.
const SECRET_ONLY: [&str; 15] = [
    "amount_capturable",
    "amount_received",
    "application",
    "application_fee_amount",
    "customer",
    "invoice",
    "latest_charge",
    "metadata",
    "on_behalf_of",
    "payment_method_options",
    "review",
    "statement_descriptor",
    "statement_descriptor_suffix",
    "transfer_data",
    "transfer_group",
];

fn assert_public(pi: &Value) {
    let o = pi.as_object().unwrap_or_else(|| panic!("not an object: {pi}"));
    for k in SECRET_ONLY {
        assert!(!o.contains_key(k), "{k} shown to a publishable key: {pi}");
    }
    for k in ["id", "object", "amount", "currency", "status", "client_secret", "payment_method", "next_action"] {
        assert!(o.contains_key(k), "{k} missing: {pi}");
    }
}

async fn intent(api: &Api, body: &str) -> (String, String) {
    let pi = api.create(body).await;
    (id(&pi), pi["client_secret"].as_str().unwrap().to_string())
}

#[tokio::test]
async fn retrieve_and_confirm_with_the_client_secret() {
    let (_sb, api) = sandbox().await;
    let pk = api.with_key(Some(PK));
    let (pid, secret) =
        intent(&api, "amount=1000&currency=usd&customer=cus_1&metadata[order]=7&description=Blue%20fish").await;
    let pi = pk.fetch(&format!("/v1/payment_intents/{pid}?client_secret={secret}")).await.ok();
    assert_public(&pi);
    assert_eq!(
        (pi["description"].as_str(), pi["status"].as_str()),
        (Some("Blue fish"), Some("requires_payment_method"))
    );
    // Expanding the payment method is allowed; other expansions are not.
    let r = pk.fetch(&format!("/v1/payment_intents/{pid}?client_secret={secret}&expand[]=customer")).await;
    assert_eq!(r.err(400)["param"], "expand");

    let done = pk
        .post(
            &format!("/v1/payment_intents/{pid}/confirm"),
            &format!("client_secret={secret}&payment_method=pm_card_visa&return_url=https%3A%2F%2Fshop.test&expand[]=payment_method"),
        )
        .await
        .ok();
    assert_public(&done);
    assert_eq!(done["status"], "succeeded");
    assert_eq!(done["payment_method"]["object"], "payment_method");
    // The secret key still sees everything.
    let full = api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok();
    assert_eq!((full["amount_received"].as_i64(), full["metadata"]["order"].as_str()), (Some(1000), Some("7")));

    // A decline's error carries the intent, redacted too.
    let (pid, secret) = intent(&api, "amount=1000&currency=usd&customer=cus_1").await;
    let r = pk
        .post(
            &format!("/v1/payment_intents/{pid}/confirm"),
            &format!("client_secret={secret}&payment_method=pm_card_chargeDeclined"),
        )
        .await;
    let e = r.err(402);
    assert_eq!(e["code"], "card_declined");
    assert_public(&e["payment_intent"]);
}

#[tokio::test]
async fn a_missing_or_wrong_client_secret_is_refused() {
    let (_sb, api) = sandbox().await;
    let pk = api.with_key(Some(PK));
    let (pid, secret) = intent(&api, "amount=1000&currency=usd").await;
    let (other, other_secret) = intent(&api, "amount=1000&currency=usd").await;
    let r = pk.fetch(&format!("/v1/payment_intents/{pid}")).await;
    let e = r.err(400);
    assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some("parameter_missing"), Some("client_secret")));
    let r = pk.fetch(&format!("/v1/payment_intents/{pid}?client_secret={other_secret}")).await;
    let e = r.err(400);
    assert_eq!(
        (e["code"].as_str(), e["param"].as_str()),
        (Some("payment_intent_invalid_parameter"), Some("client_secret"))
    );
    assert!(e.get("payment_intent").is_none(), "nothing about the intent leaks: {e}");
    let confirm = format!("/v1/payment_intents/{pid}/confirm");
    assert_eq!(pk.post(&confirm, "payment_method=pm_card_visa").await.err(400)["code"], "parameter_missing");
    let r = pk.post(&confirm, &format!("client_secret={secret}x&payment_method=pm_card_visa")).await;
    assert_eq!(r.err(400)["param"], "client_secret");
    let r = pk.fetch(&format!("/v1/payment_intents/pi_nope?client_secret={secret}")).await;
    assert_eq!(r.err(404)["code"], "resource_missing");
    // Neither intent moved.
    for p in [&pid, &other] {
        assert_eq!(api.fetch(&format!("/v1/payment_intents/{p}")).await.ok()["status"], "requires_payment_method");
    }
}

#[tokio::test]
async fn secret_key_operations_and_parameters_are_refused() {
    let (_sb, api) = sandbox().await;
    let pk = api.with_key(Some(PK));
    let (pid, secret) =
        intent(&api, "amount=1000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await;
    let cs = format!("client_secret={secret}");
    let refused = [
        pk.post("/v1/payment_intents", "amount=1000&currency=usd").await,
        pk.post(&format!("/v1/payment_intents/{pid}"), &format!("{cs}&description=x")).await,
        pk.fetch("/v1/payment_intents").await,
        pk.fetch("/v1/payment_intents/search?query=status%3A%27succeeded%27").await,
        pk.act(&pid, "capture", &cs).await,
        pk.act(&pid, "cancel", &cs).await,
        pk.act(&pid, "increment_authorization", &format!("{cs}&amount=2000")).await,
        pk.act(&pid, "apply_customer_balance", &cs).await,
        pk.post("/v1/test_helpers/test_clocks", "frozen_time=1").await,
        pk.post("/v1/customers", "").await,
    ];
    for r in &refused {
        let e = r.err(403);
        assert_eq!(e["type"], "permission_error");
        assert!(e["message"].as_str().unwrap().starts_with("This API call cannot be made with a publishable API key."));
        assert!(!e["message"].as_str().unwrap().contains(PK));
    }
    assert_eq!(api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok()["status"], "requires_capture");

    // Secret-key-only confirm parameters.
    let (pid, secret) = intent(&api, "amount=1000&currency=usd").await;
    let confirm = format!("/v1/payment_intents/{pid}/confirm");
    for extra in [
        "capture_method=manual",
        "mandate=mandate_1",
        "off_session=true",
        "payment_method_options[card][request_three_d_secure]=any",
        "payment_method_types[]=card",
        "radar_options[session]=rses_1",
    ] {
        let r = pk.post(&confirm, &format!("client_secret={secret}&payment_method=pm_card_visa&{extra}")).await;
        let e = r.err(400);
        let name = extra.split(['=', '[']).next().unwrap();
        assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some("parameter_unknown"), Some(name)), "{extra}");
    }
    assert_eq!(api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok()["status"], "requires_payment_method");
    // The client-side ones are fine, confirmation tokens included.
    let ok = pk
        .post(
            &confirm,
            &format!("client_secret={secret}&confirmation_token=ctoken_card_visa&receipt_email=a%40b.test&shipping[name]=A&shipping[address][city]=B&use_stripe_sdk=true&error_on_requires_action=false"),
        )
        .await
        .ok();
    assert_eq!(ok["status"], "succeeded");
    assert_eq!(ok["receipt_email"], "a@b.test");
}

#[tokio::test]
async fn setup_future_usage_only_from_on_session_to_off_session() {
    let (_sb, api) = sandbox().await;
    let pk = api.with_key(Some(PK));
    let cases = [
        ("on_session", "off_session", true),
        ("on_session", "on_session", true),
        ("off_session", "on_session", false),
        ("on_session", "", false),
    ];
    for (current, wanted, allowed) in cases {
        let (pid, secret) = intent(&api, &format!("amount=1000&currency=usd&setup_future_usage={current}")).await;
        let r = pk
            .post(
                &format!("/v1/payment_intents/{pid}/confirm"),
                &format!("client_secret={secret}&payment_method=pm_card_visa&setup_future_usage={wanted}"),
            )
            .await;
        if allowed {
            assert_eq!(r.ok()["setup_future_usage"], wanted);
        } else {
            assert_eq!(r.err(400)["param"], "setup_future_usage", "{current} -> {wanted:?}");
        }
    }
    // Unset before, a publishable key may set either.
    let (pid, secret) = intent(&api, "amount=1000&currency=usd").await;
    let r = pk
        .post(
            &format!("/v1/payment_intents/{pid}/confirm"),
            &format!("client_secret={secret}&payment_method=pm_card_visa&setup_future_usage=on_session"),
        )
        .await
        .ok();
    assert_eq!(r["setup_future_usage"], "on_session");
}

#[tokio::test]
async fn microdeposits_can_be_verified_client_side() {
    let (_sb, api) = sandbox().await;
    let pk = api.with_key(Some(PK));
    let (pid, secret) = intent(
        &api,
        "amount=1000&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount&confirm=true",
    )
    .await;
    let path = format!("/v1/payment_intents/{pid}/verify_microdeposits");
    assert_eq!(pk.post(&path, "amounts[]=32&amounts[]=45").await.err(400)["param"], "client_secret");
    let v = pk.post(&path, &format!("client_secret={secret}&amounts[]=32&amounts[]=45")).await.ok();
    assert_public(&v);
    assert_eq!(v["status"], "processing");
    // The LeanRails profile (JSON) with a publishable key redacts the same way.
    let (pid, secret) = intent(&api, "amount=1000&currency=usd&metadata[a]=b").await;
    let r = pk
        .json(
            &format!("/v1/payment_intents/{pid}/confirm"),
            &json!({"client_secret": secret, "payment_method": "pm_card_visa"}),
        )
        .idem("pk-json-1")
        .send()
        .await;
    let body = r.ok();
    assert_public(&body);
    assert!(body.get("merchant_id").is_none() && body.get("charges").is_none());
}
