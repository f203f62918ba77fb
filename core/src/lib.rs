//! # payintent
//!
//! A typed client for the PaymentIntents API of Stripe and of Stripe-compatible
//! services such as LeanRails. One core serves the Rust API and the Python,
//! Node, Swift and Kotlin bindings.
//!
//! ```no_run
//! # async fn demo() -> payintent::Result<()> {
//! use payintent::{Client, params::{CreateParams, CancelParams}, CancellationReason};
//! let client = Client::builder().api_key("sk_test_...").build()?;
//! let pi = client.payment_intents().create(&CreateParams::new(2000, "usd")).await?;
//! let canceled = client
//!     .payment_intents()
//!     .cancel(&pi.id, &CancelParams {
//!         cancellation_reason: Some(CancellationReason::RequestedByCustomer),
//!         ..Default::default()
//!     })
//!     .await?;
//! assert_eq!(canceled.status, payintent::Status::Canceled);
//! # Ok(()) }
//! ```
//!
//! Parameter structs also take builder-style setters (generated, one per
//! parameter; maps gain entries with `*_entry`), and lists walk every page as
//! a `futures_core::Stream`:
//!
//! ```no_run
//! # async fn demo(client: payintent::Client) -> payintent::Result<()> {
//! use futures_util::StreamExt;
//! use payintent::{params::{CreateParams, ListParams}, CaptureMethod};
//! let params = CreateParams::new(2000, "usd")
//!     .capture_method(CaptureMethod::Manual)
//!     .metadata_entry("order_id", "6735");
//! let pi = client.payment_intents().create(&params).await?;
//! let mut all = client.payment_intents().list_auto_paging(ListParams::default().limit(100));
//! while let Some(item) = all.next().await {
//!     println!("{} {}", item?.id, pi.id);
//! }
//! # Ok(()) }
//! ```

#![deny(missing_docs)]
// The error deliberately carries every field of the API error by value.
#![allow(clippy::result_large_err)]

mod backoff;
mod body;
pub mod cancel;
mod client;
pub mod config;
#[cfg(unix)]
pub mod driven;
pub mod encode;
mod enums;
mod expandable;
pub mod error;
pub mod event;
mod events;
#[cfg(feature = "ffi")]
pub mod ffi;
mod generated;
mod lenient;
mod list;
mod meta;
mod net;
pub mod model;
pub mod observe;
mod operation;
mod operation_info;
mod page_stream;
pub mod params;
mod params_base;
mod payment_intents;
mod raw_json;
mod redact;
mod retry_after;
mod secret;
mod string_enum;
mod transport;
#[cfg(feature = "uniffi")]
pub mod uniffi_error;
#[cfg(feature = "uniffi")]
pub mod uniffi_types;

// The Swift/Kotlin scaffolding of the core's own types (namespace `payintent`).
#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("payintent");
pub mod validate;
pub mod webhook;
mod wire;

pub use cancel::CancelToken;
pub use client::{new_idempotency_key, Client, VERSION};
pub use config::{ClientBuilder, ClientConfig, Profile, ProxyUrl, RequestOptions, RootCertificates, STRIPE_API_VERSION};
pub use meta::ResponseHeaders;
pub use observe::{Observer, RequestEvent, RequestEventKind};
pub use error::{Error, ErrorKind, Result};
pub use model::{
    CancellationReason, CaptureMethod, Charge, ConfirmationMethod, Expandable, List, PaymentIntent,
    ResponseMeta, SearchResult, SetupFutureUsage, Status,
};
pub use payment_intents::{params_or_empty, Operation, Outcome, PageStream, Pager, PaymentIntents};
pub use raw_json::RawJson;
pub use secret::SecretKey;
pub use event::{Event, EventData, EventObject, EventRequest};
pub use events::{EventListParams, Events};
pub use webhook::Webhook;
