//! The core clients behind one Python `Client`, all built from the same
//! settings. A hyper connection is driven by the runtime it was opened on,
//! so a client whose connections live on one thread's runtime must only be
//! used on that thread:
//! - `shared`: for the `*_async` methods, pagers and events, on the shared
//!   multi-thread runtime;
//! - `local`: one per thread for the sync methods, on that thread's own
//!   current-thread runtime (`blocking::run_local`), with its own pool;
//!   those of ended threads are dropped when another thread's is made.
//!
//! Each comes in two variants: without observer (no cost per call) and with
//! the observer that forwards events to the `payintent` logger, used while
//! that logger is enabled (`logging::enabled`). Depends on `logging` and
//! `fork`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::thread::ThreadId;

use payintent::{Client, ClientBuilder};

use crate::logging::LogObserver;

thread_local! {
    /// Lives as long as this thread: a client whose thread has ended is
    /// dropped when the next thread's client is made.
    static ALIVE: Arc<()> = Arc::new(());
}

/// (process generation, thread, observed).
type LocalKey = (u64, ThreadId, bool);

pub struct Clients {
    builder: ClientBuilder,
    shared: Client,
    shared_observed: OnceLock<Client>,
    /// Keyed by process generation too: after a fork the child never uses the
    /// parent's connections.
    local: Mutex<HashMap<LocalKey, (Weak<()>, Client)>>,
}

impl Clients {
    /// Check the settings by building the shared client.
    pub fn new(builder: ClientBuilder) -> payintent::Result<Clients> {
        let shared = builder.clone().build()?;
        Ok(Clients { builder, shared, shared_observed: OnceLock::new(), local: Mutex::new(HashMap::new()) })
    }

    fn build(&self, observed: bool) -> payintent::Result<Client> {
        let b = self.builder.clone();
        if observed { b.observer(LogObserver).build() } else { b.build() }
    }

    /// The client for the shared runtime.
    pub fn shared(&self, observed: bool) -> payintent::Result<Client> {
        if !observed {
            return Ok(self.shared.clone());
        }
        if let Some(c) = self.shared_observed.get() {
            return Ok(c.clone());
        }
        let c = self.build(true)?;
        Ok(self.shared_observed.get_or_init(|| c).clone())
    }

    /// This thread's client, for this thread's runtime only.
    pub fn local(&self, observed: bool) -> payintent::Result<Client> {
        let key = (crate::fork::generation(), std::thread::current().id(), observed);
        let mut map = self.local.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, c)) = map.get(&key) {
            return Ok(c.clone());
        }
        let c = self.build(observed)?;
        map.retain(|_, (alive, _)| alive.strong_count() > 0);
        map.insert(key, (ALIVE.with(Arc::downgrade), c.clone()));
        Ok(c)
    }

    /// The settings (for `repr`).
    pub fn config(&self) -> &payintent::ClientConfig {
        self.shared.config()
    }
}
