//! The one way results and request events travel back to JavaScript, as
//! `deliver(id, text, error, event)` calls. Calls are numbered by the JS
//! layer; a call's outcome is `text` (JSON `[meta, value]`), `error`, or
//! neither (a pager's end); `id` 0 carries a request event. One queue for
//! both keeps an event of a call ahead of the call's outcome. On a thread
//! with a driver (driver.rs) messages go to the driver's outbox, delivered
//! right after the turn that made them, in order. Elsewhere a client has one
//! thread-safe function (created once, not per call), which keeps the
//! process alive only while calls are in flight (referenced on the first,
//! unreferenced after the last).

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
pub struct Channel(Way);

#[derive(Clone)]
enum Way {
    /// This thread's driver hands messages over after each turn (Linux).
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    Direct(Direct),
    /// A thread-safe function (calls run on the shared runtime's threads).
    Tsfn { tsfn: Arc<Tsfn>, count: Arc<Count> },
}

impl Channel {
    /// A channel delivering to `deliver(id, text, error, event)`: the
    /// thread's driver where it has one, else a thread-safe function.
    pub fn new(env: &Env, deliver: Function<'_, Unknown<'static>, Unknown<'static>>) -> Result<Channel> {
        #[cfg(target_os = "linux")]
        if let Some(direct) = Direct::new(env, deliver.raw()) {
            return Ok(Channel(Way::Direct(direct)));
        }
        let _ = env;
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
        Ok(Channel(Way::Tsfn { tsfn: Arc::new(tsfn), count }))
    }

    /// Note a call starting (on the JS thread): the process stays alive until its reply.
    pub fn begin(&self, env: &Env) {
        match &self.0 {
            Way::Direct(direct) => direct.begin(),
            Way::Tsfn { tsfn, count } => {
                if count.pending.fetch_add(1, Ordering::Relaxed) == 0 {
                    // SAFETY: on the JS thread, with this channel's live handle.
                    unsafe { napi::sys::napi_ref_threadsafe_function(env.raw(), tsfn.raw()) };
                }
            }
        }
    }

    /// Deliver the reply of call `id` (any thread). Pair with one `begin`.
    pub fn done(&self, id: u32, reply: Reply) {
        self.send(Message::Done(id, reply));
    }

    /// Deliver a request event (any thread).
    pub fn event(&self, event: NativeEvent) {
        self.send(Message::Event(event));
    }

    fn send(&self, message: Message) {
        match &self.0 {
            Way::Direct(direct) => direct.send(message),
            Way::Tsfn { tsfn, .. } => {
                tsfn.call(message, ThreadsafeFunctionCallMode::NonBlocking);
            }
        }
    }
}
