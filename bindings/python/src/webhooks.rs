//! Webhooks in Python: `Webhook.construct_event(payload, sig_header, secret,
//! tolerance=300)` runs the core's check over the raw body and returns an
//! `Event` (its `data.object` a `PaymentIntent` for `payment_intent.*`
//! events, a dict otherwise); failures raise `SignatureVerificationError`.
//! `client.events` (retrieve/list, sync and `*_async`) takes the per-request
//! options of the PaymentIntents methods, converted and run by the crate
//! root's `Opts` and `block_on` and by `awaitable`, with the client's shared
//! client: the observed one while the `payintent` logger is enabled, so its
//! requests are logged like the PaymentIntents calls. Depends on those,
//! `clients`, `logging`, `error`, `convert` and `model`.

use payintent::{EventListParams, EventObject, Webhook as CoreWebhook};
use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

use std::sync::Arc;

use crate::clients::Clients;
use crate::model::PaymentIntent;
use crate::{awaitable, block_on, convert, error, logging, Opts};

/// The raw request body: `bytes` (as received) or `str` (UTF-8).
fn payload_bytes(py: Python<'_>, payload: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(b) = payload.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if let Ok(s) = payload.cast::<PyString>() {
        return Ok(s.to_cow()?.as_bytes().to_vec());
    }
    Err(error::invalid(py, "payload", format!("payload must be bytes or str, not {}", convert::type_name(payload))))
}

/// Checks and reads webhook deliveries.
#[pyclass(frozen, module = "payintent")]
pub struct Webhook;

#[pymethods]
impl Webhook {
    /// Verify ``sig_header`` (the ``Stripe-Signature`` header) against the raw
    /// request body ``payload`` with the endpoint's ``secret`` and return the
    /// event. ``tolerance`` is the allowed age of the signature in seconds
    /// (default 300; 0 accepts any age). Raises ``SignatureVerificationError``
    /// saying which check failed, or ``InvalidArgumentError`` for a payload that
    /// is not an event. Pass the body exactly as received.
    #[staticmethod]
    #[pyo3(signature = (payload, sig_header, secret, tolerance = 300))]
    fn construct_event(
        py: Python<'_>,
        payload: &Bound<'_, PyAny>,
        sig_header: &str,
        secret: &str,
        tolerance: i64,
    ) -> PyResult<Event> {
        let body = payload_bytes(py, payload)?;
        if tolerance < 0 {
            return Err(error::invalid(py, "tolerance", format!("tolerance must not be negative, got {tolerance}")));
        }
        let result = py.detach(|| {
            payintent::ffi::guard(|| {
                CoreWebhook::construct_event_with_tolerance(&body, sig_header, secret, tolerance as u64)
            })
        });
        match result {
            Ok(inner) => Ok(Event { inner }),
            Err(e) => Err(error::to_py(py, e)),
        }
    }

    /// A valid ``Stripe-Signature`` header for ``payload`` signed with
    /// ``secret`` at ``timestamp`` (Unix seconds; now when ``None``), for tests.
    #[staticmethod]
    #[pyo3(signature = (payload, secret, timestamp = None))]
    fn generate_test_header(py: Python<'_>, payload: &Bound<'_, PyAny>, secret: &str, timestamp: Option<i64>) -> PyResult<String> {
        let body = payload_bytes(py, payload)?;
        Ok(CoreWebhook::generate_test_header(&body, secret, timestamp))
    }
}

/// A webhook event. Handle each ``id`` once: a delivery may repeat.
#[pyclass(frozen, module = "payintent")]
pub struct Event {
    inner: payintent::Event,
}

/// An event's ``data``: the object after the change and the changed fields'
/// previous values.
#[pyclass(frozen, module = "payintent")]
pub struct EventData {
    inner: payintent::EventData,
}

#[pymethods]
impl EventData {
    /// The object: a ``PaymentIntent`` for ``payment_intent.*`` events, a dict otherwise.
    #[getter]
    fn object(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match &self.inner.object {
            EventObject::PaymentIntent(pi) => Ok(Py::new(py, PaymentIntent::new((**pi).clone()))?.into_any()),
            EventObject::Other(v) => convert::to_py(py, v),
        }
    }

    /// The values the changed fields had before (update events), or ``None``.
    #[getter]
    fn previous_attributes(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match &self.inner.previous_attributes {
            Some(v) => convert::to_py(py, v),
            None => Ok(py.None()),
        }
    }
}

#[pymethods]
impl Event {
    /// ``evt_...``; the same on every delivery of this event.
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }

    /// The event type, e.g. ``payment_intent.succeeded``.
    #[getter]
    fn r#type(&self) -> &str {
        &self.inner.event_type
    }

    /// When the event happened, in Unix seconds.
    #[getter]
    fn created(&self) -> i64 {
        self.inner.created
    }

    /// The API version the object is rendered in.
    #[getter]
    fn api_version(&self) -> Option<&str> {
        self.inner.api_version.as_deref()
    }

    /// ``False`` in test mode.
    #[getter]
    fn livemode(&self) -> bool {
        self.inner.livemode
    }

    /// Deliveries of this event not yet acknowledged.
    #[getter]
    fn pending_webhooks(&self) -> i64 {
        self.inner.pending_webhooks
    }

    /// The request that caused the event: ``{"id": ..., "idempotency_key": ...}`` or ``None``.
    #[getter]
    fn request(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match &self.inner.request {
            Some(r) => convert::serialize(py, r),
            None => Ok(py.None()),
        }
    }

    /// The object and its previous values.
    #[getter]
    fn data(&self) -> EventData {
        EventData { inner: self.inner.data.clone() }
    }

    /// The event as a dict, as sent.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        convert::to_py(py, &self.inner.to_json())
    }

    /// A top-level field by its API name.
    fn __getitem__(&self, py: Python<'_>, key: &str) -> PyResult<Py<PyAny>> {
        match self.inner.to_json().get(key) {
            Some(v) => convert::to_py(py, v),
            None => Err(PyKeyError::new_err(key.to_string())),
        }
    }

    fn __repr__(&self) -> String {
        format!("<Event {} type={}>", self.inner.id, self.inner.event_type)
    }
}

/// Adds the classes to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Webhook>()?;
    m.add_class::<Event>()?;
    m.add_class::<EventData>()?;
    Ok(())
}

/// The Events resource, the polling fallback for webhooks: ``client.events``.
///
/// ``retrieve``/``list`` and their ``*_async`` twins take the keyword-only
/// per-request options of ``client.payment_intents``.
#[pyclass(frozen, module = "payintent")]
pub struct Events {
    clients: Arc<Clients>,
}

impl Events {
    /// The resource of the client whose clients are `clients`.
    pub fn new(clients: Arc<Clients>) -> Self {
        Events { clients }
    }

    /// The core resource with the call's options (checked here, before sending).
    fn with(&self, py: Python<'_>, opts: Opts<'_>) -> PyResult<payintent::Events> {
        let client = self.clients.shared(logging::enabled(py)).map_err(|e| error::to_py(py, e))?;
        Ok(client.events().with_options(opts.into_core(py)?))
    }

    /// The keyword filters of a list call, checked by the core's type.
    fn list_params(py: Python<'_>, params: Option<&Bound<'_, PyDict>>) -> PyResult<EventListParams> {
        let map = convert::params(params).map_err(|e| error::to_py(py, e))?;
        payintent::params::from_json(serde_json::Value::Object(map)).map_err(|e| error::to_py(py, e))
    }

    fn event(py: Python<'_>, result: payintent::Result<payintent::Event>) -> PyResult<Py<PyAny>> {
        let inner = result.map_err(|e| error::to_py(py, e))?;
        Ok(Py::new(py, Event { inner })?.into_any())
    }

    fn page(py: Python<'_>, result: payintent::Result<payintent::List<payintent::Event>>) -> PyResult<Py<PyAny>> {
        let page = result.map_err(|e| error::to_py(py, e))?;
        let data = page.data.into_iter().map(|inner| Py::new(py, Event { inner })).collect::<PyResult<_>>()?;
        Ok(Py::new(py, EventList { data, has_more: page.has_more })?.into_any())
    }
}

/// One page of events, newest first.
#[pyclass(frozen, module = "payintent")]
pub struct EventList {
    /// The events of the page.
    #[pyo3(get)]
    data: Vec<Py<Event>>,
    /// Whether there are more after this page.
    #[pyo3(get)]
    has_more: bool,
}

#[pymethods]
impl Events {
    /// ``GET /v1/events/{id}``: one event.
    #[pyo3(signature = (id, *, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None))]
    fn retrieve(
        &self,
        py: Python<'_>,
        id: String,
        idempotency_key: Option<String>,
        stripe_account: Option<String>,
        api_key: Option<String>,
        timeout: Option<Bound<'_, PyAny>>,
        max_retries: Option<Bound<'_, PyAny>>,
        api_version: Option<String>,
        deadline: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let opts = Opts { idempotency_key, stripe_account, api_key, timeout, max_retries, api_version, deadline };
        let events = self.with(py, opts)?;
        let result = block_on(py, async move { events.retrieve(&id).await })?;
        Self::event(py, result)
    }

    /// ``GET /v1/events/{id}``: one event. Async: returns an awaitable.
    #[pyo3(signature = (id, *, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None))]
    fn retrieve_async<'py>(
        &self,
        py: Python<'py>,
        id: String,
        idempotency_key: Option<String>,
        stripe_account: Option<String>,
        api_key: Option<String>,
        timeout: Option<Bound<'_, PyAny>>,
        max_retries: Option<Bound<'_, PyAny>>,
        api_version: Option<String>,
        deadline: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let opts = Opts { idempotency_key, stripe_account, api_key, timeout, max_retries, api_version, deadline };
        let events = self.with(py, opts)?;
        awaitable::spawn(py, async move { events.retrieve(&id).await }, Self::event)
    }

    /// ``GET /v1/events``: one page of events, newest first. Keyword
    /// parameters: ``type`` (a ``*`` suffix allowed) or ``types``, ``created``
    /// (an int or a dict of ``gt``/``gte``/``lt``/``lte``), ``delivery_success``,
    /// ``limit``, ``starting_after``, ``ending_before``.
    #[pyo3(signature = (*, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
    fn list(
        &self,
        py: Python<'_>,
        idempotency_key: Option<String>,
        stripe_account: Option<String>,
        api_key: Option<String>,
        timeout: Option<Bound<'_, PyAny>>,
        max_retries: Option<Bound<'_, PyAny>>,
        api_version: Option<String>,
        deadline: Option<Bound<'_, PyAny>>,
        params: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        let opts = Opts { idempotency_key, stripe_account, api_key, timeout, max_retries, api_version, deadline };
        let events = self.with(py, opts)?;
        let typed = Self::list_params(py, params)?;
        let result = block_on(py, async move { events.list(&typed).await })?;
        Self::page(py, result)
    }

    /// ``GET /v1/events``: one page of events. Async: returns an awaitable.
    #[pyo3(signature = (*, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
    fn list_async<'py>(
        &self,
        py: Python<'py>,
        idempotency_key: Option<String>,
        stripe_account: Option<String>,
        api_key: Option<String>,
        timeout: Option<Bound<'_, PyAny>>,
        max_retries: Option<Bound<'_, PyAny>>,
        api_version: Option<String>,
        deadline: Option<Bound<'_, PyAny>>,
        params: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let opts = Opts { idempotency_key, stripe_account, api_key, timeout, max_retries, api_version, deadline };
        let events = self.with(py, opts)?;
        let typed = Self::list_params(py, params)?;
        awaitable::spawn(py, async move { events.list(&typed).await }, Self::page)
    }

    fn __repr__(&self) -> String {
        "<payintent.Events>".to_string()
    }
}

/// Adds the Events classes to the module.
pub fn register_events(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Events>()?;
    m.add_class::<EventList>()?;
    Ok(())
}
