//! Auto-pagination as a `Stream` (`list_auto_paging`, `search_auto_paging`,
//! `Pager::into_stream`): against the sandbox, every item once and in order;
//! against a server that repeats a cursor, the items received, one error, then
//! the end.

// The client's error carries every field of the API error by value.
#![allow(clippy::result_large_err)]

mod hostile_server;

use std::time::Duration;

use futures_util::StreamExt;
use hostile_server::{HostileServer, Reply};
use payintent::params::{CreateParams, ListParams, SearchParams};
use payintent::{Client, ErrorKind, Profile};
use payintent_sandbox::{Sandbox, SandboxConfig};

const KEY: &str = "sk_test_auto_paging_key_4242";

fn client(url: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(url)
        .profile(Profile::Stripe)
        .backoff(Duration::from_millis(1), Duration::from_millis(20))
        .build()
        .unwrap()
}

#[tokio::test]
async fn list_and_search_streams_yield_every_item_once() {
    let sb = Sandbox::start(SandboxConfig::default()).await.expect("sandbox starts");
    let pis = client(&sb.base_url()).payment_intents();
    let mut ids = Vec::new();
    for i in 0..7 {
        let p = CreateParams::new(100 + i, "usd").customer("cus_stream").metadata_entry("batch", "s1");
        ids.push(pis.create(&p).await.unwrap().id);
    }
    pis.create(&CreateParams::new(500, "usd")).await.unwrap();
    ids.reverse(); // the list is newest first

    let listed: Vec<String> = pis
        .list_auto_paging(ListParams::default().limit(3).customer("cus_stream"))
        .map(|r| r.expect("no error").id)
        .collect()
        .await;
    assert_eq!(listed, ids, "newest first, each exactly once");

    let requests_before = sb.requests().len();
    let first_two: Vec<_> = pis
        .list_auto_paging(ListParams::default().limit(2).customer("cus_stream"))
        .take(2)
        .collect()
        .await;
    assert_eq!(first_two.len(), 2);
    assert_eq!(sb.requests().len() - requests_before, 1, "taking one page's items fetches one page");

    let mut found = Vec::new();
    let mut stream = pis.search_auto_paging(SearchParams::new("metadata['batch']:'s1'").limit(2));
    while let Some(pi) = stream.next().await {
        let pi = pi.expect("no error");
        assert_eq!(pi.metadata["batch"], "s1");
        found.push(pi.id);
    }
    found.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(found, want);
    assert!(stream.next().await.is_none(), "an ended stream stays ended");

    // The pager's remaining walk as a stream: after one item taken by hand.
    let mut pager = pis.list_auto(ListParams::default().limit(3).customer("cus_stream"));
    let first = pager.next().await.unwrap().unwrap();
    let rest: Vec<String> = pager.into_stream().map(|r| r.unwrap().id).collect().await;
    assert_eq!(first.id, ids[0]);
    assert_eq!(rest, ids[1..]);
}

#[tokio::test]
async fn a_repeated_cursor_ends_the_stream_with_one_error() {
    // Every page ends with the same item and says there is more.
    let server = HostileServer::start(|n, _| {
        let body = serde_json::json!({"object": "list", "has_more": true, "url": "/v1/payment_intents",
            "data": [{"id": format!("pi_new{n}")}, {"id": "pi_same"}]});
        Reply::with("200 OK", &[], &body.to_string())
    })
    .await;
    let pis = client(&server.url).payment_intents();
    let run = pis.list_auto_paging(ListParams::default()).collect::<Vec<_>>();
    let items = tokio::time::timeout(Duration::from_secs(5), run).await.expect("paging stopped");
    let (ok, err): (Vec<_>, Vec<_>) = items.into_iter().partition(|r| r.is_ok());
    let ok: Vec<String> = ok.into_iter().map(|r| r.unwrap().id).collect();
    assert_eq!(ok, ["pi_new0", "pi_same", "pi_new1", "pi_same"]);
    assert_eq!(err.len(), 1);
    let err = err.into_iter().next().unwrap().unwrap_err();
    assert_eq!(err.kind, ErrorKind::Api);
    assert!(err.message.contains("pi_same"), "{err}");
    assert_eq!(server.hits(), 2);

    // Search: the same next_page token again.
    let server = HostileServer::start(|n, _| {
        let body = serde_json::json!({"object": "search_result", "has_more": true, "next_page": "tok",
            "data": [{"id": format!("pi_{n}")}]});
        Reply::with("200 OK", &[], &body.to_string())
    })
    .await;
    let pis = client(&server.url).payment_intents();
    let mut stream = pis.search_auto_paging(SearchParams::new("status:'succeeded'"));
    let mut seen = Vec::new();
    let err = loop {
        let next = tokio::time::timeout(Duration::from_secs(5), stream.next()).await.expect("paging stopped");
        match next {
            Some(Ok(pi)) => seen.push(pi.id),
            Some(Err(e)) => break e,
            None => panic!("the stream ended without noticing the loop"),
        }
    };
    assert_eq!(err.kind, ErrorKind::Api);
    assert_eq!(seen, ["pi_0", "pi_1"]);
    assert!(stream.next().await.is_none(), "the stream ends after the error");
}

#[tokio::test]
async fn a_failed_page_is_one_error_then_the_end() {
    let server = HostileServer::start(|_, _| {
        Reply::with("400 Bad Request", &[], r#"{"error":{"type":"invalid_request_error","message":"no"}}"#)
    })
    .await;
    let pis = client(&server.url).payment_intents();
    let items: Vec<_> = pis.list_auto_paging(ListParams::default()).collect().await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].as_ref().unwrap_err().kind, ErrorKind::InvalidRequest);
}
