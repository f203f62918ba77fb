//! The state one server shares between its connections, its webhook delivery
//! task and its handle: objects, queued faults, the request log, the
//! idempotency cache and the webhook delivery settings.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use crate::idempotency::{Idem, IdemSlot};
use crate::lock::lock;
use crate::store::Store;
use crate::types::{Fault, RecordedRequest, WebhookConfig};

#[derive(Default)]
pub struct Shared {
    pub store: Mutex<Store>,
    pub faults: Mutex<VecDeque<Fault>>,
    pub log: Mutex<Vec<RecordedRequest>>,
    pub idem: Mutex<HashMap<IdemSlot, Idem>>,
    pub base_url: String,
    /// How webhook events are delivered.
    pub webhooks: WebhookConfig,
}

/// Forget every object, fault, idempotency key and logged request.
pub fn reset(shared: &Shared) {
    *lock(&shared.store) = Store::default();
    lock(&shared.faults).clear();
    lock(&shared.log).clear();
    lock(&shared.idem).clear();
}
