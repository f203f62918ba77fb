//! The LeanRails profile (JSON bodies, Basic auth): `merchant_id` and the
//! `charges` list on every intent, `payment_error` declines, free-text
//! cancellation reasons, what it refuses (Bearer auth, `automatic_async`),
//! no `Stripe-Version` header; and Stripe answers without any of it.

mod common;

use common::{id, sandbox, Api, KEY};
use serde_json::{json, Value};

async fn lean_create(api: &Api, body: Value, idem: &str) -> Value {
    api.json("/v1/payment_intents", &body).idem(idem).send().await.ok()
}

#[tokio::test]
async fn intents_carry_their_merchant_and_charges() {
    let (_sb, api) = sandbox().await;
    let pi = lean_create(&api, json!({"amount": 2000, "currency": "usd"}), "m-1").await;
    let pid = id(&pi);
    let merchant = pi["merchant_id"].as_str().unwrap().to_string();
    assert!(merchant.starts_with("mer_") && merchant.len() > 8, "{merchant}");
    assert_eq!(
        pi["charges"],
        json!({"object": "list", "data": [], "has_more": false, "url": format!("/v1/charges?payment_intent={pid}")})
    );
    let confirmed = api
        .json(&format!("/v1/payment_intents/{pid}/confirm"), &json!({"payment_method": "pm_card_visa"}))
        .idem("m-2")
        .send()
        .await
        .ok();
    assert_eq!(confirmed["merchant_id"], merchant.as_str());
    let charges = confirmed["charges"]["data"].as_array().unwrap();
    assert_eq!(charges.len(), 1);
    let ch = &charges[0];
    assert_eq!((ch["object"].as_str(), ch["id"].as_str()), (Some("charge"), confirmed["latest_charge"].as_str()));
    assert_eq!((ch["amount"].as_i64(), ch["amount_captured"].as_i64()), (Some(2000), Some(2000)));
    assert_eq!(ch["payment_intent"], pid.as_str());
    // GETs with Basic auth are LeanRails too: one object, lists and search.
    let got = api.get_basic(&format!("/v1/payment_intents/{pid}")).send().await.ok();
    assert_eq!(got["merchant_id"], merchant.as_str());
    assert_eq!(got["charges"], confirmed["charges"]);
    let list = api.get_basic("/v1/payment_intents?limit=1").send().await.ok();
    assert_eq!(list["data"][0]["merchant_id"], merchant.as_str());
    let found = api.get_basic("/v1/payment_intents/search?query=amount%3E1").send().await.ok();
    assert_eq!(found["data"][0]["charges"]["data"][0]["id"], ch["id"]);
    // The merchant is per key and per account.
    let other = api.with_key(Some("sk_test_another_merchant_key"));
    let theirs = lean_create(&other, json!({"amount": 2000, "currency": "usd"}), "m-3").await;
    assert_ne!(theirs["merchant_id"], merchant.as_str());
    let connected = api
        .json("/v1/payment_intents", &json!({"amount": 2000, "currency": "usd"}))
        .idem("m-4")
        .account("acct_lean")
        .send()
        .await
        .ok();
    assert_ne!(connected["merchant_id"], merchant.as_str());
    let again = lean_create(&api, json!({"amount": 900, "currency": "usd"}), "m-5").await;
    assert_eq!(again["merchant_id"], merchant.as_str());
    // The Stripe profile shows neither field.
    let stripe = api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok();
    assert!(stripe.get("merchant_id").is_none() && stripe.get("charges").is_none(), "{stripe}");
    let stripe_list = api.fetch("/v1/payment_intents").await.ok();
    assert!(stripe_list["data"].as_array().unwrap().iter().all(|p| p.get("merchant_id").is_none()));
}

#[tokio::test]
async fn every_charge_is_listed_newest_first() {
    let (_sb, api) = sandbox().await;
    let pi = lean_create(&api, json!({"amount": 1500, "currency": "usd"}), "c-1").await;
    let confirm = format!("/v1/payment_intents/{}/confirm", id(&pi));
    api.json(&confirm, &json!({"payment_method": "pm_card_chargeDeclined"})).idem("c-2").send().await.err(402);
    let ok = api.json(&confirm, &json!({"payment_method": "pm_card_visa"})).idem("c-3").send().await.ok();
    let data = ok["charges"]["data"].as_array().unwrap();
    assert_eq!(data.len(), 2);
    assert_eq!((data[0]["status"].as_str(), data[1]["status"].as_str()), (Some("succeeded"), Some("failed")));
    assert_eq!(data[0]["id"], ok["latest_charge"]);
}

#[tokio::test]
async fn declines_are_payment_errors() {
    let (_sb, api) = sandbox().await;
    let pi = lean_create(&api, json!({"amount": 1200, "currency": "usd"}), "d-1").await;
    let pid = id(&pi);
    let r = api
        .json(&format!("/v1/payment_intents/{pid}/confirm"), &json!({"payment_method": "pm_card_chargeDeclined"}))
        .idem("d-2")
        .send()
        .await;
    let e = r.err(402);
    assert_eq!(e["type"], "payment_error");
    assert_eq!((e["code"].as_str(), e["decline_code"].as_str()), (Some("card_declined"), Some("generic_decline")));
    let embedded = &e["payment_intent"];
    assert_eq!(embedded["last_payment_error"]["type"], "payment_error");
    assert_eq!(embedded["merchant_id"], pi["merchant_id"]);
    assert_eq!(embedded["charges"]["data"][0]["status"], "failed");
    let got = api.get_basic(&format!("/v1/payment_intents/{pid}")).send().await.ok();
    assert_eq!(got["last_payment_error"]["type"], "payment_error");
    // The same intent seen through the Stripe profile: a card_error.
    let stripe = api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok();
    assert_eq!(stripe["last_payment_error"]["type"], "card_error");
    let r = api.act(&pid, "confirm", "payment_method=pm_card_chargeDeclined").await;
    assert_eq!(r.err(402)["type"], "card_error");
}

#[tokio::test]
async fn cancellation_reason_is_free_text() {
    let (_sb, api) = sandbox().await;
    let reason = "the customer found it cheaper elsewhere";
    let pi = lean_create(&api, json!({"amount": 1000, "currency": "usd"}), "r-1").await;
    let path = format!("/v1/payment_intents/{}/cancel", id(&pi));
    for (bad, key) in [(json!(""), "r-2"), (json!("x".repeat(5001)), "r-3"), (json!(["a"]), "r-4")] {
        let r = api.json(&path, &json!({"cancellation_reason": bad})).idem(key).send().await;
        assert_eq!(r.err(400)["param"], "cancellation_reason");
    }
    let c = api.json(&path, &json!({"cancellation_reason": reason})).idem("r-5").send().await.ok();
    assert_eq!((c["status"].as_str(), c["cancellation_reason"].as_str()), (Some("canceled"), Some(reason)));
    // Stripe takes only its four reasons.
    let pi = api.create("amount=1000&currency=usd").await;
    let r = api.act(&id(&pi), "cancel", "cancellation_reason=the%20customer%20found%20it").await;
    assert_eq!(r.err(400)["param"], "cancellation_reason");
    let pi = lean_create(&api, json!({"amount": 1000, "currency": "usd"}), "r-6").await;
    let long = "y".repeat(5000);
    let path = format!("/v1/payment_intents/{}/cancel", id(&pi));
    let c = api.json(&path, &json!({"cancellation_reason": long})).idem("r-7").send().await.ok();
    assert_eq!(c["cancellation_reason"].as_str().map(str::len), Some(5000));
}

#[tokio::test]
async fn bearer_auth_is_refused() {
    let (_sb, api) = sandbox().await;
    let r = api
        .http
        .post(format!("{}/v1/payment_intents", api.base))
        .bearer_auth(KEY)
        .header("content-type", "application/json")
        .header("idempotency-key", "b-1")
        .body(r#"{"amount":1000,"currency":"usd"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["error"]["type"], "authentication_error");
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(msg.contains("Basic") && msg.contains("Bearer"), "{msg}");
    assert!(!msg.contains(KEY));
    assert_eq!(api.fetch("/v1/payment_intents").await.ok()["data"], json!([]));
}

#[tokio::test]
async fn automatic_async_capture_is_refused() {
    let (_sb, api) = sandbox().await;
    let body = json!({"amount": 1000, "currency": "usd", "capture_method": "automatic_async"});
    let r = api.json("/v1/payment_intents", &body).idem("a-1").send().await;
    let e = r.err(400);
    assert_eq!((e["type"].as_str(), e["param"].as_str()), (Some("invalid_request_error"), Some("capture_method")));
    let pi = lean_create(&api, json!({"amount": 1000, "currency": "usd"}), "a-2").await;
    let upd = json!({"capture_method": "automatic_async"});
    let r = api.json(&format!("/v1/payment_intents/{}", id(&pi)), &upd).idem("a-3").send().await;
    assert_eq!(r.err(400)["param"], "capture_method");
    // Stripe has it.
    let pi = api.create("amount=1000&currency=usd&capture_method=automatic_async").await;
    assert_eq!(pi["capture_method"], "automatic_async");
}

#[tokio::test]
async fn answers_carry_no_stripe_version() {
    let (_sb, api) = sandbox().await;
    let r = api
        .json("/v1/payment_intents", &json!({"amount": 1000, "currency": "usd"}))
        .idem("v-1")
        .header("x-api-version", "2024-01-01")
        .header("stripe-version", "2023-08-16")
        .send()
        .await;
    assert_eq!(r.status, 200);
    assert!(r.header("stripe-version").is_none());
    assert_eq!(r.header("x-api-version"), Some("2024-01-01"));
    let g = api.get_basic(&format!("/v1/payment_intents/{}", id(&r.body))).send().await;
    assert!(g.header("stripe-version").is_none());
    let e = api.json("/v1/payment_intents", &json!({"amount": 1})).idem("v-2").send().await;
    assert_eq!(e.status, 400);
    assert!(e.header("stripe-version").is_none());
    assert_eq!(api.fetch("/v1/payment_intents").await.header("stripe-version"), Some("2023-08-16"));
}

#[tokio::test]
async fn replays_are_leanrails_shaped() {
    let (_sb, api) = sandbox().await;
    let first = api.json("/v1/payment_intents", &json!({"amount": 1000, "currency": "usd"})).idem("i-1").send().await;
    let again = api.json("/v1/payment_intents", &json!({"amount": 1000, "currency": "usd"})).idem("i-1").send().await;
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body, first.body);
    assert!(again.body["merchant_id"].is_string());
}
