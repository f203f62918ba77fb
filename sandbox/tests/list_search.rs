//! List pagination and filters; search queries and pages.

mod common;

use common::{id, percent, sandbox, Api};
use serde_json::{json, Value};

/// Create `n` intents (amount 100, 200, ...) and return their ids, oldest first.
async fn seed(api: &Api, n: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for i in 1..=n {
        let customer = if i % 2 == 0 { "cus_even" } else { "cus_odd" };
        let pi = api.create(&format!("amount={}&currency=usd&customer={customer}&metadata[n]={i}", i * 100)).await;
        ids.push(id(&pi));
    }
    ids
}

fn ids(page: &Value) -> Vec<String> {
    page["data"].as_array().unwrap().iter().map(id).collect()
}

#[tokio::test]
async fn list_pages_newest_first() {
    let (_sb, api) = sandbox().await;
    let created = seed(&api, 25).await;
    let newest_first: Vec<String> = created.iter().rev().cloned().collect();

    let page = api.fetch("/v1/payment_intents").await.ok();
    assert_eq!(page["object"], "list");
    assert_eq!(page["url"], "/v1/payment_intents");
    assert_eq!(page["has_more"], true);
    assert_eq!(ids(&page), newest_first[..10].to_vec());

    // Walk forward with starting_after.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let q = match &cursor {
            Some(c) => format!("/v1/payment_intents?limit=10&starting_after={c}"),
            None => "/v1/payment_intents?limit=10".to_string(),
        };
        let page = api.fetch(&q).await.ok();
        let got = ids(&page);
        seen.extend(got.clone());
        if page["has_more"] == false {
            assert_eq!(got.len(), 5);
            break;
        }
        cursor = got.last().cloned();
    }
    assert_eq!(seen, newest_first);

    // And backwards with ending_before.
    let page = api.fetch(&format!("/v1/payment_intents?limit=3&ending_before={}", newest_first[5])).await.ok();
    assert_eq!(ids(&page), newest_first[2..5].to_vec());
    assert_eq!(page["has_more"], true);
    let page = api.fetch(&format!("/v1/payment_intents?limit=3&ending_before={}", newest_first[2])).await.ok();
    assert_eq!(ids(&page), newest_first[..2].to_vec());
    assert_eq!(page["has_more"], false);

    let page = api.fetch("/v1/payment_intents?limit=100").await.ok();
    assert_eq!((ids(&page).len(), page["has_more"].as_bool()), (25, Some(false)));
}

#[tokio::test]
async fn list_filters_and_errors() {
    let (_sb, api) = sandbox().await;
    seed(&api, 6).await;
    let page = api.fetch("/v1/payment_intents?customer=cus_even&limit=2").await.ok();
    assert_eq!(ids(&page).len(), 2);
    assert_eq!(page["has_more"], true);
    assert!(page["data"].as_array().unwrap().iter().all(|p| p["customer"] == "cus_even"));
    let page = api.fetch("/v1/payment_intents?customer=cus_nobody").await.ok();
    assert_eq!(page["data"], json!([]));

    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let count = |q: String| {
        let api = api.clone();
        async move { api.fetch(&q).await.ok()["data"].as_array().unwrap().len() }
    };
    assert_eq!(count(format!("/v1/payment_intents?created[gte]={}", now - 60)).await, 6);
    assert_eq!(count(format!("/v1/payment_intents?created[gt]={}", now + 60)).await, 0);
    assert_eq!(count(format!("/v1/payment_intents?created[lte]={}&created[gte]={}", now + 60, now - 60)).await, 6);
    assert_eq!(count(format!("/v1/payment_intents?created[lt]={}", now - 60)).await, 0);
    assert_eq!(count(format!("/v1/payment_intents?created={}", now - 3600)).await, 0);

    for (q, code, param) in [
        ("limit=0", "parameter_invalid_integer", "limit"),
        ("limit=101", "parameter_invalid_integer", "limit"),
        ("limit=ten", "parameter_invalid_integer", "limit"),
        ("created[gte]=soon", "parameter_invalid_integer", "created[gte]"),
        ("created[between]=1", "parameter_unknown", "created[between]"),
        ("created=abc", "parameter_invalid_integer", "created"),
        ("expand[]=customer", "parameter_invalid_string", "expand"),
        ("status=succeeded", "parameter_unknown", "status"),
    ] {
        let r = api.fetch(&format!("/v1/payment_intents?{q}")).await;
        let e = r.err(400);
        assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some(code), Some(param)), "{q}");
    }
    let r = api.fetch("/v1/payment_intents?starting_after=pi_unknown").await;
    let e = r.err(404);
    assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some("resource_missing"), Some("starting_after")));
    let r = api.fetch("/v1/payment_intents?ending_before=pi_unknown").await;
    assert_eq!(r.err(404)["param"], "ending_before");

    let page = api.fetch("/v1/payment_intents?limit=1&expand[]=data.customer").await.ok();
    assert_eq!(page["data"][0]["customer"]["object"], "customer");
}

#[tokio::test]
async fn search_queries_and_pages() {
    let (_sb, api) = sandbox().await;
    let created = seed(&api, 7).await;
    // Make a few succeed.
    for pid in &created[..3] {
        api.act(pid, "confirm", "payment_method=pm_card_visa").await.ok();
    }
    let search = |q: &str| {
        let api = api.clone();
        let url = format!("/v1/payment_intents/search?expand[]=total_count&query={}", percent(q));
        async move { api.fetch(&url).await }
    };
    let r = search("status:'succeeded'").await.ok();
    assert_eq!(r["object"], "search_result");
    assert_eq!(r["url"], "/v1/payment_intents/search");
    assert_eq!(r["total_count"], 3);
    assert_eq!(r["has_more"], false);
    assert!(r["next_page"].is_null());
    let mut want: Vec<String> = created[..3].to_vec();
    want.reverse();
    assert_eq!(ids(&r), want);

    assert_eq!(search("amount>500").await.ok()["total_count"], 2);
    assert_eq!(search("amount>=500").await.ok()["total_count"], 3);
    assert_eq!(search("amount:300").await.ok()["total_count"], 1);
    assert_eq!(search("amount<200").await.ok()["total_count"], 1);
    assert_eq!(search("metadata['n']:'4'").await.ok()["data"][0]["id"], created[3].as_str());
    assert_eq!(search("customer:'cus_even' AND status:'requires_payment_method'").await.ok()["total_count"], 2);
    assert_eq!(search("amount:100 OR amount:700").await.ok()["total_count"], 2);
    assert_eq!(search("currency:'usd' AND -status:'succeeded'").await.ok()["total_count"], 4);
    assert_eq!(search("status:'canceled'").await.ok()["total_count"], 0);

    // Pages of two.
    let mut seen = Vec::new();
    let mut page: Option<String> = None;
    loop {
        let mut url =
            format!("/v1/payment_intents/search?limit=2&expand[]=total_count&query={}", percent("currency:'usd'"));
        if let Some(p) = &page {
            url.push_str(&format!("&page={p}"));
        }
        let r = api.fetch(&url).await.ok();
        assert_eq!(r["total_count"], 7);
        seen.extend(ids(&r));
        match r["next_page"].as_str() {
            Some(p) => {
                assert_eq!(r["has_more"], true);
                page = Some(p.to_string());
            }
            None => {
                assert_eq!(r["has_more"], false);
                break;
            }
        }
    }
    let mut all = created.clone();
    all.reverse();
    assert_eq!(seen, all);

    let r = api
        .fetch(&format!("/v1/payment_intents/search?query={}&expand[]=data.customer&limit=1", percent("amount>1")))
        .await
        .ok();
    assert_eq!(r["data"][0]["customer"]["object"], "customer");

    for bad in ["status:'a' AND amount>1 OR amount<3", "colour:'red'", "amount>'many'", "", "status"] {
        let r = search(bad).await;
        let e = r.err(400);
        assert_eq!((e["code"].as_str(), e["param"].as_str()), (Some("search_query_invalid"), Some("query")), "{bad}");
    }
    let r = api.fetch("/v1/payment_intents/search").await;
    assert_eq!(r.err(400)["code"], "parameter_missing");
    let r = api.fetch("/v1/payment_intents/search?query=amount%3E1&page=garbage").await;
    assert_eq!(r.err(400)["param"], "page");
    let r = api.fetch("/v1/payment_intents/search?query=amount%3E1&limit=0").await;
    assert_eq!(r.err(400)["param"], "limit");
}
