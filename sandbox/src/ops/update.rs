//! `POST /v1/payment_intents/{id}`: change fields, within what the intent's
//! status allows; a new amount or payment method needs a new confirmation.

use serde_json::{json, Value};

use crate::methods::pm_source;
use crate::reply::{status, unexpected, R};
use crate::store::Store;
use crate::wire::{as_int, Params};

use super::fields::{
    self, amount, apply_metadata, at_least_minimum, currency, merge_options, merge_transfer_data, metadata_fits,
    options_of, set_opt, sfu, shipping, transfer_data, transfer_data_fits, CAPTURE_METHODS,
};

impl Store {
    pub fn update(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let new_amount = amount(p, "amount")?;
        let new_currency = currency(p, "currency")?;
        let capture_method = p.one_of("capture_method", &CAPTURE_METHODS)?;
        let customer = p.clearable("customer", 5000)?;
        let description = p.clearable("description", 1000)?;
        let metadata = p.metadata("metadata")?;
        let pm = pm_source(p)?;
        let options = p.object("payment_method_options")?;
        let types = fields::payment_method_types(p)?;
        let receipt_email = p.clearable("receipt_email", 800)?;
        let setup_future_usage = sfu(p)?;
        let ship = shipping(p)?;
        let sd = p.clearable("statement_descriptor", 22)?;
        let sds = p.clearable("statement_descriptor_suffix", 22)?;
        let transfer = transfer_data(p, false)?;
        let transfer_group = p.clearable("transfer_group", 5000)?;
        let fee = if p.is_unset("application_fee_amount") {
            Some(None)
        } else {
            p.non_negative("application_fee_amount")?.map(Some)
        };

        let intent = self.intent(acct, id)?;
        let st = status(&intent.obj).to_string();
        let given: Vec<&String> = p.map.keys().filter(|k| *k != "expand").collect();
        if st == "canceled" {
            if let Some(k) = given.iter().find(|k| k.as_str() != "metadata") {
                return Err(unexpected(
                    "update",
                    &intent.obj,
                    " Only metadata can be updated on a canceled PaymentIntent.",
                )
                .with("param", (*k).clone().into()));
            }
        } else if !matches!(st.as_str(), "requires_payment_method" | "requires_confirmation" | "requires_action") {
            const MONEY: [&str; 11] = [
                "amount",
                "currency",
                "capture_method",
                "customer",
                "payment_method",
                "payment_method_data",
                "payment_method_options",
                "payment_method_types",
                "setup_future_usage",
                "application_fee_amount",
                "transfer_data",
            ];
            if let Some(k) = given.iter().find(|k| MONEY.contains(&k.as_str())) {
                return Err(unexpected(
                    "update",
                    &intent.obj,
                    &format!(" {k} can only be updated while the status is requires_payment_method, requires_confirmation or requires_action."),
                )
                .with("param", (*k).clone().into()));
            }
        }
        if new_amount.is_some() || new_currency.is_some() {
            let a = new_amount.or_else(|| as_int(&intent.obj["amount"])).unwrap_or(0);
            let c = new_currency.clone().unwrap_or_else(|| intent.obj["currency"].as_str().unwrap_or("").to_string());
            at_least_minimum(a, &c)?;
        }
        metadata_fits(&intent.obj, metadata.as_ref())?;
        transfer_data_fits(&intent.obj, transfer.as_ref())?;
        self.check_intent_pm_type(acct, id, pm.as_ref(), false, types.as_deref(), false)?;
        let pm_id = pm.map(|s| self.resolve_pm(s));
        let intent = self.intent(acct, id)?;
        let o = &mut intent.obj;
        let mut reset = false;
        if let Some(a) = new_amount {
            reset |= o["amount"] != a;
            o.insert("amount".into(), a.into());
        }
        if let Some(c) = new_currency {
            reset |= o["currency"] != c.as_str();
            o.insert("currency".into(), c.into());
        }
        if let Some(c) = capture_method {
            o.insert("capture_method".into(), c.into());
        }
        if let Some(pm) = pm_id {
            reset = true;
            o.insert("payment_method".into(), pm.into());
            intent.authenticated = false;
        }
        if let Some(t) = types {
            o.insert("payment_method_types".into(), json!(t));
        }
        if let Some(add) = options {
            merge_options(options_of(o), add);
        }
        set_opt(o, "customer", customer);
        set_opt(o, "description", description);
        set_opt(o, "receipt_email", receipt_email);
        set_opt(o, "setup_future_usage", setup_future_usage);
        set_opt(o, "statement_descriptor", sd);
        set_opt(o, "statement_descriptor_suffix", sds);
        set_opt(o, "transfer_group", transfer_group);
        if let Some(s) = ship {
            o.insert("shipping".into(), s);
        }
        if let Some(f) = fee {
            o.insert("application_fee_amount".into(), f.map(Value::from).unwrap_or(Value::Null));
        }
        merge_transfer_data(o, transfer);
        apply_metadata(o, metadata);
        // Any successful update clears the previous payment error.
        o.insert("last_payment_error".into(), Value::Null);
        // A changed amount or payment method needs a fresh confirmation.
        if reset && matches!(st.as_str(), "requires_payment_method" | "requires_confirmation" | "requires_action") {
            let has_pm = o["payment_method"].is_string();
            o.insert("status".into(), if has_pm { "requires_confirmation" } else { "requires_payment_method" }.into());
            o.insert("next_action".into(), Value::Null);
        }
        Ok(id.to_string())
    }
}
