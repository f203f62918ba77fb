//! The one place where core errors become Python exceptions. The exception
//! classes are defined in `payintent/_errors.py` (so they can also derive
//! from ValueError and carry typed attributes); this module picks the class
//! by the error's kind and fills in its fields.

use payintent::{Error, ErrorKind};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Card => "CardError",
        ErrorKind::InvalidRequest => "InvalidRequestError",
        ErrorKind::Authentication => "AuthenticationError",
        ErrorKind::Permission => "PermissionDeniedError",
        ErrorKind::RateLimit => "RateLimitError",
        ErrorKind::Idempotency => "IdempotencyError",
        ErrorKind::Api => "APIError",
        ErrorKind::Connection => "APIConnectionError",
        ErrorKind::Timeout => "APITimeoutError",
        ErrorKind::InvalidArgument => "InvalidArgumentError",
    }
}

/// Build the Python exception for a core error.
pub fn to_py(py: Python<'_>, e: Error) -> PyErr {
    match build(py, &e) {
        Ok(err) => err,
        // The error module failed to import: still never lose the message.
        Err(_) => PyRuntimeError::new_err(format!("{e}")),
    }
}

fn build(py: Python<'_>, e: &Error) -> PyResult<PyErr> {
    let module = py.import("payintent._errors")?;
    let class = module.getattr(class_name(e.kind))?;
    let kw = PyDict::new(py);
    kw.set_item("kind", e.kind.as_str())?;
    kw.set_item("http_status", e.http_status)?;
    kw.set_item("error_type", e.error_type.as_deref())?;
    kw.set_item("code", e.code.as_deref())?;
    kw.set_item("decline_code", e.decline_code.as_deref())?;
    kw.set_item("param", e.param.as_deref())?;
    kw.set_item("doc_url", e.doc_url.as_deref())?;
    kw.set_item("request_id", e.request_id.as_deref())?;
    kw.set_item("idempotency_key", e.idempotency_key.as_deref())?;
    let pi_json = e.payment_intent.as_ref().map(|pi| pi.to_json().to_string());
    kw.set_item("payment_intent_json", pi_json)?;
    let instance = class.call((e.message.as_str(),), Some(&kw))?;
    Ok(PyErr::from_value(instance))
}

/// A failure inside the binding itself (a panic caught at the boundary).
pub fn internal(py: Python<'_>, what: &str) -> PyErr {
    to_py(py, Error::new(ErrorKind::Api, format!("internal error in payintent: {what}")))
}
