//! What the server remembers: the intents of every account (as JSON objects),
//! the payment methods made from `payment_method_data`, time, webhooks, and
//! fresh ids.

use std::collections::HashMap;

use rand::distributions::Alphanumeric;
use rand::Rng;
use serde_json::{Map, Value};

use crate::methods::{behavior_of_id, Behavior, PmSource};
use crate::reply::{missing, R};
use crate::timeline::Timeline;
use crate::webhooks::state::Hooks;

/// Seconds since the Unix epoch, on the clock of the operation running
/// (the sandbox clock or a test clock; see `clock.rs`).
pub fn now() -> i64 {
    crate::clock::now()
}

/// `prefix` followed by `n` random letters and digits.
pub fn random_id(prefix: &str, n: usize) -> String {
    let s: String = rand::thread_rng().sample_iter(&Alphanumeric).take(n).map(char::from).collect();
    format!("{prefix}{s}")
}

/// One PaymentIntent: its API object and what the sandbox tracks beside it.
#[derive(Default)]
pub struct Intent {
    pub obj: Map<String, Value>,
    pub seq: u64,
    pub failed_confirms: u32,
    /// The latest charge as an expandable object.
    pub charge: Option<Value>,
    /// The charges made before the latest one, oldest first.
    pub older_charges: Vec<Value>,
    /// The customer completed authentication for the attached payment method
    /// (manual confirmation: the next confirm goes through).
    pub authenticated: bool,
    /// Where the 3-D Secure page sends the customer back to.
    pub return_url: Option<String>,
}

/// Everything the server remembers. Intents are keyed by (account, id);
/// the empty account is the platform itself.
#[derive(Default)]
pub struct Store {
    pub intents: HashMap<(String, String), Intent>,
    /// Payment methods made from `payment_method_data`: behavior and type.
    pms: HashMap<String, (Behavior, String)>,
    seq: u64,
    /// The sandbox clock, test clocks, their customers and intent timers.
    pub timeline: Timeline,
    /// Webhook endpoints, events and their deliveries.
    pub hooks: Hooks,
}

impl Store {
    /// The next creation sequence number (orders lists).
    pub fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// The intent `id` of account `acct`, or a 404.
    pub fn intent(&mut self, acct: &str, id: &str) -> R<&mut Intent> {
        self.intents.get_mut(&(acct.to_string(), id.to_string())).ok_or_else(|| missing(id))
    }

    /// A new payment method made from `payment_method_data`.
    fn new_pm(&mut self, kind: &str, behavior: Behavior) -> String {
        let id = random_id("pm_", 24);
        self.pms.insert(id.clone(), (behavior, kind.to_string()));
        id
    }

    /// The id of the payment method a request names or describes.
    pub fn resolve_pm(&mut self, src: PmSource) -> String {
        match src {
            PmSource::Id(id) => id,
            PmSource::Data { kind, behavior } => self.new_pm(&kind, behavior),
        }
    }

    /// How payment method `pm` behaves, and its type.
    pub fn pm_info(&self, pm: &str) -> (Behavior, String) {
        match self.pms.get(pm) {
            Some((b, t)) => (*b, t.clone()),
            None => {
                let (b, t) = behavior_of_id(pm);
                (b, t.to_string())
            }
        }
    }

    /// This account's intents, newest first.
    pub fn sorted(&self, acct: &str) -> Vec<&Intent> {
        let mut v: Vec<&Intent> = self.intents.iter().filter(|((a, _), _)| a == acct).map(|(_, i)| i).collect();
        v.sort_by_key(|i| std::cmp::Reverse(i.seq));
        v
    }
}
