//! Timers on intents, fired when their clock passes the deadline:
//!
//! - an uncaptured authorisation (`requires_capture`) is canceled seven days
//!   after it was made, with `cancellation_reason: "automatic"`;
//! - an authentication next action (`use_stripe_sdk`, `redirect_to_url`)
//!   left unfinished for an hour fails like a failed authentication;
//! - microdeposits left unverified for ten days fail;
//! - a bank debit in `processing` settles after its settlement period.
//!
//! An intent's clock is its customer's test clock, or else the sandbox clock.

use serde_json::{Map, Value};

use crate::bank_debits::settlement_secs;
use crate::clock;
use crate::reply::status;
use crate::store::{now, Store};
use crate::timeline::Watched;
use crate::wire::Params;

use super::outcome::fail_payment;

/// Card authorisations are released after seven days.
pub const CAPTURE_WINDOW_SECS: i64 = 7 * 86_400;
/// An authentication challenge expires after an hour. 3-D Secure challenges
/// themselves time out within minutes; an hour leaves room for a customer
/// who is slow to come back, and is still short enough that an abandoned
/// challenge does not hold the intent for long.
pub const AUTHENTICATION_WINDOW_SECS: i64 = 3_600;
/// Customers have ten days to verify microdeposits.
pub const MICRODEPOSIT_WINDOW_SECS: i64 = 10 * 86_400;

/// The state of an intent a timer watches, if any: `requires_capture`,
/// `requires_action:<next action type>` or `processing`.
fn watched_state(obj: &Map<String, Value>) -> Option<String> {
    match status(obj) {
        "requires_capture" => Some("requires_capture".into()),
        "processing" => Some("processing".into()),
        "requires_action" => {
            let kind = obj["next_action"]["type"].as_str().unwrap_or("");
            matches!(kind, "use_stripe_sdk" | "redirect_to_url" | "verify_with_microdeposits")
                .then(|| format!("requires_action:{kind}"))
        }
        _ => None,
    }
}

impl Store {
    /// The test clock intent `id` follows (through its customer), if any.
    pub fn clock_of_intent(&self, acct: &str, id: &str) -> Option<String> {
        let intent = self.intents.get(&(acct.to_string(), id.to_string()))?;
        self.timeline.clock_of(acct, intent.obj.get("customer").and_then(Value::as_str))
    }

    /// "Now" on intent `id`'s clock.
    pub fn now_of_intent(&self, acct: &str, id: &str) -> i64 {
        match self.clock_of_intent(acct, id) {
            Some(c) => self.timeline.frozen_time(acct, &c).unwrap_or_else(|| self.timeline.sandbox_now()),
            None => self.timeline.sandbox_now(),
        }
    }

    /// Note the watched state intent `id` is in now, starting its timer at
    /// the current instant when the state is new.
    pub fn observe(&mut self, acct: &str, id: &str) {
        let key = (acct.to_string(), id.to_string());
        let state = self.intents.get(&key).and_then(|i| watched_state(&i.obj));
        match state {
            None => {
                self.timeline.watched.remove(&key);
            }
            Some(s) => {
                if self.timeline.watched.get(&key).map(|w| &w.state) != Some(&s) {
                    self.timeline.watched.insert(key, Watched { state: s, since: now() });
                }
            }
        }
    }

    /// When the timer of a watched intent fires; `None` if it never does
    /// (a debit that waits for the settle control endpoint).
    fn deadline(&self, acct: &str, id: &str, w: &Watched) -> Option<i64> {
        let window = match w.state.as_str() {
            "requires_capture" => CAPTURE_WINDOW_SECS,
            "requires_action:verify_with_microdeposits" => MICRODEPOSIT_WINDOW_SECS,
            "processing" => {
                let (debit, pm_type) = self.debit_of(acct, id)?;
                if !debit.automatic {
                    return None;
                }
                settlement_secs(&pm_type)
            }
            _ => AUTHENTICATION_WINDOW_SECS,
        };
        Some(w.since.saturating_add(window))
    }

    /// Fire, in deadline order and each at its deadline, every timer due by
    /// `until` on the intents that follow `clock` (`None`: the sandbox clock).
    pub fn run_due(&mut self, clock_id: Option<&str>, until: i64) {
        // A fired timer can start another one (a debit settling into
        // requires_capture); the bound only guards against a logic error.
        for _ in 0..1000 {
            let mut due: Vec<(i64, String, String, String)> = self
                .timeline
                .watched
                .iter()
                .filter(|((a, i), _)| self.clock_of_intent(a, i).as_deref() == clock_id)
                .filter_map(|((a, i), w)| {
                    let at = self.deadline(a, i, w)?;
                    (at <= until).then(|| (at, a.clone(), i.clone(), w.state.clone()))
                })
                .collect();
            if due.is_empty() {
                return;
            }
            due.sort();
            let (at, acct, id, state) = due.swap_remove(0);
            clock::at(at, || {
                self.fire(&acct, &id, &state);
                // Whatever happened, the timer is spent; a new state starts anew.
                self.timeline.watched.remove(&(acct.clone(), id.clone()));
                self.observe(&acct, &id);
                self.emit_events(&acct, &id, None);
            });
        }
    }

    fn fire(&mut self, acct: &str, id: &str, state: &str) {
        match state {
            "requires_capture" => {
                let none = Map::new();
                if self.cancel(acct, id, &Params::new(&none)).is_ok() {
                    if let Ok(intent) = self.intent(acct, id) {
                        intent.obj.insert("cancellation_reason".into(), "automatic".into());
                    }
                }
            }
            "processing" => {
                let _ = self.settle(acct, id, None);
            }
            "requires_action:verify_with_microdeposits" => {
                if let Ok(intent) = self.intent(acct, id) {
                    let pm = intent.obj["payment_method"].as_str().unwrap_or("").to_string();
                    let msg = "The microdeposits were not verified within 10 days. Provide a new PaymentMethod to attempt to fulfill this PaymentIntent again.";
                    fail_payment(
                        intent,
                        "payment_method_microdeposit_verification_timeout",
                        None,
                        msg,
                        &pm,
                        "us_bank_account",
                        false,
                    );
                }
            }
            _ => {
                let _ = self.complete_action(acct, id, false);
            }
        }
    }
}
