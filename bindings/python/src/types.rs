//! Result classes: `PaymentIntent`, `ResponseMeta`, `PaymentIntentList`,
//! `SearchResult` and the lazy `AutoPager`. Each wraps the core's typed model;
//! attributes are read-only and converted on access.

use std::collections::VecDeque;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use payintent::params::{ListParams, SearchParams};
use payintent::{Pager, PaymentIntents as CoreService};
use pyo3::exceptions::{PyKeyError, PyStopAsyncIteration};
use pyo3::prelude::*;
use serde_json::{Map, Value};

use crate::convert;
use crate::error;

/// Facts about the HTTP exchange that returned an object.
#[pyclass(frozen, eq, get_all, module = "payintent")]
#[derive(Clone, PartialEq)]
pub struct ResponseMeta {
    pub request_id: Option<String>,
    pub http_status: u16,
    pub idempotency_key: Option<String>,
    pub idempotent_replayed: bool,
    pub attempts: u32,
}

impl From<payintent::ResponseMeta> for ResponseMeta {
    fn from(m: payintent::ResponseMeta) -> Self {
        ResponseMeta {
            request_id: m.request_id,
            http_status: m.http_status,
            idempotency_key: m.idempotency_key,
            idempotent_replayed: m.idempotent_replayed,
            attempts: m.attempts,
        }
    }
}

#[pymethods]
impl ResponseMeta {
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

/// A PaymentIntent. Attributes follow the API reference (version 2023-08-16);
/// `to_dict()` gives the whole object as sent, fields newer than this version
/// included.
#[pyclass(frozen, module = "payintent")]
pub struct PaymentIntent {
    pub inner: payintent::PaymentIntent,
    pub meta: Option<payintent::ResponseMeta>,
}

impl PaymentIntent {
    pub fn new(mut inner: payintent::PaymentIntent) -> Self {
        let meta = inner.last_response.take();
        PaymentIntent { inner, meta }
    }
}

/// Generates the class's methods, with one read-only attribute per field of
/// the core's model.
macro_rules! payment_intent_methods {
    ($($field:ident),* $(,)?) => {
        #[pymethods]
        impl PaymentIntent {
            $(
                #[getter]
                fn $field(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                    convert::serialize(py, &self.inner.$field)
                }
            )*

            /// The field names modelled as attributes.
            #[classattr]
            #[pyo3(name = "FIELDS")]
            fn fields() -> Vec<&'static str> {
                vec![$(stringify!($field)),*]
            }

            /// The HTTP exchange that returned this object (None for objects
            /// nested in lists, errors or built with `from_dict`).
            #[getter]
            fn last_response(&self) -> Option<ResponseMeta> {
                self.meta.clone().map(ResponseMeta::from)
            }

            /// The object as the API sent it, unknown fields included.
            fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                convert::to_py(py, &self.inner.to_json())
            }

            /// Build a PaymentIntent from its API JSON (e.g. a webhook payload
            /// or `to_dict()` output).
            #[staticmethod]
            fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<PaymentIntent> {
                let value = convert::to_json(data, "data", 0).map_err(|e| error::to_py(py, e))?;
                let inner: payintent::PaymentIntent = serde_json::from_value(value)
                    .map_err(|e| error::invalid(py, "data", format!("not a PaymentIntent: {e}")))?;
                Ok(PaymentIntent::new(inner))
            }

            /// `pi["field"]`: any field of the JSON, including unknown ones.
            fn __getitem__(&self, py: Python<'_>, key: &str) -> PyResult<Py<PyAny>> {
                match self.inner.to_json().get(key) {
                    Some(v) => convert::to_py(py, v),
                    None => Err(PyKeyError::new_err(key.to_string())),
                }
            }

            fn __contains__(&self, key: &str) -> bool {
                self.inner.to_json().get(key).is_some()
            }

            fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> Py<PyAny> {
                match other.cast::<PaymentIntent>() {
                    Ok(o) => {
                        let same = self.inner == o.get().inner;
                        same.into_pyobject(py).map(|b| b.to_owned().into_any().unbind()).unwrap_or_else(|_| py.NotImplemented())
                    }
                    Err(_) => py.NotImplemented(),
                }
            }

            fn __reduce__(&self, py: Python<'_>) -> PyResult<(Py<PyAny>, (Py<PyAny>,))> {
                let ctor = py.get_type::<PaymentIntent>().getattr("from_dict")?.unbind();
                Ok((ctor, (self.to_dict(py)?,)))
            }

            fn __repr__(&self) -> String {
                let pi = &self.inner;
                match &pi.currency {
                    Some(c) => format!("<PaymentIntent {} status={} amount={} {}>", pi.id, pi.status.as_str(), pi.amount, c),
                    None => format!("<PaymentIntent {} status={} amount={}>", pi.id, pi.status.as_str(), pi.amount),
                }
            }
        }
    };
}

payment_intent_methods!(
    id,
    object,
    amount,
    amount_capturable,
    amount_details,
    amount_received,
    application,
    application_fee_amount,
    automatic_payment_methods,
    canceled_at,
    cancellation_reason,
    capture_method,
    client_secret,
    confirmation_method,
    created,
    currency,
    customer,
    description,
    invoice,
    last_payment_error,
    latest_charge,
    livemode,
    metadata,
    next_action,
    on_behalf_of,
    payment_method,
    payment_method_options,
    payment_method_types,
    processing,
    receipt_email,
    review,
    setup_future_usage,
    shipping,
    statement_descriptor,
    statement_descriptor_suffix,
    status,
    transfer_data,
    transfer_group,
);

/// Where the page after this one comes from.
#[derive(Clone)]
pub enum NextPages {
    None,
    List(CoreService, ListParams),
    Search(CoreService, SearchParams),
}

impl NextPages {
    fn pager(&self) -> Option<Pager> {
        match self {
            NextPages::None => None,
            NextPages::List(s, p) => Some(s.list_auto(p.clone())),
            NextPages::Search(s, p) => Some(s.search_auto(p.clone())),
        }
    }
}

fn wrap_all(py: Python<'_>, items: Vec<payintent::PaymentIntent>) -> PyResult<Vec<Py<PaymentIntent>>> {
    items.into_iter().map(|pi| Py::new(py, PaymentIntent::new(pi))).collect()
}

fn items_json(items: &[Py<PaymentIntent>]) -> Value {
    Value::Array(items.iter().map(|p| p.get().inner.to_json()).collect())
}

fn pager_from(items: &[Py<PaymentIntent>], next: &NextPages) -> AutoPager {
    let buffer = items.iter().map(|p| p.get().inner.clone()).collect();
    AutoPager { state: Arc::new(tokio::sync::Mutex::new(PagerState { buffer, pager: next.pager() })) }
}

/// One page of `list` results, newest first.
#[pyclass(frozen, module = "payintent")]
pub struct PaymentIntentList {
    data: Vec<Py<PaymentIntent>>,
    #[pyo3(get)]
    object: String,
    #[pyo3(get)]
    has_more: bool,
    #[pyo3(get)]
    url: String,
    meta: Option<payintent::ResponseMeta>,
    next: NextPages,
}

impl PaymentIntentList {
    pub fn new(py: Python<'_>, page: payintent::List<payintent::PaymentIntent>, service: CoreService, params: &Map<String, Value>) -> PyResult<Self> {
        let mut next = NextPages::None;
        if page.has_more {
            if let Ok(mut p) = payintent::params::from_json::<ListParams>(Value::Object(params.clone())) {
                let backward = p.ending_before.is_some();
                let cursor = if backward { page.data.first() } else { page.data.last() };
                if let Some(pi) = cursor {
                    if backward {
                        p.ending_before = Some(pi.id.clone());
                    } else {
                        p.starting_after = Some(pi.id.clone());
                    }
                    next = NextPages::List(service, p);
                }
            }
        }
        Ok(PaymentIntentList {
            data: wrap_all(py, page.data)?,
            object: page.object,
            has_more: page.has_more,
            url: page.url,
            meta: page.last_response,
            next,
        })
    }
}

#[pymethods]
impl PaymentIntentList {
    #[getter]
    fn data(&self, py: Python<'_>) -> Vec<Py<PaymentIntent>> {
        self.data.iter().map(|p| p.clone_ref(py)).collect()
    }

    #[getter]
    fn last_response(&self) -> Option<ResponseMeta> {
        self.meta.clone().map(ResponseMeta::from)
    }

    /// Every PaymentIntent of this page and the following ones; pages are
    /// fetched only when iteration reaches them.
    fn auto_paging_iter(&self) -> AutoPager {
        pager_from(&self.data, &self.next)
    }

    /// `async for` over this page and the following ones.
    fn auto_paging_iter_async(&self) -> AutoPager {
        pager_from(&self.data, &self.next)
    }

    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let mut m = Map::new();
        m.insert("object".into(), Value::from(self.object.as_str()));
        m.insert("data".into(), items_json(&self.data));
        m.insert("has_more".into(), Value::Bool(self.has_more));
        m.insert("url".into(), Value::from(self.url.as_str()));
        convert::to_py(py, &Value::Object(m))
    }

    fn __len__(&self) -> usize {
        self.data.len()
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = pyo3::types::PyList::new(py, self.data.iter().map(|p| p.clone_ref(py)))?;
        Ok(list.try_iter()?.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        format!("<PaymentIntentList {} items has_more={}>", self.data.len(), if self.has_more { "True" } else { "False" })
    }
}

/// One page of `search` results.
#[pyclass(frozen, module = "payintent")]
pub struct SearchResult {
    data: Vec<Py<PaymentIntent>>,
    #[pyo3(get)]
    object: String,
    #[pyo3(get)]
    has_more: bool,
    #[pyo3(get)]
    next_page: Option<String>,
    #[pyo3(get)]
    total_count: Option<u64>,
    #[pyo3(get)]
    url: String,
    meta: Option<payintent::ResponseMeta>,
    next: NextPages,
}

impl SearchResult {
    pub fn new(
        py: Python<'_>,
        page: payintent::SearchResult<payintent::PaymentIntent>,
        service: CoreService,
        params: &Map<String, Value>,
    ) -> PyResult<Self> {
        let mut next = NextPages::None;
        if let (true, Some(np), false) = (page.has_more, &page.next_page, page.data.is_empty()) {
            if let Ok(mut p) = payintent::params::from_json::<SearchParams>(Value::Object(params.clone())) {
                p.page = Some(np.clone());
                next = NextPages::Search(service, p);
            }
        }
        Ok(SearchResult {
            data: wrap_all(py, page.data)?,
            object: page.object,
            has_more: page.has_more,
            next_page: page.next_page,
            total_count: page.total_count,
            url: page.url,
            meta: page.last_response,
            next,
        })
    }
}

#[pymethods]
impl SearchResult {
    #[getter]
    fn data(&self, py: Python<'_>) -> Vec<Py<PaymentIntent>> {
        self.data.iter().map(|p| p.clone_ref(py)).collect()
    }

    #[getter]
    fn last_response(&self) -> Option<ResponseMeta> {
        self.meta.clone().map(ResponseMeta::from)
    }

    /// Every result of this page and the following ones, fetched lazily.
    fn auto_paging_iter(&self) -> AutoPager {
        pager_from(&self.data, &self.next)
    }

    /// `async for` over this page and the following ones.
    fn auto_paging_iter_async(&self) -> AutoPager {
        pager_from(&self.data, &self.next)
    }

    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let mut m = Map::new();
        m.insert("object".into(), Value::from(self.object.as_str()));
        m.insert("data".into(), items_json(&self.data));
        m.insert("has_more".into(), Value::Bool(self.has_more));
        m.insert("next_page".into(), self.next_page.clone().map(Value::from).unwrap_or(Value::Null));
        m.insert("total_count".into(), self.total_count.map(Value::from).unwrap_or(Value::Null));
        m.insert("url".into(), Value::from(self.url.as_str()));
        convert::to_py(py, &Value::Object(m))
    }

    fn __len__(&self) -> usize {
        self.data.len()
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = pyo3::types::PyList::new(py, self.data.iter().map(|p| p.clone_ref(py)))?;
        Ok(list.try_iter()?.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        format!("<SearchResult {} items has_more={}>", self.data.len(), if self.has_more { "True" } else { "False" })
    }
}

struct PagerState {
    /// Items of pages already fetched and not yet returned.
    buffer: VecDeque<payintent::PaymentIntent>,
    /// Fetches the pages after the first one (None when there are none).
    pager: Option<Pager>,
}

async fn next_item(state: Arc<tokio::sync::Mutex<PagerState>>) -> payintent::Result<Option<payintent::PaymentIntent>> {
    let mut st = state.lock().await;
    if let Some(pi) = st.buffer.pop_front() {
        return Ok(Some(pi));
    }
    match st.pager.as_mut() {
        Some(p) => p.next().await,
        None => Ok(None),
    }
}

/// Iterates over PaymentIntents across pages, fetching each page when it is
/// reached. Supports both `for` (blocking, without the GIL) and `async for`.
#[pyclass(frozen, module = "payintent")]
pub struct AutoPager {
    state: Arc<tokio::sync::Mutex<PagerState>>,
}

#[pymethods]
impl AutoPager {
    fn __iter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<PaymentIntent>> {
        // Items already fetched are returned without leaving the GIL.
        if let Ok(mut st) = self.state.try_lock() {
            if let Some(pi) = st.buffer.pop_front() {
                return Ok(Some(PaymentIntent::new(pi)));
            }
        }
        let state = self.state.clone();
        let rt = pyo3_async_runtimes::tokio::get_runtime();
        let result = py.detach(move || std::panic::catch_unwind(AssertUnwindSafe(|| rt.block_on(next_item(state)))));
        match result {
            Ok(Ok(item)) => Ok(item.map(PaymentIntent::new)),
            Ok(Err(e)) => Err(error::to_py(py, e)),
            Err(_) => Err(error::internal(py, "fetching a page panicked")),
        }
    }

    fn __aiter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __anext__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let state = self.state.clone();
        pyo3_async_runtimes::tokio::future_into_py(py, async move {
            match tokio::spawn(next_item(state)).await {
                Ok(Ok(Some(pi))) => Ok(PaymentIntent::new(pi)),
                Ok(Ok(None)) => Err(PyStopAsyncIteration::new_err(())),
                Ok(Err(e)) => Err(Python::attach(|py| error::to_py(py, e))),
                Err(_) => Err(Python::attach(|py| error::internal(py, "fetching a page panicked"))),
            }
        })
    }

    fn __repr__(&self) -> String {
        "<payintent.AutoPager>".to_string()
    }
}

/// Build the Python result of an operation.
pub fn outcome_to_py(
    py: Python<'_>,
    outcome: payintent::Outcome,
    service: CoreService,
    params: &Map<String, Value>,
) -> PyResult<Py<PyAny>> {
    Ok(match outcome {
        payintent::Outcome::PaymentIntent(pi) => Py::new(py, PaymentIntent::new(*pi))?.into_any(),
        payintent::Outcome::List(l) => Py::new(py, PaymentIntentList::new(py, l, service, params)?)?.into_any(),
        payintent::Outcome::Search(s) => Py::new(py, SearchResult::new(py, s, service, params)?)?.into_any(),
    })
}
