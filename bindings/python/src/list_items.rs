//! What the list classes (`ChargeList`, `PaymentIntentList`, `SearchResult`)
//! share: a page's dict and an iterator over its items.

use pyo3::prelude::*;
use serde_json::{Map, Value};

use crate::convert;

/// A page's dict: `object`, `data`, `has_more`, the `more` keys, then `url`.
pub fn list_dict(py: Python<'_>, object: &str, data: Value, has_more: bool, url: &str, more: Vec<(&str, Value)>) -> PyResult<Py<PyAny>> {
    let mut m = Map::new();
    m.insert("object".into(), Value::from(object));
    m.insert("data".into(), data);
    m.insert("has_more".into(), Value::Bool(has_more));
    for (k, v) in more {
        m.insert(k.into(), v);
    }
    m.insert("url".into(), Value::from(url));
    convert::to_py(py, &Value::Object(m))
}

/// An iterator over the items of a page.
pub fn iter_items<T: pyo3::PyClass>(py: Python<'_>, items: &[Py<T>]) -> PyResult<Py<PyAny>> {
    let list = pyo3::types::PyList::new(py, items.iter().map(|c| c.clone_ref(py)))?;
    Ok(list.try_iter()?.into_any().unbind())
}
