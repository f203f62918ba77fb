//! `ResponseHeaders`: the headers of a response as a read-only mapping with
//! case-insensitive lookup (`last_response.headers["Request-Id"]`,
//! `error.headers.get("retry-after")`). Names are lower case; a header sent
//! several times reads as its values joined by ", " (as `requests` does);
//! `get_all` gives them one by one.

use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;

/// The headers of a response: a read-only mapping, names in any case.
#[pyclass(frozen, eq, module = "payintent")]
#[derive(Clone, PartialEq)]
pub struct ResponseHeaders {
    pub inner: payintent::ResponseHeaders,
}

impl ResponseHeaders {
    fn joined(&self, name: &str) -> Option<String> {
        let mut values = self.inner.get_all(name).peekable();
        values.peek()?;
        Some(values.collect::<Vec<_>>().join(", "))
    }

    /// Distinct names, in the order first received.
    fn names(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (n, _) in self.inner.iter() {
            if !out.iter().any(|o| o == n) {
                out.push(n.to_string());
            }
        }
        out
    }
}

#[pymethods]
impl ResponseHeaders {
    fn __getitem__(&self, name: &str) -> PyResult<String> {
        self.joined(name).ok_or_else(|| PyKeyError::new_err(name.to_string()))
    }

    /// The value of `name` (any case), or `default`.
    #[pyo3(signature = (name, default = None))]
    fn get(&self, name: &str, default: Option<String>) -> Option<String> {
        self.joined(name).or(default)
    }

    /// Every value of `name` (any case), in the order received.
    fn get_all(&self, name: &str) -> Vec<String> {
        self.inner.get_all(name).map(str::to_string).collect()
    }

    fn __contains__(&self, name: &Bound<'_, PyAny>) -> bool {
        match name.extract::<String>() {
            Ok(n) => self.inner.get(&n).is_some(),
            Err(_) => false,
        }
    }

    fn __len__(&self) -> usize {
        self.names().len()
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self.names().into_pyobject(py)?.try_iter()?.into_any().unbind())
    }

    /// The header names (lower case).
    fn keys(&self) -> Vec<String> {
        self.names()
    }

    /// `(name, value)` pairs, one per name (repeated values joined).
    fn items(&self) -> Vec<(String, String)> {
        self.names().into_iter().map(|n| (n.clone(), self.joined(&n).unwrap_or_default())).collect()
    }

    /// The values, one per name (repeated values joined).
    fn values(&self) -> Vec<String> {
        self.names().into_iter().map(|n| self.joined(&n).unwrap_or_default()).collect()
    }

    fn __repr__(&self) -> String {
        let items: Vec<String> = self.items().into_iter().map(|(n, v)| format!("{n:?}: {v:?}")).collect();
        format!("ResponseHeaders({{{}}})", items.join(", "))
    }
}
