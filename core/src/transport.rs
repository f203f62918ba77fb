//! One HTTP attempt: send, read the interesting headers, read the body within
//! its limit. Retries, decoding and redaction of errors are the caller's.

use std::time::Duration;

use reqwest::header::HeaderMap;

use crate::body::{self, BodyError};
use crate::error::{Error, ErrorKind, Result};
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
    pub url: &'a reqwest::Url,
    pub headers: &'a HeaderMap,
    pub body: Option<&'a str>,
    pub timeout: Duration,
    pub max_body: usize,
}

pub(crate) async fn send_once(http: &reqwest::Client, a: Attempt<'_>, redactor: &Redactor) -> Result<Reply> {
    let m = match a.method {
        Method::Get => reqwest::Method::GET,
        Method::Post => reqwest::Method::POST,
    };
    let mut req = http.request(m, a.url.clone()).headers(a.headers.clone()).timeout(a.timeout);
    if let Some(b) = a.body {
        req = req.body(b.to_string());
    }
    let resp = req.send().await.map_err(|e| transport_error(a.method, e))?;
    let status = resp.status().as_u16();
    let h = resp.headers();
    let text = |name: &str| h.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let request_id = text("request-id").or_else(|| text("x-request-id")).map(|r| redactor.scrub(&r));
    let replayed = text("idempotent-replayed").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    let should_retry = text("stripe-should-retry").and_then(|v| match v.trim().to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    });
    let retry_after = text("retry-after");
    let headers = ResponseHeaders::new(
        h.iter().map(|(n, v)| (n.as_str().to_string(), redactor.scrub(&String::from_utf8_lossy(v.as_bytes())))),
    );
    let body = match body::read_limited(resp, a.max_body).await {
        Ok(b) => b,
        Err(BodyError::Transport(e)) => return Err(transport_error(a.method, e)),
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
