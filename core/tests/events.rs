//! The webhook loop end to end against the sandbox: an endpoint registered
//! through the API receives signed events for a payment flow, which
//! `Webhook::construct_event` verifies and types; `events().list` and
//! `events().retrieve` give the same events for polling; bad list
//! parameters are refused before sending.

// The client's error carries every field of the API error by value.
#![allow(clippy::result_large_err)]

use std::collections::HashSet;
use std::time::Duration;

use payintent::params::{CaptureParams, ConfirmParams, CreateParams};
use payintent::{CaptureMethod, Client, ErrorKind, EventListParams, Profile, Status, Webhook};
use payintent_sandbox::{Sandbox, SandboxConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

const KEY: &str = "sk_test_events_key_4242";

fn client(url: &str) -> Client {
    Client::builder().api_key(KEY).base_url(url).profile(Profile::Stripe).build().unwrap()
}

/// A tiny receiver: answers 200 to every POST and hands (signature, body) on.
async fn receiver() -> (String, mpsc::UnboundedReceiver<(String, Vec<u8>)>) {
    failing_receiver(0).await
}

/// Like [`receiver`], but answers 500 to its first `fail_first` deliveries
/// (those are handed on too, so a test sees the retries).
async fn failing_receiver(fail_first: usize) -> (String, mpsc::UnboundedReceiver<(String, Vec<u8>)>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::unbounded_channel();
    let served = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else { return };
            let tx = tx.clone();
            let served = served.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let (head_end, length) = loop {
                    let n = sock.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buf[..at]).to_ascii_lowercase();
                        let length = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap()))
                            .unwrap_or(0);
                        break (at + 4, length);
                    }
                };
                while buf.len() < head_end + length {
                    let n = sock.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                }
                let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
                let signature = head
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("stripe-signature").then(|| v.trim().to_string())
                    })
                    .unwrap_or_default();
                let _ = tx.send((signature, buf[head_end..head_end + length].to_vec()));
                let n = served.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let status = if n < fail_first { "500 Internal Server Error" } else { "200 OK" };
                let reply = format!("HTTP/1.1 {status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
                let _ = sock.write_all(reply.as_bytes()).await;
            });
        }
    });
    (url, rx)
}

async fn register_endpoint(base: &str, url: &str) -> String {
    let resp = reqwest::Client::new()
        .post(format!("{base}/v1/webhook_endpoints"))
        .bearer_auth(KEY)
        .form(&[("url", url), ("enabled_events[]", "*")])
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{:?}", resp.text().await);
    let body: serde_json::Value = resp.json().await.unwrap();
    body["secret"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_manual_capture_flow_is_delivered_signed_and_listed() {
    let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let (url, mut deliveries) = receiver().await;
    let secret = register_endpoint(&sb.base_url(), &url).await;
    let pis = client(&sb.base_url()).payment_intents();
    let pi = pis
        .create(&CreateParams::new(2000, "usd").capture_method(CaptureMethod::Manual).payment_method("pm_card_visa"))
        .await
        .unwrap();
    pis.confirm(&pi.id, &ConfirmParams::default()).await.unwrap();
    let done = pis.capture(&pi.id, &CaptureParams::default()).await.unwrap();
    assert_eq!(done.status, Status::Succeeded);

    // Deliveries come at least once, in any order: collect until every type arrived.
    let wanted: HashSet<&str> =
        ["payment_intent.created", "payment_intent.amount_capturable_updated", "payment_intent.succeeded"].into();
    let mut seen = HashSet::new();
    let mut ids = HashSet::new();
    while !wanted.iter().all(|t| seen.contains(*t)) {
        let (signature, body) = tokio::time::timeout(Duration::from_secs(10), deliveries.recv())
            .await
            .expect("deliveries arrive")
            .unwrap();
        let event = Webhook::construct_event(&body, &signature, &secret).expect("a valid signature");
        assert_eq!(event.payment_intent().map(|p| p.id.as_str()), Some(pi.id.as_str()));
        let wrong = Webhook::construct_event(&body, &signature, "whsec_wrong").unwrap_err();
        assert_eq!(wrong.kind, ErrorKind::SignatureVerification);
        seen.insert(event.event_type.clone());
        ids.insert(event.id.clone());
    }

    // The same events by polling.
    let events = client(&sb.base_url()).events();
    let succeeded = events
        .list(&EventListParams { event_type: Some("payment_intent.succeeded".into()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(succeeded.data.len(), 1);
    let event = &succeeded.data[0];
    assert!(ids.contains(&event.id));
    assert_eq!(event.payment_intent().unwrap().status, Status::Succeeded);
    let again = events.retrieve(&event.id).await.unwrap();
    assert_eq!(again.id, event.id);
    assert!(again.last_response.is_some());
    let all = events
        .list(&EventListParams { types: vec!["payment_intent.created".into(), "payment_intent.succeeded".into()], ..Default::default() })
        .await
        .unwrap();
    assert_eq!(all.data.len(), 2);
}

#[tokio::test]
async fn bad_event_parameters_are_refused_before_sending() {
    let events = client("http://127.0.0.1:9").events();
    let refused = [
        EventListParams { limit: Some(0), ..Default::default() },
        EventListParams { event_type: Some("a".into()), types: vec!["b".into()], ..Default::default() },
        EventListParams { starting_after: Some("pi_123".into()), ..Default::default() },
        EventListParams { types: (0..21).map(|i| format!("t{i}")).collect(), ..Default::default() },
    ];
    for params in refused {
        let e = events.list(&params).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidArgument, "{params:?}");
    }
    let e = events.retrieve("pi_123").await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidArgument);
}

#[tokio::test]
async fn a_failing_endpoint_gets_the_event_again_until_it_recovers() {
    let mut config = SandboxConfig::default();
    config.webhooks.initial_backoff = Duration::from_millis(20);
    config.webhooks.max_backoff = Duration::from_millis(100);
    let sb = Sandbox::start(config).await.unwrap();
    // The endpoint fails its first two deliveries (500), then accepts.
    let (url, mut deliveries) = failing_receiver(2).await;
    let secret = register_endpoint(&sb.base_url(), &url).await;
    let pi = client(&sb.base_url()).payment_intents().create(&CreateParams::new(1500, "usd")).await.unwrap();

    // Only payment_intent.created is due: it must come three times (two
    // refusals, then the accepted retry), each signed and the same event.
    let mut ids = Vec::new();
    for _ in 0..3 {
        let (signature, body) = tokio::time::timeout(Duration::from_secs(10), deliveries.recv())
            .await
            .expect("the event is delivered again after a failure")
            .unwrap();
        let event = Webhook::construct_event(&body, &signature, &secret).expect("every attempt is signed");
        assert_eq!(event.event_type, "payment_intent.created");
        assert_eq!(event.payment_intent().unwrap().id, pi.id);
        ids.push(event.id);
    }
    assert!(ids.iter().all(|id| *id == ids[0]), "retries carry the same event id: {ids:?}");
    // Once accepted, it is not sent again.
    if let Ok(Some((_, body))) = tokio::time::timeout(Duration::from_millis(500), deliveries.recv()).await {
        let log = reqwest::get(format!("{}/__sandbox/webhook_attempts", sb.base_url())).await.unwrap().text().await.unwrap();
        panic!("delivered again after it was accepted: {}\nattempts: {log}", &String::from_utf8_lossy(&body)[..60]);
    }
}
