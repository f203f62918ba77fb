//! Lenient decoding of API objects: a field that is absent, `null` or of an
//! unexpected shape reads as absent (its default), and in the last case its
//! raw JSON is kept in the object's `extra` map under its own key, where
//! serialising writes it back. Only fields marked `required` (a
//! PaymentIntent's `id`) can fail an object.
//!
//! [`lenient_object!`] declares a model struct and writes its `Deserialize`,
//! `Serialize` and `Debug` impls from one field list.
//!
//! Decoding is one pass over the input, without a `Value` tree of the object:
//! each known key's value goes into a [`Slot`] of its field's type (scalars
//! directly, objects directly for fields marked `[object]`, strings in arrays
//! and objects directly for fields marked `[strings]`, any JSON as its text
//! ([`RawJson`]) for fields marked `[json]`, other objects and arrays
//! through a `Value` that becomes the raw form when the type cannot read
//! it); other keys go to `extra`. A repeated key: the last one counts.
//! A list's items are read the same way, in the same pass ([`ItemsSeed`]);
//! one that cannot be its type (not an object, or without a required field)
//! is rebuilt as sent from what was read ([`LenientItem`]).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::raw_json::RawJson;

/// A key of an object being read, as its bytes, borrowed from the input
/// when it can be. JSON text gives them unchecked: a field's key is matched
/// on them ([`Key::is`]; field names are ASCII, so a match is valid text),
/// and only another key, kept in `extra`, is checked ([`Key::into_string`]),
/// so the keys of known fields are not validated as UTF-8 one by one.
pub(crate) struct Key<'de> {
    bytes: Cow<'de, [u8]>,
    /// Whether `bytes` came as bytes, not yet checked to be text.
    unchecked: bool,
}

impl Key<'_> {
    /// Whether this is the key `wire`.
    pub(crate) fn is(&self, wire: &str) -> bool {
        *self.bytes == *wire.as_bytes()
    }

    /// The key as text; an error if it is not valid UTF-8 or (sent without
    /// escapes) holds a control character, as serde_json reading it as text
    /// would have said.
    pub(crate) fn into_string<E: serde::de::Error>(self) -> Result<String, E> {
        // Sent without escapes (borrowed), a control character is one as
        // sent; with escapes, it may have been written `\u0001`.
        if self.unchecked && matches!(self.bytes, Cow::Borrowed(_)) && self.bytes.iter().any(|&b| b < 0x20) {
            return Err(E::custom("control character (\\u0000-\\u001F) found while parsing a key"));
        }
        String::from_utf8(self.bytes.into_owned()).map_err(|_| E::custom("invalid unicode code point in a key"))
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_bytes<E>(self, b: &'de [u8]) -> Result<Key<'de>, E> {
                Ok(Key { bytes: Cow::Borrowed(b), unchecked: true })
            }
            fn visit_bytes<E>(self, b: &[u8]) -> Result<Key<'de>, E> {
                Ok(Key { bytes: Cow::Owned(b.to_vec()), unchecked: true })
            }
            fn visit_byte_buf<E>(self, b: Vec<u8>) -> Result<Key<'de>, E> {
                Ok(Key { bytes: Cow::Owned(b), unchecked: true })
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key { bytes: Cow::Borrowed(s.as_bytes()), unchecked: false })
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key { bytes: Cow::Owned(s.as_bytes().to_vec()), unchecked: false })
            }
            fn visit_string<E>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key { bytes: Cow::Owned(s.into_bytes()), unchecked: false })
            }
        }
        // serde_json reads a key asked for as bytes without checking it is
        // text (which it does for each string asked for as text).
        d.deserialize_bytes(V)
    }
}

/// One typed field of an object being read: not (yet) seen, seen as `null`,
/// read, or unreadable (its raw value is then in `extra`).
pub(crate) enum Slot<T> {
    Absent,
    Null,
    Typed(T),
    Unreadable(String),
}

impl<T> Slot<T> {
    /// Like [`Slot::read`], with the value read by `seed`. A raw value the
    /// seed keeps beside a typed one goes to `kept`, when given.
    pub(crate) fn read_with<'de, A: MapAccess<'de>, S: DeserializeSeed<'de, Value = Read<T>>>(
        &mut self,
        seed: S,
        map: &mut A,
        key: &'static str,
        extra: &mut Map<String, Value>,
        mut kept: Kept<'_>,
    ) -> Result<(), A::Error> {
        if !matches!(self, Slot::Absent) {
            extra.shift_remove(key);
            if let Some((wire, kept)) = kept.as_mut() {
                kept.retain(|(k, _)| k != wire);
            }
        }
        *self = match map.next_value_seed(seed)? {
            Read::Null => Slot::Null,
            Read::Typed(t) => Slot::Typed(t),
            Read::Kept(t, raw) => {
                if let Some((wire, kept)) = kept {
                    kept.push((wire, raw));
                }
                Slot::Typed(t)
            }
            Read::Raw(raw, why) => {
                extra.insert(key.to_owned(), raw);
                Slot::Unreadable(why)
            }
        };
        Ok(())
    }

    /// Whether the value was read; if not, why, naming `key`.
    pub(crate) fn check(&self, key: &str) -> Result<(), String> {
        match self {
            Slot::Typed(_) => Ok(()),
            Slot::Absent | Slot::Null => Err(format!("the required field `{key}` is missing or null")),
            Slot::Unreadable(why) => Err(format!("the required field `{key}` is unreadable: {why}")),
        }
    }

    /// The value read, or `fallback()`.
    pub(crate) fn or_else(self, fallback: fn() -> T) -> T {
        match self {
            Slot::Typed(t) => t,
            _ => fallback(),
        }
    }

    /// The value read, or an error naming `key`.
    pub(crate) fn required(self, key: &str) -> Result<T, String> {
        self.check(key)?;
        match self {
            Slot::Typed(t) => Ok(t),
            _ => Err(format!("the required field `{key}` is missing")),
        }
    }
}

impl<T: DeserializeOwned> Slot<T> {
    /// Read the value of `key` from `map` into this slot; an unreadable value
    /// goes to `extra`. A repeated key replaces what the earlier one gave.
    /// With `kept`, an object or array read as `T` is also kept there raw
    /// (so the object being read can be rebuilt as sent).
    pub(crate) fn read<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &'static str,
        extra: &mut Map<String, Value>,
        kept: Kept<'_>,
    ) -> Result<(), A::Error> {
        let seed = Lenient::<T, Buffered> { keep: kept.is_some(), of: PhantomData };
        self.read_with(seed, map, key, extra, kept)
    }

    /// Like [`Slot::read`] for a type that reads any JSON object without
    /// failing (a field marked `[object]`): an object goes straight into it,
    /// never into `kept`.
    pub(crate) fn read_object<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &'static str,
        extra: &mut Map<String, Value>,
        kept: Kept<'_>,
    ) -> Result<(), A::Error> {
        let seed = Lenient::<T, Straight> { keep: kept.is_some(), of: PhantomData };
        self.read_with(seed, map, key, extra, kept)
    }
}

impl<T: DeserializeOwned + Strings> Slot<T> {
    /// Like [`Slot::read`] for strings in an array or an object (a field
    /// marked `[strings]`): read straight from the input, never into `kept`
    /// (they write back as sent); one element that is not a string makes the
    /// whole value unreadable, rebuilt raw from what was read.
    pub(crate) fn read_strings<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &'static str,
        extra: &mut Map<String, Value>,
        kept: Kept<'_>,
    ) -> Result<(), A::Error> {
        let seed = Lenient::<T, StringsOf> { keep: kept.is_some(), of: PhantomData };
        self.read_with(seed, map, key, extra, kept)
    }
}

impl<T: Json> Slot<T> {
    /// Like [`Slot::read`] for any JSON (a field marked `[json]`): the value
    /// is kept as its text, one allocation, never unreadable and never in
    /// `kept` (it writes back as sent).
    pub(crate) fn read_json<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &'static str,
        extra: &mut Map<String, Value>,
        kept: Kept<'_>,
    ) -> Result<(), A::Error> {
        self.read_with(RawSeed(PhantomData), map, key, extra, kept)
    }
}

impl<T: Default> Slot<T> {
    /// The value read, or `T::default()`.
    pub(crate) fn or_default(self) -> T {
        self.or_else(T::default)
    }
}

/// Where an object being rebuilt keeps raw values: the wire key of the field
/// being read, and the list of (key, raw value) so far; `None` keeps nothing.
pub(crate) type Kept<'a> = Option<(&'static str, &'a mut Vec<(&'static str, Value)>)>;

/// What a value read as `T` gave: `null`, a `T`, a `T` with the raw value
/// it was read from, or the raw value with the reason it is not a `T`.
pub(crate) enum Read<T> {
    Null,
    Typed(T),
    Kept(T, Value),
    Raw(Value, String),
}

impl<T: DeserializeOwned> Read<T> {
    fn from_raw(raw: Value, keep: bool) -> Self {
        match T::deserialize(&raw) {
            Ok(t) if keep => Read::Kept(t, raw),
            Ok(t) => Read::Typed(t),
            Err(e) => Read::Raw(raw, e.to_string()),
        }
    }

    fn from_scalar(scalar: Scalar<'_>, raw: impl FnOnce() -> Value) -> Self {
        match T::deserialize(scalar) {
            Ok(t) => Read::Typed(t),
            Err(e) => Read::Raw(raw(), e.to_string()),
        }
    }
}

/// Reads one value as `T` in a single pass: a scalar goes straight into `T`;
/// an object or array as `S` says ([`Shape`]). Never fails on well-formed
/// input.
struct Lenient<T, S> {
    keep: bool,
    of: PhantomData<(T, S)>,
}

/// How [`Lenient`] reads an object or array as `T`.
trait Shape<T> {
    fn map<'de, A: MapAccess<'de>>(map: A, keep: bool) -> Result<Read<T>, A::Error>;
    fn seq<'de, A: SeqAccess<'de>>(seq: A, keep: bool) -> Result<Read<T>, A::Error>;
}

/// Buffered as a `Value`: its raw form if `T` cannot read it, kept beside
/// the `T` if `keep`.
struct Buffered;

impl<T: DeserializeOwned> Shape<T> for Buffered {
    fn map<'de, A: MapAccess<'de>>(map: A, keep: bool) -> Result<Read<T>, A::Error> {
        Ok(Read::from_raw(ValueSeed.visit_map(map)?, keep))
    }
    fn seq<'de, A: SeqAccess<'de>>(seq: A, keep: bool) -> Result<Read<T>, A::Error> {
        Ok(Read::from_raw(ValueSeed.visit_seq(seq)?, keep))
    }
}

/// An object straight into `T`, which reads any object; an array buffered.
struct Straight;

impl<T: DeserializeOwned> Shape<T> for Straight {
    fn map<'de, A: MapAccess<'de>>(map: A, _keep: bool) -> Result<Read<T>, A::Error> {
        T::deserialize(Object(map)).map(Read::Typed)
    }
    fn seq<'de, A: SeqAccess<'de>>(seq: A, keep: bool) -> Result<Read<T>, A::Error> {
        Buffered::seq(seq, keep)
    }
}

/// Strings straight into `T` ([`Strings`]); anything else buffered.
struct StringsOf;

impl<T: DeserializeOwned + Strings> Shape<T> for StringsOf {
    fn map<'de, A: MapAccess<'de>>(mut map: A, keep: bool) -> Result<Read<T>, A::Error> {
        if !T::MAP {
            return Buffered::map(map, keep);
        }
        let mut pairs = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match map.next_value_seed(StrOrValue)? {
                Ok(s) => pairs.push((key, s)),
                Err(v) => {
                    let mut raw: Map<String, Value> = pairs.into_iter().map(|(k, s)| (k, Value::String(s))).collect();
                    raw.insert(key, v);
                    while let Some((k, v)) = map.next_entry::<String, Value>()? {
                        raw.insert(k, v);
                    }
                    return Ok(Read::from_raw(Value::Object(raw), keep));
                }
            }
        }
        Ok(Read::Typed(T::from_pairs(pairs)))
    }
    fn seq<'de, A: SeqAccess<'de>>(mut seq: A, keep: bool) -> Result<Read<T>, A::Error> {
        if T::MAP {
            return Buffered::seq(seq, keep);
        }
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(StrOrValue)? {
            match item {
                Ok(s) => items.push(s),
                Err(v) => {
                    let mut raw: Vec<Value> = items.into_iter().map(Value::String).collect();
                    raw.push(v);
                    while let Some(v) = seq.next_element::<Value>()? {
                        raw.push(v);
                    }
                    return Ok(Read::from_raw(Value::Array(raw), keep));
                }
            }
        }
        Ok(Read::Typed(T::from_items(items)))
    }
}

/// Reads any JSON value as its text into `T` ([`Json`]); `null` is null.
struct RawSeed<T>(PhantomData<T>);

impl<'de, T: Json> DeserializeSeed<'de> for RawSeed<T> {
    type Value = Read<T>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Read<T>, D::Error> {
        // As an option, so a `null` is seen before any text is kept.
        Ok(match Option::<RawJson>::deserialize(d)? {
            None => Read::Null,
            Some(raw) => Read::Typed(T::from_raw(raw)),
        })
    }
}

/// A field type that holds any JSON as its text (`RawJson`, `Option<RawJson>`).
pub(crate) trait Json {
    fn from_raw(raw: RawJson) -> Self;
}

impl Json for RawJson {
    fn from_raw(raw: RawJson) -> Self {
        raw
    }
}

impl Json for Option<RawJson> {
    fn from_raw(raw: RawJson) -> Self {
        Some(raw)
    }
}

/// Reads any JSON value as a `Value`, like `Value::deserialize`, but gives
/// each object's map its size once (an `IndexMap` that grows key by key
/// rehashes as it goes).
pub(crate) struct ValueSeed;

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(ValueSeed)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            entries.push((key, map.next_value_seed(ValueSeed)?));
        }
        // `collect` sizes the map once; a repeated key keeps its first
        // place and its last value, as `Map::insert` does.
        Ok(Value::Object(entries.into_iter().collect()))
    }
}

/// A field type that is strings in an array (`MAP` false) or an object of
/// strings (`MAP` true), built from them.
pub(crate) trait Strings {
    const MAP: bool;
    fn from_items(items: Vec<String>) -> Self;
    fn from_pairs(pairs: Vec<(String, String)>) -> Self;
}

impl Strings for Vec<String> {
    const MAP: bool = false;
    fn from_items(items: Vec<String>) -> Self {
        items
    }
    fn from_pairs(_: Vec<(String, String)>) -> Self {
        unreachable!("an array type is never built from pairs")
    }
}

impl Strings for std::collections::BTreeMap<String, String> {
    const MAP: bool = true;
    fn from_items(_: Vec<String>) -> Self {
        unreachable!("a map type is never built from items")
    }
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        // One by one: a repeated key keeps its last value, as `Value` does.
        let mut map = Self::new();
        for (k, v) in pairs {
            map.insert(k, v);
        }
        map
    }
}

impl<T: Strings> Strings for Option<T> {
    const MAP: bool = T::MAP;
    fn from_items(items: Vec<String>) -> Self {
        Some(T::from_items(items))
    }
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Some(T::from_pairs(pairs))
    }
}

/// One element: a string, or any other value as `Value`.
struct StrOrValue;

impl<'de> DeserializeSeed<'de> for StrOrValue {
    type Value = Result<String, Value>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrOrValue {
    type Value = Result<String, Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Ok(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Ok(v))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Err(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Err(Value::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ok(Err(Value::deserialize(MapAccessDeserializer::new(map))?))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Ok(Err(Value::deserialize(SeqAccessDeserializer::new(seq))?))
    }
}

impl<'de, T: DeserializeOwned, S: Shape<T>> DeserializeSeed<'de> for Lenient<T, S> {
    type Value = Read<T>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Read<T>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: DeserializeOwned, S: Shape<T>> Visitor<'de> for Lenient<T, S> {
    type Value = Read<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Read<T>, E> {
        Ok(Read::Null)
    }
    fn visit_none<E>(self) -> Result<Read<T>, E> {
        Ok(Read::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Read<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Read<T>, E> {
        Ok(Read::from_scalar(Scalar::Bool(v), || Value::from(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Read<T>, E> {
        Ok(Read::from_scalar(Scalar::I64(v), || Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Read<T>, E> {
        Ok(Read::from_scalar(Scalar::U64(v), || Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Read<T>, E> {
        Ok(Read::from_scalar(Scalar::F64(v), || Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Read<T>, E> {
        Ok(Read::from_scalar(Scalar::Str(v), || Value::from(v)))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Read<T>, A::Error> {
        S::map(map, self.keep)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Read<T>, A::Error> {
        S::seq(seq, self.keep)
    }
}

/// A JSON object being read, as a `Deserializer` that an `Option` reads as
/// present (serde's `MapAccessDeserializer` does not).
struct Object<A>(A);

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Object<A> {
    type Error = A::Error;
    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, A::Error> {
        v.visit_map(self.0)
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, A::Error> {
        v.visit_some(self)
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// A JSON scalar as a `Deserializer`, so a field reads it without a `Value`.
enum Scalar<'a> {
    Bool(bool),
    I64(i64),
    U64(u64),
    F64(f64),
    Str(&'a str),
}

impl<'de> Deserializer<'de> for Scalar<'_> {
    type Error = serde::de::value::Error;
    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
        match self {
            Scalar::Bool(b) => v.visit_bool(b),
            Scalar::I64(n) => v.visit_i64(n),
            Scalar::U64(n) => v.visit_u64(n),
            Scalar::F64(n) => v.visit_f64(n),
            Scalar::Str(s) => v.visit_str(s),
        }
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
        v.visit_some(self)
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// The items of a list's `data`: those that read as `T`, and the raw ones
/// that do not.
pub(crate) struct DataItems<T> {
    pub good: Vec<T>,
    pub bad: Vec<Value>,
}

impl<T> Default for DataItems<T> {
    fn default() -> Self {
        DataItems { good: Vec::new(), bad: Vec::new() }
    }
}

/// A model type that reads a list item in one pass: a `T`, or, when the item
/// cannot be one, the item as sent. [`lenient_object!`] implements it. Public
/// only for the bounds of `List` and `SearchResult`; this module is private,
/// so no other crate can name or implement it.
pub trait LenientItem: Sized {
    /// Reads an object: `Ok(Self)`, or why it is not one. With `keep`, the
    /// failure also holds the object rebuilt as sent (its keys may be in
    /// another order; a value read straight into a model type, a field
    /// marked `[object]`, is written back by that type); without, an empty map.
    #[doc(hidden)]
    fn read_object<'de, A: MapAccess<'de>>(
        map: A,
        keep: bool,
    ) -> Result<ObjectRead<Self>, A::Error>;
}

/// An object read as `T`, or why it is not one and its raw form.
pub type ObjectRead<T> = Result<T, (String, Map<String, Value>)>;

/// Reads one list item into `items`: as `T`, or as its raw JSON when it is
/// not a `T`. Fails only on malformed input.
struct ItemSeed<'a, T>(&'a mut DataItems<T>);

impl<'de, T: LenientItem> DeserializeSeed<'de> for ItemSeed<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<T> ItemSeed<'_, T> {
    fn bad<E>(self, raw: Value) -> Result<(), E> {
        self.0.bad.push(raw);
        Ok(())
    }
}

impl<'de, T: LenientItem> Visitor<'de> for ItemSeed<'_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        match T::read_object(map, true) {
            Ok(Ok(t)) => self.0.good.push(t),
            Ok(Err((_, raw))) => self.0.bad.push(Value::Object(raw)),
            Err(e) => return Err(e),
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        let raw = ValueSeed.visit_seq(seq)?;
        self.bad(raw)
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        self.bad(Value::Null)
    }
    fn visit_none<E>(self) -> Result<(), E> {
        self.bad(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.bad(Value::from(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.bad(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.bad(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        self.bad(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.bad(Value::from(v))
    }
}

/// Reads a list's `data` like [`Lenient`] reads a field, item by item in one
/// pass ([`ItemSeed`]): an item that is not a `T` (a PaymentIntent without
/// an `id`) is kept as sent.
pub(crate) struct ItemsSeed<T>(pub PhantomData<T>);

impl<'de, T: LenientItem> DeserializeSeed<'de> for ItemsSeed<T> {
    type Value = Read<DataItems<T>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: LenientItem> Visitor<'de> for ItemsSeed<T> {
    type Value = Read<DataItems<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = DataItems::default();
        while seq.next_element_seed(ItemSeed(&mut items))?.is_some() {}
        Ok(Read::Typed(items))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Read::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Read::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Read::not_array(Value::from(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Read::not_array(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Read::not_array(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Read::not_array(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Read::not_array(Value::from(v)))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ok(Read::not_array(Value::deserialize(MapAccessDeserializer::new(map))?))
    }
}

impl<T> Read<DataItems<T>> {
    fn not_array(raw: Value) -> Self {
        Read::Raw(raw, "not an array".to_string())
    }
}

/// Shows a client secret as `pi_…_secret_…`: the PaymentIntent id it starts
/// with, never the secret part.
pub(crate) struct SecretDebug<'a>(pub &'a Option<String>);

impl std::fmt::Debug for SecretDebug<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            None => f.write_str("None"),
            Some(s) => match s.find("_secret_") {
                Some(at) if s[..at].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                    write!(f, "Some(\"{}_secret_…\")", &s[..at])
                }
                _ => f.write_str("Some(\"…\")"),
            },
        }
    }
}

/// Declares a model struct with lenient `Deserialize`, a `Serialize` that
/// writes typed fields in order and then `extra`, and a `Debug` that hides
/// fields marked `[secret]`.
///
/// The struct body lists the typed fields; then `extra name;` names the map
/// of other keys and `skip name: Type;` adds fields that are not JSON.
/// Each field is `pub name: Type => how` with an optional wire name
/// (`as "type"`) and at most one flag, where `how` is
/// - `opt`: an `Option`, left out of the JSON when `None`;
/// - `nullable`: an `Option`, written as `null` when `None`;
/// - `or_default`: `Type::default()` when absent, always written;
/// - `or_empty`: like `or_default`, but left out of the JSON when empty;
/// - `or_else(f)`: `f()` when absent, always written;
/// - `required`: the object fails without it.
///
/// and the flag is
/// - `[secret]`: `Debug` shows only the PaymentIntent-id part (see [`SecretDebug`]);
/// - `[object]`: the type reads any JSON object without failing (`Value`, a
///   model struct without `required` fields, `Expandable`, `List`), so an
///   object is read straight from the input rather than through a `Value`.
/// - `[json]`: the type is `RawJson` or `Option<RawJson>`: any value is kept
///   as its text, straight from the input (see [`Json`]);
/// - `[strings]`: the type is strings in an array or an object of strings
///   (see [`Strings`]), read straight from the input rather than through a
///   `Value`.
///
/// A typed field whose key is also in `extra` (its raw value could not be
/// read) is not written; the raw value is.
macro_rules! lenient_object {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$fmeta:meta])*
                pub $field:ident : $ty:ty => $how:ident $(($arg:expr))? $(as $wire:literal)? $([$flag:ident])?,
            )*
        }
        $(#[$emeta:meta])* extra $extra:ident;
        $( $(#[$smeta:meta])* skip $skip:ident : $sty:ty; )*
    ) => {
        $(#[$meta])*
        #[cfg_attr(feature = "uniffi", derive(uniffi::Record), uniffi::export(Debug))]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
            $(#[$emeta])*
            #[cfg_attr(feature = "uniffi", uniffi(default))]
            pub $extra: serde_json::Map<String, serde_json::Value>,
            $( $(#[$smeta])* pub $skip: $sty, )*
        }

        impl $crate::lenient::LenientItem for $name {
            fn read_object<'de, A: serde::de::MapAccess<'de>>(
                mut map: A,
                keep: bool,
            ) -> Result<$crate::lenient::ObjectRead<$name>, A::Error> {
                let mut extra = serde_json::Map::new();
                // With `keep`: the raw form of each object or array read.
                let mut kept: Vec<(&'static str, serde_json::Value)> = Vec::new();
                $( let mut $field = $crate::lenient::Slot::<$ty>::Absent; )*
                while let Some(key) = map.next_key::<$crate::lenient::Key<'de>>()? {
                    $(
                        if key.is(lenient_object!(@wire $field $($wire)?)) {
                            let wire = lenient_object!(@wire $field $($wire)?);
                            let kept = if keep { Some((wire, &mut kept)) } else { None };
                            lenient_object!(@read [$($flag)?] $field, map, wire, extra, kept);
                            continue;
                        }
                    )*
                    extra.insert(key.into_string()?, map.next_value_seed($crate::lenient::ValueSeed)?);
                }
                #[allow(unused_mut)]
                let mut why: Option<String> = None;
                $( lenient_object!(@check $how, $field, lenient_object!(@wire $field $($wire)?), why); )*
                if let Some(why) = why {
                    if !keep {
                        return Ok(Err((why, serde_json::Map::new())));
                    }
                    // Rebuild the object as sent: objects and arrays as kept,
                    // scalars (which write back exactly) and `[object]`
                    // fields from their slots, unreadable and unknown values
                    // from `extra`.
                    let mut raw: serde_json::Map<String, serde_json::Value> =
                        kept.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
                    $(
                        let key = lenient_object!(@wire $field $($wire)?);
                        if !raw.contains_key(key) {
                            match &$field {
                                $crate::lenient::Slot::Typed(t) => {
                                    raw.insert(key.to_string(), serde_json::to_value(t).unwrap_or_default());
                                }
                                $crate::lenient::Slot::Null => {
                                    raw.insert(key.to_string(), serde_json::Value::Null);
                                }
                                _ => {}
                            }
                        }
                    )*
                    raw.extend(extra);
                    return Ok(Err((why, raw)));
                }
                Ok(Ok($name {
                    $( $field: lenient_object!(@get $field, $how $(($arg))?, lenient_object!(@wire $field $($wire)?)), )*
                    $extra: extra,
                    $( $skip: Default::default(), )*
                }))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " object"))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<$name, A::Error> {
                        <$name as $crate::lenient::LenientItem>::read_object(map, false)?
                            .map_err(|(why, _)| <A::Error as serde::de::Error>::custom(why))
                    }
                }
                d.deserialize_map(V)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = s.serialize_map(None)?;
                $(
                    let key = lenient_object!(@wire $field $($wire)?);
                    if !self.$extra.contains_key(key) && lenient_object!(@write $how, &self.$field) {
                        map.serialize_entry(key, &self.$field)?;
                    }
                )*
                for (k, v) in &self.$extra {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name))
                    $( .field(stringify!($field), lenient_object!(@debug [$($flag)?] &self.$field)) )*
                    .field(stringify!($extra), &self.$extra)
                    $( .field(stringify!($skip), &self.$skip) )*
                    .finish()
            }
        }
    };

    (@wire $field:ident) => { stringify!($field) };
    (@wire $field:ident $wire:literal) => { $wire };

    (@get $slot:ident, required, $key:expr) => {
        $slot.required($key).map_err(<A::Error as serde::de::Error>::custom)?
    };
    (@get $slot:ident, or_else($fallback:expr), $key:expr) => { $slot.or_else($fallback) };

    (@check required, $slot:ident, $key:expr, $why:ident) => {
        if let Err(e) = $slot.check($key) {
            $why.get_or_insert(e);
        }
    };
    (@check $how:ident, $slot:ident, $key:expr, $why:ident) => {};
    (@get $slot:ident, $how:ident, $key:expr) => { $slot.or_default() };

    (@write opt, $value:expr) => { ($value).is_some() };
    (@write or_empty, $value:expr) => { !($value).is_empty() };
    (@write $how:ident, $value:expr) => { true };

    (@read [object] $slot:ident, $map:ident, $key:ident, $extra:ident, $kept:ident) => {
        $slot.read_object(&mut $map, $key, &mut $extra, $kept)?
    };
    (@read [json] $slot:ident, $map:ident, $key:ident, $extra:ident, $kept:ident) => {
        $slot.read_json(&mut $map, $key, &mut $extra, $kept)?
    };
    (@read [strings] $slot:ident, $map:ident, $key:ident, $extra:ident, $kept:ident) => {
        $slot.read_strings(&mut $map, $key, &mut $extra, $kept)?
    };
    (@read [$($flag:ident)?] $slot:ident, $map:ident, $key:ident, $extra:ident, $kept:ident) => {
        $slot.read(&mut $map, $key, &mut $extra, $kept)?
    };

    (@debug [secret] $value:expr) => { &$crate::lenient::SecretDebug($value) };
    (@debug [$($flag:ident)?] $value:expr) => { $value };
}

pub(crate) use lenient_object;

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `json`'s `k` into a slot of `T` as an object visitor does.
    fn read<T: DeserializeOwned>(json: &str) -> (Slot<T>, Map<String, Value>) {
        struct V<T>(PhantomData<T>);
        impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
            type Value = (Slot<T>, Map<String, Value>);
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut slot, mut extra) = (Slot::Absent, Map::new());
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    if key.is("k") {
                        slot.read(&mut map, "k", &mut extra, None)?;
                    } else {
                        extra.insert(key.into_string()?, map.next_value()?);
                    }
                }
                Ok((slot, extra))
            }
        }
        let from_text = serde_json::Deserializer::from_str(json).deserialize_map(V(PhantomData)).unwrap();
        let value: Value = serde_json::from_str(json).unwrap();
        let from_value = value.deserialize_map(V::<T>(PhantomData)).unwrap();
        assert_eq!(from_text.1, from_value.1, "{json}");
        from_text
    }

    /// Like [`read`], through [`Slot::read_strings`].
    fn read_strings<T: DeserializeOwned + Strings>(json: &str) -> (Slot<T>, Map<String, Value>) {
        struct V<T>(PhantomData<T>);
        impl<'de, T: DeserializeOwned + Strings> Visitor<'de> for V<T> {
            type Value = (Slot<T>, Map<String, Value>);
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut slot, mut extra) = (Slot::Absent, Map::new());
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    if key.is("k") {
                        slot.read_strings(&mut map, "k", &mut extra, None)?;
                    } else {
                        extra.insert(key.into_string()?, map.next_value_seed(ValueSeed)?);
                    }
                }
                Ok((slot, extra))
            }
        }
        let from_text = serde_json::Deserializer::from_str(json).deserialize_map(V(PhantomData)).unwrap();
        let value: Value = serde_json::from_str(json).unwrap();
        let from_value = value.deserialize_map(V::<T>(PhantomData)).unwrap();
        assert_eq!(from_text.1, from_value.1, "{json}");
        from_text
    }

    /// What a slot holds, comparably.
    fn shown<T: serde::Serialize>(slot: &Slot<T>) -> String {
        match slot {
            Slot::Absent => "absent".into(),
            Slot::Null => "null".into(),
            Slot::Typed(t) => serde_json::to_string(t).unwrap(),
            Slot::Unreadable(why) => format!("unreadable: {why}"),
        }
    }

    #[test]
    fn strings_read_straight_as_through_a_value() {
        type Metadata = std::collections::BTreeMap<String, String>;
        for json in [
            r#"{"k": ["a", "b\"c"], "z": 1}"#,
            r#"{"k": []}"#,
            r#"{"k": ["a", 7, {"x": [null]}, "b"]}"#,
            r#"{"k": [1]}"#,
            r#"{"k": {"a": "b"}}"#,
            r#"{"k": "a"}"#,
            r#"{"k": null}"#,
            r#"{"k": ["a"], "k": [2]}"#,
            r#"{"k": [2], "k": ["a"]}"#,
            r#"{"z": true}"#,
        ] {
            let (straight, extra) = read_strings::<Vec<String>>(json);
            let (buffered, buffered_extra) = read::<Vec<String>>(json);
            assert_eq!((shown(&straight), &extra), (shown(&buffered), &buffered_extra), "{json}");
        }
        for json in [
            r#"{"k": {"b": "1", "a": "2\n"}, "z": [1]}"#,
            r#"{"k": {}}"#,
            r#"{"k": {"a": "b", "n": 1, "c": "d"}}"#,
            r#"{"k": {"a": "x", "a": "y"}}"#,
            r#"{"k": {"a": "x", "b": 1, "a": "y"}}"#,
            r#"{"k": ["a"]}"#,
            r#"{"k": 5}"#,
        ] {
            let (straight, extra) = read_strings::<Metadata>(json);
            let (buffered, buffered_extra) = read::<Metadata>(json);
            assert_eq!((shown(&straight), &extra), (shown(&buffered), &buffered_extra), "{json}");
            // The raw value keeps the keys in the order sent.
            let sent: Value = serde_json::from_str(json).unwrap();
            if let Some(raw) = extra.get("k") {
                assert_eq!(raw.to_string(), sent["k"].to_string(), "{json}");
            }
        }
    }

    #[test]
    fn values_are_built_as_serde_json_builds_them() {
        for json in [
            r#"{"b": {"y": [1, -2, 3.5, "s\u00e9"], "x": null}, "a": true, "b2": {}, "c": []}"#,
            r#"{"a": 1, "b": 2, "a": 3}"#,
            r#"[{"a": {"a": {"a": 18446744073709551615}}}, false, "x"]"#,
            r#""only a string""#,
        ] {
            let ours = ValueSeed.deserialize(&mut serde_json::Deserializer::from_str(json)).unwrap();
            let theirs: Value = serde_json::from_str(json).unwrap();
            assert_eq!(ours, theirs, "{json}");
            assert_eq!(ours.to_string(), theirs.to_string(), "{json}");
        }
    }

    #[test]
    fn keys_are_matched_as_bytes_and_checked_when_kept() {
        // A field's key written with escapes is still that field.
        let (slot, extra) = read::<i64>(r#"{"\u006b": 5, "z\u00e9": 1, "y\u0001": 2}"#);
        assert_eq!(slot.or_default(), 5);
        assert_eq!(Value::Object(extra), serde_json::json!({"zé": 1, "y\u{1}": 2}));
        // A kept key must be text, without a raw control character, as
        // serde_json requires of any key.
        for bad in [&b"{\"a\x01\": 1}"[..], &b"{\"\xff\": 1}"[..], &b"{\"\\ud800\": 1}"[..]] {
            assert!(serde_json::from_slice::<Value>(bad).is_err());
            assert!(serde_json::from_slice::<crate::model::Charge>(bad).is_err(), "{bad:?}");
            assert!(serde_json::from_slice::<crate::model::List<crate::model::Charge>>(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn slots_fall_back_and_keep_raw_values() {
        assert_eq!(read::<i64>(r#"{"k": 5}"#).0.or_default(), 5);
        assert_eq!(read::<Option<String>>(r#"{"k": "x"}"#).0.or_default().as_deref(), Some("x"));
        assert_eq!(read::<Vec<i64>>(r#"{"k": [1, 2]}"#).0.or_default(), [1, 2]);
        let (slot, extra) = read::<Option<i64>>(r#"{"k": null, "z": 1}"#);
        assert!(matches!(slot, Slot::Null));
        assert_eq!(Value::Object(extra), serde_json::json!({"z": 1}));
        for (json, raw) in [
            (r#"{"k": "x"}"#, serde_json::json!("x")),
            (r#"{"k": 1.5}"#, serde_json::json!(1.5)),
            (r#"{"k": 18446744073709551615}"#, serde_json::json!(u64::MAX)),
            (r#"{"k": [1, "y"]}"#, serde_json::json!([1, "y"])),
            (r#"{"k": {"a": [true]}}"#, serde_json::json!({"a": [true]})),
        ] {
            let (slot, extra) = read::<i64>(json);
            assert_eq!(extra.get("k"), Some(&raw), "{json}");
            assert!(slot.required("k").unwrap_err().contains("`k` is unreadable"), "{json}");
        }
        assert!(read::<String>(r#"{"z": 1}"#).0.required("k").unwrap_err().contains("missing"));
        // A repeated key: the last one counts, and an earlier raw value goes.
        let (slot, extra) = read::<i64>(r#"{"k": "x", "z": 1, "k": 7}"#);
        assert_eq!((slot.or_default(), Value::Object(extra)), (7, serde_json::json!({"z": 1})));
        let (slot, extra) = read::<i64>(r#"{"k": 7, "k": "x"}"#);
        assert_eq!((slot.or_default(), Value::Object(extra)), (0, serde_json::json!({"k": "x"})));
    }

    #[test]
    fn client_secrets_are_hidden() {
        let s = Some("pi_3MtwBw_secret_YrKJUKribcBjcG8HVhfZluoGH".to_string());
        assert_eq!(format!("{:?}", SecretDebug(&s)), "Some(\"pi_3MtwBw_secret_…\")");
        let s = Some("opaque-secret".to_string());
        assert_eq!(format!("{:?}", SecretDebug(&s)), "Some(\"…\")");
        let s = Some("sk_live_x y_secret_z".to_string());
        assert_eq!(format!("{:?}", SecretDebug(&s)), "Some(\"…\")");
        assert_eq!(format!("{:?}", SecretDebug(&None)), "None");
    }
}
