//! Every error path: wrong states, bad parameters, auth, idempotency,
//! connected accounts.

mod common;

use common::{id, sandbox, KEY};
use serde_json::json;

#[tokio::test]
async fn cancel_twice_is_an_unexpected_state() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=100&currency=usd").await;
    api.act(&id(&pi), "cancel", "").await.ok();
    let r = api.act(&id(&pi), "cancel", "cancellation_reason=duplicate").await;
    let e = r.err(400);
    assert_eq!(e["type"], "invalid_request_error");
    assert_eq!(e["code"], "payment_intent_unexpected_state");
    assert_eq!(
        e["message"],
        "You cannot cancel this PaymentIntent because it has a status of canceled. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing."
    );
    assert_eq!(e["payment_intent"]["status"], "canceled");
    assert_eq!(e["payment_intent"]["id"], pi["id"]);
    assert!(e["doc_url"].as_str().unwrap().starts_with("https://"));
    // A succeeded one can't be canceled either.
    let done = api.create("amount=100&currency=usd&payment_method=pm_card_visa&confirm=true").await;
    let r = api.act(&id(&done), "cancel", "").await;
    assert!(r.err(400)["message"].as_str().unwrap().contains("status of succeeded"));
}

#[tokio::test]
async fn capture_and_confirm_in_the_wrong_state() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=100&currency=usd").await;
    let r = api.act(&id(&pi), "capture", "").await;
    let e = r.err(400);
    assert_eq!(e["code"], "payment_intent_unexpected_state");
    assert!(e["message"]
        .as_str()
        .unwrap()
        .starts_with("You cannot capture this PaymentIntent because it has a status of requires_payment_method."));
    assert_eq!(e["payment_intent"]["status"], "requires_payment_method");

    let r = api.act(&id(&pi), "confirm", "").await;
    let e = r.err(400);
    assert_eq!(e["code"], "payment_intent_unexpected_state");
    assert!(e["message"]
        .as_str()
        .unwrap()
        .starts_with("You cannot confirm this PaymentIntent because it's missing a payment method"));

    let done = api.create("amount=100&currency=usd&payment_method=pm_card_visa&confirm=true").await;
    let r = api.act(&id(&done), "confirm", "payment_method=pm_card_visa").await;
    let e = r.err(400);
    assert!(e["message"]
        .as_str()
        .unwrap()
        .starts_with("You cannot confirm this PaymentIntent because it has a status of succeeded."));
    assert_eq!(e["payment_intent"]["status"], "succeeded");
    assert_eq!(
        api.act(&id(&done), "increment_authorization", "amount=500").await.err(400)["code"],
        "payment_intent_unexpected_state"
    );
}

#[tokio::test]
async fn a_canceled_intent_refuses_everything_but_metadata() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=100&currency=usd&customer=c&payment_method_types[]=customer_balance").await;
    let pid = id(&pi);
    api.act(&pid, "cancel", "").await.ok();
    for (action, body) in [
        ("confirm", "payment_method=pm_card_visa"),
        ("capture", ""),
        ("increment_authorization", "amount=500"),
        ("apply_customer_balance", ""),
        ("verify_microdeposits", "descriptor_code=SM11AA"),
    ] {
        let r = api.act(&pid, action, body).await;
        assert_eq!(r.err(400)["code"], "payment_intent_unexpected_state", "{action}");
    }
    let path = format!("/v1/payment_intents/{pid}");
    let r = api.post(&path, "description=late").await;
    assert_eq!(
        (r.err(400)["code"].as_str(), r.err(400)["param"].as_str()),
        (Some("payment_intent_unexpected_state"), Some("description"))
    );
    assert_eq!(api.post(&path, "metadata[note]=kept").await.ok()["metadata"]["note"], "kept");
    assert_eq!(api.fetch(&path).await.ok()["status"], "canceled");
}

#[tokio::test]
async fn money_fields_are_frozen_after_authorisation() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=100&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await;
    let path = format!("/v1/payment_intents/{}", id(&pi));
    let r = api.post(&path, "amount=200").await;
    assert_eq!(
        (r.err(400)["code"].as_str(), r.err(400)["param"].as_str()),
        (Some("payment_intent_unexpected_state"), Some("amount"))
    );
    assert_eq!(api.post(&path, "description=ok").await.ok()["amount"], 100);
}

#[tokio::test]
async fn capture_amount_checks() {
    let (_sb, api) = sandbox().await;
    let pi =
        api.create("amount=1000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await;
    let r = api.act(&id(&pi), "capture", "amount_to_capture=1001").await;
    let e = r.err(400);
    assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some("amount_too_large"), Some("amount_to_capture")));
    assert_eq!(e["payment_intent"]["status"], "requires_capture");
    for bad in ["0", "-5"] {
        let r = api.act(&id(&pi), "capture", &format!("amount_to_capture={bad}")).await;
        assert_eq!(r.err(400)["code"], "parameter_invalid_integer");
    }
    // Still capturable after the refusals.
    assert_eq!(api.act(&id(&pi), "capture", "amount_to_capture=1000").await.ok()["status"], "succeeded");
}

#[tokio::test]
async fn unknown_intents_are_resource_missing() {
    let (_sb, api) = sandbox().await;
    let r = api.fetch("/v1/payment_intents/pi_nope").await;
    let e = r.err(404);
    assert_eq!(
        (e["type"].as_str(), e["code"].as_str(), e["param"].as_str()),
        (Some("invalid_request_error"), Some("resource_missing"), Some("intent"))
    );
    assert_eq!(e["message"], "No such payment_intent: 'pi_nope'");
    // Path ids are percent-decoded before lookup.
    let r = api.act("pi_a%2F..%2Fb", "cancel", "").await;
    assert_eq!(r.err(404)["message"], "No such payment_intent: 'pi_a/../b'");
    for action in
        ["confirm", "capture", "cancel", "increment_authorization", "apply_customer_balance", "verify_microdeposits"]
    {
        let body = match action {
            "increment_authorization" => "amount=500",
            "verify_microdeposits" => "amounts[]=1&amounts[]=2",
            _ => "",
        };
        assert_eq!(api.act("pi_gone", action, body).await.err(404)["code"], "resource_missing", "{action}");
    }
    assert_eq!(api.post("/v1/payment_intents/pi_gone", "description=x").await.err(404)["code"], "resource_missing");
    // Unknown URLs.
    let r = api.post("/v1/charges", "amount=100").await;
    assert_eq!(r.err(404)["type"], "invalid_request_error");
    assert_eq!(api.act("pi_1", "refund", "").await.status, 404);
}

#[tokio::test]
async fn parameter_errors() {
    let (_sb, api) = sandbox().await;
    let url = "/v1/payment_intents";
    let cases: Vec<(&str, &str, &str)> = vec![
        ("amount=500&currency=usd&colour=red", "parameter_unknown", "colour"),
        ("currency=usd", "parameter_missing", "amount"),
        ("amount=500", "parameter_missing", "currency"),
        ("amount=abc&currency=usd", "parameter_invalid_integer", "amount"),
        ("amount=0&currency=usd", "parameter_invalid_integer", "amount"),
        ("amount=-5&currency=usd", "parameter_invalid_integer", "amount"),
        ("amount=1.5&currency=usd", "parameter_invalid_integer", "amount"),
        ("amount=100000000&currency=usd", "amount_too_large", "amount"),
        ("amount=500&currency=usd&confirm=yes", "parameter_invalid_boolean", "confirm"),
        ("amount=500&currency=usd&capture_method=later", "parameter_invalid_string", "capture_method"),
        (
            "amount=500&currency=usd&statement_descriptor=ABCDEFGHIJKLMNOPQRSTUVW",
            "parameter_invalid_string",
            "statement_descriptor",
        ),
        (
            "amount=500&currency=usd&statement_descriptor_suffix=ABCDEFGHIJKLMNOPQRSTUVW",
            "parameter_invalid_string",
            "statement_descriptor_suffix",
        ),
        ("amount=500&currency=usd&transfer_data[amount]=5", "parameter_missing", "transfer_data[destination]"),
        (
            "amount=500&currency=usd&automatic_payment_methods[enabled]=maybe",
            "parameter_invalid_boolean",
            "automatic_payment_methods[enabled]",
        ),
        ("amount=500&currency=usd&shipping[name]=x", "parameter_missing", "shipping[address]"),
        ("amount=500&currency=usd&application_fee_amount=-1", "parameter_invalid_integer", "application_fee_amount"),
    ];
    for (body, code, param) in cases {
        let r = api.post(url, body).await;
        let e = r.err(400);
        assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some(code), Some(param)), "{body}: {e}");
        assert_eq!(e["type"], "invalid_request_error");
    }
    let e = api.post(url, "amount=500&currency=usd&colour=red").await;
    assert_eq!(e.err(400)["message"], "Received unknown parameter: colour");
    // An unsupported currency: no code, like the API.
    let r = api.post(url, "amount=500&currency=dollars").await;
    let e = r.err(400);
    assert_eq!((e["param"].as_str(), e.get("code")), (Some("currency"), None));
    // Nothing was created by any of these.
    assert_eq!(api.fetch(url).await.ok()["data"], json!([]));
    // Nested contents are accepted loosely.
    api.create("amount=500&currency=usd&payment_method_options[card][mystery]=1&payment_method_data[type]=card&payment_method_data[anything][x]=y").await;
    // JSON bodies are checked the same way.
    let r = api.json(url, &json!({"amount": "x", "currency": "usd"})).idem("j1").send().await;
    assert_eq!(r.err(400)["code"], "parameter_invalid_integer");
    let r = api.json(url, &json!({"amount": 500, "currency": "usd", "colour": 1})).idem("j2").send().await;
    assert_eq!(r.err(400)["param"], "colour");
    let r = api.json(url, &json!({"amount": 500, "currency": "usd", "confirm": "sure"})).idem("j3").send().await;
    assert_eq!(r.err(400)["code"], "parameter_invalid_boolean");
    let r = api.json(url, &json!([1, 2])).idem("j4").send().await;
    r.err(400);
    let r = api.json(url, &json!(null)).header("x", "y").idem("j5").send().await;
    r.err(400);
    // Per-operation checks.
    let pi = api.create("amount=500&currency=usd").await;
    let r = api.act(&id(&pi), "cancel", "cancellation_reason=bored").await;
    assert_eq!(
        (r.err(400)["code"].as_str(), r.err(400)["param"].as_str()),
        (Some("parameter_invalid_string"), Some("cancellation_reason"))
    );
    let r = api.act(&id(&pi), "cancel", "cancellation_reason=automatic").await;
    assert_eq!(r.err(400)["param"], "cancellation_reason");
    let r = api.act(&id(&pi), "increment_authorization", "").await;
    assert_eq!(
        (r.err(400)["code"].as_str(), r.err(400)["param"].as_str()),
        (Some("parameter_missing"), Some("amount"))
    );
    let r = api.act(&id(&pi), "capture", "amount=500").await;
    assert_eq!(r.err(400)["code"], "parameter_unknown");
    let r = api.act(&id(&pi), "confirm", "error_on_requires_action=1").await;
    assert_eq!(r.err(400)["code"], "parameter_invalid_boolean");
    let r = api.fetch(&format!("/v1/payment_intents/{}?foo=1", id(&pi))).await;
    assert_eq!(r.err(400)["code"], "parameter_unknown");
    let r = api.post(url, "amount=500&amount=600&currency=usd").await;
    r.err(400);
    let r = api.form(url, "amount=500").header("content-type", "text/plain").send().await;
    r.err(400);
}

#[tokio::test]
async fn authentication_and_permissions() {
    let (_sb, api) = sandbox().await;
    let url = "/v1/payment_intents";
    // No key at all.
    let r = api.with_key(None).post(url, "amount=100&currency=usd").await;
    let e = r.err(401);
    assert_eq!(e["type"], "authentication_error");
    assert!(e["message"].as_str().unwrap().starts_with("You did not provide an API key"));
    assert!(r.header("request-id").is_some());
    // A key of the wrong kind: masked in the message.
    // (pk_test_ keys are valid but limited: tests/publishable.rs.)
    for key in ["sk_live_abcdefghijklmnopqrst", "pk_live_abcdefghijklmnopqrst", "nonsense-key-with-secret", "sk_test_"]
    {
        let r = api.with_key(Some(key)).post(url, "amount=100&currency=usd").await;
        let e = r.err(401);
        assert_eq!(e["type"], "authentication_error");
        let msg = e["message"].as_str().unwrap();
        assert!(msg.starts_with("Invalid API Key provided: "), "{msg}");
        assert!(!msg.contains("abcdefghijklmnop") && !msg.contains("with-secret"), "{msg}");
    }
    // Basic auth with the key as user name works for the Stripe profile too.
    let r = api
        .http
        .post(format!("{}{url}", api.base))
        .basic_auth(KEY, None::<&str>)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("amount=100&currency=usd")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = api.http.get(format!("{}{url}", api.base)).header("authorization", "Token abc").send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
    // Restricted keys read but do not write.
    let rk = api.with_key(Some("rk_test_readonly_key"));
    assert_eq!(rk.fetch(url).await.status, 200);
    let r = rk.post(url, "amount=100&currency=usd").await;
    assert_eq!(r.err(403)["type"], "permission_error");
    // Bad auth is not recorded as an idempotent result.
    let r = api.with_key(None).form(url, "amount=100&currency=usd").idem("auth-k").send().await;
    r.err(401);
    let r = api.form(url, "amount=100&currency=usd").idem("auth-k").send().await;
    assert_eq!(r.status, 200);
    assert!(r.header("idempotent-replayed").is_none());
}

#[tokio::test]
async fn idempotent_replays_like_stripe() {
    let (_sb, api) = sandbox().await;
    let url = "/v1/payment_intents";
    let first =
        api.form(url, "amount=500&currency=usd&metadata[x]=1&metadata[y]=2&description=d").idem("idem-1").send().await;
    assert_eq!(first.status, 200);
    assert!(first.header("idempotent-replayed").is_none());
    assert_eq!(first.header("idempotency-key"), Some("idem-1"));
    // Same parameters in another order: the stored answer, original request id.
    let second =
        api.form(url, "description=d&metadata[y]=2&currency=usd&metadata[x]=1&amount=500").idem("idem-1").send().await;
    assert_eq!(second.status, 200);
    assert_eq!(second.header("idempotent-replayed"), Some("true"));
    assert_eq!(second.header("request-id"), first.header("request-id"));
    assert_eq!(second.body, first.body);
    assert_eq!(api.fetch(url).await.ok()["data"].as_array().unwrap().len(), 1);
    // Other parameters with the same key.
    let r = api.form(url, "amount=501&currency=usd").idem("idem-1").send().await;
    let e = r.err(400);
    assert_eq!(e["type"], "idempotency_error");
    assert_eq!(
        e["message"],
        "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'idem-1' if you meant to execute a different request."
    );
    // Another path with the same key.
    let r = api.form(&format!("{url}/{}/cancel", id(&first.body)), "").idem("idem-1").send().await;
    assert_eq!(r.err(400)["type"], "idempotency_error");
    // GETs ignore the header.
    let g = api.get(url).idem("idem-1").send().await;
    assert_eq!(g.status, 200);
    assert!(g.header("idempotent-replayed").is_none());
    // Too long a key.
    let r = api.form(url, "amount=100&currency=usd").idem(&"k".repeat(256)).send().await;
    assert_eq!(r.err(400)["type"], "invalid_request_error");
    assert_eq!(api.form(url, "amount=100&currency=usd").idem(&"k".repeat(255)).send().await.status, 200);
}

#[tokio::test]
async fn what_idempotency_stores_and_what_it_does_not() {
    let (_sb, api) = sandbox().await;
    let url = "/v1/payment_intents";
    // Validation failures are not stored: the key stays usable.
    api.form(url, "amount=-1&currency=usd").idem("v-1").send().await.err(400);
    assert_eq!(api.form(url, "amount=500&currency=usd").idem("v-1").send().await.status, 200);
    // Declines are stored and replayed (no second attempt).
    let pi = api.create("amount=500&currency=usd").await;
    let path = format!("{url}/{}/confirm", id(&pi));
    let d1 = api.form(&path, "payment_method=pm_card_chargeDeclined").idem("d-1").send().await;
    let d2 = api.form(&path, "payment_method=pm_card_chargeDeclined").idem("d-1").send().await;
    d1.err(402);
    assert_eq!(d2.status, 402);
    assert_eq!(d2.header("idempotent-replayed"), Some("true"));
    assert_eq!(d1.body, d2.body);
    // State errors are stored too.
    let c = format!("{url}/{}/capture", id(&pi));
    let s1 = api.form(&c, "").idem("s-1").send().await;
    let s2 = api.form(&c, "").idem("s-1").send().await;
    assert_eq!((s1.status, s2.status), (400, 400));
    assert_eq!(s2.header("idempotent-replayed"), Some("true"));
    // Keys are scoped per API key and per connected account.
    let a = api.form(url, "amount=700&currency=usd").idem("scope").send().await.ok();
    let b = api
        .with_key(Some("sk_test_other_key_0002"))
        .form(url, "amount=700&currency=usd")
        .idem("scope")
        .send()
        .await
        .ok();
    let c = api.form(url, "amount=700&currency=usd").idem("scope").account("acct_1").send().await.ok();
    assert_ne!(a["id"], b["id"]);
    assert_ne!(a["id"], c["id"]);
    // The Stripe and LeanRails profiles stand for two services: a LeanRails
    // request never replays a Stripe answer, even with the same key.
    let j = api.json(url, &json!({"amount": 700, "currency": "usd"})).idem("scope").send().await;
    assert!(j.header("idempotent-replayed").is_none());
    assert_ne!(j.body["id"], a["id"]);
    let again = api.json(url, &json!({"amount": 700, "currency": "usd"})).idem("scope").send().await;
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body, j.body);
}

#[tokio::test]
async fn leanrails_requires_an_idempotency_key() {
    let (_sb, api) = sandbox().await;
    let r = api.json("/v1/payment_intents", &json!({"amount": 100, "currency": "usd"})).send().await;
    let e = r.err(400);
    assert_eq!(
        (e["type"].as_str(), e["code"].as_str()),
        (Some("invalid_request_error"), Some("idempotency_key_missing"))
    );
    assert!(e.get("param").is_none());
    assert_eq!(api.fetch("/v1/payment_intents").await.ok()["data"], json!([]));
    let r = api.json("/v1/payment_intents", &json!({"amount": 100, "currency": "usd"})).idem("").send().await;
    assert_eq!(r.err(400)["code"], "idempotency_key_missing");
}

#[tokio::test]
async fn connected_accounts_are_isolated() {
    let (_sb, api) = sandbox().await;
    let r = api.form("/v1/payment_intents", "amount=500&currency=usd").account("acct_A").send().await;
    assert_eq!(r.header("stripe-account"), Some("acct_A"));
    let pid = id(&r.body);
    let path = format!("/v1/payment_intents/{pid}");
    assert_eq!(api.get(&path).account("acct_A").send().await.status, 200);
    assert_eq!(api.fetch(&path).await.err(404)["code"], "resource_missing");
    assert_eq!(api.get(&path).account("acct_B").send().await.status, 404);
    assert_eq!(api.act(&pid, "cancel", "").await.status, 404);
    let listed = api.fetch("/v1/payment_intents").await.ok();
    assert_eq!(listed["data"], json!([]));
    let listed = api.get("/v1/payment_intents").account("acct_A").send().await.ok();
    assert_eq!(listed["data"][0]["id"], pid.as_str());
    let found = api
        .get("/v1/payment_intents/search?expand[]=total_count&query=status%3A%27requires_payment_method%27")
        .account("acct_A")
        .send()
        .await
        .ok();
    assert_eq!(found["total_count"], 1);
    // complete_action takes the account in its body.
    let pi = api
        .form(
            "/v1/payment_intents",
            "amount=500&currency=usd&payment_method=pm_card_authenticationRequired&confirm=true",
        )
        .account("acct_A")
        .send()
        .await
        .ok();
    let u = format!("/__sandbox/payment_intents/{}/complete_action", id(&pi));
    assert_eq!(api.control("POST", &u, Some(json!({}))).await.status, 404);
    assert_eq!(api.control("POST", &u, Some(json!({"account": "acct_A"}))).await.ok()["status"], "succeeded");
}
