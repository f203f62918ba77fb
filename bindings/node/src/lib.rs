//! Node.js binding of payintent (napi-rs). This native part is private: the
//! public API is the JavaScript layer in `lib/`, which passes each call's
//! number, parameters and options (one JSON text) and gets the outcome back
//! through the client's channel (channel.rs): the result as one JSON text
//! `[meta, value]` (reply.rs), or an error object.

#![allow(clippy::result_large_err)]

mod channel;
mod convert;
#[cfg(target_os = "linux")]
mod driver;
mod error;
mod message;
mod events;
mod native_event;
mod observer;
mod reply;
pub mod webhooks;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures_util::FutureExt;
use napi::bindgen_prelude::*;
use napi_derive::napi;
use payintent::{CancelToken, Operation, Pager};
use serde_json::Value;

use channel::{Channel, Reply};
pub use error::NativeError;
pub use native_event::NativeEvent;
use observer::NodeObserver;

/// Run `fut` and deliver its reply as call `id`: on this thread's driven
/// runtime where there is one (driver.rs), else on the shared runtime's
/// threads. A panic becomes an `api_error` instead of crossing into
/// JavaScript.
fn spawn<F>(env: &Env, channel: &Channel, id: u32, fut: F)
where
    F: Future<Output = Reply> + Send + 'static,
{
    channel.begin(env);
    let channel = channel.clone();
    let task = async move {
        let reply = AssertUnwindSafe(fut).catch_unwind().await.unwrap_or_else(|p| reply::error(error::from_panic(p)));
        channel.done(id, reply);
    };
    #[cfg(target_os = "linux")]
    if let Some(driver) = driver::current(env) {
        return driver.spawn(task);
    }
    napi::bindgen_prelude::spawn(task);
}

/// Whether calls made on this JavaScript thread run on it, turned by its
/// event loop (driver.rs), rather than on the shared runtime's threads.
#[napi]
pub fn loop_driven(env: Env) -> bool {
    #[cfg(target_os = "linux")]
    return driver::current(&env).is_some();
    #[cfg(not(target_os = "linux"))]
    {
        let _ = env;
        false
    }
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

fn parse_call(request: &str, cancel: Option<&NativeCancel>) -> std::result::Result<CallArgs, NativeError> {
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
    let params = it.next().unwrap_or(Value::Null);
    call_args(id, params, it.next().unwrap_or(Value::Null), cancel)
}

/// A call with neither parameters nor options.
fn bare_call(id: Option<String>, cancel: Option<&NativeCancel>) -> std::result::Result<CallArgs, NativeError> {
    call_args(id, Value::Null, Value::Null, cancel)
}

fn call_args(id: Option<String>, params: Value, options: Value, cancel: Option<&NativeCancel>) -> std::result::Result<CallArgs, NativeError> {
    let params = convert::params_to_wire(params)?;
    let mut opts = convert::request_options(options)?;
    if let Some(c) = cancel {
        opts = opts.cancel_token(c.token.clone());
    }
    Ok(CallArgs { id, params, opts })
}

/// The cancel switch of one call (from an `AbortSignal`).
#[napi]
pub struct NativeCancel {
    token: CancelToken,
}

#[napi]
impl NativeCancel {
    #[napi(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        NativeCancel { token: CancelToken::new() }
    }

    /// End the calls using this switch with a `cancelled_error`.
    #[napi]
    pub fn cancel(&self) {
        self.token.cancel();
    }
}

/// A configured client. Holds the API key in Rust memory only.
#[napi]
pub struct NativeClient {
    inner: payintent::Client,
    channel: Channel,
    observer: Arc<NodeObserver>,
}

/// Build a client from its settings (JSON text) whose outcomes and events go
/// to `deliver(id, text, error, event)`; returns the client or the error
/// describing the bad setting.
#[napi(ts_args_type = "configJson: string, deliver: (id: number, text?: string | null, error?: NativeError | null, event?: NativeEvent | null) => void")]
pub fn create_client(env: Env, config_json: String, deliver: Function<'_, Unknown<'static>, Unknown<'static>>) -> Result<Either<NativeClient, NativeError>> {
    let observer = NodeObserver::new();
    let built = guard(|| {
        let b = convert::client_builder(parse_json(&config_json, "config")?)?;
        b.shared_observer(observer.clone()).build().map_err(NativeError::from)
    });
    let inner = match built {
        Ok(inner) => inner,
        Err(e) => return Ok(Either::B(e)),
    };
    let channel = Channel::new(&env, deliver)?;
    observer.connect(channel.clone());
    Ok(Either::A(NativeClient { inner, channel, observer }))
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

    /// Forward request events to `deliver` (true while the JS client has listeners).
    #[napi]
    pub fn set_observing(&self, on: bool) {
        self.observer.set_enabled(on);
    }

    /// Run operation `op` (API spelling, e.g. `increment_authorization`) as
    /// call `id` with `request` = JSON `[id | null, params | null, options | null]`,
    /// or, for a call with neither parameters nor options, no request and
    /// the PaymentIntent id (if any) as `intent`.
    #[napi]
    pub fn call(&self, env: Env, id: u32, op: String, intent: Option<String>, request: Option<String>, cancel: Option<&NativeCancel>) {
        let prepared = guard(|| {
            let op = Operation::parse(&op).map_err(NativeError::from)?;
            let args = match request {
                Some(request) => parse_call(&request, cancel)?,
                None => bare_call(intent, cancel)?,
            };
            Ok((op, args))
        });
        let client = self.inner.clone();
        spawn(&env, &self.channel, id, async move {
            let (op, args) = match prepared {
                Ok(p) => p,
                Err(e) => return reply::error(e),
            };
            let service = client.payment_intents().with_options(args.opts);
            match service.call(op, args.id.as_deref(), args.params).await {
                Ok(outcome) => reply::outcome(&outcome),
                Err(e) => reply::error(NativeError::from(&e)),
            }
        })
    }

    /// Run events operation `op` (`retrieve` or `list`) as call `id` with
    /// `request` = JSON `[id | null, params | null, options | null]`.
    #[napi]
    pub fn events(&self, env: Env, id: u32, op: String, request: String, cancel: Option<&NativeCancel>) {
        let prepared = guard(|| events::prepare(&self.inner, &op, &request, cancel));
        spawn(&env, &self.channel, id, async move {
            match prepared {
                Ok(call) => events::run(call).await,
                Err(e) => reply::error(e),
            }
        })
    }

    /// A pager over every result of `list` or `search` (`kind`), with
    /// `request` = JSON `[null, params | null, options | null]`. Bad
    /// parameters are reported by the first `next()`.
    #[napi]
    pub fn pager(&self, kind: String, request: String, cancel: Option<&NativeCancel>) -> NativePager {
        let state = guard(|| {
            let args = parse_call(&request, cancel)?;
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
        NativePager { state: Arc::new(tokio::sync::Mutex::new(state)), channel: self.channel.clone() }
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
    channel: Channel,
}

#[napi]
impl NativePager {
    /// Deliver as call `id` the next PaymentIntent (text `[null, value]`),
    /// the end (neither text nor error), or the error that ended the walk
    /// (reported once, then the end).
    #[napi]
    pub fn next(&self, env: Env, id: u32) {
        let state = self.state.clone();
        spawn(&env, &self.channel, id, async move {
            let mut guard = state.lock().await;
            let result = match &mut *guard {
                PagerState::Ready(pager) => pager.next().await,
                PagerState::Done => return Reply::End,
                PagerState::Failed(_) => {
                    let PagerState::Failed(e) = std::mem::replace(&mut *guard, PagerState::Done) else {
                        unreachable!()
                    };
                    return reply::error(*e);
                }
            };
            match result {
                Ok(Some(pi)) => reply::text(&pi, None),
                Ok(None) => {
                    *guard = PagerState::Done;
                    Reply::End
                }
                Err(e) => {
                    *guard = PagerState::Done;
                    reply::error(NativeError::from(&e))
                }
            }
        })
    }
}
