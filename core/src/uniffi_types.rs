//! How the core's types that uniffi cannot derive cross to Swift and Kotlin
//! (feature `uniffi`): raw JSON as text (`Value`, `RawJson`), metadata maps,
//! expandable fields and the charge list of a LeanRails PaymentIntent.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use crate::list::List;
use crate::meta::ResponseHeaders;
use crate::model::{Charge, Expandable, ExpandedObject};
use crate::raw_json::RawJson;

/// Any JSON value, as JSON text in Swift and Kotlin.
pub type JsonValue = Value;
/// A JSON object (unmodelled fields, `extra`), as JSON text in Swift and Kotlin.
pub type JsonObject = Map<String, Value>;
/// String-to-string metadata, ordered by key in Rust.
pub type Metadata = BTreeMap<String, String>;
/// A field holding an object id, or the object itself when expanded.
pub type ExpandableObject = Expandable<ExpandedObject>;
/// A list of charges (LeanRails `charges`).
pub type ChargeList = List<Charge>;

/// JSON text from Swift or Kotlin; text that is not JSON is an
/// `InvalidArgumentError` (uniffi hands an error of the function's own type
/// back to the caller as that type).
fn json_text<T: serde::de::DeserializeOwned>(text: &str) -> uniffi::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        let err = crate::Error::invalid_argument("json", format!("a JSON-valued field is not valid JSON: {e}"));
        crate::uniffi_error::PayIntentError::from(err).into()
    })
}

uniffi::custom_type!(JsonValue, String, {
    remote,
    lower: |v| v.to_string(),
    try_lift: |s| json_text(&s),
});

// A field the model keeps as JSON text: the text as received, no parse.
uniffi::custom_type!(RawJson, String, {
    lower: |r| r.into_string(),
    try_lift: |s| json_text(&s),
});

uniffi::custom_type!(JsonObject, String, {
    remote,
    lower: |m| Value::Object(m).to_string(),
    // An empty text (a default left unset) is an empty object.
    try_lift: |s| if s.trim().is_empty() { Ok(Map::new()) } else { json_text(&s) },
});

uniffi::custom_type!(Metadata, HashMap<String, String>, {
    remote,
    lower: |m| m.into_iter().collect(),
    try_lift: |m| Ok(m.into_iter().collect()),
});

/// An expandable field as Swift and Kotlin see it.
#[derive(uniffi::Enum)]
pub enum Expansion {
    /// Not expanded: the object's id.
    Id(String),
    /// Expanded: the object, its id and type typed, the rest as JSON.
    Object(ExpandedObject),
}

uniffi::custom_type!(ExpandableObject, Expansion, {
    remote,
    lower: |e| match e {
        Expandable::Id(id) => Expansion::Id(id),
        Expandable::Object(o) => Expansion::Object(*o),
    },
    try_lift: |e| Ok(match e {
        Expansion::Id(id) => Expandable::Id(id),
        Expansion::Object(o) => Expandable::Object(Box::new(o)),
    }),
});

/// One page of charges as Swift and Kotlin see it.
#[derive(uniffi::Record)]
pub struct ChargePage {
    /// The charges that could be read.
    pub data: Vec<Charge>,
    /// Whether there are more charges after this page.
    pub has_more: bool,
    /// Empty when the API sent none.
    pub url: String,
    /// Items that could not be read as a charge, as JSON.
    pub unreadable: Vec<JsonValue>,
    /// Keys of the list this version does not model.
    pub extra: JsonObject,
}

uniffi::custom_type!(ChargeList, ChargePage, {
    remote,
    lower: |l| ChargePage { data: l.data, has_more: l.has_more, url: l.url, unreadable: l.unreadable, extra: l.extra },
    try_lift: |p| Ok(List {
        object: "list".to_string(),
        data: p.data,
        has_more: p.has_more,
        url: p.url,
        unreadable: p.unreadable,
        extra: p.extra,
        last_response: None,
    }),
});

// Response headers as a map in Swift and Kotlin: lower-case names, repeated
// headers joined with ", " (as HTTP allows).
uniffi::custom_type!(ResponseHeaders, HashMap<String, String>, {
    lower: |h| {
        let mut map: HashMap<String, String> = HashMap::new();
        for (n, v) in h.iter() {
            map.entry(n.to_string()).and_modify(|s| { s.push_str(", "); s.push_str(v) }).or_insert_with(|| v.to_string());
        }
        map
    },
    try_lift: |m| Ok(crate::meta::ResponseHeaders::new(m)),
});
