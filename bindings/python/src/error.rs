//! The one place where core errors become Python exceptions: converts the
//! PaymentIntent a core error may carry into the result class, then lets
//! `exceptions` build the typed exception and adds the response's headers.
//! Depends on `exceptions`, `headers` and `model`; none depends on it.

use payintent::{Error, ErrorKind};
use pyo3::prelude::*;

use crate::exceptions;
use crate::headers::ResponseHeaders;
use crate::model::PaymentIntent;

/// Build the Python exception for a core error.
pub fn to_py(py: Python<'_>, e: Error) -> PyErr {
    let attached = match &e.payment_intent {
        Some(pi) => match Py::new(py, PaymentIntent::new((**pi).clone())) {
            Ok(obj) => Some(obj.into_any()),
            Err(err) => return err,
        },
        None => None,
    };
    let err = exceptions::build(py, &e, attached);
    if let Some(h) = e.response_headers {
        if let Ok(obj) = Py::new(py, ResponseHeaders { inner: h }) {
            let _ = err.value(py).setattr("headers", obj);
        }
    }
    err
}

/// An invalid argument detected by the binding itself.
pub fn invalid(py: Python<'_>, param: &str, message: String) -> PyErr {
    exceptions::invalid(py, param, message)
}

/// A failure inside the binding (a panic caught at the boundary).
pub fn internal(py: Python<'_>, what: &str) -> PyErr {
    to_py(py, Error::new(ErrorKind::Api, format!("internal error in payintent: {what}")))
}
