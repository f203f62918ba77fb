//! The client against a misbehaving server: nothing a server sends may panic
//! the client, hold it for long, grow its memory without bound, leak the key
//! or lose the idempotency key of an applied POST.

mod hostile_server;

use std::time::{Duration, Instant, SystemTime};

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use hostile_server::{HostileServer, Reply, Request};
use payintent::params::{CreateParams, ListParams, RetrieveParams};
use payintent::{Client, ErrorKind, Profile, RequestOptions};

const KEY: &str = "sk_test_51HostileSecretPart0123456789";
const MIB: usize = 1024 * 1024;

fn pi_json(id: &str) -> String {
    serde_json::json!({"id": id, "object": "payment_intent", "amount": 100, "currency": "usd",
        "status": "requires_payment_method", "created": 1, "livemode": false})
    .to_string()
}

fn client(url: &str) -> Client {
    client_with(url, |b| b)
}

fn client_with(url: &str, f: impl FnOnce(payintent::ClientBuilder) -> payintent::ClientBuilder) -> Client {
    let b = Client::builder()
        .api_key(KEY)
        .base_url(url)
        .backoff(Duration::from_millis(1), Duration::from_millis(50))
        .timeout(Duration::from_secs(5));
    f(b).build().unwrap()
}

fn create() -> CreateParams {
    CreateParams::new(100, "usd")
}

#[tokio::test]
async fn applied_create_with_absurd_retry_after_returns_the_intent() {
    for value in ["1e20", "18446744073709551616", "-5", "NaN", "inf", "Fri, 31 Dec 9999 23:59:59 GMT", "soon"] {
        let server = HostileServer::start(move |_, _| {
            Reply::with("200 OK", &[("retry-after", value), ("request-id", "req_ok")], &pi_json("pi_applied"))
        })
        .await;
        let pi = client(&server.url)
            .payment_intents()
            .create(&create())
            .await
            .unwrap_or_else(|e| panic!("Retry-After {value:?}: {e}"));
        assert_eq!(pi.id, "pi_applied");
        let meta = pi.last_response.unwrap();
        assert_eq!(meta.request_id.as_deref(), Some("req_ok"));
        assert!(meta.idempotency_key.is_some());
        assert_eq!(server.hits(), 1, "an applied create is never sent twice");
    }
}

#[tokio::test]
async fn absurd_retry_after_on_a_500_waits_at_most_max_backoff() {
    for value in ["1e20", "18446744073709551616", "1e400", "Fri, 31 Dec 9999 23:59:59 GMT"] {
        let server = HostileServer::start(move |n, _| match n {
            0 => Reply::with("500 Internal Server Error", &[("retry-after", value)], r#"{"error":{"type":"api_error"}}"#),
            _ => Reply::with("200 OK", &[], &pi_json("pi_second")),
        })
        .await;
        let start = Instant::now();
        let pi = client(&server.url).payment_intents().create(&create()).await.unwrap();
        assert_eq!(pi.id, "pi_second");
        assert_eq!(pi.last_response.unwrap().attempts, 2);
        assert!(start.elapsed() < Duration::from_secs(5), "{value}: waited {:?}", start.elapsed());
        let keys: Vec<_> = server.requests().iter().map(|r| r.header("idempotency-key").unwrap().to_string()).collect();
        assert_eq!(keys[0], keys[1], "both attempts carry one idempotency key");
    }
}

#[tokio::test]
async fn http_date_retry_after_is_honoured_up_to_max_backoff() {
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
    let server = HostileServer::start(move |n, _| match n {
        0 => Reply::with("503 Service Unavailable", &[("retry-after", date.as_str())], "{}"),
        _ => Reply::with("200 OK", &[], &pi_json("pi_later")),
    })
    .await;
    let c = client_with(&server.url, |b| b.backoff(Duration::from_millis(1), Duration::from_millis(700)));
    let start = Instant::now();
    let pi = c.payment_intents().retrieve("pi_later", &RetrieveParams::default()).await.unwrap();
    assert_eq!(pi.id, "pi_later");
    let waited = start.elapsed();
    assert!(waited >= Duration::from_millis(650), "the date was read: waited {waited:?}");
    assert!(waited < Duration::from_millis(1900), "clamped to max_backoff: waited {waited:?}");
}

fn stream_head(status: &str, length: Option<u64>) -> String {
    let framing = match length {
        Some(n) => format!("content-length: {n}"),
        None => "transfer-encoding: chunked".to_string(),
    };
    format!("HTTP/1.1 {status}\r\ncontent-type: application/json\r\nrequest-id: req_big\r\n{framing}\r\n\r\n")
}

#[tokio::test]
async fn a_100_mib_body_fails_fast_with_the_keys() {
    let total = 100 * MIB as u64;
    let server = HostileServer::start(move |_, _| Reply::Stream {
        head: stream_head("200 OK", Some(total)),
        chunk: vec![b' '; 64 * 1024],
        limit: Some(total),
        chunked: false,
    })
    .await;
    let start = Instant::now();
    let err = client(&server.url).payment_intents().create(&create()).await.unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(10), "took {:?}", start.elapsed());
    assert_eq!(err.kind, ErrorKind::Api);
    assert!(err.message.contains("max_response_bytes") && err.message.contains(&(32 * MIB).to_string()), "{err}");
    assert_eq!(err.http_status, Some(200));
    assert_eq!(err.request_id.as_deref(), Some("req_big"));
    let sent_key = server.requests()[0].header("idempotency-key").unwrap().to_string();
    assert_eq!(err.idempotency_key.as_deref(), Some(sent_key.as_str()));
    assert_eq!(server.hits(), 1, "a 200 is not retried");
    assert!(server.wait_finished(1, Duration::from_secs(2)).await, "the connection was dropped");
    eprintln!("100 MiB body: the server wrote {} bytes before the client hung up", server.written());
    assert!(server.written() < 16 * MIB as u64, "the server got to write {} bytes", server.written());
}

#[tokio::test]
async fn an_endless_chunked_body_stops_at_the_limit() {
    let server = HostileServer::start(|_, _| Reply::Stream {
        head: stream_head("200 OK", None),
        chunk: vec![b'7'; 16 * 1024],
        limit: None,
        chunked: true,
    })
    .await;
    let c = client_with(&server.url, |b| b.max_response_bytes(MIB));
    let start = Instant::now();
    let err = c.payment_intents().list(&ListParams::default()).await.unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(10), "took {:?}", start.elapsed());
    assert_eq!(err.kind, ErrorKind::Api);
    assert!(err.message.contains(&format!("max_response_bytes ({MIB} bytes)")), "{err}");
    assert_eq!(err.request_id.as_deref(), Some("req_big"));
    assert!(server.wait_finished(1, Duration::from_secs(2)).await, "the connection was dropped");
    // What the kernel buffers on loopback comes on top of the limit.
    eprintln!("endless body: the server wrote {} bytes before the client hung up", server.written());
    assert!(server.written() < (MIB + 16 * MIB) as u64, "the server got to write {} bytes", server.written());
}

#[tokio::test]
async fn an_oversized_500_is_retried_and_each_attempt_is_bounded() {
    let server = HostileServer::start(|n, _| match n {
        0 => Reply::Stream {
            head: stream_head("500 Internal Server Error", None),
            chunk: vec![b'x'; 16 * 1024],
            limit: None,
            chunked: true,
        },
        _ => Reply::with("200 OK", &[], &pi_json("pi_after_big")),
    })
    .await;
    let c = client_with(&server.url, |b| b.max_response_bytes(256 * 1024));
    let pi = c.payment_intents().create(&create()).await.unwrap();
    assert_eq!(pi.id, "pi_after_big");
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn garbage_on_a_200_is_an_api_error_with_the_idempotency_key() {
    for body in ["<html>oops</html>", "", "[1,2,3]", "{\"object\":\"payment_intent\"}", "{\"id\": 42}", "{\"id\": null}", "\u{0}\u{1}"] {
        let server = HostileServer::start(move |_, _| Reply::with("200 OK", &[("request-id", "req_garbage")], body)).await;
        let err = client(&server.url).payment_intents().create(&create()).await.unwrap_err();
        assert_eq!(err.kind, ErrorKind::Api, "{body:?}");
        assert_eq!(err.http_status, Some(200));
        assert_eq!(err.request_id.as_deref(), Some("req_garbage"));
        let sent_key = server.requests()[0].header("idempotency-key").unwrap().to_string();
        assert_eq!(err.idempotency_key.as_deref(), Some(sent_key.as_str()), "{body:?}");
        if body.contains("object") || body.contains("id") {
            assert!(err.message.contains("`id`"), "{body:?}: {err}");
        }
    }
}

#[tokio::test]
async fn one_unreadable_item_does_not_poison_a_page_or_the_pager() {
    let server = HostileServer::start(|_, req: &Request| {
        let body = if req.path.contains("starting_after") {
            serde_json::json!({"object": "list", "has_more": false, "url": null, "data": [
                {"id": "pi_3", "status": "succeeded", "amount": null, "metadata": null}
            ]})
        } else {
            serde_json::json!({"object": "list", "has_more": true, "data": [
                {"id": "pi_1", "transfer_data": {"amount": 5}, "shipping": {"address": "somewhere"}},
                {"object": "payment_intent", "status": "succeeded"},
                {"id": "pi_2", "next_action": {"type": 7}, "livemode": null, "payment_method_types": null}
            ]})
        };
        Reply::with("200 OK", &[], &body.to_string())
    })
    .await;
    let pis = client(&server.url).payment_intents();
    let page = pis.list(&ListParams::default()).await.unwrap();
    assert_eq!(page.data.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["pi_1", "pi_2"]);
    assert_eq!(page.unreadable.len(), 1);
    assert!(page.data[0].transfer_data.is_none());
    assert_eq!(page.data[0].extra["transfer_data"]["amount"], 5);
    assert_eq!(page.data[0].shipping.as_ref().unwrap().extra["address"], "somewhere");
    let all = pis.list_auto(ListParams::default()).collect(None).await.unwrap();
    assert_eq!(all.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["pi_1", "pi_2", "pi_3"]);
    assert!(server.requests()[2].path.contains("starting_after=pi_2"));
}

#[tokio::test]
async fn a_server_that_repeats_a_cursor_cannot_make_the_pager_loop() {
    // The list always ends with the same item and says there is more.
    let server = HostileServer::start(|n, _| {
        let body = serde_json::json!({"object": "list", "has_more": true, "url": "/v1/payment_intents",
            "data": [{"id": format!("pi_new{n}")}, {"id": "pi_same"}]});
        Reply::with("200 OK", &[], &body.to_string())
    })
    .await;
    let pis = client(&server.url).payment_intents();
    let run = pis.list_auto(ListParams::default()).collect(None);
    let err = tokio::time::timeout(Duration::from_secs(2), run).await.expect("paging stopped").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Api);
    assert!(err.message.contains("pi_same"), "{err}");
    assert_eq!(server.hits(), 2);

    // Search: the same next_page token again.
    let server = HostileServer::start(|n, _| {
        let body = serde_json::json!({"object": "search_result", "has_more": true, "next_page": "tok",
            "data": [{"id": format!("pi_{n}")}]});
        Reply::with("200 OK", &[], &body.to_string())
    })
    .await;
    let pis = client(&server.url).payment_intents();
    let mut pager = pis.search_auto(payintent::params::SearchParams::new("status:'succeeded'"));
    let mut seen = Vec::new();
    let err = loop {
        match tokio::time::timeout(Duration::from_secs(2), pager.next()).await.expect("paging stopped") {
            Ok(Some(pi)) => seen.push(pi.id),
            Ok(None) => panic!("the pager ended without noticing the loop"),
            Err(e) => break e,
        }
    };
    assert_eq!(err.kind, ErrorKind::Api);
    assert_eq!(seen, ["pi_0", "pi_1"]);
    assert!(matches!(pager.next().await, Ok(None)), "the pager stays stopped");
}

#[tokio::test]
async fn absurd_durations_are_refused_before_sending() {
    let server = HostileServer::start(|_, _| Reply::with("200 OK", &[], &pi_json("pi_x"))).await;
    let c = client(&server.url);
    for opts in [
        RequestOptions::new().timeout(Duration::MAX),
        RequestOptions::new().deadline(Duration::MAX),
        RequestOptions::new().deadline(Duration::from_secs(u64::MAX)),
        RequestOptions::new().timeout(Duration::from_secs(365 * 24 * 3600)),
    ] {
        let err = c.payment_intents().with_options(opts).create(&create()).await.unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidArgument, "{err}");
    }
    for b in [
        Client::builder().api_key(KEY).timeout(Duration::MAX),
        Client::builder().api_key(KEY).connect_timeout(Duration::MAX),
        Client::builder().api_key(KEY).deadline(Some(Duration::MAX)),
        Client::builder().api_key(KEY).backoff(Duration::MAX, Duration::MAX),
        Client::builder().api_key(KEY).backoff(Duration::from_millis(1), Duration::MAX),
    ] {
        assert_eq!(b.build().unwrap_err().kind, ErrorKind::InvalidArgument);
    }
    assert_eq!(server.hits(), 0);
}

/// Every form in which a server could echo the key.
fn echoed_forms(auth: &str) -> Vec<String> {
    vec![
        auth.to_string(),
        KEY.to_string(),
        format!("Bearer {KEY}"),
        format!("Basic {}", STANDARD.encode(format!("{KEY}:"))),
        STANDARD.encode(KEY),
        URL_SAFE_NO_PAD.encode(format!("{KEY}:")),
        URL_SAFE_NO_PAD.encode(KEY),
        KEY[..12].to_string(),
        KEY[..20].to_string(),
    ]
}

/// Fails when `text` holds any recognisable piece of the key.
fn assert_clean(text: &str, context: &str) {
    let mut pieces = vec![KEY[..12].to_string(), "HostileSecretPart".to_string()];
    for input in [format!("{KEY}:"), KEY.to_string()] {
        pieces.push(STANDARD.encode(&input).trim_end_matches('=').to_string());
        pieces.push(URL_SAFE_NO_PAD.encode(&input));
    }
    for p in pieces {
        assert!(!text.contains(&p), "{context}: the key leaked as {p:?} in {text}");
    }
}

#[tokio::test]
async fn a_key_echoed_in_every_field_and_header_is_scrubbed() {
    for profile in [Profile::Stripe, Profile::LeanRails] {
        for form_index in 0..echoed_forms("").len() {
            let server = HostileServer::start(move |_, req: &Request| {
                let auth = req.header("authorization").unwrap_or("").to_string();
                let echo = echoed_forms(&auth)[form_index].clone();
                let body = serde_json::json!({"error": {
                    "type": echo, "code": echo, "decline_code": echo, "param": echo, "doc_url": echo,
                    "message": format!("Invalid API Key provided: {echo}"),
                    "payment_intent": {"id": "pi_leak", "status": "requires_payment_method", "description": echo}
                }})
                .to_string();
                Reply::with("402 Payment Required", &[("request-id", &format!("req_{echo}"))], &body)
            })
            .await;
            let c = client_with(&server.url, |b| b.profile(profile));
            let err = c.payment_intents().create(&create()).await.unwrap_err();
            let context = format!("{profile:?} form {form_index}");
            for field in [
                Some(err.message.clone()),
                err.error_type.clone(),
                err.code.clone(),
                err.decline_code.clone(),
                err.param.clone(),
                err.doc_url.clone(),
                err.request_id.clone(),
            ] {
                let field = field.unwrap_or_else(|| panic!("{context}: a field went missing"));
                assert_clean(&field, &context);
            }
            assert!(err.message.contains("sk_test_…"), "{context}: {}", err.message);
            assert_clean(&format!("{err} {err:?}"), &context);
            let pi = err.payment_intent.as_ref().expect("the attached PaymentIntent is kept");
            assert_eq!(pi.id, "pi_leak");
            assert_clean(&pi.to_json().to_string(), &context);
            assert!(err.idempotency_key.is_some());
        }
    }
}

#[tokio::test]
async fn a_key_in_a_success_request_id_or_a_quoted_body_is_scrubbed() {
    let server = HostileServer::start(|n, req: &Request| {
        let auth = req.header("authorization").unwrap_or("").to_string();
        match n {
            0 => Reply::with("200 OK", &[("request-id", &auth)], &pi_json("pi_ok")),
            // A JSON string where an object belongs: serde quotes it in its message.
            _ => Reply::with("200 OK", &[("request-id", KEY)], &serde_json::to_string(&auth).unwrap()),
        }
    })
    .await;
    let logs = LogSink::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let c = client(&server.url);
    let pi = c.payment_intents().create(&create()).await.unwrap();
    let rid = pi.last_response.as_ref().unwrap().request_id.clone().unwrap();
    assert_clean(&rid, "request id of a success");
    assert!(rid.contains("sk_test_…"), "{rid}");
    let err = c.payment_intents().create(&create()).await.unwrap_err();
    assert_eq!(err.kind, ErrorKind::Api);
    assert!(err.message.contains("sk_test_…"), "serde quoted the body: {}", err.message);
    assert_clean(&format!("{err} {err:?}"), "decode error");
    let logs = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("payintent response") && logs.contains("request_id"), "{logs}");
    assert_clean(&logs, "logs");
}

#[derive(Clone, Default)]
struct LogSink(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogSink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
