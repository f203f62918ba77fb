//! The PaymentIntent resource and the objects it contains, for API version
//! 2023-08-16 (plus LeanRails' `merchant_id` and `charges`).
//!
//! Decoding never makes an object unreadable: every struct keeps fields it
//! does not know in `extra`; a field that is `null` reads like an absent one;
//! a field whose value has an unexpected shape (a string where an object
//! belongs, an object missing a required part, ...) reads as absent and its
//! raw JSON is kept in the `extra` map of the object that holds it, under its
//! own key, so `to_json` gives it back unchanged. Only a PaymentIntent's `id`
//! is required. See `lenient_object!` for the rules per field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use crate::enums::{
    CancellationReason, CaptureMethod, ConfirmationMethod, SetupFutureUsage, Status,
};
pub use crate::list::{List, SearchResult};
pub use crate::meta::ResponseMeta;

use crate::lenient::lenient_object;
use crate::meta::WithMeta;

/// A field that holds either an object id or, when expanded, the object itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Expandable<T> {
    Id(String),
    Object(Box<T>),
}

impl<T: HasId> Expandable<T> {
    /// The id, whether or not the field was expanded.
    pub fn id(&self) -> Option<&str> {
        match self {
            Expandable::Id(id) => Some(id),
            Expandable::Object(o) => o.object_id(),
        }
    }

    pub fn as_object(&self) -> Option<&T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(o) => Some(o),
        }
    }

    pub fn is_expanded(&self) -> bool {
        matches!(self, Expandable::Object(_))
    }
}

/// Objects that carry an id.
pub trait HasId {
    fn object_id(&self) -> Option<&str>;
}

lenient_object! {
    /// An expanded related resource (charge, customer, payment method, ...).
    /// `id` and `object` are typed; all its other fields are in `fields`.
    #[derive(Clone, Default, PartialEq)]
    pub struct ExpandedObject {
        pub id: Option<String> => opt,
        pub object: Option<String> => opt,
    }
    extra fields;
}

impl HasId for ExpandedObject {
    fn object_id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

lenient_object! {
    #[derive(Clone, Default, PartialEq)]
    pub struct Tip {
        pub amount: Option<i64> => opt,
    }
    extra extra;
}

lenient_object! {
    #[derive(Clone, Default, PartialEq)]
    pub struct AmountDetails {
        pub tip: Option<Tip> => opt,
    }
    extra extra;
}

lenient_object! {
    #[derive(Clone, Default, PartialEq)]
    pub struct AutomaticPaymentMethods {
        /// `always` or `never`.
        pub allow_redirects: Option<String> => opt,
        /// `false` when absent.
        pub enabled: bool => or_default,
    }
    extra extra;
}

lenient_object! {
    /// The `last_payment_error` object (`api_errors` in the spec).
    #[derive(Clone, Default, PartialEq)]
    pub struct LastPaymentError {
        /// The error's `type`; empty when the API sent none.
        pub error_type: String => or_default as "type",
        pub charge: Option<String> => opt,
        pub code: Option<String> => opt,
        pub decline_code: Option<String> => opt,
        pub doc_url: Option<String> => opt,
        pub message: Option<String> => opt,
        pub param: Option<String> => opt,
        pub payment_method: Option<ExpandedObject> => opt,
        pub payment_method_type: Option<String> => opt,
        pub request_log_url: Option<String> => opt,
    }
    extra extra;
}

lenient_object! {
    #[derive(Clone, Default, PartialEq)]
    pub struct RedirectToUrl {
        pub return_url: Option<String> => opt,
        pub url: Option<String> => opt,
    }
    extra extra;
}

lenient_object! {
    #[derive(Clone, Default, PartialEq)]
    pub struct VerifyWithMicrodeposits {
        pub arrival_date: Option<i64> => opt,
        pub hosted_verification_url: Option<String> => opt,
        pub microdeposit_type: Option<String> => opt,
    }
    extra extra;
}

lenient_object! {
    /// `next_action`: what the customer must do next. The action kinds without
    /// a typed field here (boleto, konbini, QR codes, ...) are in `extra` under
    /// their own key.
    #[derive(Clone, Default, PartialEq)]
    pub struct NextAction {
        /// The action's `type`; empty when the API sent none.
        pub action_type: String => or_default as "type",
        pub redirect_to_url: Option<RedirectToUrl> => opt,
        pub use_stripe_sdk: Option<Value> => opt,
        pub verify_with_microdeposits: Option<VerifyWithMicrodeposits> => opt,
    }
    extra extra;
}

lenient_object! {
    #[derive(Clone, Default, PartialEq)]
    pub struct Processing {
        /// The processing `type`; empty when the API sent none.
        pub processing_type: String => or_default as "type",
        pub card: Option<Value> => opt,
    }
    extra extra;
}

lenient_object! {
    #[derive(Clone, Default, PartialEq)]
    pub struct Address {
        pub city: Option<String> => opt,
        pub country: Option<String> => opt,
        pub line1: Option<String> => opt,
        pub line2: Option<String> => opt,
        pub postal_code: Option<String> => opt,
        pub state: Option<String> => opt,
    }
    extra extra;
}

lenient_object! {
    #[derive(Clone, Default, PartialEq)]
    pub struct Shipping {
        pub address: Option<Address> => opt,
        pub carrier: Option<String> => opt,
        pub name: Option<String> => opt,
        pub phone: Option<String> => opt,
        pub tracking_number: Option<String> => opt,
    }
    extra extra;
}

lenient_object! {
    /// `transfer_data`. Without a readable `destination` the whole object is
    /// kept raw in the PaymentIntent's `extra["transfer_data"]`.
    #[derive(Clone, PartialEq)]
    pub struct TransferData {
        pub amount: Option<i64> => opt,
        pub destination: Expandable<ExpandedObject> => required,
    }
    extra extra;
}

lenient_object! {
    /// A charge, as listed in a LeanRails PaymentIntent's `charges`. Every
    /// field is optional: LeanRails may send an empty object.
    #[derive(Clone, Default, PartialEq)]
    pub struct Charge {
        pub id: Option<String> => opt,
        pub object: Option<String> => opt,
        pub amount: Option<i64> => opt,
        pub amount_captured: Option<i64> => opt,
        pub amount_refunded: Option<i64> => opt,
        pub captured: Option<bool> => opt,
        pub refunded: Option<bool> => opt,
        pub currency: Option<String> => opt,
        /// `succeeded`, `pending` or `failed`.
        pub status: Option<String> => opt,
        pub paid: Option<bool> => opt,
        pub payment_intent: Option<String> => opt,
        pub payment_method: Option<String> => opt,
        pub balance_transaction: Option<Expandable<ExpandedObject>> => opt,
        pub failure_code: Option<String> => opt,
        pub failure_message: Option<String> => opt,
        pub created: Option<i64> => opt,
        /// Empty when absent (and then not written back).
        pub metadata: BTreeMap<String, String> => or_empty,
    }
    extra extra;
}

impl HasId for Charge {
    fn object_id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

fn default_object() -> String {
    "payment_intent".to_string()
}

/// The status of an object that came without a readable one: `Unknown("")`.
fn unknown_status() -> Status {
    Status::Unknown(String::new())
}

lenient_object! {
    /// A PaymentIntent. Field order and meaning follow the API reference.
    /// `Debug` shows only the PaymentIntent-id part of `client_secret`.
    #[derive(Clone, PartialEq)]
    pub struct PaymentIntent {
        /// The only field an object cannot do without.
        pub id: String => required,
        /// Always `payment_intent`.
        pub object: String => or_else(default_object),
        /// Required in 2023-08-16; optional in newer versions, so 0 when absent.
        pub amount: i64 => or_default,
        pub amount_capturable: Option<i64> => nullable,
        pub amount_details: Option<AmountDetails> => nullable,
        pub amount_received: Option<i64> => nullable,
        pub application: Option<Expandable<ExpandedObject>> => nullable,
        pub application_fee_amount: Option<i64> => nullable,
        pub automatic_payment_methods: Option<AutomaticPaymentMethods> => nullable,
        pub canceled_at: Option<i64> => nullable,
        pub cancellation_reason: Option<CancellationReason> => nullable,
        pub capture_method: Option<CaptureMethod> => nullable,
        pub client_secret: Option<String> => nullable [secret],
        pub confirmation_method: Option<ConfirmationMethod> => nullable,
        /// 0 when absent.
        pub created: i64 => or_default,
        pub currency: Option<String> => nullable,
        pub customer: Option<Expandable<ExpandedObject>> => nullable,
        pub description: Option<String> => nullable,
        pub invoice: Option<Expandable<ExpandedObject>> => nullable,
        pub last_payment_error: Option<LastPaymentError> => nullable,
        pub latest_charge: Option<Expandable<ExpandedObject>> => nullable,
        /// `false` when absent.
        pub livemode: bool => or_default,
        /// Empty when absent.
        pub metadata: BTreeMap<String, String> => or_default,
        pub next_action: Option<NextAction> => nullable,
        pub on_behalf_of: Option<Expandable<ExpandedObject>> => nullable,
        pub payment_method: Option<Expandable<ExpandedObject>> => nullable,
        /// Per-method options; a large, fast-changing tree kept as JSON.
        pub payment_method_options: Option<Value> => nullable,
        /// Empty when absent.
        pub payment_method_types: Vec<String> => or_default,
        pub processing: Option<Processing> => nullable,
        pub receipt_email: Option<String> => nullable,
        pub review: Option<Expandable<ExpandedObject>> => nullable,
        pub setup_future_usage: Option<SetupFutureUsage> => nullable,
        pub shipping: Option<Shipping> => nullable,
        pub statement_descriptor: Option<String> => nullable,
        pub statement_descriptor_suffix: Option<String> => nullable,
        /// `Status::Unknown("")` when absent or unreadable.
        pub status: Status => or_else(unknown_status),
        pub transfer_data: Option<TransferData> => nullable,
        pub transfer_group: Option<String> => nullable,
        /// LeanRails: the merchant the PaymentIntent belongs to (`mer_…`).
        pub merchant_id: Option<String> => opt,
        /// LeanRails: the charges made for this PaymentIntent.
        pub charges: Option<List<Charge>> => opt,
    }
    /// Fields this version of the library does not model, and the raw value
    /// of every modelled field that could not be read.
    extra extra;
    /// The HTTP exchange that returned this object (`None` for nested copies).
    skip last_response: Option<ResponseMeta>;
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
