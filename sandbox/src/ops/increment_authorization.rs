//! `POST /v1/payment_intents/{id}/increment_authorization`: raise the amount
//! of an authorised, uncaptured intent.

use crate::reply::{missing_param, status, unexpected, Reply, R};
use crate::store::Store;
use crate::wire::{as_int, Params};

use super::charges;
use super::fields::{
    amount, apply_metadata, merge_transfer_data, metadata_fits, set_opt, transfer_data, transfer_data_fits,
};

impl Store {
    pub fn increment(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let new_amount = amount(p, "amount")?.ok_or_else(|| missing_param("amount"))?;
        let desc = p.string_max("description", 1000)?;
        let sd = p.string_max("statement_descriptor", 22)?;
        let fee = p.non_negative("application_fee_amount")?;
        let metadata = p.metadata("metadata")?;
        let transfer = transfer_data(p, false)?;
        let intent = self.intent(acct, id)?;
        if status(&intent.obj) != "requires_capture" {
            return Err(unexpected(
                "increment the authorization of",
                &intent.obj,
                " Only a PaymentIntent with status requires_capture can have its authorization incremented.",
            ));
        }
        metadata_fits(&intent.obj, metadata.as_ref())?;
        transfer_data_fits(&intent.obj, transfer.as_ref())?;
        let current = as_int(&intent.obj["amount"]).unwrap_or(0);
        if new_amount <= current {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("parameter_invalid_integer"),
                &format!("The new amount ({new_amount}) must be greater than the current amount ({current})."),
                Some("amount"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        let received = as_int(&intent.obj["amount_received"]).unwrap_or(0);
        let o = &mut intent.obj;
        o.insert("amount".into(), new_amount.into());
        o.insert("amount_capturable".into(), (new_amount - received).into());
        set_opt(o, "description", desc.map(Some));
        set_opt(o, "statement_descriptor", sd.map(Some));
        if let Some(f) = fee {
            o.insert("application_fee_amount".into(), f.into());
        }
        merge_transfer_data(o, transfer);
        apply_metadata(o, metadata);
        if let Some(ch) = intent.charge.as_mut() {
            charges::set_amount(ch, new_amount);
        }
        Ok(id.to_string())
    }
}
