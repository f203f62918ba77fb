//! The list page of issue 8's decode figure: `INTENTS` copies of the
//! succeeded fixture, each with its own id and client secret, serialised
//! compactly as a server sends it. One builder for the allocation test
//! (core/tests/decode_allocations.rs) and the bench (bench/src/decode.rs),
//! both through `#[path]`.

use serde_json::Value;

/// PaymentIntents on the page.
pub const INTENTS: usize = 100;

const FIXTURE: &str = include_str!("../data/fixtures/payment_intent_succeeded.json");

/// The page as JSON text.
pub fn list_page() -> String {
    let intent: Value = serde_json::from_str(FIXTURE).expect("the fixture is JSON");
    let data: Vec<Value> = (0..INTENTS)
        .map(|i| {
            let mut pi = intent.clone();
            let id = format!("pi_3MtweELkdIwHu7ix{i:010}");
            pi["client_secret"] = Value::from(format!("{id}_secret_ALlpPMIZse0ac8YzPxkMkFgGC"));
            pi["id"] = Value::from(id);
            pi
        })
        .collect();
    serde_json::json!({"object": "list", "url": "/v1/payment_intents", "has_more": true, "data": data}).to_string()
}
