//! What every parameter struct is to the transport (the `Params` trait:
//! check, then turn into an ordered JSON tree that the wire profile encodes
//! as a form or a JSON body), and reading parameters from JSON.
//!
//! `extra` carries parameters this version does not model (newer API fields,
//! or `""` to unset a field); an `extra` key may not repeat a typed field.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};

use crate::config::Profile;
use crate::error::{Error, Result};
use crate::validate;

/// What every parameter struct provides to the transport.
pub trait Params: Serialize {
    /// Check the values for the API of `profile` before anything is sent.
    /// Generated from the description: where the APIs differ (LeanRails
    /// takes any `cancellation_reason` and refuses `automatic_async`), the
    /// profile decides.
    fn validate_for(&self, profile: Profile) -> Result<()>;
    /// Parameters not modelled by the struct.
    fn extra(&self) -> &Map<String, Value>;

    /// Check the values against the Stripe API.
    fn validate(&self) -> Result<()> {
        self.validate_for(Profile::Stripe)
    }

    /// The ordered parameter tree: typed fields in declaration order, then
    /// `extra`, checked against the Stripe API.
    fn to_wire(&self) -> Result<Map<String, Value>> {
        self.to_wire_for(Profile::Stripe)
    }

    /// `to_wire`, checked against the API of `profile`.
    fn to_wire_for(&self, profile: Profile) -> Result<Map<String, Value>> {
        self.validate_for(profile)?;
        let mut map = match serde_json::to_value(self) {
            Ok(Value::Object(m)) => m,
            Ok(_) | Err(_) => {
                return Err(Error::invalid_argument("params", "parameters must serialise to an object"))
            }
        };
        for (k, v) in self.extra() {
            if k.is_empty() || k.contains(['[', ']']) || k.chars().any(char::is_control) {
                return Err(Error::invalid_argument(
                    "extra",
                    format!("extra parameter names must be plain words, got {k:?}"),
                ));
            }
            validate::free_form(k, v)?;
            if map.contains_key(k) {
                return Err(Error::invalid_argument(
                    k,
                    format!("{k} is a typed parameter; set the field instead of passing it in extra"),
                ));
            }
            map.insert(k.clone(), v.clone());
        }
        // Every key at every depth (typed nested structs' `extra` included)
        // must keep its place in the form encoding's bracket nesting.
        for (k, v) in &map {
            validate::free_form(k, v)?;
        }
        Ok(map)
    }
}

/// Parse parameters from a JSON object (the path of a bad value becomes the
/// error's `param`). Keys that no field takes land in `extra`.
pub fn from_json<P: DeserializeOwned>(value: Value) -> Result<P> {
    let value = match value {
        Value::Null => Value::Object(Map::new()),
        v @ Value::Object(_) => v,
        other => {
            return Err(Error::invalid_argument(
                "params",
                format!("parameters must be an object, got {other}"),
            ))
        }
    };
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        let param = if path == "." {
            inner
                .split('`')
                .nth(1)
                .map(str::to_string)
                .unwrap_or_else(|| "params".to_string())
        } else {
            path
        };
        Error::invalid_argument(&param, format!("invalid parameter {param}: {inner}"))
    })
}
