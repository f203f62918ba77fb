//! Quickstart: create → confirm → capture, and create → cancel, with the
//! webhook events of that flow received on a local HTTP server, verified
//! against the raw body and handled once per event id.
//!
//! With no configuration it starts the embedded sandbox server on 127.0.0.1
//! and needs no key (and registers the local webhook endpoint there; a real
//! API needs a public HTTPS endpoint, e.g. forwarded by the Stripe CLI). To run against a real API instead, set
//! `PAYINTENT_BASE_URL` and `PAYINTENT_API_KEY` (and `PAYINTENT_PROFILE=leanrails`
//! for LeanRails).
//!
//!     cargo run -p payintent --example quickstart

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use payintent::params::{CancelParams, CaptureParams, ConfirmParams, CreateParams};
use payintent::{CancellationReason, CaptureMethod, Client, ErrorKind, Profile, Webhook};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// A minimal webhook receiver on 127.0.0.1: answers 200 and hands each
/// delivery's `Stripe-Signature` header and raw body to the channel.
async fn webhook_receiver() -> std::io::Result<(String, mpsc::UnboundedReceiver<(String, Vec<u8>)>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/webhooks", listener.local_addr()?);
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 8192];
                loop {
                    let n = sock.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n").map(|at| at + 4) else { continue };
                    let head = String::from_utf8_lossy(&buf[..end]).to_string();
                    let header = |name: &str| {
                        head.lines().find_map(|l| {
                            let (k, v) = l.split_once(':')?;
                            k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_string())
                        })
                    };
                    let length: usize = header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
                    if buf.len() < end + length {
                        continue;
                    }
                    let _ = tx.send((header("stripe-signature").unwrap_or_default(), buf[end..end + length].to_vec()));
                    let _ = sock.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").await;
                    return;
                }
            });
        }
    });
    Ok((url, rx))
}

/// Registers `url` for every event type; returns the endpoint's signing secret.
async fn register_webhook(base_url: &str, api_key: &str, url: &str) -> Result<String, Box<dyn std::error::Error>> {
    let body: serde_json::Value = reqwest::Client::new()
        .post(format!("{base_url}/v1/webhook_endpoints"))
        .bearer_auth(api_key)
        .form(&[("url", url), ("enabled_events[]", "*")])
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(body["secret"].as_str().ok_or("no secret in the endpoint")?.to_string())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (_sandbox, base_url, api_key) = match (
        std::env::var("PAYINTENT_BASE_URL"),
        std::env::var("PAYINTENT_API_KEY"),
    ) {
        (Ok(url), Ok(key)) => (None, url, key),
        _ => {
            let sandbox =
                payintent_sandbox::Sandbox::start(payintent_sandbox::SandboxConfig::default()).await?;
            let url = sandbox.base_url();
            println!("embedded sandbox listening on {url}");
            (Some(sandbox), url, "sk_test_quickstart".to_string())
        }
    };
    let profile = match std::env::var("PAYINTENT_PROFILE") {
        Ok(p) => Profile::parse(&p)?,
        Err(_) => Profile::Stripe,
    };
    // Webhooks: only the embedded sandbox can deliver to a loopback address.
    let mut webhooks = None;
    if _sandbox.is_some() {
        let (url, deliveries) = webhook_receiver().await?;
        let secret = register_webhook(&base_url, &api_key, &url).await?;
        println!("webhook endpoint {url}");
        webhooks = Some((secret, deliveries));
    }
    let client = Client::builder().api_key(api_key).base_url(base_url).profile(profile).build()?;
    let intents = client.payment_intents();

    // 1. Authorise now, capture later.
    let mut create = CreateParams::new(2000, "usd");
    create.capture_method = Some(CaptureMethod::Manual);
    create.description = Some("Quickstart order #1".into());
    create.metadata = Some(BTreeMap::from([("order_id".to_string(), "1".to_string())]));
    let pi = intents.create(&create).await?;
    println!("created   {} status={} amount={} {}", pi.id, pi.status, pi.amount, pi.currency.as_deref().unwrap_or(""));

    let confirm = ConfirmParams { payment_method: Some("pm_card_visa".into()), ..Default::default() };
    let pi = intents.confirm(&pi.id, &confirm).await?;
    println!("confirmed {} status={} amount_capturable={}", pi.id, pi.status, pi.amount_capturable.unwrap_or(0));

    let capture = CaptureParams { amount_to_capture: Some(1500), ..Default::default() };
    let pi = intents.capture(&pi.id, &capture).await?;
    println!(
        "captured  {} status={} amount_received={} (request {})",
        pi.id,
        pi.status,
        pi.amount_received.unwrap_or(0),
        pi.last_response.as_ref().and_then(|m| m.request_id.as_deref()).unwrap_or("-")
    );

    // 2. Create, then cancel.
    let pi = intents.create(&CreateParams::new(500, "usd")).await?;
    let cancel = CancelParams {
        cancellation_reason: Some(CancellationReason::RequestedByCustomer),
        ..Default::default()
    };
    let pi = intents.cancel(&pi.id, &cancel).await?;
    println!(
        "canceled  {} status={} reason={}",
        pi.id,
        pi.status,
        pi.cancellation_reason.as_ref().map(|r| r.as_str()).unwrap_or("-")
    );

    // 3. Errors are typed: canceling twice is refused by the API.
    match intents.cancel(&pi.id, &cancel).await {
        Err(e) if e.kind == ErrorKind::InvalidRequest => {
            println!("cancel again -> {} code={}", e.kind, e.code.as_deref().unwrap_or("-"))
        }
        other => return Err(format!("expected an invalid_request_error, got {other:?}").into()),
    }

    // 4. The events of the flow. Deliveries are at least once and in any
    // order: verify each against the raw body, handle each event id once.
    if let Some((secret, mut deliveries)) = webhooks {
        let mut handled = HashSet::new();
        let expected = ["payment_intent.created", "payment_intent.succeeded", "payment_intent.canceled"];
        while !expected.iter().all(|t| handled.iter().any(|(_, seen): &(String, String)| seen == t)) {
            let Ok(Some((signature, body))) = tokio::time::timeout(Duration::from_secs(10), deliveries.recv()).await else {
                return Err("the expected webhook events did not arrive".into());
            };
            let event = Webhook::construct_event(&body, &signature, &secret)?;
            if !handled.insert((event.id.clone(), event.event_type.clone())) {
                continue; // a repeated delivery of an event already handled
            }
            let pi = event.payment_intent().map(|p| p.id.as_str()).unwrap_or("-");
            println!("webhook   {} {} {}", event.id, event.event_type, pi);
        }
    }
    Ok(())
}
