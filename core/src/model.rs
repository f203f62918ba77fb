//! The PaymentIntent resource and the objects it contains, for API version
//! 2023-08-16 (plus LeanRails' `merchant_id` and `charges`).
//!
//! The structs are generated from the API description
//! (`generated/model.rs`); this module adds their behaviour: ids, the JSON
//! form, and the HTTP exchange a PaymentIntent came from.
//!
//! Decoding never makes an object unreadable: every struct keeps fields it
//! does not know in `extra`; a field that is `null` reads like an absent one;
//! a field whose value has an unexpected shape (a string where an object
//! belongs, an object missing a required part, ...) reads as absent and its
//! raw JSON is kept in the `extra` map of the object that holds it, under its
//! own key, so `to_json` gives it back unchanged. Only a PaymentIntent's `id`
//! is required. See `lenient_object!` for the rules per field.

use serde_json::Value;

pub use crate::enums::{
    CancellationReason, CaptureMethod, ConfirmationMethod, SetupFutureUsage, Status,
};
pub use crate::expandable::{Expandable, ExpandedObject, HasId};
pub use crate::generated::model::*;
pub use crate::list::{List, SearchResult};
pub use crate::meta::ResponseMeta;
pub use crate::raw_json::RawJson;

use crate::meta::WithMeta;

impl HasId for Charge {
    fn object_id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

impl HasId for PaymentIntent {
    fn object_id(&self) -> Option<&str> {
        Some(&self.id)
    }
}

impl PaymentIntent {
    /// The JSON form of the object, as the API would send it.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl WithMeta for PaymentIntent {
    fn set_meta(&mut self, meta: ResponseMeta) {
        self.last_response = Some(meta);
    }
}
