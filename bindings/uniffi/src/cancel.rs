//! A cancel switch for Swift and Kotlin calls (`RequestOptions.cancel_token`),
//! over the core's `CancelToken`: `cancel()` ends every call using it at once
//! with a `RequestCancelledError` whose details carry the call's idempotency
//! key. (Swift Task and Kotlin coroutine cancellation work without it; they
//! throw the language's own cancellation error, and the logger's `cancelled`
//! event carries the key.)

use std::sync::Arc;

/// Cancels the calls it is given to, now or later; shareable between
/// threads and calls; once cancelled it stays cancelled.
#[derive(uniffi::Object, Debug, Default)]
pub struct CancelToken {
    pub(crate) inner: payintent::CancelToken,
}

#[uniffi::export]
impl CancelToken {
    /// A token not yet cancelled.
    #[uniffi::constructor]
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Cancel every call using this token: each ends with a
    /// `RequestCancelledError` (a POST's carries its idempotency key).
    pub fn cancel(&self) {
        self.inner.cancel();
    }

    /// Whether `cancel()` was called.
    pub fn is_cancelled(&self) -> bool {
        self.inner.is_cancelled()
    }
}
