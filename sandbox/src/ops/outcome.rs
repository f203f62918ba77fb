//! What a payment attempt does to an intent: it goes through (authorised or
//! captured, with a charge), or it fails (a card error and, after ten
//! failures, cancellation).

use serde_json::{json, Value};

use crate::reply::Reply;
use crate::store::{now, Intent};
use crate::wire::as_int;

use super::charges::{new_charge, record, Attempt};

/// The payment went through: authorised (manual capture) or captured.
pub fn authorize(intent: &mut Intent, pm_type: &str) {
    let amount = as_int(&intent.obj["amount"]).unwrap_or(0);
    let card_manual = pm_type == "card" && intent.obj["payment_method_options"]["card"]["capture_method"] == "manual";
    let manual = intent.obj["capture_method"] == "manual" || card_manual;
    let pm = intent.obj["payment_method"].as_str().unwrap_or("").to_string();
    let charge = new_charge(&intent.obj, &pm, pm_type, Attempt::Authorized { captured: !manual });
    record(intent, charge);
    let o = &mut intent.obj;
    o.insert("next_action".into(), Value::Null);
    o.insert("last_payment_error".into(), Value::Null);
    if manual {
        o.insert("status".into(), "requires_capture".into());
        o.insert("amount_capturable".into(), amount.into());
    } else {
        o.insert("status".into(), "succeeded".into());
        o.insert("amount_received".into(), amount.into());
        o.insert("amount_capturable".into(), 0.into());
    }
}

/// A failed attempt: back to requires_payment_method, or canceled after the
/// tenth failure. Returns the 402 to send.
pub fn fail_payment(
    intent: &mut Intent,
    code: &str,
    decline_code: Option<&str>,
    message: &str,
    pm: &str,
    pm_type: &str,
    charged: bool,
) -> Reply {
    intent.failed_confirms += 1;
    intent.authenticated = false;
    let doc = format!("https://stripe.com/docs/error-codes/{}", code.replace('_', "-"));
    let mut err = json!({"type": "card_error", "code": code, "doc_url": doc, "message": message,
        "payment_method": {"id": pm, "object": "payment_method", "type": pm_type}, "payment_method_type": pm_type});
    if let Some(d) = decline_code {
        err["decline_code"] = d.into();
    }
    if charged {
        let failed = Attempt::Failed { code, decline_code, message };
        let charge = new_charge(&intent.obj, pm, pm_type, failed);
        err["charge"] = charge["id"].clone();
        record(intent, charge);
    }
    let o = &mut intent.obj;
    o.insert("last_payment_error".into(), err.clone());
    o.insert("payment_method".into(), Value::Null);
    o.insert("next_action".into(), Value::Null);
    if intent.failed_confirms >= 10 {
        o.insert("status".into(), "canceled".into());
        o.insert("canceled_at".into(), now().into());
        o.insert("cancellation_reason".into(), "automatic".into());
    } else {
        o.insert("status".into(), "requires_payment_method".into());
    }
    let mut e = err.as_object().cloned().unwrap_or_default();
    e.insert("payment_intent".into(), Value::Object(o.clone()));
    Reply { status: 402, body: json!({ "error": e }), store: true }
}
