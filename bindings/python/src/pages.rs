//! The page classes: `PaymentIntentList`, `SearchResult` and the lazy
//! `AutoPager`, plus `outcome_to_py`, which picks the class for an
//! operation's result.

use std::collections::VecDeque;
use std::sync::Arc;

use payintent::params::{ListParams, SearchParams};
use payintent::{Pager, PaymentIntents as CoreService};
use pyo3::exceptions::PyStopAsyncIteration;
use pyo3::prelude::*;
use serde_json::{Map, Value};

use crate::awaitable;
use crate::blocking;
use crate::error;
use crate::list_items::{iter_items, list_dict};
use crate::model::{PaymentIntent, ResponseMeta};

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
    let buffer = items.iter().map(|p| (*p.get().inner).clone()).collect();
    AutoPager { state: Arc::new(tokio::sync::Mutex::new(PagerState { buffer, pager: next.pager() })) }
}

/// One page of `list` results, newest first.
#[pyclass(frozen, module = "payintent")]
pub struct PaymentIntentList {
    data: Vec<Py<PaymentIntent>>,
    /// Always ``"list"``.
    #[pyo3(get)]
    object: String,
    /// Whether more PaymentIntents follow this page.
    #[pyo3(get)]
    has_more: bool,
    /// The URL of the list.
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
    /// The PaymentIntents of this page.
    #[getter]
    fn data(&self, py: Python<'_>) -> Vec<Py<PaymentIntent>> {
        self.data.iter().map(|p| p.clone_ref(py)).collect()
    }

    /// The HTTP exchange that returned this page.
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

    /// The page as a dict, as the API sent it.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        list_dict(py, &self.object, items_json(&self.data), self.has_more, &self.url, vec![])
    }

    fn __len__(&self) -> usize {
        self.data.len()
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        iter_items(py, &self.data)
    }

    fn __repr__(&self) -> String {
        format!("<PaymentIntentList {} items has_more={}>", self.data.len(), if self.has_more { "True" } else { "False" })
    }
}

/// One page of `search` results.
#[pyclass(frozen, module = "payintent")]
pub struct SearchResult {
    data: Vec<Py<PaymentIntent>>,
    /// Always ``"search_result"``.
    #[pyo3(get)]
    object: String,
    /// Whether more results follow this page.
    #[pyo3(get)]
    has_more: bool,
    /// The cursor of the next page (the ``page`` parameter), if any.
    #[pyo3(get)]
    next_page: Option<String>,
    /// How many PaymentIntents match in all, when requested with ``expand=["total_count"]``.
    #[pyo3(get)]
    total_count: Option<u64>,
    /// The URL of the search.
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
    /// The PaymentIntents of this page.
    #[getter]
    fn data(&self, py: Python<'_>) -> Vec<Py<PaymentIntent>> {
        self.data.iter().map(|p| p.clone_ref(py)).collect()
    }

    /// The HTTP exchange that returned this page.
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

    /// The page as a dict, as the API sent it.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let more = vec![
            ("next_page", self.next_page.clone().map(Value::from).unwrap_or(Value::Null)),
            ("total_count", self.total_count.map(Value::from).unwrap_or(Value::Null)),
        ];
        list_dict(py, &self.object, items_json(&self.data), self.has_more, &self.url, more)
    }

    fn __len__(&self) -> usize {
        self.data.len()
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        iter_items(py, &self.data)
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
        match blocking::run_shared(py, next_item(state))? {
            Ok(item) => Ok(item.map(PaymentIntent::new)),
            Err(e) => Err(error::to_py(py, e)),
        }
    }

    fn __aiter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __anext__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let state = self.state.clone();
        awaitable::spawn(py, next_item(state), |py, item| match item {
            Ok(Some(pi)) => Ok(Py::new(py, PaymentIntent::new(pi))?.into_any()),
            Ok(None) => Err(PyStopAsyncIteration::new_err(())),
            Err(e) => Err(error::to_py(py, e)),
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
    service: impl FnOnce() -> payintent::Result<CoreService>,
    params: &Map<String, Value>,
) -> PyResult<Py<PyAny>> {
    let service = move || service().map_err(|e| error::to_py(py, e));
    Ok(match outcome {
        payintent::Outcome::PaymentIntent(pi) => Py::new(py, PaymentIntent::new(pi))?.into_any(),
        payintent::Outcome::List(l) => Py::new(py, PaymentIntentList::new(py, l, service()?, params)?)?.into_any(),
        payintent::Outcome::Search(s) => Py::new(py, SearchResult::new(py, s, service()?, params)?)?.into_any(),
    })
}
