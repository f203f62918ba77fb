//! Every operation, with nested parameters, sent in the Stripe profile to
//! stripe-mock, which validates each request against the official OpenAPI
//! spec (2023-08-16, with -strict-version-check). Run by tests/stripe-mock/run.sh.

use std::collections::BTreeMap;

use payintent::params::*;
use payintent::{CancellationReason, CaptureMethod, Client, SetupFutureUsage};
use serde_json::json;

fn client() -> Client {
    let url = std::env::var("PAYINTENT_STRIPE_MOCK_URL")
        .expect("PAYINTENT_STRIPE_MOCK_URL must point at stripe-mock (see tests/stripe-mock/run.sh)");
    Client::builder().api_key("sk_test_123").base_url(url).max_retries(0).build().unwrap()
}

fn meta() -> Option<BTreeMap<String, String>> {
    Some(BTreeMap::from([("order_id".into(), "6735".into()), ("note".into(), "a b&c".into())]))
}

#[tokio::test]
#[ignore = "needs stripe-mock; run by tests/stripe-mock/run.sh"]
async fn the_spec_accepts_every_operation() {
    let pis = client().payment_intents();
    let shipping: payintent::model::Shipping = serde_json::from_value(json!({
        "name": "Jenny Rosen", "phone": "+15555550100",
        "address": {"line1": "1 Main St", "city": "Springfield", "postal_code": "12345", "country": "US"}
    }))
    .unwrap();
    let create = CreateParams {
        capture_method: Some(CaptureMethod::Manual),
        confirm: Some(false),
        customer: Some("cus_123".into()),
        description: Some("Order 6735".into()),
        expand: vec!["latest_charge".into(), "customer".into()],
        metadata: meta(),
        payment_method_options: Some(json!({"card": {"capture_method": "manual", "request_three_d_secure": "automatic"}})),
        payment_method_types: Some(vec!["card".into()]),
        automatic_payment_methods: None,
        receipt_email: Some("jenny@example.com".into()),
        setup_future_usage: Some(SetupFutureUsage::OffSession),
        shipping: Some(shipping.clone()),
        statement_descriptor: Some("PAYINTENT".into()),
        transfer_data: Some(TransferDataParam { amount: Some(100), destination: Some("acct_123".into()) }),
        off_session: None,
        ..CreateParams::new(2000, "usd")
    };
    let pi = pis.create(&create).await.expect("create");
    let id = pi.id.clone();
    pis.retrieve(&id, &RetrieveParams { expand: vec!["payment_method".into()], ..Default::default() })
        .await
        .expect("retrieve");
    pis.update(&id, &UpdateParams { metadata: meta(), shipping: Some(shipping.clone()), ..Default::default() })
        .await
        .expect("update");
    pis.list(&ListParams {
        created: Some(CreatedFilter::Range { gt: None, gte: Some(1_600_000_000), lt: None, lte: None }),
        customer: Some("cus_123".into()),
        limit: Some(3),
        expand: vec!["data.customer".into()],
        ..Default::default()
    })
    .await
    .expect("list");
    pis.search(&SearchParams { limit: Some(2), ..SearchParams::new("status:'succeeded' AND metadata['order_id']:'6735'") })
        .await
        .expect("search");
    pis.confirm(
        &id,
        &ConfirmParams {
            payment_method: Some("pm_card_visa".into()),
            return_url: Some("https://example.com/return".into()),
            mandate_data: None,
            off_session: Some(json!("one_off")),
            shipping: Some(shipping),
            error_on_requires_action: Some(true),
            ..Default::default()
        },
    )
    .await
    .expect("confirm");
    pis.capture(
        &id,
        &CaptureParams {
            amount_to_capture: Some(1500),
            metadata: meta(),
            statement_descriptor_suffix: Some("6735".into()),
            ..Default::default()
        },
    )
    .await
    .expect("capture");
    pis.cancel(
        &id,
        &CancelParams { cancellation_reason: Some(CancellationReason::RequestedByCustomer), ..Default::default() },
    )
    .await
    .expect("cancel");
    pis.cancel(&id, &CancelParams::default()).await.expect("cancel without parameters");
    pis.increment_authorization(&id, &IncrementAuthorizationParams { amount: 2500, metadata: meta(), ..Default::default() })
        .await
        .expect("increment_authorization");
    pis.apply_customer_balance(&id, &ApplyCustomerBalanceParams { amount: Some(500), currency: Some("usd".into()), ..Default::default() })
        .await
        .expect("apply_customer_balance");
    pis.verify_microdeposits(&id, &VerifyMicrodepositsParams { amounts: Some(vec![32, 45]), ..Default::default() })
        .await
        .expect("verify_microdeposits");
}

#[tokio::test]
#[ignore = "needs stripe-mock; run by tests/stripe-mock/run.sh"]
async fn the_spec_rejects_what_it_should() {
    // The check is real: an unknown parameter sent through `extra` is refused.
    let mut p = CreateParams::new(2000, "usd");
    p.extra.insert("not_a_parameter".into(), json!("x"));
    let e = client().payment_intents().create(&p).await.unwrap_err();
    assert_eq!(e.kind, payintent::ErrorKind::InvalidRequest);
    assert_eq!(e.http_status, Some(400));
}
