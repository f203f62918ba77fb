//! A stateful local PaymentIntents server for tests and the quickstart.
//!
//! It follows the documented state machine, answers with Stripe-shaped
//! errors, replays idempotent requests like Stripe, speaks the Stripe (form)
//! and LeanRails (JSON) wire profiles, and injects faults on demand. See
//! README.md beside this crate for the test payment methods and control
//! endpoints.

mod api;
mod wire;

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Request, Response};
use serde::Serialize;
use serde_json::{json, Map, Value};
use tokio::sync::watch;

use api::{random_id, Reply, Store};

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
#[derive(Clone, Debug)]
pub struct Fault {
    pub kind: FaultKind,
    /// How many matching requests it hits.
    pub count: u32,
    /// Only requests whose path starts with this; `None` matches any.
    pub path_prefix: Option<String>,
}

#[derive(Clone, Debug)]
pub enum FaultKind {
    /// Answer with this status and a Stripe-shaped error body.
    Status { status: u16, should_retry: Option<bool>, code: Option<String> },
    /// Close the connection without an answer.
    Drop,
    /// Wait, then handle the request normally.
    Delay { ms: u64 },
}

/// One API request as received. `authorization` holds only the scheme.
#[derive(Clone, Debug, Serialize)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

#[derive(Clone)]
enum Idem {
    InFlight,
    Done { fingerprint: String, reply: Reply, request_id: String },
}

#[derive(Default)]
struct Shared {
    stores: Mutex<Store>,
    faults: Mutex<VecDeque<Fault>>,
    log: Mutex<Vec<RecordedRequest>>,
    idem: Mutex<HashMap<(String, String, String), Idem>>,
    base_url: Mutex<String>,
}

/// A running sandbox server. Dropping it stops the server.
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
        let shared = Arc::new(Shared::default());
        *shared.base_url.lock().unwrap() = format!("http://{addr}");
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
                match Sandbox::start(config).await {
                    Ok(sb) => {
                        let mut stop_rx = sb.stop.subscribe();
                        let parts = (sb.addr, sb.shared.clone(), sb.stop.clone());
                        std::mem::forget(sb);
                        let _ = tx.send(Ok(parts));
                        while !*stop_rx.borrow() {
                            if stop_rx.changed().await.is_err() {
                                break;
                            }
                        }
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
        })?;
        let (addr, shared, stop) = rx
            .recv()
            .map_err(|_| std::io::Error::other("sandbox thread ended early"))??;
        Ok(Sandbox { addr, shared, stop, thread: Some(thread) })
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn inject(&self, fault: Fault) {
        if fault.count > 0 {
            self.shared.faults.lock().unwrap().push_back(fault);
        }
    }

    pub fn clear_faults(&self) {
        self.shared.faults.lock().unwrap().clear();
    }

    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.log.lock().unwrap().clone()
    }

    pub fn clear_requests(&self) {
        self.shared.log.lock().unwrap().clear();
    }

    /// Forget every object, fault, idempotency key and logged request.
    pub fn reset(&self) {
        reset(&self.shared);
    }

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
    *shared.stores.lock().unwrap() = Store::default();
    shared.faults.lock().unwrap().clear();
    shared.log.lock().unwrap().clear();
    shared.idem.lock().unwrap().clear();
}

async fn serve(listener: tokio::net::TcpListener, shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = stop.changed() => return,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
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
        b = b.header(*k, v.as_str());
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
        headers.insert(k.as_str().to_ascii_lowercase(), v);
    }
    let body = match req.into_body().collect().await {
        Ok(b) => String::from_utf8_lossy(&b.to_bytes()).to_string(),
        Err(_) => return Err(Dropped),
    };
    if let Some(rest) = path.strip_prefix("/__sandbox") {
        return Ok(control(&shared, &method, rest, &body));
    }
    let mut recorded = headers.clone();
    if let Some(a) = recorded.get_mut("authorization") {
        *a = a.split_whitespace().next().unwrap_or("").to_string();
    }
    shared.log.lock().unwrap().push(RecordedRequest {
        method: method.clone(),
        path: path.clone(),
        query: query.clone(),
        headers: recorded,
        body: body.clone(),
    });
    let request_id = random_id("req_", 16);
    let mut out_headers: Vec<(&str, String)> = vec![("request-id", request_id.clone())];
    let fault = {
        let mut faults = shared.faults.lock().unwrap();
        let pos = faults.iter().position(|f| f.path_prefix.as_deref().is_none_or(|p| path.starts_with(p)));
        pos.map(|i| {
            let f = faults[i].clone();
            if faults[i].count <= 1 {
                faults.remove(i);
            } else {
                faults[i].count -= 1;
            }
            f
        })
    };
    if let Some(f) = fault {
        match f.kind {
            FaultKind::Drop => return Err(Dropped),
            FaultKind::Delay { ms } => tokio::time::sleep(Duration::from_millis(ms)).await,
            FaultKind::Status { status, should_retry, code } => {
                if let Some(r) = should_retry {
                    out_headers.push(("stripe-should-retry", r.to_string()));
                }
                let (kind, code) = match status {
                    429 => ("invalid_request_error", code.or(Some("rate_limit".into()))),
                    409 => ("invalid_request_error", code.or(Some("lock_timeout".into()))),
                    s if s >= 500 => ("api_error", code),
                    _ => ("invalid_request_error", code),
                };
                let r = Reply::error(status, kind, code.as_deref(), &format!("Injected fault: HTTP {status}."), None);
                return Ok(respond(status, &r.body, &out_headers));
            }
        }
    }
    let stripe_version = headers.get("stripe-version").cloned();
    let api_version = headers.get("x-api-version").cloned();
    out_headers.push(("stripe-version", stripe_version.unwrap_or_else(|| "2023-08-16".into())));
    if let Some(v) = api_version {
        out_headers.push(("x-api-version", v));
    }
    let account = headers.get("stripe-account").cloned().unwrap_or_default();
    if !account.is_empty() {
        out_headers.push(("stripe-account", account.clone()));
    }
    let reply = api_request(&shared, &method, &path, &query, &headers, &body, &account, &request_id, &mut out_headers);
    Ok(respond(reply.status, &reply.body, &out_headers))
}

fn mask(key: &str) -> String {
    let keep: String = key.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    let prefix: String = key.split('_').take(2).collect::<Vec<_>>().join("_");
    format!("{prefix}_****{keep}")
}

fn api_key(headers: &BTreeMap<String, String>) -> Result<String, Reply> {
    let auth = headers.get("authorization").map(String::as_str).unwrap_or("");
    let no_key = || Reply::error(401, "invalid_request_error", None,
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY') or Basic auth with the key as user name.", None);
    let key = if let Some(k) = auth.strip_prefix("Bearer ") {
        k.trim().to_string()
    } else if let Some(b) = auth.strip_prefix("Basic ") {
        let decoded = base64::engine::general_purpose::STANDARD.decode(b.trim()).map_err(|_| no_key())?;
        String::from_utf8_lossy(&decoded).split(':').next().unwrap_or("").to_string()
    } else {
        return Err(no_key());
    };
    if key.is_empty() {
        return Err(no_key());
    }
    if !(key.starts_with("sk_test_") || key.starts_with("rk_test_")) {
        return Err(Reply::error(401, "invalid_request_error", None, &format!("Invalid API Key provided: {}", mask(&key)), None));
    }
    Ok(key)
}

/// Route `/v1/payment_intents...` to an operation name and optional id.
fn route(method: &str, path: &str) -> Option<(&'static str, Option<String>)> {
    let rest = path.strip_prefix("/v1/payment_intents")?;
    let segs: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
    Some(match (method, segs.as_slice()) {
        ("GET", []) => ("list", None),
        ("POST", []) => ("create", None),
        ("GET", ["search"]) => ("search", None),
        ("GET", [id]) => ("retrieve", Some(decode(id))),
        ("POST", [id]) => ("update", Some(decode(id))),
        ("POST", [id, action]) => {
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

/// Sorted-key JSON, so parameter order does not change a fingerprint.
fn canonical(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let inner: Vec<String> = keys.iter().map(|k| format!("{}:{}", Value::String((*k).clone()), canonical(&m[*k]))).collect();
            format!("{{{}}}", inner.join(","))
        }
        Value::Array(a) => format!("[{}]", a.iter().map(canonical).collect::<Vec<_>>().join(",")),
        Value::Number(n) => format!("\"{n}\""),
        Value::Bool(b) => format!("\"{b}\""),
        other => other.to_string(),
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
    account: &str,
    request_id: &str,
    out_headers: &mut Vec<(&str, String)>,
) -> Reply {
    let key = match api_key(headers) {
        Ok(k) => k,
        Err(r) => return r,
    };
    let Some((op, id)) = route(method, path) else {
        return Reply::error(404, "invalid_request_error", Some("resource_missing"),
            &format!("Unrecognized request URL ({method}: {path})."), None);
    };
    if method == "POST" && key.starts_with("rk_test_") {
        return Reply::error(403, "permission_error", None,
            "The provided key does not have the required permissions for this endpoint: it is a read-only restricted key.", None);
    }
    let json_body = headers.get("content-type").is_some_and(|c| c.starts_with("application/json"));
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
                _ => return Reply::error(400, "invalid_request_error", Some("parameter_invalid_json"), "The request body is not a JSON object.", None),
            }
        }
    } else {
        let ct = headers.get("content-type").map(String::as_str).unwrap_or("");
        if !body.is_empty() && !ct.starts_with("application/x-www-form-urlencoded") {
            return Reply::error(400, "invalid_request_error", None,
                &format!("Invalid request: unsupported Content-Type {ct}. Use application/x-www-form-urlencoded or application/json."), None);
        }
        match wire::parse_form(body) {
            Ok(p) => p,
            Err(r) => return r,
        }
    };
    let idem_key = if method == "POST" { headers.get("idempotency-key").cloned() } else { None };
    if method == "POST" && json_body && idem_key.is_none() {
        return Reply::error(400, "invalid_request_error", Some("idempotency_key_missing"),
            "An Idempotency-Key header is required on every POST request.", None);
    }
    let base = shared.base_url.lock().unwrap().clone();
    let run = || -> Reply {
        let mut store = shared.stores.lock().unwrap();
        match store.handle(account, op, id.as_deref(), &params, &base) {
            Ok(v) => Reply::ok(v),
            Err(r) => r,
        }
    };
    let Some(ikey) = idem_key else { return run() };
    if ikey.len() > 255 {
        return Reply::error(400, "invalid_request_error", None, "Idempotency-Key must be at most 255 characters long.", None);
    }
    let fingerprint = format!("{method} {path} {}", canonical(&Value::Object(params.clone())));
    let slot = (key.clone(), account.to_string(), ikey.clone());
    {
        let mut idem = shared.idem.lock().unwrap();
        match idem.get(&slot) {
            Some(Idem::Done { fingerprint: fp, reply, request_id: original }) if *fp == fingerprint => {
                out_headers.retain(|(k, _)| *k != "request-id");
                out_headers.push(("request-id", original.clone()));
                out_headers.push(("idempotent-replayed", "true".into()));
                return reply.clone();
            }
            Some(Idem::Done { .. }) => {
                return Reply::error(400, "idempotency_error", None, &format!(
                    "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{ikey}' if you meant to execute a different request."), None);
            }
            Some(Idem::InFlight) => {
                return Reply::error(409, "idempotency_error", Some("idempotency_key_in_use"),
                    "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): please retry in a moment.", None);
            }
            None => {
                idem.insert(slot.clone(), Idem::InFlight);
            }
        }
    }
    let reply = run();
    let mut idem = shared.idem.lock().unwrap();
    if reply.store {
        idem.insert(slot, Idem::Done { fingerprint, reply: reply.clone(), request_id: request_id.to_string() });
    } else {
        idem.remove(&slot);
    }
    reply
}

fn control(shared: &Shared, method: &str, rest: &str, body: &str) -> Response<Full<Bytes>> {
    let bad = |msg: &str| respond(400, &json!({"error": {"type": "invalid_request_error", "message": msg}}), &[]);
    let parsed: Value = if body.trim().is_empty() { json!({}) } else {
        match serde_json::from_str(body) {
            Ok(v) => v,
            Err(e) => return bad(&format!("invalid JSON: {e}")),
        }
    };
    match (method, rest) {
        ("POST", "/faults") => match fault_from_json(&parsed) {
            Ok(f) => {
                if f.count > 0 {
                    shared.faults.lock().unwrap().push_back(f);
                }
                respond(200, &json!({"ok": true}), &[])
            }
            Err(msg) => bad(&msg),
        },
        ("DELETE", "/faults") => {
            shared.faults.lock().unwrap().clear();
            respond(200, &json!({"ok": true}), &[])
        }
        ("GET", "/requests") => {
            let data = serde_json::to_value(&*shared.log.lock().unwrap()).unwrap_or(json!([]));
            respond(200, &json!({"data": data}), &[])
        }
        ("DELETE", "/requests") => {
            shared.log.lock().unwrap().clear();
            respond(200, &json!({"ok": true}), &[])
        }
        ("POST", "/reset") => {
            reset(shared);
            respond(200, &json!({"ok": true}), &[])
        }
        ("POST", r) if r.starts_with("/payment_intents/") && r.ends_with("/complete_action") => {
            let id = &r["/payment_intents/".len()..r.len() - "/complete_action".len()];
            let succeed = parsed.get("outcome").and_then(Value::as_str) != Some("fail");
            let account = parsed.get("account").and_then(Value::as_str).unwrap_or("");
            match shared.stores.lock().unwrap().complete_action(account, id, succeed) {
                Ok(v) => respond(200, &v, &[]),
                Err(r) => respond(r.status, &r.body, &[]),
            }
        }
        _ => respond(404, &json!({"error": {"type": "invalid_request_error", "message": format!("unknown control endpoint {method} /__sandbox{rest}")}}), &[]),
    }
}

fn fault_from_json(v: &Value) -> Result<Fault, String> {
    let count = match v.get("count") {
        None | Some(Value::Null) => 1,
        Some(c) => c.as_u64().ok_or("count must be a non-negative integer")? as u32,
    };
    let path_prefix = v.get("path_prefix").and_then(Value::as_str).map(str::to_string);
    let kind = match v.get("kind").and_then(Value::as_str) {
        Some("status") => {
            let status = v.get("status").and_then(Value::as_u64).filter(|s| (400..600).contains(s)).ok_or("status must be 400-599")? as u16;
            FaultKind::Status {
                status,
                should_retry: v.get("should_retry").and_then(Value::as_bool),
                code: v.get("code").and_then(Value::as_str).map(str::to_string),
            }
        }
        Some("drop") => FaultKind::Drop,
        Some("delay") => FaultKind::Delay { ms: v.get("ms").and_then(Value::as_u64).ok_or("delay needs ms")? },
        _ => return Err("kind must be status, drop or delay".into()),
    };
    Ok(Fault { kind, count, path_prefix })
}
