//! Small HTTP helpers shared by the integration tests: the sandbox is only
//! ever driven over real HTTP here.
#![allow(dead_code)]

use payintent_sandbox::{Sandbox, SandboxConfig};
use reqwest::header::HeaderMap;
use serde_json::Value;

pub const KEY: &str = "sk_test_sandbox_tests_0001";

pub async fn sandbox() -> (Sandbox, Api) {
    let sb = Sandbox::start(SandboxConfig::default()).await.expect("sandbox starts");
    let api = Api::new(&sb.base_url());
    (sb, api)
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body of a 200.
    pub fn ok(self) -> Value {
        assert_eq!(self.status, 200, "expected 200, got {} {}", self.status, self.body);
        self.body
    }

    /// The `error` object of an error answer with this status.
    pub fn err(&self, status: u16) -> &Value {
        assert_eq!(self.status, status, "expected {status}, got {} {}", self.status, self.body);
        let e = &self.body["error"];
        assert!(e.is_object(), "no error object: {}", self.body);
        e
    }
}

#[derive(Clone)]
pub struct Api {
    pub base: String,
    pub http: reqwest::Client,
    pub key: Option<String>,
}

pub struct Req(reqwest::RequestBuilder);

impl Req {
    pub fn idem(self, key: &str) -> Req {
        Req(self.0.header("idempotency-key", key))
    }

    pub fn account(self, acct: &str) -> Req {
        Req(self.0.header("stripe-account", acct))
    }

    pub fn header(self, k: &str, v: &str) -> Req {
        Req(self.0.header(k, v))
    }

    pub async fn send(self) -> Resp {
        let r = self.0.send().await.expect("request reaches the sandbox");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let text = r.text().await.expect("body");
        let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
        Resp { status, headers, body }
    }
}

impl Api {
    pub fn new(base: &str) -> Api {
        Api { base: base.to_string(), http: reqwest::Client::new(), key: Some(KEY.into()) }
    }

    pub fn with_key(&self, key: Option<&str>) -> Api {
        Api { key: key.map(str::to_string), ..self.clone() }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Stripe profile: form body, Bearer auth.
    pub fn form(&self, path: &str, body: &str) -> Req {
        let mut r = self
            .http
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_string());
        if let Some(k) = &self.key {
            r = r.bearer_auth(k);
        }
        Req(r)
    }

    /// LeanRails profile: JSON body, Basic auth with an empty password.
    pub fn json(&self, path: &str, body: &Value) -> Req {
        let mut r = self.http.post(self.url(path)).header("content-type", "application/json").body(body.to_string());
        if let Some(k) = &self.key {
            r = r.basic_auth(k, Some(""));
        }
        Req(r)
    }

    pub fn get(&self, path_and_query: &str) -> Req {
        let mut r = self.http.get(self.url(path_and_query));
        if let Some(k) = &self.key {
            r = r.bearer_auth(k);
        }
        Req(r)
    }

    /// LeanRails profile GET: Basic auth with an empty password.
    pub fn get_basic(&self, path_and_query: &str) -> Req {
        let mut r = self.http.get(self.url(path_and_query));
        if let Some(k) = &self.key {
            r = r.basic_auth(k, Some(""));
        }
        Req(r)
    }

    pub async fn post(&self, path: &str, body: &str) -> Resp {
        self.form(path, body).send().await
    }

    pub async fn fetch(&self, path_and_query: &str) -> Resp {
        self.get(path_and_query).send().await
    }

    /// Create (Stripe profile) and return the intent; panics on errors.
    pub async fn create(&self, body: &str) -> Value {
        self.post("/v1/payment_intents", body).await.ok()
    }

    pub async fn act(&self, id: &str, action: &str, body: &str) -> Resp {
        self.post(&format!("/v1/payment_intents/{id}/{action}"), body).await
    }

    /// A control endpoint (no auth).
    pub async fn control(&self, method: &str, path: &str, body: Option<Value>) -> Resp {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut r = self.http.request(m, self.url(path));
        if let Some(b) = body {
            r = r.header("content-type", "application/json").body(b.to_string());
        }
        Req(r).send().await
    }
}

pub fn id(v: &Value) -> String {
    v["id"].as_str().expect("an id").to_string()
}

/// Percent-encode a query-string value.
pub fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
