//! The Events resource for Swift and Kotlin (`client.events()`): retrieve
//! one event and list pages of events, the polling fallback for webhooks.

use std::sync::Arc;

use payintent::ffi::guard_future;
use payintent::{Event, EventListParams, List};

use crate::options::RequestOptions;
use crate::pages::JsonValueList;
use crate::{Client, R};

/// One page of events, newest first.
#[derive(Clone, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct EventPage {
    /// The events that could be read.
    pub data: Vec<Event>,
    /// Whether there are more after this page.
    pub has_more: bool,
    /// The list's URL; empty when the API sent none.
    pub url: String,
    /// Items that could not be read as an event, as JSON.
    pub unreadable: JsonValueList,
}

impl From<List<Event>> for EventPage {
    fn from(l: List<Event>) -> Self {
        EventPage { data: l.data, has_more: l.has_more, url: l.url, unreadable: l.unreadable }
    }
}

/// Operations on events.
#[derive(uniffi::Object)]
pub struct Events {
    client: Arc<Client>,
}

#[uniffi::export]
impl Client {
    /// The Events resource (the polling fallback for webhooks).
    pub fn events(self: Arc<Self>) -> Arc<Events> {
        Arc::new(Events { client: self })
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl Events {
    /// `GET /v1/events/{id}`: one event.
    #[uniffi::method(default(options = None))]
    pub async fn retrieve(&self, id: String, options: Option<RequestOptions>) -> R<Event> {
        let events = self.client.events_service(options)?;
        Ok(guard_future(async move { events.retrieve(&id).await }).await?)
    }

    /// `GET /v1/events`: one page of events, newest first.
    #[uniffi::method(default(options = None, params))]
    pub async fn list(&self, params: EventListParams, options: Option<RequestOptions>) -> R<EventPage> {
        let events = self.client.events_service(options)?;
        let page = guard_future(async move { events.list(&params).await }).await?;
        Ok(page.into())
    }
}

/// Printing (Kotlin `toString()`, Swift `debugDescription`): the items as
/// their own `Debug` shows them (client secrets hidden), the unreadable raw
/// items only counted, since they could hold anything.
impl std::fmt::Debug for EventPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventPage")
            .field("data", &self.data)
            .field("has_more", &self.has_more)
            .field("url", &self.url)
            .field("unreadable", &format_args!("[{} raw items]", self.unreadable.len()))
            .finish()
    }
}
