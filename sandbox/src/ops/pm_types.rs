//! Payment methods must be of a type the intent accepts: on create (with a
//! payment method), update and confirm, a payment method id, a
//! `payment_method_data[type]` or a confirmation token's payment method whose
//! type is not in `payment_method_types` is refused before anything changes.
//! With `automatic_payment_methods[enabled]=true` every type is accepted.

use serde_json::Value;

use crate::methods::PmSource;
use crate::reply::{Reply, R};
use crate::store::Store;

/// Where a request's payment method came from, for the error's `param`.
fn param_of(src: &PmSource, from_token: bool) -> &'static str {
    match src {
        PmSource::Data { .. } => "payment_method_data[type]",
        PmSource::Id(_) if from_token => "confirmation_token",
        PmSource::Id(_) => "payment_method",
    }
}

fn incompatible(pm_type: &str, types: &[String], param: &str) -> Reply {
    Reply::invalid(
        param,
        "payment_intent_incompatible_payment_method",
        &format!(
            "The PaymentMethod provided ({pm_type}) is not allowed for this PaymentIntent. Please attach a PaymentMethod of one of the following types: {}. Alternatively, update the allowed payment_method_types for this PaymentIntent to include \"{pm_type}\"",
            types.join(", ")
        ),
    )
}

impl Store {
    /// The type of the payment method a request names or describes.
    fn source_type(&self, src: &PmSource) -> String {
        match src {
            PmSource::Id(id) => self.pm_info(id).1,
            PmSource::Data { kind, .. } => kind.clone(),
        }
    }

    /// Check a request's payment method against `types` (create).
    pub fn check_pm_type(&self, types: &[String], automatic: bool, src: Option<&PmSource>, from_token: bool) -> R<()> {
        let Some(src) = src else { return Ok(()) };
        let t = self.source_type(src);
        if automatic || types.contains(&t) {
            return Ok(());
        }
        Err(incompatible(&t, types, param_of(src, from_token)))
    }

    /// Check the payment method an update or confirm of intent `id` would
    /// leave it with against the types it would accept. Without a new
    /// payment method, `check_attached` checks the attached one (confirm).
    pub fn check_intent_pm_type(
        &self,
        acct: &str,
        id: &str,
        src: Option<&PmSource>,
        from_token: bool,
        new_types: Option<&[String]>,
        check_attached: bool,
    ) -> R<()> {
        let Some(intent) = self.intents.get(&(acct.to_string(), id.to_string())) else { return Ok(()) };
        let types: Vec<String> = match new_types {
            Some(t) => t.to_vec(),
            None => intent.obj["payment_method_types"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default(),
        };
        let automatic = intent.obj["automatic_payment_methods"]["enabled"] == true;
        match src {
            Some(s) => self.check_pm_type(&types, automatic, Some(s), from_token),
            None if check_attached => match intent.obj["payment_method"].as_str() {
                Some(pm) => self.check_pm_type(&types, automatic, Some(&PmSource::Id(pm.to_string())), false),
                None => Ok(()),
            },
            None => Ok(()),
        }
    }
}
