//! What the sandbox remembers about time: the sandbox clock (an offset from
//! real time), Stripe test clocks and the customers attached to them, and
//! since when each intent has been in the state one of its timers watches
//! (authorised, waiting for an action, processing).

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::clock::real_now;

/// A watched state: the intent's status and, for `requires_action`, the
/// type of its next action.
#[derive(Clone, Debug, PartialEq)]
pub struct Watched {
    pub state: String,
    /// When the intent entered the state, on its own clock.
    pub since: i64,
}

/// One `test_helpers.test_clock`, as its API object, and its creation order.
pub struct TestClock {
    pub obj: Map<String, Value>,
    pub seq: u64,
}

#[derive(Default)]
pub struct Timeline {
    /// Seconds the sandbox clock runs ahead of real time.
    pub offset: i64,
    /// Test clocks by (account, id).
    pub clocks: HashMap<(String, String), TestClock>,
    /// Customers made through `/v1/customers`, by (account, id).
    pub customers: HashMap<(String, String), Map<String, Value>>,
    /// Intents in a watched state, by (account, id).
    pub watched: HashMap<(String, String), Watched>,
    seq: u64,
}

impl Timeline {
    /// The sandbox clock: real time plus the simulated advance.
    pub fn sandbox_now(&self) -> i64 {
        real_now() + self.offset
    }

    /// The next creation sequence number for test clocks.
    pub fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// The test clock customer `customer` of account `acct` is attached to.
    pub fn clock_of(&self, acct: &str, customer: Option<&str>) -> Option<String> {
        let c = self.customers.get(&(acct.to_string(), customer?.to_string()))?;
        c.get("test_clock").and_then(Value::as_str).map(str::to_string)
    }

    /// The frozen time of test clock `clock`, if it exists.
    pub fn frozen_time(&self, acct: &str, clock: &str) -> Option<i64> {
        self.clocks.get(&(acct.to_string(), clock.to_string()))?.obj.get("frozen_time")?.as_i64()
    }

    /// "Now" for an object of a customer: its test clock's frozen time when the
    /// customer is attached to one, else the sandbox clock.
    pub fn now_for(&self, acct: &str, customer: Option<&str>) -> i64 {
        self.clock_of(acct, customer).and_then(|c| self.frozen_time(acct, &c)).unwrap_or_else(|| self.sandbox_now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn customers_on_a_clock_see_its_frozen_time() {
        let mut t = Timeline { offset: 3600, ..Timeline::default() };
        assert!((t.sandbox_now() - real_now() - 3600).abs() <= 1);
        let obj = json!({"id": "clock_1", "frozen_time": 1_000}).as_object().cloned().unwrap();
        t.clocks.insert((String::new(), "clock_1".into()), TestClock { obj, seq: 1 });
        let cus = json!({"id": "cus_1", "test_clock": "clock_1"}).as_object().cloned().unwrap();
        t.customers.insert((String::new(), "cus_1".into()), cus);
        assert_eq!(t.now_for("", Some("cus_1")), 1_000);
        // Another account's customer of the same id is not on the clock.
        assert_ne!(t.now_for("acct_2", Some("cus_1")), 1_000);
        assert_ne!(t.now_for("", Some("cus_2")), 1_000);
        assert_ne!(t.now_for("", None), 1_000);
    }
}
