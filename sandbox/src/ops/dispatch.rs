//! Running operations on the right clock: every API request first fires the
//! sandbox clock's due timers, then runs at the "now" of the object it
//! touches (its customer's test clock, or the sandbox clock), and finally
//! notes the state it left the intent in so its timers start and its events
//! are derived. The control endpoints that move intents or clocks go through
//! here too.

use serde_json::{json, Map, Value};

use crate::clock;
use crate::reply::{Reply, R};
use crate::store::Store;
use crate::webhooks::Cause;

impl Store {
    /// Run API operation `op` (an intent operation, or a test clock,
    /// customer, webhook endpoint or event one) for account `acct`, as the
    /// request `cause`.
    pub fn dispatch(
        &mut self,
        acct: &str,
        op: &str,
        id: Option<&str>,
        p: &Map<String, Value>,
        base: &str,
        cause: &Cause,
    ) -> R<Value> {
        let sandbox_now = self.timeline.sandbox_now();
        self.run_due(None, sandbox_now);
        if let Some(resource) = op.split_once('.').map(|(r, _)| r) {
            return clock::at(sandbox_now, || match resource {
                "test_clocks" => self.test_clock_op(acct, op, id, p),
                "customers" => self.customer_op(acct, op, id, p),
                "webhook_endpoints" => self.webhook_endpoint_op(acct, op, id, p),
                "events" => self.event_op(acct, op, id, p),
                _ => Err(Reply::error(404, "invalid_request_error", None, "Unrecognized request URL.", None)),
            });
        }
        let instant = match (op, id) {
            ("create", _) => {
                let customer = p.get("customer").and_then(Value::as_str);
                self.timeline.now_for(acct, customer)
            }
            (_, Some(id)) => self.now_of_intent(acct, id),
            _ => sandbox_now,
        };
        clock::at(instant, || {
            let result = self.handle(acct, op, id, p, base);
            let touched = match (&result, id) {
                (_, Some(id)) => Some(id.to_string()),
                (Ok(v), None) => v.get("id").and_then(Value::as_str).map(str::to_string),
                // A create with confirm=true that was declined still made an intent.
                (Err(r), None) => r.body["error"]["payment_intent"]["id"].as_str().map(str::to_string),
            };
            if let Some(t) = touched.filter(|_| op != "list" && op != "search") {
                self.observe(acct, &t);
                self.emit_events(acct, &t, Some(cause));
            }
            result
        })
    }

    /// Finish intent `id`'s next action (control endpoint), on its clock.
    pub fn complete_action_now(&mut self, acct: &str, id: &str, succeed: bool) -> R<(Value, Option<String>)> {
        let instant = self.now_of_intent(acct, id);
        clock::at(instant, || {
            let out = self.complete_action(acct, id, succeed);
            self.observe(acct, id);
            self.emit_events(acct, id, None);
            out
        })
    }

    /// Settle intent `id`'s processing bank debit (control endpoint).
    pub fn settle_now(&mut self, acct: &str, id: &str, succeed: Option<bool>) -> R<Value> {
        let instant = self.now_of_intent(acct, id);
        clock::at(instant, || {
            let out = self.settle(acct, id, succeed);
            self.observe(acct, id);
            self.emit_events(acct, id, None);
            out
        })
    }

    /// Move the sandbox clock `seconds` ahead and fire what fell due.
    pub fn advance_sandbox_clock(&mut self, seconds: i64) -> Value {
        let start = self.timeline.sandbox_now();
        self.run_due(None, start);
        self.timeline.offset = self.timeline.offset.saturating_add(seconds);
        let now = self.timeline.sandbox_now();
        self.run_due(None, now);
        self.sandbox_clock()
    }

    /// The sandbox clock, as the control endpoints show it.
    pub fn sandbox_clock(&self) -> Value {
        json!({"now": self.timeline.sandbox_now(), "offset": self.timeline.offset})
    }
}
