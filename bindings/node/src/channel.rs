//! The one way results and request events travel back to JavaScript: a single
//! thread-safe function per client (created once, not per call), called with
//! `(id, text, error, event)`. Calls are numbered by the JS layer; a call's
//! outcome is `text` (JSON `[meta, value]`), `error`, or neither (a pager's
//! end); `id` 0 carries a request event. One queue for both keeps an event of
//! a call ahead of the call's outcome. The function keeps the process alive
//! only while calls are in flight (referenced on the first, unreferenced after
//! the last).

use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::Arc;

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};

use crate::error::NativeError;
use crate::native_event::NativeEvent;

/// What one message carries.
pub enum Message {
    /// The end of call `id`.
    Done(u32, Reply),
    /// A request event of the client's calls.
    Event(NativeEvent),
}

/// The outcome of one call.
pub enum Reply {
    /// JSON text `[meta | null, value]`.
    Text(String),
    Error(Box<NativeError>),
    /// A pager has no more items.
    End,
}

type Args = FnArgs<(u32, Option<String>, Option<NativeError>, Option<NativeEvent>)>;
type Tsfn = ThreadsafeFunction<Message, Unknown<'static>, Args, Status, false, true>;

/// Calls in flight and the raw handle, shared with the JS-thread callback.
struct Count {
    pending: AtomicU32,
    raw: AtomicPtr<napi::sys::napi_threadsafe_function__>,
}

/// A client's way back to JavaScript. Cheap to clone.
#[derive(Clone)]
pub struct Channel {
    tsfn: Arc<Tsfn>,
    count: Arc<Count>,
}

impl Channel {
    /// A channel delivering to `deliver(id, text, error, event)`.
    pub fn new(deliver: Function<'_, Unknown<'static>, Unknown<'static>>) -> Result<Channel> {
        let count = Arc::new(Count { pending: AtomicU32::new(0), raw: AtomicPtr::new(std::ptr::null_mut()) });
        let seen = count.clone();
        let tsfn: Tsfn = deliver
            .build_threadsafe_function::<Message>()
            .callee_handled::<false>()
            .weak::<true>()
            .build_callback(move |ctx| {
                Ok(FnArgs::from(match ctx.value {
                    Message::Event(e) => (0, None, None, Some(e)),
                    Message::Done(id, reply) => {
                        if seen.pending.fetch_sub(1, Ordering::Relaxed) == 1 {
                            // SAFETY: on the JS thread, with the handle this callback belongs to.
                            unsafe { napi::sys::napi_unref_threadsafe_function(ctx.env.raw(), seen.raw.load(Ordering::Relaxed)) };
                        }
                        match reply {
                            Reply::Text(t) => (id, Some(t), None, None),
                            Reply::Error(e) => (id, None, Some(*e), None),
                            Reply::End => (id, None, None, None),
                        }
                    }
                }))
            })?;
        count.raw.store(tsfn.raw(), Ordering::Relaxed);
        Ok(Channel { tsfn: Arc::new(tsfn), count })
    }

    /// Note a call starting (on the JS thread): the process stays alive until its reply.
    pub fn begin(&self, env: &Env) {
        if self.count.pending.fetch_add(1, Ordering::Relaxed) == 0 {
            // SAFETY: on the JS thread, with this channel's live handle.
            unsafe { napi::sys::napi_ref_threadsafe_function(env.raw(), self.tsfn.raw()) };
        }
    }

    /// Deliver the reply of call `id` (any thread). Pair with one `begin`.
    pub fn done(&self, id: u32, reply: Reply) {
        self.tsfn.call(Message::Done(id, reply), ThreadsafeFunctionCallMode::NonBlocking);
    }

    /// Deliver a request event (any thread).
    pub fn event(&self, event: NativeEvent) {
        self.tsfn.call(Message::Event(event), ThreadsafeFunctionCallMode::NonBlocking);
    }
}
