//! `POST /v1/payment_intents/{id}/verify_microdeposits`: check the amounts or
//! descriptor code of a bank account's microdeposits.

use crate::reply::{secret_mismatch, unexpected, Reply, R};
use crate::store::Store;
use crate::wire::Params;

use super::delayed::begin_processing;

impl Store {
    pub fn verify(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let amounts = p.ints("amounts")?;
        let code = p.string("descriptor_code")?;
        let cs = p.string("client_secret")?;
        match (&amounts, &code) {
            (None, None) => {
                return Err(Reply::invalid(
                    "amounts",
                    "parameter_missing",
                    "Provide either amounts or descriptor_code.",
                ))
            }
            (Some(_), Some(_)) => {
                return Err(Reply::invalid(
                    "descriptor_code",
                    "parameter_invalid_string",
                    "Provide either amounts or descriptor_code, not both.",
                ))
            }
            (Some(a), None) if a.len() != 2 => {
                return Err(Reply::invalid(
                    "amounts",
                    "parameter_invalid_array",
                    "amounts must hold exactly two integers.",
                ))
            }
            _ => {}
        }
        let intent = self.intent(acct, id)?;
        if cs.is_some_and(|cs| intent.obj["client_secret"].as_str() != Some(cs.as_str())) {
            return Err(secret_mismatch());
        }
        if intent.obj["next_action"]["type"] != "verify_with_microdeposits" {
            return Err(unexpected(
                "verify microdeposits on",
                &intent.obj,
                " It is not waiting for microdeposit verification.",
            ));
        }
        let ok = match (&amounts, &code) {
            (Some(a), _) => a.as_slice() == [32, 45],
            (_, Some(c)) => c == "SM11AA",
            _ => false,
        };
        if !ok {
            let (code, param, msg) = if amounts.is_some() {
                (
                    "payment_method_microdeposit_verification_amounts_mismatch",
                    "amounts",
                    "The amounts provided do not match the amounts that were sent to the bank account.",
                )
            } else {
                (
                    "payment_method_microdeposit_verification_descriptor_code_mismatch",
                    "descriptor_code",
                    "The descriptor code provided does not match the one sent to the bank account.",
                )
            };
            return Err(Reply::error(400, "invalid_request_error", Some(code), msg, Some(param))
                .with_intent(&intent.obj)
                .executed());
        }
        // Verified: the debit is submitted and settles later.
        begin_processing(intent);
        Ok(id.to_string())
    }
}
