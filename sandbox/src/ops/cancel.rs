//! `POST /v1/payment_intents/{id}/cancel`: cancel an unfinished intent,
//! releasing an uncaptured authorisation.

use serde_json::Value;

use crate::reply::{status, unexpected, R};
use crate::store::{now, Store};
use crate::wire::Params;

impl Store {
    pub fn cancel(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let reason =
            p.one_of("cancellation_reason", &["abandoned", "duplicate", "fraudulent", "requested_by_customer"])?;
        let intent = self.intent(acct, id)?;
        let st = status(&intent.obj);
        if !matches!(st, "requires_payment_method" | "requires_capture" | "requires_confirmation" | "requires_action") {
            return Err(unexpected(
                "cancel",
                &intent.obj,
                " Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.",
            ));
        }
        if st == "requires_capture" {
            if let Some(ch) = intent.charge.as_mut() {
                ch["amount_refunded"] = ch["amount"].clone();
                ch["refunded"] = true.into();
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
