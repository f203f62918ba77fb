//! Python values <-> JSON values. Parameters go in as JSON (the core parses
//! and validates them); nested objects of results come out as dicts/lists.

use payintent::Error;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList, PyString, PyTuple};
use serde::Serialize;
use serde_json::{Map, Number, Value};

/// How deep parameters may nest (guards against self-referencing dicts).
const MAX_DEPTH: usize = 32;

fn bad(param: &str, what: String) -> Error {
    Error::invalid_argument(param, what)
}

/// Convert one parameter value. `path` names it in errors, in the bracket
/// spelling the API uses (`metadata[order_id]`).
pub fn to_json(value: &Bound<'_, PyAny>, path: &str, depth: usize) -> Result<Value, Error> {
    if depth > MAX_DEPTH {
        return Err(bad(path, format!("{path} is nested too deeply")));
    }
    if value.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = value.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(s) = value.cast::<PyString>() {
        let s = s.to_cow().map_err(|_| bad(path, format!("{path} is not valid Unicode")))?;
        return Ok(Value::String(s.into_owned()));
    }
    if let Ok(f) = value.cast::<PyFloat>() {
        let f = f.value();
        return Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(|| bad(path, format!("{path} must be a finite number, got {f}")));
    }
    // int and anything implementing __index__ (but not float, handled above)
    if value.hasattr("__index__").unwrap_or(false) {
        if let Ok(i) = value.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = value.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(bad(path, format!("{path} is out of the 64-bit integer range")));
    }
    if let Ok(d) = value.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let key = match k.cast::<PyString>() {
                Ok(s) => s.to_cow().map_err(|_| bad(path, format!("a key of {path} is not valid Unicode")))?.into_owned(),
                Err(_) => {
                    let tn = type_name(&k);
                    return Err(bad(path, format!("keys of {path} must be str, got {tn}")));
                }
            };
            let child = format!("{path}[{key}]");
            map.insert(key, to_json(&v, &child, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    let items: Option<Vec<Bound<'_, PyAny>>> = if let Ok(l) = value.cast::<PyList>() {
        Some(l.iter().collect())
    } else if let Ok(t) = value.cast::<PyTuple>() {
        Some(t.iter().collect())
    } else {
        None
    };
    if let Some(items) = items {
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            out.push(to_json(v, &format!("{path}[{i}]"), depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    let tn = type_name(value);
    Err(bad(path, format!("{path} must be a str, int, float, bool, None, dict or list, got {tn}")))
}

pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_string())
}

/// Keyword arguments to a JSON object. Top-level `None` means "not given".
pub fn params(kwargs: Option<&Bound<'_, PyDict>>) -> Result<Map<String, Value>, Error> {
    let mut map = Map::new();
    if let Some(kw) = kwargs {
        for (k, v) in kw.iter() {
            if v.is_none() {
                continue;
            }
            let key: String = k.extract().map_err(|_| bad("params", "parameter names must be str".into()))?;
            let value = to_json(&v, &key, 0)?;
            map.insert(key, value);
        }
    }
    Ok(map)
}

/// A JSON value as a Python object (dict, list, str, int, float, bool, None).
pub fn to_py(py: Python<'_>, value: &Value) -> PyResult<Py<PyAny>> {
    Ok(match value {
        Value::Null => py.None(),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any().unbind(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any().unbind()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any().unbind()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any().unbind()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any().unbind(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any().unbind()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any().unbind()
        }
    })
}

/// A raw JSON field (the text the server sent) as a Python object, as
/// [`to_py`] gives its value; text a `Value` cannot hold (a number out of
/// `f64` range, nesting deeper than 128) is a `ValueError`.
pub fn raw_to_py(py: Python<'_>, raw: &payintent::RawJson) -> PyResult<Py<PyAny>> {
    let value = raw
        .to_value()
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(format!("cannot convert a JSON field: {e}")))?;
    to_py(py, &value)
}

/// Any serialisable model value as a Python object.
pub fn serialize<T: Serialize>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    let v = serde_json::to_value(value)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(format!("cannot convert a field: {e}")))?;
    to_py(py, &v)
}
