//! The client: one pooled HTTP client (`http`), the retry loop and idempotency keys.
//! Every error that leaves a request carries its idempotency key and is
//! scrubbed of the API key here, in one place.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use http::HeaderMap;
use rand::Rng;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::backoff;
use crate::config::{ClientBuilder, ClientConfig, RequestOptions};
use crate::error::{Error, ErrorKind, Result};
use crate::meta::{ResponseMeta, WithMeta};
use crate::net::Http;
use crate::observe::{Emitter, RequestEventKind};
use crate::redact::Redactor;
use crate::retry_after;
use crate::transport::{self, Attempt, Reply};
use crate::wire::{self, BaseUrl, Method};

/// This library's version (the crate's), sent in the User-Agent.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A client for one account and one API. Cheap to clone; clones share the
/// connection pool.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: Http,
    config: ClientConfig,
    user_agent: String,
    /// `wire::sender_headers` without per-call options (built once).
    base_headers: HeaderMap,
    /// The redactor of the client's own key (built once).
    redactor: Redactor,
    /// `config.base_url`, parsed once.
    base_url: BaseUrl,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.config.base_url)
            .field("profile", &self.inner.config.profile)
            .field("api_key", &self.inner.config.api_key)
            .finish()
    }
}

impl ClientBuilder {
    /// The client; fails when a setting is missing or out of range.
    pub fn build(self) -> Result<Client> {
        Client::from_config(self.build_config()?)
    }
}

/// The deadline of one call: its length (for messages) and when it ends.
#[derive(Clone, Copy)]
struct Deadline {
    limit: Duration,
    end: Instant,
}

impl Client {
    /// A builder with the default settings (a Stripe client once given a key).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A Stripe client with default settings.
    pub fn new(api_key: impl Into<String>) -> Result<Client> {
        ClientBuilder::default().api_key(api_key).build()
    }

    /// A client from a configuration; its limits are checked first.
    pub fn from_config(config: ClientConfig) -> Result<Client> {
        config.check()?;
        let http = Http::new(&config)?;
        let redactor = config.api_key.redactor();
        let base_url = url::Url::parse(&config.base_url)
            .map_err(|e| Error::invalid_argument("base_url", format!("base_url is not a valid URL ({e})")))?;
        let base_url = BaseUrl::new(&base_url);
        let mut user_agent = format!("payintent-rust/{VERSION}");
        if let Some(s) = &config.user_agent_suffix {
            user_agent = format!("{s} {user_agent}");
        }
        let base_headers = wire::sender_headers(&config, &user_agent, &config.api_key, &RequestOptions::default())?;
        Ok(Client { inner: Arc::new(Inner { http, config, user_agent, base_headers, redactor, base_url }) })
    }

    /// The settings the client was built with.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// Send one logical request (with retries) and decode the JSON answer.
    /// The call ends early with a `cancelled_error` when its cancel token
    /// fires; if its future is dropped instead, a `cancelled` event (with the
    /// idempotency key) goes to the observer and the log.
    pub(crate) async fn request<T: DeserializeOwned + WithMeta>(
        &self,
        method: Method,
        path: &str,
        params: &Map<String, Value>,
        opts: &RequestOptions,
    ) -> Result<T> {
        opts.validate()?;
        let cfg = &self.inner.config;
        let per_call_redactor;
        let redactor = match &opts.api_key {
            Some(k) => {
                per_call_redactor = k.redactor();
                &per_call_redactor
            }
            None => &self.inner.redactor,
        };
        let idempotency_key = match method {
            Method::Post => Some(opts.idempotency_key.clone().unwrap_or_else(new_idempotency_key)),
            Method::Get => None,
        };
        let emitter = Emitter {
            observer: cfg.observer.as_ref(),
            method: method.as_str(),
            path,
            idempotency_key: idempotency_key.as_deref(),
            stripe_account: opts.stripe_account.as_deref().or(cfg.stripe_account.as_deref()),
        };
        let mut watch = CancelWatch { emitter: &emitter, started: Instant::now(), attempt: AtomicU32::new(0), armed: true };
        let calls = self.attempts(method, path, params, opts, redactor, &idempotency_key, &watch);
        let result = match &opts.cancel {
            None => calls.await,
            Some(token) => {
                tokio::select! {
                    biased;
                    _ = token.cancelled() => Err(Error::cancelled(method.as_str(), path, idempotency_key.as_deref())),
                    r = calls => r,
                }
            }
        };
        if !matches!(&result, Err(e) if e.kind == ErrorKind::Cancelled) {
            watch.armed = false;
        }
        drop(watch);
        result.map_err(|mut err| {
            err.idempotency_key = idempotency_key.clone();
            redactor.scrub_error(&mut err);
            tracing::debug!(
                kind = err.kind.as_str(),
                status = ?err.http_status,
                request_id = ?err.request_id,
                "payintent request failed"
            );
            err
        })
    }

    /// The retry loop. Errors leave without idempotency key or redaction;
    /// `request` adds both.
    #[allow(clippy::too_many_arguments)]
    async fn attempts<T: DeserializeOwned + WithMeta>(
        &self,
        method: Method,
        path: &str,
        params: &Map<String, Value>,
        opts: &RequestOptions,
        redactor: &Redactor,
        idempotency_key: &Option<String>,
        watch: &CancelWatch<'_>,
    ) -> Result<T> {
        let cfg = &self.inner.config;
        let emitter = watch.emitter;
        let key = opts.api_key.as_ref().unwrap_or(&cfg.api_key);
        let target = wire::target(cfg, &self.inner.base_url, method, path, params)?;
        let mut headers = if opts.api_key.is_none() && opts.api_version.is_none() && opts.stripe_account.is_none() {
            self.inner.base_headers.clone()
        } else {
            wire::sender_headers(cfg, &self.inner.user_agent, key, opts)?
        };
        wire::add_call_headers(&mut headers, idempotency_key.as_deref(), target.content_type)?;
        let max_retries = opts.max_retries.unwrap_or(cfg.max_retries);
        let per_attempt = opts.timeout.unwrap_or(cfg.timeout);
        let deadline = match opts.deadline.or(cfg.deadline) {
            None => None,
            Some(limit) => {
                let end = Instant::now().checked_add(limit).ok_or_else(|| {
                    Error::invalid_argument("deadline", "deadline is too far in the future")
                })?;
                Some(Deadline { limit, end })
            }
        };

        let mut attempt: u32 = 0;
        loop {
            attempt = attempt.saturating_add(1);
            watch.attempt.store(attempt, Ordering::Relaxed);
            let mut timeout = per_attempt;
            if let Some(d) = deadline {
                let left = d.end.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(deadline_error(d, attempt - 1, None));
                }
                timeout = timeout.min(left);
            }
            tracing::debug!(method = method.as_str(), path, attempt, "payintent request");
            emitter.emit(RequestEventKind::Request, attempt, |_| {});
            let sent = Attempt {
                method,
                uri: &target.uri,
                headers: &headers,
                body: target.body.as_ref(),
                timeout,
                max_body: cfg.max_response_bytes,
            };
            let began = Instant::now();
            let (err, hint, retry_after) = match transport::send_once(&self.inner.http, sent, redactor).await {
                Ok(reply) => {
                    emitter.emit(RequestEventKind::Response, attempt, |e| {
                        e.status = Some(reply.status);
                        e.duration = Some(began.elapsed());
                        e.request_id = reply.request_id.clone();
                    });
                    if (200..300).contains(&reply.status) {
                        tracing::debug!(status = reply.status, request_id = ?reply.request_id, "payintent response");
                        return decode(method, path, reply, idempotency_key, attempt);
                    }
                    let mut err = Error::from_response(reply.status, &reply.body, reply.request_id);
                    err.response_headers = Some(reply.headers);
                    (err, reply.should_retry, reply.retry_after)
                }
                Err(err) => {
                    emitter.emit(RequestEventKind::Error, attempt, |e| {
                        e.duration = Some(began.elapsed());
                        e.status = err.http_status;
                        e.request_id = err.request_id.clone();
                        e.error_kind = Some(err.kind);
                    });
                    (err, None, None)
                }
            };
            let retry = hint.unwrap_or_else(|| err.is_transient()) && attempt <= max_retries;
            if !retry {
                return Err(err);
            }
            let server_wait = retry_after.as_deref().and_then(|v| retry_after::parse(v, SystemTime::now(), cfg.max_backoff));
            let jitter: f64 = rand::thread_rng().gen_range(0.5..=1.0);
            let delay = backoff::delay(attempt, cfg.initial_backoff, cfg.max_backoff, server_wait, jitter);
            if let Some(d) = deadline {
                let wake = Instant::now().checked_add(delay);
                if wake.is_none_or(|w| w >= d.end) {
                    return Err(deadline_error(d, attempt, Some(err)));
                }
            }
            tracing::warn!(
                kind = err.kind.as_str(),
                status = ?err.http_status,
                request_id = ?err.request_id,
                attempt,
                delay_ms = delay.as_millis() as u64,
                "payintent retrying request"
            );
            emitter.emit(RequestEventKind::Retry, attempt, |e| {
                e.status = err.http_status;
                e.request_id = err.request_id.clone();
                e.error_kind = Some(err.kind);
                e.retry_delay = Some(delay);
            });
            tokio::time::sleep(delay).await;
        }
    }
}

/// Reports a call that ends without an outcome: its future dropped, or its
/// cancel token fired. Disarmed once the call has an outcome.
struct CancelWatch<'a> {
    emitter: &'a Emitter<'a>,
    started: Instant,
    /// The attempt in flight (0 before the first).
    attempt: AtomicU32,
    armed: bool,
}

impl Drop for CancelWatch<'_> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let attempt = self.attempt.load(Ordering::Relaxed);
        tracing::info!(
            method = self.emitter.method,
            path = self.emitter.path,
            attempt,
            idempotency_key = ?self.emitter.idempotency_key,
            "payintent request cancelled"
        );
        let ran = self.started.elapsed();
        self.emitter.emit(RequestEventKind::Cancelled, attempt, |e| e.duration = Some(ran));
    }
}

/// A new idempotency key: a random UUID v4, as the client makes for every
/// POST sent without one. Bindings that must know the key before a call
/// starts (to report it on cancellation) make it here.
pub fn new_idempotency_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Decode a 2xx body and attach the exchange's facts.
fn decode<T: DeserializeOwned + WithMeta>(
    method: Method,
    path: &str,
    reply: Reply,
    idempotency_key: &Option<String>,
    attempts: u32,
) -> Result<T> {
    // Valid UTF-8 is checked once for the whole body, so the parser does not
    // check every string again (invalid bodies get the byte parser's error).
    let parsed = match std::str::from_utf8(&reply.body) {
        Ok(text) => serde_json::from_str::<T>(text),
        Err(_) => serde_json::from_slice::<T>(&reply.body),
    };
    match parsed {
        Ok(mut value) => {
            value.set_meta(ResponseMeta {
                request_id: reply.request_id,
                http_status: reply.status,
                idempotency_key: idempotency_key.clone(),
                idempotent_replayed: reply.replayed,
                attempts,
                headers: reply.headers,
            });
            Ok(value)
        }
        Err(e) => {
            let mut err = Error::new(
                ErrorKind::Api,
                format!("could not decode the {} response of {} {path}: {e}", reply.status, method.as_str()),
            );
            err.http_status = Some(reply.status);
            err.request_id = reply.request_id;
            err.response_headers = Some(reply.headers);
            Err(err)
        }
    }
}

fn deadline_error(d: Deadline, attempts: u32, last: Option<Error>) -> Error {
    let mut msg = format!("the deadline of {} ms ran out after {attempts} attempt(s)", d.limit.as_millis());
    if let Some(last) = &last {
        msg.push_str(&format!("; last error: {last}"));
    }
    let mut e = Error::new(ErrorKind::Timeout, msg);
    if let Some(last) = last {
        e.http_status = last.http_status;
        e.request_id = last.request_id;
    }
    e
}
