//! `POST /v1/payment_intents/{id}/cancel`: cancel an unfinished intent,
//! releasing an uncaptured authorisation.

use serde_json::Value;

use crate::profile::Profile;
use crate::reply::{status, unexpected, Reply, R};
use crate::store::{now, Store};
use crate::wire::Params;

use super::charges;

/// The longest free-text cancellation reason LeanRails accepts.
const MAX_FREE_REASON: usize = 5000;

impl Store {
    pub fn cancel(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let reason = match Profile::current() {
            Profile::Stripe => {
                p.one_of("cancellation_reason", &["abandoned", "duplicate", "fraudulent", "requested_by_customer"])?
            }
            // LeanRails takes any reason (a non-empty string) and echoes it back.
            Profile::LeanRails => match p.string_max("cancellation_reason", MAX_FREE_REASON)? {
                Some(r) if r.trim().is_empty() => {
                    return Err(Reply::invalid(
                        "cancellation_reason",
                        "parameter_invalid_empty",
                        "cancellation_reason must not be empty: leave it out instead.",
                    ))
                }
                other => other,
            },
        };
        let intent = self.intent(acct, id)?;
        let st = status(&intent.obj);
        // Only bank debits reach `processing` here, and they can be canceled until they settle.
        if !matches!(
            st,
            "requires_payment_method" | "requires_capture" | "requires_confirmation" | "requires_action" | "processing"
        ) {
            return Err(unexpected(
                "cancel",
                &intent.obj,
                " Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.",
            ));
        }
        if st == "requires_capture" {
            if let Some(ch) = intent.charge.as_mut() {
                charges::release(ch);
            }
        }
        let o = &mut intent.obj;
        o.insert("status".into(), "canceled".into());
        o.insert("canceled_at".into(), now().into());
        o.insert("cancellation_reason".into(), reason.map(Value::from).unwrap_or(Value::Null));
        o.insert("amount_capturable".into(), 0.into());
        o.insert("next_action".into(), Value::Null);
        Ok(id.to_string())
    }
}
