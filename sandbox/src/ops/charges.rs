//! Charges: the `charge` object a payment attempt makes (shaped like the
//! spec's `charge` schema), what capturing, releasing and incrementing do to
//! its amounts, its `balance_transaction`, and finding charges by id.
//!
//! Amounts stay consistent: `amount_captured` is what was captured so far,
//! `amount_refunded` is what was released (an uncaptured remainder counts as
//! refunded once the authorisation ends), `captured` is true once anything
//! was captured and `refunded` only when everything was refunded.

use serde_json::{json, Map, Value};

use crate::store::{now, random_id, Intent, Store};
use crate::wire::as_int;

/// What a payment attempt did.
pub enum Attempt<'a> {
    /// Authorised; `captured` when the capture is automatic.
    Authorized { captured: bool },
    /// Declined by the issuer.
    Failed { code: &'a str, decline_code: Option<&'a str>, message: &'a str },
}

/// A new charge for the intent's current attempt with payment method `pm`.
pub fn new_charge(o: &Map<String, Value>, pm: &str, pm_type: &str, attempt: Attempt) -> Value {
    let amount = as_int(&o["amount"]).unwrap_or(0);
    let id = random_id("ch_", 24);
    let created = now();
    let field = |k: &str| o.get(k).cloned().unwrap_or(Value::Null);
    let (status, paid, captured, failure_code, failure_message, outcome) = match attempt {
        Attempt::Authorized { captured } => (
            "succeeded",
            true,
            captured,
            Value::Null,
            Value::Null,
            json!({"network_status": "approved_by_network", "reason": null, "risk_level": "normal",
                   "risk_score": 20, "seller_message": "Payment complete.", "type": "authorized"}),
        ),
        Attempt::Failed { code, decline_code, message } => (
            "failed",
            false,
            false,
            Value::from(code),
            Value::from(message),
            json!({"network_status": "declined_by_network", "reason": decline_code.unwrap_or(code),
                   "risk_level": "normal", "risk_score": 20,
                   "seller_message": "The bank did not return any further details with this decline.",
                   "type": "issuer_declined"}),
        ),
    };
    let details = match pm_type {
        "card" => json!({"type": "card", "card": {"brand": "visa", "country": "US", "exp_month": 12,
            "exp_year": 2034, "funding": "credit", "last4": "4242", "network": "visa",
            "checks": {"address_line1_check": null, "address_postal_code_check": null, "cvc_check": "pass"}}}),
        "us_bank_account" => json!({"type": "us_bank_account", "us_bank_account": {"account_holder_type": "individual",
            "account_type": "checking", "bank_name": "STRIPE TEST BANK", "last4": "6789", "routing_number": "110000000"}}),
        other => json!({"type": other, other: {}}),
    };
    let descriptor = o["statement_descriptor"].as_str().unwrap_or("PAYINTENT SANDBOX").to_string();
    let mut ch = json!({
        "id": id, "object": "charge", "amount": amount, "amount_captured": if captured { amount } else { 0 },
        "amount_refunded": 0, "application": null, "application_fee": null,
        "application_fee_amount": field("application_fee_amount"), "balance_transaction": null,
        "billing_details": {"address": {"city": null, "country": null, "line1": null, "line2": null,
            "postal_code": null, "state": null}, "email": null, "name": null, "phone": null},
        "calculated_statement_descriptor": descriptor, "captured": captured, "created": created,
        "currency": field("currency"), "customer": field("customer"), "description": field("description"),
        "disputed": false, "failure_balance_transaction": null, "failure_code": failure_code
    });
    let rest = json!({
        "failure_message": failure_message, "fraud_details": {}, "invoice": null, "livemode": false,
        "metadata": {}, "on_behalf_of": field("on_behalf_of"), "outcome": outcome, "paid": paid,
        "payment_intent": field("id"), "payment_method": pm, "payment_method_details": details,
        "radar_options": {}, "receipt_email": field("receipt_email"), "receipt_number": null,
        "receipt_url": format!("https://pay.stripe.com/receipts/sandbox/{id}"), "refunded": false, "refunds": null,
        "review": null, "shipping": field("shipping"), "source_transfer": null,
        "statement_descriptor": field("statement_descriptor"),
        "statement_descriptor_suffix": field("statement_descriptor_suffix"), "status": status,
        "transfer_data": field("transfer_data"), "transfer_group": field("transfer_group")
    });
    if let (Some(m), Value::Object(r)) = (ch.as_object_mut(), rest) {
        m.extend(r);
    }
    if captured {
        ch["balance_transaction"] = random_id("txn_", 24).into();
    }
    ch
}

/// Make `charge` the intent's latest charge (`latest_charge`), keeping the
/// earlier ones.
pub fn record(intent: &mut Intent, charge: Value) {
    if let Some(old) = intent.charge.take() {
        intent.older_charges.push(old);
    }
    intent.obj.insert("latest_charge".into(), charge["id"].clone());
    intent.charge = Some(charge);
}

/// Every charge of the intent, newest first.
pub fn all(intent: &Intent) -> Vec<&Value> {
    intent.charge.iter().chain(intent.older_charges.iter().rev()).collect()
}

/// A capture brought the captured total to `captured`; with `last` the
/// authorisation ends and the uncaptured rest is released (refunded).
pub fn capture(ch: &mut Value, captured: i64, last: bool) {
    ch["amount_captured"] = captured.into();
    ch["captured"] = (captured > 0).into();
    if captured > 0 && !ch["balance_transaction"].is_string() {
        ch["balance_transaction"] = random_id("txn_", 24).into();
    }
    if last {
        release(ch);
    }
}

/// The authorisation ends: whatever was not captured is refunded.
pub fn release(ch: &mut Value) {
    let amount = as_int(&ch["amount"]).unwrap_or(0);
    let captured = as_int(&ch["amount_captured"]).unwrap_or(0);
    let refunded = amount - captured;
    ch["amount_refunded"] = refunded.into();
    ch["refunded"] = (refunded >= amount && amount > 0).into();
}

/// The authorisation was raised to `amount`.
pub fn set_amount(ch: &mut Value, amount: i64) {
    ch["amount"] = amount.into();
}

/// The balance transaction of a captured charge: what was captured, less a
/// processing fee of 2.9% plus 30 minor units.
pub fn balance_transaction(ch: &Value) -> Option<Value> {
    let id = ch["balance_transaction"].as_str()?;
    let amount = as_int(&ch["amount_captured"]).unwrap_or(0);
    let created = as_int(&ch["created"]).unwrap_or(0);
    let fee = (amount * 29 + 500) / 1000 + 30;
    let currency = ch["currency"].clone();
    Some(json!({
        "id": id, "object": "balance_transaction", "amount": amount, "available_on": created + 2 * 86_400,
        "created": created, "currency": currency, "description": ch["description"], "exchange_rate": null,
        "fee": fee, "fee_details": [{"amount": fee, "application": null, "currency": currency,
            "description": "Stripe processing fees", "type": "stripe_fee"}],
        "net": amount - fee, "reporting_category": "charge", "source": ch["id"], "status": "pending",
        "type": "charge"
    }))
}

impl Store {
    /// The charges of intent `id` of account `acct`, newest first.
    pub fn charges_of(&self, acct: &str, id: &str) -> Vec<Value> {
        self.intents
            .get(&(acct.to_string(), id.to_string()))
            .map(|i| all(i).into_iter().cloned().collect())
            .unwrap_or_default()
    }

    /// The charge `id` of account `acct`, wherever it is.
    pub fn find_charge(&self, acct: &str, id: &str) -> Option<&Value> {
        self.intents
            .iter()
            .filter(|((a, _), _)| a == acct)
            .flat_map(|(_, i)| all(i))
            .find(|ch| ch["id"].as_str() == Some(id))
    }

    /// The balance transaction `id` of account `acct`.
    pub fn find_balance_transaction(&self, acct: &str, id: &str) -> Option<Value> {
        self.intents
            .iter()
            .filter(|((a, _), _)| a == acct)
            .flat_map(|(_, i)| all(i))
            .find(|ch| ch["balance_transaction"].as_str() == Some(id))
            .and_then(balance_transaction)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intent_obj(amount: i64) -> Map<String, Value> {
        json!({"id": "pi_1", "amount": amount, "currency": "usd", "customer": null, "statement_descriptor": null})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn partial_capture_then_release() {
        let mut ch = new_charge(&intent_obj(2000), "pm_card_visa", "card", Attempt::Authorized { captured: false });
        assert_eq!((ch["captured"].as_bool(), ch["balance_transaction"].is_null()), (Some(false), true));
        capture(&mut ch, 500, false);
        assert_eq!(ch["amount_captured"], 500);
        assert_eq!(ch["amount_refunded"], 0);
        release(&mut ch);
        assert_eq!((ch["amount"].as_i64(), ch["amount_refunded"].as_i64()), (Some(2000), Some(1500)));
        assert_eq!((ch["captured"].as_bool(), ch["refunded"].as_bool()), (Some(true), Some(false)));
        let bt = balance_transaction(&ch).unwrap();
        assert_eq!(bt["amount"], 500);
        assert_eq!(bt["fee"], 45);
        assert_eq!(bt["net"], 455);
        assert_eq!(bt["source"], ch["id"]);
    }

    #[test]
    fn releasing_an_uncaptured_charge_refunds_it_all() {
        let mut ch = new_charge(&intent_obj(900), "pm_card_visa", "card", Attempt::Authorized { captured: false });
        release(&mut ch);
        assert_eq!(ch["amount_refunded"], 900);
        assert_eq!((ch["captured"].as_bool(), ch["refunded"].as_bool()), (Some(false), Some(true)));
        assert!(balance_transaction(&ch).is_none());
    }

    #[test]
    fn failed_charges_say_why() {
        let failed =
            Attempt::Failed { code: "card_declined", decline_code: Some("insufficient_funds"), message: "No." };
        let ch = new_charge(&intent_obj(700), "pm_x", "card", failed);
        assert_eq!((ch["status"].as_str(), ch["paid"].as_bool()), (Some("failed"), Some(false)));
        assert_eq!(ch["failure_code"], "card_declined");
        assert_eq!(ch["outcome"]["reason"], "insufficient_funds");
        assert_eq!(ch["outcome"]["type"], "issuer_declined");
    }
}
