//! Option values given from Python: timeouts and deadlines (seconds), retry
//! counts and extra root certificates. Any Python object may arrive; nothing here panics. A value
//! of the wrong type raises `TypeError` (like every other request option), a
//! number that cannot be used (negative, zero, NaN, infinite, too large for
//! a float or a duration) raises `InvalidArgumentError`.

use std::time::Duration;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyFloat, PyInt, PyList, PyString, PyTuple};

use crate::convert;
use crate::exceptions;

/// The longest duration passed on: what a u64 count of milliseconds holds,
/// the range the Node, Swift and Kotlin bindings can express. The core may
/// refuse shorter ones with its own maximum (with the same error kind).
const MAX_SECONDS: f64 = u64::MAX as f64 / 1000.0;

/// Whether `v` is a number Python can turn into a float (bool excluded).
fn is_number(v: &Bound<'_, PyAny>) -> bool {
    if v.is_instance_of::<PyBool>() {
        return false;
    }
    v.is_instance_of::<PyFloat>() || v.is_instance_of::<PyInt>() || v.hasattr("__float__").unwrap_or(false)
}

/// A positive number of seconds (None or Python `None`: not given).
pub fn seconds(py: Python<'_>, param: &str, v: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Duration>> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Ok(None) };
    if !is_number(v) {
        let tn = convert::type_name(v);
        return Err(PyTypeError::new_err(format!("{param} must be a number of seconds, got {tn}")));
    }
    let bad = |shown: &str| exceptions::invalid(py, param, format!("{param} must be a positive number of seconds, got {shown}"));
    // An int beyond the float range fails here (OverflowError in Python).
    let s: f64 = v.extract().map_err(|_| bad("a number too large for a float"))?;
    if !(s.is_finite() && s > 0.0) {
        return Err(bad(&s.to_string()));
    }
    if s > MAX_SECONDS {
        return Err(bad(&format!("{s} (at most {MAX_SECONDS} seconds)")));
    }
    match Duration::try_from_secs_f64(s) {
        Ok(d) if !d.is_zero() => Ok(Some(d)),
        // Below a nanosecond: would be a zero timeout.
        _ => Err(bad(&s.to_string())),
    }
}

/// A retry count from 0 to 100 (None or Python `None`: not given).
pub fn retries(py: Python<'_>, v: Option<&Bound<'_, PyAny>>) -> PyResult<Option<u32>> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Ok(None) };
    if v.is_instance_of::<PyBool>() || !v.hasattr("__index__").unwrap_or(false) {
        let tn = convert::type_name(v);
        return Err(PyTypeError::new_err(format!("max_retries must be an int, got {tn}")));
    }
    let shown = v.repr().map(|r| r.to_string()).unwrap_or_else(|_| "?".into());
    let shown: String = shown.chars().take(40).collect();
    v.extract::<i64>()
        .ok()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n <= 100)
        .map(Some)
        .ok_or_else(|| exceptions::invalid(py, "max_retries", format!("max_retries must be between 0 and 100, got {shown}")))
}

/// `root_certificates`: PEM text (`str` holding `-----BEGIN`, or `bytes`), a
/// path to a PEM file (`str` or `os.PathLike`), or a list/tuple of those.
/// Gives the PEM bundles; the core checks that they hold certificates.
pub fn root_certificates(py: Python<'_>, v: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<Vec<u8>>> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Ok(Vec::new()) };
    if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() {
        let mut all = Vec::new();
        for item in v.try_iter()? {
            all.extend(root_certificates(py, Some(&item?))?);
        }
        return Ok(all);
    }
    if let Ok(b) = v.cast::<PyBytes>() {
        return Ok(vec![b.as_bytes().to_vec()]);
    }
    let path = if v.is_instance_of::<PyString>() {
        let s: String = v.extract()?;
        if s.contains("-----BEGIN") {
            return Ok(vec![s.into_bytes()]);
        }
        s
    } else if v.hasattr("__fspath__").unwrap_or(false) {
        py.import("os")?.call_method1("fspath", (v,))?.extract::<String>()?
    } else {
        let tn = convert::type_name(v);
        return Err(PyTypeError::new_err(format!(
            "root_certificates must be PEM text (str or bytes), a path to a PEM file, or a list of those, got {tn}"
        )));
    };
    std::fs::read(&path).map(|pem| vec![pem]).map_err(|e| {
        exceptions::invalid(py, "root_certificates", format!("root_certificates: cannot read {path:?}: {e}"))
    })
}
