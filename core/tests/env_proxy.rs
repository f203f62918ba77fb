//! Without a `proxy` option the environment's proxy applies (`HTTP_PROXY`,
//! its credentials sent as `Proxy-Authorization`), except for the hosts of
//! `NO_PROXY`. Alone in its test binary: it changes the process environment.

use std::time::Duration;

use payintent::params::RetrieveParams;
use payintent::{Client, ErrorKind};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const PI: &str = r#"{"id":"pi_env","object":"payment_intent","amount":100,"currency":"usd","status":"succeeded"}"#;

/// The request head a proxy received (up to the blank line).
async fn request_head(sock: &mut tokio::net::TcpStream) -> String {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if sock.read(&mut byte).await.unwrap() == 0 {
            break;
        }
        buf.push(byte[0]);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

fn client() -> Client {
    Client::builder()
        .api_key("sk_test_envproxy")
        .base_url("http://127.0.0.1:9")
        .max_retries(0)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

#[tokio::test]
async fn the_environment_proxy_applies_unless_no_proxy_names_the_host() {
    for name in ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"] {
        std::env::remove_var(name);
    }
    let proxy = TcpListener::bind("127.0.0.1:0").await.unwrap();
    std::env::set_var("HTTP_PROXY", format!("http://us%40er:p%3Ass@{}", proxy.local_addr().unwrap()));
    let seen = tokio::spawn(async move {
        let (mut sock, _) = proxy.accept().await.unwrap();
        let head = request_head(&mut sock).await;
        let answer = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{PI}",
            PI.len()
        );
        sock.write_all(answer.as_bytes()).await.unwrap();
        head
    });
    let pi = client().payment_intents().retrieve("pi_env", &RetrieveParams::default()).await.unwrap();
    assert_eq!(pi.id, "pi_env");
    let head = seen.await.unwrap();
    assert!(head.starts_with("GET http://127.0.0.1:9/v1/payment_intents/pi_env HTTP/1.1\r\n"), "{head}");
    // "us@er:p:ss", percent-decoded, in Basic form.
    assert!(head.to_ascii_lowercase().contains("proxy-authorization: basic dxnazxi6cdpzcw=="), "{head}");

    // NO_PROXY names the host: the request goes straight to port 9, where nothing listens.
    std::env::set_var("NO_PROXY", "127.0.0.1");
    let err = client().payment_intents().retrieve("pi_env", &RetrieveParams::default()).await.unwrap_err();
    assert_eq!(err.kind, ErrorKind::Connection, "{err}");
}
