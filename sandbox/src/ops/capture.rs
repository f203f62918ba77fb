//! `POST /v1/payment_intents/{id}/capture`: capture all or part of an
//! authorised amount (`final_capture=false` keeps the rest capturable).

use crate::reply::{status, unexpected, Reply, R};
use crate::store::Store;
use crate::wire::{as_int, Params};

use super::charges;
use super::fields::{apply_metadata, merge_transfer_data, metadata_fits, set_opt, transfer_data, transfer_data_fits};

impl Store {
    pub fn capture(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let to_capture = p.positive("amount_to_capture")?;
        let fee = p.non_negative("application_fee_amount")?;
        let final_capture = p.boolean("final_capture")?.unwrap_or(true);
        let metadata = p.metadata("metadata")?;
        let sd = p.string_max("statement_descriptor", 22)?;
        let sds = p.string_max("statement_descriptor_suffix", 22)?;
        let transfer = transfer_data(p, false)?;
        let intent = self.intent(acct, id)?;
        if status(&intent.obj) != "requires_capture" {
            return Err(unexpected(
                "capture",
                &intent.obj,
                " Only a PaymentIntent with status requires_capture can be captured.",
            ));
        }
        metadata_fits(&intent.obj, metadata.as_ref())?;
        transfer_data_fits(&intent.obj, transfer.as_ref())?;
        let capturable = as_int(&intent.obj["amount_capturable"]).unwrap_or(0);
        let amount = to_capture.unwrap_or(capturable);
        if amount > capturable {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("amount_too_large"),
                &format!("The amount to capture ({amount}) is greater than the amount capturable ({capturable})."),
                Some("amount_to_capture"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        let o = &mut intent.obj;
        apply_metadata(o, metadata);
        if let Some(f) = fee {
            o.insert("application_fee_amount".into(), f.into());
        }
        set_opt(o, "statement_descriptor", sd.map(Some));
        set_opt(o, "statement_descriptor_suffix", sds.map(Some));
        merge_transfer_data(o, transfer);
        let received = as_int(&o["amount_received"]).unwrap_or(0) + amount;
        let left = if final_capture { 0 } else { capturable - amount };
        o.insert("amount_received".into(), received.into());
        o.insert("amount_capturable".into(), left.into());
        if left == 0 {
            o.insert("status".into(), "succeeded".into());
        }
        if let Some(ch) = intent.charge.as_mut() {
            charges::capture(ch, received, left == 0);
        }
        Ok(id.to_string())
    }
}
