//! Swift and Kotlin binding (uniffi proc-macros). The parameters, results,
//! enums and error are the core's own types, exported by the core's `uniffi`
//! feature; this crate adds the `Client` object (its per-operation methods are
//! generated from the API description in `generated.rs`), the options with
//! their conversion (`options.rs`), pages and pagers (`pages.rs`), the
//! request logger (`logger.rs`) and the cancel token (`cancel.rs`).

// Like the core, the error keeps every field of the API error by value.
#![allow(clippy::result_large_err)]

mod cancel;
mod events;
mod generated;
mod logger;
mod options;
mod pages;
mod webhooks;

use std::sync::Arc;

use payintent::ffi::guard;
pub use payintent::uniffi_error::PayIntentError;

pub use cancel::CancelToken;
pub use logger::{LoggerError, RequestLogger};
pub use options::{ApiKey, ClientOptions, RequestOptions, Seconds};
pub use events::{EventPage, Events};
pub use pages::{PaymentIntentPage, PaymentIntentPager};
pub use webhooks::{webhook_construct_event, webhook_generate_test_header};

uniffi::setup_scaffolding!();

/// What every exported function returns.
pub(crate) type R<T> = Result<T, PayIntentError>;

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

impl Client {
    /// The Events service with one call's options applied.
    pub(crate) fn events_service(&self, options: Option<RequestOptions>) -> R<payintent::Events> {
        let events = self.inner.events();
        Ok(match options {
            Some(o) => events.with_options(o.into_core()?),
            None => events,
        })
    }

    /// The PaymentIntents service with one call's options applied.
    pub(crate) fn service(&self, options: Option<RequestOptions>) -> R<payintent::PaymentIntents> {
        let service = self.inner.payment_intents();
        Ok(match options {
            Some(o) => service.with_options(o.into_core()?),
            None => service,
        })
    }
}

#[uniffi::export]
impl Client {
    /// A client with `api_key` (never printed) and `options` (all optional).
    #[uniffi::constructor(default(options))]
    pub fn new(api_key: String, options: ClientOptions) -> R<Arc<Self>> {
        let built = guard(|| {
            let builder = options.apply(payintent::Client::builder().api_key(api_key))?;
            builder.user_agent_suffix(format!("payintent-uniffi/{}", env!("CARGO_PKG_VERSION"))).build()
        })?;
        Ok(Arc::new(Client { inner: built }))
    }

    /// A description without the key, for logs.
    pub fn describe(&self) -> String {
        format!("{self:?}")
    }
}

/// The stable error kind codes (`card_error`, ...), as `PayIntentError`'s
/// `details.kind` gives them.
#[uniffi::export]
pub fn error_kinds() -> Vec<String> {
    payintent::ErrorKind::ALL.iter().map(|k| k.as_str().to_string()).collect()
}

/// A PaymentIntent read from its JSON text (a webhook payload, a fixture),
/// as leniently as a response: only `id` is required.
#[uniffi::export]
pub fn payment_intent_from_json(json: String) -> R<payintent::PaymentIntent> {
    serde_json::from_str(&json).map_err(|e| {
        payintent::Error::invalid_argument("json", format!("not a PaymentIntent: {e}")).into()
    })
}


#[cfg(test)]
mod tests;
