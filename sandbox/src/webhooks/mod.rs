//! Webhooks: endpoints registered through `/v1/webhook_endpoints`, events
//! derived from intent transitions (`/v1/events`), and their signed delivery
//! with retries.
//!
//! Layers, top down: delivery > endpoints, events > paging > signing,
//! event_types, state.

pub mod delivery;
pub mod endpoints;
pub mod event_types;
pub mod events;
pub mod paging;
pub mod signing;
pub mod state;

pub use events::Cause;
