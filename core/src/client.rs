//! HTTP transport: one pooled reqwest client, the retry loop, idempotency keys.

use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use rand::Rng;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::config::{ClientBuilder, ClientConfig, Profile, RequestOptions};
use crate::encode;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{ResponseMeta, WithMeta};
use crate::payment_intents::PaymentIntents;
use crate::secret::SecretKey;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

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

/// What one HTTP attempt produced.
struct Reply {
    status: u16,
    request_id: Option<String>,
    replayed: bool,
    should_retry: Option<bool>,
    retry_after: Option<Duration>,
    body: Vec<u8>,
}


impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A Stripe client with default settings.
    pub fn new(api_key: impl Into<String>) -> Result<Client> {
        ClientBuilder::default().api_key(api_key).build()
    }

    pub fn from_config(config: ClientConfig) -> Result<Client> {
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

    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The PaymentIntents resource.
    pub fn payment_intents(&self) -> PaymentIntents {
        PaymentIntents::new(self.clone())
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
        let cfg = &self.inner.config;
        let key = opts.api_key.as_ref().unwrap_or(&cfg.api_key);
        let idempotency_key = match method {
            Method::Post => Some(
                opts.idempotency_key
                    .clone()
                    .unwrap_or_else(|| uuid::Uuid::new_v4().to_string()),
            ),
            Method::Get => None,
        };
        let (url, body, content_type) = self.encode(method, path, params);
        let headers = self.headers(key, opts, idempotency_key.as_deref(), content_type)?;
        let max_retries = opts.max_retries.unwrap_or(cfg.max_retries);
        let per_attempt = opts.timeout.unwrap_or(cfg.timeout);
        let deadline = opts.deadline.or(cfg.deadline).map(|d| (d, Instant::now() + d));

        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let mut timeout = per_attempt;
            if let Some((_, end)) = deadline {
                let left = end.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(self.deadline_error(deadline, attempt - 1, None, &idempotency_key));
                }
                timeout = timeout.min(left);
            }
            tracing::debug!(method = method.as_str(), path, attempt, "payintent request");
            let outcome = self.send_once(method, &url, &headers, body.clone(), timeout).await;
            let (err, hint, retry_after) = match outcome {
                Ok(reply) if (200..300).contains(&reply.status) => {
                    tracing::debug!(status = reply.status, request_id = ?reply.request_id, "payintent response");
                    let mut value: T = serde_json::from_slice(&reply.body).map_err(|e| {
                        let mut err = Error::new(
                            ErrorKind::Api,
                            format!("could not decode the {} response of {} {path}: {e}", reply.status, method.as_str()),
                        );
                        err.http_status = Some(reply.status);
                        err.request_id = reply.request_id.clone();
                        err
                    })?;
                    value.set_meta(ResponseMeta {
                        request_id: reply.request_id,
                        http_status: reply.status,
                        idempotency_key: idempotency_key.clone(),
                        idempotent_replayed: reply.replayed,
                        attempts: attempt,
                    });
                    return Ok(value);
                }
                Ok(reply) => {
                    let mut err = Error::from_response(reply.status, &reply.body, reply.request_id);
                    err.message = key.scrub(&err.message);
                    (err, reply.should_retry, reply.retry_after)
                }
                Err(err) => (err, None, None),
            };
            let mut err = err;
            err.idempotency_key = idempotency_key.clone();
            let retry = hint.unwrap_or_else(|| err.is_transient()) && attempt <= max_retries;
            if !retry {
                tracing::debug!(kind = err.kind.as_str(), status = ?err.http_status, request_id = ?err.request_id, attempt, "payintent request failed");
                return Err(err);
            }
            let delay = self.backoff(attempt, retry_after);
            if let Some((_, end)) = deadline {
                if Instant::now() + delay >= end {
                    return Err(self.deadline_error(deadline, attempt, Some(err), &idempotency_key));
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

    fn deadline_error(
        &self,
        deadline: Option<(Duration, Instant)>,
        attempts: u32,
        last: Option<Error>,
        idempotency_key: &Option<String>,
    ) -> Error {
        let limit = deadline.map(|(d, _)| d).unwrap_or_default();
        let mut msg = format!("the deadline of {} ms ran out after {attempts} attempt(s)", limit.as_millis());
        if let Some(last) = &last {
            msg.push_str(&format!("; last error: {last}"));
        }
        let mut e = Error::new(ErrorKind::Timeout, msg);
        if let Some(last) = last {
            e.http_status = last.http_status;
            e.request_id = last.request_id;
        }
        e.idempotency_key = idempotency_key.clone();
        e
    }

    /// Exponential back-off with jitter: `initial * 2^(n-1)` capped at `max`,
    /// then scaled by a random factor in [0.5, 1.0], never below half of
    /// `initial`. A server `Retry-After` up to `max` is honoured as a floor.
    fn backoff(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let cfg = &self.inner.config;
        let exp = cfg
            .initial_backoff
            .saturating_mul(1u32.checked_shl(attempt.saturating_sub(1)).unwrap_or(u32::MAX))
            .min(cfg.max_backoff);
        let jitter: f64 = rand::thread_rng().gen_range(0.5..=1.0);
        let mut delay = exp.mul_f64(jitter).max(cfg.initial_backoff / 2);
        if let Some(ra) = retry_after {
            if ra <= cfg.max_backoff {
                delay = delay.max(ra);
            }
        }
        delay
    }

    fn encode(
        &self,
        method: Method,
        path: &str,
        params: &Map<String, Value>,
    ) -> (String, Option<String>, Option<&'static str>) {
        let base = &self.inner.config.base_url;
        match method {
            Method::Get => {
                let query = encode::form_encode(params);
                let url = if query.is_empty() { format!("{base}{path}") } else { format!("{base}{path}?{query}") };
                (url, None, None)
            }
            Method::Post => match self.inner.config.profile {
                Profile::Stripe => (
                    format!("{base}{path}"),
                    Some(encode::form_encode(params)),
                    Some("application/x-www-form-urlencoded"),
                ),
                Profile::LeanRails => (
                    format!("{base}{path}"),
                    Some(encode::json_encode(params)),
                    Some("application/json"),
                ),
            },
        }
    }

    fn headers(
        &self,
        key: &SecretKey,
        opts: &RequestOptions,
        idempotency_key: Option<&str>,
        content_type: Option<&str>,
    ) -> Result<HeaderMap> {
        let cfg = &self.inner.config;
        let mut h = HeaderMap::new();
        let auth = match cfg.profile {
            Profile::Stripe => format!("Bearer {}", key.expose()),
            Profile::LeanRails => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{}:", key.expose()))
            ),
        };
        let mut auth = HeaderValue::from_str(&auth)
            .map_err(|_| Error::invalid_argument("api_key", "api_key is not a valid header value"))?;
        auth.set_sensitive(true);
        h.insert(reqwest::header::AUTHORIZATION, auth);
        put(&mut h, "user-agent", &self.inner.user_agent)?;
        put(&mut h, "accept", "application/json")?;
        if let Some(ct) = content_type {
            put(&mut h, "content-type", ct)?;
        }
        let version = opts.api_version.as_ref().or(cfg.api_version.as_ref());
        if let Some(v) = version {
            let name = match cfg.profile {
                Profile::Stripe => "stripe-version",
                Profile::LeanRails => "x-api-version",
            };
            put(&mut h, name, v)?;
        }
        if let Some(k) = idempotency_key {
            put(&mut h, "idempotency-key", k)?;
        }
        if let Some(a) = opts.stripe_account.as_ref().or(cfg.stripe_account.as_ref()) {
            put(&mut h, "stripe-account", a)?;
        }
        Ok(h)
    }

    async fn send_once(
        &self,
        method: Method,
        url: &str,
        headers: &HeaderMap,
        body: Option<String>,
        timeout: Duration,
    ) -> Result<Reply> {
        let m = match method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
        };
        let mut req = self.inner.http.request(m, url).headers(headers.clone()).timeout(timeout);
        if let Some(b) = body {
            req = req.body(b);
        }
        let resp = req.send().await.map_err(|e| transport_error(method, e))?;
        let status = resp.status().as_u16();
        let h = resp.headers();
        let text = |name: &str| h.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let request_id = text("request-id").or_else(|| text("x-request-id"));
        let replayed = text("idempotent-replayed").is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let should_retry = text("stripe-should-retry").and_then(|v| match v.to_ascii_lowercase().as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        });
        let retry_after = text("retry-after")
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(Duration::from_secs_f64);
        let body = resp.bytes().await.map_err(|e| transport_error(method, e))?.to_vec();
        Ok(Reply { status, request_id, replayed, should_retry, retry_after, body })
    }
}

fn put(h: &mut HeaderMap, name: &'static str, value: &str) -> Result<()> {
    let v = HeaderValue::from_str(value)
        .map_err(|_| Error::invalid_argument(name, format!("{name} is not a valid header value")))?;
    h.insert(HeaderName::from_static(name), v);
    Ok(())
}

fn transport_error(method: Method, e: reqwest::Error) -> Error {
    // reqwest's message names the URL (never the key); keep its cause chain.
    let mut detail = e.to_string();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        detail.push_str(": ");
        detail.push_str(&s.to_string());
        src = s.source();
    }
    if e.is_timeout() {
        Error::new(ErrorKind::Timeout, format!("{} request timed out: {detail}", method.as_str()))
    } else {
        Error::new(
            ErrorKind::Connection,
            format!("could not complete the {} request: {detail}", method.as_str()),
        )
    }
}
