//! Events: the one place they are derived, from an intent's state before
//! and after whatever moved it (an API request, a timer, a clock, a control
//! endpoint), and `/v1/events` (list and retrieve).
//!
//! Each new event is queued for every enabled endpoint of its account that
//! listens to its type; `pending_webhooks` counts those not yet delivered.

use serde_json::{json, Map, Value};

use crate::reply::{status, Reply, R};
use crate::store::{now, random_id, Store};
use crate::types::DEFAULT_API_VERSION;
use crate::wire::{as_int, Params};

use super::event_types::{enabled_for, matches};
use super::paging::page;
use super::state::{Delivery, Hooks, Seen, Stored};

/// The API request an event comes from: its `Request-Id` and
/// `Idempotency-Key`. Timers, clocks and control endpoints have none.
#[derive(Clone, Debug, Default)]
pub struct Cause {
    pub request_id: String,
    pub idempotency_key: Option<String>,
}

fn int(o: &Map<String, Value>, k: &str) -> i64 {
    o.get(k).and_then(as_int).unwrap_or(0)
}

/// The event types a move from `before` (`None`: the intent is new) to
/// `after` makes, in the order they happened.
fn transitions(before: Option<&Seen>, after: &Map<String, Value>, failures: u32) -> Vec<&'static str> {
    let mut out = vec![];
    let (was, was_capturable, was_received, was_failures) = match before {
        None => {
            out.push("payment_intent.created");
            ("requires_payment_method", 0, 0, 0)
        }
        Some(s) => (status(&s.obj), int(&s.obj, "amount_capturable"), int(&s.obj, "amount_received"), s.failures),
    };
    let now_status = status(after);
    if failures > was_failures {
        out.push("payment_intent.payment_failed");
    }
    let moved = now_status != was;
    match now_status {
        "processing" if moved => out.push("payment_intent.processing"),
        "requires_action" => {
            if moved {
                out.push("payment_intent.requires_action");
            }
            // Customer balance applied, but not all of the amount.
            if int(after, "amount_received") > was_received {
                out.push("payment_intent.partially_funded");
            }
        }
        _ => {}
    }
    let capturable = int(after, "amount_capturable");
    if capturable > 0 && capturable != was_capturable {
        out.push("payment_intent.amount_capturable_updated");
    }
    match now_status {
        "succeeded" if moved => out.push("payment_intent.succeeded"),
        "canceled" if moved => out.push("payment_intent.canceled"),
        _ => {}
    }
    out
}

/// The top-level fields of `after` that differ from `before`, with their old values.
fn previous_attributes(before: &Map<String, Value>, after: &Map<String, Value>) -> Map<String, Value> {
    after
        .iter()
        .filter(|(k, v)| before.get(k.as_str()) != Some(v))
        .map(|(k, _)| (k.clone(), before.get(k.as_str()).cloned().unwrap_or(Value::Null)))
        .collect()
}

impl Store {
    /// Record the events of what happened to intent `id` since they were last
    /// derived, at the current instant (see `clock.rs`), and queue their
    /// deliveries. Call after anything that may have changed the intent.
    pub fn emit_events(&mut self, acct: &str, id: &str, cause: Option<&Cause>) {
        let key = (acct.to_string(), id.to_string());
        let Some(intent) = self.intents.get(&key) else { return };
        let (after, failures) = (intent.obj.clone(), intent.failed_confirms);
        let before = self.hooks.seen.remove(&key);
        let types = transitions(before.as_ref(), &after, failures);
        let previous = before.as_ref().map(|b| previous_attributes(&b.obj, &after));
        self.hooks.seen.insert(key, Seen { obj: after.clone(), failures });
        for ty in types {
            let mut data = json!({"object": after});
            if let (Some(p), false) = (&previous, ty == "payment_intent.created") {
                data["previous_attributes"] = Value::Object(p.clone());
            }
            self.new_event(acct, ty, data, cause);
        }
    }

    fn new_event(&mut self, acct: &str, ty: &str, data: Value, cause: Option<&Cause>) {
        let hooks: &mut Hooks = &mut self.hooks;
        let id = random_id("evt_", 24);
        let mut targets: Vec<(u64, String)> = hooks
            .endpoints
            .iter()
            .filter(|((a, _), e)| {
                a == acct && e.obj["status"] == "enabled" && enabled_for(&e.obj["enabled_events"], ty)
            })
            .map(|((_, eid), e)| (e.seq, eid.clone()))
            .collect();
        targets.sort();
        let request = match cause {
            Some(c) => json!({"id": c.request_id, "idempotency_key": c.idempotency_key}),
            None => json!({"id": null, "idempotency_key": null}),
        };
        let mut obj = json!({
            "id": id, "object": "event", "api_version": DEFAULT_API_VERSION, "created": now(),
            "data": data, "livemode": false, "pending_webhooks": targets.len(), "request": request, "type": ty
        });
        if !acct.is_empty() {
            obj["account"] = acct.into();
        }
        let Value::Object(obj) = obj else { unreachable!() };
        let seq = hooks.next_seq();
        hooks.events.insert((acct.to_string(), id.clone()), Stored { obj, seq });
        for (_, endpoint) in targets {
            hooks.outbox.push(Delivery { account: acct.to_string(), event: id.clone(), endpoint });
        }
    }

    /// `/v1/events` and `/v1/events/{id}`.
    pub fn event_op(&mut self, acct: &str, op: &str, id: Option<&str>, p: &Map<String, Value>) -> R<Value> {
        let ok: &[&str] = match op {
            "events.list" => {
                &["created", "delivery_success", "ending_before", "limit", "starting_after", "type", "types"]
            }
            _ => &[],
        };
        if let Some(k) = p.keys().find(|k| !ok.contains(&k.as_str())) {
            return Err(Reply::invalid(k, "parameter_unknown", &format!("Received unknown parameter: {k}")));
        }
        let params = Params::new(p);
        match op {
            "events.retrieve" => {
                let id = id.unwrap_or("");
                self.hooks
                    .events
                    .get(&(acct.to_string(), id.to_string()))
                    .map(|s| Value::Object(s.obj.clone()))
                    .ok_or_else(|| {
                        Reply::error(
                            404,
                            "invalid_request_error",
                            Some("resource_missing"),
                            &format!("No such event: '{id}'"),
                            Some("id"),
                        )
                    })
            }
            "events.list" => {
                let ty = params.string("type")?.filter(|t| !t.is_empty());
                let types = params.strings("types")?;
                if ty.is_some() && types.is_some() {
                    return Err(Reply::invalid(
                        "types",
                        "parameter_invalid_string",
                        "You may pass either type or types, but not both.",
                    ));
                }
                if types.as_ref().is_some_and(|t| t.len() > 20) {
                    return Err(Reply::invalid(
                        "types",
                        "parameter_invalid_array",
                        "types may name at most 20 event types.",
                    ));
                }
                let created = crate::ops::created_filter(&params)?;
                let delivered = params.boolean("delivery_success")?;
                let keep = |s: &Stored| {
                    let t = s.obj["type"].as_str().unwrap_or("");
                    let c = int(&s.obj, "created");
                    ty.as_deref().is_none_or(|p| matches(p, t))
                        && types.as_ref().is_none_or(|ts| ts.iter().any(|x| x == t))
                        && delivered.is_none_or(|d| (int(&s.obj, "pending_webhooks") == 0) == d)
                        && created.iter().all(|(op, n)| match op.as_str() {
                            "gt" => c > *n,
                            "gte" => c >= *n,
                            "lt" => c < *n,
                            "lte" => c <= *n,
                            _ => c == *n,
                        })
                };
                let all = Hooks::newest_first(&self.hooks.events, acct);
                page(&params, &all, keep, "event", "/v1/events")
            }
            _ => Err(Reply::error(404, "invalid_request_error", None, "Unrecognized request URL.", None)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    fn seen(v: Value, failures: u32) -> Seen {
        Seen { obj: obj(v), failures }
    }

    #[test]
    fn transitions_from_before_and_after() {
        let new_manual = obj(json!({"status": "requires_capture", "amount_capturable": 500}));
        assert_eq!(
            transitions(None, &new_manual, 0),
            ["payment_intent.created", "payment_intent.amount_capturable_updated"]
        );
        let before = seen(json!({"status": "requires_capture", "amount_capturable": 500}), 0);
        let captured = obj(json!({"status": "succeeded", "amount_capturable": 0, "amount_received": 500}));
        assert_eq!(transitions(Some(&before), &captured, 0), ["payment_intent.succeeded"]);
        // A decline leaves the status as it was: the failure count tells.
        let before = seen(json!({"status": "requires_payment_method"}), 1);
        let declined = obj(json!({"status": "requires_payment_method"}));
        assert_eq!(transitions(Some(&before), &declined, 2), ["payment_intent.payment_failed"]);
        // The tenth failure cancels.
        let canceled = obj(json!({"status": "canceled"}));
        assert_eq!(
            transitions(Some(&before), &canceled, 10),
            ["payment_intent.payment_failed", "payment_intent.canceled"]
        );
        // Nothing event-worthy (a metadata update).
        let before = seen(json!({"status": "requires_payment_method", "metadata": {}}), 0);
        let updated = obj(json!({"status": "requires_payment_method", "metadata": {"a": "b"}}));
        assert!(transitions(Some(&before), &updated, 0).is_empty());
        // Customer balance covering part of the amount.
        let before = seen(json!({"status": "requires_action", "amount_received": 0}), 0);
        let partly = obj(json!({"status": "requires_action", "amount_received": 300}));
        assert_eq!(transitions(Some(&before), &partly, 0), ["payment_intent.partially_funded"]);
    }

    #[test]
    fn previous_attributes_hold_old_values() {
        let before = obj(json!({"status": "processing", "amount_received": 0, "currency": "usd"}));
        let after =
            obj(json!({"status": "succeeded", "amount_received": 900, "currency": "usd", "latest_charge": "ch_1"}));
        assert_eq!(
            Value::Object(previous_attributes(&before, &after)),
            json!({"status": "processing", "amount_received": 0, "latest_charge": null})
        );
    }
}
