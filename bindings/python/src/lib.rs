//! Python binding: a thin native layer over the core. Parameters arrive as
//! JSON text (from keyword arguments), results leave as JSON text plus the
//! response facts; the typed Python classes live in `payintent/`.

mod error;

use std::panic::AssertUnwindSafe;
use std::time::Duration;

use payintent::{Client, Operation, Outcome, Profile, RequestOptions, ResponseMeta};
use pyo3::prelude::*;

/// (json, request_id, http_status, idempotency_key, idempotent_replayed, attempts)
type Answer = (String, Option<String>, u16, Option<String>, bool, u32);

fn answer(outcome: Outcome) -> Answer {
    let meta = match &outcome {
        Outcome::PaymentIntent(p) => p.last_response.clone(),
        Outcome::List(l) => l.last_response.clone(),
        Outcome::Search(s) => s.last_response.clone(),
    }
    .unwrap_or_default();
    let ResponseMeta { request_id, http_status, idempotency_key, idempotent_replayed, attempts } = meta;
    (outcome.to_json().to_string(), request_id, http_status, idempotency_key, idempotent_replayed, attempts)
}

fn seconds(param: &str, v: Option<f64>) -> Result<Option<Duration>, payintent::Error> {
    match v {
        None => Ok(None),
        Some(s) if s.is_finite() && s > 0.0 && s < 1e9 => Ok(Some(Duration::from_secs_f64(s))),
        Some(s) => Err(payintent::Error::invalid_argument(param, format!("{param} must be a positive number of seconds, got {s}"))),
    }
}

/// The native client. Use `payintent.Client`, which wraps it.
#[pyclass(frozen, module = "payintent._payintent")]
struct NativeClient {
    client: Client,
    description: String,
}

struct Call {
    op: Operation,
    id: Option<String>,
    params: serde_json::Value,
    opts: RequestOptions,
}

#[allow(clippy::too_many_arguments)]
fn prepare(
    op: &str,
    id: Option<String>,
    params_json: &str,
    idempotency_key: Option<String>,
    stripe_account: Option<String>,
    api_key: Option<String>,
    timeout: Option<f64>,
    max_retries: Option<u32>,
) -> Result<Call, payintent::Error> {
    let op = Operation::parse(op)?;
    let params: serde_json::Value = serde_json::from_str(params_json)
        .map_err(|e| payintent::Error::invalid_argument("params", format!("parameters are not valid JSON: {e}")))?;
    let mut opts = RequestOptions::new();
    opts.idempotency_key = idempotency_key;
    opts.stripe_account = stripe_account;
    opts.api_key = api_key.map(payintent::SecretKey::new);
    opts.timeout = seconds("timeout", timeout)?;
    opts.max_retries = max_retries;
    Ok(Call { op, id, params, opts })
}

async fn run(client: Client, call: Call) -> Result<Answer, payintent::Error> {
    let Call { op, id, params, opts } = call;
    let outcome = client.payment_intents().with_options(opts).call(op, id.as_deref(), params).await?;
    Ok(answer(outcome))
}

#[pymethods]
impl NativeClient {
    #[new]
    #[pyo3(signature = (api_key, base_url=None, profile="stripe", api_version=None, max_retries=2, timeout=80.0, stripe_account=None, deadline=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        api_key: String,
        base_url: Option<String>,
        profile: &str,
        api_version: Option<String>,
        max_retries: u32,
        timeout: f64,
        stripe_account: Option<String>,
        deadline: Option<f64>,
    ) -> PyResult<Self> {
        let build = || -> Result<Client, payintent::Error> {
            let profile = Profile::parse(profile)?;
            let mut b = Client::builder()
                .api_key(api_key)
                .profile(profile)
                .max_retries(max_retries)
                .user_agent_suffix(format!("payintent-python/{}", env!("CARGO_PKG_VERSION")));
            if let Some(u) = base_url {
                b = b.base_url(u);
            }
            if let Some(v) = api_version {
                b = b.api_version(Some(v));
            }
            if let Some(t) = seconds("timeout", Some(timeout))? {
                b = b.timeout(t);
            }
            b = b.deadline(seconds("deadline", deadline)?);
            if let Some(a) = stripe_account {
                b = b.stripe_account(a);
            }
            b.build()
        };
        let client = build().map_err(|e| error::to_py(py, e))?;
        let cfg = client.config();
        let description = format!(
            "<payintent.Client base_url={:?} profile={} api_key={}>",
            cfg.base_url,
            cfg.profile.as_str(),
            cfg.api_key.redacted()
        );
        Ok(NativeClient { client, description })
    }

    fn __repr__(&self) -> String {
        self.description.clone()
    }

    /// Run an operation, blocking without the GIL.
    #[pyo3(signature = (op, id, params_json, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None))]
    #[allow(clippy::too_many_arguments)]
    fn call(
        &self,
        py: Python<'_>,
        op: &str,
        id: Option<String>,
        params_json: &str,
        idempotency_key: Option<String>,
        stripe_account: Option<String>,
        api_key: Option<String>,
        timeout: Option<f64>,
        max_retries: Option<u32>,
    ) -> PyResult<Answer> {
        let call = prepare(op, id, params_json, idempotency_key, stripe_account, api_key, timeout, max_retries)
            .map_err(|e| error::to_py(py, e))?;
        let client = self.client.clone();
        let rt = pyo3_async_runtimes::tokio::get_runtime();
        let result = py.allow_threads(move || {
            std::panic::catch_unwind(AssertUnwindSafe(|| rt.block_on(run(client, call))))
        });
        match result {
            Ok(Ok(a)) => Ok(a),
            Ok(Err(e)) => Err(error::to_py(py, e)),
            Err(_) => Err(error::internal(py, "a request panicked")),
        }
    }

    /// Run an operation on the shared tokio runtime; returns an awaitable.
    #[pyo3(signature = (op, id, params_json, idempotency_key=None, stripe_account=None, api_key=None, timeout=None, max_retries=None))]
    #[allow(clippy::too_many_arguments)]
    fn call_async<'py>(
        &self,
        py: Python<'py>,
        op: &str,
        id: Option<String>,
        params_json: &str,
        idempotency_key: Option<String>,
        stripe_account: Option<String>,
        api_key: Option<String>,
        timeout: Option<f64>,
        max_retries: Option<u32>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let call = prepare(op, id, params_json, idempotency_key, stripe_account, api_key, timeout, max_retries)
            .map_err(|e| error::to_py(py, e))?;
        let client = self.client.clone();
        pyo3_async_runtimes::tokio::future_into_py(py, async move {
            let handle = tokio::spawn(run(client, call));
            match handle.await {
                Ok(Ok(a)) => Ok(a),
                Ok(Err(e)) => Err(Python::with_gil(|py| error::to_py(py, e))),
                Err(_) => Err(Python::with_gil(|py| error::internal(py, "a request panicked"))),
            }
        })
    }
}

/// The stable error kind codes, in the core's order.
#[pyfunction]
fn error_kinds() -> Vec<&'static str> {
    payintent::ErrorKind::ALL.iter().map(|k| k.as_str()).collect()
}

#[pymodule]
fn _payintent(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeClient>()?;
    m.add_function(wrap_pyfunction!(error_kinds, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("STRIPE_API_VERSION", payintent::STRIPE_API_VERSION)?;
    Ok(())
}
