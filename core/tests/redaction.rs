//! The secret key stays out of errors, Debug output and logs, even when a
//! server echoes it back.

use std::io::Write;
use std::sync::{Arc, Mutex};

use payintent::params::CreateParams;
use payintent::{Client, ErrorKind};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const SECRET: &str = "sk_test_TOPSECRETvalue0000";

/// A server that answers 401 and quotes the full Authorization header.
async fn echoing_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else { return };
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16384];
                let n = sock.read(&mut buf).await.unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]).to_string();
                let auth = req
                    .lines()
                    .find(|l| l.to_ascii_lowercase().starts_with("authorization:"))
                    .unwrap_or("")
                    .to_string();
                let body = serde_json::json!({"error": {
                    "type": "invalid_request_error",
                    "message": format!("Invalid API Key provided: {auth}"),
                }})
                .to_string();
                let resp = format!(
                    "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\nrequest-id: req_echo\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = sock.write_all(resp.as_bytes()).await;
            });
        }
    });
    format!("http://{addr}")
}

#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn echoed_keys_are_scrubbed_and_logs_stay_clean() {
    let sink = Sink::default();
    let writer = sink.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let url = echoing_server().await;
    let client = Client::builder().api_key(SECRET).base_url(url).build().unwrap();
    let err = client.payment_intents().create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(err.kind, ErrorKind::Authentication);
    assert_eq!(err.request_id.as_deref(), Some("req_echo"));
    assert!(err.message.contains("sk_test_…"), "{}", err.message);
    for text in [err.to_string(), format!("{err:?}"), format!("{client:?}"), format!("{:?}", client.config())] {
        assert!(!text.contains("TOPSECRET"), "key leaked: {text}");
    }
    let logs = String::from_utf8(sink.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("payintent request"), "debug logs were captured: {logs}");
    assert!(!logs.contains("TOPSECRET"), "key leaked into logs: {logs}");
}
