//! The Events resource, the polling fallback for webhooks: retrieve one
//! event, list events with Stripe's filters (`type` with a `*` wildcard or
//! `types`, `created`, `delivery_success`, cursors). Events lie outside the
//! PaymentIntents OpenAPI subset the description is derived from, so these
//! two operations and their five filters are written here.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::client::Client;
use crate::config::{Profile, RequestOptions};
use crate::error::Result;
use crate::event::Event;
use crate::list::List;
use crate::params::CreatedFilter;
use crate::params_base::Params;
use crate::validate;
use crate::wire::Method;

/// Parameters of `GET /v1/events`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EventListParams {
    /// One event type, or a prefix with `*` (`payment_intent.*`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// Up to 20 event types (not with `type`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<String>,
    /// Only events created at this time or in this range (Unix seconds).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<CreatedFilter>,
    /// Only events whose every delivery succeeded (`true`) or not (`false`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery_success: Option<bool>,
    /// Page size, 1 to 100.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor: the events after this one (`evt_...`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
    /// Cursor: the events before this one (`evt_...`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    /// Parameters this version does not model.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

const EVENT_PREFIX: &str = "evt_";

impl Params for EventListParams {
    fn validate_for(&self, _profile: Profile) -> Result<()> {
        validate::exclusive("type", self.event_type.is_some(), "types", !self.types.is_empty())?;
        validate::exclusive("starting_after", self.starting_after.is_some(), "ending_before", self.ending_before.is_some())?;
        if let Some(t) = &self.event_type {
            validate::free_text("type", t, 100)?;
            validate::non_empty("type", t)?;
        }
        if self.types.len() > 20 {
            return Err(crate::Error::invalid_argument("types", "types takes at most 20 event types"));
        }
        for t in &self.types {
            validate::free_text("types", t, 100)?;
            validate::non_empty("types", t)?;
        }
        if let Some(n) = self.limit {
            validate::in_range("limit", n, 1, 100)?;
        }
        for (param, cursor) in [("starting_after", &self.starting_after), ("ending_before", &self.ending_before)] {
            if let Some(id) = cursor {
                validate::object_id(param, id, EVENT_PREFIX)?;
            }
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Operations on events. Obtained from [`Client::events`].
#[derive(Clone, Debug)]
pub struct Events {
    client: Client,
    opts: RequestOptions,
}

impl Client {
    /// The Events resource (the polling fallback for webhooks).
    pub fn events(&self) -> Events {
        Events { client: self.clone(), opts: RequestOptions::default() }
    }
}

impl Events {
    /// The same resource with these per-request options.
    pub fn with_options(&self, opts: RequestOptions) -> Self {
        Events { client: self.client.clone(), opts }
    }

    /// `GET /v1/events/{id}`: one event.
    pub async fn retrieve(&self, id: &str) -> Result<Event> {
        validate::object_id("id", id, EVENT_PREFIX)?;
        self.client.request(Method::Get, &format!("/v1/events/{id}"), &Map::new(), &self.opts).await
    }

    /// `GET /v1/events`: one page of events, newest first.
    pub async fn list(&self, params: &EventListParams) -> Result<List<Event>> {
        let wire = params.to_wire_for(self.client.config().profile)?;
        self.client.request(Method::Get, "/v1/events", &wire, &self.opts).await
    }
}
