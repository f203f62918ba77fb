//! The crate's public value types: server configuration, injected faults,
//! recorded requests and webhook delivery attempts.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;

use serde::Serialize;

/// The API version reported when a request names none.
pub const DEFAULT_API_VERSION: &str = "2023-08-16";

/// Where the server listens (the default is an ephemeral port on
/// 127.0.0.1) and how it delivers webhooks.
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    pub addr: SocketAddr,
    pub webhooks: WebhookConfig,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig { addr: SocketAddr::from(([127, 0, 0, 1], 0)), webhooks: WebhookConfig::default() }
    }
}

/// How webhook events are delivered: a failed attempt (non-2xx answer,
/// connection error or timeout) is retried after `initial_backoff`, then
/// after twice as long each time, at most `max_backoff`, until
/// `max_attempts` attempts were made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookConfig {
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    pub max_attempts: u32,
    /// How long one attempt may take, connecting included.
    pub timeout: Duration,
}

impl Default for WebhookConfig {
    fn default() -> Self {
        WebhookConfig {
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_attempts: 8,
            timeout: Duration::from_secs(5),
        }
    }
}

impl WebhookConfig {
    /// The wait before attempt `n + 1`, after `n` (≥ 1) failed attempts.
    pub fn backoff(&self, n: u32) -> Duration {
        let factor = 2u32.saturating_pow(n.saturating_sub(1).min(20));
        self.initial_backoff.saturating_mul(factor).min(self.max_backoff)
    }
}

/// A fault injected into the next matching API request(s).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    pub kind: FaultKind,
    /// How many matching requests it hits (usually 1).
    pub count: u32,
    /// Only requests whose path starts with this; `None` matches any.
    pub path_prefix: Option<String>,
}

impl Fault {
    /// A fault hitting the next API request, whatever its path.
    pub fn once(kind: FaultKind) -> Fault {
        Fault { kind, count: 1, path_prefix: None }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// Answer with this status and a Stripe-shaped error body.
    Status { status: u16, should_retry: Option<bool>, code: Option<String> },
    /// Close the connection without an answer.
    Drop,
    /// Wait, then handle the request normally.
    Delay { ms: u64 },
}

/// One API request as received. `authorization` holds only the scheme
/// (`Bearer`, `Basic`); the key itself is never kept.
#[derive(Clone, Debug, Serialize)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string, `""` if none.
    pub query: String,
    /// Lowercase names.
    pub headers: BTreeMap<String, String>,
    /// The raw body.
    pub body: String,
}

/// One attempt to deliver an event to a webhook endpoint.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct WebhookAttempt {
    /// The event (`evt_…`) and endpoint (`we_…`).
    pub event: String,
    pub endpoint: String,
    /// The account of both (`""`: the platform).
    pub account: String,
    pub url: String,
    /// 1 for the first attempt of this event to this endpoint.
    pub attempt: u32,
    /// The HTTP status answered, if an answer came.
    pub status: Option<u16>,
    /// Why no answer came (connection error, timeout).
    pub error: Option<String>,
    /// A 2xx answer.
    pub succeeded: bool,
    /// When the attempt started (real time, Unix seconds; also the `t` of its signature).
    pub at: i64,
}
