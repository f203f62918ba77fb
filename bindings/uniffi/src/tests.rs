//! Unit tests of the Swift/Kotlin layer: keys never printed, durations of
//! any value refused or used (never a panic), errors carry the typed
//! PaymentIntent without printing its secret, pages convert losslessly.

use super::*;
use payintent::params::RetrieveParams;

fn block_on<T>(fut: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(fut)
}

fn offline() -> ClientOptions {
    ClientOptions { base_url: Some("http://127.0.0.1:9".into()), max_retries: Some(0), ..Default::default() }
}

#[test]
fn keys_are_not_printed() {
    let key = ApiKey::new("sk_test_uniffisecret123456".into());
    let opts = RequestOptions { api_key: Some(key.clone()), ..Default::default() };
    assert!(!format!("{opts:?}").contains("uniffisecret"));
    assert!(!key.describe().contains("uniffisecret"));
    let client = Client::new("sk_test_uniffisecret123456".into(), offline()).unwrap();
    assert!(!client.describe().contains("uniffisecret"));
}

/// Used, or refused as invalid_argument_error: never a panic (api_error).
fn used_or_refused<T>(r: &R<T>) -> bool {
    match r {
        Ok(_) => true,
        Err(e) => matches!(e, PayIntentError::InvalidArgumentError { .. } | PayIntentError::APIConnectionError { .. }),
    }
}

#[test]
fn durations_of_any_value_never_panic() {
    let values = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 0.0, 1e-12, 0.5, 3600.0, 1e9, 1e300, f64::MAX];
    for s in values {
        let built = Client::new(
            "sk_test_durations".into(),
            ClientOptions { timeout: Some(Seconds(s)), deadline: Some(Seconds(s)), ..offline() },
        );
        assert!(used_or_refused(&built), "client timeout {s}: {:?}", built.as_ref().err());
        let client = Client::new("sk_test_durations".into(), offline()).unwrap();
        let opts = RequestOptions { timeout: Some(Seconds(s)), deadline: Some(Seconds(s)), ..Default::default() };
        let out = block_on(client.retrieve("pi_123".into(), RetrieveParams::default(), Some(opts)));
        assert!(used_or_refused(&out), "request timeout {s}: {:?}", out.err());
    }
    for bad in [f64::NAN, -1.0, 0.0, f64::INFINITY] {
        let r = Client::new("sk_test_durations".into(), ClientOptions { timeout: Some(Seconds(bad)), ..offline() });
        let Err(PayIntentError::InvalidArgumentError { details }) = r else { panic!("{bad} accepted") };
        assert_eq!(details.param.as_deref(), Some("timeout"));
    }
}

#[test]
fn errors_carry_the_typed_payment_intent_without_printing_its_secret() {
    let pi = payment_intent_from_json(
        r#"{"id":"pi_9","object":"payment_intent","amount":5,"currency":"usd","status":"requires_payment_method",
            "client_secret":"pi_9_secret_zzz","shipping":{"name":"A","address":{"city":"Oslo"}}}"#
            .into(),
    )
    .unwrap();
    let mut e = payintent::Error::new(payintent::ErrorKind::Card, "Your card was declined.");
    e.idempotency_key = Some("ik_9".into());
    e.payment_intent = Some(Box::new(pi));
    let err = PayIntentError::from(e);
    let details = err.details();
    let attached = details.payment_intent.as_ref().unwrap();
    assert_eq!(attached.client_secret.as_deref(), Some("pi_9_secret_zzz"));
    assert_eq!(attached.shipping.as_ref().unwrap().address.as_ref().unwrap().city.as_deref(), Some("Oslo"));
    assert_eq!(details.idempotency_key.as_deref(), Some("ik_9"));
    for text in [format!("{details:?}"), format!("{err:?}"), err.to_string()] {
        assert!(!text.contains("secret_zzz"), "{text}");
    }
}

#[test]
fn unknown_enum_values_and_bad_json() {
    let pi = payment_intent_from_json(r#"{"id":"pi_1","status":"some_future_status"}"#.into()).unwrap();
    assert_eq!(pi.status, payintent::Status::Unknown("some_future_status".into()));
    let err = payment_intent_from_json("[1]".into()).unwrap_err();
    assert!(matches!(err, PayIntentError::InvalidArgumentError { .. }));
}

#[test]
fn calls_refused_before_sending_are_typed() {
    let client = Client::new("sk_test_x".into(), offline()).unwrap();
    let out = block_on(client.retrieve("not an id".into(), RetrieveParams::default(), None));
    assert!(matches!(out, Err(PayIntentError::InvalidArgumentError { .. })), "{out:?}");
}

#[test]
fn webhooks_verify_and_refuse_with_typed_errors() {
    let payload = br#"{"id":"evt_1","type":"payment_intent.canceled","data":{"object":{"id":"pi_1","object":"payment_intent","status":"canceled"}}}"#.to_vec();
    let header = webhook_generate_test_header(payload.clone(), "whsec_x".into(), None);
    let event = webhook_construct_event(payload.clone(), header.clone(), "whsec_x".into(), None).unwrap();
    assert_eq!(event.payment_intent().unwrap().status, payintent::Status::Canceled);
    let err = webhook_construct_event(payload.clone(), header.clone(), "whsec_y".into(), None).unwrap_err();
    assert!(matches!(err, PayIntentError::SignatureVerificationError { .. }), "{err:?}");
    for bad in [f64::NAN, -1.0, f64::NEG_INFINITY] {
        let err = webhook_construct_event(payload.clone(), header.clone(), "whsec_x".into(), Some(Seconds(bad))).unwrap_err();
        assert!(matches!(err, PayIntentError::InvalidArgumentError { .. }));
    }
    let old = webhook_generate_test_header(payload.clone(), "whsec_x".into(), Some(1_000));
    assert!(webhook_construct_event(payload.clone(), old.clone(), "whsec_x".into(), None).is_err());
    assert!(webhook_construct_event(payload, old, "whsec_x".into(), Some(Seconds(0.0))).is_ok());
}

#[test]
fn pages_print_without_secrets_even_in_unreadable_items() {
    let page = PaymentIntentPage {
        data: vec![payment_intent_from_json(r#"{"id":"pi_1","client_secret":"pi_1_secret_aaa"}"#.into()).unwrap()],
        has_more: false,
        next_page: None,
        total_count: None,
        url: String::new(),
        unreadable: vec![serde_json::json!({"client_secret": "pi_2_secret_bbb"})],
        last_response: None,
    };
    let text = format!("{page:?}");
    assert!(!text.contains("secret_aaa") && !text.contains("secret_bbb"), "{text}");
    assert!(text.contains("[1 raw items]"));
}

// --- Issue 8: logger, cancellation, proxy, root certificates -------------

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use payintent::params::CreateParams;
use payintent::{RequestEvent, RequestEventKind};

const PI: &str = r#"{"id":"pi_log","object":"payment_intent","amount":100,"currency":"usd","status":"succeeded"}"#;

/// Reads one request head from `sock`; its first line.
fn read_head(sock: &mut std::net::TcpStream) -> String {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        match sock.read(&mut byte) {
            Ok(1) => buf.push(byte[0]),
            _ => break,
        }
    }
    String::from_utf8_lossy(&buf).lines().next().unwrap_or_default().to_string()
}

/// A server answering each connection's first request with the next of `statuses`
/// (a PaymentIntent body), then closing; returns its URL and the request lines seen.
fn answering(statuses: Vec<u16>) -> (String, std::thread::JoinHandle<Vec<String>>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    let seen = std::thread::spawn(move || {
        let mut lines = Vec::new();
        for status in statuses {
            let (mut s, _) = l.accept().unwrap();
            lines.push(read_head(&mut s));
            let body = if status == 200 { PI } else { r#"{"error":{"type":"api_error","message":"boom"}}"# };
            let _ = write!(
                s,
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\nrequest-id: req_{status}\r\nx-extra: a\r\nx-extra: b\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
        lines
    });
    (url, seen)
}

fn create_params() -> CreateParams {
    CreateParams { amount: 100, currency: "usd".into(), ..Default::default() }
}

#[derive(Default)]
struct Recorder(Mutex<Vec<RequestEvent>>);

impl RequestLogger for Recorder {
    fn on_event(&self, event: RequestEvent) -> Result<(), LoggerError> {
        self.0.lock().unwrap().push(event);
        Ok(())
    }
}

struct Throwing;

impl RequestLogger for Throwing {
    fn on_event(&self, _: RequestEvent) -> Result<(), LoggerError> {
        Err(LoggerError::Failed { reason: "a logger that fails".into() })
    }
}

fn kinds(r: &Recorder) -> Vec<RequestEventKind> {
    r.0.lock().unwrap().iter().map(|e| e.kind).collect()
}

#[test]
fn the_logger_sees_each_step_with_headers_and_status_on_the_result() {
    let (url, seen) = answering(vec![500, 200]);
    let rec = Arc::new(Recorder::default());
    let opts = ClientOptions {
        base_url: Some(url),
        max_retries: Some(1),
        logger: Some(rec.clone()),
        ..Default::default()
    };
    let client = Client::new("sk_test_loggersecret".into(), opts).unwrap();
    let pi = block_on(client.create(create_params(), None)).unwrap();
    let meta = pi.last_response.unwrap();
    assert_eq!(meta.http_status, 200);
    assert_eq!(meta.headers.get("x-extra"), Some("a"));
    assert_eq!(meta.headers.get_all("X-Extra").collect::<Vec<_>>(), ["a", "b"]);
    use RequestEventKind::*;
    assert_eq!(kinds(&rec), [Request, Response, Retry, Request, Response]);
    let events = rec.0.lock().unwrap();
    let key = meta.idempotency_key.clone().unwrap();
    for e in events.iter() {
        assert_eq!((e.method.as_str(), e.path.as_str()), ("POST", "/v1/payment_intents"));
        assert_eq!(e.idempotency_key.as_deref(), Some(key.as_str()));
        assert!(!format!("{e:?}").contains("loggersecret"));
    }
    assert_eq!((events[1].status, events[1].request_id.as_deref(), events[1].attempt), (Some(500), Some("req_500"), 1));
    assert!(events[1].duration.is_some());
    assert_eq!((events[4].status, events[4].attempt), (Some(200), 2));
    assert_eq!(seen.join().unwrap().len(), 2);
}

#[test]
fn a_failing_logger_never_fails_the_call() {
    let (url, _seen) = answering(vec![200]);
    let opts = ClientOptions { base_url: Some(url), max_retries: Some(0), logger: Some(Arc::new(Throwing)), ..Default::default() };
    let client = Client::new("sk_test_x".into(), opts).unwrap();
    assert_eq!(block_on(client.retrieve("pi_log".into(), RetrieveParams::default(), None)).unwrap().id, "pi_log");
}

#[test]
fn errors_carry_the_response_headers() {
    let (url, _seen) = answering(vec![500]);
    let client = Client::new("sk_test_x".into(), ClientOptions { base_url: Some(url), max_retries: Some(0), ..Default::default() }).unwrap();
    let err = block_on(client.retrieve("pi_log".into(), RetrieveParams::default(), None)).unwrap_err();
    let d = err.details();
    assert_eq!(d.http_status, Some(500));
    assert_eq!(d.response_headers.as_ref().unwrap().get("request-id"), Some("req_500"));
}

/// A server that accepts one connection, reads, never answers; the returned
/// receiver gets how long after accepting the client closed the connection.
fn silent() -> (String, std::sync::mpsc::Receiver<Instant>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (mut s, _) = l.accept().unwrap();
        let mut buf = [0u8; 4096];
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        while matches!(s.read(&mut buf), Ok(n) if n > 0) {}
        let _ = tx.send(Instant::now());
    });
    (url, rx)
}

#[test]
fn a_cancel_token_ends_a_post_at_once_with_its_idempotency_key() {
    let (url, closed) = silent();
    let rec = Arc::new(Recorder::default());
    let client = Client::new(
        "sk_test_x".into(),
        ClientOptions { base_url: Some(url), max_retries: Some(0), logger: Some(rec.clone()), ..Default::default() },
    )
    .unwrap();
    let token = CancelToken::new();
    let t2 = token.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        t2.cancel();
    });
    let opts = RequestOptions { cancel_token: Some(token.clone()), idempotency_key: Some("ik_cancel_1".into()), ..Default::default() };
    let out = block_on(client.create(create_params(), Some(opts)));
    let cancelled_at = Instant::now();
    let Err(PayIntentError::RequestCancelledError { details }) = out else { panic!("{out:?}") };
    assert_eq!(details.idempotency_key.as_deref(), Some("ik_cancel_1"));
    assert!(details.message.contains("ik_cancel_1"), "{}", details.message);
    assert!(token.is_cancelled());
    let closed = closed.recv_timeout(Duration::from_secs(2)).expect("the server saw no close");
    assert!(closed.saturating_duration_since(cancelled_at) < Duration::from_millis(100));
    let events = rec.0.lock().unwrap();
    let last = events.last().unwrap();
    assert_eq!(last.kind, RequestEventKind::Cancelled);
    assert_eq!(last.idempotency_key.as_deref(), Some("ik_cancel_1"));
}

#[test]
fn dropping_the_future_cancels_the_request_and_logs_the_key() {
    // What Kotlin's coroutine cancellation does: uniffi frees the Rust future.
    let (url, closed) = silent();
    let rec = Arc::new(Recorder::default());
    let client = Client::new(
        "sk_test_x".into(),
        ClientOptions { base_url: Some(url), max_retries: Some(0), logger: Some(rec.clone()), ..Default::default() },
    )
    .unwrap();
    let opts = RequestOptions { idempotency_key: Some("ik_drop_1".into()), ..Default::default() };
    // uniffi runs futures on a multi-thread runtime that keeps running after the drop.
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let r = rt.block_on(async {
        tokio::time::timeout(Duration::from_millis(50), client.create(create_params(), Some(opts))).await
    });
    let dropped_at = Instant::now();
    assert!(r.is_err(), "the silent server answered");
    let closed = closed.recv_timeout(Duration::from_secs(2)).expect("the server saw no close");
    assert!(closed.saturating_duration_since(dropped_at) < Duration::from_millis(100));
    let events = rec.0.lock().unwrap();
    let last = events.last().unwrap();
    assert_eq!((last.kind, last.idempotency_key.as_deref()), (RequestEventKind::Cancelled, Some("ik_drop_1")));
}

#[test]
fn requests_go_through_the_proxy() {
    let (proxy, seen) = answering(vec![200]);
    let opts = ClientOptions {
        base_url: Some("http://127.0.0.1:9".into()),
        proxy: Some(proxy.replace("http://", "http://user:hunter2@")),
        max_retries: Some(0),
        ..Default::default()
    };
    assert!(!format!("{opts:?}").contains("hunter2"));
    let client = Client::new("sk_test_x".into(), opts).unwrap();
    assert!(!client.describe().contains("hunter2"), "{}", client.describe());
    assert_eq!(block_on(client.retrieve("pi_log".into(), RetrieveParams::default(), None)).unwrap().id, "pi_log");
    assert_eq!(seen.join().unwrap(), ["GET http://127.0.0.1:9/v1/payment_intents/pi_log HTTP/1.1"]);
}

#[test]
fn proxies_and_root_certificates_are_checked() {
    let ca = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../core/tests/fixtures/tls/ca.pem")).unwrap();
    let ok = ClientOptions { root_certificates_pem: vec![ca.clone(), ca], ..offline() };
    Client::new("sk_test_x".into(), ok).unwrap();
    let Err(PayIntentError::InvalidArgumentError { details }) =
        Client::new("sk_test_x".into(), ClientOptions { root_certificates_pem: vec!["not a pem".into()], ..offline() })
    else {
        panic!("a bad PEM was accepted")
    };
    assert_eq!(details.param.as_deref(), Some("root_certificates"));
    let Err(PayIntentError::InvalidArgumentError { details }) =
        Client::new("sk_test_x".into(), ClientOptions { proxy: Some("ftp://127.0.0.1:21".into()), ..offline() })
    else {
        panic!("a bad proxy was accepted")
    };
    assert_eq!(details.param.as_deref(), Some("proxy"));
}
