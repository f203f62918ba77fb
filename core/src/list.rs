//! Pages of objects: a list (`object: "list"`) and a search result
//! (`object: "search_result"`). Decoding is lenient like every model (see
//! `lenient`), and one unreadable item never fails its page: it is kept,
//! raw, in `unreadable`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::{DataItems, ItemsSeed, Key, Slot};
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

/// Declares `Deserialize` for a page type: `data` is read item by item (see
/// [`ItemsSeed`]), every other listed field leniently, other keys into `extra`.
macro_rules! lenient_page {
    ($page:ident { $($field:ident: $ty:ty),* }) => {
        impl<'de, T: DeserializeOwned> Deserialize<'de> for $page<T> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V<T>(PhantomData<T>);
                impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
                    type Value = $page<T>;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str(concat!("a ", stringify!($page), " object"))
                    }
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$page<T>, A::Error> {
                        let mut extra = Map::new();
                        let mut data = Slot::<DataItems<T>>::Absent;
                        $( let mut $field = Slot::<$ty>::Absent; )*
                        while let Some(key) = map.next_key::<Key<'de>>()? {
                            if key.0 == "data" {
                                data.read_with(ItemsSeed(PhantomData), &mut map, key, &mut extra)?;
                                continue;
                            }
                            $(
                                if key.0 == stringify!($field) {
                                    $field.read(&mut map, key, &mut extra)?;
                                    continue;
                                }
                            )*
                            extra.insert(key.0.into_owned(), map.next_value()?);
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
