//! Finishing an intent's `next_action` as the customer would (3-D Secure
//! page, bank transfer arrival, microdeposits), for the control endpoints.

use serde_json::Value;

use crate::reply::{status, unexpected, R};
use crate::store::Store;

use super::delayed::begin_processing;
use super::outcome::{authorize, fail_payment};

impl Store {
    /// Finish a `next_action` as the customer would (control endpoint).
    pub fn complete_action(&mut self, acct: &str, id: &str, succeed: bool) -> R<(Value, Option<String>)> {
        let intent = self.intent(acct, id)?;
        if status(&intent.obj) != "requires_action" {
            return Err(unexpected(
                "complete the next action of",
                &intent.obj,
                " Only a PaymentIntent with status requires_action has one.",
            ));
        }
        let kind = intent.obj["next_action"]["type"].as_str().unwrap_or("").to_string();
        let return_url = intent.return_url.clone();
        intent.obj.insert("next_action".into(), Value::Null);
        let pm = intent.obj["payment_method"].as_str().unwrap_or("").to_string();
        if !succeed {
            let msg = "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.";
            fail_payment(intent, "payment_intent_authentication_failure", None, msg, &pm, "card", false);
        } else if kind == "display_bank_transfer_instructions" {
            // The rest of the bank transfer arrived.
            let total = intent.obj["amount"].clone();
            intent.obj.insert("amount_received".into(), total);
            intent.obj.insert("status".into(), "succeeded".into());
        } else if intent.obj["confirmation_method"] == "manual" {
            intent.authenticated = true;
            intent.obj.insert("status".into(), "requires_confirmation".into());
        } else if kind == "verify_with_microdeposits" {
            // Verified: the debit is submitted and settles later.
            begin_processing(intent);
        } else {
            intent.authenticated = true;
            authorize(intent, "card");
        }
        Ok((Value::Object(intent.obj.clone()), return_url))
    }
}
