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
    pub url: reqwest::Url,
    pub body: Option<String>,
    pub content_type: Option<&'static str>,
}

/// The request URL: `base` (parsed once per client) with `path` appended to
/// its own path and `query` (already encoded). Only the path and query are
/// parsed here, never the host again.
fn url(base: &reqwest::Url, path: &str, query: Option<&str>) -> reqwest::Url {
    let mut url = base.clone();
    let prefix = base.path().trim_end_matches('/');
    if prefix.is_empty() {
        url.set_path(path);
    } else {
        url.set_path(&format!("{prefix}{path}"));
    }
    url.set_query(query.filter(|q| !q.is_empty()));
    url
}

/// GET parameters go in the query string; POST parameters in a form body
/// (Stripe) or a JSON body (LeanRails).
pub(crate) fn target(
    cfg: &ClientConfig,
    base: &reqwest::Url,
    method: Method,
    path: &str,
    params: &Map<String, Value>,
) -> Target {
    match method {
        Method::Get => {
            let query = encode::form_encode(params);
            Target { url: url(base, path, Some(&query)), body: None, content_type: None }
        }
        Method::Post => match cfg.profile {
            Profile::Stripe => Target {
                url: url(base, path, None),
                body: Some(encode::form_encode(params)),
                content_type: Some("application/x-www-form-urlencoded"),
            },
            Profile::LeanRails => Target {
                url: url(base, path, None),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_keep_the_base_path_and_the_encoded_query() {
        let base = reqwest::Url::parse("https://api.stripe.com").unwrap();
        assert_eq!(url(&base, "/v1/payment_intents/pi_1", None).as_str(), "https://api.stripe.com/v1/payment_intents/pi_1");
        let base = reqwest::Url::parse("http://localhost:8080/api").unwrap();
        assert_eq!(
            url(&base, "/v1/payment_intents", Some("limit=3&expand%5B0%5D=data.customer")).as_str(),
            "http://localhost:8080/api/v1/payment_intents?limit=3&expand%5B0%5D=data.customer"
        );
        let base = reqwest::Url::parse("http://127.0.0.1:1/api/").unwrap();
        assert_eq!(url(&base, "/v1/x", Some("")).as_str(), "http://127.0.0.1:1/api/v1/x");
        // Already-encoded text stays as it is.
        let q = "query=status%3A%27succeeded%27+AND+metadata%5B%27k%27%5D%3A%27a%26b%27";
        assert_eq!(url(&base, "/v1/s", Some(q)).query(), Some(q));
    }
}
