//! Node.js binding of payintent (napi-rs). This native part is private: the
//! public API is the JavaScript layer in `lib/`, which passes each call's
//! id, parameters and options as one JSON text and gets back the result as
//! JSON text (API spelling) plus the response facts, or an error object.

#![allow(clippy::result_large_err)]

mod convert;
mod error;
mod events;
pub mod webhooks;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures_util::FutureExt;
use napi::bindgen_prelude::*;
use napi_derive::napi;
use payintent::{Operation, Outcome, Pager, ResponseMeta};
use serde_json::Value;

pub use error::NativeError;

/// Facts about the HTTP exchange behind a result.
#[napi(object)]
#[derive(Clone, Debug)]
pub struct NativeMeta {
    pub request_id: Option<String>,
    pub http_status: u32,
    pub idempotency_key: Option<String>,
    pub idempotent_replayed: bool,
    pub attempts: u32,
}

impl From<&ResponseMeta> for NativeMeta {
    fn from(m: &ResponseMeta) -> Self {
        NativeMeta {
            request_id: m.request_id.clone(),
            http_status: u32::from(m.http_status),
            idempotency_key: m.idempotency_key.clone(),
            idempotent_replayed: m.idempotent_replayed,
            attempts: m.attempts,
        }
    }
}

/// What a native call resolves with: exactly one of `body` (JSON text of the
/// result, API spelling) or `error`; `done` marks the end of a pager.
#[napi(object)]
#[derive(Clone, Debug, Default)]
pub struct NativeOutcome {
    pub body: Option<String>,
    pub meta: Option<NativeMeta>,
    pub error: Option<NativeError>,
    pub done: Option<bool>,
}

impl NativeOutcome {
    fn failed(e: NativeError) -> Self {
        NativeOutcome { error: Some(e), ..Default::default() }
    }

    fn from_json<T: serde::Serialize>(value: &T, meta: Option<&ResponseMeta>) -> Self {
        match serde_json::to_string(value) {
            Ok(body) => NativeOutcome { body: Some(body), meta: meta.map(NativeMeta::from), ..Default::default() },
            Err(e) => NativeOutcome::failed(NativeError::from(payintent::Error::new(
                payintent::ErrorKind::Api,
                format!("could not encode the result: {e}"),
            ))),
        }
    }

    fn from_outcome(o: &Outcome) -> Self {
        match o {
            Outcome::PaymentIntent(pi) => Self::from_json(pi.as_ref(), pi.last_response.as_ref()),
            Outcome::List(l) => Self::from_json(l, l.last_response.as_ref()),
            Outcome::Search(s) => Self::from_json(s, s.last_response.as_ref()),
        }
    }
}

/// Run a future on napi's tokio runtime; a panic becomes an `api_error`
/// outcome instead of crossing into JavaScript.
fn spawn<'env, F>(env: &'env Env, fut: F) -> Result<PromiseRaw<'env, NativeOutcome>>
where
    F: Future<Output = NativeOutcome> + Send + 'static,
{
    env.spawn_future(async move {
        Ok(AssertUnwindSafe(fut).catch_unwind().await.unwrap_or_else(|p| NativeOutcome::failed(error::from_panic(p))))
    })
}

/// Run synchronous code, turning a panic into an error outcome.
fn guard<T>(f: impl FnOnce() -> std::result::Result<T, NativeError>) -> std::result::Result<T, NativeError> {
    std::panic::catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|p| Err(error::from_panic(p)))
}

fn parse_json(text: &str, what: &str) -> std::result::Result<Value, NativeError> {
    serde_json::from_str(text)
        .map_err(|e| error::invalid_argument(what, format!("{what} could not be read as JSON: {e}")))
}

/// `[id, params, options]` of one call.
struct CallArgs {
    id: Option<String>,
    params: Value,
    opts: payintent::RequestOptions,
}

fn parse_call(request: &str) -> std::result::Result<CallArgs, NativeError> {
    let parts = match parse_json(request, "request")? {
        Value::Array(a) if a.len() == 3 => a,
        _ => return Err(error::invalid_argument("request", "malformed native request")),
    };
    let mut it = parts.into_iter();
    let id = match it.next().unwrap_or(Value::Null) {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => {
            return Err(error::invalid_argument(
                "intent",
                format!("the PaymentIntent id must be a string, got {}", convert::type_name(&other)),
            ))
        }
    };
    let params = convert::params_to_wire(it.next().unwrap_or(Value::Null))?;
    let opts = convert::request_options(it.next().unwrap_or(Value::Null))?;
    Ok(CallArgs { id, params, opts })
}

/// A configured client. Holds the API key in Rust memory only.
#[napi]
pub struct NativeClient {
    inner: payintent::Client,
}

/// Build a client from its settings (JSON text); returns the client or the
/// error describing the bad setting.
#[napi]
pub fn create_client(config_json: String) -> Either<NativeClient, NativeError> {
    let built = guard(|| {
        let b = convert::client_builder(parse_json(&config_json, "config")?)?;
        b.build().map_err(NativeError::from)
    });
    match built {
        Ok(inner) => Either::A(NativeClient { inner }),
        Err(e) => Either::B(e),
    }
}

#[napi]
impl NativeClient {
    /// The key in redacted form, e.g. `sk_test_…`.
    #[napi(getter)]
    pub fn redacted_key(&self) -> String {
        self.inner.config().api_key.redacted()
    }

    #[napi(getter)]
    pub fn base_url(&self) -> String {
        self.inner.config().base_url.clone()
    }

    #[napi(getter)]
    pub fn profile(&self) -> String {
        self.inner.config().profile.as_str().to_string()
    }

    /// Run operation `op` (API spelling, e.g. `increment_authorization`) with
    /// `request` = JSON `[id | null, params | null, options | null]`.
    #[napi(ts_return_type = "Promise<NativeOutcome>")]
    pub fn call<'env>(&self, env: &'env Env, op: String, request: String) -> Result<PromiseRaw<'env, NativeOutcome>> {
        let prepared = guard(|| {
            let op = Operation::parse(&op).map_err(NativeError::from)?;
            let args = parse_call(&request)?;
            Ok((op, args))
        });
        let client = self.inner.clone();
        spawn(env, async move {
            let (op, args) = match prepared {
                Ok(p) => p,
                Err(e) => return NativeOutcome::failed(e),
            };
            let service = client.payment_intents().with_options(args.opts);
            match service.call(op, args.id.as_deref(), args.params).await {
                Ok(outcome) => NativeOutcome::from_outcome(&outcome),
                Err(e) => NativeOutcome::failed(NativeError::from(&e)),
            }
        })
    }

    /// Run events operation `op` (`retrieve` or `list`) with `request` =
    /// JSON `[id | null, params | null, options | null]`.
    #[napi(ts_return_type = "Promise<NativeOutcome>")]
    pub fn events<'env>(&self, env: &'env Env, op: String, request: String) -> Result<PromiseRaw<'env, NativeOutcome>> {
        let prepared = guard(|| events::prepare(&self.inner, &op, &request));
        spawn(env, async move {
            match prepared {
                Ok(call) => events::run(call).await,
                Err(e) => NativeOutcome::failed(e),
            }
        })
    }

    /// A pager over every result of `list` or `search` (`kind`), with
    /// `request` = JSON `[null, params | null, options | null]`. Bad
    /// parameters are reported by the first `next()`.
    #[napi]
    pub fn pager(&self, kind: String, request: String) -> NativePager {
        let state = guard(|| {
            let args = parse_call(&request)?;
            let service = self.inner.payment_intents().with_options(args.opts);
            use payintent::params::from_json;
            match kind.as_str() {
                "list" => Ok(service.list_auto(from_json(args.params).map_err(NativeError::from)?)),
                "search" => Ok(service.search_auto(from_json(args.params).map_err(NativeError::from)?)),
                other => Err(error::invalid_argument("kind", format!("unknown pager kind {other:?}"))),
            }
        });
        let state = match state {
            Ok(p) => PagerState::Ready(Box::new(p)),
            Err(e) => PagerState::Failed(Box::new(e)),
        };
        NativePager { state: Arc::new(tokio::sync::Mutex::new(state)) }
    }
}

enum PagerState {
    Ready(Box<Pager>),
    Failed(Box<NativeError>),
    Done,
}

/// Walks the pages of a list or search, one PaymentIntent per `next()`.
#[napi]
pub struct NativePager {
    state: Arc<tokio::sync::Mutex<PagerState>>,
}

#[napi]
impl NativePager {
    /// The next PaymentIntent (`body`), `done: true` after the last one, or
    /// the error that ended the walk (reported once, then `done`).
    #[napi(ts_return_type = "Promise<NativeOutcome>")]
    pub fn next<'env>(&self, env: &'env Env) -> Result<PromiseRaw<'env, NativeOutcome>> {
        let state = self.state.clone();
        spawn(env, async move {
            let mut guard = state.lock().await;
            let result = match &mut *guard {
                PagerState::Ready(pager) => pager.next().await,
                PagerState::Done => return NativeOutcome { done: Some(true), ..Default::default() },
                PagerState::Failed(_) => {
                    let PagerState::Failed(e) = std::mem::replace(&mut *guard, PagerState::Done) else {
                        unreachable!()
                    };
                    return NativeOutcome::failed(*e);
                }
            };
            match result {
                Ok(Some(pi)) => NativeOutcome::from_json(&pi, None),
                Ok(None) => {
                    *guard = PagerState::Done;
                    NativeOutcome { done: Some(true), ..Default::default() }
                }
                Err(e) => {
                    *guard = PagerState::Done;
                    NativeOutcome::failed(NativeError::from(&e))
                }
            }
        })
    }
}
