//! The Python exception classes (`PayIntentError` and one subclass per core
//! `ErrorKind`, generated into `exception_classes.rs`) and the builder that
//! fills an instance from a core error. Knows nothing of the result classes:
//! an attached PaymentIntent arrives already converted, so this module imports
//! no other module of the crate.
//!
//! Attributes are set on each instance when it is raised, with class-level
//! defaults so that user-constructed exceptions have them too.

use payintent::{Error, ErrorKind};
use pyo3::exceptions::{PyException, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

// The classes, `class_for` and `ALIASES`, generated from the description's error table.
include!("exception_classes.rs");

/// The class of a kind whose Python class also derives from a builtin exception
/// (`InvalidArgumentError(PayIntentError, ValueError)`), which `create_exception!`
/// cannot express: built once with `type(name, bases, namespace)`.
fn with_builtin_base<'py>(
    py: Python<'py>,
    cell: &'py PyOnceLock<Py<PyType>>,
    kind: ErrorKind,
    parent: Bound<'py, PyType>,
    builtin: Bound<'py, PyType>,
    doc: &str,
) -> PyResult<Bound<'py, PyType>> {
    cell.get_or_try_init(py, || -> PyResult<Py<PyType>> {
        let ns = PyDict::new(py);
        ns.set_item("__module__", "payintent")?;
        ns.set_item("__doc__", doc)?;
        ns.set_item("kind", kind.as_str())?;
        let bases = PyTuple::new(py, [parent.into_any(), builtin.into_any()])?;
        let ty = py.get_type::<PyType>().call1((kind.class_name(), bases, ns))?;
        Ok(ty.cast_into::<PyType>()?.unbind())
    })
    .map(|t| t.bind(py).clone())
}

const NONE_FIELDS: [&str; 11] = [
    "http_status",
    "error_type",
    "code",
    "decline_code",
    "param",
    "doc_url",
    "request_id",
    "idempotency_key",
    "payment_intent",
    "user_message",
    "headers",
];

/// Add the classes to the module, with class-level attribute defaults.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let base = py.get_type::<PayIntentError>();
    for name in NONE_FIELDS {
        base.setattr(name, py.None())?;
    }
    base.setattr("kind", ErrorKind::Api.as_str())?;
    base.setattr("message", "")?;
    m.add("PayIntentError", &base)?;
    for kind in ErrorKind::ALL {
        let class = class_for(py, kind)?;
        class.setattr("kind", kind.as_str())?;
        m.add(kind.class_name(), class)?;
    }
    for (alias, kind) in ALIASES {
        m.add(*alias, class_for(py, *kind)?)?;
    }
    Ok(())
}

/// The Python exception for a core error; `payment_intent` is the attached
/// PaymentIntent already converted by the caller (None when there is none).
pub fn build(py: Python<'_>, e: &Error, payment_intent: Option<Py<PyAny>>) -> PyErr {
    match fill(py, e, payment_intent) {
        Ok(err) => err,
        // Never lose the message, even if building the typed error failed.
        Err(_) => PyRuntimeError::new_err(e.to_string()),
    }
}

fn fill(py: Python<'_>, e: &Error, payment_intent: Option<Py<PyAny>>) -> PyResult<PyErr> {
    let class = class_for(py, e.kind)?;
    let instance = class.call1((e.to_string(),))?;
    instance.setattr("kind", e.kind.as_str())?;
    instance.setattr("message", e.message.as_str())?;
    instance.setattr("user_message", e.message.as_str())?;
    instance.setattr("http_status", e.http_status)?;
    instance.setattr("error_type", e.error_type.as_deref())?;
    instance.setattr("code", e.code.as_deref())?;
    instance.setattr("decline_code", e.decline_code.as_deref())?;
    instance.setattr("param", e.param.as_deref())?;
    instance.setattr("doc_url", e.doc_url.as_deref())?;
    instance.setattr("request_id", e.request_id.as_deref())?;
    instance.setattr("idempotency_key", e.idempotency_key.as_deref())?;
    instance.setattr("payment_intent", payment_intent)?;
    Ok(PyErr::from_value(instance))
}

/// An invalid argument detected by the binding itself (never carries a
/// PaymentIntent).
pub fn invalid(py: Python<'_>, param: &str, message: String) -> PyErr {
    build(py, &Error::invalid_argument(param, message), None)
}
