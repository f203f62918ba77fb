//! `/v1/test_helpers/test_clocks`: Stripe's test clocks. A clock holds a
//! frozen time; customers attached to it (see `customers.rs`) and their
//! intents live at that time, and advancing the clock fires their timers.
//! Advancing finishes at once: its answer says `advancing`, and the clock
//! reads `ready` from the next request on.

use serde_json::{json, Map, Value};

use crate::reply::{Reply, R};
use crate::store::{now, random_id, Store};
use crate::timeline::TestClock;
use crate::wire::Params;

use super::fields::limit;

/// How far one advance may move a clock (Stripe: two years when the clock
/// has no subscriptions).
pub const MAX_ADVANCE_SECS: i64 = 2 * 365 * 86_400;
/// Stripe deletes a test clock thirty days after creating it.
const LIFETIME_SECS: i64 = 30 * 86_400;

fn check_known(op: &str, p: &Map<String, Value>) -> R<()> {
    let ok: &[&str] = match op {
        "test_clocks.create" => &["expand", "frozen_time", "name"],
        "test_clocks.advance" => &["expand", "frozen_time"],
        "test_clocks.list" => &["ending_before", "expand", "limit", "starting_after"],
        _ => &["expand"],
    };
    match p.keys().find(|k| !ok.contains(&k.as_str())) {
        Some(k) => Err(Reply::invalid(k, "parameter_unknown", &format!("Received unknown parameter: {k}"))),
        None => Ok(()),
    }
}

/// The last second of year 9999: later frozen times are refused.
const LATEST: i64 = 253_402_300_799;

fn frozen_time(p: &Params) -> R<i64> {
    let t = p.require("frozen_time", p.int("frozen_time")?)?;
    if !(0..=LATEST).contains(&t) {
        return Err(Reply::invalid(
            "frozen_time",
            "parameter_invalid_integer",
            &format!("frozen_time must be a Unix timestamp from 0 to {LATEST} (got {t})."),
        ));
    }
    Ok(t)
}

pub fn missing_clock(id: &str, param: &str) -> Reply {
    Reply::error(
        404,
        "invalid_request_error",
        Some("resource_missing"),
        &format!("No such test_clock: '{id}'"),
        Some(param),
    )
}

impl Store {
    pub fn test_clock_op(&mut self, acct: &str, op: &str, id: Option<&str>, p: &Map<String, Value>) -> R<Value> {
        check_known(op, p)?;
        let params = Params::new(p);
        let key = (acct.to_string(), id.unwrap_or("").to_string());
        match op {
            "test_clocks.create" => {
                let frozen = frozen_time(&params)?;
                let name = params.string_max("name", 300)?;
                let id = random_id("clock_", 24);
                let created = now();
                let obj = json!({
                    "id": id, "object": "test_helpers.test_clock", "created": created,
                    "deletes_after": created + LIFETIME_SECS, "frozen_time": frozen, "livemode": false,
                    "name": name, "status": "ready"
                });
                let Value::Object(obj) = obj else { unreachable!() };
                let seq = self.timeline.next_seq();
                self.timeline.clocks.insert((acct.to_string(), id), TestClock { obj: obj.clone(), seq });
                Ok(Value::Object(obj))
            }
            "test_clocks.retrieve" => self
                .timeline
                .clocks
                .get(&key)
                .map(|c| Value::Object(c.obj.clone()))
                .ok_or_else(|| missing_clock(&key.1, "test_clock")),
            "test_clocks.delete" => {
                self.timeline.clocks.remove(&key).ok_or_else(|| missing_clock(&key.1, "test_clock"))?;
                // Its customers go with it; their intents return to the sandbox clock.
                self.timeline.customers.retain(|(a, _), c| !(a == acct && c["test_clock"] == key.1.as_str()));
                Ok(json!({"id": key.1, "object": "test_helpers.test_clock", "deleted": true}))
            }
            "test_clocks.advance" => {
                let target = frozen_time(&params)?;
                let current =
                    self.timeline.frozen_time(acct, &key.1).ok_or_else(|| missing_clock(&key.1, "test_clock"))?;
                if target <= current {
                    return Err(Reply::invalid(
                        "frozen_time",
                        "parameter_invalid_integer",
                        &format!("The new frozen_time ({target}) must be after the test clock's current frozen_time ({current})."),
                    ));
                }
                if target - current > MAX_ADVANCE_SECS {
                    return Err(Reply::invalid(
                        "frozen_time",
                        "parameter_invalid_integer",
                        "A test clock cannot be advanced more than two years at a time.",
                    ));
                }
                if let Some(c) = self.timeline.clocks.get_mut(&key) {
                    c.obj.insert("frozen_time".into(), target.into());
                }
                self.run_due(Some(&key.1), target);
                let mut answer = self.timeline.clocks.get(&key).map(|c| c.obj.clone()).unwrap_or_default();
                answer.insert("status".into(), "advancing".into());
                Ok(Value::Object(answer))
            }
            "test_clocks.list" => self.list_clocks(acct, &params),
            _ => Err(Reply::error(404, "invalid_request_error", None, "Unrecognized request URL.", None)),
        }
    }

    fn list_clocks(&self, acct: &str, p: &Params) -> R<Value> {
        let limit = limit(p)?;
        let after = p.string("starting_after")?.filter(|s| !s.is_empty());
        let before = p.string("ending_before")?.filter(|s| !s.is_empty());
        let mut all: Vec<&TestClock> =
            self.timeline.clocks.iter().filter(|((a, _), _)| a == acct).map(|(_, c)| c).collect();
        all.sort_by_key(|c| std::cmp::Reverse(c.seq));
        let seq_of = |id: &str, param: &str| -> R<u64> {
            all.iter().find(|c| c.obj["id"] == id).map(|c| c.seq).ok_or_else(|| missing_clock(id, param))
        };
        let (page, has_more): (Vec<&TestClock>, bool) = match (after, before) {
            (Some(_), Some(_)) => {
                return Err(Reply::invalid(
                    "ending_before",
                    "parameter_invalid_string",
                    "Give at most one of starting_after and ending_before.",
                ))
            }
            (Some(a), None) => {
                let seq = seq_of(&a, "starting_after")?;
                let rest: Vec<&TestClock> = all.iter().copied().filter(|c| c.seq < seq).collect();
                (rest.iter().take(limit).copied().collect(), rest.len() > limit)
            }
            (None, Some(b)) => {
                let seq = seq_of(&b, "ending_before")?;
                let newer: Vec<&TestClock> = all.iter().copied().filter(|c| c.seq > seq).collect();
                let start = newer.len().saturating_sub(limit);
                (newer[start..].to_vec(), start > 0)
            }
            (None, None) => (all.iter().take(limit).copied().collect(), all.len() > limit),
        };
        let data: Vec<Value> = page.into_iter().map(|c| Value::Object(c.obj.clone())).collect();
        Ok(json!({"object": "list", "data": data, "has_more": has_more, "url": "/v1/test_helpers/test_clocks"}))
    }
}
