//! `ResponseMeta`: facts about the HTTP exchange that returned an object.

use pyo3::prelude::*;

use crate::headers::ResponseHeaders;

/// Facts about the HTTP exchange that returned an object.
#[pyclass(frozen, eq, module = "payintent")]
#[derive(Clone, PartialEq)]
pub struct ResponseMeta {
    /// The `Request-Id` the API sent, if any.
    #[pyo3(get)]
    pub request_id: Option<String>,
    /// The HTTP status of the last attempt.
    #[pyo3(get)]
    pub http_status: u16,
    /// The idempotency key sent (given or generated), if any.
    #[pyo3(get)]
    pub idempotency_key: Option<String>,
    /// Whether the API replayed an earlier response for the idempotency key.
    #[pyo3(get)]
    pub idempotent_replayed: bool,
    /// How many HTTP attempts the call took (retries included).
    #[pyo3(get)]
    pub attempts: u32,
    pub headers: payintent::ResponseHeaders,
}

impl From<payintent::ResponseMeta> for ResponseMeta {
    fn from(m: payintent::ResponseMeta) -> Self {
        ResponseMeta {
            request_id: m.request_id,
            http_status: m.http_status,
            idempotency_key: m.idempotency_key,
            idempotent_replayed: m.idempotent_replayed,
            attempts: m.attempts,
            headers: m.headers,
        }
    }
}

#[pymethods]
impl ResponseMeta {
    /// The response's headers (case-insensitive names).
    #[getter]
    fn headers(&self) -> ResponseHeaders {
        ResponseHeaders { inner: self.headers.clone() }
    }

    fn __repr__(&self) -> String {
        format!(
            "ResponseMeta(request_id={}, http_status={}, idempotency_key={}, idempotent_replayed={}, attempts={})",
            py_opt(&self.request_id),
            self.http_status,
            py_opt(&self.idempotency_key),
            if self.idempotent_replayed { "True" } else { "False" },
            self.attempts
        )
    }
}

fn py_opt(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("{s:?}"),
        None => "None".to_string(),
    }
}
