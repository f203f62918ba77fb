//! Quickstart: create → confirm → capture, and create → cancel.
//!
//! With no configuration it starts the embedded sandbox server on 127.0.0.1
//! and needs no key. To run against a real API instead, set
//! `PAYINTENT_BASE_URL` and `PAYINTENT_API_KEY` (and `PAYINTENT_PROFILE=leanrails`
//! for LeanRails).
//!
//!     cargo run -p payintent --example quickstart

use std::collections::BTreeMap;

use payintent::params::{CancelParams, CaptureParams, ConfirmParams, CreateParams};
use payintent::{CancellationReason, CaptureMethod, Client, ErrorKind, Profile};

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
    Ok(())
}
