//! The one way results and request events travel back to JavaScript: a single
//! thread-safe function per client (created once, not per call), called with
//! `(id, text, error, event)`. Calls are numbered by the JS layer; a call's
//! outcome is `text` (JSON `[meta, value]`), `error`, or neither (a pager's
//! end); `id` 0 carries a request event. One queue for both keeps an event of
//! a call ahead of the call's outcome. The function keeps the process alive
//! only while calls are in flight (referenced on the first, unreferenced after
//! the last). On a thread with a driver (driver.rs) the channel hands its
//! messages to the driver's outbox instead, delivered right after the turn
//! that made them, in the same order.

use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::Arc;

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};

pub use crate::message::{Message, Reply};
use crate::error::NativeError;
use crate::message::arguments;
use crate::native_event::NativeEvent;

type Args = FnArgs<(u32, Option<String>, Option<NativeError>, Option<NativeEvent>)>;
type Tsfn = ThreadsafeFunction<Message, Unknown<'static>, Args, Status, false, true>;

/// Calls in flight and the raw handle, shared with the JS-thread callback.
struct Count {
    pending: AtomicU32,
    raw: AtomicPtr<napi::sys::napi_threadsafe_function__>,
}

#[cfg(target_os = "linux")]
use crate::driver::Direct;
/// No driver here: never made.
#[cfg(not(target_os = "linux"))]
#[derive(Clone)]
enum Direct {}

#[cfg(not(target_os = "linux"))]
impl Direct {
    fn begin(&self) {
        match *self {}
    }

    fn send(&self, _: Message) {
        match *self {}
    }
}

/// A client's way back to JavaScript. Cheap to clone.
#[derive(Clone)]
pub struct Channel {
    tsfn: Arc<Tsfn>,
    count: Arc<Count>,
    direct: Option<Direct>,
}

impl Channel {
    /// A channel delivering to `deliver(id, text, error, event)`.
    pub fn new(env: &Env, deliver: Function<'_, Unknown<'static>, Unknown<'static>>) -> Result<Channel> {
        #[cfg(target_os = "linux")]
        let direct = Direct::new(env, deliver.raw());
        #[cfg(not(target_os = "linux"))]
        let direct = {
            let _ = env;
            None
        };
        let count = Arc::new(Count { pending: AtomicU32::new(0), raw: AtomicPtr::new(std::ptr::null_mut()) });
        let seen = count.clone();
        let tsfn: Tsfn = deliver
            .build_threadsafe_function::<Message>()
            .callee_handled::<false>()
            .weak::<true>()
            .build_callback(move |ctx| {
                if matches!(ctx.value, Message::Done(..)) && seen.pending.fetch_sub(1, Ordering::Relaxed) == 1 {
                    // SAFETY: on the JS thread, with the handle this callback belongs to.
                    unsafe { napi::sys::napi_unref_threadsafe_function(ctx.env.raw(), seen.raw.load(Ordering::Relaxed)) };
                }
                Ok(FnArgs::from(arguments(ctx.value)))
            })?;
        count.raw.store(tsfn.raw(), Ordering::Relaxed);
        Ok(Channel { tsfn: Arc::new(tsfn), count, direct })
    }

    /// Note a call starting (on the JS thread): the process stays alive until its reply.
    pub fn begin(&self, env: &Env) {
        if let Some(direct) = &self.direct {
            return direct.begin();
        }
        if self.count.pending.fetch_add(1, Ordering::Relaxed) == 0 {
            // SAFETY: on the JS thread, with this channel's live handle.
            unsafe { napi::sys::napi_ref_threadsafe_function(env.raw(), self.tsfn.raw()) };
        }
    }

    /// Deliver the reply of call `id` (any thread). Pair with one `begin`.
    pub fn done(&self, id: u32, reply: Reply) {
        if let Some(direct) = &self.direct {
            return direct.send(Message::Done(id, reply));
        }
        self.tsfn.call(Message::Done(id, reply), ThreadsafeFunctionCallMode::NonBlocking);
    }

    /// Deliver a request event (any thread).
    pub fn event(&self, event: NativeEvent) {
        if let Some(direct) = &self.direct {
            return direct.send(Message::Event(event));
        }
        self.tsfn.call(Message::Event(event), ThreadsafeFunctionCallMode::NonBlocking);
    }
}
