//! Client and per-call options as Swift and Kotlin pass them, and their one
//! conversion to the core's: durations arrive as seconds (Swift
//! `TimeInterval`; Kotlin `kotlin.time.Duration`, mapped in uniffi.toml) and
//! anything not finite, not positive or too long is an
//! `invalid_argument_error`, never a crash. The client options also carry
//! the network settings (proxy, extra root certificates) and the request
//! logger; the per-call options a cancel token.

use std::sync::Arc;
use std::time::Duration;

use payintent::{ClientBuilder, Error, Profile, SecretKey};

use crate::cancel::CancelToken;
use crate::logger::{LoggerObserver, RequestLogger};
use crate::R;

/// A duration in seconds. Swift sees `TimeInterval`, Kotlin
/// `kotlin.time.Duration`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Seconds(pub f64);

uniffi::custom_type!(Seconds, f64, {
    lower: |s| s.0,
    try_lift: |v| Ok(Seconds(v)),
});

/// `seconds` as a Duration, or an `invalid_argument_error` naming `param`.
/// The core then applies its own upper limits.
fn duration(param: &str, seconds: Option<Seconds>) -> R<Option<Duration>> {
    let Some(Seconds(s)) = seconds else { return Ok(None) };
    if !s.is_finite() || s <= 0.0 {
        return Err(Error::invalid_argument(param, format!("{param} must be a positive, finite duration, not {s}")).into());
    }
    Duration::try_from_secs_f64(s)
        .map(Some)
        .map_err(|_| Error::invalid_argument(param, format!("{param} is too long: {s} s")).into())
}

/// Client settings; every field is optional. The API key is a separate
/// constructor argument so that printing these settings can never show it.
#[derive(Clone, Default, uniffi::Record)]
pub struct ClientOptions {
    /// Where the API is (default `https://api.stripe.com`).
    #[uniffi(default)]
    pub base_url: Option<String>,
    /// The wire format (default Stripe's).
    #[uniffi(default)]
    pub profile: Option<Profile>,
    /// The API version sent with every request.
    #[uniffi(default)]
    pub api_version: Option<String>,
    /// Retries of a failed attempt (default 2).
    #[uniffi(default)]
    pub max_retries: Option<u32>,
    /// Limit of one attempt.
    #[uniffi(default)]
    pub timeout: Option<Seconds>,
    /// Limit of a whole call, retries included.
    #[uniffi(default)]
    pub deadline: Option<Seconds>,
    /// The connected account every request acts for.
    #[uniffi(default)]
    pub stripe_account: Option<String>,
    /// An HTTP(S) proxy URL for every request, e.g. `http://user:pass@proxy:3128`
    /// (its credentials are never printed). Without it, the `HTTPS_PROXY`,
    /// `HTTP_PROXY` and `NO_PROXY` environment variables apply.
    #[uniffi(default)]
    pub proxy: Option<String>,
    /// Extra trusted root certificates, each a PEM text (one or more
    /// certificates), besides the built-in roots.
    #[uniffi(default)]
    pub root_certificates_pem: Vec<String>,
    /// Receives an event for every step of every call of the client.
    #[uniffi(default)]
    pub logger: Option<Arc<dyn RequestLogger>>,
}

impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The proxy's credentials are the core's to mask: print whether one is set.
        f.debug_struct("ClientOptions")
            .field("base_url", &self.base_url)
            .field("profile", &self.profile)
            .field("api_version", &self.api_version)
            .field("max_retries", &self.max_retries)
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("stripe_account", &self.stripe_account)
            .field("proxy", &self.proxy.as_ref().map(|_| "<set>"))
            .field("root_certificates_pem", &self.root_certificates_pem.len())
            .field("logger", &self.logger.as_ref().map(|_| "<set>"))
            .finish()
    }
}

impl ClientOptions {
    pub(crate) fn apply(self, mut b: ClientBuilder) -> payintent::Result<ClientBuilder> {
        let to_core = |e: crate::PayIntentError| -> Error {
            let d = e.details().clone();
            let mut err = Error::new(e.kind(), d.message);
            err.param = d.param;
            err
        };
        if let Some(u) = self.base_url {
            b = b.base_url(u);
        }
        if let Some(p) = self.profile {
            b = b.profile(p);
        }
        if let Some(v) = self.api_version {
            b = b.api_version(Some(v));
        }
        if let Some(n) = self.max_retries {
            b = b.max_retries(n);
        }
        if let Some(t) = duration("timeout", self.timeout).map_err(to_core)? {
            b = b.timeout(t);
        }
        b = b.deadline(duration("deadline", self.deadline).map_err(to_core)?);
        if let Some(a) = self.stripe_account {
            b = b.stripe_account(a);
        }
        if let Some(p) = self.proxy {
            b = b.proxy(p);
        }
        for pem in self.root_certificates_pem {
            b = b.root_certificates_pem(pem.into_bytes());
        }
        if let Some(logger) = self.logger {
            b = b.shared_observer(Arc::new(LoggerObserver(logger)));
        }
        Ok(b)
    }
}

/// An API key held on the Rust side. It is an object, not a string field, so
/// that printing a `RequestOptions` (Kotlin data-class `toString`, Swift
/// `description`) shows only `ApiKey@...`, never the key itself.
#[derive(uniffi::Object)]
pub struct ApiKey {
    key: SecretKey,
}

#[uniffi::export]
impl ApiKey {
    /// Holds `key`.
    #[uniffi::constructor]
    pub fn new(key: String) -> Arc<Self> {
        Arc::new(ApiKey { key: SecretKey::new(key) })
    }

    /// The key masked for logs (`sk_test_...` prefix only).
    pub fn describe(&self) -> String {
        format!("{:?}", self.key)
    }
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.key)
    }
}

/// Options of one call; every field is optional.
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct RequestOptions {
    /// The idempotency key of a POST (default: a new one per call, kept
    /// across its retries).
    #[uniffi(default)]
    pub idempotency_key: Option<String>,
    /// The connected account this call acts for.
    #[uniffi(default)]
    pub stripe_account: Option<String>,
    /// Limit of one attempt.
    #[uniffi(default)]
    pub timeout: Option<Seconds>,
    /// Retries of a failed attempt.
    #[uniffi(default)]
    pub max_retries: Option<u32>,
    /// Another key for this call only.
    #[uniffi(default)]
    pub api_key: Option<Arc<ApiKey>>,
    /// The API version of this call.
    #[uniffi(default)]
    pub api_version: Option<String>,
    /// Limit of the whole call, retries included.
    #[uniffi(default)]
    pub deadline: Option<Seconds>,
    /// Cancels this call when triggered: it ends at once with a
    /// `RequestCancelledError` carrying its idempotency key.
    #[uniffi(default)]
    pub cancel_token: Option<Arc<CancelToken>>,
}

impl RequestOptions {
    pub(crate) fn into_core(self) -> R<payintent::RequestOptions> {
        let mut opts = payintent::RequestOptions::new();
        opts.idempotency_key = self.idempotency_key;
        opts.stripe_account = self.stripe_account;
        opts.timeout = duration("timeout", self.timeout)?;
        opts.max_retries = self.max_retries;
        opts.api_key = self.api_key.map(|k| k.key.clone());
        opts.api_version = self.api_version;
        opts.deadline = duration("deadline", self.deadline)?;
        opts.cancel = self.cancel_token.map(|t| t.inner.clone());
        Ok(opts)
    }
}
