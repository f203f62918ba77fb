//! `POST /v1/payment_intents/{id}/apply_customer_balance`: pay part or all of
//! a `customer_balance` intent from the customer's cash balance.

use serde_json::{json, Value};

use crate::reply::{status, unexpected, Reply, R};
use crate::store::{random_id, Store};
use crate::wire::{as_int, Params};

use super::fields::{amount, currency};

impl Store {
    pub fn apply_balance(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let requested = amount(p, "amount")?;
        let cur = currency(p, "currency")?;
        let intent = self.intent(acct, id)?;
        if !matches!(status(&intent.obj), "requires_payment_method" | "requires_confirmation" | "requires_action") {
            return Err(unexpected(
                "apply a customer balance to",
                &intent.obj,
                " Only a PaymentIntent with one of the following statuses accepts a customer balance: requires_payment_method, requires_confirmation, requires_action.",
            ));
        }
        let types = intent.obj["payment_method_types"].as_array().cloned().unwrap_or_default();
        if !types.iter().any(|t| t == "customer_balance") {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("payment_intent_invalid_parameter"),
                "This PaymentIntent cannot take a customer balance: customer_balance is not in its payment_method_types.",
                Some("payment_method_types"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        if intent.obj["customer"].is_null() {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("payment_intent_invalid_parameter"),
                "This PaymentIntent cannot take a customer balance: it has no customer.",
                Some("customer"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        if let Some(c) = cur {
            if intent.obj["currency"].as_str() != Some(c.as_str()) {
                return Err(Reply::error(
                    400,
                    "invalid_request_error",
                    Some("parameter_invalid_string"),
                    &format!(
                        "currency ({c}) must match the PaymentIntent's currency ({}).",
                        intent.obj["currency"].as_str().unwrap_or("")
                    ),
                    Some("currency"),
                )
                .executed());
            }
        }
        let total = as_int(&intent.obj["amount"]).unwrap_or(0);
        let received = as_int(&intent.obj["amount_received"]).unwrap_or(0);
        let remaining = total - received;
        let apply = requested.unwrap_or(remaining);
        if apply > remaining {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("amount_too_large"),
                &format!(
                    "The amount ({apply}) is greater than the amount remaining on the PaymentIntent ({remaining})."
                ),
                Some("amount"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        let received = received + apply;
        let o = &mut intent.obj;
        o.insert("amount_received".into(), received.into());
        if !o["payment_method"].is_string() {
            o.insert("payment_method".into(), random_id("pm_", 24).into());
        }
        if received == total {
            o.insert("status".into(), "succeeded".into());
            o.insert("next_action".into(), Value::Null);
        } else {
            o.insert("status".into(), "requires_action".into());
            let cur = o["currency"].clone();
            o.insert(
                "next_action".into(),
                json!({"type": "display_bank_transfer_instructions", "display_bank_transfer_instructions": {
                    "amount_remaining": total - received, "currency": cur, "financial_addresses": [],
                    "hosted_instructions_url": null, "reference": random_id("", 12).to_uppercase(), "type": "us_bank_transfer"}}),
            );
        }
        Ok(id.to_string())
    }
}
