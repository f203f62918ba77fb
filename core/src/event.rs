//! Webhook events (`object: "event"`), read as leniently as every model:
//! `data.object` is a typed `PaymentIntent` for `payment_intent.*` events and
//! raw JSON for any other object, so an unknown event type never fails.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::lenient::lenient_object;
use crate::meta::{ResponseMeta, WithMeta};
use crate::model::PaymentIntent;

fn event_object() -> String {
    "event".to_string()
}

/// The object an event is about.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum EventObject {
    /// A PaymentIntent (every `payment_intent.*` event). Swift and Kotlin
    /// call this case `Intent`, since `PaymentIntent` names the type there.
    #[cfg_attr(feature = "uniffi", uniffi(name = "Intent"))]
    PaymentIntent(Box<PaymentIntent>),
    /// Any other object, as sent.
    Other(Value),
}

impl Default for EventObject {
    fn default() -> Self {
        EventObject::Other(Value::Null)
    }
}

impl EventObject {
    /// The PaymentIntent, if the event is about one.
    pub fn payment_intent(&self) -> Option<&PaymentIntent> {
        match self {
            EventObject::PaymentIntent(pi) => Some(pi),
            EventObject::Other(_) => None,
        }
    }
}

impl<'de> Deserialize<'de> for EventObject {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        if value.get("object").and_then(Value::as_str) == Some("payment_intent") {
            if let Ok(pi) = PaymentIntent::deserialize(&value) {
                return Ok(EventObject::PaymentIntent(Box::new(pi)));
            }
        }
        Ok(EventObject::Other(value))
    }
}

impl Serialize for EventObject {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            EventObject::PaymentIntent(pi) => pi.serialize(s),
            EventObject::Other(v) => v.serialize(s),
        }
    }
}

lenient_object! {
    /// `data`: the object as it is after the change, and the changed
    /// fields' values before it.
    #[derive(Clone, Default, PartialEq)]
    pub struct EventData {
        /// The object, as it is after the event.
        pub object: EventObject => or_default,
        /// The values the changed fields had before (update events).
        pub previous_attributes: Option<Value> => opt,
    }
    /// Fields this version does not model.
    extra extra;
}

lenient_object! {
    /// `request`: the API request that caused the event, if one did.
    #[derive(Clone, Default, PartialEq)]
    pub struct EventRequest {
        /// Its `Request-Id`; `None` for events caused by time or by Stripe.
        pub id: Option<String> => nullable,
        /// The idempotency key it was sent with.
        pub idempotency_key: Option<String> => nullable,
    }
    /// Fields this version does not model.
    extra extra;
}

lenient_object! {
    /// A webhook event. Only `id` is required; handle each `id` once, since
    /// a delivery may repeat.
    #[derive(Clone, PartialEq)]
    pub struct Event {
        /// `evt_...`; the same on every delivery of this event.
        pub id: String => required,
        /// Always `event`.
        pub object: String => or_else(event_object),
        /// The API version the object is rendered in.
        pub api_version: Option<String> => nullable,
        /// When the event happened, in Unix seconds.
        pub created: i64 => or_default,
        /// The object and its previous values.
        pub data: EventData => or_default,
        /// `false` in test mode.
        pub livemode: bool => or_default,
        /// Deliveries of this event not yet acknowledged.
        pub pending_webhooks: i64 => or_default,
        /// The request that caused the event.
        pub request: Option<EventRequest> => nullable,
        /// The event type, e.g. `payment_intent.succeeded`.
        pub event_type: String => or_default as "type",
    }
    /// Fields this version does not model.
    extra extra;
    /// The HTTP exchange that returned this event (`None` for a webhook delivery).
    skip last_response: Option<ResponseMeta>;
}

impl WithMeta for Event {
    fn set_meta(&mut self, meta: ResponseMeta) {
        self.last_response = Some(meta);
    }
}

impl Event {
    /// The PaymentIntent the event is about, if it is about one.
    pub fn payment_intent(&self) -> Option<&PaymentIntent> {
        self.data.object.payment_intent()
    }

    /// The JSON form of the event, as sent.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}
