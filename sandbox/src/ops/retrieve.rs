//! `GET /v1/payment_intents/{id}`: one intent, optionally checked against its
//! client secret (the publishable-key flow).

use crate::reply::{secret_mismatch, R};
use crate::store::Store;
use crate::wire::Params;

impl Store {
    pub fn retrieve(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let cs = p.string("client_secret")?;
        let intent = self.intent(acct, id)?;
        if cs.is_some_and(|cs| intent.obj["client_secret"].as_str() != Some(cs.as_str())) {
            return Err(secret_mismatch());
        }
        Ok(id.to_string())
    }
}
