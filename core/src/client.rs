//! The client: one pooled reqwest client, the retry loop and idempotency keys.
//! Every error that leaves a request carries its idempotency key and is
//! scrubbed of the API key here, in one place.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use rand::Rng;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::backoff;
use crate::config::{ClientBuilder, ClientConfig, RequestOptions};
use crate::error::{Error, ErrorKind, Result};
use crate::meta::{ResponseMeta, WithMeta};
use crate::redact::Redactor;
use crate::retry_after;
use crate::transport::{self, Attempt, Reply};
use crate::wire::{self, Method};

/// This library's version (the crate's), sent in the User-Agent.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A client for one account and one API. Cheap to clone; clones share the
/// connection pool.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    config: ClientConfig,
    user_agent: String,
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
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .pool_idle_timeout(Duration::from_secs(90))
            .tcp_keepalive(Duration::from_secs(60))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::new(ErrorKind::Connection, format!("could not build the HTTP client: {e}")))?;
        let mut user_agent = format!("payintent-rust/{VERSION}");
        if let Some(s) = &config.user_agent_suffix {
            user_agent = format!("{s} {user_agent}");
        }
        Ok(Client { inner: Arc::new(Inner { http, config, user_agent }) })
    }

    /// The settings the client was built with.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// Send one logical request (with retries) and decode the JSON answer.
    pub(crate) async fn request<T: DeserializeOwned + WithMeta>(
        &self,
        method: Method,
        path: &str,
        params: &Map<String, Value>,
        opts: &RequestOptions,
    ) -> Result<T> {
        opts.validate()?;
        let key = opts.api_key.as_ref().unwrap_or(&self.inner.config.api_key);
        let redactor = key.redactor();
        let idempotency_key = match method {
            Method::Post => Some(opts.idempotency_key.clone().unwrap_or_else(|| uuid::Uuid::new_v4().to_string())),
            Method::Get => None,
        };
        let result = self.attempts(method, path, params, opts, &redactor, &idempotency_key).await;
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
    async fn attempts<T: DeserializeOwned + WithMeta>(
        &self,
        method: Method,
        path: &str,
        params: &Map<String, Value>,
        opts: &RequestOptions,
        redactor: &Redactor,
        idempotency_key: &Option<String>,
    ) -> Result<T> {
        let cfg = &self.inner.config;
        let key = opts.api_key.as_ref().unwrap_or(&cfg.api_key);
        let target = wire::target(cfg, method, path, params);
        let headers = wire::headers(cfg, &self.inner.user_agent, key, opts, idempotency_key.as_deref(), target.content_type)?;
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
            let mut timeout = per_attempt;
            if let Some(d) = deadline {
                let left = d.end.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(deadline_error(d, attempt - 1, None));
                }
                timeout = timeout.min(left);
            }
            tracing::debug!(method = method.as_str(), path, attempt, "payintent request");
            let sent = Attempt {
                method,
                url: &target.url,
                headers: &headers,
                body: target.body.as_deref(),
                timeout,
                max_body: cfg.max_response_bytes,
            };
            let (err, hint, retry_after) = match transport::send_once(&self.inner.http, sent, redactor).await {
                Ok(reply) if (200..300).contains(&reply.status) => {
                    tracing::debug!(status = reply.status, request_id = ?reply.request_id, "payintent response");
                    return decode(method, path, reply, idempotency_key, attempt);
                }
                Ok(reply) => {
                    let err = Error::from_response(reply.status, &reply.body, reply.request_id);
                    (err, reply.should_retry, reply.retry_after)
                }
                Err(err) => (err, None, None),
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
                if wake.map_or(true, |w| w >= d.end) {
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
            tokio::time::sleep(delay).await;
        }
    }
}

/// Decode a 2xx body and attach the exchange's facts.
fn decode<T: DeserializeOwned + WithMeta>(
    method: Method,
    path: &str,
    reply: Reply,
    idempotency_key: &Option<String>,
    attempts: u32,
) -> Result<T> {
    match serde_json::from_slice::<T>(&reply.body) {
        Ok(mut value) => {
            value.set_meta(ResponseMeta {
                request_id: reply.request_id,
                http_status: reply.status,
                idempotency_key: idempotency_key.clone(),
                idempotent_replayed: reply.replayed,
                attempts,
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
