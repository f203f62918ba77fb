//! One HTTP attempt: send, read the interesting headers, read the body within
//! its limit. Retries, decoding and redaction of errors are the caller's.

use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Uri};
use http_body_util::Full;

use crate::body::{self, BodyError};
use crate::error::{Error, ErrorKind, Result};
use crate::net::Http;
use crate::meta::ResponseHeaders;
use crate::redact::Redactor;
use crate::wire::Method;

/// What one HTTP attempt produced.
pub(crate) struct Reply {
    pub status: u16,
    /// Already scrubbed of the API key.
    pub request_id: Option<String>,
    pub replayed: bool,
    pub should_retry: Option<bool>,
    /// The raw `Retry-After` value; read only when a retry is considered.
    pub retry_after: Option<String>,
    /// Every header, already scrubbed of the API key.
    pub headers: ResponseHeaders,
    pub body: Vec<u8>,
}

/// One attempt of a request.
pub(crate) struct Attempt<'a> {
    pub method: Method,
    pub uri: &'a Uri,
    pub headers: &'a HeaderMap,
    pub body: Option<&'a Bytes>,
    pub timeout: Duration,
    pub max_body: usize,
}

pub(crate) async fn send_once(http: &Http, a: Attempt<'_>, redactor: &Redactor) -> Result<Reply> {
    let (method, timeout) = (a.method, a.timeout);
    match tokio::time::timeout(timeout, exchange(http, a, redactor)).await {
        Ok(result) => result,
        Err(_) => Err(Error::new(
            ErrorKind::Timeout,
            format!("{} request timed out: no complete answer within {} ms", method.as_str(), timeout.as_millis()),
        )),
    }
}

async fn exchange(http: &Http, a: Attempt<'_>, redactor: &Redactor) -> Result<Reply> {
    let mut req = hyper::Request::new(Full::new(a.body.cloned().unwrap_or_default()));
    *req.method_mut() = match a.method {
        Method::Get => http::Method::GET,
        Method::Post => http::Method::POST,
    };
    *req.uri_mut() = a.uri.clone();
    *req.headers_mut() = a.headers.clone();
    http.add_route_headers(a.uri, req.headers_mut());
    let resp = http.client.request(req).await.map_err(|e| transport_error(a.method, &e))?;
    let status = resp.status().as_u16();
    let (parts, incoming) = resp.into_parts();
    let h = &parts.headers;
    let text = |name: &str| h.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let request_id = text("request-id").or_else(|| text("x-request-id")).map(|r| redactor.scrub(&r));
    let replayed = text("idempotent-replayed").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    let should_retry = text("stripe-should-retry").and_then(|v| match v.trim().to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    });
    let retry_after = text("retry-after");
    let declared = h.get(http::header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
    let headers = ResponseHeaders::new(
        h.iter().map(|(n, v)| (n.as_str().to_string(), redactor.scrub_cow(&String::from_utf8_lossy(v.as_bytes())).into_owned())),
    );
    let body = match body::read_limited(incoming, declared, a.max_body).await {
        Ok(b) => b,
        Err(BodyError::Transport(e)) => return Err(transport_error(a.method, &e)),
        Err(BodyError::TooLarge { limit }) => {
            let mut e = Error::new(
                ErrorKind::Api,
                format!(
                    "the HTTP {status} response to {} is larger than max_response_bytes ({limit} bytes); \
                     the connection was closed",
                    a.method.as_str()
                ),
            );
            e.http_status = Some(status);
            e.request_id = request_id;
            e.response_headers = Some(headers);
            return Err(e);
        }
    };
    Ok(Reply { status, request_id, replayed, should_retry, retry_after, headers, body })
}

/// A failed exchange: `timeout_error` when the cause was a time limit (the
/// connect timeout), else `api_connection_error`; the message keeps the
/// cause chain (it names hosts and errors, never the key).
fn transport_error(method: Method, e: &(dyn std::error::Error + 'static)) -> Error {
    let mut detail = e.to_string();
    let mut timed_out = false;
    let mut src = e.source();
    while let Some(s) = src {
        detail.push_str(": ");
        detail.push_str(&s.to_string());
        timed_out |= s.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut);
        src = s.source();
    }
    if timed_out {
        Error::new(ErrorKind::Timeout, format!("{} request timed out: {detail}", method.as_str()))
    } else {
        Error::new(
            ErrorKind::Connection,
            format!("could not complete the {} request: {detail}", method.as_str()),
        )
    }
}
