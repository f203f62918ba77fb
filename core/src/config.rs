//! Client configuration, wire profiles, per-request options and their limits.

use std::net::IpAddr;
use std::time::Duration;

use crate::cancel::CancelToken;
use crate::error::{Error, Result};
use crate::observe::{Observer, SharedObserver};
use crate::secret::SecretKey;
use crate::validate;

/// The Stripe API version this library's models follow.
pub const STRIPE_API_VERSION: &str = "2023-08-16";
/// Where a Stripe client sends requests unless given a `base_url`.
pub const DEFAULT_STRIPE_BASE_URL: &str = "https://api.stripe.com";
/// Where a LeanRails client sends requests unless given a `base_url`.
pub const DEFAULT_LEANRAILS_BASE_URL: &str = "https://api.leanrails.com";

/// Upper bound of `timeout` and `connect_timeout` (per attempt).
pub const MAX_TIMEOUT: Duration = Duration::from_secs(60 * 60);
/// Upper bound of `deadline` (a whole call, retries included).
pub const MAX_DEADLINE: Duration = Duration::from_secs(24 * 60 * 60);
/// Upper bound of `initial_backoff` and `max_backoff`.
pub const MAX_BACKOFF: Duration = Duration::from_secs(10 * 60);
/// Default limit of a response body.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;
/// Upper bound of `max_response_bytes`.
pub const MAX_RESPONSE_BYTES_LIMIT: usize = 1024 * 1024 * 1024;
/// Upper bound of `max_retries`.
pub const MAX_RETRIES: u32 = 10;

/// How requests are put on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Profile {
    /// Form-encoded bodies (`metadata[k]=v`, `expand[0]=x`), `Authorization: Bearer`,
    /// `Stripe-Version`.
    Stripe,
    /// JSON bodies, HTTP Basic auth with the key as user name, `X-API-Version`,
    /// an `Idempotency-Key` on every POST.
    LeanRails,
}

impl Profile {
    /// The profile's name: `stripe` or `leanrails`.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Stripe => "stripe",
            Profile::LeanRails => "leanrails",
        }
    }

    /// A profile from its name (any case; `lean_rails` too); other names are an
    /// `invalid_argument_error`.
    pub fn parse(s: &str) -> Result<Profile> {
        match s.to_ascii_lowercase().as_str() {
            "stripe" => Ok(Profile::Stripe),
            "leanrails" | "lean_rails" => Ok(Profile::LeanRails),
            other => Err(Error::invalid_argument(
                "profile",
                format!("profile must be \"stripe\" or \"leanrails\", got {other:?}"),
            )),
        }
    }

    fn default_base_url(self) -> &'static str {
        match self {
            Profile::Stripe => DEFAULT_STRIPE_BASE_URL,
            Profile::LeanRails => DEFAULT_LEANRAILS_BASE_URL,
        }
    }
}

/// Settings shared by every request of a client.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    /// The secret or restricted key every request is sent with.
    pub api_key: SecretKey,
    /// Scheme, host and optional path prefix of the API, without a trailing `/`.
    pub base_url: String,
    /// How requests are put on the wire.
    pub profile: Profile,
    /// Sent as `Stripe-Version` or `X-API-Version`; `None` sends no header.
    pub api_version: Option<String>,
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// The wait before the first retry; it doubles (with jitter) per retry.
    pub initial_backoff: Duration,
    /// The longest wait between two attempts.
    pub max_backoff: Duration,
    /// Limit for one HTTP attempt (connect + response), at most [`MAX_TIMEOUT`].
    pub timeout: Duration,
    /// At most [`MAX_TIMEOUT`].
    pub connect_timeout: Duration,
    /// Limit for a whole call, retries and back-off included, at most [`MAX_DEADLINE`].
    pub deadline: Option<Duration>,
    /// The connected account every request acts for (`Stripe-Account`).
    pub stripe_account: Option<String>,
    /// Appended to the User-Agent, e.g. `payintent-python/0.1.0`.
    pub user_agent_suffix: Option<String>,
    /// A response body longer than this fails the call with `api_error`
    /// (default [`DEFAULT_MAX_RESPONSE_BYTES`]).
    pub max_response_bytes: usize,
    /// Send every request through this HTTP(S) proxy (else the `HTTPS_PROXY`
    /// / `HTTP_PROXY` / `NO_PROXY` environment applies).
    pub proxy: Option<ProxyUrl>,
    /// Certificates trusted besides the built-in roots (PEM bundles), e.g. a
    /// corporate TLS-inspecting proxy's.
    pub root_certificates: RootCertificates,
    /// Receives an event for every step of every call.
    pub(crate) observer: Option<SharedObserver>,
}

/// A proxy URL (`http://` or `https://`, optionally with `user:password@`);
/// printing it never shows the credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyUrl(String);

impl ProxyUrl {
    /// A checked proxy URL.
    pub fn parse(raw: &str) -> Result<ProxyUrl> {
        let bad = |why: &str| Error::invalid_argument("proxy", format!("proxy {why}"));
        let url = url::Url::parse(raw).map_err(|e| bad(&format!("is not a valid URL ({e})")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad(&format!("must be an http:// or https:// URL, got scheme {:?}", url.scheme())));
        }
        if url.host().is_none() {
            return Err(bad("has no host"));
        }
        Ok(ProxyUrl(raw.to_string()))
    }

    /// The URL, credentials included (for the HTTP client only).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for ProxyUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match url::Url::parse(&self.0) {
            Ok(u) => {
                let creds = if u.username().is_empty() && u.password().is_none() { "" } else { "***@" };
                let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
                write!(f, "{}://{creds}{}{port}", u.scheme(), u.host_str().unwrap_or(""))
            }
            Err(_) => f.write_str("<invalid proxy url>"),
        }
    }
}

/// Extra trusted root certificates: PEM bundles, each holding one or more
/// certificates.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct RootCertificates(pub(crate) Vec<Vec<u8>>);

impl RootCertificates {
    /// The PEM bundles, as given.
    pub fn pem_bundles(&self) -> &[Vec<u8>] {
        &self.0
    }
}

impl std::fmt::Debug for RootCertificates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RootCertificates({} bundle(s))", self.0.len())
    }
}

impl ClientConfig {
    /// Check the limits, so a config built by hand cannot make a request
    /// overflow a clock or wait forever.
    pub fn check(&self) -> Result<()> {
        validate::api_key(self.api_key.expose())?;
        check_duration("timeout", self.timeout, MAX_TIMEOUT)?;
        check_duration("connect_timeout", self.connect_timeout, MAX_TIMEOUT)?;
        if let Some(d) = self.deadline {
            check_duration("deadline", d, MAX_DEADLINE)?;
        }
        check_retries(self.max_retries)?;
        for (param, d) in [("initial_backoff", self.initial_backoff), ("max_backoff", self.max_backoff)] {
            if d > MAX_BACKOFF {
                return Err(Error::invalid_argument(
                    param,
                    format!("{param} must be at most {} s, got {}", MAX_BACKOFF.as_secs(), describe(d)),
                ));
            }
        }
        if self.initial_backoff > self.max_backoff {
            return Err(Error::invalid_argument(
                "initial_backoff",
                "initial_backoff must not exceed max_backoff",
            ));
        }
        if self.max_response_bytes == 0 || self.max_response_bytes > MAX_RESPONSE_BYTES_LIMIT {
            return Err(Error::invalid_argument(
                "max_response_bytes",
                format!(
                    "max_response_bytes must be between 1 and {MAX_RESPONSE_BYTES_LIMIT}, got {}",
                    self.max_response_bytes
                ),
            ));
        }
        crate::net::parse_roots(self.root_certificates.pem_bundles())?;
        Ok(())
    }
}

/// Builds a [`crate::Client`]; `build` checks every value.
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    api_key: Option<SecretKey>,
    base_url: Option<String>,
    profile: Profile,
    api_version: Option<Option<String>>,
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    timeout: Duration,
    connect_timeout: Duration,
    deadline: Option<Duration>,
    stripe_account: Option<String>,
    user_agent_suffix: Option<String>,
    max_response_bytes: usize,
    proxy: Option<String>,
    root_certificates: Vec<Vec<u8>>,
    observer: Option<SharedObserver>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            api_key: None,
            base_url: None,
            profile: Profile::Stripe,
            api_version: None,
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(5),
            timeout: Duration::from_secs(80),
            connect_timeout: Duration::from_secs(30),
            deadline: None,
            stripe_account: None,
            user_agent_suffix: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            proxy: None,
            root_certificates: Vec::new(),
            observer: None,
        }
    }
}

impl ClientBuilder {
    /// The secret or restricted key (required).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(SecretKey::new(key));
        self
    }
    /// Another API root, e.g. a sandbox (default: the profile's).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
    /// How requests are put on the wire (default: Stripe).
    pub fn profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }
    /// `None` sends no version header (the account's default version applies).
    pub fn api_version(mut self, version: Option<String>) -> Self {
        self.api_version = Some(version);
        self
    }
    /// Retries after the first attempt, at most [`MAX_RETRIES`].
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }
    /// The first wait between attempts and the longest, each at most [`MAX_BACKOFF`].
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }
    /// Limit for one HTTP attempt, at most [`MAX_TIMEOUT`].
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = t;
        self
    }
    /// Limit for opening a connection, at most [`MAX_TIMEOUT`].
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.connect_timeout = t;
        self
    }
    /// Limit for a whole call, retries included (`None`: no limit), at most [`MAX_DEADLINE`].
    pub fn deadline(mut self, d: Option<Duration>) -> Self {
        self.deadline = d;
        self
    }
    /// The connected account every request acts for (`Stripe-Account`).
    pub fn stripe_account(mut self, account: impl Into<String>) -> Self {
        self.stripe_account = Some(account.into());
        self
    }
    /// Put before the library's own User-Agent, e.g. `payintent-python/0.1.0`.
    pub fn user_agent_suffix(mut self, s: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(s.into());
        self
    }
    /// Longest response body accepted, in bytes (default 32 MiB).
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = n;
        self
    }

    /// Send every request through this `http://` or `https://` proxy
    /// (credentials in the URL are allowed and never printed). Without it the
    /// `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` environment variables apply.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(url.into());
        self
    }
    /// Trust the certificates of this PEM bundle besides the built-in roots
    /// (may be called several times).
    pub fn root_certificates_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.root_certificates.push(pem.into());
        self
    }
    /// Receive an event for every step of every call (see [`crate::observe`]).
    pub fn observer(mut self, observer: impl Observer + 'static) -> Self {
        self.observer = Some(SharedObserver(std::sync::Arc::new(observer)));
        self
    }
    /// Like [`ClientBuilder::observer`], for an observer already shared.
    pub fn shared_observer(mut self, observer: std::sync::Arc<dyn Observer>) -> Self {
        self.observer = Some(SharedObserver(observer));
        self
    }

    /// The checked settings without building a client.
    pub fn build_config(self) -> Result<ClientConfig> {
        let api_key = self
            .api_key
            .ok_or_else(|| Error::invalid_argument("api_key", "api_key is required"))?;
        validate::api_key(api_key.expose())?;
        let base_url = self
            .base_url
            .unwrap_or_else(|| self.profile.default_base_url().to_string());
        let base_url = check_base_url(&base_url)?;
        let api_version = match self.api_version {
            Some(v) => v,
            None => match self.profile {
                Profile::Stripe => Some(STRIPE_API_VERSION.to_string()),
                Profile::LeanRails => None,
            },
        };
        if let Some(v) = &api_version {
            validate::non_empty("api_version", v)?;
            validate::header_value("api_version", v)?;
        }
        if let Some(a) = &self.stripe_account {
            validate::non_empty("stripe_account", a)?;
            validate::header_value("stripe_account", a)?;
        }
        if let Some(s) = &self.user_agent_suffix {
            validate::header_value("user_agent_suffix", s)?;
        }
        let config = ClientConfig {
            api_key,
            base_url,
            profile: self.profile,
            api_version,
            max_retries: self.max_retries,
            initial_backoff: self.initial_backoff,
            max_backoff: self.max_backoff,
            timeout: self.timeout,
            connect_timeout: self.connect_timeout,
            deadline: self.deadline,
            stripe_account: self.stripe_account,
            user_agent_suffix: self.user_agent_suffix,
            max_response_bytes: self.max_response_bytes,
            proxy: self.proxy.as_deref().map(ProxyUrl::parse).transpose()?,
            root_certificates: RootCertificates(self.root_certificates),
            observer: self.observer,
        };
        config.check()?;
        Ok(config)
    }
}

/// A duration for messages: seconds with millisecond precision.
fn describe(d: Duration) -> String {
    format!("{}.{:03} s", d.as_secs(), d.subsec_millis())
}

fn check_duration(param: &str, d: Duration, max: Duration) -> Result<()> {
    if d.is_zero() {
        return Err(Error::invalid_argument(param, format!("{param} must be greater than zero")));
    }
    if d > max {
        return Err(Error::invalid_argument(
            param,
            format!("{param} must be at most {} s, got {}", max.as_secs(), describe(d)),
        ));
    }
    Ok(())
}

fn check_retries(n: u32) -> Result<()> {
    if n > MAX_RETRIES {
        return Err(Error::invalid_argument(
            "max_retries",
            format!("max_retries must be at most {MAX_RETRIES}, got {n}"),
        ));
    }
    Ok(())
}

/// Accept `https://` anywhere and `http://` only for loopback hosts. Returns
/// the URL without a trailing slash.
pub fn check_base_url(raw: &str) -> Result<String> {
    let url = url::Url::parse(raw).map_err(|e| {
        Error::invalid_argument("base_url", format!("base_url is not a valid URL ({e}): {raw:?}"))
    })?;
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid_argument(
            "base_url",
            "base_url must not contain credentials, a query or a fragment",
        ));
    }
    match url.scheme() {
        "https" => {}
        "http" => {
            let loopback = match url.host() {
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
                Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
                None => false,
            };
            if !loopback {
                return Err(Error::invalid_argument(
                    "base_url",
                    format!("plain http:// is only allowed for loopback hosts; use https:// for {raw:?}"),
                ));
            }
        }
        other => {
            return Err(Error::invalid_argument(
                "base_url",
                format!("base_url must use https:// (or http:// on loopback), got scheme {other:?}"),
            ))
        }
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// Per-call overrides. Unset fields fall back to the client's settings.
#[derive(Clone, Debug, Default)]
pub struct RequestOptions {
    /// Another key for this call.
    pub api_key: Option<SecretKey>,
    /// The `Idempotency-Key` of this call (default: a new one per POST; LeanRails requires one).
    pub idempotency_key: Option<String>,
    /// The connected account this call acts for (`Stripe-Account`).
    pub stripe_account: Option<String>,
    /// Another API version for this call.
    pub api_version: Option<String>,
    /// Limit for one HTTP attempt of this call, at most [`MAX_TIMEOUT`].
    pub timeout: Option<Duration>,
    /// Retries after the first attempt of this call, at most [`MAX_RETRIES`].
    pub max_retries: Option<u32>,
    /// Limit for this whole call, retries included, at most [`MAX_DEADLINE`].
    pub deadline: Option<Duration>,
    /// Cancels the call when triggered: it ends with a `cancelled_error`
    /// carrying its idempotency key.
    pub cancel: Option<CancelToken>,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `api_key`.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(SecretKey::new(key));
        self
    }
    /// Sets `idempotency_key`.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }
    /// Sets `stripe_account`.
    pub fn stripe_account(mut self, account: impl Into<String>) -> Self {
        self.stripe_account = Some(account.into());
        self
    }
    /// Sets `api_version`.
    pub fn api_version(mut self, v: impl Into<String>) -> Self {
        self.api_version = Some(v.into());
        self
    }
    /// Sets `timeout`.
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = Some(t);
        self
    }
    /// Sets `max_retries`.
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = Some(n);
        self
    }
    /// Sets `deadline`.
    pub fn deadline(mut self, d: Duration) -> Self {
        self.deadline = Some(d);
        self
    }
    /// Cancel the call when `token` is cancelled.
    pub fn cancel_token(mut self, token: CancelToken) -> Self {
        self.cancel = Some(token);
        self
    }

    pub(crate) fn validate(&self) -> Result<()> {
        if let Some(k) = &self.api_key {
            validate::api_key(k.expose())?;
        }
        if let Some(k) = &self.idempotency_key {
            validate::idempotency_key(k)?;
        }
        if let Some(a) = &self.stripe_account {
            validate::non_empty("stripe_account", a)?;
            validate::header_value("stripe_account", a)?;
        }
        if let Some(v) = &self.api_version {
            validate::non_empty("api_version", v)?;
            validate::header_value("api_version", v)?;
        }
        if let Some(t) = self.timeout {
            check_duration("timeout", t, MAX_TIMEOUT)?;
        }
        if let Some(d) = self.deadline {
            check_duration("deadline", d, MAX_DEADLINE)?;
        }
        if let Some(n) = self.max_retries {
            check_retries(n)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_rules() {
        assert_eq!(check_base_url("https://api.stripe.com/").unwrap(), "https://api.stripe.com");
        assert!(check_base_url("http://127.0.0.1:12111").is_ok());
        assert!(check_base_url("http://127.8.0.1:1").is_ok());
        assert!(check_base_url("http://[::1]:8080").is_ok());
        assert!(check_base_url("http://localhost:8080/api").is_ok());
        assert!(check_base_url("http://example.com").is_err());
        assert!(check_base_url("http://10.0.0.1").is_err());
        assert!(check_base_url("ftp://127.0.0.1").is_err());
        assert!(check_base_url("not a url").is_err());
        assert!(check_base_url("https://user:pw@api.stripe.com").is_err());
    }

    #[test]
    fn builder_defaults_and_checks() {
        let c = ClientBuilder::default().api_key("sk_test_x").build_config().unwrap();
        assert_eq!(c.max_retries, 2);
        assert_eq!(c.initial_backoff, Duration::from_millis(500));
        assert_eq!(c.max_backoff, Duration::from_secs(5));
        assert_eq!(c.api_version.as_deref(), Some(STRIPE_API_VERSION));
        assert_eq!(c.base_url, DEFAULT_STRIPE_BASE_URL);
        let c = ClientBuilder::default()
            .api_key("sk_test_x")
            .profile(Profile::LeanRails)
            .build_config()
            .unwrap();
        assert_eq!(c.api_version, None);
        assert!(ClientBuilder::default().build_config().is_err());
        assert!(ClientBuilder::default().api_key("").build_config().is_err());
        assert!(ClientBuilder::default().api_key("sk_test_x").stripe_account("acct\r\n").build_config().is_err());
        assert!(ClientBuilder::default().api_key("sk_test_x").max_retries(11).build_config().is_err());
        assert!(ClientBuilder::default().api_key("sk_test_x").timeout(Duration::ZERO).build_config().is_err());
        let dbg = format!("{:?}", ClientBuilder::default().api_key("sk_test_supersecret").build_config().unwrap());
        assert!(!dbg.contains("supersecret"), "{dbg}");
    }

    fn builder() -> ClientBuilder {
        ClientBuilder::default().api_key("sk_test_x")
    }

    fn refused(b: ClientBuilder, param: &str) {
        let e = b.build_config().unwrap_err();
        assert_eq!(e.kind, crate::ErrorKind::InvalidArgument);
        assert_eq!(e.param.as_deref(), Some(param), "{e}");
    }

    #[test]
    fn huge_durations_are_refused_not_overflowed() {
        refused(builder().timeout(Duration::MAX), "timeout");
        refused(builder().timeout(MAX_TIMEOUT + Duration::from_nanos(1)), "timeout");
        assert!(builder().timeout(MAX_TIMEOUT).build_config().is_ok());
        refused(builder().connect_timeout(Duration::MAX), "connect_timeout");
        refused(builder().deadline(Some(Duration::MAX)), "deadline");
        refused(builder().deadline(Some(MAX_DEADLINE + Duration::from_secs(1))), "deadline");
        assert!(builder().deadline(Some(MAX_DEADLINE)).build_config().is_ok());
        refused(builder().backoff(Duration::from_secs(1), Duration::MAX), "max_backoff");
        refused(builder().backoff(Duration::MAX, Duration::MAX), "initial_backoff");
        refused(builder().backoff(Duration::from_secs(2), Duration::from_secs(1)), "initial_backoff");
        assert!(builder().backoff(Duration::ZERO, MAX_BACKOFF).build_config().is_ok());
        refused(builder().max_response_bytes(0), "max_response_bytes");
        refused(builder().max_response_bytes(usize::MAX), "max_response_bytes");
        assert_eq!(builder().build_config().unwrap().max_response_bytes, DEFAULT_MAX_RESPONSE_BYTES);
        // A config put together by hand is checked too.
        let mut c = builder().build_config().unwrap();
        c.timeout = Duration::MAX;
        assert_eq!(c.check().unwrap_err().param.as_deref(), Some("timeout"));
    }

    #[test]
    fn request_options_bounds() {
        let o = RequestOptions::new().timeout(Duration::MAX);
        assert_eq!(o.validate().unwrap_err().param.as_deref(), Some("timeout"));
        let o = RequestOptions::new().deadline(Duration::MAX);
        assert_eq!(o.validate().unwrap_err().param.as_deref(), Some("deadline"));
        let o = RequestOptions::new().deadline(Duration::from_secs(u64::MAX));
        assert_eq!(o.validate().unwrap_err().kind, crate::ErrorKind::InvalidArgument);
        let o = RequestOptions::new().max_retries(u32::MAX);
        assert_eq!(o.validate().unwrap_err().param.as_deref(), Some("max_retries"));
        assert!(RequestOptions::new().timeout(MAX_TIMEOUT).deadline(MAX_DEADLINE).validate().is_ok());
    }
}
