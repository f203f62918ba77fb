//! Building one request for a wire profile: URL, body, content type and
//! headers (auth, version, idempotency key, account).

use base64::Engine;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::{Map, Value};

use crate::config::{ClientConfig, Profile, RequestOptions};
use crate::encode;
use crate::error::{Error, Result};
use crate::secret::SecretKey;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// URL, body and content type of a request.
pub(crate) struct Target {
    pub url: String,
    pub body: Option<String>,
    pub content_type: Option<&'static str>,
}

/// GET parameters go in the query string; POST parameters in a form body
/// (Stripe) or a JSON body (LeanRails).
pub(crate) fn target(cfg: &ClientConfig, method: Method, path: &str, params: &Map<String, Value>) -> Target {
    let base = &cfg.base_url;
    match method {
        Method::Get => {
            let query = encode::form_encode(params);
            let url = if query.is_empty() { format!("{base}{path}") } else { format!("{base}{path}?{query}") };
            Target { url, body: None, content_type: None }
        }
        Method::Post => match cfg.profile {
            Profile::Stripe => Target {
                url: format!("{base}{path}"),
                body: Some(encode::form_encode(params)),
                content_type: Some("application/x-www-form-urlencoded"),
            },
            Profile::LeanRails => Target {
                url: format!("{base}{path}"),
                body: Some(encode::json_encode(params)),
                content_type: Some("application/json"),
            },
        },
    }
}

/// Every header of a request. The auth header is marked sensitive.
pub(crate) fn headers(
    cfg: &ClientConfig,
    user_agent: &str,
    key: &SecretKey,
    opts: &RequestOptions,
    idempotency_key: Option<&str>,
    content_type: Option<&str>,
) -> Result<HeaderMap> {
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
    put(&mut h, "user-agent", user_agent)?;
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

fn put(h: &mut HeaderMap, name: &'static str, value: &str) -> Result<()> {
    let v = HeaderValue::from_str(value)
        .map_err(|_| Error::invalid_argument(name, format!("{name} is not a valid header value")))?;
    h.insert(HeaderName::from_static(name), v);
    Ok(())
}
