//! Webhooks: endpoint CRUD and URL refusal, the events intent transitions
//! make (from requests, timers and control endpoints), `/v1/events`
//! filters, and signed delivery to a local receiver, with retries after
//! failures and timeouts, checked with an HMAC computed here independently.

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use common::{id, percent, Api, KEY};
use http_body_util::{BodyExt, Full};
use payintent_sandbox::{Sandbox, SandboxConfig, WebhookConfig};
use serde_json::{json, Value};

/// A sandbox whose webhook retries and timeouts are short.
async fn quick_sandbox(max_attempts: u32) -> (Sandbox, Api) {
    let webhooks = WebhookConfig {
        initial_backoff: Duration::from_millis(200),
        max_backoff: Duration::from_millis(800),
        max_attempts,
        timeout: Duration::from_millis(400),
    };
    let sb = Sandbox::start(SandboxConfig { webhooks, ..SandboxConfig::default() }).await.expect("sandbox starts");
    let api = Api::new(&sb.base_url());
    (sb, api)
}

/// One delivery as the receiver saw it.
#[derive(Clone, Debug)]
struct Got {
    at: Instant,
    path: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Got {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    fn event(&self) -> Value {
        serde_json::from_str(&self.body).expect("the body is JSON")
    }
}

/// What the receiver does with delivery number `n` (0-based): wait this long,
/// then answer this status.
type Script = Arc<dyn Fn(usize) -> (Duration, u16) + Send + Sync>;

/// A local HTTP server standing for a webhook handler.
struct Receiver {
    url: String,
    got: Arc<Mutex<Vec<Got>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Receiver {
    async fn start(script: Script) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://127.0.0.1:{}/hooks/payintent", listener.local_addr().unwrap().port());
        let got: Arc<Mutex<Vec<Got>>> = Arc::default();
        let seen = got.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let (seen, script) = (seen.clone(), script.clone());
                tokio::spawn(async move {
                    let svc = hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                        let (seen, script) = (seen.clone(), script.clone());
                        async move {
                            let path = req.uri().path().to_string();
                            let headers = req
                                .headers()
                                .iter()
                                .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
                                .collect();
                            let body = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
                            let body = String::from_utf8_lossy(&body).to_string();
                            let n = {
                                let mut g = seen.lock().unwrap();
                                g.push(Got { at: Instant::now(), path, headers, body });
                                g.len() - 1
                            };
                            let (wait, status) = script(n);
                            tokio::time::sleep(wait).await;
                            let resp = hyper::Response::builder().status(status).body(Full::new(Bytes::from("ok")));
                            Ok::<_, std::convert::Infallible>(resp.unwrap())
                        }
                    });
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let _ = hyper::server::conn::http1::Builder::new().serve_connection(io, svc).await;
                });
            }
        });
        Receiver { url, got, task }
    }

    fn got(&self) -> Vec<Got> {
        self.got.lock().unwrap().clone()
    }

    /// Wait until at least `n` deliveries came (panics after 10 s).
    async fn wait_for(&self, n: usize) -> Vec<Got> {
        let start = Instant::now();
        loop {
            let got = self.got();
            if got.len() >= n {
                return got;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "only {} of {n} deliveries came: {got:?}", got.len());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn answer(status: u16) -> Script {
    Arc::new(move |_| (Duration::ZERO, status))
}

async fn new_endpoint(api: &Api, url: &str, events: &[&str]) -> Value {
    let mut body = format!("url={}", percent(url));
    for e in events {
        body.push_str(&format!("&enabled_events[]={}", percent(e)));
    }
    api.post("/v1/webhook_endpoints", &body).await.ok()
}

/// This account's events, newest first, with a query such as `type=…`.
async fn events(api: &Api, query: &str) -> Vec<Value> {
    let list = api.fetch(&format!("/v1/events?limit=100&{query}")).await.ok();
    assert_eq!(list["object"], "list");
    list["data"].as_array().unwrap().clone()
}

/// The types of the events of intent `pid`, oldest first.
async fn types_of(api: &Api, pid: &str) -> Vec<String> {
    let mut v: Vec<String> = events(api, "")
        .await
        .iter()
        .filter(|e| e["data"]["object"]["id"] == pid)
        .map(|e| e["type"].as_str().unwrap().to_string())
        .collect();
    v.reverse();
    v
}

/// The one event of type `ty` about intent `pid`.
async fn event_of(api: &Api, pid: &str, ty: &str) -> Value {
    let found: Vec<Value> =
        events(api, &format!("type={ty}")).await.into_iter().filter(|e| e["data"]["object"]["id"] == pid).collect();
    assert_eq!(found.len(), 1, "{ty} of {pid}: {found:?}");
    found[0].clone()
}

async fn wait_until(what: &str, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(start.elapsed() < Duration::from_secs(10), "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// HMAC-SHA256 written out from RFC 2104 over a plain SHA-256, so the check
/// does not share the sandbox's HMAC code.
fn hmac_sha256_hex(key: &[u8], msg: &[u8]) -> String {
    use ring::digest::{digest, SHA256};
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(digest(&SHA256, key).as_ref());
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let mut inner: Vec<u8> = block.iter().map(|b| b ^ 0x36).collect();
    inner.extend_from_slice(msg);
    let mut outer: Vec<u8> = block.iter().map(|b| b ^ 0x5c).collect();
    outer.extend_from_slice(digest(&SHA256, &inner).as_ref());
    digest(&SHA256, &outer).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn the_hmac_of_this_test_is_right() {
    // RFC 4231, test cases 2 and 6 (a key longer than a block).
    assert_eq!(
        hmac_sha256_hex(b"Jefe", b"what do ya want for nothing?"),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
    assert_eq!(
        hmac_sha256_hex(&[0xaa; 131], b"Test Using Larger Than Block-Size Key - Hash Key First"),
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
    );
}

/// Check a `Stripe-Signature` header over `body` with `secret`; its `t`.
fn verify(header: &str, body: &str, secret: &str) -> i64 {
    let mut t = None;
    let mut v1 = vec![];
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => v1.push(v.to_string()),
            _ => {}
        }
    }
    let t = t.expect("a t= part");
    let expected = hmac_sha256_hex(secret.as_bytes(), format!("{t}.{body}").as_bytes());
    assert!(v1.contains(&expected), "no v1 signature matches: {header}");
    t
}

#[tokio::test]
async fn endpoints_are_created_read_updated_listed_and_deleted() {
    let (_sb, api) = common::sandbox().await;
    let body = format!(
        "url={}&enabled_events[]=*&description=orders&metadata[team]=payments",
        percent("http://127.0.0.1:4242/hooks?x=1")
    );
    let we = api.post("/v1/webhook_endpoints", &body).await.ok();
    let wid = id(&we);
    assert!(wid.starts_with("we_"));
    assert_eq!(we["object"], "webhook_endpoint");
    assert_eq!(we["url"], "http://127.0.0.1:4242/hooks?x=1");
    assert_eq!(we["enabled_events"], json!(["*"]));
    assert_eq!((we["status"].as_str(), we["livemode"].as_bool()), (Some("enabled"), Some(false)));
    assert_eq!((we["description"].as_str(), &we["metadata"]), (Some("orders"), &json!({"team": "payments"})));
    assert!(we["secret"].as_str().unwrap().starts_with("whsec_"));
    assert!(we["created"].as_i64().unwrap() > 1_600_000_000);

    // The secret is shown on creation only.
    let got = api.fetch(&format!("/v1/webhook_endpoints/{wid}")).await.ok();
    assert!(got.get("secret").is_none(), "{got}");
    assert_eq!(got["url"], we["url"]);

    let body = format!(
        "url={}&enabled_events[]=payment_intent.succeeded&enabled_events[]=payment_intent.payment_failed&disabled=true&description=",
        percent("http://localhost:9000/x")
    );
    let up = api.post(&format!("/v1/webhook_endpoints/{wid}"), &body).await.ok();
    assert_eq!(up["url"], "http://localhost:9000/x");
    assert_eq!(up["enabled_events"], json!(["payment_intent.succeeded", "payment_intent.payment_failed"]));
    assert_eq!((up["status"].as_str(), &up["description"]), (Some("disabled"), &Value::Null));
    assert!(up.get("secret").is_none());
    let up = api.post(&format!("/v1/webhook_endpoints/{wid}"), "disabled=false").await.ok();
    assert_eq!(up["status"], "enabled");

    let second = new_endpoint(&api, "http://[::1]:8080/", &["payment_intent.created"]).await;
    let list = api.fetch("/v1/webhook_endpoints").await.ok();
    let ids: Vec<&str> = list["data"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [second["id"].as_str().unwrap(), wid.as_str()], "newest first");
    assert!(list["data"].as_array().unwrap().iter().all(|e| e.get("secret").is_none()));
    assert_eq!((list["url"].as_str(), list["has_more"].as_bool()), (Some("/v1/webhook_endpoints"), Some(false)));
    let first_page = api.fetch("/v1/webhook_endpoints?limit=1").await.ok();
    assert_eq!((first_page["data"][0]["id"] == second["id"], first_page["has_more"].as_bool()), (true, Some(true)));
    let next = api
        .fetch(&format!("/v1/webhook_endpoints?limit=1&starting_after={}", second["id"].as_str().unwrap()))
        .await
        .ok();
    assert_eq!(next["data"][0]["id"], wid.as_str());

    let del =
        api.http.delete(format!("{}/v1/webhook_endpoints/{wid}", api.base)).bearer_auth(KEY).send().await.unwrap();
    assert_eq!(del.status(), 200);
    let del: Value = del.json().await.unwrap();
    assert_eq!(del, json!({"id": wid, "object": "webhook_endpoint", "deleted": true}));
    let gone = api.fetch(&format!("/v1/webhook_endpoints/{wid}")).await;
    assert_eq!(gone.err(404)["code"], "resource_missing");
    let again =
        api.http.delete(format!("{}/v1/webhook_endpoints/{wid}", api.base)).bearer_auth(KEY).send().await.unwrap();
    assert_eq!(again.status(), 404);
}

#[tokio::test]
async fn only_loopback_http_urls_and_known_event_types_are_accepted() {
    let (_sb, api) = common::sandbox().await;
    for url in [
        "https://127.0.0.1/hook",
        "http://example.com/hook",
        "http://10.0.0.7/",
        "http://user@localhost/",
        "localhost:80",
    ] {
        let r = api.post("/v1/webhook_endpoints", &format!("url={}&enabled_events[]=*", percent(url))).await;
        let e = r.err(400);
        assert_eq!((e["type"].as_str(), e["param"].as_str()), (Some("invalid_request_error"), Some("url")), "{url}");
    }
    let r = api.post("/v1/webhook_endpoints", "enabled_events[]=*").await;
    assert_eq!((r.err(400)["code"].as_str(), r.err(400)["param"].as_str()), (Some("parameter_missing"), Some("url")));
    let url = percent("http://127.0.0.1:1/");
    let r = api.post("/v1/webhook_endpoints", &format!("url={url}")).await;
    assert_eq!(r.err(400)["param"], "enabled_events");
    let r =
        api.post("/v1/webhook_endpoints", &format!("url={url}&enabled_events[]=*&enabled_events[]=charge.bogus")).await;
    assert_eq!(r.err(400)["param"], "enabled_events[1]");
    let r = api.post("/v1/webhook_endpoints", &format!("url={url}&enabled_events[]=*&connect=true")).await;
    assert_eq!(r.err(400)["code"], "parameter_unknown");
    // An update to a remote URL is refused and changes nothing.
    let we = new_endpoint(&api, "http://127.0.0.1:1/", &["*"]).await;
    let path = format!("/v1/webhook_endpoints/{}", id(&we));
    let r = api.post(&path, &format!("url={}", percent("http://192.168.1.2/"))).await;
    assert_eq!(r.err(400)["param"], "url");
    assert_eq!(api.fetch(&path).await.ok()["url"], "http://127.0.0.1:1/");
    // The same keys rules as everywhere else.
    let r =
        api.with_key(Some("rk_test_ro")).post("/v1/webhook_endpoints", &format!("url={url}&enabled_events[]=*")).await;
    assert_eq!(r.err(403)["type"], "permission_error");
    let r = api.with_key(Some("pk_test_pub")).fetch("/v1/webhook_endpoints").await;
    assert_eq!(r.err(403)["type"], "permission_error");
    let r = api.with_key(None).fetch("/v1/events").await;
    assert_eq!(r.err(401)["type"], "authentication_error");
    // Endpoints belong to one account.
    let r = api.get(&path).account("acct_other").send().await;
    assert_eq!(r.err(404)["code"], "resource_missing");
}

#[tokio::test]
async fn a_create_confirm_capture_flow_and_a_cancel_make_their_events() {
    let (_sb, api) = common::sandbox().await;
    let created = api.form("/v1/payment_intents", "amount=2000&currency=usd").idem("order-1").send().await;
    let request_id = created.header("request-id").unwrap().to_string();
    let pid = id(&created.ok());
    let confirmed = api.act(&pid, "confirm", "payment_method=pm_card_visa").await;
    let confirm_request = confirmed.header("request-id").unwrap().to_string();
    assert_eq!(confirmed.ok()["status"], "succeeded");
    assert_eq!(types_of(&api, &pid).await, ["payment_intent.created", "payment_intent.succeeded"]);

    let ev = event_of(&api, &pid, "payment_intent.created").await;
    assert!(ev["id"].as_str().unwrap().starts_with("evt_"));
    assert_eq!((ev["object"].as_str(), ev["livemode"].as_bool()), (Some("event"), Some(false)));
    assert_eq!(ev["api_version"], "2023-08-16");
    assert_eq!(ev["request"], json!({"id": request_id, "idempotency_key": "order-1"}));
    assert_eq!(ev["pending_webhooks"], 0, "no endpoint listens");
    assert_eq!(ev["data"]["object"]["status"], "requires_payment_method");
    assert_eq!(ev["data"]["object"]["object"], "payment_intent");
    assert!(ev["data"].get("previous_attributes").is_none());
    assert!(ev["data"]["object"].get("charges").is_none() && ev["data"]["object"].get("merchant_id").is_none());
    assert_eq!(api.fetch(&format!("/v1/events/{}", id(&ev))).await.ok(), ev);

    let ev = event_of(&api, &pid, "payment_intent.succeeded").await;
    assert_eq!(ev["request"], json!({"id": confirm_request, "idempotency_key": null}));
    let object = &ev["data"]["object"];
    assert_eq!((object["status"].as_str(), object["amount_received"].as_i64()), (Some("succeeded"), Some(2000)));
    // The object is the intent as the API returns it.
    assert_eq!(object, &api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok());
    let previous = &ev["data"]["previous_attributes"];
    assert_eq!(
        (previous["status"].as_str(), previous["amount_received"].as_i64()),
        (Some("requires_payment_method"), Some(0))
    );
    assert!(previous.get("currency").is_none(), "only changed fields: {previous}");

    // A replayed request changes nothing and makes no event.
    let replay = api.form("/v1/payment_intents", "amount=2000&currency=usd").idem("order-1").send().await;
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(events(&api, "").await.len(), 2);

    let other = id(&api.create("amount=700&currency=eur").await);
    api.act(&other, "cancel", "cancellation_reason=requested_by_customer").await.ok();
    assert_eq!(types_of(&api, &other).await, ["payment_intent.created", "payment_intent.canceled"]);
    let ev = event_of(&api, &other, "payment_intent.canceled").await;
    assert_eq!(ev["data"]["object"]["cancellation_reason"], "requested_by_customer");
    assert_eq!(ev["data"]["previous_attributes"]["status"], "requires_payment_method");

    // Nothing event-worthy: no event.
    api.post(&format!("/v1/payment_intents/{pid}"), "metadata[a]=b").await.ok();
    assert_eq!(events(&api, "").await.len(), 4);
}

#[tokio::test]
async fn manual_capture_authentication_and_declines_make_their_events() {
    let (_sb, api) = common::sandbox().await;
    let pid = id(&api
        .create("amount=5000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true")
        .await);
    assert_eq!(types_of(&api, &pid).await, ["payment_intent.created", "payment_intent.amount_capturable_updated"]);
    let ev = event_of(&api, &pid, "payment_intent.amount_capturable_updated").await;
    assert_eq!(ev["data"]["object"]["amount_capturable"], 5000);
    api.act(&pid, "capture", "amount_to_capture=4000").await.ok();
    let ev = event_of(&api, &pid, "payment_intent.succeeded").await;
    assert_eq!(ev["data"]["object"]["amount_received"], 4000);
    assert_eq!(ev["data"]["previous_attributes"]["amount_capturable"], 5000);

    // Authentication, then the customer completes it (a control endpoint: no request).
    let pid =
        id(&api.create("amount=1200&currency=usd&payment_method=pm_card_authenticationRequired&confirm=true").await);
    let ev = event_of(&api, &pid, "payment_intent.requires_action").await;
    assert_eq!(ev["data"]["object"]["next_action"]["type"], "use_stripe_sdk");
    api.control("POST", &format!("/__sandbox/payment_intents/{pid}/complete_action"), Some(json!({}))).await.ok();
    let ev = event_of(&api, &pid, "payment_intent.succeeded").await;
    assert_eq!(ev["request"], json!({"id": null, "idempotency_key": null}));

    // A decline: payment_failed, twice for two declines.
    let pid = id(&api.create("amount=900&currency=usd").await);
    let r = api.act(&pid, "confirm", "payment_method=pm_card_chargeDeclined").await;
    assert_eq!(r.err(402)["code"], "card_declined");
    let ev = event_of(&api, &pid, "payment_intent.payment_failed").await;
    assert_eq!(ev["data"]["object"]["last_payment_error"]["decline_code"], "generic_decline");
    assert_eq!(ev["data"]["object"]["status"], "requires_payment_method");
    api.act(&pid, "confirm", "payment_method=pm_card_chargeDeclined").await.err(402);
    assert_eq!(
        types_of(&api, &pid).await,
        ["payment_intent.created", "payment_intent.payment_failed", "payment_intent.payment_failed"]
    );
}

#[tokio::test]
async fn timers_clocks_and_settlement_make_events_without_a_request() {
    let (_sb, api) = common::sandbox().await;
    // A bank debit: processing, then settled through the control endpoint.
    let pid = id(&api
        .create("amount=1500&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount_processing&confirm=true")
        .await);
    assert_eq!(types_of(&api, &pid).await, ["payment_intent.created", "payment_intent.processing"]);
    api.control("POST", &format!("/__sandbox/payment_intents/{pid}/settle"), Some(json!({}))).await.ok();
    assert_eq!(
        types_of(&api, &pid).await,
        ["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"]
    );
    let ev = event_of(&api, &pid, "payment_intent.succeeded").await;
    assert_eq!(ev["request"]["id"], Value::Null);
    assert_eq!(ev["data"]["previous_attributes"]["status"], "processing");

    // An authorisation left uncaptured is canceled by the sandbox clock, at its time.
    let held =
        id(&api.create("amount=800&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await);
    let moved = api.control("POST", "/__sandbox/clock/advance", Some(json!({"seconds": 8 * 86_400}))).await.ok();
    let ev = event_of(&api, &held, "payment_intent.canceled").await;
    assert_eq!(
        (ev["request"]["id"].is_null(), ev["data"]["object"]["cancellation_reason"].as_str()),
        (true, Some("automatic"))
    );
    let created = ev["created"].as_i64().unwrap();
    let now = moved["now"].as_i64().unwrap();
    assert!(
        created > now - 2 * 86_400 && created <= now,
        "the event is dated on the sandbox clock: {created} vs {now}"
    );
}

#[tokio::test]
async fn events_are_filtered_and_paged() {
    let (_sb, api) = common::sandbox().await;
    let a = id(&api.create("amount=1000&currency=usd&payment_method=pm_card_visa&confirm=true").await);
    let b = id(&api.create("amount=1000&currency=usd").await);
    api.act(&b, "cancel", "").await.ok();
    let all = events(&api, "").await;
    let types: Vec<&str> = all.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        types,
        ["payment_intent.canceled", "payment_intent.created", "payment_intent.succeeded", "payment_intent.created"],
        "newest first"
    );
    assert_eq!(all[3]["data"]["object"]["id"], a.as_str());

    assert_eq!(events(&api, "type=payment_intent.created").await.len(), 2);
    assert_eq!(events(&api, "type=payment_intent.*").await.len(), 4);
    let two = events(&api, "types[]=payment_intent.canceled&types[]=payment_intent.succeeded").await;
    assert_eq!(two.len(), 2);
    let r = api.fetch("/v1/events?type=payment_intent.created&types[]=payment_intent.canceled").await;
    assert_eq!(r.err(400)["param"], "types");

    let created = all[0]["created"].as_i64().unwrap();
    assert_eq!(
        events(&api, &format!("created={created}")).await.len(),
        all.iter().filter(|e| e["created"] == created).count()
    );
    assert_eq!(events(&api, &format!("created[gt]={created}")).await.len(), 0);
    assert_eq!(events(&api, &format!("created[lte]={created}&created[gte]={}", created - 3600)).await.len(), 4);
    let r = api.fetch("/v1/events?created[after]=1").await;
    assert_eq!(r.err(400)["code"], "parameter_unknown");

    // No endpoint: every event is delivered (nothing pending).
    assert_eq!(events(&api, "delivery_success=true").await.len(), 4);
    assert_eq!(events(&api, "delivery_success=false").await.len(), 0);

    let page = api.fetch("/v1/events?limit=3").await.ok();
    assert_eq!((page["data"].as_array().unwrap().len(), page["has_more"].as_bool()), (3, Some(true)));
    assert_eq!(page["url"], "/v1/events");
    let last = page["data"][2]["id"].as_str().unwrap();
    let rest = api.fetch(&format!("/v1/events?limit=3&starting_after={last}")).await.ok();
    assert_eq!((rest["data"][0]["id"] == all[3]["id"], rest["has_more"].as_bool()), (true, Some(false)));
    let back = api.fetch(&format!("/v1/events?limit=2&ending_before={}", all[3]["id"].as_str().unwrap())).await.ok();
    assert_eq!((back["data"][0]["id"] == all[1]["id"], back["has_more"].as_bool()), (true, Some(true)));
    let r = api.fetch("/v1/events?starting_after=evt_nope").await;
    assert_eq!(
        (r.err(404)["param"].as_str(), r.err(404)["code"].as_str()),
        (Some("starting_after"), Some("resource_missing"))
    );
    assert_eq!(api.fetch("/v1/events/evt_nope").await.err(404)["code"], "resource_missing");
    assert_eq!(api.fetch("/v1/events?limit=0").await.err(400)["param"], "limit");
    // Events belong to their account.
    assert!(api.get("/v1/events").account("acct_other").send().await.ok()["data"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn deliveries_are_signed_and_go_only_to_listening_enabled_endpoints() {
    let (sb, api) = quick_sandbox(3).await;
    let all = Receiver::start(answer(200)).await;
    let succeeded_only = Receiver::start(answer(204)).await;
    let disabled = Receiver::start(answer(200)).await;
    let we = new_endpoint(&api, &all.url, &["*"]).await;
    let secret = we["secret"].as_str().unwrap().to_string();
    new_endpoint(&api, &succeeded_only.url, &["payment_intent.succeeded"]).await;
    let off = new_endpoint(&api, &disabled.url, &["*"]).await;
    api.post(&format!("/v1/webhook_endpoints/{}", id(&off)), "disabled=true").await.ok();

    let pid = id(&api.create("amount=3000&currency=usd&payment_method=pm_card_visa&confirm=true").await);
    let got = all.wait_for(2).await;
    let only = succeeded_only.wait_for(1).await;
    assert_eq!(only[0].event()["type"], "payment_intent.succeeded");

    let mut seen_types = vec![];
    for g in &got {
        assert_eq!(g.path, "/hooks/payintent");
        assert!(g.header("content-type").unwrap().starts_with("application/json"));
        assert!(g.header("user-agent").unwrap().starts_with("Stripe/1.0 (+https://stripe.com/docs/webhooks)"));
        let t = verify(g.header("stripe-signature").expect("signed"), &g.body, &secret);
        let real_now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        assert!((real_now - t).abs() < 60, "t is the real time of sending");
        let ev = g.event();
        assert_eq!(ev["data"]["object"]["id"], pid.as_str());
        seen_types.push(ev["type"].as_str().unwrap().to_string());
        // The body is the event the API shows (pending_webhooks aside).
        let mut stored = api.fetch(&format!("/v1/events/{}", ev["id"].as_str().unwrap())).await.ok();
        stored["pending_webhooks"] = ev["pending_webhooks"].clone();
        assert_eq!(stored, ev);
        // Tampering breaks the signature.
        let tampered = g.body.replace("3000", "3001");
        let expected = hmac_sha256_hex(secret.as_bytes(), format!("{t}.{tampered}").as_bytes());
        assert!(!g.header("stripe-signature").unwrap().contains(&expected));
    }
    seen_types.sort();
    assert_eq!(seen_types, ["payment_intent.created", "payment_intent.succeeded"]);
    // The succeeded event went to two endpoints; both delivered.
    let succeeded = event_of(&api, &pid, "payment_intent.succeeded").await;
    wait_until("every delivery to succeed", || sb.webhook_attempts().iter().filter(|a| a.succeeded).count() == 3).await;
    let succeeded_now = api.fetch(&format!("/v1/events/{}", id(&succeeded))).await.ok();
    assert_eq!(succeeded_now["pending_webhooks"], 0);
    assert_eq!(events(&api, "delivery_success=true").await.len(), 2);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(disabled.got().is_empty(), "a disabled endpoint gets nothing");
    assert_eq!(all.got().len(), 2, "no more deliveries");
}

#[tokio::test]
async fn failed_deliveries_are_retried_with_back_off_until_the_endpoint_recovers() {
    let (sb, api) = quick_sandbox(5).await;
    let flaky = Receiver::start(Arc::new(|n| (Duration::ZERO, if n < 2 { 500 } else { 200 }))).await;
    new_endpoint(&api, &flaky.url, &["payment_intent.created"]).await;
    let pid = id(&api.create("amount=1000&currency=usd").await);
    let ev = event_of(&api, &pid, "payment_intent.created").await;
    assert_eq!(ev["pending_webhooks"], 1);
    assert_eq!(events(&api, "delivery_success=false").await.len(), 1);

    let got = flaky.wait_for(3).await;
    assert!(got.iter().all(|g| g.event()["id"] == ev["id"]), "the same event each time");
    // Back-off: 200 ms, then 400 ms.
    assert!(got[1].at - got[0].at >= Duration::from_millis(180), "{:?}", got[1].at - got[0].at);
    assert!(got[2].at - got[1].at >= Duration::from_millis(380), "{:?}", got[2].at - got[1].at);
    wait_until("the third attempt to be noted", || sb.webhook_attempts().len() == 3).await;
    let attempts = sb.webhook_attempts();
    let summary: Vec<(u32, Option<u16>, bool)> = attempts.iter().map(|a| (a.attempt, a.status, a.succeeded)).collect();
    assert_eq!(summary, [(1, Some(500), false), (2, Some(500), false), (3, Some(200), true)]);
    assert!(attempts.iter().all(|a| a.event == ev["id"].as_str().unwrap() && a.url == flaky.url));
    let listed = api.control("GET", "/__sandbox/webhook_attempts", None).await.ok();
    assert_eq!(listed["data"].as_array().unwrap().len(), 3);
    assert_eq!(listed["data"][2]["succeeded"], true);
    assert_eq!(api.fetch(&format!("/v1/events/{}", id(&ev))).await.ok()["pending_webhooks"], 0);
    assert_eq!(events(&api, "delivery_success=true").await.len(), 1);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(flaky.got().len(), 3, "nothing after the success");
}

#[tokio::test]
async fn an_answer_after_the_timeout_means_a_duplicate_delivery() {
    let (sb, api) = quick_sandbox(5).await;
    // The first answer comes after the sandbox's 400 ms timeout.
    let slow = Receiver::start(Arc::new(|n| (Duration::from_millis(if n == 0 { 900 } else { 0 }), 200))).await;
    new_endpoint(&api, &slow.url, &["payment_intent.created"]).await;
    let pid = id(&api.create("amount=1000&currency=usd").await);
    let got = slow.wait_for(2).await;
    let (first, second) = (got[0].event(), got[1].event());
    assert_eq!(first["id"], second["id"], "a duplicate carries the same event id");
    assert_eq!(first["data"]["object"]["id"], pid.as_str());
    wait_until("two attempts noted", || sb.webhook_attempts().len() == 2).await;
    let attempts = sb.webhook_attempts();
    assert!(!attempts[0].succeeded && attempts[0].status.is_none());
    assert!(attempts[0].error.as_deref().unwrap().contains("no answer within"), "{attempts:?}");
    assert!(attempts[1].succeeded);
}

#[tokio::test]
async fn unreachable_endpoints_are_tried_a_bounded_number_of_times() {
    let (sb, api) = quick_sandbox(3).await;
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://localhost:{}/gone", closed.local_addr().unwrap().port());
    drop(closed);
    new_endpoint(&api, &url, &["*"]).await;
    let pid = id(&api.create("amount=1000&currency=usd").await);
    wait_until("three attempts", || sb.webhook_attempts().len() >= 3).await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let attempts = sb.webhook_attempts();
    assert_eq!(attempts.iter().map(|a| a.attempt).collect::<Vec<_>>(), [1, 2, 3]);
    assert!(attempts.iter().all(|a| !a.succeeded && a.status.is_none() && a.error.is_some()));
    let ev = event_of(&api, &pid, "payment_intent.created").await;
    assert_eq!(ev["pending_webhooks"], 1);
    assert_eq!(events(&api, "delivery_success=false").await.len(), 1);
}

#[tokio::test]
async fn deliveries_stop_with_the_sandbox_and_after_a_reset() {
    let (sb, api) = quick_sandbox(50).await;
    let down = Receiver::start(answer(503)).await;
    new_endpoint(&api, &down.url, &["*"]).await;
    api.create("amount=1000&currency=usd").await;
    down.wait_for(2).await;
    // A reset forgets the events: their retries stop.
    sb.reset();
    tokio::time::sleep(Duration::from_millis(900)).await;
    let after_reset = down.got().len();
    tokio::time::sleep(Duration::from_millis(900)).await;
    assert_eq!(down.got().len(), after_reset, "no retries of forgotten events");
    assert!(sb.webhook_attempts().is_empty());

    // Stopping the sandbox stops its deliveries.
    new_endpoint(&api, &down.url, &["*"]).await;
    api.create("amount=1000&currency=usd").await;
    let n = down.wait_for(after_reset + 1).await.len();
    drop(sb);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let later = down.got().len();
    assert!(later <= n + 1, "at most an attempt already under way: {n} then {later}");
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(down.got().len(), later);
}

#[test]
fn a_background_sandbox_delivers_and_stops_cleanly() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let receiver = rt.block_on(Receiver::start(answer(200)));
    let sb = Sandbox::start_background(SandboxConfig::default()).unwrap();
    let api = Api::new(&sb.base_url());
    rt.block_on(async {
        new_endpoint(&api, &receiver.url, &["payment_intent.created"]).await;
        api.create("amount=1000&currency=usd").await;
        let got = receiver.wait_for(1).await;
        assert_eq!(got[0].event()["type"], "payment_intent.created");
    });
    sb.shutdown();
}

#[tokio::test]
async fn leanrails_lists_of_events_are_not_dressed_as_intents() {
    let (_sb, api) = common::sandbox().await;
    let pid = id(&api.create("amount=1000&currency=usd").await);
    let list = api.get_basic("/v1/events").send().await.ok();
    let ev = &list["data"][0];
    assert_eq!((ev["object"].as_str(), ev["data"]["object"]["id"].as_str()), (Some("event"), Some(pid.as_str())));
    assert!(ev.get("merchant_id").is_none() && ev.get("charges").is_none(), "{ev}");
}
