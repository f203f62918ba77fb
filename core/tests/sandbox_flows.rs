//! The client against the local sandbox server: every operation, errors,
//! retries, idempotency and both wire profiles.

use std::collections::BTreeMap;
use std::time::Duration;

use payintent::params::*;
use payintent::{
    CancellationReason, CaptureMethod, Client, ErrorKind, Expandable, Operation, Profile,
    RequestOptions, Status,
};
use payintent_sandbox::{Fault, FaultKind, Sandbox, SandboxConfig};

const KEY: &str = "sk_test_integration_key_4242";

async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).await.expect("sandbox starts")
}

fn client(sb: &Sandbox, profile: Profile) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(sb.base_url())
        .profile(profile)
        .backoff(Duration::from_millis(5), Duration::from_millis(40))
        .build()
        .unwrap()
}

fn manual(amount: i64) -> CreateParams {
    CreateParams { capture_method: Some(CaptureMethod::Manual), ..CreateParams::new(amount, "usd") }
}

fn pm(id: &str) -> ConfirmParams {
    ConfirmParams { payment_method: Some(id.into()), ..Default::default() }
}

#[tokio::test]
async fn authorize_then_capture_part() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let pi = pis.create(&manual(2000)).await.unwrap();
    assert_eq!(pi.status, Status::RequiresPaymentMethod);
    assert!(pi.last_response.as_ref().unwrap().request_id.as_deref().unwrap().starts_with("req_"));
    let pi = pis.confirm(&pi.id, &pm("pm_card_visa")).await.unwrap();
    assert_eq!(pi.status, Status::RequiresCapture);
    assert_eq!(pi.amount_capturable, Some(2000));
    let cap = CaptureParams { amount_to_capture: Some(1500), ..Default::default() };
    let pi = pis.capture(&pi.id, &cap).await.unwrap();
    assert_eq!(pi.status, Status::Succeeded);
    assert_eq!(pi.amount_received, Some(1500));
    assert_eq!(pi.amount_capturable, Some(0));
    // Nothing is left to capture.
    let e = pis.capture(&pi.id, &CaptureParams::default()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidRequest);
    assert_eq!(e.code.as_deref(), Some("payment_intent_unexpected_state"));
}

#[tokio::test]
async fn capture_more_than_capturable_is_refused() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let pi = pis.create(&manual(1000)).await.unwrap();
    pis.confirm(&pi.id, &pm("pm_card_visa")).await.unwrap();
    let cap = CaptureParams { amount_to_capture: Some(1001), ..Default::default() };
    let e = pis.capture(&pi.id, &cap).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidRequest);
    assert_eq!(e.code.as_deref(), Some("amount_too_large"));
    assert_eq!(e.param.as_deref(), Some("amount_to_capture"));
    assert_eq!(e.http_status, Some(400));
    assert!(e.request_id.is_some());
}

#[tokio::test]
async fn cancel_and_cancel_again() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let pi = pis.create(&CreateParams::new(700, "usd")).await.unwrap();
    let p = CancelParams { cancellation_reason: Some(CancellationReason::Duplicate), ..Default::default() };
    let c = pis.cancel(&pi.id, &p).await.unwrap();
    assert_eq!(c.status, Status::Canceled);
    assert_eq!(c.cancellation_reason, Some(CancellationReason::Duplicate));
    assert!(c.canceled_at.is_some());
    let e = pis.cancel(&pi.id, &p).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidRequest);
    assert_eq!(e.code.as_deref(), Some("payment_intent_unexpected_state"));
    assert_eq!(e.payment_intent.as_ref().unwrap().status, Status::Canceled);
}

#[tokio::test]
async fn cancel_releases_the_authorisation() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let pi = pis.create(&manual(900)).await.unwrap();
    pis.confirm(&pi.id, &pm("pm_card_visa")).await.unwrap();
    let c = pis.cancel(&pi.id, &CancelParams::default()).await.unwrap();
    assert_eq!(c.status, Status::Canceled);
    assert_eq!(c.amount_capturable, Some(0));
    assert_eq!(c.amount_received, Some(0));
}

#[tokio::test]
async fn declines_are_card_errors_with_the_intent() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let pi = pis.create(&CreateParams::new(1200, "usd")).await.unwrap();
    let e = pis.confirm(&pi.id, &pm("pm_card_chargeDeclinedInsufficientFunds")).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Card);
    assert_eq!(e.http_status, Some(402));
    assert_eq!(e.code.as_deref(), Some("card_declined"));
    assert_eq!(e.decline_code.as_deref(), Some("insufficient_funds"));
    let attached = e.payment_intent.expect("the intent comes with the error");
    assert_eq!(attached.status, Status::RequiresPaymentMethod);
    assert_eq!(attached.last_payment_error.unwrap().decline_code.as_deref(), Some("insufficient_funds"));
    // A decline is not retried.
    assert_eq!(sb.requests().iter().filter(|r| r.path.ends_with("/confirm")).count(), 1);
    // The customer retries with another card.
    let ok = pis.confirm(&pi.id, &pm("pm_card_visa")).await.unwrap();
    assert_eq!(ok.status, Status::Succeeded);
}

#[tokio::test]
async fn three_d_secure_requires_action() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let pi = pis.create(&CreateParams::new(1500, "usd")).await.unwrap();
    let mut p = pm("pm_card_threeDSecure2Required");
    p.return_url = Some("https://shop.example/return".into());
    let pi = pis.confirm(&pi.id, &p).await.unwrap();
    assert_eq!(pi.status, Status::RequiresAction);
    let next = pi.next_action.unwrap();
    assert_eq!(next.action_type, "redirect_to_url");
    assert_eq!(next.redirect_to_url.unwrap().return_url.as_deref(), Some("https://shop.example/return"));

    let pi2 = pis.create(&CreateParams::new(1500, "usd")).await.unwrap();
    let mut p = pm("pm_card_authenticationRequired");
    p.error_on_requires_action = Some(true);
    let e = pis.confirm(&pi2.id, &p).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Card);
    assert_eq!(e.code.as_deref(), Some("authentication_required"));
}

#[tokio::test]
async fn retrieve_update_expand_and_missing() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let mut cp = CreateParams::new(3000, "eur");
    cp.confirm = Some(true);
    cp.payment_method = Some("pm_card_visa".into());
    let pi = pis.create(&cp).await.unwrap();
    assert_eq!(pi.status, Status::Succeeded);
    let rp = RetrieveParams { expand: vec!["latest_charge".into()], ..Default::default() };
    let got = pis.retrieve(&pi.id, &rp).await.unwrap();
    match got.latest_charge.unwrap() {
        Expandable::Object(ch) => {
            assert_eq!(ch.object.as_deref(), Some("charge"));
            assert!(ch.id.unwrap().starts_with("ch_"));
        }
        other => panic!("latest_charge not expanded: {other:?}"),
    }
    let up = UpdateParams {
        metadata: Some(BTreeMap::from([("order".into(), "42".into())])),
        description: Some("updated".into()),
        ..Default::default()
    };
    let upd = pis.update(&pi.id, &up).await.unwrap();
    assert_eq!(upd.metadata.get("order").map(String::as_str), Some("42"));
    assert_eq!(upd.description.as_deref(), Some("updated"));

    let e = pis.retrieve("pi_doesnotexist", &RetrieveParams::default()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidRequest);
    assert_eq!(e.http_status, Some(404));
    assert_eq!(e.code.as_deref(), Some("resource_missing"));
}

#[tokio::test]
async fn increment_apply_balance_and_microdeposits() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let pi = pis.create(&manual(1000)).await.unwrap();
    pis.confirm(&pi.id, &pm("pm_card_visa")).await.unwrap();
    let inc = IncrementAuthorizationParams { amount: 1500, ..Default::default() };
    let pi = pis.increment_authorization(&pi.id, &inc).await.unwrap();
    assert_eq!(pi.amount, 1500);
    assert_eq!(pi.amount_capturable, Some(1500));

    let mut cb = CreateParams::new(1000, "usd");
    cb.customer = Some("cus_balance".into());
    cb.payment_method_types = Some(vec!["customer_balance".into()]);
    let pi = pis.create(&cb).await.unwrap();
    let part = ApplyCustomerBalanceParams { amount: Some(400), ..Default::default() };
    let pi = pis.apply_customer_balance(&pi.id, &part).await.unwrap();
    assert_eq!(pi.amount_received, Some(400));
    let pi = pis.apply_customer_balance(&pi.id, &ApplyCustomerBalanceParams::default()).await.unwrap();
    assert_eq!(pi.status, Status::Succeeded);
    assert_eq!(pi.amount_received, Some(1000));

    let bank = CreateParams { payment_method_types: Some(vec!["us_bank_account".into()]), ..CreateParams::new(800, "usd") };
    let pi = pis.create(&bank).await.unwrap();
    let pi = pis.confirm(&pi.id, &pm("pm_usBankAccount")).await.unwrap();
    assert_eq!(pi.status, Status::RequiresAction);
    assert_eq!(pi.next_action.as_ref().unwrap().action_type, "verify_with_microdeposits");
    let wrong = VerifyMicrodepositsParams { amounts: Some(vec![1, 2]), ..Default::default() };
    let e = pis.verify_microdeposits(&pi.id, &wrong).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidRequest);
    let right = VerifyMicrodepositsParams { amounts: Some(vec![32, 45]), ..Default::default() };
    let pi = pis.verify_microdeposits(&pi.id, &right).await.unwrap();
    // As on Stripe: a verified bank debit is processing until it settles.
    assert_eq!(pi.status, Status::Processing);
}

#[tokio::test]
async fn list_and_search_paginate() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let mut ids = Vec::new();
    for i in 0..7 {
        let mut p = CreateParams::new(100 + i, "usd");
        p.customer = Some("cus_pager".into());
        p.metadata = Some(BTreeMap::from([("batch".into(), "b1".into())]));
        ids.push(pis.create(&p).await.unwrap().id);
    }
    pis.create(&CreateParams::new(500, "usd")).await.unwrap();
    let page = pis.list(&ListParams { limit: Some(3), ..Default::default() }).await.unwrap();
    assert_eq!(page.data.len(), 3);
    assert!(page.has_more);

    let pager = pis.list_auto(ListParams {
        limit: Some(3),
        customer: Some("cus_pager".into()),
        ..Default::default()
    });
    let all = pager.collect(None).await.unwrap();
    let mut got: Vec<_> = all.iter().map(|p| p.id.clone()).collect();
    assert_eq!(got.len(), 7, "{got:?}");
    got.reverse();
    assert_eq!(got, ids, "newest first, each exactly once");

    let mut pager = pis.search_auto(SearchParams {
        limit: Some(2),
        ..SearchParams::new("metadata['batch']:'b1'")
    });
    let mut n = 0;
    while let Some(pi) = pager.next().await.unwrap() {
        assert_eq!(pi.metadata["batch"], "b1");
        n += 1;
    }
    assert_eq!(n, 7);
    assert_eq!(pager.pages_fetched(), 4);
}

#[tokio::test]
async fn stripe_wire_format() {
    let sb = sandbox().await;
    let c = Client::builder()
        .api_key(KEY)
        .base_url(sb.base_url())
        .stripe_account("acct_123")
        .build()
        .unwrap();
    let mut p = CreateParams::new(2000, "usd");
    p.metadata = Some(BTreeMap::from([("order id".into(), "7&8".into())]));
    p.expand = vec!["latest_charge".into()];
    p.payment_method_options = Some(serde_json::json!({"card": {"capture_method": "manual"}}));
    c.payment_intents().create(&p).await.unwrap();
    let r = &sb.requests()[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/v1/payment_intents");
    assert_eq!(
        r.body,
        "amount=2000&currency=usd&expand[0]=latest_charge&metadata[order%20id]=7%268\
         &payment_method_options[card][capture_method]=manual"
    );
    assert_eq!(r.headers["content-type"], "application/x-www-form-urlencoded");
    assert_eq!(r.headers["authorization"], "Bearer");
    assert_eq!(r.headers["stripe-version"], "2023-08-16");
    assert_eq!(r.headers["stripe-account"], "acct_123");
    assert!(r.headers["user-agent"].starts_with("payintent-rust/"));
    let key = &r.headers["idempotency-key"];
    assert_eq!(uuid_version(key), Some(4), "{key}");
}

fn uuid_version(s: &str) -> Option<u32> {
    let parts: Vec<_> = s.split('-').collect();
    (parts.len() == 5 && parts[2].len() == 4).then(|| parts[2][..1].parse().ok()).flatten()
}

#[tokio::test]
async fn leanrails_wire_format() {
    let sb = sandbox().await;
    let c = Client::builder()
        .api_key(KEY)
        .base_url(sb.base_url())
        .profile(Profile::LeanRails)
        .api_version(Some("2024-01-01".into()))
        .build()
        .unwrap();
    let pis = c.payment_intents();
    let mut p = CreateParams::new(2000, "usd");
    p.metadata = Some(BTreeMap::from([("k".into(), "v".into())]));
    let pi = pis.create(&p).await.unwrap();
    let cancel = CancelParams { cancellation_reason: Some(CancellationReason::Abandoned), ..Default::default() };
    let pi = pis.cancel(&pi.id, &cancel).await.unwrap();
    assert_eq!(pi.status, Status::Canceled);
    pis.retrieve(&pi.id, &RetrieveParams { expand: vec!["customer".into()], ..Default::default() })
        .await
        .unwrap();
    let reqs = sb.requests();
    assert_eq!(reqs[0].body, r#"{"amount":2000,"currency":"usd","metadata":{"k":"v"}}"#);
    assert_eq!(reqs[1].body, r#"{"cancellation_reason":"abandoned"}"#);
    for r in &reqs[..2] {
        assert_eq!(r.headers["content-type"], "application/json");
        assert_eq!(r.headers["authorization"], "Basic");
        assert_eq!(r.headers["x-api-version"], "2024-01-01");
        assert!(!r.headers.contains_key("stripe-version"));
        assert!(r.headers.contains_key("idempotency-key"));
    }
    assert_eq!(reqs[2].method, "GET");
    assert_eq!(reqs[2].query, "expand[0]=customer");
    assert!(!reqs[2].headers.contains_key("idempotency-key"));
}

#[tokio::test]
async fn retries_reuse_one_idempotency_key() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    sb.inject(Fault {
        kind: FaultKind::Status { status: 503, should_retry: None, code: None },
        count: 2,
        path_prefix: None,
    });
    let pi = pis.create(&CreateParams::new(100, "usd")).await.unwrap();
    let meta = pi.last_response.unwrap();
    assert_eq!(meta.attempts, 3);
    let reqs = sb.requests();
    assert_eq!(reqs.len(), 3);
    let keys: Vec<_> = reqs.iter().map(|r| r.headers["idempotency-key"].clone()).collect();
    assert!(keys.iter().all(|k| *k == keys[0]), "{keys:?}");
    assert_eq!(meta.idempotency_key.as_deref(), Some(keys[0].as_str()));

    // Two separate logical calls get two different keys.
    sb.clear_requests();
    pis.create(&CreateParams::new(100, "usd")).await.unwrap();
    pis.create(&CreateParams::new(100, "usd")).await.unwrap();
    let reqs = sb.requests();
    assert_ne!(reqs[0].headers["idempotency-key"], reqs[1].headers["idempotency-key"]);
}

#[tokio::test]
async fn retries_give_up_after_max_retries() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    sb.inject(Fault {
        kind: FaultKind::Status { status: 500, should_retry: None, code: None },
        count: 5,
        path_prefix: None,
    });
    let e = pis.create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Api);
    assert_eq!(e.http_status, Some(500));
    assert_eq!(sb.requests().len(), 3, "1 attempt + 2 retries");
    assert!(e.idempotency_key.is_some());
}

#[tokio::test]
async fn should_retry_header_wins_both_ways() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    // A 503 that says "don't": one attempt only.
    sb.inject(Fault {
        kind: FaultKind::Status { status: 503, should_retry: Some(false), code: None },
        count: 1,
        path_prefix: None,
    });
    let e = pis.create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(e.http_status, Some(503));
    assert_eq!(sb.requests().len(), 1);
    // A 400 that says "do": retried.
    sb.clear_requests();
    sb.inject(Fault {
        kind: FaultKind::Status { status: 400, should_retry: Some(true), code: None },
        count: 1,
        path_prefix: None,
    });
    pis.create(&CreateParams::new(100, "usd")).await.unwrap();
    assert_eq!(sb.requests().len(), 2);
}

#[tokio::test]
async fn rate_limits_retry_only_on_lock_timeout() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    sb.inject(Fault {
        kind: FaultKind::Status { status: 429, should_retry: None, code: Some("rate_limit".into()) },
        count: 1,
        path_prefix: None,
    });
    let e = pis.create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::RateLimit);
    assert_eq!(sb.requests().len(), 1);
    sb.clear_requests();
    sb.inject(Fault {
        kind: FaultKind::Status { status: 429, should_retry: None, code: Some("lock_timeout".into()) },
        count: 1,
        path_prefix: None,
    });
    pis.create(&CreateParams::new(100, "usd")).await.unwrap();
    assert_eq!(sb.requests().len(), 2);
    // 409 conflicts are retried too.
    sb.clear_requests();
    sb.inject(Fault {
        kind: FaultKind::Status { status: 409, should_retry: None, code: None },
        count: 1,
        path_prefix: None,
    });
    pis.create(&CreateParams::new(100, "usd")).await.unwrap();
    assert_eq!(sb.requests().len(), 2);
}

#[tokio::test]
async fn dropped_connections_are_retried_or_reported() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    sb.inject(Fault { kind: FaultKind::Drop, count: 1, path_prefix: None });
    let pi = pis.create(&CreateParams::new(100, "usd")).await.unwrap();
    assert_eq!(pi.last_response.unwrap().attempts, 2);

    sb.inject(Fault { kind: FaultKind::Drop, count: 1, path_prefix: None });
    let e = pis
        .with_options(RequestOptions::new().max_retries(0))
        .create(&CreateParams::new(100, "usd"))
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Connection);
    assert_eq!(e.http_status, None);
}

#[tokio::test]
async fn timeouts_and_deadlines() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    sb.inject(Fault { kind: FaultKind::Delay { ms: 800 }, count: 1, path_prefix: None });
    let opts = RequestOptions::new().timeout(Duration::from_millis(150)).max_retries(0);
    let e = pis.with_options(opts).create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout);

    // A slow first attempt is retried with the same key and then succeeds.
    sb.clear_requests();
    sb.inject(Fault { kind: FaultKind::Delay { ms: 800 }, count: 1, path_prefix: None });
    let opts = RequestOptions::new().timeout(Duration::from_millis(150));
    let pi = pis.with_options(opts).create(&CreateParams::new(100, "usd")).await.unwrap();
    assert_eq!(pi.last_response.unwrap().attempts, 2);

    // The overall deadline stops the retries.
    let slow = Client::builder()
        .api_key(KEY)
        .base_url(sb.base_url())
        .max_retries(10)
        .backoff(Duration::from_millis(100), Duration::from_millis(400))
        .deadline(Some(Duration::from_millis(450)))
        .build()
        .unwrap();
    sb.inject(Fault {
        kind: FaultKind::Status { status: 503, should_retry: None, code: None },
        count: 50,
        path_prefix: None,
    });
    let start = std::time::Instant::now();
    let e = slow.payment_intents().create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout);
    assert!(e.message.contains("deadline"), "{e}");
    assert!(start.elapsed() < Duration::from_millis(1500));
    sb.clear_faults();
}

#[tokio::test]
async fn idempotent_replays_and_conflicts() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let keyed = pis.with_options(RequestOptions::new().idempotency_key("order-1001"));
    let a = keyed.create(&CreateParams::new(1001, "usd")).await.unwrap();
    let b = keyed.create(&CreateParams::new(1001, "usd")).await.unwrap();
    assert_eq!(a.id, b.id);
    assert!(!a.last_response.as_ref().unwrap().idempotent_replayed);
    assert!(b.last_response.as_ref().unwrap().idempotent_replayed);
    let e = keyed.create(&CreateParams::new(2002, "usd")).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Idempotency);
    assert_eq!(e.idempotency_key.as_deref(), Some("order-1001"));
}

#[tokio::test]
async fn authentication_errors_never_show_the_key() {
    let sb = sandbox().await;
    let secret = "sk_live_verysecretvalue123";
    let c = Client::builder().api_key(secret).base_url(sb.base_url()).build().unwrap();
    let e = c.payment_intents().create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Authentication);
    assert_eq!(e.http_status, Some(401));
    for text in [e.to_string(), format!("{e:?}"), format!("{c:?}")] {
        assert!(!text.contains("verysecretvalue"), "{text}");
    }
    // Restricted read-only keys may read but not write.
    let rk = Client::builder().api_key("rk_test_readonly").base_url(sb.base_url()).build().unwrap();
    let e = rk.payment_intents().create(&CreateParams::new(100, "usd")).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Permission);
}

#[tokio::test]
async fn bad_input_never_reaches_the_network() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let cases = [
        pis.create(&CreateParams::new(-1, "usd")).await.unwrap_err(),
        pis.cancel("ch_123", &CancelParams::default()).await.unwrap_err(),
        pis.cancel(
            "pi_123",
            &CancelParams { cancellation_reason: Some("automatic".into()), ..Default::default() },
        )
        .await
        .unwrap_err(),
        pis.capture("pi_123", &CaptureParams { amount_to_capture: Some(0), ..Default::default() })
            .await
            .unwrap_err(),
        pis.with_options(RequestOptions::new().idempotency_key("x".repeat(256)))
            .create(&CreateParams::new(1, "usd"))
            .await
            .unwrap_err(),
        pis.with_options(RequestOptions::new().idempotency_key("a\r\nb"))
            .create(&CreateParams::new(1, "usd"))
            .await
            .unwrap_err(),
    ];
    for e in &cases {
        assert_eq!(e.kind, ErrorKind::InvalidArgument, "{e}");
        assert!(e.param.is_some(), "{e}");
    }
    assert!(sb.requests().is_empty());
}

#[tokio::test]
async fn ids_cannot_escape_their_path_segment() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    for id in ["pi_1/../../v1/charges?x=1", "pi_1%2F..", "pi_1?expand[]=x", "pi_1#", "pi_1\u{0}"] {
        let e = pis.cancel(id, &CancelParams::default()).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidArgument, "{id}: {e}");
        assert_eq!(e.param.as_deref(), Some("intent"));
    }
    let e = pis.list(&ListParams { starting_after: Some("pi_1&limit=100".into()), ..Default::default() }).await.unwrap_err();
    assert_eq!(e.param.as_deref(), Some("starting_after"));
    assert!(sb.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn server_side_validation_is_invalid_request() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let mut p = CreateParams::new(100, "usd");
    p.extra.insert("not_a_param".into(), serde_json::json!("x"));
    let e = pis.create(&p).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidRequest);
    assert_eq!(e.code.as_deref(), Some("parameter_unknown"));
    assert_eq!(e.param.as_deref(), Some("not_a_param"));
}

#[tokio::test]
async fn the_generic_entry_point_matches_the_typed_one() {
    let sb = sandbox().await;
    let pis = client(&sb, Profile::Stripe).payment_intents();
    let out = pis
        .call(Operation::Create, None, serde_json::json!({"amount": 1234, "currency": "usd"}))
        .await
        .unwrap()
        .to_json();
    assert_eq!(out["amount"], 1234);
    let id = out["id"].as_str().unwrap();
    let out = pis
        .call(Operation::Cancel, Some(id), serde_json::json!({"cancellation_reason": "abandoned"}))
        .await
        .unwrap()
        .to_json();
    assert_eq!(out["status"], "canceled");
    let e = pis.call(Operation::Cancel, None, serde_json::Value::Null).await.unwrap_err();
    assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("intent")));
    let e = pis
        .call(Operation::Create, None, serde_json::json!({"amount": "many", "currency": "usd"}))
        .await
        .unwrap_err();
    assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("amount")));
}
