//! Fields that hold a related object's id or, when expanded, the object
//! itself: `Expandable`, the `HasId` trait, and `ExpandedObject`, the generic
//! form of an expanded resource.

use serde::{Deserialize, Serialize};

use crate::lenient::lenient_object;

/// A field that holds either an object id or, when expanded, the object itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Expandable<T> {
    /// Not expanded: the related object's id.
    Id(String),
    /// Expanded (`expand[]` named the field): the object.
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
