//! Client options for the network path: an HTTP proxy (requests go through
//! it, its credentials are never printed) and extra root certificates (a TLS
//! server signed by a private CA is trusted only when its CA is given).

use std::sync::Arc;
use std::time::Duration;

use payintent::params::RetrieveParams;
use payintent::{Client, ErrorKind};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls");
const PI: &str = r#"{"id":"pi_proxy","object":"payment_intent","amount":100,"currency":"usd","status":"succeeded"}"#;

/// Read one HTTP/1.1 request head from `sock` (up to the blank line), byte by
/// byte so nothing after it is consumed.
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

/// The first line of the request head read from `sock`.
async fn request_line(sock: &mut tokio::net::TcpStream) -> String {
    request_head(sock).await.lines().next().unwrap_or_default().to_string()
}

fn answer() -> String {
    format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{PI}", PI.len())
}

#[tokio::test]
async fn requests_go_through_the_proxy() {
    let proxy = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_url = format!("http://user:hunter2@{}", proxy.local_addr().unwrap());
    let seen = tokio::spawn(async move {
        let (mut sock, _) = proxy.accept().await.unwrap();
        let line = request_line(&mut sock).await;
        sock.write_all(answer().as_bytes()).await.unwrap();
        line
    });
    // Nothing listens at the base URL itself: only the proxy can answer.
    let client = Client::builder()
        .api_key("sk_test_proxy")
        .base_url("http://127.0.0.1:9")
        .proxy(proxy_url)
        .max_retries(0)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let printed = format!("{:?}", client.config());
    assert!(!printed.contains("hunter2") && printed.contains("***@"), "{printed}");
    let pi = client.payment_intents().retrieve("pi_proxy", &RetrieveParams::default()).await.unwrap();
    assert_eq!(pi.id, "pi_proxy");
    let line = seen.await.unwrap();
    assert_eq!(line, "GET http://127.0.0.1:9/v1/payment_intents/pi_proxy HTTP/1.1");
}

#[test]
fn bad_proxies_and_certificates_are_refused_before_sending() {
    for bad in ["not a url", "ftp://127.0.0.1:21", "socks9://x"] {
        let e = Client::builder().api_key("sk_test_x").proxy(bad).build().unwrap_err();
        assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("proxy")), "{bad}");
    }
    for bad in [&b"not a pem"[..], b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"] {
        let e = Client::builder().api_key("sk_test_x").root_certificates_pem(bad).build().unwrap_err();
        assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("root_certificates")));
    }
}

/// An HTTPS server for `localhost` whose certificate is signed by the test CA.
async fn tls_server() -> (u16, tokio::task::JoinHandle<()>) {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(format!("{FIXTURES}/server.pem"))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(format!("{FIXTURES}/server.key")).unwrap();
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(Arc::new(
        tokio_rustls::rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let task = tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(sock).await else { return };
                let mut buf = vec![0u8; 4096];
                let mut head = Vec::new();
                while !head.ends_with(b"\r\n\r\n") {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let _ = tls.write_all(answer().as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (port, task)
}

#[tokio::test]
async fn extra_root_certificates_are_trusted() {
    let (port, _server) = tls_server().await;
    let base = format!("https://localhost:{port}");
    let build = |with_ca: bool| {
        let mut b = Client::builder().api_key("sk_test_tls").base_url(&base).max_retries(0).timeout(Duration::from_secs(5));
        if with_ca {
            b = b.root_certificates_pem(std::fs::read(format!("{FIXTURES}/ca.pem")).unwrap());
        }
        b.build().unwrap()
    };
    let err = build(false).payment_intents().retrieve("pi_proxy", &RetrieveParams::default()).await.unwrap_err();
    assert_eq!(err.kind, ErrorKind::Connection, "an unknown CA is refused: {err}");
    let pi = build(true).payment_intents().retrieve("pi_proxy", &RetrieveParams::default()).await.unwrap();
    assert_eq!(pi.id, "pi_proxy");
}

#[tokio::test]
async fn https_goes_through_the_proxy_in_a_connect_tunnel() {
    let (port, _server) = tls_server().await;
    let proxy = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_url = format!("http://user:hunter2@{}", proxy.local_addr().unwrap());
    // A CONNECT proxy: reads the head, answers 200, then relays bytes both ways.
    let seen = tokio::spawn(async move {
        let (mut sock, _) = proxy.accept().await.unwrap();
        let head = request_head(&mut sock).await;
        let mut upstream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        sock.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").await.unwrap();
        let _ = tokio::io::copy_bidirectional(&mut sock, &mut upstream).await;
        head
    });
    let client = Client::builder()
        .api_key("sk_test_tunnel")
        .base_url(format!("https://localhost:{port}"))
        .proxy(proxy_url)
        .root_certificates_pem(std::fs::read(format!("{FIXTURES}/ca.pem")).unwrap())
        .max_retries(0)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let pi = client.payment_intents().retrieve("pi_proxy", &RetrieveParams::default()).await.unwrap();
    assert_eq!(pi.id, "pi_proxy");
    let head = seen.await.unwrap();
    assert!(head.starts_with(&format!("CONNECT localhost:{port} HTTP/1.1\r\n")), "{head}");
    // user:hunter2 in Basic form, sent to the proxy only.
    assert!(head.to_ascii_lowercase().contains("proxy-authorization: basic dxnlcjpodw50zxiy"), "{head}");
}
