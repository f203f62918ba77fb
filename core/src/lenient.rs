//! Lenient decoding of API objects: a field that is absent, `null` or of an
//! unexpected shape reads as absent (its default), and in the last case its
//! raw JSON is kept in the object's `extra` map under its own key, where
//! serialising writes it back. Only fields marked `required` (a
//! PaymentIntent's `id`) can fail an object.
//!
//! [`lenient_object!`] declares a model struct and writes its `Deserialize`,
//! `Serialize` and `Debug` impls from one field list.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// The fields of one JSON object being read into a struct.
pub(crate) struct Fields {
    map: Map<String, Value>,
    used: HashSet<&'static str>,
}

impl Fields {
    pub(crate) fn new(map: Map<String, Value>) -> Self {
        Fields { map, used: HashSet::new() }
    }

    /// `key` read as `T`; absent, `null` or unreadable gives `T::default()`
    /// (unreadable values stay in `extra`).
    pub(crate) fn take<T: DeserializeOwned + Default>(&mut self, key: &'static str) -> T {
        self.take_or(key, T::default)
    }

    /// Like [`Fields::take`] with another fallback.
    pub(crate) fn take_or<T: DeserializeOwned>(&mut self, key: &'static str, fallback: fn() -> T) -> T {
        match self.map.get(key) {
            None => fallback(),
            Some(Value::Null) => {
                self.used.insert(key);
                fallback()
            }
            Some(v) => match T::deserialize(v) {
                Ok(t) => {
                    self.used.insert(key);
                    t
                }
                Err(_) => fallback(),
            },
        }
    }

    /// `key` read as `T`, or an error naming the key.
    pub(crate) fn required<T: DeserializeOwned>(&mut self, key: &'static str) -> Result<T, String> {
        match self.map.get(key) {
            None | Some(Value::Null) => Err(format!("the required field `{key}` is missing or null")),
            Some(v) => match T::deserialize(v) {
                Ok(t) => {
                    self.used.insert(key);
                    Ok(t)
                }
                Err(e) => Err(format!("the required field `{key}` is unreadable: {e}")),
            },
        }
    }

    /// An array of `T`: items that read as `T`, and the raw items that do not.
    /// Absent or `null` gives two empty lists; a non-array stays in `extra`.
    pub(crate) fn items<T: DeserializeOwned>(&mut self, key: &'static str) -> (Vec<T>, Vec<Value>) {
        let mut good = Vec::new();
        let mut bad = Vec::new();
        match self.map.get(key) {
            None => {}
            Some(Value::Null) => {
                self.used.insert(key);
            }
            Some(Value::Array(items)) => {
                self.used.insert(key);
                for item in items {
                    match T::deserialize(item) {
                        Ok(t) => good.push(t),
                        Err(_) => bad.push(item.clone()),
                    }
                }
            }
            Some(_) => {}
        }
        (good, bad)
    }

    /// Every key not read into a typed field, in the order sent.
    pub(crate) fn into_extra(self) -> Map<String, Value> {
        let used = self.used;
        self.map.into_iter().filter(|(k, _)| !used.contains(k.as_str())).collect()
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
/// (`as "type"`) and `[secret]`, where `how` is
/// - `opt`: an `Option`, left out of the JSON when `None`;
/// - `nullable`: an `Option`, written as `null` when `None`;
/// - `or_default`: `Type::default()` when absent, always written;
/// - `or_empty`: like `or_default`, but left out of the JSON when empty;
/// - `or_else(f)`: `f()` when absent, always written;
/// - `required`: the object fails without it.
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

        impl $name {
            fn from_fields(mut f: $crate::lenient::Fields) -> Result<Self, String> {
                let mut out = $name {
                    $( $field: lenient_object!(@get f, $how $(($arg))?, lenient_object!(@wire $field $($wire)?), $ty), )*
                    $extra: serde_json::Map::new(),
                    $( $skip: Default::default(), )*
                };
                out.$extra = f.into_extra();
                Ok(out)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let map = <serde_json::Map<String, serde_json::Value> as serde::Deserialize>::deserialize(d)?;
                $name::from_fields($crate::lenient::Fields::new(map)).map_err(<D::Error as serde::de::Error>::custom)
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

    (@get $f:ident, required, $key:expr, $ty:ty) => { $f.required::<$ty>($key)? };
    (@get $f:ident, or_else($fallback:expr), $key:expr, $ty:ty) => { $f.take_or::<$ty>($key, $fallback) };
    (@get $f:ident, $how:ident, $key:expr, $ty:ty) => { $f.take::<$ty>($key) };

    (@write opt, $value:expr) => { ($value).is_some() };
    (@write or_empty, $value:expr) => { !($value).is_empty() };
    (@write $how:ident, $value:expr) => { true };

    (@debug [secret] $value:expr) => { &$crate::lenient::SecretDebug($value) };
    (@debug [] $value:expr) => { $value };
}

pub(crate) use lenient_object;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_fall_back_and_keep_raw_values() {
        let map = serde_json::json!({"a": 5, "b": null, "c": "x", "d": [1, "y", 2], "e": 1}).as_object().unwrap().clone();
        let mut f = Fields::new(map);
        assert_eq!(f.take::<i64>("a"), 5);
        assert_eq!(f.take::<Option<i64>>("b"), None);
        assert_eq!(f.take::<i64>("c"), 0);
        assert_eq!(f.items::<i64>("d"), (vec![1, 2], vec![Value::from("y")]));
        assert!(f.required::<String>("e").unwrap_err().contains("`e`"));
        assert!(f.required::<String>("zz").unwrap_err().contains("missing"));
        let extra = f.into_extra();
        assert_eq!(Value::Object(extra), serde_json::json!({"c": "x", "e": 1}));
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
