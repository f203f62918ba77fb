//! The core's request events, forwarded to JavaScript through the client's
//! channel while the JS client has listeners (a flag the JS layer sets; with
//! none, an event costs one atomic load). Events never carry the API key.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use payintent::{Observer, RequestEvent};

use crate::channel::Channel;
use crate::native_event::NativeEvent;

/// The observer a Node client is built with; silent until `enabled`.
#[derive(Default)]
pub struct NodeObserver {
    enabled: AtomicBool,
    channel: OnceLock<Channel>,
}

impl NodeObserver {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Where events go (set once, when the client's channel exists).
    pub fn connect(&self, channel: Channel) {
        let _ = self.channel.set(channel);
    }

    /// Start or stop forwarding events.
    pub fn set_enabled(&self, on: bool) {
        self.enabled.store(on, Ordering::Relaxed);
    }
}

impl Observer for NodeObserver {
    /// No listener: the core builds no event at all.
    fn enabled(&self) -> bool {
        self.enabled.load(Ordering::Relaxed)
    }

    fn on_event(&self, event: &RequestEvent) {
        if !self.enabled.load(Ordering::Relaxed) {
            return;
        }
        if let Some(channel) = self.channel.get() {
            channel.event(NativeEvent::from(event));
        }
    }
}
