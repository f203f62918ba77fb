//! Swift and Kotlin binding (uniffi proc-macros). A `Client` object with an
//! async method per operation; parameters are typed records whose free-form
//! parts (payment_method_options, shipping, ...) travel in `extra_json`.

#![allow(clippy::result_large_err)] // PayIntentError carries all fields by value, like the core error

mod error;
mod model;
mod redact;

use std::collections::HashMap;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

pub use error::{ErrorDetails, PayIntentError};
pub use model::{payment_intent_from_json, Charge, ChargeList, PaymentIntent, PaymentIntentPage};

uniffi::setup_scaffolding!();

type R<T> = Result<T, PayIntentError>;

/// Runs an entry point's future so that a panic inside it comes back as a
/// `PayIntentError` (kind `api_error`) instead of unwinding across the FFI.
struct Guarded<'a, T>(Pin<Box<dyn Future<Output = R<T>> + Send + 'a>>);

impl<T> Future for Guarded<'_, T> {
    type Output = R<T>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<R<T>> {
        let fut = self.0.as_mut();
        match std::panic::catch_unwind(AssertUnwindSafe(|| fut.poll(cx))) {
            Ok(poll) => poll,
            Err(payload) => Poll::Ready(Err(PayIntentError::from_panic(payload))),
        }
    }
}

fn guarded<'a, T>(fut: impl Future<Output = R<T>> + Send + 'a) -> Guarded<'a, T> {
    Guarded(Box::pin(fut))
}

/// Which wire format to speak.
#[derive(Debug, Clone, Copy, uniffi::Enum)]
pub enum WireProfile {
    /// Form bodies, Bearer auth, Stripe-Version.
    Stripe,
    /// JSON bodies, Basic auth, X-API-Version.
    LeanRails,
}

/// Client settings. The API key is a separate constructor argument so that
/// printing these settings can never show it.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ClientOptions {
    #[uniffi(default = None)]
    pub base_url: Option<String>,
    #[uniffi(default = None)]
    pub profile: Option<WireProfile>,
    #[uniffi(default = None)]
    pub api_version: Option<String>,
    #[uniffi(default = None)]
    pub max_retries: Option<u32>,
    #[uniffi(default = None)]
    pub timeout_ms: Option<u64>,
    #[uniffi(default = None)]
    pub deadline_ms: Option<u64>,
    #[uniffi(default = None)]
    pub stripe_account: Option<String>,
}

/// An API key held on the Rust side. It is an object, not a string field, so
/// that printing a `RequestOptions` (Kotlin data-class `toString`, Swift
/// `description`) shows only `ApiKey@...`, never the key itself.
#[derive(uniffi::Object)]
pub struct ApiKey {
    key: payintent::SecretKey,
}

#[uniffi::export]
impl ApiKey {
    #[uniffi::constructor]
    pub fn new(key: String) -> Arc<Self> {
        Arc::new(ApiKey { key: payintent::SecretKey::new(key) })
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

/// Per-call options. `api_key` overrides the client's key for one call.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RequestOptions {
    #[uniffi(default = None)]
    pub idempotency_key: Option<String>,
    #[uniffi(default = None)]
    pub stripe_account: Option<String>,
    #[uniffi(default = None)]
    pub timeout_ms: Option<u64>,
    #[uniffi(default = None)]
    pub max_retries: Option<u32>,
    #[uniffi(default = None)]
    pub api_key: Option<Arc<ApiKey>>,
    #[uniffi(default = None)]
    pub api_version: Option<String>,
    #[uniffi(default = None)]
    pub deadline_ms: Option<u64>,
}

macro_rules! params_record {
    ($(#[$m:meta])* $name:ident { $($(#[$fm:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        params_record!($(#[$m])* $name [Default] { required {} optional { $($(#[$fm])* $field : $ty),* } });
    };
    ($(#[$m:meta])* $name:ident [$($derive:ident),*] {
        required { $($req:ident : $rty:ty),* $(,)? }
        optional { $($(#[$fm:meta])* $field:ident : $ty:ty),* $(,)? }
    }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Serialize, uniffi::Record $(, $derive)*)]
        pub struct $name {
            $(pub $req: $rty,)*
            $(
                $(#[$fm])*
                #[uniffi(default = None)]
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $field: $ty,
            )*
            /// More parameters as a JSON object, in API spelling, e.g.
            /// `{"payment_method_options":{"card":{"capture_method":"manual"}}}`.
            #[uniffi(default = None)]
            #[serde(skip)]
            pub extra_json: Option<String>,
        }

        impl $name {
            fn to_params(&self) -> R<Value> {
                with_extra(serde_json::to_value(self).unwrap_or(Value::Null), self.extra_json.as_deref())
            }
        }
    };
}

params_record!(
    /// Parameters of create; `amount` and `currency` are required.
    CreateParams [] {
        required { amount: i64, currency: String }
        optional {
            capture_method: Option<String>, confirm: Option<bool>, confirmation_method: Option<String>,
            customer: Option<String>, description: Option<String>, metadata: Option<HashMap<String, String>>,
            payment_method: Option<String>, payment_method_types: Option<Vec<String>>,
            receipt_email: Option<String>, return_url: Option<String>, setup_future_usage: Option<String>,
            statement_descriptor: Option<String>, expand: Option<Vec<String>>,
        }
    }
);

params_record!(RetrieveParams { client_secret: Option<String>, expand: Option<Vec<String>> });
params_record!(UpdateParams {
    amount: Option<i64>, currency: Option<String>, customer: Option<String>, description: Option<String>,
    metadata: Option<HashMap<String, String>>, payment_method: Option<String>, receipt_email: Option<String>,
    statement_descriptor: Option<String>, expand: Option<Vec<String>>,
});
params_record!(ListParams {
    customer: Option<String>, limit: Option<i64>, starting_after: Option<String>, ending_before: Option<String>,
    expand: Option<Vec<String>>,
});
params_record!(SearchParams { query: Option<String>, limit: Option<i64>, page: Option<String>, expand: Option<Vec<String>> });
params_record!(ConfirmParams {
    payment_method: Option<String>, capture_method: Option<String>, return_url: Option<String>,
    error_on_requires_action: Option<bool>, receipt_email: Option<String>, setup_future_usage: Option<String>,
    client_secret: Option<String>, expand: Option<Vec<String>>,
});
params_record!(CaptureParams {
    amount_to_capture: Option<i64>, application_fee_amount: Option<i64>, metadata: Option<HashMap<String, String>>,
    statement_descriptor: Option<String>, statement_descriptor_suffix: Option<String>, expand: Option<Vec<String>>,
});
params_record!(CancelParams {
    /// `abandoned`, `duplicate`, `fraudulent` or `requested_by_customer`.
    cancellation_reason: Option<String>,
    expand: Option<Vec<String>>,
});
params_record!(IncrementAuthorizationParams {
    amount: Option<i64>, description: Option<String>, metadata: Option<HashMap<String, String>>,
    statement_descriptor: Option<String>, expand: Option<Vec<String>>,
});
params_record!(ApplyCustomerBalanceParams { amount: Option<i64>, currency: Option<String>, expand: Option<Vec<String>> });
params_record!(VerifyMicrodepositsParams {
    amounts: Option<Vec<i64>>, descriptor_code: Option<String>, client_secret: Option<String>,
    expand: Option<Vec<String>>,
});

fn with_extra(base: Value, extra: Option<&str>) -> R<Value> {
    let Value::Object(mut map) = base else {
        return Err(payintent::Error::invalid_argument("params", "parameters must form an object").into());
    };
    if let Some(text) = extra {
        let parsed: Value = serde_json::from_str(text).map_err(|e| {
            PayIntentError::from(payintent::Error::invalid_argument("extra_json", format!("extra_json is not valid JSON: {e}")))
        })?;
        let Value::Object(more) = parsed else {
            return Err(payintent::Error::invalid_argument("extra_json", "extra_json must be a JSON object").into());
        };
        for (k, v) in more {
            if map.contains_key(&k) {
                return Err(payintent::Error::invalid_argument(&k, format!("{k} is given both as a field and in extra_json")).into());
            }
            map.insert(k, v);
        }
    }
    Ok(Value::Object(map))
}

/// A client for one account. Thread-safe; share one instance.
#[derive(uniffi::Object)]
pub struct Client {
    inner: payintent::Client,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.inner)
    }
}

fn ms(param: &str, v: Option<u64>) -> R<Option<Duration>> {
    match v {
        Some(0) => Err(payintent::Error::invalid_argument(param, format!("{param} must be greater than zero")).into()),
        other => Ok(other.map(Duration::from_millis)),
    }
}

impl Client {
    fn build(api_key: String, options: ClientOptions) -> R<Arc<Self>> {
        let mut b = payintent::Client::builder()
            .api_key(api_key)
            .user_agent_suffix(format!("payintent-uniffi/{}", env!("CARGO_PKG_VERSION")));
        if let Some(u) = options.base_url {
            b = b.base_url(u);
        }
        b = b.profile(match options.profile.unwrap_or(WireProfile::Stripe) {
            WireProfile::Stripe => payintent::Profile::Stripe,
            WireProfile::LeanRails => payintent::Profile::LeanRails,
        });
        if let Some(v) = options.api_version {
            b = b.api_version(Some(v));
        }
        if let Some(n) = options.max_retries {
            b = b.max_retries(n);
        }
        if let Some(t) = ms("timeout_ms", options.timeout_ms)? {
            b = b.timeout(t);
        }
        b = b.deadline(ms("deadline_ms", options.deadline_ms)?);
        if let Some(a) = options.stripe_account {
            b = b.stripe_account(a);
        }
        Ok(Arc::new(Client { inner: b.build()? }))
    }

    fn service(&self, options: Option<RequestOptions>) -> R<payintent::PaymentIntents> {
        let mut opts = payintent::RequestOptions::new();
        if let Some(o) = options {
            opts.idempotency_key = o.idempotency_key;
            opts.stripe_account = o.stripe_account;
            opts.timeout = ms("timeout_ms", o.timeout_ms)?;
            opts.max_retries = o.max_retries;
            opts.api_key = o.api_key.map(|k| k.key.clone());
            opts.api_version = o.api_version;
            opts.deadline = ms("deadline_ms", o.deadline_ms)?;
        }
        Ok(self.inner.payment_intents().with_options(opts))
    }

    async fn intent(&self, op: &str, id: Option<String>, params: R<Value>, options: Option<RequestOptions>) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let op = payintent::Operation::parse(op)?;
        match service.call(op, id.as_deref(), params?).await? {
            payintent::Outcome::PaymentIntent(p) => Ok((*p).into()),
            _ => Err(payintent::Error::new(payintent::ErrorKind::Api, "unexpected result kind").into()),
        }
    }

    async fn page(&self, op: &str, params: R<Value>, options: Option<RequestOptions>) -> R<PaymentIntentPage> {
        let service = self.service(options)?;
        let op = payintent::Operation::parse(op)?;
        let outcome = service.call(op, None, params?).await?;
        let json = outcome.to_json().to_string();
        Ok(match outcome {
            payintent::Outcome::List(l) => PaymentIntentPage {
                request_id: l.last_response.and_then(|m| m.request_id),
                data: l.data.into_iter().map(Into::into).collect(),
                has_more: l.has_more,
                url: l.url,
                next_page: None,
                total_count: None,
                json,
            },
            payintent::Outcome::Search(s) => PaymentIntentPage {
                request_id: s.last_response.and_then(|m| m.request_id),
                data: s.data.into_iter().map(Into::into).collect(),
                has_more: s.has_more,
                url: s.url,
                next_page: s.next_page,
                total_count: s.total_count,
                json,
            },
            payintent::Outcome::PaymentIntent(_) => {
                return Err(payintent::Error::new(payintent::ErrorKind::Api, "unexpected result kind").into())
            }
        })
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl Client {
    /// A client with `api_key` (never printed) and `options`.
    #[uniffi::constructor]
    pub fn new(api_key: String, options: ClientOptions) -> R<Arc<Self>> {
        std::panic::catch_unwind(AssertUnwindSafe(|| Self::build(api_key, options)))
            .unwrap_or_else(|p| Err(PayIntentError::from_panic(p)))
    }

    /// A description without the key, for logs.
    pub fn describe(&self) -> String {
        format!("{self:?}")
    }

    pub async fn create(&self, params: CreateParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("create", None, params.to_params(), options)).await
    }
    pub async fn retrieve(&self, id: String, params: RetrieveParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("retrieve", Some(id), params.to_params(), options)).await
    }
    pub async fn update(&self, id: String, params: UpdateParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("update", Some(id), params.to_params(), options)).await
    }
    pub async fn list(&self, params: ListParams, options: Option<RequestOptions>) -> R<PaymentIntentPage> {
        guarded(self.page("list", params.to_params(), options)).await
    }
    pub async fn search(&self, params: SearchParams, options: Option<RequestOptions>) -> R<PaymentIntentPage> {
        guarded(self.page("search", params.to_params(), options)).await
    }
    pub async fn confirm(&self, id: String, params: ConfirmParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("confirm", Some(id), params.to_params(), options)).await
    }
    pub async fn capture(&self, id: String, params: CaptureParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("capture", Some(id), params.to_params(), options)).await
    }
    pub async fn cancel(&self, id: String, params: CancelParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("cancel", Some(id), params.to_params(), options)).await
    }
    pub async fn increment_authorization(&self, id: String, params: IncrementAuthorizationParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("increment_authorization", Some(id), params.to_params(), options)).await
    }
    pub async fn apply_customer_balance(&self, id: String, params: ApplyCustomerBalanceParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("apply_customer_balance", Some(id), params.to_params(), options)).await
    }
    pub async fn verify_microdeposits(&self, id: String, params: VerifyMicrodepositsParams, options: Option<RequestOptions>) -> R<PaymentIntent> {
        guarded(self.intent("verify_microdeposits", Some(id), params.to_params(), options)).await
    }
}

/// The stable error kind codes.
#[uniffi::export]
pub fn error_kinds() -> Vec<String> {
    payintent::ErrorKind::ALL.iter().map(|k| k.as_str().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<T>(fut: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(fut)
    }

    #[test]
    fn a_panic_in_an_entry_point_becomes_an_api_error() {
        let out: R<()> = block_on(guarded(async { panic!("boom") }));
        let err = out.unwrap_err();
        assert!(matches!(err, PayIntentError::Api { .. }));
        assert_eq!(err.details().kind, "api_error");
        assert!(err.details().message.contains("boom"));
    }

    #[test]
    fn keys_are_not_printed() {
        let key = ApiKey::new("sk_test_uniffisecret123456".into());
        let opts = RequestOptions {
            idempotency_key: None,
            stripe_account: None,
            timeout_ms: None,
            max_retries: None,
            api_key: Some(key.clone()),
            api_version: None,
            deadline_ms: None,
        };
        assert!(!format!("{opts:?}").contains("uniffisecret"));
        assert!(!key.describe().contains("uniffisecret"));
        let client = Client::new("sk_test_uniffisecret123456".into(), ClientOptions {
            base_url: Some("http://127.0.0.1:9".into()),
            profile: None,
            api_version: None,
            max_retries: None,
            timeout_ms: None,
            deadline_ms: None,
            stripe_account: None,
        })
        .unwrap();
        assert!(!client.describe().contains("uniffisecret"));
    }

    fn options(timeout_ms: Option<u64>, deadline_ms: Option<u64>) -> ClientOptions {
        ClientOptions {
            base_url: Some("http://127.0.0.1:9".into()),
            profile: None,
            api_version: None,
            max_retries: Some(0),
            timeout_ms,
            deadline_ms,
            stripe_account: None,
        }
    }

    /// Used, or refused as invalid_argument_error: never a panic (api_error).
    fn used_or_refused<T>(r: &R<T>) -> bool {
        match r {
            Ok(_) => true,
            Err(e) => matches!(e, PayIntentError::InvalidArgument { .. } | PayIntentError::Connection { .. }),
        }
    }

    #[test]
    fn durations_of_any_size_never_panic() {
        for ms in [1, 1_000, u32::MAX as u64, i64::MAX as u64, u64::MAX - 1, u64::MAX] {
            let built = Client::new("sk_test_durations".into(), options(Some(ms), Some(ms)));
            assert!(used_or_refused(&built), "client timeout {ms}: {:?}", built.as_ref().err());
            let client = Client::new("sk_test_durations".into(), options(None, None)).unwrap();
            let opts = RequestOptions {
                idempotency_key: None,
                stripe_account: None,
                timeout_ms: Some(ms),
                max_retries: Some(0),
                api_key: None,
                api_version: None,
                deadline_ms: Some(ms),
            };
            let params = RetrieveParams { client_secret: None, expand: None, extra_json: None };
            let out = block_on(client.retrieve("pi_123".into(), params, Some(opts)));
            assert!(used_or_refused(&out), "request timeout {ms}: {:?}", out.err());
        }
        for zero in [Some(0), None] {
            let r = Client::new("sk_test_durations".into(), options(zero, Some(0)));
            assert!(matches!(r, Err(PayIntentError::InvalidArgument { .. })));
        }
    }

    #[test]
    fn errors_print_the_attached_payment_intent_without_its_secret() {
        let pi: payintent::PaymentIntent = serde_json::from_str(
            r#"{"id":"pi_9","object":"payment_intent","amount":5,"currency":"usd","status":"requires_payment_method",
                "created":1,"livemode":false,"client_secret":"pi_9_secret_zzz","metadata":{}}"#,
        )
        .unwrap();
        let mut e = payintent::Error::new(payintent::ErrorKind::Card, "Your card was declined.");
        e.payment_intent = Some(Box::new(pi));
        let err = PayIntentError::from(e);
        let details = err.details();
        assert!(details.payment_intent_json.as_deref().unwrap().contains("pi_9_secret_zzz"));
        for text in [details.to_string(), format!("{details:?}"), format!("{err:?}"), err.to_string()] {
            assert!(!text.contains("secret_zzz"), "{text}");
        }
        assert!(details.to_string().contains(r#""client_secret":"[redacted]""#));
    }

    #[test]
    fn extra_json_is_checked() {
        let p = CreateParams {
            amount: 5,
            currency: "usd".into(),
            capture_method: None,
            confirm: None,
            confirmation_method: None,
            customer: None,
            description: None,
            metadata: None,
            payment_method: None,
            payment_method_types: None,
            receipt_email: None,
            return_url: None,
            setup_future_usage: None,
            statement_descriptor: None,
            expand: None,
            extra_json: Some(r#"{"amount": 7}"#.into()),
        };
        assert!(matches!(p.to_params(), Err(PayIntentError::InvalidArgument { .. })));
        let p = CreateParams { extra_json: Some("[1]".into()), ..p };
        assert!(matches!(p.to_params(), Err(PayIntentError::InvalidArgument { .. })));
        let p = CreateParams { extra_json: Some(r#"{"shipping":{"name":"A"}}"#.into()), ..p };
        assert_eq!(p.to_params().unwrap()["shipping"]["name"], "A");
    }
}
