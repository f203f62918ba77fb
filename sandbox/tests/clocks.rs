//! Simulated time: the sandbox clock (control endpoints) and Stripe's test
//! clocks API, and what moving either does to intents: timestamps, expired
//! authorisations and next actions.

mod common;

use common::{id, sandbox, Api};
use serde_json::{json, Value};

const DAY: i64 = 86_400;

async fn advance(api: &Api, seconds: i64) -> Value {
    api.control("POST", "/__sandbox/clock/advance", Some(json!({ "seconds": seconds }))).await.ok()
}

async fn get(api: &Api, pid: &str) -> Value {
    api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok()
}

fn real_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

#[tokio::test]
async fn the_sandbox_clock_moves_timestamps() {
    let (_sb, api) = sandbox().await;
    let clock = api.control("GET", "/__sandbox/clock", None).await.ok();
    assert_eq!(clock["offset"], 0);
    assert!((clock["now"].as_i64().unwrap() - real_now()).abs() <= 2);
    let pi = api.create("amount=1000&currency=usd").await;
    assert!((pi["created"].as_i64().unwrap() - real_now()).abs() <= 2);
    let moved = advance(&api, 3 * DAY).await;
    assert_eq!(moved["offset"], 3 * DAY);
    let later = api.create("amount=1000&currency=usd").await;
    let delta = later["created"].as_i64().unwrap() - pi["created"].as_i64().unwrap();
    assert!((3 * DAY..3 * DAY + 3).contains(&delta), "{delta}");
    let c = api.act(&id(&pi), "cancel", "").await.ok();
    assert!(c["canceled_at"].as_i64().unwrap() >= pi["created"].as_i64().unwrap() + 3 * DAY);
    // Bad advances are refused and change nothing.
    for body in [json!({"seconds": -1}), json!({"seconds": "1"}), json!({}), json!({"seconds": i64::MAX})] {
        assert_eq!(api.control("POST", "/__sandbox/clock/advance", Some(body)).await.status, 400);
    }
    // reset goes back to real time.
    api.control("POST", "/__sandbox/reset", None).await.ok();
    assert_eq!(api.control("GET", "/__sandbox/clock", None).await.ok()["offset"], 0);
}

#[tokio::test]
async fn uncaptured_authorisations_are_canceled_after_seven_days() {
    let (_sb, api) = sandbox().await;
    let pi =
        api.create("amount=1000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await;
    let pid = id(&pi);
    assert_eq!(pi["status"], "requires_capture");
    advance(&api, 7 * DAY - 60).await;
    assert_eq!(get(&api, &pid).await["status"], "requires_capture");
    advance(&api, 120).await;
    let pi2 = api.fetch(&format!("/v1/payment_intents/{pid}?expand[]=latest_charge")).await.ok();
    assert_eq!((pi2["status"].as_str(), pi2["cancellation_reason"].as_str()), (Some("canceled"), Some("automatic")));
    assert_eq!(pi2["amount_capturable"], 0);
    // Authorised when created (confirm=true): the same instant.
    let authorised_at = pi["created"].as_i64().unwrap();
    assert_eq!(pi2["canceled_at"].as_i64().unwrap() - authorised_at, 7 * DAY);
    let ch = &pi2["latest_charge"];
    assert_eq!((ch["refunded"].as_bool(), ch["amount_refunded"].as_i64()), (Some(true), Some(1000)));
    assert_eq!(api.act(&pid, "capture", "").await.err(400)["code"], "payment_intent_unexpected_state");
}

#[tokio::test]
async fn unfinished_authentication_expires_after_an_hour() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=700&currency=usd&payment_method=pm_card_threeDSecure2Required&confirm=true").await;
    let pid = id(&pi);
    assert_eq!(pi["status"], "requires_action");
    advance(&api, 3_000).await;
    assert_eq!(get(&api, &pid).await["status"], "requires_action");
    advance(&api, 700).await;
    let pi = get(&api, &pid).await;
    assert_eq!(pi["status"], "requires_payment_method");
    assert_eq!(pi["last_payment_error"]["code"], "payment_intent_authentication_failure");
    assert!(pi["next_action"].is_null() && pi["payment_method"].is_null());
    // A new confirmation starts a new hour.
    let pi = api.act(&pid, "confirm", "payment_method=pm_card_authenticationRequired").await.ok();
    assert_eq!(pi["status"], "requires_action");
    advance(&api, 1_800).await;
    assert_eq!(get(&api, &pid).await["status"], "requires_action");

    // Microdeposits wait ten days.
    let bank = api
        .create("amount=700&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount&confirm=true")
        .await;
    advance(&api, 9 * DAY).await;
    assert_eq!(get(&api, &id(&bank)).await["status"], "requires_action");
    advance(&api, DAY).await;
    let bank = get(&api, &id(&bank)).await;
    assert_eq!(bank["status"], "requires_payment_method");
    assert_eq!(bank["last_payment_error"]["code"], "payment_method_microdeposit_verification_timeout");
    // Bank transfer instructions do not expire.
    let cb = api.create("amount=1000&currency=usd&customer=cus_cash&payment_method_types[]=customer_balance").await;
    api.act(&id(&cb), "apply_customer_balance", "amount=400").await.ok();
    advance(&api, 30 * DAY).await;
    assert_eq!(get(&api, &id(&cb)).await["status"], "requires_action");
}

#[tokio::test]
async fn the_test_clocks_api() {
    let (_sb, api) = sandbox().await;
    let t0 = 1_700_000_000;
    let clock = api.post("/v1/test_helpers/test_clocks", &format!("frozen_time={t0}&name=Renewals")).await.ok();
    let cid = id(&clock);
    assert!(cid.starts_with("clock_"));
    assert_eq!(clock["object"], "test_helpers.test_clock");
    assert_eq!((clock["frozen_time"].as_i64(), clock["status"].as_str()), (Some(t0), Some("ready")));
    assert_eq!(clock["name"], "Renewals");
    assert_eq!(clock["livemode"], false);
    assert_eq!(clock["deletes_after"].as_i64().unwrap() - clock["created"].as_i64().unwrap(), 30 * DAY);
    let got = api.fetch(&format!("/v1/test_helpers/test_clocks/{cid}")).await.ok();
    assert_eq!(got, clock);
    // Advancing answers "advancing"; the clock reads "ready" afterwards.
    let path = format!("/v1/test_helpers/test_clocks/{cid}/advance");
    let adv = api.post(&path, &format!("frozen_time={}", t0 + DAY)).await.ok();
    assert_eq!((adv["status"].as_str(), adv["frozen_time"].as_i64()), (Some("advancing"), Some(t0 + DAY)));
    let got = api.fetch(&format!("/v1/test_helpers/test_clocks/{cid}")).await.ok();
    assert_eq!((got["status"].as_str(), got["frozen_time"].as_i64()), (Some("ready"), Some(t0 + DAY)));
    // Only forwards, at most two years at a time, with a frozen_time.
    assert_eq!(api.post(&path, &format!("frozen_time={t0}")).await.err(400)["param"], "frozen_time");
    assert_eq!(api.post(&path, &format!("frozen_time={}", t0 + 800 * DAY)).await.err(400)["param"], "frozen_time");
    assert_eq!(api.post(&path, "").await.err(400)["code"], "parameter_missing");
    assert_eq!(
        api.post("/v1/test_helpers/test_clocks", "frozen_time=soon").await.err(400)["code"],
        "parameter_invalid_integer"
    );
    for t in ["-1", "9223372036854775807"] {
        let r = api.post("/v1/test_helpers/test_clocks", &format!("frozen_time={t}")).await;
        assert_eq!(r.err(400)["param"], "frozen_time", "{t}");
    }
    assert_eq!(
        api.post("/v1/test_helpers/test_clocks", "frozen_time=1&color=red").await.err(400)["code"],
        "parameter_unknown"
    );
    let missing = api.fetch("/v1/test_helpers/test_clocks/clock_nope").await;
    assert_eq!(missing.err(404)["code"], "resource_missing");
    // List, newest first.
    let second = api.post("/v1/test_helpers/test_clocks", "frozen_time=1").await.ok();
    let list = api.fetch("/v1/test_helpers/test_clocks?limit=1").await.ok();
    assert_eq!((list["object"].as_str(), list["has_more"].as_bool()), (Some("list"), Some(true)));
    assert_eq!(list["data"][0]["id"], second["id"]);
    let rest = api.fetch(&format!("/v1/test_helpers/test_clocks?starting_after={}", id(&second))).await.ok();
    assert_eq!(rest["data"][0]["id"], cid.as_str());
    // Another account sees none of them.
    let other = api.get("/v1/test_helpers/test_clocks").account("acct_other").send().await.ok();
    assert_eq!(other["data"], json!([]));
    // Delete.
    let del = api
        .http
        .delete(format!("{}/v1/test_helpers/test_clocks/{cid}", api.base))
        .bearer_auth(common::KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(del.status().as_u16(), 200);
    let del: Value = del.json().await.unwrap();
    assert_eq!(del, json!({"id": cid, "object": "test_helpers.test_clock", "deleted": true}));
    assert_eq!(api.fetch(&format!("/v1/test_helpers/test_clocks/{cid}")).await.status, 404);
    // Restricted keys may not delete.
    let rk = api
        .http
        .delete(format!("{}/v1/test_helpers/test_clocks/{}", api.base, id(&second)))
        .bearer_auth("rk_test_readonly")
        .send()
        .await
        .unwrap();
    assert_eq!(rk.status().as_u16(), 403);
}

#[tokio::test]
async fn intents_of_a_clock_customer_follow_the_clock() {
    let (_sb, api) = sandbox().await;
    let t0 = 1_600_000_000;
    let clock = api.post("/v1/test_helpers/test_clocks", &format!("frozen_time={t0}")).await.ok();
    let cid = id(&clock);
    let cus = api.post("/v1/customers", &format!("test_clock={cid}&email=a%40b.test&metadata[k]=v")).await.ok();
    let cus_id = id(&cus);
    assert_eq!((cus["object"].as_str(), cus["test_clock"].as_str()), (Some("customer"), Some(cid.as_str())));
    assert_eq!((cus["created"].as_i64(), cus["metadata"]["k"].as_str()), (Some(t0), Some("v")));
    assert_eq!(api.fetch(&format!("/v1/customers/{cus_id}")).await.ok(), cus);
    assert_eq!(api.fetch("/v1/customers/cus_nope").await.err(404)["code"], "resource_missing");
    assert_eq!(api.post("/v1/customers", "test_clock=clock_nope").await.err(400)["param"], "test_clock");

    let pi = api
        .create(&format!(
            "amount=1000&currency=usd&customer={cus_id}&capture_method=manual&payment_method=pm_card_visa&confirm=true"
        ))
        .await;
    let pid = id(&pi);
    assert_eq!(pi["created"], t0);
    // The sandbox clock does not move it...
    advance(&api, 30 * DAY).await;
    assert_eq!(get(&api, &pid).await["status"], "requires_capture");
    // ...its test clock does.
    let path = format!("/v1/test_helpers/test_clocks/{cid}/advance");
    api.post(&path, &format!("frozen_time={}", t0 + 6 * DAY)).await.ok();
    assert_eq!(get(&api, &pid).await["status"], "requires_capture");
    api.post(&path, &format!("frozen_time={}", t0 + 8 * DAY)).await.ok();
    let pi = get(&api, &pid).await;
    assert_eq!((pi["status"].as_str(), pi["cancellation_reason"].as_str()), (Some("canceled"), Some("automatic")));
    assert_eq!(pi["canceled_at"], t0 + 7 * DAY);

    // A bank debit of the clock's customer settles when the clock passes its period.
    let pi = api
        .create(&format!("amount=1000&currency=usd&customer={cus_id}&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount_success&confirm=true"))
        .await;
    assert_eq!((pi["status"].as_str(), pi["created"].as_i64()), (Some("processing"), Some(t0 + 8 * DAY)));
    api.post(&path, &format!("frozen_time={}", t0 + 13 * DAY)).await.ok();
    assert_eq!(get(&api, &id(&pi)).await["status"], "succeeded");
}
