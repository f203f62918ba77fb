//! Pages of objects: a list (`object: "list"`) and a search result
//! (`object: "search_result"`). Decoding is lenient like every model (see
//! `lenient`), and one unreadable item never fails its page: it is kept,
//! raw, in `unreadable`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::{DataItems, ItemsSeed, Key, LenientItem, Slot, ValueSeed};
use crate::meta::{ResponseMeta, WithMeta};

/// One page of a list. `url` is empty when the API sends none (LeanRails),
/// and is then not written back.
#[derive(Clone, Debug, PartialEq)]
pub struct List<T> {
    /// `list`.
    pub object: String,
    /// The items of this page that could be read.
    pub data: Vec<T>,
    /// Whether more items follow this page.
    pub has_more: bool,
    /// The URL of the list.
    pub url: String,
    /// Items of `data` that could not be read as `T` (for PaymentIntents:
    /// items without a string `id`), as sent. Serialising appends them to
    /// `data`.
    pub unreadable: Vec<Value>,
    /// Keys this version of the library does not model.
    pub extra: Map<String, Value>,
    /// The HTTP exchange that returned this page (`None` for nested lists).
    pub last_response: Option<ResponseMeta>,
}

/// One page of search results.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResult<T> {
    /// `search_result`.
    pub object: String,
    /// The items of this page that could be read.
    pub data: Vec<T>,
    /// Whether more results follow this page.
    pub has_more: bool,
    /// The cursor of the next page, for `SearchParams::page`.
    pub next_page: Option<String>,
    /// How many objects match in all, when the server counts them.
    pub total_count: Option<u64>,
    /// The URL of the search.
    pub url: String,
    /// As in [`List::unreadable`].
    pub unreadable: Vec<Value>,
    /// Keys this version of the library does not model.
    pub extra: Map<String, Value>,
    /// The HTTP exchange that returned this page.
    pub last_response: Option<ResponseMeta>,
}

/// Declares `Deserialize` for a page type: `data` is read item by item in
/// the same pass (see [`ItemsSeed`]), every other listed field leniently, other keys into `extra`.
macro_rules! lenient_page {
    ($page:ident { $($field:ident: $ty:ty),* }) => {
        impl<'de, T: LenientItem> Deserialize<'de> for $page<T> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V<T>(PhantomData<T>);
                impl<'de, T: LenientItem> Visitor<'de> for V<T> {
                    type Value = $page<T>;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str(concat!("a ", stringify!($page), " object"))
                    }
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$page<T>, A::Error> {
                        let mut extra = Map::new();
                        let mut data = Slot::<DataItems<T>>::Absent;
                        $( let mut $field = Slot::<$ty>::Absent; )*
                        while let Some(key) = map.next_key::<Key<'de>>()? {
                            if key.is("data") {
                                data.read_with(ItemsSeed(PhantomData), &mut map, "data", &mut extra, None)?;
                                continue;
                            }
                            $(
                                if key.is(stringify!($field)) {
                                    $field.read(&mut map, stringify!($field), &mut extra, None)?;
                                    continue;
                                }
                            )*
                            extra.insert(key.into_string()?, map.next_value_seed(ValueSeed)?);
                        }
                        let DataItems { good, bad } = data.or_default();
                        Ok($page {
                            data: good,
                            unreadable: bad,
                            $( $field: $field.or_default(), )*
                            extra,
                            last_response: None,
                        })
                    }
                }
                d.deserialize_map(V(PhantomData))
            }
        }
    };
}

lenient_page!(List { object: String, has_more: bool, url: String });
lenient_page!(SearchResult {
    object: String,
    has_more: bool,
    next_page: Option<String>,
    total_count: Option<u64>,
    url: String
});

/// `data` followed by the unreadable items, as one JSON array.
struct Items<'a, T>(&'a [T], &'a [Value]);

impl<T: Serialize> Serialize for Items<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.len() + self.1.len()))?;
        for item in self.0 {
            seq.serialize_element(item)?;
        }
        for item in self.1 {
            seq.serialize_element(item)?;
        }
        seq.end()
    }
}

/// Write `key: value` unless `extra` holds the raw value of that key.
fn entry<M: SerializeMap, V: Serialize + ?Sized>(
    map: &mut M,
    extra: &Map<String, Value>,
    key: &str,
    value: &V,
) -> Result<(), M::Error> {
    if extra.contains_key(key) {
        return Ok(());
    }
    map.serialize_entry(key, value)
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        entry(&mut map, &self.extra, "object", &self.object)?;
        entry(&mut map, &self.extra, "data", &Items(&self.data, &self.unreadable))?;
        entry(&mut map, &self.extra, "has_more", &self.has_more)?;
        if !self.url.is_empty() {
            entry(&mut map, &self.extra, "url", &self.url)?;
        }
        for (k, v) in &self.extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<T: Serialize> Serialize for SearchResult<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        entry(&mut map, &self.extra, "object", &self.object)?;
        entry(&mut map, &self.extra, "data", &Items(&self.data, &self.unreadable))?;
        entry(&mut map, &self.extra, "has_more", &self.has_more)?;
        entry(&mut map, &self.extra, "next_page", &self.next_page)?;
        entry(&mut map, &self.extra, "total_count", &self.total_count)?;
        entry(&mut map, &self.extra, "url", &self.url)?;
        for (k, v) in &self.extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::event::Event;
    use crate::model::{Charge, PaymentIntent};

    const FIXTURES: [&str; 4] = [
        include_str!("../../tests/fixtures/payment_intent_succeeded.json"),
        include_str!("../../tests/fixtures/payment_intent_canceled.json"),
        include_str!("../../tests/fixtures/payment_intent_captured.json"),
        include_str!("../../tests/fixtures/payment_intent_future_api.json"),
    ];

    /// Items that cannot be PaymentIntents: the fixtures without a usable
    /// `id`, damaged in ways that fill every kind of slot, and non-objects.
    /// (A nested model object comes back through its own `Serialize`, which
    /// writes fields the sender may have left out, and a nested list's
    /// unreadable items after its readable ones; those are not here.)
    fn bad_items() -> Vec<Value> {
        let mut items = Vec::new();
        for text in FIXTURES {
            let pi: Value = serde_json::from_str(text).unwrap();
            for id in [None, Some(json!(5)), Some(Value::Null), Some(json!({"id": "pi_1"}))] {
                let mut v = pi.clone();
                match &id {
                    None => v.as_object_mut().unwrap().remove("id"),
                    Some(id) => v.as_object_mut().unwrap().insert("id".into(), id.clone()),
                };
                items.push(v.clone());
                v["amount"] = json!("12");
                v["status"] = json!("some_new_status");
                v["shipping"] = json!({"name": "Jenny", "address": "1 Main St"});
                v["amount_details"] = json!({"tip": {}});
                v["metadata"] = json!({"a": "b", "n": 1});
                v["payment_method_types"] = json!(["card", 7]);
                v["livemode"] = Value::Null;
                v["latest_charge"] = json!({"id": "ch_1", "object": "charge"});
                v["next_action"] = json!({"type": 7, "redirect_to_url": {"url": "https://x"}});
                v["created"] = json!(1.5);
                v["not_modelled"] = json!([{"x": null}]);
                items.push(v);
            }
        }
        items.extend([json!(5), json!("pi_1"), Value::Null, json!(true), json!([{"id": "pi_1"}]), json!({})]);
        items
    }

    #[test]
    fn unreadable_items_are_kept_as_sent() {
        let bad = bad_items();
        let good: Vec<Value> = FIXTURES.iter().map(|t| serde_json::from_str(t).unwrap()).collect();
        let data: Vec<Value> = bad.iter().chain(&good).cloned().collect();
        let page = json!({"object": "list", "data": data, "has_more": false, "url": "/v1/payment_intents"});
        let text = page.to_string();
        let list: List<PaymentIntent> = serde_json::from_str(&text).unwrap();
        let search: SearchResult<PaymentIntent> = serde_json::from_str(&text).unwrap();
        let from_value: List<PaymentIntent> = serde_json::from_value(page).unwrap();
        for (unreadable, data) in [(&list.unreadable, &list.data), (&search.unreadable, &search.data)] {
            assert_eq!(unreadable.len(), bad.len());
            for (kept, sent) in unreadable.iter().zip(&bad) {
                assert_eq!(kept, sent);
            }
            assert_eq!(data.len(), good.len());
            for (pi, sent) in data.iter().zip(&good) {
                assert_eq!(pi, &serde_json::from_value::<PaymentIntent>(sent.clone()).unwrap());
            }
        }
        assert_eq!(from_value, list);
    }

    #[test]
    fn a_repeated_key_counts_once_in_an_unreadable_item() {
        let text = r#"{"data": [{"amount": 1, "amount": "x", "metadata": {"a": "b"}, "metadata": 5,
            "shipping": {"name": "J"}, "shipping": null, "status": [1], "status": "succeeded", "id": 1}]}"#;
        let list: List<PaymentIntent> = serde_json::from_str(text).unwrap();
        let sent = json!({"amount": "x", "metadata": 5, "shipping": null, "status": "succeeded", "id": 1});
        assert_eq!(list.unreadable, [sent]);
    }

    #[test]
    fn charges_and_events_are_read_the_same_way() {
        // A Charge has no required field: only a non-object fails.
        let charge = json!({"object": "charge", "amount": 100, "paid": true, "billing_details": {"name": null}});
        let list: List<Charge> = serde_json::from_value(json!({"data": [charge.clone(), 3, [charge]]})).unwrap();
        assert_eq!((list.data.len(), list.unreadable.len()), (1, 2));
        assert_eq!(list.data[0].amount, Some(100));
        let event = json!({"object": "event", "type": "payment_intent.created", "created": 1,
            "data": {"object": {"object": "payment_intent", "amount": 5}}, "request": {"id": null}});
        let list: List<Event> = serde_json::from_value(json!({"data": [event.clone()]})).unwrap();
        assert_eq!(list.unreadable, [event]);
    }

    #[test]
    fn malformed_json_still_fails_the_page() {
        for text in [r#"{"data": [{"id": "pi_1",}]}"#, r#"{"data": [{"amount": 1 "id": "x"}]}"#, r#"{"data": [1,]}"#] {
            assert!(serde_json::from_str::<List<PaymentIntent>>(text).is_err(), "{text}");
        }
    }
}
