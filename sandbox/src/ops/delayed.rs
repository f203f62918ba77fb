//! Bank debits (`us_bank_account`, `sepa_debit`): a confirmed (or verified)
//! debit waits in `processing`, then settles: it succeeds like any payment,
//! or fails back to `requires_payment_method` with `last_payment_error`.

use serde_json::Value;

use crate::bank_debits::{forced_failure, Delayed};
use crate::methods::Behavior;
use crate::reply::{status, unexpected, R};
use crate::store::{Intent, Store};

use super::outcome::{authorize, fail_payment};

/// The debit was submitted: nothing is received until it settles.
pub fn begin_processing(intent: &mut Intent) {
    let o = &mut intent.obj;
    o.insert("status".into(), "processing".into());
    o.insert("next_action".into(), Value::Null);
    o.insert("last_payment_error".into(), Value::Null);
    o.insert("amount_capturable".into(), 0.into());
}

impl Store {
    /// How the processing debit of intent `id` ends by itself, and its
    /// payment method type. Microdeposit-verified accounts succeed.
    pub fn debit_of(&self, acct: &str, id: &str) -> Option<(Delayed, String)> {
        let intent = self.intents.get(&(acct.to_string(), id.to_string()))?;
        let pm = intent.obj.get("payment_method")?.as_str()?;
        match self.pm_info(pm) {
            (Behavior::Delayed(d), t) => Some((d, t)),
            (Behavior::Microdeposits, t) => Some((Delayed { failure: None, automatic: true }, t)),
            _ => None,
        }
    }

    /// End the processing debit of intent `id`: `Some(true)` succeeds,
    /// `Some(false)` fails, `None` does what its payment method does.
    pub fn settle(&mut self, acct: &str, id: &str, succeed: Option<bool>) -> R<Value> {
        let debit = self.debit_of(acct, id);
        let intent = self.intent(acct, id)?;
        let Some((debit, pm_type)) = debit.filter(|_| status(&intent.obj) == "processing") else {
            return Err(unexpected(
                "settle",
                &intent.obj,
                " Only a PaymentIntent processing a bank debit (us_bank_account, sepa_debit) can be settled.",
            ));
        };
        let failure = match succeed {
            Some(true) => None,
            Some(false) => Some(debit.failure.unwrap_or_else(|| forced_failure(&pm_type))),
            None => debit.failure,
        };
        match failure {
            None => authorize(intent, &pm_type),
            Some(f) => {
                let pm = intent.obj["payment_method"].as_str().unwrap_or("").to_string();
                fail_payment(intent, f.code, None, f.message, &pm, &pm_type, true);
            }
        }
        Ok(Value::Object(intent.obj.clone()))
    }
}
