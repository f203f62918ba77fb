//! Typed parameters beyond the 2023-08-16 basics: `confirmation_token` on
//! confirm (and create with `confirm=true`), `final_capture` on capture, and
//! `setup_future_usage=""` (unset) on create, update and confirm.

mod common;

use common::{id, sandbox};

#[tokio::test]
async fn confirmation_tokens_carry_a_test_payment_method() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=1000&currency=usd").await;
    let ok = api.act(&id(&pi), "confirm", "confirmation_token=ctoken_card_visa").await.ok();
    assert_eq!((ok["status"].as_str(), ok["payment_method"].as_str()), (Some("succeeded"), Some("pm_card_visa")));
    // The token's payment method behaves like the test method it names.
    let pi = api.create("amount=1000&currency=usd").await;
    let r = api.act(&id(&pi), "confirm", "confirmation_token=ctoken_card_chargeDeclined").await;
    assert_eq!(r.err(402)["code"], "card_declined");
    // A payment method given beside the token wins.
    let pi = api.create("amount=1000&currency=usd").await;
    let ok = api
        .act(&id(&pi), "confirm", "confirmation_token=ctoken_card_chargeDeclined&payment_method=pm_card_visa")
        .await
        .ok();
    assert_eq!(ok["payment_method"], "pm_card_visa");
    // On create, only with confirm=true.
    let ok = api.create("amount=1000&currency=usd&confirm=true&confirmation_token=ctoken_card_mastercard").await;
    assert_eq!((ok["status"].as_str(), ok["payment_method"].as_str()), (Some("succeeded"), Some("pm_card_mastercard")));
    let r = api.post("/v1/payment_intents", "amount=1000&currency=usd&confirmation_token=ctoken_card_visa").await;
    assert_eq!(r.err(400)["param"], "confirmation_token");
    // Not a confirmation token.
    let pi = api.create("amount=1000&currency=usd").await;
    for bad in ["pm_card_visa", "ctoken_", "ctoken_a%20b"] {
        let r = api.act(&id(&pi), "confirm", &format!("confirmation_token={bad}")).await;
        let e = r.err(400);
        assert_eq!(
            (e["code"].as_str(), e["param"].as_str()),
            (Some("resource_missing"), Some("confirmation_token")),
            "{bad}"
        );
    }
    // update takes none.
    let r = api.post(&format!("/v1/payment_intents/{}", id(&pi)), "confirmation_token=ctoken_card_visa").await;
    assert_eq!(r.err(400)["code"], "parameter_unknown");
}

#[tokio::test]
async fn final_capture_is_a_typed_boolean() {
    let (_sb, api) = sandbox().await;
    let pi =
        api.create("amount=1000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await;
    let pid = id(&pi);
    let r = api.act(&pid, "capture", "amount_to_capture=300&final_capture=maybe").await;
    let e = r.err(400);
    assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some("parameter_invalid_boolean"), Some("final_capture")));
    let part = api.act(&pid, "capture", "amount_to_capture=300&final_capture=false").await.ok();
    assert_eq!(
        (part["status"].as_str(), part["amount_capturable"].as_i64(), part["amount_received"].as_i64()),
        (Some("requires_capture"), Some(700), Some(300))
    );
    let last = api.act(&pid, "capture", "amount_to_capture=200&final_capture=true").await.ok();
    assert_eq!((last["status"].as_str(), last["amount_received"].as_i64()), (Some("succeeded"), Some(500)));
}

#[tokio::test]
async fn an_empty_setup_future_usage_unsets_it() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=1000&currency=usd&setup_future_usage=").await;
    assert!(pi["setup_future_usage"].is_null());
    let pi = api.create("amount=1000&currency=usd&setup_future_usage=off_session").await;
    let pid = id(&pi);
    assert_eq!(pi["setup_future_usage"], "off_session");
    let up = api.post(&format!("/v1/payment_intents/{pid}"), "setup_future_usage=").await.ok();
    assert!(up["setup_future_usage"].is_null());
    api.post(&format!("/v1/payment_intents/{pid}"), "setup_future_usage=on_session").await.ok();
    let done = api.act(&pid, "confirm", "payment_method=pm_card_visa&setup_future_usage=").await.ok();
    assert!(done["setup_future_usage"].is_null());
    let r = api.post("/v1/payment_intents", "amount=1000&currency=usd&setup_future_usage=sometimes").await;
    assert_eq!(r.err(400)["param"], "setup_future_usage");
}
