//! Fidelity to the real API: updates clear payment errors, transfer_data
//! keeps its destination, currencies and minimum amounts, charge amounts,
//! the charge object, the metadata key limit, search syntax, and expansions
//! (`total_count`, four levels deep, non-expandable paths).

mod common;

use common::{id, percent, sandbox, Api};
use serde_json::{json, Value};

async fn authorized(api: &Api, amount: i64) -> Value {
    api.create(&format!("amount={amount}&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true"))
        .await
}

async fn with_charge(api: &Api, pid: &str) -> Value {
    api.fetch(&format!("/v1/payment_intents/{pid}?expand[]=latest_charge")).await.ok()
}

#[tokio::test]
async fn any_update_clears_the_last_payment_error() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=1200&currency=usd").await;
    let pid = id(&pi);
    api.act(&pid, "confirm", "payment_method=pm_card_chargeDeclined").await.err(402);
    let got = api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok();
    assert_eq!(got["last_payment_error"]["code"], "card_declined");
    // A metadata-only update is enough.
    let upd = api.post(&format!("/v1/payment_intents/{pid}"), "metadata[k]=v").await.ok();
    assert!(upd["last_payment_error"].is_null(), "{upd}");
    let got = api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok();
    assert!(got["last_payment_error"].is_null());
    // A failed update changes nothing.
    api.act(&pid, "confirm", "payment_method=pm_card_chargeDeclined").await.err(402);
    api.post(&format!("/v1/payment_intents/{pid}"), "amount=-5").await.err(400);
    let got = api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok();
    assert_eq!(got["last_payment_error"]["code"], "card_declined");
}

#[tokio::test]
async fn transfer_data_always_has_a_destination() {
    let (_sb, api) = sandbox().await;
    let url = "/v1/payment_intents";
    for body in
        ["amount=1000&currency=usd&transfer_data[amount]=100", "amount=1000&currency=usd&transfer_data[destination]="]
    {
        let r = api.post(url, body).await;
        let e = r.err(400);
        assert_eq!(
            (e["code"].as_str(), e["param"].as_str()),
            (Some("parameter_missing"), Some("transfer_data[destination]"))
        );
    }
    assert_eq!(api.fetch(url).await.ok()["data"], json!([]));
    // Updates set only the amount; the destination stays.
    let pi =
        api.create("amount=1000&currency=usd&transfer_data[destination]=acct_dest&transfer_data[amount]=100").await;
    assert_eq!(pi["transfer_data"], json!({"amount": 100, "destination": "acct_dest"}));
    let pid = id(&pi);
    let upd = api.post(&format!("{url}/{pid}"), "transfer_data[amount]=250").await.ok();
    assert_eq!(upd["transfer_data"], json!({"amount": 250, "destination": "acct_dest"}));
    let r = api.post(&format!("{url}/{pid}"), "transfer_data[destination]=acct_other").await;
    let e = r.err(400);
    assert_eq!(
        (e["code"].as_str(), e["param"].as_str()),
        (Some("parameter_unknown"), Some("transfer_data[destination]"))
    );
    // So do captures.
    let pi = api
        .create("amount=1000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true&transfer_data[destination]=acct_dest")
        .await;
    let cap = api.act(&id(&pi), "capture", "transfer_data[amount]=300").await.ok();
    assert_eq!(cap["transfer_data"], json!({"amount": 300, "destination": "acct_dest"}));
    // An intent without a destination cannot get a transfer amount.
    let plain = api.create("amount=1000&currency=usd").await;
    let r = api.post(&format!("{url}/{}", id(&plain)), "transfer_data[amount]=100").await;
    assert_eq!(r.err(400)["param"], "transfer_data[destination]");
    let auth = authorized(&api, 1000).await;
    let r = api.act(&id(&auth), "capture", "transfer_data[amount]=100").await;
    assert_eq!(r.err(400)["param"], "transfer_data[destination]");
    let r = api.act(&id(&auth), "increment_authorization", "amount=1200&transfer_data[amount]=100").await;
    assert_eq!(r.err(400)["param"], "transfer_data[destination]");
    for pid in [id(&plain), id(&auth)] {
        assert!(api.fetch(&format!("{url}/{pid}")).await.ok()["transfer_data"].is_null());
    }
}

#[tokio::test]
async fn unsupported_currencies_are_refused() {
    let (_sb, api) = sandbox().await;
    let r = api.post("/v1/payment_intents", "amount=1000&currency=xyz").await;
    let e = r.err(400);
    assert_eq!((e["type"].as_str(), e["param"].as_str()), (Some("invalid_request_error"), Some("currency")));
    let msg = e["message"].as_str().unwrap();
    assert!(msg.starts_with("Invalid currency: xyz. Stripe currently supports these currencies: usd, aed,"), "{msg}");
    assert!(msg.contains(" jpy,") && msg.contains(" eur,"), "{msg}");
    let pi = api.create("amount=1000&currency=USD").await;
    assert_eq!(pi["currency"], "usd");
    let r = api.post(&format!("/v1/payment_intents/{}", id(&pi)), "currency=abc").await;
    assert_eq!(r.err(400)["param"], "currency");
    let r = api.json("/v1/payment_intents", &json!({"amount": 1000, "currency": "dollars"})).idem("cur").send().await;
    assert_eq!(r.err(400)["param"], "currency");
}

#[tokio::test]
async fn amounts_below_the_minimum_charge_are_refused() {
    let (_sb, api) = sandbox().await;
    for (currency, below, min, shown) in [
        ("usd", 49, 50, "$0.50 usd"),
        ("eur", 49, 50, "€0.50 eur"),
        ("gbp", 29, 30, "£0.30 gbp"),
        ("jpy", 49, 50, "¥50 jpy"),
        ("cad", 49, 50, "$0.50 cad"),
        ("aud", 1, 50, "$0.50 aud"),
        ("chf", 49, 50, "0.50 chf"),
    ] {
        let r = api.post("/v1/payment_intents", &format!("amount={below}&currency={currency}")).await;
        let e = r.err(400);
        assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some("amount_too_small"), Some("amount")), "{currency}");
        assert_eq!(e["message"], format!("Amount must be at least {shown}"), "{currency}");
        api.create(&format!("amount={min}&currency={currency}")).await;
    }
    // No fixed minimum for a zero-decimal currency outside the table.
    api.create("amount=1&currency=krw").await;
    // Updates of the amount, the currency or both are checked too.
    let pi = api.create("amount=2000&currency=usd").await;
    let path = format!("/v1/payment_intents/{}", id(&pi));
    assert_eq!(api.post(&path, "amount=10").await.err(400)["code"], "amount_too_small");
    let e = api.post(&path, "amount=40&currency=jpy").await;
    assert_eq!(e.err(400)["message"], "Amount must be at least ¥50 jpy");
    let e = api.post(&path, "currency=huf").await;
    assert_eq!(e.err(400)["message"], "Amount must be at least 175.00 huf");
    let ok = api.post(&path, "amount=40&currency=gbp").await.ok();
    assert_eq!((ok["amount"].as_i64(), ok["currency"].as_str()), (Some(40), Some("gbp")));
}

#[tokio::test]
async fn partial_capture_then_cancel_keeps_charge_amounts_consistent() {
    let (_sb, api) = sandbox().await;
    let pi = authorized(&api, 2000).await;
    let pid = id(&pi);
    let cap = api.act(&pid, "capture", "amount_to_capture=500&final_capture=false").await.ok();
    assert_eq!(cap["status"], "requires_capture");
    let ch = &with_charge(&api, &pid).await["latest_charge"];
    assert_eq!((ch["amount_captured"].as_i64(), ch["amount_refunded"].as_i64()), (Some(500), Some(0)));
    api.act(&pid, "cancel", "").await.ok();
    let ch = &with_charge(&api, &pid).await["latest_charge"];
    assert_eq!(ch["amount"], 2000);
    assert_eq!(ch["amount_captured"], 500);
    assert_eq!(ch["amount_refunded"], 1500);
    assert_eq!(ch["captured"], true);
    assert_eq!(ch["refunded"], false);
}

#[tokio::test]
async fn captures_and_releases_set_charge_amounts() {
    let (_sb, api) = sandbox().await;
    // Full capture.
    let pid = id(&authorized(&api, 1000).await);
    let ch = &with_charge(&api, &pid).await["latest_charge"];
    assert_eq!((ch["captured"].as_bool(), ch["amount_captured"].as_i64()), (Some(false), Some(0)));
    assert!(ch["balance_transaction"].is_null());
    api.act(&pid, "capture", "").await.ok();
    let ch = &with_charge(&api, &pid).await["latest_charge"];
    assert_eq!((ch["amount_captured"].as_i64(), ch["amount_refunded"].as_i64()), (Some(1000), Some(0)));
    assert_eq!((ch["captured"].as_bool(), ch["refunded"].as_bool()), (Some(true), Some(false)));
    assert!(ch["balance_transaction"].as_str().unwrap().starts_with("txn_"));
    // A partial final capture releases (refunds) the rest.
    let pid = id(&authorized(&api, 1000).await);
    api.act(&pid, "capture", "amount_to_capture=600").await.ok();
    let ch = &with_charge(&api, &pid).await["latest_charge"];
    assert_eq!((ch["amount_captured"].as_i64(), ch["amount_refunded"].as_i64()), (Some(600), Some(400)));
    assert_eq!((ch["captured"].as_bool(), ch["refunded"].as_bool()), (Some(true), Some(false)));
    // Two captures add up.
    let pid = id(&authorized(&api, 1000).await);
    api.act(&pid, "capture", "amount_to_capture=300&final_capture=false").await.ok();
    api.act(&pid, "capture", "amount_to_capture=200").await.ok();
    let ch = &with_charge(&api, &pid).await["latest_charge"];
    assert_eq!((ch["amount_captured"].as_i64(), ch["amount_refunded"].as_i64()), (Some(500), Some(500)));
    // Cancelling an uncaptured authorisation refunds all of it.
    let pid = id(&authorized(&api, 800).await);
    api.act(&pid, "cancel", "").await.ok();
    let ch = &with_charge(&api, &pid).await["latest_charge"];
    assert_eq!((ch["amount_captured"].as_i64(), ch["amount_refunded"].as_i64()), (Some(0), Some(800)));
    assert_eq!((ch["captured"].as_bool(), ch["refunded"].as_bool()), (Some(false), Some(true)));
    // Automatic capture captures at once; increments raise the charge amount.
    let pi = api.create("amount=700&currency=usd&payment_method=pm_card_visa&confirm=true").await;
    let ch = &with_charge(&api, &id(&pi)).await["latest_charge"];
    assert_eq!((ch["amount_captured"].as_i64(), ch["captured"].as_bool()), (Some(700), Some(true)));
    let pid = id(&authorized(&api, 1000).await);
    api.act(&pid, "increment_authorization", "amount=1500").await.ok();
    assert_eq!(with_charge(&api, &pid).await["latest_charge"]["amount"], 1500);
}

#[tokio::test]
async fn latest_charge_expands_to_a_charge_object() {
    let (_sb, api) = sandbox().await;
    let pi = api
        .create("amount=1500&currency=usd&payment_method=pm_card_visa&confirm=true&customer=cus_ch&metadata[k]=v")
        .await;
    let pid = id(&pi);
    let ch = with_charge(&api, &pid).await["latest_charge"].clone();
    // Every property the spec's `charge` schema requires, and the ones clients read.
    for field in [
        "amount",
        "amount_captured",
        "amount_refunded",
        "billing_details",
        "captured",
        "created",
        "currency",
        "disputed",
        "id",
        "livemode",
        "metadata",
        "object",
        "paid",
        "refunded",
        "status",
        "balance_transaction",
        "failure_code",
        "failure_message",
        "outcome",
        "payment_intent",
        "payment_method",
        "payment_method_details",
        "customer",
        "application_fee_amount",
        "transfer_data",
    ] {
        assert!(ch.get(field).is_some(), "{field} missing from {ch}");
    }
    assert_eq!(ch["object"], "charge");
    assert_eq!(ch["id"], pi["latest_charge"]);
    assert_eq!(ch["payment_intent"], pid.as_str());
    assert_eq!(ch["payment_method"], "pm_card_visa");
    assert_eq!(ch["customer"], "cus_ch");
    assert_eq!((ch["status"].as_str(), ch["paid"].as_bool()), (Some("succeeded"), Some(true)));
    assert_eq!(ch["outcome"]["type"], "authorized");
    assert!(ch["failure_code"].is_null());
    assert_eq!(ch["payment_method_details"]["type"], "card");
    // A declined attempt leaves a failed charge.
    let pi = api.create("amount=1500&currency=usd").await;
    let e = api.act(&id(&pi), "confirm", "payment_method=pm_card_chargeDeclinedInsufficientFunds").await;
    let charge_id = e.err(402)["charge"].as_str().unwrap().to_string();
    let ch = with_charge(&api, &id(&pi)).await["latest_charge"].clone();
    assert_eq!(ch["id"], charge_id.as_str());
    assert_eq!((ch["status"].as_str(), ch["paid"].as_bool()), (Some("failed"), Some(false)));
    assert_eq!(ch["failure_code"], "card_declined");
    assert_eq!(ch["failure_message"], "Your card has insufficient funds.");
    assert_eq!(ch["outcome"]["type"], "issuer_declined");
    assert_eq!(ch["outcome"]["reason"], "insufficient_funds");
    assert!(ch["balance_transaction"].is_null());
}

fn metadata_form(n: usize) -> String {
    (0..n).map(|i| format!("metadata[k{i}]=v")).collect::<Vec<_>>().join("&")
}

#[tokio::test]
async fn metadata_holds_at_most_50_keys() {
    let (_sb, api) = sandbox().await;
    let url = "/v1/payment_intents";
    let r = api.post(url, &format!("amount=1000&currency=usd&{}", metadata_form(51))).await;
    let e = r.err(400);
    assert_eq!((e["type"].as_str(), e["param"].as_str()), (Some("invalid_request_error"), Some("metadata")));
    let pi = api.create(&format!("amount=1000&currency=usd&{}", metadata_form(50))).await;
    assert_eq!(pi["metadata"].as_object().unwrap().len(), 50);
    let path = format!("{url}/{}", id(&pi));
    // One more key is too many, on update and on capture alike.
    assert_eq!(api.post(&path, "metadata[extra]=x").await.err(400)["param"], "metadata");
    // Replacing one key keeps 50.
    let upd = api.post(&path, "metadata[k0]=&metadata[extra]=x").await.ok();
    assert_eq!(upd["metadata"].as_object().unwrap().len(), 50);
    assert_eq!(upd["metadata"]["extra"], "x");
    let auth = authorized(&api, 1000).await;
    let r = api.act(&id(&auth), "capture", &metadata_form(51)).await;
    assert_eq!(r.err(400)["param"], "metadata");
    let big: serde_json::Map<String, Value> = (0..51).map(|i| (format!("k{i}"), json!("v"))).collect();
    let r = api.json(url, &json!({"amount": 1000, "currency": "usd", "metadata": big})).idem("md51").send().await;
    assert_eq!(r.err(400)["param"], "metadata");
}

async fn search(api: &Api, q: &str, extra: &str) -> common::Resp {
    api.fetch(&format!("/v1/payment_intents/search?query={}{extra}", percent(q))).await
}

#[tokio::test]
async fn search_values_are_quoted_and_substrings_are_text_only() {
    let (_sb, api) = sandbox().await;
    let a = api.create("amount=1500&currency=usd&metadata[order]=order-abc-1").await;
    api.create("amount=700&currency=usd&metadata[order]=other").await;
    for bad in [
        "status:succeeded",
        "status:requires_payment_method",
        "currency:usd",
        "customer:cus_1",
        "metadata['order']:other",
        "amount~'10'",
        "amount~150",
        "created~'16'",
        "status~'succ'",
        "currency~'usd'",
        "customer~'cus'",
        "metadata['order']~'ab'",
        "metadata['order']~''",
    ] {
        let r = search(&api, bad, "").await;
        let e = r.err(400);
        assert_eq!((e["type"].as_str(), e["param"].as_str()), (Some("invalid_request_error"), Some("query")), "{bad}");
    }
    let found = search(&api, "metadata['order']~'abc'", "").await.ok();
    assert_eq!(found["data"].as_array().unwrap().len(), 1);
    assert_eq!(found["data"][0]["id"], a["id"]);
    assert_eq!(search(&api, "amount>1000", "").await.ok()["data"].as_array().unwrap().len(), 1);
    assert_eq!(search(&api, "amount:\"1500\"", "").await.ok()["data"][0]["id"], a["id"]);
    assert_eq!(search(&api, "status:\"requires_payment_method\"", "").await.ok()["data"].as_array().unwrap().len(), 2);
    assert_eq!(search(&api, "-customer:null", "").await.ok()["data"], json!([]));
}

#[tokio::test]
async fn search_total_count_only_when_expanded() {
    let (_sb, api) = sandbox().await;
    for amount in [100, 200, 300] {
        api.create(&format!("amount={amount}&currency=usd")).await;
    }
    let plain = search(&api, "amount>150", "&limit=1").await.ok();
    assert!(plain.get("total_count").is_none(), "{plain}");
    assert_eq!(plain["has_more"], true);
    let counted = search(&api, "amount>150", "&limit=1&expand[]=total_count").await.ok();
    assert_eq!(counted["total_count"], 2);
    assert_eq!(counted["data"].as_array().unwrap().len(), 1);
    // total_count is a search result's field: not an intent's, nor a list's.
    let r = api.fetch("/v1/payment_intents?expand[]=total_count").await;
    assert_eq!(r.err(400)["param"], "expand");
    let r = api.fetch(&format!("/v1/payment_intents/{}?expand[]=total_count", id(&plain["data"][0]))).await;
    assert_eq!(r.err(400)["param"], "expand");
}

#[tokio::test]
async fn expansions_go_four_levels_deep() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=2000&currency=usd&payment_method=pm_card_visa&confirm=true").await;
    let pid = id(&pi);
    let got = api.fetch(&format!("/v1/payment_intents/{pid}?expand[]=latest_charge.balance_transaction")).await.ok();
    let ch = &got["latest_charge"];
    assert_eq!(ch["object"], "charge");
    let bt = &ch["balance_transaction"];
    assert_eq!(bt["object"], "balance_transaction");
    assert!(bt["id"].as_str().unwrap().starts_with("txn_"));
    assert_eq!((bt["amount"].as_i64(), bt["fee"].as_i64(), bt["net"].as_i64()), (Some(2000), Some(88), Some(1912)));
    assert_eq!(bt["source"], ch["id"]);
    assert_eq!(bt["type"], "charge");
    // Four levels on one object.
    let got = api
        .fetch(&format!("/v1/payment_intents/{pid}?expand[]=latest_charge.balance_transaction.source.payment_intent"))
        .await
        .ok();
    let back = &got["latest_charge"]["balance_transaction"]["source"]["payment_intent"];
    assert_eq!((back["object"].as_str(), back["id"].as_str()), (Some("payment_intent"), Some(pid.as_str())));
    // On lists and search results `data` is the first level.
    let list = api.fetch("/v1/payment_intents?expand[]=data.latest_charge.balance_transaction").await.ok();
    assert_eq!(list["data"][0]["latest_charge"]["balance_transaction"]["object"], "balance_transaction");
    let list = api.fetch("/v1/payment_intents?expand[]=data.latest_charge.balance_transaction.source").await.ok();
    assert_eq!(list["data"][0]["latest_charge"]["balance_transaction"]["source"]["object"], "charge");
    let found =
        search(&api, "amount>1000", "&expand[]=data.latest_charge.balance_transaction&expand[]=data.payment_method")
            .await
            .ok();
    assert_eq!(found["data"][0]["latest_charge"]["balance_transaction"]["object"], "balance_transaction");
    assert_eq!(found["data"][0]["payment_method"]["object"], "payment_method");
    // A fifth level is refused.
    for url in [
        format!("/v1/payment_intents/{pid}?expand[]=latest_charge.balance_transaction.source.payment_intent.customer"),
        "/v1/payment_intents?expand[]=data.latest_charge.balance_transaction.source.customer".to_string(),
    ] {
        let r = api.fetch(&url).await;
        let e = r.err(400);
        assert_eq!(e["param"], "expand");
        assert!(
            e["message"].as_str().unwrap().starts_with("You cannot expand more than 4 levels of a property"),
            "{e}"
        );
    }
    // Paths that are not expandable.
    for path in ["amount", "latest_charge.amount", "metadata", "latest_charge.balance_transaction.fee", "data.customer"]
    {
        let r = api.fetch(&format!("/v1/payment_intents/{pid}?expand[]={path}")).await;
        let e = r.err(400);
        assert_eq!(e["message"], format!("This property cannot be expanded ({path})."), "{path}");
    }
    let r = api.fetch("/v1/payment_intents?expand[]=latest_charge").await;
    assert_eq!(r.err(400)["message"], "This property cannot be expanded (latest_charge).");
    // An unset property stays null.
    let fresh = api.create("amount=2000&currency=usd&expand[]=latest_charge.balance_transaction").await;
    assert!(fresh["latest_charge"].is_null());
}
