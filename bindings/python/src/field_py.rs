//! `FieldToPy`: one field of the core's model as a Python object, converted
//! on its own (no JSON round trip of the object that holds it). Scalars,
//! options, lists, maps and raw JSON are handled here; each model class adds
//! its own impl (`model_class!`), the expandable fields theirs (`expanded.rs`),
//! and the generated module the string enums (`string_enum_fields!`).

use std::collections::BTreeMap;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use serde_json::Value;

use crate::convert;

/// A model field that can be handed to Python.
pub trait FieldToPy {
    /// The field's value as a Python object (`None` for an absent option).
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

impl FieldToPy for String {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(PyString::new(py, self).into_any().unbind())
    }
}

impl FieldToPy for bool {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(PyBool::new(py, *self).to_owned().into_any().unbind())
    }
}

impl FieldToPy for i64 {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self.into_pyobject(py)?.into_any().unbind())
    }
}

impl FieldToPy for f64 {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self.into_pyobject(py)?.into_any().unbind())
    }
}

impl FieldToPy for Value {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        convert::to_py(py, self)
    }
}

impl FieldToPy for payintent::RawJson {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        convert::raw_to_py(py, self)
    }
}

impl<T: FieldToPy> FieldToPy for Option<T> {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            Some(v) => v.field_to_py(py),
            None => Ok(py.None()),
        }
    }
}

impl<T: FieldToPy> FieldToPy for Box<T> {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        (**self).field_to_py(py)
    }
}

impl<T: FieldToPy> FieldToPy for Vec<T> {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = PyList::empty(py);
        for item in self {
            list.append(item.field_to_py(py)?)?;
        }
        Ok(list.into_any().unbind())
    }
}

impl<T: FieldToPy> FieldToPy for BTreeMap<String, T> {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let dict = PyDict::new(py);
        for (k, v) in self {
            dict.set_item(k, v.field_to_py(py)?)?;
        }
        Ok(dict.into_any().unbind())
    }
}

/// A raw JSON field of `extra` (a field the model does not type, or a typed
/// one whose value could not be read) as a Python object; `None` when absent.
pub fn raw_field(py: Python<'_>, extra: &serde_json::Map<String, Value>, key: &str) -> PyResult<Py<PyAny>> {
    match extra.get(key) {
        Some(v) => convert::to_py(py, v),
        None => Ok(py.None()),
    }
}

/// `FieldToPy` for the core's string enums: the value as the API spells it
/// (unknown values included).
macro_rules! string_enum_fields {
    ($($ty:ty),* $(,)?) => {
        $(
            impl $crate::field_py::FieldToPy for $ty {
                fn field_to_py(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                    Ok(::pyo3::types::PyString::new(py, self.as_str()).into_any().unbind())
                }
            }
        )*
    };
}
pub(crate) use string_enum_fields;
