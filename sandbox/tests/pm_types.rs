//! A payment method whose type is not in the intent's payment_method_types
//! is refused, on create, update and confirm, whether named by id, described
//! by payment_method_data or carried by a confirmation token.

mod common;

use common::{id, sandbox};

const MESSAGE: &str = "The PaymentMethod provided (us_bank_account) is not allowed for this PaymentIntent. Please attach a PaymentMethod of one of the following types: card. Alternatively, update the allowed payment_method_types for this PaymentIntent to include \"us_bank_account\"";

#[tokio::test]
async fn incompatible_types_are_refused_everywhere() {
    let (_sb, api) = sandbox().await;
    // Create with a payment method (attached or confirmed): nothing is made.
    for body in [
        "amount=1000&currency=usd&payment_method=pm_usBankAccount",
        "amount=1000&currency=usd&payment_method=pm_usBankAccount_success&confirm=true",
        "amount=1000&currency=usd&payment_method_types[]=card&payment_method=pm_usBankAccount",
    ] {
        let r = api.post("/v1/payment_intents", body).await;
        let e = r.err(400);
        assert_eq!(e["type"], "invalid_request_error", "{body}");
        assert_eq!(e["code"], "payment_intent_incompatible_payment_method", "{body}");
        assert_eq!((e["param"].as_str(), e["message"].as_str()), (Some("payment_method"), Some(MESSAGE)), "{body}");
    }
    let r = api
        .post("/v1/payment_intents", "amount=1000&currency=usd&confirm=true&payment_method_data[type]=sepa_debit&payment_method_data[sepa_debit][iban]=DE89370400440532013000")
        .await;
    assert_eq!(r.err(400)["param"], "payment_method_data[type]");
    assert_eq!(api.fetch("/v1/payment_intents").await.ok()["data"], serde_json::json!([]));

    // Update and confirm leave the intent as it was.
    let pi = api.create("amount=1000&currency=usd").await;
    let pid = id(&pi);
    let r = api.post(&format!("/v1/payment_intents/{pid}"), "payment_method=pm_sepaDebit").await;
    let e = r.err(400);
    assert_eq!(
        (e["code"].as_str(), e["param"].as_str()),
        (Some("payment_intent_incompatible_payment_method"), Some("payment_method"))
    );
    assert!(e["message"].as_str().unwrap().contains("(sepa_debit)"));
    let r = api.act(&pid, "confirm", "payment_method=pm_usBankAccount").await;
    assert_eq!(r.err(400)["message"], MESSAGE);
    let r = api.act(&pid, "confirm", "payment_method_data[type]=us_bank_account").await;
    assert_eq!(r.err(400)["param"], "payment_method_data[type]");
    let r = api.act(&pid, "confirm", "confirmation_token=ctoken_usBankAccount_success").await;
    assert_eq!(r.err(400)["param"], "confirmation_token");
    let pi = api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok();
    assert_eq!((pi["status"].as_str(), pi["payment_method"].is_null()), (Some("requires_payment_method"), true));
    // A refusal is a validation error: not stored, so the key can be used again.
    let other = api.create("amount=1000&currency=usd").await;
    let path = format!("/v1/payment_intents/{}/confirm", id(&other));
    let r = api.form(&path, "payment_method=pm_usBankAccount").idem("pm-type-1").send().await;
    assert_eq!(r.err(400)["code"], "payment_intent_incompatible_payment_method");
    let r = api.form(&path, "payment_method=pm_card_visa").idem("pm-type-1").send().await;
    assert_eq!(r.ok()["status"], "succeeded");

    // Allowing the type (on update, or on confirm) lets it through.
    let ok = api
        .post(&format!("/v1/payment_intents/{pid}"), "payment_method_types[]=card&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount_success")
        .await
        .ok();
    assert_eq!(ok["status"], "requires_confirmation");
    assert_eq!(api.act(&pid, "confirm", "").await.ok()["status"], "processing");
    let pi = api.create("amount=1000&currency=eur").await;
    let r = api.act(&id(&pi), "confirm", "payment_method=pm_sepaDebit&payment_method_types[]=sepa_debit").await.ok();
    assert_eq!(r["status"], "processing");
    // Narrowing the types on confirm checks the attached payment method.
    let pi = api.create("amount=1000&currency=usd&payment_method=pm_card_visa").await;
    let r = api.act(&id(&pi), "confirm", "payment_method_types[]=us_bank_account").await;
    assert!(r.err(400)["message"].as_str().unwrap().starts_with("The PaymentMethod provided (card)"));
    // Automatic payment methods accept any type.
    let pi = api
        .create("amount=1000&currency=usd&automatic_payment_methods[enabled]=true&payment_method=pm_usBankAccount_success&confirm=true")
        .await;
    assert_eq!(pi["status"], "processing");
}
