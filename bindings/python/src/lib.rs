//! Python binding of payintent (module `payintent._payintent`, re-exported by
//! the `payintent` package). Every operation goes through the core's
//! `PaymentIntents::call`; parameters arrive as keyword arguments and are
//! converted to JSON, results come back as typed classes (`model.rs`,
//! `pages.rs`), errors as the exception hierarchy (`exceptions.rs`, filled by
//! `error.rs`).
//!
//! Sync methods run on the calling thread's own runtime with the GIL released
//! and Ctrl-C honoured (`blocking`, `thread_runtime`), with a client of that
//! thread (`clients`); `*_async` twins return asyncio awaitables run by the
//! same runtime, turned by the thread's event loop (`on_loop`), or where
//! that cannot be by the shared runtime (`awaitable`). Request events go to the `payintent` logger
//! while it is enabled (`logging`).

// The core's error carries every API error field by value (as in the core).
#![allow(clippy::result_large_err)]
// Python signatures with the seven request-option keywords.
#![allow(clippy::too_many_arguments)]

mod awaitable;
mod blocking;
mod charge;
mod class_hooks;
mod clients;
mod convert;
mod error;
mod exceptions;
mod expanded;
mod field_py;
mod fork;
mod headers;
mod list_items;
mod logging;
mod model;
mod model_class;
mod model_classes;
mod on_loop;
mod options;
mod pages;
mod response_meta;
mod thread_runtime;
mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use payintent::{CancelToken, Operation, Profile, RequestOptions};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::{Map, Value};

use clients::Clients;
use pages::outcome_to_py;

const USER_AGENT: &str = concat!("payintent-python/", env!("CARGO_PKG_VERSION"));
/// `Client(max_retries=None)` and `Client(timeout=None)`: the documented defaults.
const DEFAULT_RETRIES: u32 = 2;
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(80);

/// The request-option keywords every method takes (also `client.events`'s).
/// `timeout` and `max_retries` arrive as any Python object and are checked
/// by `options` (wrong type: TypeError; unusable number: InvalidArgumentError).
struct Opts<'py> {
    idempotency_key: Option<String>,
    stripe_account: Option<String>,
    api_key: Option<String>,
    timeout: Option<Bound<'py, PyAny>>,
    max_retries: Option<Bound<'py, PyAny>>,
    api_version: Option<String>,
    deadline: Option<Bound<'py, PyAny>>,
}

impl Opts<'_> {
    fn into_core(self, py: Python<'_>) -> PyResult<RequestOptions> {
        let mut o = RequestOptions::new();
        o.idempotency_key = self.idempotency_key;
        o.stripe_account = self.stripe_account;
        o.api_key = self.api_key.map(payintent::SecretKey::new);
        o.timeout = options::seconds(py, "timeout", self.timeout.as_ref())?;
        o.max_retries = options::retries(py, self.max_retries.as_ref())?;
        o.api_version = self.api_version;
        o.deadline = options::seconds(py, "deadline", self.deadline.as_ref())?;
        Ok(o)
    }
}

/// Run `work` to completion on the shared runtime without holding the GIL
/// (the sync methods of events and pagers, whose clients are shared); a
/// panic becomes an InternalError, Ctrl-C drops the call and raises.
pub(crate) fn block_on<T: Send>(py: Python<'_>, work: impl std::future::Future<Output = T> + Send) -> PyResult<T> {
    blocking::run_shared(py, work)
}

type Sent = (Result<payintent::Outcome, payintent::Error>, payintent::PaymentIntents, Map<String, Value>);

/// A prepared call: everything checked that can be checked before the core.
struct Call {
    op: Operation,
    id: Option<String>,
    params: Map<String, Value>,
    opts: RequestOptions,
}

impl Call {
    /// Send with `client`; gives back the service (with the call's options)
    /// and, for `list` and `search` (whose pages need them), the parameters.
    async fn send(self, client: payintent::Client) -> Sent {
        let Call { op, id, params, opts } = self;
        let service = client.payment_intents().with_options(opts);
        let (sent, kept) = match op {
            Operation::List | Operation::Search => (params.clone(), params),
            _ => (params, Map::new()),
        };
        let result = service.call(op, id.as_deref(), Value::Object(sent)).await;
        (result, service, kept)
    }
}

/// The exception a signal handler raised during a sync call, told about the
/// call it interrupted: `__cause__` the call's `RequestCancelledError`, an
/// `idempotency_key` attribute and (Python 3.11+) a note naming the key.
fn interrupted(py: Python<'_>, signal: PyErr, cause: Option<payintent::Error>) -> PyErr {
    let Some(e) = cause else { return signal };
    let value = signal.value(py);
    let _ = value.setattr("idempotency_key", e.idempotency_key.as_deref());
    if value.hasattr("add_note").unwrap_or(false) {
        let _ = value.call_method1("add_note", (format!("payintent: {}", e.message),));
    }
    signal.set_cause(py, Some(error::to_py(py, e)));
    signal
}

/// Operations on PaymentIntents: `client.payment_intents`.
///
/// Parameters are keyword arguments in API spelling (`amount_to_capture`,
/// `cancellation_reason`; nested dicts and lists allowed). The keyword-only
/// `idempotency_key`, `stripe_account`, `api_key`, `api_version`, `timeout`
/// and `deadline` (seconds) and `max_retries` are per-request options.
#[pyclass(frozen, module = "payintent")]
struct PaymentIntents {
    clients: Arc<Clients>,
}

impl PaymentIntents {
    fn prepare(
        &self,
        py: Python<'_>,
        op: Operation,
        id: Option<&Bound<'_, PyAny>>,
        named: Vec<(&str, Option<&Bound<'_, PyAny>>)>,
        opts: Opts<'_>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Call> {
        let id = match id {
            None => None,
            Some(v) => match v.extract::<String>() {
                Ok(s) => Some(s),
                Err(_) => {
                    let tn = convert::type_name(v);
                    return Err(error::invalid(py, "intent", format!("the PaymentIntent id must be a str, got {tn}")));
                }
            },
        };
        let core_opts = opts.into_core(py)?;
        let build = || -> Result<Call, payintent::Error> {
            let mut params = convert::params(kwargs)?;
            for (name, value) in named {
                if let Some(v) = value.filter(|v| !v.is_none()) {
                    params.insert(name.to_string(), convert::to_json(v, name, 0)?);
                }
            }
            Ok(Call { op, id, params, opts: core_opts })
        };
        build().map_err(|e| error::to_py(py, e))
    }

    /// Run a call to completion on this thread without holding the GIL; a
    /// signal (Ctrl-C) cancels it and raises.
    fn run(&self, py: Python<'_>, mut call: Call) -> PyResult<Py<PyAny>> {
        let observed = logging::enabled(py);
        let clients = &self.clients;
        let client = clients.local(observed).map_err(|e| error::to_py(py, e))?;
        // Later pages are fetched on the shared runtime, with the shared client.
        let page_opts = matches!(call.op, Operation::List | Operation::Search).then(|| call.opts.clone());
        let token = CancelToken::new();
        call.opts.cancel = Some(token.clone());
        let done = blocking::run_local(py, call.send(client), Some(&token))?;
        match (done.output, done.signal) {
            (Some((Ok(outcome), _, params)), None) => {
                let pages = || {
                    let opts = page_opts.unwrap_or_default();
                    clients.shared(observed).map(|c| c.payment_intents().with_options(opts))
                };
                outcome_to_py(py, outcome, pages, &params)
            }
            (Some((Err(e), _, _)), None) => Err(error::to_py(py, e)),
            (output, Some(signal)) => Err(interrupted(py, signal, output.and_then(|(r, _, _)| r.err()))),
            (None, None) => Err(error::internal(py, "a request ended without outcome")),
        }
    }

    /// Start a call on the running loop's thread (with this thread's client),
    /// or where that cannot be on the shared runtime; returns an asyncio
    /// awaitable.
    fn run_async<'py>(&self, py: Python<'py>, mut call: Call) -> PyResult<Bound<'py, PyAny>> {
        let observed = logging::enabled(py);
        let start = awaitable::Start::here(py)?;
        let clients = self.clients.clone();
        let client = if start.on_loop() { clients.local(observed) } else { clients.shared(observed) };
        let client = client.map_err(|e| error::to_py(py, e))?;
        let cancelled = if call.op.http_method() == "POST" {
            // Made now (not by the core) so that cancelling can report it at once.
            let key = call.opts.idempotency_key.get_or_insert_with(payintent::new_idempotency_key).clone();
            let path = call.op.path(call.id.as_deref()).unwrap_or_else(|_| call.op.path_template().to_string());
            Some((key.clone(), payintent::Error::cancelled("POST", &path, Some(&key)).message))
        } else {
            None
        };
        let cancelled = cancelled.as_ref().map(|(k, m)| (k.as_str(), m.clone()));
        // Later pages are fetched on the shared runtime, with the shared client.
        let page_opts = matches!(call.op, Operation::List | Operation::Search).then(|| call.opts.clone());
        awaitable::spawn_call(start, call.send(client), cancelled, move |py, sent: Sent| match sent {
            (Ok(outcome), _, params) => {
                let pages = || {
                    let opts = page_opts.unwrap_or_default();
                    clients.shared(observed).map(|c| c.payment_intents().with_options(opts))
                };
                outcome_to_py(py, outcome, pages, &params)
            }
            (Err(e), _, _) => Err(error::to_py(py, e)),
        })
    }
}

/// The methods on an existing PaymentIntent: `(name, async name, op, doc)`.
macro_rules! payment_intents_methods {
    ($( $name:ident, $aname:ident, $op:ident, $doc:literal; )*) => {
        #[pymethods]
        impl PaymentIntents {
            $(
                #[doc = $doc]
                #[pyo3(signature = (id, *, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
                fn $name(
                    &self,
                    py: Python<'_>,
                    id: &Bound<'_, PyAny>,
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
                    let call = self.prepare(py, Operation::$op, Some(id), Vec::new(), opts, params)?;
                    self.run(py, call)
                }

                #[doc = $doc]
                #[doc = ""]
                #[doc = "Async: returns an awaitable."]
                #[pyo3(signature = (id, *, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
                fn $aname<'py>(
                    &self,
                    py: Python<'py>,
                    id: &Bound<'py, PyAny>,
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
                    let call = self.prepare(py, Operation::$op, Some(id), Vec::new(), opts, params)?;
                    self.run_async(py, call)
                }
            )*

            /// Create a PaymentIntent (`amount` and `currency` are required).
            #[pyo3(signature = (*, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
            fn create(
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
                let call = self.prepare(py, Operation::Create, None, Vec::new(), opts, params)?;
                self.run(py, call)
            }

            /// Create a PaymentIntent. Async: returns an awaitable.
            #[pyo3(signature = (*, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
            fn create_async<'py>(
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
                let call = self.prepare(py, Operation::Create, None, Vec::new(), opts, params)?;
                self.run_async(py, call)
            }

            /// One page of PaymentIntents, newest first (`limit`, `customer`,
            /// `created`, `starting_after`, `ending_before`, `expand`).
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
                let call = self.prepare(py, Operation::List, None, Vec::new(), opts, params)?;
                self.run(py, call)
            }

            /// One page of PaymentIntents. Async: returns an awaitable.
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
                let call = self.prepare(py, Operation::List, None, Vec::new(), opts, params)?;
                self.run_async(py, call)
            }

            /// Search PaymentIntents, e.g. `query="status:'succeeded'"`.
            #[pyo3(signature = (query, *, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
            fn search(
                &self,
                py: Python<'_>,
                query: &Bound<'_, PyAny>,
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
                let call = self.prepare(py, Operation::Search, None, vec![("query", Some(query))], opts, params)?;
                self.run(py, call)
            }

            /// Search PaymentIntents. Async: returns an awaitable.
            #[pyo3(signature = (query, *, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
            fn search_async<'py>(
                &self,
                py: Python<'py>,
                query: &Bound<'py, PyAny>,
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
                let call = self.prepare(py, Operation::Search, None, vec![("query", Some(query))], opts, params)?;
                self.run_async(py, call)
            }

            /// Cancel a PaymentIntent (`cancellation_reason`: duplicate,
            /// fraudulent, requested_by_customer or abandoned).
            #[pyo3(signature = (id, cancellation_reason=None, *, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
            fn cancel(
                &self,
                py: Python<'_>,
                id: &Bound<'_, PyAny>,
                cancellation_reason: Option<&Bound<'_, PyAny>>,
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
                let named = vec![("cancellation_reason", cancellation_reason)];
                let call = self.prepare(py, Operation::Cancel, Some(id), named, opts, params)?;
                self.run(py, call)
            }

            /// Cancel a PaymentIntent. Async: returns an awaitable.
            #[pyo3(signature = (id, cancellation_reason=None, *, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None, api_version=None, deadline=None, **params))]
            fn cancel_async<'py>(
                &self,
                py: Python<'py>,
                id: &Bound<'py, PyAny>,
                cancellation_reason: Option<&Bound<'py, PyAny>>,
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
                let named = vec![("cancellation_reason", cancellation_reason)];
                let call = self.prepare(py, Operation::Cancel, Some(id), named, opts, params)?;
                self.run_async(py, call)
            }

            fn __repr__(&self) -> String {
                "<payintent.PaymentIntents>".to_string()
            }
        }
    };
}

payment_intents_methods! {
    retrieve, retrieve_async, Retrieve, "Retrieve a PaymentIntent by id (`client_secret`, `expand` allowed).";
    update, update_async, Update, "Update the fields of a PaymentIntent.";
    confirm, confirm_async, Confirm, "Confirm that the customer intends to pay (`payment_method`, `return_url`, ...).";
    capture, capture_async, Capture, "Capture the funds of a PaymentIntent in `requires_capture` (`amount_to_capture`, ...).";
    increment_authorization, increment_authorization_async, IncrementAuthorization, "Raise the authorised amount of an uncaptured PaymentIntent (`amount`).";
    apply_customer_balance, apply_customer_balance_async, ApplyCustomerBalance, "Pay a `customer_balance` PaymentIntent from the customer's cash balance.";
    verify_microdeposits, verify_microdeposits_async, VerifyMicrodeposits, "Verify the micro-deposits of a bank-account PaymentIntent (`amounts` or `descriptor_code`).";
}

/// A client for one account of Stripe or a Stripe-compatible API.
///
/// `profile` is `"stripe"` (form bodies, Bearer auth, Stripe-Version) or
/// `"leanrails"` (JSON bodies, Basic auth, X-API-Version). `timeout` is per
/// HTTP attempt and `deadline` bounds a whole call, both in seconds.
/// `proxy` is an `http://` or `https://` proxy URL (else `HTTPS_PROXY` /
/// `HTTP_PROXY` / `NO_PROXY` apply); `root_certificates` adds trusted roots:
/// PEM text (str or bytes), a path to a PEM file, or a list of those.
#[pyclass(frozen, module = "payintent")]
struct Client {
    /// The PaymentIntents resource: every operation, sync and `*_async`.
    #[pyo3(get)]
    payment_intents: Py<PaymentIntents>,
    /// The Events resource (the polling fallback for webhooks).
    #[pyo3(get)]
    events: Py<webhooks::Events>,
    description: String,
}

#[pymethods]
impl Client {
    // `max_retries` and `timeout` take None for the defaults shown in the
    // text signature, so that any Python object reaches `options`.
    #[new]
    #[pyo3(
        signature = (api_key, *, base_url=None, profile="stripe", api_version=None, max_retries=None, timeout=None, stripe_account=None, deadline=None, proxy=None, root_certificates=None),
        text_signature = "(api_key, *, base_url=None, profile='stripe', api_version=None, max_retries=2, timeout=80.0, stripe_account=None, deadline=None, proxy=None, root_certificates=None)"
    )]
    fn new(
        py: Python<'_>,
        api_key: String,
        base_url: Option<String>,
        profile: &str,
        api_version: Option<String>,
        max_retries: Option<Bound<'_, PyAny>>,
        timeout: Option<Bound<'_, PyAny>>,
        stripe_account: Option<String>,
        deadline: Option<Bound<'_, PyAny>>,
        proxy: Option<String>,
        root_certificates: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let max_retries = options::retries(py, max_retries.as_ref())?.unwrap_or(DEFAULT_RETRIES);
        let timeout = options::seconds(py, "timeout", timeout.as_ref())?.unwrap_or(DEFAULT_TIMEOUT);
        let deadline = options::seconds(py, "deadline", deadline.as_ref())?;
        let roots = options::root_certificates(py, root_certificates.as_ref())?;
        let build = || -> Result<Clients, payintent::Error> {
            let mut b = payintent::Client::builder()
                .api_key(api_key)
                .profile(Profile::parse(profile)?)
                .max_retries(max_retries)
                .user_agent_suffix(USER_AGENT);
            if let Some(u) = base_url {
                b = b.base_url(u);
            }
            if api_version.is_some() {
                b = b.api_version(api_version);
            }
            b = b.timeout(timeout).deadline(deadline);
            if let Some(a) = stripe_account {
                b = b.stripe_account(a);
            }
            if let Some(p) = proxy {
                b = b.proxy(p);
            }
            for pem in roots {
                b = b.root_certificates_pem(pem);
            }
            Clients::new(b)
        };
        let clients = build().map_err(|e| error::to_py(py, e))?;
        let cfg = clients.config();
        let description = format!(
            "<payintent.Client base_url='{}' profile={} api_key={}>",
            cfg.base_url,
            cfg.profile.as_str(),
            cfg.api_key.redacted()
        );
        let clients = Arc::new(clients);
        let events = Py::new(py, webhooks::Events::new(clients.clone()))?;
        let payment_intents = Py::new(py, PaymentIntents { clients })?;
        Ok(Client { payment_intents, events, description })
    }

    fn __repr__(&self) -> String {
        self.description.clone()
    }
}

/// The stable error kind codes, as in every language.
#[pyfunction]
fn error_kinds() -> Vec<&'static str> {
    payintent::ErrorKind::ALL.iter().map(|k| k.as_str()).collect()
}

/// The native module of payintent; the `payintent` package re-exports it.
#[pymodule]
fn _payintent(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Client>()?;
    m.add_class::<PaymentIntents>()?;
    model::register(m)?;
    m.add_class::<pages::PaymentIntentList>()?;
    m.add_class::<pages::SearchResult>()?;
    m.add_class::<pages::AutoPager>()?;
    m.add_class::<headers::ResponseHeaders>()?;
    exceptions::register(m)?;
    awaitable::register(m)?;
    fork::register(m)?;
    webhooks::register(m)?;
    webhooks::register_events(m)?;
    m.add_function(wrap_pyfunction!(error_kinds, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("STRIPE_API_VERSION", payintent::STRIPE_API_VERSION)?;
    Ok(())
}
