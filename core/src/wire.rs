//! Building one request for a wire profile: URL, body, content type and
//! headers (auth, version, idempotency key, account).

use base64::Engine;
use bytes::Bytes;
use http::header::{HeaderMap, HeaderName, HeaderValue};
use http::Uri;
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
    pub uri: Uri,
    pub body: Option<Bytes>,
    pub content_type: Option<&'static str>,
}

/// The base URL a client sends to: its text without a trailing `/`, so a
/// request URL is this text, the operation's path and the query.
#[derive(Clone, Debug)]
pub(crate) struct BaseUrl(String);

impl BaseUrl {
    pub fn new(base: &url::Url) -> BaseUrl {
        BaseUrl(base.as_str().trim_end_matches('/').to_string())
    }
}

/// The request URL: `base` with `path` appended to its own path and `query`
/// (already encoded). Only this text is parsed, as the request's URI.
fn url(base: &BaseUrl, path: &str, query: Option<&str>) -> Result<Uri> {
    let query = query.filter(|q| !q.is_empty());
    let mut text = String::with_capacity(base.0.len() + path.len() + query.map_or(0, |q| q.len() + 1));
    text.push_str(&base.0);
    text.push_str(path);
    if let Some(q) = query {
        text.push('?');
        text.push_str(q);
    }
    Uri::try_from(text)
        .map_err(|e| Error::invalid_argument("base_url", format!("the request URL cannot be built from base_url ({e})")))
}

/// GET parameters go in the query string; POST parameters in a form body
/// (Stripe) or a JSON body (LeanRails).
pub(crate) fn target(
    cfg: &ClientConfig,
    base: &BaseUrl,
    method: Method,
    path: &str,
    params: &Map<String, Value>,
) -> Result<Target> {
    Ok(match method {
        Method::Get => {
            let query = encode::form_encode(params);
            Target { uri: url(base, path, Some(&query))?, body: None, content_type: None }
        }
        Method::Post => match cfg.profile {
            Profile::Stripe => Target {
                uri: url(base, path, None)?,
                body: Some(encode::form_encode(params).into()),
                content_type: Some("application/x-www-form-urlencoded"),
            },
            Profile::LeanRails => Target {
                uri: url(base, path, None)?,
                body: Some(encode::json_encode(params).into()),
                content_type: Some("application/json"),
            },
        },
    })
}

/// The headers that name the sender (auth, user agent, accept, API version,
/// account), the same for every call with the same options; `add_call_headers`
/// adds a call's own. The auth header is marked sensitive.
pub(crate) fn sender_headers(
    cfg: &ClientConfig,
    user_agent: &str,
    key: &SecretKey,
    opts: &RequestOptions,
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
    h.insert(http::header::AUTHORIZATION, auth);
    put(&mut h, "user-agent", user_agent)?;
    put(&mut h, "accept", "application/json")?;
    let version = opts.api_version.as_ref().or(cfg.api_version.as_ref());
    if let Some(v) = version {
        let name = match cfg.profile {
            Profile::Stripe => "stripe-version",
            Profile::LeanRails => "x-api-version",
        };
        put(&mut h, name, v)?;
    }
    if let Some(a) = opts.stripe_account.as_ref().or(cfg.stripe_account.as_ref()) {
        put(&mut h, "stripe-account", a)?;
    }
    Ok(h)
}

/// A call's own headers: its content type and idempotency key.
pub(crate) fn add_call_headers(h: &mut HeaderMap, idempotency_key: Option<&str>, content_type: Option<&str>) -> Result<()> {
    if let Some(ct) = content_type {
        put(h, "content-type", ct)?;
    }
    if let Some(k) = idempotency_key {
        put(h, "idempotency-key", k)?;
    }
    Ok(())
}

fn put(h: &mut HeaderMap, name: &'static str, value: &str) -> Result<()> {
    let v = HeaderValue::from_str(value)
        .map_err(|_| Error::invalid_argument(name, format!("{name} is not a valid header value")))?;
    h.insert(HeaderName::from_static(name), v);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(text: &str) -> BaseUrl {
        BaseUrl::new(&url::Url::parse(text).unwrap())
    }

    #[test]
    fn urls_keep_the_base_path_and_the_encoded_query() {
        let u = |b: &str, p: &str, q: Option<&str>| url(&base(b), p, q).unwrap().to_string();
        assert_eq!(u("https://api.stripe.com", "/v1/payment_intents/pi_1", None), "https://api.stripe.com/v1/payment_intents/pi_1");
        assert_eq!(
            u("http://localhost:8080/api", "/v1/payment_intents", Some("limit=3&expand%5B0%5D=data.customer")),
            "http://localhost:8080/api/v1/payment_intents?limit=3&expand%5B0%5D=data.customer"
        );
        assert_eq!(u("http://127.0.0.1:1/api/", "/v1/x", Some("")), "http://127.0.0.1:1/api/v1/x");
        // Already-encoded text stays as it is.
        let q = "query=status%3A%27succeeded%27+AND+metadata%5B%27k%27%5D%3A%27a%26b%27";
        assert_eq!(url(&base("http://127.0.0.1:1/api/"), "/v1/s", Some(q)).unwrap().query(), Some(q));
    }
}
