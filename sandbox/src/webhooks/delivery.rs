//! Delivering events: a task beside the server takes each new delivery
//! (event × endpoint) from the store's outbox and POSTs the event to the
//! endpoint, signed. A non-2xx answer, a connection error or a timeout is
//! retried with exponential back-off (`WebhookConfig`). Deliveries run
//! concurrently, so events may arrive out of order, and an answer lost to a
//! timeout means the event comes again: at least once, as with Stripe.
//! The task and every attempt in flight end when the server stops.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::Request;
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::clock::real_now;
use crate::lock::lock;
use crate::shared::Shared;
use crate::types::{WebhookAttempt, WebhookConfig};

use super::signing;
use super::state::Delivery;

/// How often the outbox is looked at when nothing else happens.
const POLL: Duration = Duration::from_millis(10);

/// What deliveries send as `User-Agent`, like Stripe's.
pub const USER_AGENT: &str = "Stripe/1.0 (+https://stripe.com/docs/webhooks)";

struct Job {
    delivery: Delivery,
    /// 1 for the first attempt.
    attempt: u32,
    due: Instant,
}

/// Deliver until `stop` changes (or its sender is gone).
pub async fn run(shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    let config = shared.webhooks.clone();
    let mut queue: Vec<Job> = Vec::new();
    let mut flying: JoinSet<(Job, WebhookAttempt)> = JoinSet::new();
    while !*stop.borrow() {
        let new: Vec<Delivery> = std::mem::take(&mut lock(&shared.store).hooks.outbox);
        let now = Instant::now();
        queue.extend(new.into_iter().map(|delivery| Job { delivery, attempt: 1, due: now }));
        let (due, later): (Vec<Job>, Vec<Job>) = queue.into_iter().partition(|j| j.due <= now);
        queue = later;
        for job in due {
            if let Some((url, secret, body)) = prepare(&shared, &job.delivery) {
                flying.spawn(attempt(job, url, secret, body, config.timeout));
            }
        }
        tokio::select! {
            _ = stop.changed() => break,
            Some(done) = flying.join_next(), if !flying.is_empty() => {
                if let Ok((job, record)) = done {
                    finish(&shared, &config, job, record, &mut queue);
                }
            }
            _ = tokio::time::sleep(POLL) => {}
        }
    }
    flying.abort_all();
}

/// The endpoint's URL and secret and the event's JSON, unless the event
/// (after a reset) or the endpoint (deleted, disabled) is gone.
fn prepare(shared: &Shared, d: &Delivery) -> Option<(String, String, String)> {
    let store = lock(&shared.store);
    let event = store.hooks.events.get(&(d.account.clone(), d.event.clone()))?;
    let endpoint = store.hooks.endpoints.get(&(d.account.clone(), d.endpoint.clone()))?;
    if endpoint.obj["status"] != "enabled" {
        return None;
    }
    let url = endpoint.obj["url"].as_str()?.to_string();
    let secret = endpoint.obj["secret"].as_str()?.to_string();
    Some((url, secret, serde_json::Value::Object(event.obj.clone()).to_string()))
}

async fn attempt(job: Job, url: String, secret: String, body: String, timeout: Duration) -> (Job, WebhookAttempt) {
    let at = real_now();
    let signature = signing::header(&secret, at, &body);
    let result = match tokio::time::timeout(timeout, post(&url, body, signature)).await {
        Ok(r) => r,
        Err(_) => Err(format!("no answer within {} ms", timeout.as_millis())),
    };
    let (status, error) = match result {
        Ok(s) => (Some(s), None),
        Err(e) => (None, Some(e)),
    };
    let record = WebhookAttempt {
        event: job.delivery.event.clone(),
        endpoint: job.delivery.endpoint.clone(),
        account: job.delivery.account.clone(),
        url,
        attempt: job.attempt,
        status,
        error,
        succeeded: status.is_some_and(|s| (200..300).contains(&s)),
        at,
    };
    (job, record)
}

/// POST `body` to `url` over HTTP/1.1; the status of the answer.
async fn post(url: &str, body: String, signature: String) -> Result<u16, String> {
    let uri: hyper::Uri = url.parse().map_err(|e| format!("bad URL: {e}"))?;
    let host = uri.host().ok_or("no host")?.trim_start_matches('[').trim_end_matches(']').to_string();
    let port = uri.port_u16().unwrap_or(80);
    let authority = uri.authority().map(|a| a.as_str().to_string()).unwrap_or_default();
    let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/").to_string();
    let stream = tokio::net::TcpStream::connect((host.as_str(), port)).await.map_err(|e| format!("connect: {e}"))?;
    let io = hyper_util::rt::TokioIo::new(stream);
    let (mut sender, conn) = hyper::client::conn::http1::handshake(io).await.map_err(|e| format!("handshake: {e}"))?;
    let req = Request::post(path)
        .header(hyper::header::HOST, authority)
        .header(hyper::header::CONTENT_TYPE, "application/json; charset=utf-8")
        .header(hyper::header::CONTENT_LENGTH, body.len())
        .header(hyper::header::USER_AGENT, USER_AGENT)
        .header(hyper::header::ACCEPT, "*/*; q=0.5, application/json")
        .header("stripe-signature", signature)
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| format!("request: {e}"))?;
    let mut conn = std::pin::pin!(conn);
    let mut send = std::pin::pin!(sender.send_request(req));
    let status = |r: hyper::Result<hyper::Response<hyper::body::Incoming>>| r.map(|resp| resp.status().as_u16());
    tokio::select! {
        r = &mut send => status(r).map_err(|e| format!("send: {e}")),
        r = &mut conn => match r {
            // The connection ended; an answer read before the close (an
            // endpoint answering with `Connection: close`) is already waiting.
            Ok(()) => status(send.await).map_err(|_| "connection closed before an answer".to_string()),
            Err(e) => Err(format!("connection: {e}")),
        },
    }
}

/// Note an ended attempt; count a success, or queue the next attempt.
fn finish(shared: &Shared, config: &WebhookConfig, job: Job, record: WebhookAttempt, queue: &mut Vec<Job>) {
    let mut store = lock(&shared.store);
    let key = (job.delivery.account.clone(), job.delivery.event.clone());
    // After a reset the event is gone: forget its deliveries.
    let Some(event) = store.hooks.events.get_mut(&key) else { return };
    let succeeded = record.succeeded;
    if succeeded {
        let pending = event.obj["pending_webhooks"].as_i64().unwrap_or(0);
        event.obj.insert("pending_webhooks".into(), (pending - 1).max(0).into());
    }
    store.hooks.attempts.push(record);
    if !succeeded && job.attempt < config.max_attempts {
        let due = Instant::now() + config.backoff(job.attempt);
        queue.push(Job { delivery: job.delivery, attempt: job.attempt + 1, due });
    }
}
