//! Pages and pagers as Swift and Kotlin see them: one record for a page of a
//! list or a search, and a pager object whose `next()` fetches pages as it is
//! read (Swift wraps it as an `AsyncSequence`, Kotlin as a `Flow`).

use std::sync::Arc;

use payintent::ffi::guard_future;
use payintent::uniffi_types::JsonValue;
use payintent::{List, PaymentIntent, ResponseMeta, SearchResult};
use tokio::sync::Mutex;

use crate::R;

uniffi::use_remote_type!(payintent::JsonValue);

/// Raw JSON items (what could not be read), one JSON text each.
pub type JsonValueList = Vec<JsonValue>;

/// One page of PaymentIntents from `list` or `search`.
#[derive(Clone, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct PaymentIntentPage {
    /// The PaymentIntents that could be read.
    pub data: Vec<PaymentIntent>,
    /// Whether there are more after this page.
    pub has_more: bool,
    /// Search only: the cursor of the next page (`SearchParams.page`).
    pub next_page: Option<String>,
    /// Search only, when asked for with `expand: ["total_count"]`.
    pub total_count: Option<u64>,
    /// The list's URL; empty when the API sent none.
    pub url: String,
    /// Items that could not be read as a PaymentIntent, as JSON.
    pub unreadable: Vec<JsonValue>,
    /// The HTTP exchange that returned the page.
    pub last_response: Option<ResponseMeta>,
}

impl From<List<PaymentIntent>> for PaymentIntentPage {
    fn from(l: List<PaymentIntent>) -> Self {
        PaymentIntentPage {
            data: l.data,
            has_more: l.has_more,
            next_page: None,
            total_count: None,
            url: l.url,
            unreadable: l.unreadable,
            last_response: l.last_response,
        }
    }
}

impl From<SearchResult<PaymentIntent>> for PaymentIntentPage {
    fn from(s: SearchResult<PaymentIntent>) -> Self {
        PaymentIntentPage {
            data: s.data,
            has_more: s.has_more,
            next_page: s.next_page,
            total_count: s.total_count,
            url: s.url,
            unreadable: s.unreadable,
            last_response: s.last_response,
        }
    }
}

/// Every PaymentIntent of a list or search, fetched page by page as `next()`
/// is called. A server that repeats a cursor ends the walk with an
/// `APIError` after the items received.
#[derive(uniffi::Object)]
pub struct PaymentIntentPager {
    inner: Mutex<payintent::Pager>,
}

impl PaymentIntentPager {
    pub(crate) fn new(pager: payintent::Pager) -> Arc<Self> {
        Arc::new(PaymentIntentPager { inner: Mutex::new(pager) })
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl PaymentIntentPager {
    /// The next PaymentIntent, or nil/null after the last one.
    pub async fn next(&self) -> R<Option<PaymentIntent>> {
        let mut pager = self.inner.lock().await;
        Ok(guard_future(pager.next()).await?)
    }

    /// Pages fetched so far.
    pub async fn pages_fetched(&self) -> u32 {
        self.inner.lock().await.pages_fetched()
    }
}

/// Printing (Kotlin `toString()`, Swift `debugDescription`): the items as
/// their own `Debug` shows them (client secrets hidden), the unreadable raw
/// items only counted, since they could hold anything.
impl std::fmt::Debug for PaymentIntentPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentIntentPage")
            .field("data", &self.data)
            .field("has_more", &self.has_more)
            .field("next_page", &self.next_page)
            .field("total_count", &self.total_count)
            .field("url", &self.url)
            .field("last_response", &self.last_response)
            .field("unreadable", &format_args!("[{} raw items]", self.unreadable.len()))
            .finish()
    }
}
