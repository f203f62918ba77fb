//! Fields that hold a related object's id or, when expanded, the object
//! itself: `Expandable`, the `HasId` trait, and `ExpandedObject`, the generic
//! form of an expanded resource.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::lenient::lenient_object;

/// A field that holds either an object id or, when expanded, the object itself.
/// It reads a string as the id and anything else as the object, straight
/// from the input (no buffering as `#[serde(untagged)]` would do).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Expandable<T> {
    /// Not expanded: the related object's id.
    Id(String),
    /// Expanded (`expand[]` named the field): the object.
    Object(Box<T>),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Expandable<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Expandable<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object id or an object")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(Expandable::Id(s.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(Expandable::Id(s))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(|t| Expandable::Object(Box::new(t)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                T::deserialize(SeqAccessDeserializer::new(seq)).map(|t| Expandable::Object(Box::new(t)))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

impl<T: HasId> Expandable<T> {
    /// The id, whether or not the field was expanded.
    pub fn id(&self) -> Option<&str> {
        match self {
            Expandable::Id(id) => Some(id),
            Expandable::Object(o) => o.object_id(),
        }
    }

    /// The object when the field was expanded, `None` when it holds an id.
    pub fn as_object(&self) -> Option<&T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(o) => Some(o),
        }
    }

    /// Whether the field holds the object rather than its id.
    pub fn is_expanded(&self) -> bool {
        matches!(self, Expandable::Object(_))
    }
}

/// Objects that carry an id.
pub trait HasId {
    /// The object's `id`, when it has one.
    fn object_id(&self) -> Option<&str>;
}

lenient_object! {
    /// An expanded related resource (charge, customer, payment method, ...).
    /// `id` and `object` are typed; all its other fields are in `fields`.
    #[derive(Clone, Default, PartialEq)]
    pub struct ExpandedObject {
        /// The resource's id.
        pub id: Option<String> => opt,
        /// The resource's kind (`charge`, `customer`, ...).
        pub object: Option<String> => opt,
    }
    /// Every other field of the resource, as sent.
    extra fields;
}

impl HasId for ExpandedObject {
    fn object_id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}
