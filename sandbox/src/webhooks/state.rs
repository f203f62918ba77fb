//! What the sandbox remembers about webhooks: the endpoints, the events, the
//! last state of each intent events were derived from, the deliveries
//! waiting to be picked up by the delivery task, and the attempts made.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::types::WebhookAttempt;

/// An API object (endpoint or event) and its creation order.
pub struct Stored {
    pub obj: Map<String, Value>,
    pub seq: u64,
}

/// An intent as events last saw it.
pub struct Seen {
    pub obj: Map<String, Value>,
    /// Failed payment attempts so far (each one is a `payment_failed`).
    pub failures: u32,
}

/// One event to deliver to one endpoint, both of account `account`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    pub account: String,
    pub event: String,
    pub endpoint: String,
}

#[derive(Default)]
pub struct Hooks {
    /// Webhook endpoints by (account, id); `secret` is kept in the object.
    pub endpoints: HashMap<(String, String), Stored>,
    /// Events by (account, id).
    pub events: HashMap<(String, String), Stored>,
    /// Intents by (account, id), as the last events were derived from them.
    pub seen: HashMap<(String, String), Seen>,
    /// Deliveries of new events, not yet taken by the delivery task.
    pub outbox: Vec<Delivery>,
    /// Every delivery attempt made, in the order they ended.
    pub attempts: Vec<WebhookAttempt>,
    seq: u64,
}

impl Hooks {
    /// The next creation sequence number (orders lists).
    pub fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// This account's objects of `map`, newest first.
    pub fn newest_first<'a>(map: &'a HashMap<(String, String), Stored>, acct: &str) -> Vec<&'a Stored> {
        let mut v: Vec<&Stored> = map.iter().filter(|((a, _), _)| a == acct).map(|(_, s)| s).collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.seq));
        v
    }
}
