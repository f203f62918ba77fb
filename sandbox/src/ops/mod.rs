//! The PaymentIntents state machine: one module per operation, and the
//! dispatch from an operation name to it.
//!
//! Every operation first reads and checks all of its parameters (failures
//! there are "validation" errors, never stored for idempotency) and only then
//! looks at the intent and changes it (errors from that part are "executed"
//! and are stored, like Stripe does).

mod apply_customer_balance;
mod cancel;
mod capture;
mod charges;
mod complete_action;
mod confirm;
mod create;
mod customers;
mod delayed;
mod dispatch;
mod expand;
mod fields;
mod increment_authorization;
mod list;
mod outcome;
mod pm_types;
mod retrieve;
mod search;
mod test_clocks;
mod timers;
mod update;
mod verify_microdeposits;

use serde_json::{Map, Value};

use crate::reply::{missing, Reply, R};
use crate::store::Store;
use crate::wire::Params;

use confirm::parse_confirm;
use expand::{parse_expand, Scope};

// Parameter readers the webhook resources share with the intents.
pub use fields::{apply_metadata, limit, metadata_fits};
pub use list::created_filter;

/// Which top-level parameters each operation takes (API 2023-08-16, plus
/// `final_capture` on capture and `confirmation_token` on create and confirm).
#[rustfmt::skip]
fn allowed(op: &str) -> &'static [&'static str] {
    match op {
        "create" => &[
            "amount", "currency", "application_fee_amount", "automatic_payment_methods", "capture_method",
            "confirm", "confirmation_method", "confirmation_token", "customer", "description",
            "error_on_requires_action", "expand",
            "mandate", "mandate_data", "metadata", "off_session", "on_behalf_of", "payment_method",
            "payment_method_data", "payment_method_options", "payment_method_types", "radar_options",
            "receipt_email", "return_url", "setup_future_usage", "shipping", "statement_descriptor",
            "statement_descriptor_suffix", "transfer_data", "transfer_group", "use_stripe_sdk",
        ],
        "retrieve" => &["client_secret", "expand"],
        "update" => &[
            "amount", "application_fee_amount", "capture_method", "currency", "customer", "description", "expand",
            "metadata", "payment_method", "payment_method_data", "payment_method_options", "payment_method_types",
            "receipt_email", "setup_future_usage", "shipping", "statement_descriptor",
            "statement_descriptor_suffix", "transfer_data", "transfer_group",
        ],
        "list" => &["created", "customer", "ending_before", "expand", "limit", "starting_after"],
        "search" => &["expand", "limit", "page", "query"],
        "confirm" => &[
            "capture_method", "client_secret", "confirmation_token", "error_on_requires_action", "expand", "mandate",
            "mandate_data",
            "off_session", "payment_method", "payment_method_data", "payment_method_options",
            "payment_method_types", "radar_options", "receipt_email", "return_url", "setup_future_usage",
            "shipping", "use_stripe_sdk",
        ],
        "capture" => &[
            "amount_to_capture", "application_fee_amount", "expand", "final_capture", "metadata",
            "statement_descriptor", "statement_descriptor_suffix", "transfer_data",
        ],
        "cancel" => &["cancellation_reason", "expand"],
        "increment_authorization" => &[
            "amount", "application_fee_amount", "description", "expand", "metadata", "statement_descriptor",
            "transfer_data",
        ],
        "apply_customer_balance" => &["amount", "currency", "expand"],
        "verify_microdeposits" => &["amounts", "client_secret", "descriptor_code", "expand"],
        _ => &[],
    }
}

fn check_known(op: &str, p: &Map<String, Value>) -> R<()> {
    let ok = allowed(op);
    match p.keys().find(|k| !ok.contains(&k.as_str())) {
        Some(k) => Err(Reply::invalid(k, "parameter_unknown", &format!("Received unknown parameter: {k}"))),
        None => Ok(()),
    }
}

impl Store {
    /// Run one operation. `id` is the path id for per-intent operations.
    pub fn handle(&mut self, acct: &str, op: &str, id: Option<&str>, p: &Map<String, Value>, base: &str) -> R<Value> {
        check_known(op, p)?;
        let params = Params::new(p);
        let id = id.unwrap_or("");
        if op == "list" || op == "search" {
            let expand = parse_expand(&params, if op == "list" { Scope::List } else { Scope::Search })?;
            return if op == "list" { self.list(acct, &params, &expand) } else { self.search(acct, &params, &expand) };
        }
        let expand = parse_expand(&params, Scope::One)?;
        let out = match op {
            "create" => self.create(acct, &params, base)?,
            "retrieve" => self.retrieve(acct, id, &params)?,
            "update" => self.update(acct, id, &params)?,
            "confirm" => {
                let args = parse_confirm(&params)?;
                self.confirm(acct, id, args, base)?;
                id.to_string()
            }
            "capture" => self.capture(acct, id, &params)?,
            "cancel" => self.cancel(acct, id, &params)?,
            "increment_authorization" => self.increment(acct, id, &params)?,
            "apply_customer_balance" => self.apply_balance(acct, id, &params)?,
            "verify_microdeposits" => self.verify(acct, id, &params)?,
            _ => return Err(Reply::error(404, "invalid_request_error", None, "Unrecognized request URL.", None)),
        };
        let key = (acct.to_string(), out);
        let intent = self.intents.get(&key).ok_or_else(|| missing(&key.1))?;
        Ok(self.expand(acct, intent, &expand))
    }
}
