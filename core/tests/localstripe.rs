//! Happy paths against localstripe, a third-party stateful Stripe fake, run
//! by `tests/localstripe/run.sh` (which starts it on 127.0.0.1 and sets
//! `PAYINTENT_LOCALSTRIPE_URL`). localstripe does not know
//! `cancellation_reason` and only confirms intents that already have a
//! payment method, so these paths avoid both.

use std::collections::BTreeMap;

use payintent::params::*;
use payintent::{CaptureMethod, Client, ErrorKind, Status};

fn base_url() -> String {
    std::env::var("PAYINTENT_LOCALSTRIPE_URL")
        .expect("PAYINTENT_LOCALSTRIPE_URL must point at a running localstripe (see tests/localstripe/run.sh)")
}

const KEY: &str = "sk_test_localstripe";

/// localstripe needs a real PaymentMethod object; the SDK covers only
/// PaymentIntents, so this one is made with a plain HTTP call.
async fn card_payment_method() -> String {
    let resp = reqwest::Client::new()
        .post(format!("{}/v1/payment_methods", base_url()))
        .bearer_auth(KEY)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("type=card&card[number]=4242424242424242&card[exp_month]=12&card[exp_year]=2034&card[cvc]=123")
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.status());
    let v: serde_json::Value = resp.json().await.unwrap();
    v["id"].as_str().unwrap().to_string()
}

fn client() -> Client {
    Client::builder().api_key(KEY).base_url(base_url()).build().unwrap()
}

#[tokio::test]
#[ignore = "needs localstripe; run by tests/localstripe/run.sh"]
async fn create_confirm_capture() {
    let pis = client().payment_intents();
    let pm = card_payment_method().await;
    let mut p = CreateParams::new(2000, "usd");
    p.capture_method = Some(CaptureMethod::Manual);
    p.payment_method = Some(pm);
    p.metadata = Some(BTreeMap::from([("order".into(), "ls-1".into())]));
    let pi = pis.create(&p).await.unwrap();
    assert_eq!(pi.status, Status::RequiresConfirmation);
    assert_eq!(pi.metadata["order"], "ls-1");
    let pi = pis.confirm(&pi.id, &ConfirmParams::default()).await.unwrap();
    assert_eq!(pi.status, Status::RequiresCapture);
    let pi = pis
        .capture(&pi.id, &CaptureParams { amount_to_capture: Some(1500), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(pi.status, Status::Succeeded);
    let got = pis.retrieve(&pi.id, &RetrieveParams::default()).await.unwrap();
    assert_eq!(got.id, pi.id);
    assert_eq!(got.status, Status::Succeeded);
}

#[tokio::test]
#[ignore = "needs localstripe; run by tests/localstripe/run.sh"]
async fn create_cancel_and_cancel_again() {
    let pis = client().payment_intents();
    let pi = pis.create(&CreateParams::new(500, "eur")).await.unwrap();
    assert_eq!(pi.status, Status::RequiresPaymentMethod);
    let pi = pis.cancel(&pi.id, &CancelParams::default()).await.unwrap();
    assert_eq!(pi.status, Status::Canceled);
    let e = pis.cancel(&pi.id, &CancelParams::default()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidRequest);
    assert_eq!(e.http_status, Some(400));
    assert_eq!(sb_missing(&pis).await, ErrorKind::InvalidRequest);
}

async fn sb_missing(pis: &payintent::PaymentIntents) -> ErrorKind {
    let e = pis.retrieve("pi_doesnotexist", &RetrieveParams::default()).await.unwrap_err();
    assert_eq!(e.http_status, Some(404));
    e.kind
}

#[tokio::test]
#[ignore = "needs localstripe; run by tests/localstripe/run.sh"]
async fn update_and_list() {
    let pis = client().payment_intents();
    let pi = pis.create(&CreateParams::new(700, "usd")).await.unwrap();
    let up = UpdateParams {
        metadata: Some(BTreeMap::from([("tier".into(), "gold".into())])),
        ..Default::default()
    };
    let pi = pis.update(&pi.id, &up).await.unwrap();
    assert_eq!(pi.metadata["tier"], "gold");
    let page = pis.list(&ListParams { limit: Some(100), ..Default::default() }).await.unwrap();
    assert!(page.data.iter().any(|p| p.id == pi.id));
}
