//! The PaymentIntent resource and the objects it contains, for API version
//! 2023-08-16. Every struct keeps fields it does not know in `extra`, so
//! responses from newer API versions deserialise without loss.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use crate::enums::{
    CancellationReason, CaptureMethod, ConfirmationMethod, SetupFutureUsage, Status,
};

/// Facts about the HTTP exchange that produced an object. Not part of the
/// resource's JSON.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponseMeta {
    pub request_id: Option<String>,
    pub http_status: u16,
    pub idempotency_key: Option<String>,
    /// True when the server answered from its idempotency cache.
    pub idempotent_replayed: bool,
    /// How many HTTP attempts were made (1 = no retry).
    pub attempts: u32,
}

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

/// An expanded related resource (charge, customer, payment method, ...).
/// `id` and `object` are typed; all its other fields are in `fields`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpandedObject {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

impl HasId for ExpandedObject {
    fn object_id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Tip {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AmountDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tip: Option<Tip>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AutomaticPaymentMethods {
    /// `always` or `never`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_redirects: Option<String>,
    pub enabled: bool,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `last_payment_error` object (`api_errors` in the spec).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LastPaymentError {
    #[serde(rename = "type")]
    pub error_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<ExpandedObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_log_url: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RedirectToUrl {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VerifyWithMicrodeposits {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrival_date: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosted_verification_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub microdeposit_type: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `next_action`: what the customer must do next. The action kinds without a
/// typed field here (boleto, konbini, QR codes, ...) are in `extra` under
/// their own key.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NextAction {
    #[serde(rename = "type")]
    pub action_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_to_url: Option<RedirectToUrl>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_with_microdeposits: Option<VerifyWithMicrodeposits>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Processing {
    #[serde(rename = "type")]
    pub processing_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shipping {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransferData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    pub destination: Expandable<ExpandedObject>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A PaymentIntent. Field order and meaning follow the API reference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaymentIntent {
    pub id: String,
    /// Always `payment_intent`.
    #[serde(default = "default_object")]
    pub object: String,
    /// Required in 2023-08-16; optional in newer versions, so 0 when absent.
    #[serde(default)]
    pub amount: i64,
    #[serde(default)]
    pub amount_capturable: Option<i64>,
    #[serde(default)]
    pub amount_details: Option<AmountDetails>,
    #[serde(default)]
    pub amount_received: Option<i64>,
    #[serde(default)]
    pub application: Option<Expandable<ExpandedObject>>,
    #[serde(default)]
    pub application_fee_amount: Option<i64>,
    #[serde(default)]
    pub automatic_payment_methods: Option<AutomaticPaymentMethods>,
    #[serde(default)]
    pub canceled_at: Option<i64>,
    #[serde(default)]
    pub cancellation_reason: Option<CancellationReason>,
    #[serde(default)]
    pub capture_method: Option<CaptureMethod>,
    #[serde(default)]
    pub client_secret: Option<String>,
    #[serde(default)]
    pub confirmation_method: Option<ConfirmationMethod>,
    pub created: i64,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub customer: Option<Expandable<ExpandedObject>>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub invoice: Option<Expandable<ExpandedObject>>,
    #[serde(default)]
    pub last_payment_error: Option<LastPaymentError>,
    #[serde(default)]
    pub latest_charge: Option<Expandable<ExpandedObject>>,
    #[serde(default)]
    pub livemode: bool,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
    #[serde(default)]
    pub next_action: Option<NextAction>,
    #[serde(default)]
    pub on_behalf_of: Option<Expandable<ExpandedObject>>,
    #[serde(default)]
    pub payment_method: Option<Expandable<ExpandedObject>>,
    /// Per-method options; a large, fast-changing tree kept as JSON.
    #[serde(default)]
    pub payment_method_options: Option<Value>,
    #[serde(default)]
    pub payment_method_types: Vec<String>,
    #[serde(default)]
    pub processing: Option<Processing>,
    #[serde(default)]
    pub receipt_email: Option<String>,
    #[serde(default)]
    pub review: Option<Expandable<ExpandedObject>>,
    #[serde(default)]
    pub setup_future_usage: Option<SetupFutureUsage>,
    #[serde(default)]
    pub shipping: Option<Shipping>,
    #[serde(default)]
    pub statement_descriptor: Option<String>,
    #[serde(default)]
    pub statement_descriptor_suffix: Option<String>,
    pub status: Status,
    #[serde(default)]
    pub transfer_data: Option<TransferData>,
    #[serde(default)]
    pub transfer_group: Option<String>,
    /// LeanRails: the merchant the PaymentIntent belongs to (`mer_…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_id: Option<String>,
    /// LeanRails: the charges made for this PaymentIntent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charges: Option<List<Charge>>,
    /// Fields this version of the library does not model.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
    /// The HTTP exchange that returned this object (`None` for nested copies).
    #[serde(skip)]
    pub last_response: Option<ResponseMeta>,
}

fn default_object() -> String {
    "payment_intent".to_string()
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

/// A charge, as listed in a LeanRails PaymentIntent's `charges`. Every field
/// is optional: LeanRails may send an empty object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Charge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_captured: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_refunded: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captured: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunded: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `succeeded`, `pending` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<Expandable<ExpandedObject>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl HasId for Charge {
    fn object_id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

/// One page of a list (`object: "list"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct List<T> {
    #[serde(default)]
    pub object: String,
    pub data: Vec<T>,
    #[serde(default)]
    pub has_more: bool,
    /// Absent in LeanRails lists; empty then.
    #[serde(default)]
    pub url: String,
    #[serde(skip)]
    pub last_response: Option<ResponseMeta>,
}

/// One page of search results (`object: "search_result"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchResult<T> {
    #[serde(default)]
    pub object: String,
    pub data: Vec<T>,
    #[serde(default)]
    pub has_more: bool,
    #[serde(default)]
    pub next_page: Option<String>,
    #[serde(default)]
    pub total_count: Option<u64>,
    #[serde(default)]
    pub url: String,
    #[serde(skip)]
    pub last_response: Option<ResponseMeta>,
}

/// Objects that remember the response they came from.
pub(crate) trait WithMeta {
    fn set_meta(&mut self, meta: ResponseMeta);
}

impl WithMeta for PaymentIntent {
    fn set_meta(&mut self, meta: ResponseMeta) {
        self.last_response = Some(meta);
    }
}

impl<T> WithMeta for List<T> {
    fn set_meta(&mut self, meta: ResponseMeta) {
        self.last_response = Some(meta);
    }
}

impl<T> WithMeta for SearchResult<T> {
    fn set_meta(&mut self, meta: ResponseMeta) {
        self.last_response = Some(meta);
    }
}
