//! Fault injection (Rust API and HTTP control endpoints) and the other
//! control endpoints.

mod common;

use std::time::{Duration, Instant};

use common::{id, sandbox};
use payintent_sandbox::{Fault, FaultKind};
use serde_json::json;

fn status(status: u16, should_retry: Option<bool>, code: Option<&str>) -> Fault {
    Fault::once(FaultKind::Status { status, should_retry, code: code.map(str::to_string) })
}

#[tokio::test]
async fn status_faults_look_like_stripe_errors_and_change_nothing() {
    let (sb, api) = sandbox().await;
    sb.inject(status(503, Some(true), None));
    let r = api.form("/v1/payment_intents", "amount=500&currency=usd").idem("f-1").send().await;
    let e = r.err(503);
    assert_eq!(e["type"], "api_error");
    assert_eq!(r.header("stripe-should-retry"), Some("true"));
    assert!(r.header("request-id").unwrap().starts_with("req_"));
    assert_eq!(r.header("content-type"), Some("application/json"));
    // Nothing was created, and the key was not used up.
    assert_eq!(api.fetch("/v1/payment_intents").await.ok()["data"], json!([]));
    let ok = api.form("/v1/payment_intents", "amount=500&currency=usd").idem("f-1").send().await;
    assert_eq!(ok.status, 200);
    assert!(ok.header("idempotent-replayed").is_none());
    // The faulted request is in the log.
    let log = sb.requests();
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].body, "amount=500&currency=usd");
    assert_eq!(log[0].headers["idempotency-key"], "f-1");

    sb.inject(status(500, Some(false), None));
    let r = api.fetch("/v1/payment_intents").await;
    assert_eq!(r.err(500)["type"], "api_error");
    assert_eq!(r.header("stripe-should-retry"), Some("false"));
    sb.inject(status(502, None, None));
    let r = api.fetch("/v1/payment_intents").await;
    r.err(502);
    assert!(r.header("stripe-should-retry").is_none());
}

#[tokio::test]
async fn status_fault_types_and_codes() {
    let (sb, api) = sandbox().await;
    let cases = [
        (429, None, "invalid_request_error", Some("rate_limit")),
        (429, Some("lock_timeout"), "invalid_request_error", Some("lock_timeout")),
        (409, None, "invalid_request_error", Some("lock_timeout")),
        (409, Some("idempotency_key_in_use"), "invalid_request_error", Some("idempotency_key_in_use")),
        (400, Some("parameter_missing"), "invalid_request_error", Some("parameter_missing")),
        (401, None, "authentication_error", None),
        (402, None, "card_error", Some("card_declined")),
        (403, None, "permission_error", None),
        (500, Some("x"), "api_error", Some("x")),
    ];
    for (st, code, kind, want) in cases {
        sb.inject(status(st, None, code));
        let r = api.post("/v1/payment_intents", "amount=500&currency=usd").await;
        let e = r.err(st);
        assert_eq!(e["type"], kind, "{st}");
        assert_eq!(e["code"].as_str(), want, "{st}");
    }
}

#[tokio::test]
async fn count_prefix_and_order() {
    let (sb, api) = sandbox().await;
    sb.inject(Fault {
        kind: FaultKind::Status { status: 503, should_retry: None, code: None },
        count: 2,
        path_prefix: None,
    });
    assert_eq!(api.post("/v1/payment_intents", "amount=500&currency=usd").await.status, 503);
    assert_eq!(api.fetch("/v1/payment_intents").await.status, 503);
    assert_eq!(api.fetch("/v1/payment_intents").await.status, 200);
    // FIFO.
    sb.inject(status(500, None, None));
    sb.inject(status(502, None, None));
    assert_eq!(api.fetch("/v1/payment_intents").await.status, 500);
    assert_eq!(api.fetch("/v1/payment_intents").await.status, 502);
    // Only requests under the prefix are hit; the others pass it by.
    sb.inject(Fault {
        kind: FaultKind::Status { status: 500, should_retry: None, code: None },
        count: 1,
        path_prefix: Some("/v1/payment_intents/search".into()),
    });
    let pi = api.create("amount=500&currency=usd").await;
    assert_eq!(api.fetch(&format!("/v1/payment_intents/{}", id(&pi))).await.status, 200);
    assert_eq!(api.fetch("/v1/payment_intents/search?query=amount%3E1").await.status, 500);
    assert_eq!(api.fetch("/v1/payment_intents/search?query=amount%3E1").await.status, 200);
    // clear_faults.
    sb.inject(status(500, None, None));
    sb.clear_faults();
    assert_eq!(api.fetch("/v1/payment_intents").await.status, 200);
    // count 0 never fires.
    sb.inject(Fault { kind: FaultKind::Drop, count: 0, path_prefix: None });
    assert_eq!(api.fetch("/v1/payment_intents").await.status, 200);
}

#[tokio::test]
async fn dropped_connections_give_no_response() {
    let (sb, api) = sandbox().await;
    sb.inject(Fault::once(FaultKind::Drop));
    let err = api
        .http
        .post(format!("{}/v1/payment_intents", api.base))
        .bearer_auth(common::KEY)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("amount=500&currency=usd")
        .send()
        .await
        .expect_err("the connection is closed without an answer");
    assert!(err.is_request() || err.is_connect() || err.to_string().contains("connection"), "{err:?}");
    assert!(err.status().is_none());
    assert_eq!(sb.requests().len(), 1);
    assert_eq!(api.fetch("/v1/payment_intents").await.ok()["data"], json!([]));
}

#[tokio::test]
async fn delays_then_normal_processing() {
    let (sb, api) = sandbox().await;
    sb.inject(Fault::once(FaultKind::Delay { ms: 300 }));
    let start = Instant::now();
    let pi = api.create("amount=500&currency=usd").await;
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert_eq!(pi["status"], "requires_payment_method");

    // A client that gives up early: the server still finishes the request,
    // and a retry with the same key gets the stored answer.
    sb.inject(Fault::once(FaultKind::Delay { ms: 300 }));
    let quick = reqwest::Client::builder().timeout(Duration::from_millis(100)).build().unwrap();
    let err = quick
        .post(format!("{}/v1/payment_intents", api.base))
        .bearer_auth(common::KEY)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("idempotency-key", "slow-1")
        .body("amount=600&currency=usd")
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout());
    tokio::time::sleep(Duration::from_millis(400)).await;
    let list = api.fetch("/v1/payment_intents").await.ok();
    assert_eq!(list["data"].as_array().unwrap().len(), 2);
    let again = api.form("/v1/payment_intents", "amount=600&currency=usd").idem("slow-1").send().await;
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body["id"], list["data"][0]["id"]);
}

#[tokio::test]
async fn faults_over_http() {
    let (_sb, api) = sandbox().await;
    let r = api.control("POST", "/__sandbox/faults", Some(json!({"kind": "status", "status": 503, "should_retry": true, "code": null, "count": 1, "path_prefix": null}))).await;
    assert_eq!(r.ok(), json!({"ok": true}));
    let listed = api.control("GET", "/__sandbox/faults", None).await.ok();
    assert_eq!(listed["data"][0]["status"], 503);
    let r = api.post("/v1/payment_intents", "amount=500&currency=usd").await;
    r.err(503);
    assert_eq!(r.header("stripe-should-retry"), Some("true"));

    api.control("POST", "/__sandbox/faults", Some(json!({"kind": "drop", "count": 1}))).await.ok();
    assert!(api.http.get(format!("{}/v1/payment_intents", api.base)).bearer_auth(common::KEY).send().await.is_err());

    api.control("POST", "/__sandbox/faults", Some(json!({"kind": "delay", "ms": 200, "path_prefix": "/v1/"})))
        .await
        .ok();
    let start = Instant::now();
    assert_eq!(api.fetch("/v1/payment_intents").await.status, 200);
    assert!(start.elapsed() >= Duration::from_millis(200));

    for bad in [
        json!({"kind": "explode"}),
        json!({"kind": "status", "status": 200}),
        json!({"kind": "status"}),
        json!({"kind": "delay"}),
        json!({"kind": "drop", "count": -1}),
        json!({"kind": "status", "status": 500, "should_retry": "yes"}),
        json!({"kind": "drop", "path_prefix": 5}),
        json!([1]),
    ] {
        let r = api.control("POST", "/__sandbox/faults", Some(bad.clone())).await;
        assert_eq!(r.status, 400, "{bad}");
    }
    let r = api.http.post(format!("{}/__sandbox/faults", api.base)).body("{not json").send().await.unwrap();
    assert_eq!(r.status().as_u16(), 400);

    api.control("POST", "/__sandbox/faults", Some(json!({"kind": "status", "status": 500, "count": 3}))).await.ok();
    api.control("DELETE", "/__sandbox/faults", None).await.ok();
    assert_eq!(api.fetch("/v1/payment_intents").await.status, 200);
}

#[tokio::test]
async fn request_log_and_reset_over_http() {
    let (sb, api) = sandbox().await;
    let pi = api.create("amount=500&currency=usd&metadata[k]=a%20b").await;
    api.get(&format!("/v1/payment_intents/{}?expand[0]=customer", id(&pi)))
        .header("stripe-version", "2023-08-16")
        .send()
        .await
        .ok();
    let log = api.control("GET", "/__sandbox/requests", None).await.ok();
    let data = log["data"].as_array().unwrap();
    assert_eq!(data.len(), 2, "control requests are not logged");
    assert_eq!(data[0]["method"], "POST");
    assert_eq!(data[0]["path"], "/v1/payment_intents");
    assert_eq!(data[0]["query"], "");
    assert_eq!(data[0]["body"], "amount=500&currency=usd&metadata[k]=a%20b");
    assert_eq!(data[0]["headers"]["authorization"], "Bearer");
    assert_eq!(data[0]["headers"]["content-type"], "application/x-www-form-urlencoded");
    assert!(!log.to_string().contains(common::KEY), "the key never reaches the log");
    assert_eq!(data[1]["method"], "GET");
    assert_eq!(data[1]["query"], "expand[0]=customer");
    assert_eq!(data[1]["body"], "");
    assert_eq!(data[1]["headers"]["stripe-version"], "2023-08-16");
    // The same through the Rust API.
    let recorded = sb.requests();
    assert_eq!(recorded[1].path, format!("/v1/payment_intents/{}", id(&pi)));
    assert_eq!(serde_json::to_value(&recorded).unwrap(), log["data"]);

    api.control("DELETE", "/__sandbox/requests", None).await.ok();
    assert!(sb.requests().is_empty());
    api.fetch("/v1/payment_intents").await.ok();
    sb.clear_requests();
    assert!(sb.requests().is_empty());

    // reset forgets intents, idempotency keys, faults and the log.
    api.form("/v1/payment_intents", "amount=900&currency=usd").idem("r-1").send().await.ok();
    sb.inject(status(500, None, None));
    assert_eq!(api.control("POST", "/__sandbox/reset", None).await.ok(), json!({"ok": true}));
    assert!(sb.requests().is_empty());
    assert_eq!(api.fetch("/v1/payment_intents").await.ok()["data"], json!([]));
    let r = api.form("/v1/payment_intents", "amount=1000&currency=usd").idem("r-1").send().await;
    assert_eq!(r.status, 200, "the key was forgotten");
    // And the Rust API does the same.
    sb.inject(status(500, None, None));
    sb.reset();
    assert_eq!(api.fetch("/v1/payment_intents").await.ok()["data"], json!([]));
}

#[tokio::test]
async fn complete_action_over_http() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=500&currency=usd&payment_method=pm_card_threeDSecure2Required&confirm=true").await;
    let url = format!("/__sandbox/payment_intents/{}/complete_action", id(&pi));
    let r = api.control("POST", &url, Some(json!({"outcome": "maybe"}))).await;
    assert_eq!(r.status, 400);
    let done = api.control("POST", &url, None).await.ok();
    assert_eq!(done["status"], "succeeded");
    // Nothing left to complete.
    let r = api.control("POST", &url, None).await;
    assert_eq!(r.err(400)["code"], "payment_intent_unexpected_state");
    let r = api.control("POST", "/__sandbox/payment_intents/pi_missing/complete_action", None).await;
    assert_eq!(r.err(404)["code"], "resource_missing");
    let r = api.control("GET", "/__sandbox/nothing", None).await;
    assert_eq!(r.status, 404);
    // The 3-D Secure page can fail the authentication too.
    let pi = api.create("amount=500&currency=usd&payment_method=pm_card_threeDSecure2Required&confirm=true").await;
    let page = pi["next_action"]["use_stripe_sdk"]["stripe_js"].as_str().unwrap().to_string();
    let failed: serde_json::Value =
        api.http.get(format!("{page}?outcome=fail")).send().await.unwrap().json().await.unwrap();
    assert_eq!(failed["status"], "requires_payment_method");
    assert_eq!(failed["last_payment_error"]["code"], "payment_intent_authentication_failure");
}
