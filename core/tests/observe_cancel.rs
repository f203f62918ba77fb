//! Observing and cancelling calls: the observer sees every step of a call
//! (never the key), a cancel token ends a call at once with its idempotency
//! key, dropping a call's future reports a `cancelled` event, and response
//! headers reach results and errors.

mod hostile_server;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hostile_server::{HostileServer, Reply};
use payintent::params::{CreateParams, RetrieveParams};
use payintent::{CancelToken, Client, ErrorKind, RequestEvent, RequestEventKind, RequestOptions};

const KEY: &str = "sk_test_51ObserveSecretPart0123456789";

fn pi_json(id: &str) -> String {
    serde_json::json!({"id": id, "object": "payment_intent", "amount": 100, "currency": "usd",
        "status": "requires_payment_method", "created": 1, "livemode": false})
    .to_string()
}

/// A client whose observer records every event.
fn observed(url: &str) -> (Client, Arc<Mutex<Vec<RequestEvent>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let client = Client::builder()
        .api_key(KEY)
        .base_url(url)
        .backoff(Duration::from_millis(1), Duration::from_millis(20))
        .timeout(Duration::from_secs(5))
        .observer(move |e: &RequestEvent| sink.lock().unwrap().push(e.clone()))
        .build()
        .unwrap();
    (client, seen)
}

fn kinds(events: &[RequestEvent]) -> Vec<RequestEventKind> {
    events.iter().map(|e| e.kind).collect()
}

/// A server that accepts connections and reads, but never answers.
async fn silent_server() -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((sock, _)) = listener.accept().await {
            held.push(sock);
        }
    });
    (url, task)
}

#[tokio::test]
async fn observer_sees_request_and_response_without_the_key() {
    let server = HostileServer::start(|_, _| {
        Reply::with("200 OK", &[("request-id", "req_obs"), ("x-custom", "yes")], &pi_json("pi_obs"))
    })
    .await;
    let (client, seen) = observed(&server.url);
    let pi = client.payment_intents().create(&CreateParams::new(100, "usd")).await.unwrap();
    let events = seen.lock().unwrap().clone();
    assert_eq!(kinds(&events), [RequestEventKind::Request, RequestEventKind::Response]);
    let key = pi.last_response.as_ref().unwrap().idempotency_key.clone();
    assert!(key.is_some());
    for e in &events {
        assert_eq!((e.method.as_str(), e.path.as_str(), e.attempt), ("POST", "/v1/payment_intents", 1));
        assert_eq!(e.idempotency_key, key, "every event carries the call's idempotency key");
    }
    let resp = &events[1];
    assert_eq!((resp.status, resp.request_id.as_deref()), (Some(200), Some("req_obs")));
    assert!(resp.duration.is_some());
    assert!(!format!("{events:?}").contains("ObserveSecret"), "events never show the key");
    // Headers of the response reach the result.
    let meta = pi.last_response.unwrap();
    assert_eq!(meta.headers.get("X-Custom"), Some("yes"));
    assert_eq!(meta.headers.get("request-id"), Some("req_obs"));
}

#[tokio::test]
async fn observer_sees_retries_and_transport_errors() {
    let server = HostileServer::start(|n, _| {
        if n == 0 {
            Reply::with("503 Service Unavailable", &[("request-id", "req_503")], r#"{"error":{"type":"api_error","message":"busy"}}"#)
        } else {
            Reply::with("200 OK", &[("request-id", "req_ok")], &pi_json("pi_r"))
        }
    })
    .await;
    let (client, seen) = observed(&server.url);
    client.payment_intents().retrieve("pi_r", &RetrieveParams::default()).await.unwrap();
    let events = seen.lock().unwrap().clone();
    use RequestEventKind::*;
    assert_eq!(kinds(&events), [Request, Response, Retry, Request, Response]);
    let retry = &events[2];
    assert_eq!((retry.status, retry.error_kind, retry.attempt), (Some(503), Some(ErrorKind::Api), 1));
    assert!(retry.retry_delay.is_some());
    assert_eq!((events[3].attempt, events[4].status), (2, Some(200)));
    assert_eq!(events[0].idempotency_key, None, "GET carries no idempotency key");

    // Nothing listening: each attempt ends with an `error` event.
    let dead = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", dead.local_addr().unwrap());
    drop(dead);
    let (client, seen) = observed(&url);
    let opts = RequestOptions::new().max_retries(1);
    let err = client.payment_intents().with_options(opts).create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(err.kind, ErrorKind::Connection);
    let events = seen.lock().unwrap().clone();
    assert_eq!(kinds(&events), [Request, Error, Retry, Request, Error]);
    assert_eq!(events[1].error_kind, Some(ErrorKind::Connection));
    assert_eq!(events[4].idempotency_key, err.idempotency_key);
}

#[tokio::test]
async fn a_cancel_token_ends_a_call_at_once_with_its_idempotency_key() {
    let (url, _server) = silent_server().await;
    let (client, seen) = observed(&url);
    let token = CancelToken::new();
    let opts = RequestOptions::new().idempotency_key("order-cancel-1").cancel_token(token.clone());
    let canceller = tokio::spawn({
        let token = token.clone();
        async move {
            tokio::time::sleep(Duration::from_millis(100)).await;
            token.cancel();
        }
    });
    let start = Instant::now();
    let err = client.payment_intents().with_options(opts).create(&CreateParams::new(100, "usd")).await.unwrap_err();
    canceller.await.unwrap();
    assert!(start.elapsed() < Duration::from_secs(2), "cancelled after {:?}", start.elapsed());
    assert_eq!(err.kind, ErrorKind::Cancelled);
    assert_eq!(err.idempotency_key.as_deref(), Some("order-cancel-1"));
    assert!(err.message.contains("order-cancel-1"), "{}", err.message);
    let events = seen.lock().unwrap().clone();
    let last = events.last().unwrap();
    assert_eq!((last.kind, last.attempt), (RequestEventKind::Cancelled, 1));
    assert_eq!(last.idempotency_key.as_deref(), Some("order-cancel-1"));

    // A token already cancelled stops the call before anything is sent.
    let err = client
        .payment_intents()
        .with_options(RequestOptions::new().cancel_token(token))
        .retrieve("pi_1", &RetrieveParams::default())
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Cancelled);
}

#[tokio::test]
async fn a_dropped_call_reports_a_cancelled_event() {
    let (url, _server) = silent_server().await;
    let (client, seen) = observed(&url);
    let opts = RequestOptions::new().idempotency_key("order-drop-1");
    let pis = client.payment_intents().with_options(opts);
    let params = CreateParams::new(100, "usd");
    let call = pis.create(&params);
    assert!(tokio::time::timeout(Duration::from_millis(100), call).await.is_err());
    let events = seen.lock().unwrap().clone();
    assert_eq!(kinds(&events), [RequestEventKind::Request, RequestEventKind::Cancelled]);
    assert_eq!(events[1].idempotency_key.as_deref(), Some("order-drop-1"));
    assert!(events[1].duration.unwrap() >= Duration::from_millis(90));
}

#[tokio::test]
async fn error_responses_carry_their_headers_scrubbed() {
    let echo = format!("Bearer {KEY}");
    let server = HostileServer::start(move |_, _| {
        Reply::with(
            "402 Payment Required",
            &[("request-id", "req_402"), ("x-echo", echo.as_str())],
            r#"{"error":{"type":"card_error","code":"card_declined","message":"declined"}}"#,
        )
    })
    .await;
    let (client, _) = observed(&server.url);
    let err = client.payment_intents().create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(err.kind, ErrorKind::Card);
    let headers = err.response_headers.expect("headers of the 402");
    assert_eq!(headers.get("request-id"), Some("req_402"));
    let echoed = headers.get("x-echo").unwrap();
    assert!(!echoed.contains("ObserveSecret"), "{echoed}");
}
