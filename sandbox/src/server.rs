//! The HTTP server: accepting connections, reading each request, recording
//! it, applying injected faults, and answering through the router or the
//! control endpoints.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Request, Response};
use tokio::sync::watch;

use crate::control::control;
use crate::lock::lock;
use crate::reply::Reply;
use crate::response::respond;
use crate::router::api_request;
use crate::shared::Shared;
use crate::store::random_id;
use crate::types::{FaultKind, RecordedRequest};
use crate::webhooks::delivery;

/// Serve connections from `listener` until `stop` changes.
pub async fn serve(listener: tokio::net::TcpListener, shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    // Webhook deliveries live as long as the server.
    let deliveries = tokio::spawn(delivery::run(shared.clone(), stop.clone()));
    loop {
        tokio::select! {
            _ = stop.changed() => {
                deliveries.abort();
                let _ = deliveries.await;
                return;
            }
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
    let i = faults.iter().position(|f| f.path_prefix.as_deref().is_none_or(|p| path.starts_with(p)))?;
    let kind = faults[i].kind.clone();
    if faults[i].count <= 1 {
        faults.remove(i);
    } else {
        faults[i].count -= 1;
    }
    Some(kind)
}
