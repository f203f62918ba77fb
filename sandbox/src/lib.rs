//! A stateful local PaymentIntents server for tests and the quickstart.
//!
//! It follows the documented state machine, answers with Stripe-shaped
//! errors, replays idempotent requests like Stripe, speaks the Stripe (form)
//! and LeanRails (JSON) wire profiles, and injects faults on demand. See
//! README.md beside this crate for the test payment methods, control
//! endpoints and error codes.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use payintent_sandbox::{Fault, FaultKind, Sandbox, SandboxConfig};
//! let sandbox = Sandbox::start(SandboxConfig::default()).await?;
//! sandbox.inject(Fault { kind: FaultKind::Status { status: 503, should_retry: None, code: None }, count: 1, path_prefix: None });
//! println!("{}", sandbox.base_url());
//! # Ok(()) }
//! ```

mod api;
mod wire;

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Request, Response};
use serde::Serialize;
use serde_json::{json, Map, Value};
use tokio::sync::watch;

use api::{random_id, Reply, Store};

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

#[derive(Clone)]
enum Idem {
    InFlight,
    Done { fingerprint: String, reply: Reply, request_id: String },
}

/// (API key, Stripe-Account, Idempotency-Key).
type IdemSlot = (String, String, String);

#[derive(Default)]
struct Shared {
    store: Mutex<Store>,
    faults: Mutex<VecDeque<Fault>>,
    log: Mutex<Vec<RecordedRequest>>,
    idem: Mutex<HashMap<IdemSlot, Idem>>,
    base_url: String,
}

/// Lock, ignoring poisoning: a panicking handler must not take the server down.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A running sandbox server. Dropping it (or [`Sandbox::shutdown`]) stops it.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Sandbox {
    /// Start on the current tokio runtime.
    pub async fn start(config: SandboxConfig) -> std::io::Result<Sandbox> {
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared { base_url: format!("http://{addr}"), ..Shared::default() });
        let (stop, stop_rx) = watch::channel(false);
        tokio::spawn(serve(listener, shared.clone(), stop_rx));
        Ok(Sandbox { addr, shared, stop, thread: None })
    }

    /// Start on a thread with its own runtime, for synchronous callers.
    pub fn start_background(config: SandboxConfig) -> std::io::Result<Sandbox> {
        let (tx, rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new().name("payintent-sandbox".into()).spawn(move || {
            let rt = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            };
            rt.block_on(async move {
                let bound = async {
                    let listener = tokio::net::TcpListener::bind(config.addr).await?;
                    let addr = listener.local_addr()?;
                    Ok::<_, std::io::Error>((listener, addr))
                };
                match bound.await {
                    Ok((listener, addr)) => {
                        let shared = Arc::new(Shared { base_url: format!("http://{addr}"), ..Shared::default() });
                        let (stop, stop_rx) = watch::channel(false);
                        let _ = tx.send(Ok((addr, shared.clone(), stop)));
                        serve(listener, shared, stop_rx).await;
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
        })?;
        let (addr, shared, stop) = rx.recv().map_err(|_| std::io::Error::other("sandbox thread ended early"))??;
        Ok(Sandbox { addr, shared, stop, thread: Some(thread) })
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Queue a fault; faults are used first-in first-out by matching requests.
    pub fn inject(&self, fault: Fault) {
        if fault.count > 0 {
            lock(&self.shared.faults).push_back(fault);
        }
    }

    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// The API requests received so far (control requests are not logged).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.log).clone()
    }

    pub fn clear_requests(&self) {
        lock(&self.shared.log).clear();
    }

    /// Forget every object, fault, idempotency key and logged request.
    pub fn reset(&self) {
        reset(&self.shared);
    }

    /// Stop serving (the same as dropping the handle).
    pub fn shutdown(self) {}
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn reset(shared: &Shared) {
    *lock(&shared.store) = Store::default();
    lock(&shared.faults).clear();
    lock(&shared.log).clear();
    lock(&shared.idem).clear();
}

async fn serve(listener: tokio::net::TcpListener, shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = stop.changed() => return,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let shared = shared.clone();
                let mut stop = stop.clone();
                tokio::spawn(async move {
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let svc = hyper::service::service_fn(move |req| handle(req, shared.clone()));
                    let conn = hyper::server::conn::http1::Builder::new().serve_connection(io, svc);
                    tokio::select! {
                        _ = conn => {}
                        _ = stop.changed() => {}
                    }
                });
            }
        }
    }
}

/// Returned by the service to make hyper close the connection unanswered.
#[derive(Debug)]
struct Dropped;
impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}
impl std::error::Error for Dropped {}

type HttpResult = Result<Response<Full<Bytes>>, Dropped>;

fn respond(status: u16, body: &Value, headers: &[(&str, String)]) -> Response<Full<Bytes>> {
    let mut b = Response::builder().status(status).header("content-type", "application/json");
    for (k, v) in headers {
        if let Ok(v) = hyper::header::HeaderValue::from_str(v) {
            b = b.header(*k, v);
        }
    }
    b.body(Full::new(Bytes::from(body.to_string()))).expect("valid response")
}

async fn handle(req: Request<hyper::body::Incoming>, shared: Arc<Shared>) -> HttpResult {
    let method = req.method().as_str().to_string();
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    let mut headers = BTreeMap::new();
    for (k, v) in req.headers() {
        let v = String::from_utf8_lossy(v.as_bytes()).to_string();
        headers.entry(k.as_str().to_ascii_lowercase()).or_insert(v);
    }
    let body = match req.into_body().collect().await {
        Ok(b) => String::from_utf8_lossy(&b.to_bytes()).to_string(),
        Err(_) => return Err(Dropped),
    };
    if let Some(rest) = path.strip_prefix("/__sandbox/") {
        return Ok(control(&shared, &method, rest, &query, &body));
    }
    let mut recorded = headers.clone();
    if let Some(a) = recorded.get_mut("authorization") {
        *a = a.split_whitespace().next().unwrap_or("").to_string();
    }
    lock(&shared.log).push(RecordedRequest {
        method: method.clone(),
        path: path.clone(),
        query: query.clone(),
        headers: recorded,
        body: body.clone(),
    });
    let request_id = random_id("req_", 16);
    let fault = take_fault(&shared, &path);
    let mut delay = None;
    match fault {
        Some(FaultKind::Drop) => return Err(Dropped),
        Some(FaultKind::Status { status, should_retry, code }) => {
            let mut out = vec![("request-id", request_id)];
            if let Some(r) = should_retry {
                out.push(("stripe-should-retry", r.to_string()));
            }
            let (kind, code) = match status {
                401 => ("authentication_error", code),
                402 => ("card_error", code.or(Some("card_declined".into()))),
                403 => ("permission_error", code),
                404 => ("invalid_request_error", code.or(Some("resource_missing".into()))),
                409 => ("invalid_request_error", code.or(Some("lock_timeout".into()))),
                429 => ("invalid_request_error", code.or(Some("rate_limit".into()))),
                s if s >= 500 => ("api_error", code),
                _ => ("invalid_request_error", code),
            };
            let r = Reply::error(status, kind, code.as_deref(), &format!("Injected fault: HTTP {status}."), None);
            return Ok(respond(status, &r.body, &out));
        }
        Some(FaultKind::Delay { ms }) => delay = Some(Duration::from_millis(ms)),
        None => {}
    }
    // Run to completion even if the client hangs up meanwhile, as a real
    // server would: a timed-out request may still have taken effect.
    let work = tokio::spawn(async move {
        if let Some(d) = delay {
            tokio::time::sleep(d).await;
        }
        let mut out: Vec<(&'static str, String)> = vec![];
        let reply = api_request(&shared, &method, &path, &query, &headers, &body, &request_id, &mut out);
        (reply, out)
    });
    match work.await {
        Ok((reply, out)) => Ok(respond(reply.status, &reply.body, &out)),
        Err(_) => {
            let r = Reply::error(500, "api_error", None, "The sandbox failed while handling this request.", None);
            Ok(respond(500, &r.body, &[]))
        }
    }
}

/// Use up the first queued fault that matches `path`.
fn take_fault(shared: &Shared, path: &str) -> Option<FaultKind> {
    let mut faults = lock(&shared.faults);
    let i = faults.iter().position(|f| f.path_prefix.as_deref().map_or(true, |p| path.starts_with(p)))?;
    let kind = faults[i].kind.clone();
    if faults[i].count <= 1 {
        faults.remove(i);
    } else {
        faults[i].count -= 1;
    }
    Some(kind)
}

/// `sk_test_abcdefgh1234` -> `sk_test_********1234`; short or odd keys show
/// no characters of their secret part at all.
fn mask(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    let prefix_len = ["sk_test_", "sk_live_", "rk_test_", "rk_live_", "pk_test_", "pk_live_"]
        .iter()
        .find(|p| key.starts_with(**p))
        .map_or(0, |p| p.len());
    let secret = chars.len() - prefix_len;
    let shown = if secret >= 12 { 4 } else { 0 };
    let prefix: String = chars[..prefix_len].iter().collect();
    let tail: String = chars[chars.len() - shown..].iter().collect();
    format!("{prefix}{}{tail}", "*".repeat((secret - shown).clamp(4, 24)))
}

fn api_key(headers: &BTreeMap<String, String>) -> Result<String, Reply> {
    let auth = headers.get("authorization").map(String::as_str).unwrap_or("").trim();
    let no_key = || {
        Reply::error(
            401,
            "authentication_error",
            None,
            "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY') or Basic auth with the key as the user name and an empty password.",
            None,
        )
    };
    let (scheme, cred) = auth.split_once(' ').unwrap_or((auth, ""));
    let key = if scheme.eq_ignore_ascii_case("bearer") {
        cred.trim().to_string()
    } else if scheme.eq_ignore_ascii_case("basic") {
        let decoded = base64::engine::general_purpose::STANDARD.decode(cred.trim()).map_err(|_| {
            Reply::error(
                401,
                "authentication_error",
                None,
                "Invalid Basic authorization header: it is not valid base64.",
                None,
            )
        })?;
        let text = String::from_utf8_lossy(&decoded).to_string();
        text.split(':').next().unwrap_or("").to_string()
    } else {
        return Err(no_key());
    };
    if key.is_empty() {
        return Err(no_key());
    }
    if !(key.starts_with("sk_test_") || key.starts_with("rk_test_")) || key.len() <= 8 {
        return Err(Reply::error(
            401,
            "authentication_error",
            None,
            &format!("Invalid API Key provided: {}", mask(&key)),
            None,
        ));
    }
    Ok(key)
}

/// Route `/v1/payment_intents...` to an operation name and optional id.
fn route(method: &str, path: &str) -> Option<(&'static str, Option<String>)> {
    let rest = path.strip_prefix("/v1/payment_intents")?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    let segs: Vec<&str> = rest.split('/').skip(1).collect();
    let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
    Some(match (method, segs.as_slice()) {
        ("GET", []) => ("list", None),
        ("POST", []) => ("create", None),
        ("GET", ["search"]) => ("search", None),
        ("GET", [id]) if !id.is_empty() => ("retrieve", Some(decode(id))),
        ("POST", [id]) if !id.is_empty() => ("update", Some(decode(id))),
        ("POST", [id, action]) if !id.is_empty() => {
            let op = match *action {
                "confirm" => "confirm",
                "capture" => "capture",
                "cancel" => "cancel",
                "increment_authorization" => "increment_authorization",
                "apply_customer_balance" => "apply_customer_balance",
                "verify_microdeposits" => "verify_microdeposits",
                _ => return None,
            };
            (op, Some(decode(id)))
        }
        _ => return None,
    })
}

/// Sorted-key text of parsed parameters, with every scalar as a string, so
/// neither key order nor form-vs-JSON typing changes a fingerprint.
fn canonical(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let inner: Vec<String> =
                keys.iter().map(|k| format!("{}:{}", Value::String((*k).clone()), canonical(&m[*k]))).collect();
            format!("{{{}}}", inner.join(","))
        }
        Value::Array(a) => format!("[{}]", a.iter().map(canonical).collect::<Vec<_>>().join(",")),
        Value::Number(n) => Value::String(n.to_string()).to_string(),
        Value::Bool(b) => Value::String(b.to_string()).to_string(),
        other => other.to_string(),
    }
}

/// Form arrays arrive as index-keyed objects; JSON ones as arrays. Make both
/// arrays for fingerprints.
fn normalize(v: &Value) -> Value {
    match v {
        Value::Object(m) => match wire::as_array(v) {
            Some(items) => Value::Array(items.iter().map(normalize).collect()),
            None => Value::Object(m.iter().map(|(k, v)| (k.clone(), normalize(v))).collect()),
        },
        Value::Array(a) => Value::Array(a.iter().map(normalize).collect()),
        other => other.clone(),
    }
}

#[allow(clippy::too_many_arguments)]
fn api_request(
    shared: &Shared,
    method: &str,
    path: &str,
    query: &str,
    headers: &BTreeMap<String, String>,
    body: &str,
    request_id: &str,
    out: &mut Vec<(&'static str, String)>,
) -> Reply {
    out.push(("request-id", request_id.to_string()));
    let version = headers.get("stripe-version").cloned().unwrap_or_else(|| DEFAULT_API_VERSION.to_string());
    out.push(("stripe-version", version));
    if let Some(v) = headers.get("x-api-version") {
        out.push(("x-api-version", v.clone()));
    }
    let account = headers.get("stripe-account").map(|a| a.trim().to_string()).unwrap_or_default();
    if !account.is_empty() {
        out.push(("stripe-account", account.clone()));
    }
    let key = match api_key(headers) {
        Ok(k) => k,
        Err(r) => return r,
    };
    let Some((op, id)) = route(method, path) else {
        return Reply::error(
            404,
            "invalid_request_error",
            None,
            &format!("Unrecognized request URL ({method}: {path}). This sandbox serves /v1/payment_intents only."),
            None,
        );
    };
    if method == "POST" && key.starts_with("rk_test_") {
        return Reply::error(
            403,
            "permission_error",
            None,
            "The provided key does not have the required permissions for this endpoint: restricted keys (rk_test_) are read-only in this sandbox.",
            None,
        );
    }
    let content_type = headers.get("content-type").map(|c| c.to_ascii_lowercase()).unwrap_or_default();
    let json_body = content_type.starts_with("application/json");
    let params: Map<String, Value> = if method == "GET" {
        match wire::parse_form(query) {
            Ok(p) => p,
            Err(r) => return r,
        }
    } else if json_body {
        if body.trim().is_empty() {
            Map::new()
        } else {
            match serde_json::from_str::<Value>(body) {
                Ok(Value::Object(m)) => m,
                Ok(_) => {
                    return Reply::error(
                        400,
                        "invalid_request_error",
                        None,
                        "The JSON request body must be an object.",
                        None,
                    )
                }
                Err(e) => {
                    return Reply::error(
                        400,
                        "invalid_request_error",
                        None,
                        &format!("Invalid JSON in the request body: {e}"),
                        None,
                    )
                }
            }
        }
    } else {
        if !body.is_empty() && !content_type.starts_with("application/x-www-form-urlencoded") {
            return Reply::error(
                400,
                "invalid_request_error",
                None,
                &format!("Unsupported Content-Type '{content_type}': use application/x-www-form-urlencoded or application/json."),
                None,
            );
        }
        match wire::parse_form(body) {
            Ok(p) => p,
            Err(r) => return r,
        }
    };
    let idem_key =
        if method == "POST" { headers.get("idempotency-key").filter(|k| !k.is_empty()).cloned() } else { None };
    if method == "POST" && json_body && idem_key.is_none() {
        return Reply::error(
            400,
            "invalid_request_error",
            Some("idempotency_key_missing"),
            "An Idempotency-Key header is required on every POST request with a JSON body.",
            None,
        );
    }
    let run = || -> Reply {
        let mut store = lock(&shared.store);
        match store.handle(&account, op, id.as_deref(), &params, &shared.base_url) {
            Ok(v) => Reply::ok(v),
            Err(r) => r,
        }
    };
    let Some(ikey) = idem_key else { return run() };
    if ikey.chars().count() > 255 {
        return Reply::error(
            400,
            "invalid_request_error",
            None,
            "Invalid Idempotency-Key: it can be at most 255 characters long.",
            None,
        );
    }
    out.push(("idempotency-key", ikey.clone()));
    let fingerprint = format!("{method} {path} {}", canonical(&normalize(&Value::Object(params.clone()))));
    let slot = (key, account.clone(), ikey.clone());
    {
        let mut idem = lock(&shared.idem);
        match idem.get(&slot) {
            Some(Idem::Done { fingerprint: fp, reply, request_id: original }) if *fp == fingerprint => {
                out.retain(|(k, _)| *k != "request-id");
                out.push(("request-id", original.clone()));
                out.push(("idempotent-replayed", "true".into()));
                return reply.clone();
            }
            Some(Idem::Done { .. }) => {
                return Reply::error(400, "idempotency_error", None, &format!(
                    "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{ikey}' if you meant to execute a different request."), None);
            }
            Some(Idem::InFlight) => {
                return Reply::error(
                    409,
                    "idempotency_error",
                    Some("idempotency_key_in_use"),
                    "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): please retry in a moment.",
                    None,
                );
            }
            None => {
                idem.insert(slot.clone(), Idem::InFlight);
            }
        }
    }
    let reply = run();
    let mut idem = lock(&shared.idem);
    if reply.store {
        idem.insert(slot, Idem::Done { fingerprint, reply: reply.clone(), request_id: request_id.to_string() });
    } else {
        idem.remove(&slot);
    }
    reply
}

/// Query-string lookup for control endpoints (`account=acct_1&outcome=fail`).
fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| percent_encoding::percent_decode_str(&v.replace('+', " ")).decode_utf8_lossy().into_owned())
}

fn control(shared: &Shared, method: &str, rest: &str, query: &str, body: &str) -> Response<Full<Bytes>> {
    let ok = || respond(200, &json!({"ok": true}), &[]);
    let bad = |status: u16, msg: &str| {
        respond(status, &json!({"error": {"type": "invalid_request_error", "message": msg}}), &[])
    };
    let parsed: Value = if body.trim().is_empty() {
        json!({})
    } else {
        match serde_json::from_str(body) {
            Ok(v) => v,
            Err(e) => return bad(400, &format!("invalid JSON: {e}")),
        }
    };
    let segs: Vec<String> =
        rest.split('/').map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()).collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    match (method, segs.as_slice()) {
        ("POST", ["faults"]) => match fault_from_json(&parsed) {
            Ok(f) => {
                if f.count > 0 {
                    lock(&shared.faults).push_back(f);
                }
                ok()
            }
            Err(msg) => bad(400, &msg),
        },
        ("GET", ["faults"]) => {
            let data: Vec<Value> = lock(&shared.faults).iter().map(fault_to_json).collect();
            respond(200, &json!({"data": data}), &[])
        }
        ("DELETE", ["faults"]) => {
            lock(&shared.faults).clear();
            ok()
        }
        ("GET", ["requests"]) => {
            let data = serde_json::to_value(&*lock(&shared.log)).unwrap_or(json!([]));
            respond(200, &json!({"data": data}), &[])
        }
        ("DELETE", ["requests"]) => {
            lock(&shared.log).clear();
            ok()
        }
        ("POST", ["reset"]) => {
            reset(shared);
            ok()
        }
        ("POST", ["payment_intents", id, "complete_action"]) => {
            let outcome = match parsed.get("outcome") {
                None | Some(Value::Null) => "succeed",
                Some(Value::String(s)) if s == "succeed" || s == "fail" => s.as_str(),
                Some(_) => return bad(400, "outcome must be \"succeed\" or \"fail\""),
            };
            let account = match parsed.get("account") {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(_) => return bad(400, "account must be a string"),
            };
            match lock(&shared.store).complete_action(&account, id, outcome == "succeed") {
                Ok((pi, _)) => respond(200, &pi, &[]),
                Err(r) => respond(r.status, &r.body, &[]),
            }
        }
        // The page a `redirect_to_url` / `use_stripe_sdk` next action points at:
        // opening it completes the authentication (or fails it with ?outcome=fail)
        // and sends the customer back to the return_url.
        ("GET", ["3ds", id]) => {
            let account = query_param(query, "account").unwrap_or_default();
            let succeed = query_param(query, "outcome").as_deref() != Some("fail");
            match lock(&shared.store).complete_action(&account, id, succeed) {
                Ok((pi, Some(return_url))) => {
                    let sep = if return_url.contains('?') { '&' } else { '?' };
                    let secret = pi["client_secret"].as_str().unwrap_or("");
                    let status = if succeed { "succeeded" } else { "failed" };
                    let location = format!("{return_url}{sep}payment_intent={id}&payment_intent_client_secret={secret}&redirect_status={status}");
                    let mut resp = respond(302, &pi, &[]);
                    if let Ok(v) = hyper::header::HeaderValue::from_str(&location) {
                        resp.headers_mut().insert(hyper::header::LOCATION, v);
                    }
                    resp
                }
                Ok((pi, None)) => respond(200, &pi, &[]),
                Err(r) => respond(r.status, &r.body, &[]),
            }
        }
        // The hosted microdeposit page: tells the tester what to enter.
        ("GET", ["microdeposits", id]) => respond(
            200,
            &json!({"payment_intent": id, "amounts": [32, 45], "descriptor_code": "SM11AA",
                    "hint": "POST /v1/payment_intents/{id}/verify_microdeposits with amounts[]=32&amounts[]=45 or descriptor_code=SM11AA"}),
            &[],
        ),
        _ => bad(404, &format!("Unknown control endpoint {method} /__sandbox/{rest}")),
    }
}

fn fault_from_json(v: &Value) -> Result<Fault, String> {
    if !v.is_object() {
        return Err("the fault must be a JSON object".into());
    }
    let count = match v.get("count") {
        None | Some(Value::Null) => 1,
        Some(c) => c.as_u64().and_then(|c| u32::try_from(c).ok()).ok_or("count must be a non-negative integer")?,
    };
    let path_prefix = match v.get("path_prefix") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err("path_prefix must be a string or null".into()),
    };
    let kind = match v.get("kind").and_then(Value::as_str) {
        Some("status") => {
            let status = v
                .get("status")
                .and_then(Value::as_u64)
                .filter(|s| (400..600).contains(s))
                .ok_or("status must be an integer from 400 to 599")? as u16;
            let should_retry = match v.get("should_retry") {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => return Err("should_retry must be true, false or null".into()),
            };
            let code = match v.get("code") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                Some(_) => return Err("code must be a string or null".into()),
            };
            FaultKind::Status { status, should_retry, code }
        }
        Some("drop") => FaultKind::Drop,
        Some("delay") => {
            FaultKind::Delay { ms: v.get("ms").and_then(Value::as_u64).ok_or("a delay fault needs ms (integer)")? }
        }
        _ => return Err("kind must be \"status\", \"drop\" or \"delay\"".into()),
    };
    Ok(Fault { kind, count, path_prefix })
}

fn fault_to_json(f: &Fault) -> Value {
    let mut v = match &f.kind {
        FaultKind::Status { status, should_retry, code } => {
            json!({"kind": "status", "status": status, "should_retry": should_retry, "code": code})
        }
        FaultKind::Drop => json!({"kind": "drop"}),
        FaultKind::Delay { ms } => json!({"kind": "delay", "ms": ms}),
    };
    v["count"] = f.count.into();
    v["path_prefix"] = f.path_prefix.clone().into();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_never_show_short_keys() {
        assert_eq!(mask("sk_live_abcdefghijklmnop"), "sk_live_************mnop");
        assert!(!mask("abc").contains("abc"));
        assert!(!mask("sk_live_short").contains("short"));
        assert!(!mask("whatever_secret_value_here").contains("secret_value"));
    }

    #[test]
    fn fingerprints_ignore_order_and_typing() {
        let form = wire::parse_form("b=1&a[0]=x&a[1]=y&c=true").unwrap();
        let json: Map<String, Value> = serde_json::from_str(r#"{"c":true,"a":["x","y"],"b":1}"#).unwrap();
        assert_eq!(canonical(&normalize(&Value::Object(form))), canonical(&normalize(&Value::Object(json))));
    }

    #[test]
    fn routes() {
        assert_eq!(route("GET", "/v1/payment_intents"), Some(("list", None)));
        assert_eq!(route("GET", "/v1/payment_intents/search"), Some(("search", None)));
        assert_eq!(route("POST", "/v1/payment_intents/pi_1/capture"), Some(("capture", Some("pi_1".into()))));
        assert_eq!(route("POST", "/v1/payment_intents/pi%2F1"), Some(("update", Some("pi/1".into()))));
        assert_eq!(route("POST", "/v1/payment_intentsX"), None);
        assert_eq!(route("POST", "/v1/payment_intents/pi_1/refund"), None);
        assert_eq!(route("DELETE", "/v1/payment_intents/pi_1"), None);
    }

    /// A request arriving while another with the same key is executing.
    #[tokio::test]
    async fn in_flight_keys_conflict() {
        let sb = Sandbox::start(SandboxConfig::default()).await.unwrap();
        let slot = ("sk_test_k".to_string(), String::new(), "busy".to_string());
        lock(&sb.shared.idem).insert(slot, Idem::InFlight);
        let mut headers = BTreeMap::new();
        headers.insert("authorization".to_string(), "Bearer sk_test_k".to_string());
        headers.insert("idempotency-key".to_string(), "busy".to_string());
        headers.insert("content-type".to_string(), "application/x-www-form-urlencoded".to_string());
        let mut out = vec![];
        let r = api_request(
            &sb.shared,
            "POST",
            "/v1/payment_intents",
            "",
            &headers,
            "amount=5&currency=usd",
            "req_x",
            &mut out,
        );
        assert_eq!(r.status, 409);
        assert_eq!(r.body["error"]["type"], "idempotency_error");
        assert_eq!(r.body["error"]["code"], "idempotency_key_in_use");
    }
}
