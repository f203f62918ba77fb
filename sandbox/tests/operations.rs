//! Happy paths of all eleven operations, in both wire profiles, and the
//! state machine driven by the test payment methods.

mod common;

use common::{id, sandbox};
use serde_json::{json, Value};

/// The 38 properties of `payment_intent` in API 2023-08-16.
#[rustfmt::skip]
const FIELDS: [&str; 38] = [
    "amount", "amount_capturable", "amount_details", "amount_received", "application", "application_fee_amount",
    "automatic_payment_methods", "canceled_at", "cancellation_reason", "capture_method", "client_secret",
    "confirmation_method", "created", "currency", "customer", "description", "id", "invoice", "last_payment_error",
    "latest_charge", "livemode", "metadata", "next_action", "object", "on_behalf_of", "payment_method",
    "payment_method_options", "payment_method_types", "processing", "receipt_email", "review", "setup_future_usage",
    "shipping", "statement_descriptor", "statement_descriptor_suffix", "status", "transfer_data", "transfer_group",
];

#[tokio::test]
async fn a_new_intent_has_every_field_with_stripe_defaults() {
    let (_sb, api) = sandbox().await;
    let resp = api.post("/v1/payment_intents", "amount=2000&currency=USD").await;
    assert!(resp.header("request-id").unwrap().starts_with("req_"));
    assert_eq!(resp.header("content-type"), Some("application/json"));
    let pi = resp.ok();
    let mut keys: Vec<&str> = pi.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, FIELDS.to_vec());
    let pid = id(&pi);
    assert!(pid.starts_with("pi_") && pid.len() == 27 && pid[3..].chars().all(|c| c.is_ascii_alphanumeric()), "{pid}");
    assert!(pi["client_secret"].as_str().unwrap().starts_with(&format!("{pid}_secret_")));
    assert_eq!(pi["object"], "payment_intent");
    assert_eq!(pi["livemode"], false);
    assert_eq!(pi["currency"], "usd");
    assert_eq!(pi["status"], "requires_payment_method");
    assert_eq!(pi["amount_details"], json!({"tip": {}}));
    assert_eq!(pi["metadata"], json!({}));
    assert_eq!(pi["payment_method_types"], json!(["card"]));
    assert_eq!(pi["payment_method_options"]["card"]["request_three_d_secure"], "automatic");
    assert_eq!(pi["capture_method"], "automatic");
    assert_eq!(pi["confirmation_method"], "automatic");
    assert_eq!((pi["amount_capturable"].as_i64(), pi["amount_received"].as_i64()), (Some(0), Some(0)));
    for k in
        ["automatic_payment_methods", "invoice", "latest_charge", "next_action", "customer", "canceled_at", "shipping"]
    {
        assert!(pi[k].is_null(), "{k}");
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    assert!((pi["created"].as_i64().unwrap() - now).abs() < 5);
}

#[tokio::test]
async fn create_stores_what_it_is_given() {
    let (_sb, api) = sandbox().await;
    let body = "amount=5000&currency=eur&description=Two%20shirts&customer=cus_123&receipt_email=a%40b.test\
        &metadata[order]=42&metadata[1]=one&statement_descriptor=SHIRTS&statement_descriptor_suffix=S1\
        &transfer_data[destination]=acct_dest&transfer_data[amount]=4000&transfer_group=grp1&application_fee_amount=100\
        &setup_future_usage=off_session&on_behalf_of=acct_obo&payment_method_types[]=card&payment_method_types[]=link\
        &automatic_payment_methods[enabled]=false&payment_method_options[card][request_three_d_secure]=any\
        &shipping[name]=Jo&shipping[address][line1]=1%20Main%20St&shipping[address][country]=US&capture_method=manual\
        &confirmation_method=manual&mandate_data[customer_acceptance][type]=offline&radar_options[session]=x";
    let pi = api.create(body).await;
    assert_eq!(pi["description"], "Two shirts");
    assert_eq!(pi["customer"], "cus_123");
    assert_eq!(pi["receipt_email"], "a@b.test");
    assert_eq!(pi["metadata"], json!({"order": "42", "1": "one"}));
    assert_eq!(pi["statement_descriptor"], "SHIRTS");
    assert_eq!(pi["statement_descriptor_suffix"], "S1");
    assert_eq!(pi["transfer_data"], json!({"amount": 4000, "destination": "acct_dest"}));
    assert_eq!(pi["transfer_group"], "grp1");
    assert_eq!(pi["application_fee_amount"], 100);
    assert_eq!(pi["setup_future_usage"], "off_session");
    assert_eq!(pi["on_behalf_of"], "acct_obo");
    assert_eq!(pi["payment_method_types"], json!(["card", "link"]));
    assert_eq!(pi["automatic_payment_methods"], json!({"enabled": false}));
    assert_eq!(pi["payment_method_options"]["card"]["request_three_d_secure"], "any");
    assert!(pi["payment_method_options"]["link"].is_object());
    assert_eq!(pi["shipping"]["name"], "Jo");
    assert_eq!(pi["shipping"]["address"]["line1"], "1 Main St");
    assert!(pi["shipping"]["address"]["city"].is_null());
    assert_eq!(pi["capture_method"], "manual");
    assert_eq!(pi["confirmation_method"], "manual");
}

#[tokio::test]
async fn retrieve_with_and_without_client_secret() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=100&currency=usd").await;
    let pid = id(&pi);
    assert_eq!(api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok(), pi);
    let secret = pi["client_secret"].as_str().unwrap();
    assert_eq!(api.fetch(&format!("/v1/payment_intents/{pid}?client_secret={secret}")).await.ok()["id"], pid.as_str());
    let r = api.fetch(&format!("/v1/payment_intents/{pid}?client_secret={pid}_secret_wrong")).await;
    assert_eq!(r.err(400)["param"], "client_secret");
}

#[tokio::test]
async fn update_merges_metadata_and_changes_amounts() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=100&currency=usd&metadata[a]=1&metadata[b]=2").await;
    let path = format!("/v1/payment_intents/{}", id(&pi));
    let pi = api.post(&path, "metadata[b]=&metadata[c]=3&amount=150&currency=gbp&description=d").await.ok();
    assert_eq!(pi["metadata"], json!({"a": "1", "c": "3"}));
    assert_eq!((pi["amount"].as_i64(), pi["currency"].as_str()), (Some(150), Some("gbp")));
    let pi = api.post(&path, "description=&receipt_email=x%40y.test&setup_future_usage=on_session&shipping[name]=A&shipping[address][city]=B").await.ok();
    assert!(pi["description"].is_null());
    assert_eq!(pi["receipt_email"], "x@y.test");
    assert_eq!(pi["setup_future_usage"], "on_session");
    assert_eq!(pi["shipping"]["address"]["city"], "B");
    let pi = api.post(&path, "metadata=&shipping=&setup_future_usage=").await.ok();
    assert_eq!(pi["metadata"], json!({}));
    assert!(pi["shipping"].is_null() && pi["setup_future_usage"].is_null());
    // Attaching a payment method makes it ready to confirm.
    let pi = api.post(&path, "payment_method=pm_card_visa").await.ok();
    assert_eq!(
        (pi["status"].as_str(), pi["payment_method"].as_str()),
        (Some("requires_confirmation"), Some("pm_card_visa"))
    );
    let pi = api.act(&id(&pi), "confirm", "").await.ok();
    assert_eq!(pi["status"], "succeeded");
    // After success only descriptive fields can change.
    let pi = api.post(&path, "metadata[after]=yes&description=done").await.ok();
    assert_eq!(pi["metadata"]["after"], "yes");
    assert_eq!(pi["description"], "done");
}

#[tokio::test]
async fn confirm_automatic_capture_succeeds_with_a_charge() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=1999&currency=usd").await;
    let pi = api
        .act(
            &id(&pi),
            "confirm",
            "payment_method=pm_card_mastercard&receipt_email=r%40x.test&expand[]=latest_charge&expand[]=payment_method",
        )
        .await
        .ok();
    assert_eq!(pi["status"], "succeeded");
    assert_eq!((pi["amount_received"].as_i64(), pi["amount_capturable"].as_i64()), (Some(1999), Some(0)));
    assert_eq!(pi["receipt_email"], "r@x.test");
    let ch = &pi["latest_charge"];
    assert!(ch["id"].as_str().unwrap().starts_with("ch_"));
    assert_eq!(ch["object"], "charge");
    assert_eq!(
        (ch["amount"].as_i64(), ch["amount_captured"].as_i64(), ch["captured"].as_bool()),
        (Some(1999), Some(1999), Some(true))
    );
    assert_eq!(ch["payment_intent"], pi["id"]);
    assert_eq!(ch["status"], "succeeded");
    assert_eq!(
        pi["payment_method"],
        json!({"id": "pm_card_mastercard", "object": "payment_method", "customer": null, "livemode": false, "type": "card",
        "card": {"brand": "visa", "exp_month": 12, "exp_year": 2034, "last4": "4242"}})
    );
    // Unexpanded, the charge is an id.
    let again = api.fetch(&format!("/v1/payment_intents/{}", id(&pi))).await.ok();
    assert_eq!(again["latest_charge"], ch["id"]);
}

#[tokio::test]
async fn manual_capture_full_and_partial() {
    let (_sb, api) = sandbox().await;
    let pi =
        api.create("amount=1000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await;
    assert_eq!(pi["status"], "requires_capture");
    assert_eq!(pi["amount_capturable"], 1000);
    assert!(pi["latest_charge"].as_str().unwrap().starts_with("ch_"));
    let full = api.act(&id(&pi), "capture", "").await.ok();
    assert_eq!(
        (full["status"].as_str(), full["amount_received"].as_i64(), full["amount_capturable"].as_i64()),
        (Some("succeeded"), Some(1000), Some(0))
    );

    let pi =
        api.create("amount=1000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await;
    let part = api
        .act(&id(&pi), "capture", "amount_to_capture=600&metadata[captured]=part&application_fee_amount=10&statement_descriptor_suffix=PART&final_capture=true&expand[0]=latest_charge")
        .await
        .ok();
    assert_eq!((part["amount_received"].as_i64(), part["amount_capturable"].as_i64()), (Some(600), Some(0)));
    assert_eq!(part["metadata"]["captured"], "part");
    assert_eq!(part["application_fee_amount"], 10);
    assert_eq!(part["statement_descriptor_suffix"], "PART");
    assert_eq!(part["latest_charge"]["amount_captured"], 600);
    assert_eq!(part["latest_charge"]["amount_refunded"], 400);
}

#[tokio::test]
async fn card_capture_method_option_makes_capture_manual() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=300&currency=usd&payment_method_options[card][capture_method]=manual").await;
    let pi = api.act(&id(&pi), "confirm", "payment_method=pm_card_visa").await.ok();
    assert_eq!(pi["status"], "requires_capture");
    // confirm's capture_method overrides the intent's.
    let pi = api.create("amount=300&currency=usd").await;
    let pi = api.act(&id(&pi), "confirm", "payment_method=pm_card_visa&capture_method=manual").await.ok();
    assert_eq!((pi["status"].as_str(), pi["capture_method"].as_str()), (Some("requires_capture"), Some("manual")));
}

#[tokio::test]
async fn declines_keep_the_intent_and_explain_why() {
    let (_sb, api) = sandbox().await;
    for (pm, decline) in [
        ("pm_card_chargeDeclined", "generic_decline"),
        ("pm_card_chargeDeclinedInsufficientFunds", "insufficient_funds"),
        ("pm_card_chargeDeclinedFraudulent", "fraudulent"),
    ] {
        let pi = api.create("amount=800&currency=usd").await;
        let r = api.act(&id(&pi), "confirm", &format!("payment_method={pm}")).await;
        let e = r.err(402);
        assert_eq!(
            (e["type"].as_str(), e["code"].as_str(), e["decline_code"].as_str()),
            (Some("card_error"), Some("card_declined"), Some(decline))
        );
        assert!(e["message"].as_str().unwrap().len() > 5);
        assert!(e["charge"].as_str().unwrap().starts_with("ch_"));
        let attached = &e["payment_intent"];
        assert_eq!(attached["status"], "requires_payment_method");
        assert!(attached["payment_method"].is_null());
        let lpe = &attached["last_payment_error"];
        assert_eq!(
            (lpe["type"].as_str(), lpe["code"].as_str(), lpe["decline_code"].as_str()),
            (Some("card_error"), Some("card_declined"), Some(decline))
        );
        assert_eq!(lpe["payment_method"]["id"], pm);
        // The stored intent says the same.
        let stored = api.fetch(&format!("/v1/payment_intents/{}", id(&pi))).await.ok();
        assert_eq!(stored["last_payment_error"]["decline_code"], decline);
    }
    // A 402 from create with confirm=true still creates the intent.
    let r = api
        .post("/v1/payment_intents", "amount=800&currency=usd&confirm=true&payment_method=pm_card_chargeDeclined")
        .await;
    let pid = r.err(402)["payment_intent"]["id"].as_str().unwrap().to_string();
    assert_eq!(api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok()["status"], "requires_payment_method");
    // Then a good card clears the error.
    let ok = api.act(&pid, "confirm", "payment_method=pm_card_visa").await.ok();
    assert_eq!(ok["status"], "succeeded");
    assert!(ok["last_payment_error"].is_null());
}

#[tokio::test]
async fn payment_method_data_makes_a_fresh_payment_method() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=500&currency=usd").await;
    let ok = api
        .act(&id(&pi), "confirm", "payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242")
        .await
        .ok();
    let pm = ok["payment_method"].as_str().unwrap();
    assert!(pm.starts_with("pm_") && pm.len() == 27, "{pm}");
    assert_eq!(ok["status"], "succeeded");
    let pi = api.create("amount=500&currency=usd").await;
    let r = api
        .act(&id(&pi), "confirm", "payment_method_data[type]=card&payment_method_data[card][number]=4000000000000002")
        .await;
    assert_eq!(r.err(402)["decline_code"], "generic_decline");
    let pi = api.create("amount=500&currency=usd&payment_method_types[0]=us_bank_account").await;
    let r = api
        .act(
            &id(&pi),
            "confirm",
            "payment_method_data[type]=us_bank_account&payment_method_data[billing_details][name]=J",
        )
        .await
        .ok();
    assert_eq!(r["status"], "requires_action");
    assert_eq!(r["next_action"]["type"], "verify_with_microdeposits");
    assert_ne!(r["payment_method"], "pm_usBankAccount");
}

#[tokio::test]
async fn three_d_secure_then_the_customer_completes_it() {
    let (_sb, api) = sandbox().await;
    // Without return_url: use_stripe_sdk.
    let pi = api.create("amount=700&currency=usd").await;
    let pid = id(&pi);
    let pi = api.act(&pid, "confirm", "payment_method=pm_card_threeDSecure2Required").await.ok();
    assert_eq!(pi["status"], "requires_action");
    assert_eq!(pi["next_action"]["type"], "use_stripe_sdk");
    assert!(pi["next_action"]["use_stripe_sdk"].is_object());
    let done = api
        .control(
            "POST",
            &format!("/__sandbox/payment_intents/{pid}/complete_action"),
            Some(json!({"outcome": "succeed"})),
        )
        .await
        .ok();
    assert_eq!((done["status"].as_str(), done["amount_received"].as_i64()), (Some("succeeded"), Some(700)));
    assert!(done["next_action"].is_null());

    // With return_url: redirect_to_url pointing at the sandbox's own page.
    let pi = api.create("amount=700&currency=usd&capture_method=manual").await;
    let pid = id(&pi);
    let pi = api
        .act(&pid, "confirm", "payment_method=pm_card_authenticationRequired&return_url=https%3A%2F%2Fshop.test%2Fdone")
        .await
        .ok();
    let next = &pi["next_action"];
    assert_eq!(next["type"], "redirect_to_url");
    assert_eq!(next["redirect_to_url"]["return_url"], "https://shop.test/done");
    let url = next["redirect_to_url"]["url"].as_str().unwrap().to_string();
    assert_eq!(url, format!("{}/__sandbox/3ds/{pid}", api.base));
    // Visiting it completes authentication and redirects back.
    let no_redirect = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let r = no_redirect.get(&url).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 302);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    assert!(
        loc.starts_with(&format!(
            "https://shop.test/done?payment_intent={pid}&payment_intent_client_secret={pid}_secret_"
        )),
        "{loc}"
    );
    assert!(loc.ends_with("redirect_status=succeeded"));
    let after = api.fetch(&format!("/v1/payment_intents/{pid}")).await.ok();
    assert_eq!((after["status"].as_str(), after["amount_capturable"].as_i64()), (Some("requires_capture"), Some(700)));
}

#[tokio::test]
async fn three_d_secure_failures() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=700&currency=usd&payment_method=pm_card_authenticationRequired&confirm=true").await;
    assert_eq!(pi["status"], "requires_action");
    let failed = api
        .control(
            "POST",
            &format!("/__sandbox/payment_intents/{}/complete_action", id(&pi)),
            Some(json!({"outcome": "fail"})),
        )
        .await
        .ok();
    assert_eq!(failed["status"], "requires_payment_method");
    assert_eq!(failed["last_payment_error"]["code"], "payment_intent_authentication_failure");
    assert!(failed["payment_method"].is_null());

    // error_on_requires_action turns the challenge into a 402.
    let pi = api.create("amount=700&currency=usd").await;
    let r = api
        .act(&id(&pi), "confirm", "payment_method=pm_card_authenticationRequired&error_on_requires_action=true")
        .await;
    let e = r.err(402);
    assert_eq!((e["type"].as_str(), e["code"].as_str()), (Some("card_error"), Some("authentication_required")));
    assert_eq!(e["payment_intent"]["status"], "requires_payment_method");
    // So does off_session.
    let pi = api.create("amount=700&currency=usd&customer=cus_1").await;
    let r = api.act(&id(&pi), "confirm", "payment_method=pm_card_authenticationRequired&off_session=true").await;
    assert_eq!(r.err(402)["code"], "authentication_required");
}

#[tokio::test]
async fn manual_confirmation_needs_a_second_confirm_after_the_action() {
    let (_sb, api) = sandbox().await;
    let pi = api
        .create("amount=900&currency=usd&confirmation_method=manual&payment_method=pm_card_threeDSecure2Required")
        .await;
    assert_eq!(pi["status"], "requires_confirmation");
    let pid = id(&pi);
    let pi = api.act(&pid, "confirm", "").await.ok();
    assert_eq!(pi["status"], "requires_action");
    let pi = api.control("POST", &format!("/__sandbox/payment_intents/{pid}/complete_action"), None).await.ok();
    assert_eq!(pi["status"], "requires_confirmation");
    let pi = api.act(&pid, "confirm", "").await.ok();
    assert_eq!(pi["status"], "succeeded");
}

#[tokio::test]
async fn microdeposits_verification() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=2500&currency=usd&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount&confirm=true").await;
    let pid = id(&pi);
    assert_eq!(pi["status"], "requires_action");
    let v = &pi["next_action"]["verify_with_microdeposits"];
    assert_eq!(v["microdeposit_type"], "amounts");
    assert!(v["arrival_date"].as_i64().unwrap() > 0);
    assert!(v["hosted_verification_url"].as_str().unwrap().starts_with(&api.base));
    let path = format!("/v1/payment_intents/{pid}/verify_microdeposits");
    let r = api.post(&path, "amounts[0]=32&amounts[1]=46").await;
    let e = r.err(400);
    assert_eq!(
        (e["code"].as_str(), e["param"].as_str()),
        (Some("payment_method_microdeposit_verification_amounts_mismatch"), Some("amounts"))
    );
    assert_eq!(e["payment_intent"]["status"], "requires_action");
    let r = api.post(&path, "descriptor_code=SM00XX").await;
    assert_eq!(r.err(400)["code"], "payment_method_microdeposit_verification_descriptor_code_mismatch");
    assert_eq!(api.post(&path, "").await.err(400)["code"], "parameter_missing");
    assert_eq!(
        api.post(&path, "amounts[]=32&amounts[]=45&descriptor_code=SM11AA").await.err(400)["param"],
        "descriptor_code"
    );
    // Verified, the debit is submitted: processing until it settles (tests/delayed.rs).
    let ok = api.post(&path, "amounts[]=32&amounts[]=45").await.ok();
    assert_eq!((ok["status"].as_str(), ok["amount_received"].as_i64()), (Some("processing"), Some(0)));
    assert!(ok["next_action"].is_null());
    // Once done, there is nothing to verify.
    assert_eq!(api.post(&path, "descriptor_code=SM11AA").await.err(400)["code"], "payment_intent_unexpected_state");

    // descriptor_code works too, and manual capture stops at requires_capture once settled.
    let pi = api
        .create("amount=2500&currency=usd&capture_method=manual&payment_method_types[]=us_bank_account&payment_method=pm_usBankAccount&confirm=true")
        .await;
    let ok = api.act(&id(&pi), "verify_microdeposits", "descriptor_code=SM11AA").await.ok();
    assert_eq!(ok["status"], "processing");
    let settled =
        api.control("POST", &format!("/__sandbox/payment_intents/{}/settle", id(&pi)), Some(json!({}))).await.ok();
    assert_eq!(settled["status"], "requires_capture");
}

#[tokio::test]
async fn increment_authorization_then_capture() {
    let (_sb, api) = sandbox().await;
    let pi = api
        .create("amount=1000&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true&transfer_data[destination]=acct_inc")
        .await;
    let pid = id(&pi);
    let pi = api
        .act(&pid, "increment_authorization", "amount=1500&description=more&metadata[inc]=1&statement_descriptor=MORE&application_fee_amount=20&transfer_data[amount]=1400")
        .await
        .ok();
    assert_eq!((pi["amount"].as_i64(), pi["amount_capturable"].as_i64()), (Some(1500), Some(1500)));
    assert_eq!(pi["description"], "more");
    assert_eq!(pi["metadata"]["inc"], "1");
    assert_eq!(pi["statement_descriptor"], "MORE");
    assert_eq!(pi["application_fee_amount"], 20);
    assert_eq!(pi["transfer_data"], json!({"amount": 1400, "destination": "acct_inc"}));
    assert_eq!(pi["status"], "requires_capture");
    let e = api.act(&pid, "increment_authorization", "amount=1500").await;
    assert_eq!(e.err(400)["param"], "amount");
    let pi = api.act(&pid, "capture", "").await.ok();
    assert_eq!(pi["amount_received"], 1500);
}

#[tokio::test]
async fn apply_customer_balance_in_parts() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=1000&currency=usd&customer=cus_cash&payment_method_types[]=customer_balance").await;
    let pid = id(&pi);
    let pi = api.act(&pid, "apply_customer_balance", "amount=400&currency=usd").await.ok();
    assert_eq!(pi["status"], "requires_action");
    assert_eq!(pi["amount_received"], 400);
    let ins = &pi["next_action"];
    assert_eq!(ins["type"], "display_bank_transfer_instructions");
    assert_eq!(ins["display_bank_transfer_instructions"]["amount_remaining"], 600);
    let e = api.act(&pid, "apply_customer_balance", "amount=601").await;
    assert_eq!(e.err(400)["param"], "amount");
    let pi = api.act(&pid, "apply_customer_balance", "").await.ok();
    assert_eq!((pi["status"].as_str(), pi["amount_received"].as_i64()), (Some("succeeded"), Some(1000)));
    assert!(pi["next_action"].is_null());
    // Needs customer_balance and a customer.
    let pi = api.create("amount=1000&currency=usd&customer=cus_cash").await;
    assert_eq!(api.act(&id(&pi), "apply_customer_balance", "").await.err(400)["param"], "payment_method_types");
    let pi = api.create("amount=1000&currency=usd&payment_method_types[]=customer_balance").await;
    assert_eq!(api.act(&id(&pi), "apply_customer_balance", "").await.err(400)["param"], "customer");
    let pi = api.create("amount=1000&currency=usd&customer=c&payment_method_types[]=customer_balance").await;
    assert_eq!(api.act(&id(&pi), "apply_customer_balance", "currency=eur").await.err(400)["param"], "currency");
}

#[tokio::test]
async fn cancel_from_each_cancelable_state() {
    let (_sb, api) = sandbox().await;
    let fresh = api.create("amount=100&currency=usd").await;
    let ready = api.create("amount=100&currency=usd&payment_method=pm_card_visa").await;
    let action = api.create("amount=100&currency=usd&payment_method=pm_card_threeDSecure2Required&confirm=true").await;
    let held =
        api.create("amount=100&currency=usd&capture_method=manual&payment_method=pm_card_visa&confirm=true").await;
    let states: Vec<&str> = [&fresh, &ready, &action, &held].iter().map(|p| p["status"].as_str().unwrap()).collect();
    assert_eq!(states, ["requires_payment_method", "requires_confirmation", "requires_action", "requires_capture"]);
    for (pi, reason) in
        [(&fresh, "abandoned"), (&ready, "duplicate"), (&action, "fraudulent"), (&held, "requested_by_customer")]
    {
        let c = api.act(&id(pi), "cancel", &format!("cancellation_reason={reason}")).await.ok();
        assert_eq!(c["status"], "canceled");
        assert_eq!(c["cancellation_reason"], reason);
        assert!(c["canceled_at"].as_i64().unwrap() > 0);
        assert_eq!(c["amount_capturable"], 0);
        assert!(c["next_action"].is_null());
    }
    let c = api.act(&id(&api.create("amount=100&currency=usd").await), "cancel", "").await.ok();
    assert!(c["cancellation_reason"].is_null());
}

#[tokio::test]
async fn the_tenth_failed_confirmation_cancels() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=100&currency=usd").await;
    for i in 1..=10 {
        let r = api.act(&id(&pi), "confirm", "payment_method=pm_card_chargeDeclined").await;
        let status = r.err(402)["payment_intent"]["status"].as_str().unwrap().to_string();
        assert_eq!(status, if i < 10 { "requires_payment_method" } else { "canceled" });
    }
    let pi = api.fetch(&format!("/v1/payment_intents/{}", id(&pi))).await.ok();
    assert_eq!(pi["cancellation_reason"], "automatic");
}

#[tokio::test]
async fn expand_customer_and_unknown_fields() {
    let (_sb, api) = sandbox().await;
    let pi = api.create("amount=100&currency=usd&customer=cus_9&expand[0]=customer&expand[1]=latest_charge&expand[2]=payment_method").await;
    assert_eq!(pi["customer"], json!({"id": "cus_9", "object": "customer", "livemode": false}));
    // Null fields stay null when expanded.
    assert!(pi["latest_charge"].is_null() && pi["payment_method"].is_null());
    let pid = id(&pi);
    let got = api.fetch(&format!("/v1/payment_intents/{pid}?expand[]=customer")).await.ok();
    assert_eq!(got["customer"]["object"], "customer");
    let r = api.fetch(&format!("/v1/payment_intents/{pid}?expand[]=colour")).await;
    assert_eq!(r.err(400)["param"], "expand");
    // A bad expand on create is rejected before anything is created.
    let r = api.post("/v1/payment_intents", "amount=100&currency=usd&expand[]=nope").await;
    assert_eq!(r.err(400)["param"], "expand");
    assert_eq!(api.fetch("/v1/payment_intents").await.ok()["data"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn leanrails_profile_end_to_end() {
    let (sb, api) = sandbox().await;
    let r = api
        .json("/v1/payment_intents", &json!({"amount": 3000, "currency": "usd", "capture_method": "manual", "metadata": {"k": "v", "n": 1},
            "payment_method_types": ["card"], "automatic_payment_methods": {"enabled": true, "allow_redirects": "never"}, "expand": ["customer"]}))
        .idem("lr-1")
        .header("x-api-version", "2024-01-01")
        .send()
        .await;
    assert_eq!(r.header("x-api-version"), Some("2024-01-01"));
    let pi = r.ok();
    assert_eq!(pi["metadata"], json!({"k": "v", "n": "1"}));
    assert_eq!(pi["automatic_payment_methods"], json!({"allow_redirects": "never", "enabled": true}));
    let pid = id(&pi);
    let pi = api
        .json(
            &format!("/v1/payment_intents/{pid}/confirm"),
            &json!({"payment_method": "pm_card_visa", "error_on_requires_action": true}),
        )
        .idem("lr-2")
        .send()
        .await
        .ok();
    assert_eq!(pi["status"], "requires_capture");
    let pi = api
        .json(&format!("/v1/payment_intents/{pid}/increment_authorization"), &json!({"amount": 3500}))
        .idem("lr-3")
        .send()
        .await
        .ok();
    assert_eq!(pi["amount"], 3500);
    let pi = api
        .json(&format!("/v1/payment_intents/{pid}/capture"), &json!({"amount_to_capture": 3000, "metadata": {"k": ""}}))
        .idem("lr-4")
        .send()
        .await
        .ok();
    assert_eq!((pi["status"].as_str(), pi["amount_received"].as_i64()), (Some("succeeded"), Some(3000)));
    assert_eq!(pi["metadata"], json!({"n": "1"}));
    let pi = api
        .json(&format!("/v1/payment_intents/{pid}"), &json!({"metadata": {"after": "x"}}))
        .idem("lr-5")
        .send()
        .await
        .ok();
    assert_eq!(pi["metadata"]["after"], "x");
    // GETs use bracketed query strings in both profiles.
    let list = api
        .with_key(None)
        .http
        .get(format!("{}/v1/payment_intents?limit=1&expand[0]=data.customer", api.base))
        .basic_auth(common::KEY, Some(""))
        .send()
        .await
        .unwrap();
    assert_eq!(list.status().as_u16(), 200);
    // Microdeposit amounts as a JSON array; cancel with a JSON body.
    let pi = api
        .json(
            "/v1/payment_intents",
            &json!({"amount": 100, "currency": "usd", "payment_method_types": ["us_bank_account"],
                    "payment_method": "pm_usBankAccount", "confirm": true}),
        )
        .idem("lr-6")
        .send()
        .await
        .ok();
    let v = api
        .json(&format!("/v1/payment_intents/{}/verify_microdeposits", id(&pi)), &json!({"amounts": [32, 45]}))
        .idem("lr-7")
        .send()
        .await
        .ok();
    assert_eq!(v["status"], "processing");
    let pi = api.json("/v1/payment_intents", &json!({"amount": 100, "currency": "usd"})).idem("lr-8").send().await.ok();
    let c = api
        .json(&format!("/v1/payment_intents/{}/cancel", id(&pi)), &json!({"cancellation_reason": "abandoned"}))
        .idem("lr-9")
        .send()
        .await
        .ok();
    assert_eq!(c["status"], "canceled");
    let pi = api
        .json(
            "/v1/payment_intents",
            &json!({"amount": 100, "currency": "usd", "customer": "c", "payment_method_types": ["customer_balance"]}),
        )
        .idem("lr-10")
        .send()
        .await
        .ok();
    let c = api
        .json(&format!("/v1/payment_intents/{}/apply_customer_balance", id(&pi)), &json!({}))
        .idem("lr-11")
        .send()
        .await
        .ok();
    assert_eq!(c["status"], "succeeded");
    // The log shows the raw JSON and only the auth scheme.
    let first = &sb.requests()[0];
    assert_eq!(first.headers["authorization"], "Basic");
    assert!(first.body.starts_with("{\"amount\":3000"));
}

#[tokio::test]
async fn form_and_json_profiles_share_state() {
    let (_sb, api) = sandbox().await;
    let pi = api.json("/v1/payment_intents", &json!({"amount": 100, "currency": "usd"})).idem("x").send().await.ok();
    let got = api.fetch(&format!("/v1/payment_intents/{}", id(&pi))).await.ok();
    // The same object, less what only LeanRails shows.
    let mut lean = pi.clone();
    let extra = lean.as_object_mut().unwrap();
    assert!(extra.remove("merchant_id").is_some() && extra.remove("charges").is_some());
    assert_eq!(got, lean);
    assert!(got.get("merchant_id").is_none() && got.get("charges").is_none());
    let c = api.act(&id(&pi), "cancel", "").await.ok();
    assert_eq!(c["status"], "canceled");
}

#[tokio::test]
async fn headers_are_echoed() {
    let (_sb, api) = sandbox().await;
    let r =
        api.form("/v1/payment_intents", "amount=100&currency=usd").header("stripe-version", "2024-06-20").send().await;
    assert_eq!(r.header("stripe-version"), Some("2024-06-20"));
    let rid = r.header("request-id").unwrap();
    assert!(rid.len() >= 18 && rid[4..].chars().all(|c| c.is_ascii_alphanumeric()), "{rid}");
    let r = api.post("/v1/payment_intents", "amount=100&currency=usd").await;
    assert_eq!(r.header("stripe-version"), Some("2023-08-16"));
    assert_ne!(r.header("request-id"), Some(rid));
    let r = api.fetch("/v1/payment_intents").await;
    assert_eq!(r.status, 200);
    assert!(r.header("request-id").is_some());
    let v: Value = r.body;
    assert_eq!(v["url"], "/v1/payment_intents");
}
