//! Bank debits (`us_bank_account`, `sepa_debit`) wait in `processing` after
//! confirmation until the settle control endpoint or the sandbox clock ends
//! them; they can be canceled while processing.

mod common;

use common::{id, sandbox, Api};
use serde_json::{json, Value};

const DAY: i64 = 86_400;

async fn settle(api: &Api, pid: &str, body: Value) -> common::Resp {
    api.control("POST", &format!("/__sandbox/payment_intents/{pid}/settle"), Some(body)).await
}

async fn advance(api: &Api, seconds: i64) -> Value {
    api.control("POST", "/__sandbox/clock/advance", Some(json!({ "seconds": seconds }))).await.ok()
}

async fn get(api: &Api, pid: &str) -> Value {
    api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok()
}

#[tokio::test]
async fn test_ids_process_then_settle_through_the_control_endpoint() {
    let (_sb, api) = sandbox().await;
    let pi = api
        .create("amount=1500&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount_processing&confirm=true")
        .await;
    let pid = id(&pi);
    assert_eq!(pi["status"], "processing");
    assert!(pi["next_action"].is_null() && pi["last_payment_error"].is_null());
    assert_eq!((pi["amount_received"].as_i64(), pi["processing"].is_null()), (Some(0), true));
    // `_processing` waits for the control endpoint, however long it takes.
    advance(&api, 30 * DAY).await;
    assert_eq!(get(&api, &pid).await["status"], "processing");
    let done = settle(&api, &pid, json!({})).await.ok();
    assert_eq!((done["status"].as_str(), done["amount_received"].as_i64()), (Some("succeeded"), Some(1500)));
    assert!(done["latest_charge"].as_str().unwrap().starts_with("ch_"));
    // Only a processing debit can be settled.
    let e = settle(&api, &pid, json!({"outcome": "fail"})).await;
    assert_eq!(e.err(400)["code"], "payment_intent_unexpected_state");
    assert_eq!(settle(&api, "pi_nope", json!({})).await.err(404)["code"], "resource_missing");
    assert_eq!(settle(&api, &pid, json!({"outcome": "maybe"})).await.status, 400);

    // A forced failure of a debit that would succeed.
    let pi = api
        .create("amount=1500&currency=eur&payment_method_types[]=sepa_debit&payment_method=pm_sepaDebit_processing&confirm=true")
        .await;
    let failed = settle(&api, &id(&pi), json!({"outcome": "fail"})).await.ok();
    assert_eq!(failed["status"], "requires_payment_method");
    let lpe = &failed["last_payment_error"];
    assert_eq!(
        (lpe["code"].as_str(), lpe["payment_method"]["type"].as_str()),
        (Some("insufficient_funds"), Some("sepa_debit"))
    );
    assert!(failed["payment_method"].is_null());
}

#[tokio::test]
async fn the_sandbox_clock_settles_debits_after_their_period() {
    let (_sb, api) = sandbox().await;
    let ach_ok = api
        .create("amount=1000&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount_success&confirm=true")
        .await;
    let ach_closed = api
        .create("amount=1000&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount_accountClosed&confirm=true")
        .await;
    let sepa = api.create("amount=1000&currency=eur&payment_method_types[]=sepa_debit").await;
    let sepa = api.act(&id(&sepa), "confirm", "payment_method=pm_sepaDebit").await.ok();
    for pi in [&ach_ok, &ach_closed, &sepa] {
        assert_eq!(pi["status"], "processing");
    }
    // ACH settles after four days, SEPA after five.
    advance(&api, 4 * DAY - 60).await;
    assert_eq!(get(&api, &id(&ach_ok)).await["status"], "processing");
    advance(&api, 120).await;
    assert_eq!(get(&api, &id(&ach_ok)).await["status"], "succeeded");
    let closed = get(&api, &id(&ach_closed)).await;
    assert_eq!(closed["status"], "requires_payment_method");
    assert_eq!(closed["last_payment_error"]["code"], "account_closed");
    assert_eq!(closed["last_payment_error"]["type"], "card_error");
    assert_eq!(get(&api, &id(&sepa)).await["status"], "processing");
    advance(&api, DAY).await;
    assert_eq!(get(&api, &id(&sepa)).await["status"], "succeeded");
}

#[tokio::test]
async fn payment_method_data_test_ibans_and_account_numbers() {
    let (_sb, api) = sandbox().await;
    let cases = [
        ("eur", "sepa_debit", "payment_method_data[sepa_debit][iban]=DE89370400440532013000", None),
        ("eur", "sepa_debit", "payment_method_data[sepa_debit][iban]=DE62370400440532013001", Some("insufficient_funds")),
        ("usd", "us_bank_account", "payment_method_data[us_bank_account][account_number]=000123456789&payment_method_data[us_bank_account][routing_number]=110000000", None),
        ("usd", "us_bank_account", "payment_method_data[us_bank_account][account_number]=000111111113&payment_method_data[us_bank_account][routing_number]=110000000", Some("account_closed")),
    ];
    let mut pids = vec![];
    for (currency, kind, data, _) in cases {
        let pi = api.create(&format!("amount=2000&currency={currency}&payment_method_types[]={kind}")).await;
        let r = api.act(&id(&pi), "confirm", &format!("payment_method_data[type]={kind}&{data}")).await.ok();
        assert_eq!(r["status"], "processing", "{data}");
        pids.push(id(&r));
    }
    advance(&api, 6 * DAY).await;
    for (pid, (_, _, data, failure)) in pids.iter().zip(cases) {
        let pi = get(&api, pid).await;
        match failure {
            None => assert_eq!(pi["status"], "succeeded", "{data}"),
            Some(code) => {
                assert_eq!(pi["status"], "requires_payment_method", "{data}");
                assert_eq!(pi["last_payment_error"]["code"], code, "{data}");
            }
        }
    }
    // A SEPA debit needs an IBAN.
    let pi = api.create("amount=2000&currency=eur&payment_method_types[]=sepa_debit").await;
    let r = api
        .act(&id(&pi), "confirm", "payment_method_data[type]=sepa_debit&payment_method_data[sepa_debit][bic]=X")
        .await;
    assert_eq!(r.err(400)["param"], "payment_method_data[sepa_debit][iban]");
    // Without an account number, a US bank account still goes through microdeposits.
    let pi = api.create("amount=2000&currency=usd&payment_method_types[]=us_bank_account").await;
    let r = api.act(&id(&pi), "confirm", "payment_method_data[type]=us_bank_account").await.ok();
    assert_eq!(r["next_action"]["type"], "verify_with_microdeposits");
}

#[tokio::test]
async fn microdeposits_then_processing_then_succeeded() {
    let (_sb, api) = sandbox().await;
    let pi = api
        .create("amount=2500&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount&confirm=true")
        .await;
    let pid = id(&pi);
    assert_eq!(pi["status"], "requires_action");
    let v = api.act(&pid, "verify_microdeposits", "amounts[]=32&amounts[]=45").await.ok();
    assert_eq!((v["status"].as_str(), v["amount_received"].as_i64()), (Some("processing"), Some(0)));
    assert!(v["next_action"].is_null());
    advance(&api, 4 * DAY).await;
    let done = get(&api, &pid).await;
    assert_eq!((done["status"].as_str(), done["amount_received"].as_i64()), (Some("succeeded"), Some(2500)));
    // Completing the microdeposit action from the control endpoint does the same.
    let pi = api
        .create("amount=2500&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount&confirm=true")
        .await;
    let r = api.control("POST", &format!("/__sandbox/payment_intents/{}/complete_action", id(&pi)), None).await.ok();
    assert_eq!(r["status"], "processing");
}

#[tokio::test]
async fn a_processing_debit_can_be_canceled_before_it_settles() {
    let (_sb, api) = sandbox().await;
    let pi = api
        .create("amount=1000&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount_success&confirm=true")
        .await;
    let pid = id(&pi);
    let c = api.act(&pid, "cancel", "cancellation_reason=requested_by_customer").await.ok();
    assert_eq!(
        (c["status"].as_str(), c["cancellation_reason"].as_str()),
        (Some("canceled"), Some("requested_by_customer"))
    );
    assert!(c["canceled_at"].as_i64().is_some());
    // Once canceled, the clock no longer settles it.
    advance(&api, 10 * DAY).await;
    assert_eq!(get(&api, &pid).await["status"], "canceled");
    assert_eq!(settle(&api, &pid, json!({})).await.err(400)["code"], "payment_intent_unexpected_state");
}
