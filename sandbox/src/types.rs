//! The crate's public value types: server configuration, injected faults and
//! recorded requests.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use serde::Serialize;

/// The API version reported when a request names none.
pub const DEFAULT_API_VERSION: &str = "2023-08-16";

/// Where the server listens. The default is an ephemeral port on 127.0.0.1.
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    pub addr: SocketAddr,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig { addr: SocketAddr::from(([127, 0, 0, 1], 0)) }
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
