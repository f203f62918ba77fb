//! The Python exception classes (`PayIntentError` and one subclass per core
//! `ErrorKind`) and the builder that fills an instance from a core error.
//! Knows nothing of the result classes: an attached PaymentIntent arrives
//! already converted, so this module imports no other module of the crate.
//!
//! `InvalidArgumentError` also derives from `ValueError`, which
//! `create_exception!` cannot express, so it is built with `type(...)` at
//! import time. Attributes are set on each instance when it is raised, with
//! class-level defaults so that user-constructed exceptions have them too.

use payintent::{Error, ErrorKind};
use pyo3::exceptions::{PyException, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

pyo3::create_exception!(
    payintent,
    PayIntentError,
    PyException,
    "Base class of every payintent error; `kind` is the stable code shared with the other languages."
);
pyo3::create_exception!(payintent, CardError, PayIntentError, "The card was declined or needs authentication (HTTP 402).");
pyo3::create_exception!(
    payintent,
    InvalidRequestError,
    PayIntentError,
    "The API rejected the request: parameters, state, or a missing object."
);
pyo3::create_exception!(payintent, AuthenticationError, PayIntentError, "The API key is missing or wrong (HTTP 401).");
pyo3::create_exception!(payintent, PermissionDeniedError, PayIntentError, "The key may not perform this request (HTTP 403).");
pyo3::create_exception!(payintent, RateLimitError, PayIntentError, "Too many requests (HTTP 429).");
pyo3::create_exception!(
    payintent,
    IdempotencyError,
    PayIntentError,
    "An idempotency key was reused with other parameters, or is in use."
);
pyo3::create_exception!(payintent, APIError, PayIntentError, "The API failed (5xx) or sent something unreadable.");
pyo3::create_exception!(
    payintent,
    APIConnectionError,
    PayIntentError,
    "No response: DNS, TCP, TLS or a dropped connection."
);
pyo3::create_exception!(payintent, APITimeoutError, APIConnectionError, "An attempt timed out, or the overall deadline ran out.");

static INVALID_ARGUMENT: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// `InvalidArgumentError(PayIntentError, ValueError)`.
fn invalid_argument_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    INVALID_ARGUMENT
        .get_or_try_init(py, || -> PyResult<Py<PyType>> {
            let ns = PyDict::new(py);
            ns.set_item("__module__", "payintent")?;
            ns.set_item("__doc__", "Rejected on the client before anything was sent (also a ValueError).")?;
            ns.set_item("kind", ErrorKind::InvalidArgument.as_str())?;
            let bases = PyTuple::new(py, [py.get_type::<PayIntentError>().into_any(), py.get_type::<PyValueError>().into_any()])?;
            let ty = py.get_type::<PyType>().call1(("InvalidArgumentError", bases, ns))?;
            Ok(ty.cast_into::<PyType>()?.unbind())
        })
        .map(|t| t.bind(py))
}

/// The Python class for a kind.
pub fn class_for(py: Python<'_>, kind: ErrorKind) -> PyResult<Bound<'_, PyType>> {
    Ok(match kind {
        ErrorKind::Card => py.get_type::<CardError>(),
        ErrorKind::InvalidRequest => py.get_type::<InvalidRequestError>(),
        ErrorKind::Authentication => py.get_type::<AuthenticationError>(),
        ErrorKind::Permission => py.get_type::<PermissionDeniedError>(),
        ErrorKind::RateLimit => py.get_type::<RateLimitError>(),
        ErrorKind::Idempotency => py.get_type::<IdempotencyError>(),
        ErrorKind::Api => py.get_type::<APIError>(),
        ErrorKind::Connection => py.get_type::<APIConnectionError>(),
        ErrorKind::Timeout => py.get_type::<APITimeoutError>(),
        ErrorKind::InvalidArgument => invalid_argument_type(py)?.clone(),
    })
}

const NONE_FIELDS: [&str; 10] = [
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
        m.add(class.name()?, class)?;
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
