//! The sandbox over plain HTTP: wire profiles, auth, idempotency, accounts,
//! control endpoints and the binary.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use payintent_sandbox::{Sandbox, SandboxConfig};
use serde_json::{json, Value};

const KEY: &str = "sk_test_sandbox";

async fn post_form(
    url: &str,
    key: &str,
    body: &str,
    idem: Option<&str>,
    acct: Option<&str>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut req = reqwest::Client::new()
        .post(url)
        .bearer_auth(key)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_string());
    if let Some(k) = idem {
        req = req.header("idempotency-key", k);
    }
    if let Some(a) = acct {
        req = req.header("stripe-account", a);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    (status, headers, resp.json().await.unwrap())
}

#[tokio::test]
async fn form_and_json_profiles_share_state() {
    let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let base = sb.base_url();
    let (st, h, pi) = post_form(
        &format!("{base}/v1/payment_intents"),
        KEY,
        "amount=1000&currency=usd&metadata[a]=1&payment_method_types[0]=card&expand[]=customer",
        None,
        None,
    )
    .await;
    assert_eq!(st, 200, "{pi}");
    assert!(h["request-id"].to_str().unwrap().starts_with("req_"));
    assert_eq!(h["stripe-version"], "2023-08-16");
    assert_eq!(pi["metadata"]["a"], "1");
    assert_eq!(pi["status"], "requires_payment_method");
    for field in [
        "amount_capturable",
        "amount_details",
        "application",
        "automatic_payment_methods",
        "canceled_at",
        "client_secret",
        "confirmation_method",
        "latest_charge",
        "next_action",
        "processing",
        "review",
        "shipping",
        "transfer_data",
        "transfer_group",
    ] {
        assert!(pi.get(field).is_some(), "{field} missing");
    }
    let id = pi["id"].as_str().unwrap();
    // LeanRails: JSON, Basic auth, Idempotency-Key required.
    let basic = reqwest::Client::new()
        .post(format!("{base}/v1/payment_intents/{id}/cancel"))
        .basic_auth(KEY, Some(""))
        .header("content-type", "application/json")
        .header("x-api-version", "2024-01-01")
        .body(r#"{"cancellation_reason":"duplicate"}"#);
    let resp = basic.try_clone().unwrap().send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["error"]["code"], "idempotency_key_missing");
    let resp = basic.header("idempotency-key", "k1").send().await.unwrap();
    assert_eq!(resp.headers()["x-api-version"], "2024-01-01");
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["status"], "canceled");
    assert_eq!(v["cancellation_reason"], "duplicate");
}

#[tokio::test]
async fn auth_errors_mask_the_key() {
    let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let url = format!("{}/v1/payment_intents", sb.base_url());
    let (st, _, v) = post_form(&url, "sk_live_abcdefghijklmnop", "amount=100&currency=usd", None, None).await;
    assert_eq!(st, 401);
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(!msg.contains("abcdefghijkl"), "{msg}");
    let resp = reqwest::Client::new().get(&url).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    let (st, _, v) = post_form(&url, "rk_test_ro", "amount=100&currency=usd", None, None).await;
    assert_eq!((st, v["error"]["type"].as_str()), (403, Some("permission_error")));
}

#[tokio::test]
async fn idempotency_like_stripe() {
    let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let url = format!("{}/v1/payment_intents", sb.base_url());
    let (s1, h1, a) =
        post_form(&url, KEY, "amount=500&currency=usd&metadata[x]=1&description=d", Some("idem-1"), None).await;
    // Same parameters in another order: a replay with the original request id.
    let (s2, h2, b) =
        post_form(&url, KEY, "description=d&metadata[x]=1&currency=usd&amount=500", Some("idem-1"), None).await;
    assert_eq!((s1, s2), (200, 200));
    assert_eq!(a, b);
    assert_eq!(h2["idempotent-replayed"], "true");
    assert_eq!(h1["request-id"], h2["request-id"]);
    assert!(h1.get("idempotent-replayed").is_none());
    let (s3, _, c) = post_form(&url, KEY, "amount=501&currency=usd", Some("idem-1"), None).await;
    assert_eq!(s3, 400);
    assert_eq!(c["error"]["type"], "idempotency_error");
    // Validation failures are not stored: the key stays usable.
    let (s4, _, _) = post_form(&url, KEY, "amount=-1&currency=usd", Some("idem-2"), None).await;
    assert_eq!(s4, 400);
    let (s5, _, _) = post_form(&url, KEY, "amount=500&currency=usd", Some("idem-2"), None).await;
    assert_eq!(s5, 200);
    // Errors from execution are stored and replayed.
    let id = a["id"].as_str().unwrap();
    let cancel = format!("{url}/{id}/cancel");
    post_form(&cancel, KEY, "", None, None).await;
    let (s6, _, e1) = post_form(&cancel, KEY, "", Some("idem-3"), None).await;
    let (s7, h7, e2) = post_form(&cancel, KEY, "", Some("idem-3"), None).await;
    assert_eq!((s6, s7), (400, 400));
    assert_eq!(e1, e2);
    assert_eq!(h7["idempotent-replayed"], "true");
    // Keys are scoped per API key.
    let (s8, h8, _) = post_form(&url, "sk_test_other", "amount=501&currency=usd", Some("idem-1"), None).await;
    assert_eq!(s8, 200);
    assert!(h8.get("idempotent-replayed").is_none());
}

#[tokio::test]
async fn connected_accounts_are_isolated() {
    let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let url = format!("{}/v1/payment_intents", sb.base_url());
    let (_, h, pi) = post_form(&url, KEY, "amount=500&currency=usd", None, Some("acct_A")).await;
    assert_eq!(h["stripe-account"], "acct_A");
    let id = pi["id"].as_str().unwrap();
    let get = |acct: Option<&'static str>| {
        let mut r = reqwest::Client::new().get(format!("{url}/{id}")).bearer_auth(KEY);
        if let Some(a) = acct {
            r = r.header("stripe-account", a);
        }
        r
    };
    assert_eq!(get(Some("acct_A")).send().await.unwrap().status().as_u16(), 200);
    assert_eq!(get(None).send().await.unwrap().status().as_u16(), 404);
}

#[tokio::test]
async fn control_endpoints_and_actions() {
    let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let base = sb.base_url();
    let http = reqwest::Client::new();
    let r = http
        .post(format!("{base}/__sandbox/faults"))
        .json(&json!({"kind": "status", "status": 503, "should_retry": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = http.post(format!("{base}/__sandbox/faults")).json(&json!({"kind": "nope"})).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let (st, h, v) = post_form(&format!("{base}/v1/payment_intents"), KEY, "amount=500&currency=usd", None, None).await;
    assert_eq!(st, 503);
    assert_eq!(h["stripe-should-retry"], "false");
    assert_eq!(v["error"]["type"], "api_error");
    let log: Value = http.get(format!("{base}/__sandbox/requests")).send().await.unwrap().json().await.unwrap();
    assert_eq!(log["data"][0]["body"], "amount=500&currency=usd");
    assert_eq!(log["data"][0]["headers"]["authorization"], "Bearer");

    // 3-D Secure, then the customer completes the action.
    let (_, _, pi) = post_form(
        &format!("{base}/v1/payment_intents"),
        KEY,
        "amount=700&currency=usd&capture_method=manual&payment_method=pm_card_threeDSecure2Required&confirm=true",
        None,
        None,
    )
    .await;
    assert_eq!(pi["status"], "requires_action");
    let id = pi["id"].as_str().unwrap();
    let done: Value = http
        .post(format!("{base}/__sandbox/payment_intents/{id}/complete_action"))
        .json(&json!({}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(done["status"], "requires_capture");
    assert_eq!(done["amount_capturable"], 700);

    http.post(format!("{base}/__sandbox/reset")).send().await.unwrap();
    let r = http.get(format!("{base}/v1/payment_intents/{id}")).bearer_auth(KEY).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 404);
}

#[tokio::test]
async fn unknown_and_invalid_parameters() {
    let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let url = format!("{}/v1/payment_intents", sb.base_url());
    let (st, _, v) = post_form(&url, KEY, "amount=500&currency=usd&colour=red", None, None).await;
    assert_eq!(
        (st, v["error"]["code"].as_str(), v["error"]["param"].as_str()),
        (400, Some("parameter_unknown"), Some("colour"))
    );
    let (_, _, v) = post_form(&url, KEY, "amount=five&currency=usd", None, None).await;
    assert_eq!(v["error"]["code"], "parameter_invalid_integer");
    let (_, _, v) = post_form(&url, KEY, "currency=usd", None, None).await;
    assert_eq!(v["error"]["code"], "parameter_missing");
    let (_, _, pi) = post_form(&url, KEY, "amount=500&currency=usd", None, None).await;
    let (_, _, v) = post_form(
        &format!("{url}/{}/cancel", pi["id"].as_str().unwrap()),
        KEY,
        "cancellation_reason=bored",
        None,
        None,
    )
    .await;
    assert_eq!(v["error"]["param"], "cancellation_reason");
}

/// A sandbox binary started by a test; dropping it (also when an assertion
/// fails) kills and reaps the process, so no server outlives the test run.
struct Spawned(std::process::Child);

impl Drop for Spawned {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

fn spawn_binary(args: &[&str]) -> (Spawned, String) {
    let exe = env!("CARGO_BIN_EXE_payintent-sandbox");
    let mut child = Spawned(Command::new(exe).args(args).stdout(Stdio::piped()).spawn().unwrap());
    let mut line = String::new();
    BufReader::new(child.0.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line
        .trim_end()
        .strip_prefix("payintent-sandbox listening on ")
        .unwrap_or_else(|| panic!("{line:?}"))
        .to_string();
    (child, url)
}

#[test]
fn the_binary_prints_its_address_serves_and_stops_on_sigterm() {
    let (mut child, url) = spawn_binary(&["--port", "0"]);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let port: u16 = url.rsplit(':').next().unwrap().parse().unwrap();
    assert_ne!(port, 0);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let status = rt.block_on(async {
        reqwest::Client::new().get(format!("{url}/v1/payment_intents")).bearer_auth(KEY).send().await.unwrap().status()
    });
    assert_eq!(status.as_u16(), 200);
    let killed = Command::new("kill").args(["-TERM", &child.0.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let exit = child.0.wait().unwrap();
    assert!(exit.success(), "SIGTERM should exit 0, got {exit:?}");

    let (child, url) = spawn_binary(&["--addr", "127.0.0.1", "--port", "0"]);
    assert!(url.starts_with("http://127.0.0.1:"));
    drop(child);
}

#[test]
fn the_binary_refuses_remote_addresses_and_bad_flags() {
    let exe = env!("CARGO_BIN_EXE_payintent-sandbox");
    let refused = Command::new(exe).args(["--addr", "0.0.0.0", "--port", "0"]).output().unwrap();
    assert!(!refused.status.success());
    assert!(refused.stdout.is_empty());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--allow-remote"));
    let bad = Command::new(exe).args(["--port", "seventy"]).output().unwrap();
    assert!(!bad.status.success());
    let bad = Command::new(exe).args(["--bogus"]).output().unwrap();
    assert!(!bad.status.success());
}

#[test]
fn background_start_works_without_a_runtime() {
    let sb = Sandbox::start_background(SandboxConfig::default()).unwrap();
    let url = sb.base_url();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let status = rt.block_on(async {
        reqwest::Client::new().get(format!("{url}/v1/payment_intents")).bearer_auth(KEY).send().await.unwrap().status()
    });
    assert_eq!(status.as_u16(), 200);
    drop(sb);
}
