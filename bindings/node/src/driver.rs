//! Calls run on the JavaScript thread itself (Linux): the core's driven
//! runtime (`payintent::driven`), turned by Node's own event loop. libuv
//! watches the runtime's descriptor (a `uv_poll_t`) and turns it when it is
//! readable; a `uv_timer_t` turns it every `TICK_MS` while calls are in
//! flight, so timeouts and retry pauses advance. A call is spawned at once
//! and first turned when the current JavaScript is done: by a check handle
//! (after the loop's I/O callbacks, ours included) or an idle handle (which
//! also keeps the loop from waiting for I/O meanwhile), whichever comes
//! first, so every call started in one stretch of JavaScript goes out in
//! one turn. Calls started by the JavaScript a turn's replies ran go out in
//! the same libuv callback, in a few more turns (the next call of a
//! sequence needs no trip round the loop).
//!
//! Replies and request events a turn produces wait in the driver's outbox
//! and are handed to each client's `deliver` function right after the turn,
//! in order, inside one callback scope (promise reactions run when it
//! closes): no thread-safe function, no extra trip round the loop, and
//! never from inside a JavaScript call. The poll handle keeps the process
//! alive while calls are in flight (referenced on the first, unreferenced
//! after the last reply). One driver per JavaScript thread (main or
//! worker), closed by the environment's cleanup hook. Where the runtime's
//! descriptor cannot be found, `current` gives nothing and the caller uses
//! the shared runtime's threads and the channel's thread-safe function.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::os::raw::{c_int, c_void};
use std::ptr;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use napi::bindgen_prelude::ToNapiValue;
use napi::{sys, Env};
use payintent::driven::Driven;

use crate::message::{self, Message};

/// How often the runtime is turned while calls are in flight (timers).
const TICK_MS: u64 = 5;
/// Turns in a row when work is left at the end of one.
const MAX_TURNS: usize = 16;
/// Turn-and-deliver rounds in one callback while delivered JavaScript starts calls.
const CHAINED: usize = 4;

// libuv, as Node exports it to addons (resolved when the addon loads).
const UV_CHECK: c_int = 2;
const UV_IDLE: c_int = 6;
const UV_POLL: c_int = 8;
const UV_TIMER: c_int = 13;
const UV_READABLE: c_int = 1;
type UvHandle = *mut c_void;
extern "C" {
    fn uv_handle_size(kind: c_int) -> usize;
    fn uv_poll_init(event_loop: *mut napi::sys::uv_loop_s, handle: UvHandle, fd: c_int) -> c_int;
    fn uv_poll_start(handle: UvHandle, events: c_int, cb: extern "C" fn(UvHandle, c_int, c_int)) -> c_int;
    fn uv_timer_init(event_loop: *mut napi::sys::uv_loop_s, handle: UvHandle) -> c_int;
    fn uv_timer_start(handle: UvHandle, cb: extern "C" fn(UvHandle), timeout: u64, repeat: u64) -> c_int;
    fn uv_timer_stop(handle: UvHandle) -> c_int;
    fn uv_idle_init(event_loop: *mut napi::sys::uv_loop_s, handle: UvHandle) -> c_int;
    fn uv_idle_start(handle: UvHandle, cb: extern "C" fn(UvHandle)) -> c_int;
    fn uv_idle_stop(handle: UvHandle) -> c_int;
    fn uv_check_init(event_loop: *mut napi::sys::uv_loop_s, handle: UvHandle) -> c_int;
    fn uv_check_start(handle: UvHandle, cb: extern "C" fn(UvHandle)) -> c_int;
    fn uv_check_stop(handle: UvHandle) -> c_int;
    fn uv_ref(handle: UvHandle);
    fn uv_unref(handle: UvHandle);
    fn uv_close(handle: UvHandle, cb: Option<extern "C" fn(UvHandle)>);
}

/// This thread's runtime and the libuv handles that turn it.
pub struct Driver {
    driven: Driven,
    env: sys::napi_env,
    /// Gives the JavaScript a turn runs its async context (hooks, domains).
    context: sys::napi_async_context,
    /// The async resource of `context` (made once, held for the driver's life).
    resource: sys::napi_ref,
    poll: UvHandle,
    tick: UvHandle,
    /// Turn newly spawned calls (the loop does not wait while the idle
    /// handle is active; the check handle runs after I/O callbacks).
    idle: UvHandle,
    check: UvHandle,
    /// Calls spawned since the last turn.
    unsent: Cell<bool>,
    ticking: Cell<bool>,
    /// Calls begun whose reply JavaScript has not had yet (the poll handle
    /// is referenced and the tick runs while there are any).
    pending: Cell<u32>,
    outbox: Arc<Outbox>,
}

/// Replies and events waiting for JavaScript, with the deliver function of
/// the client they belong to.
#[derive(Default)]
pub struct Outbox(Mutex<Vec<(Arc<DeliverRef>, Message)>>);

/// A client's `deliver` function, held strongly for the client's life.
/// Made and dropped on its JavaScript thread only (a driven client's calls
/// and their channel clones never leave it).
pub struct DeliverRef {
    env: usize,
    raw: usize,
}

impl Drop for DeliverRef {
    fn drop(&mut self) {
        // SAFETY: on the JS thread whose env made the reference.
        unsafe { sys::napi_delete_reference(self.env as sys::napi_env, self.raw as sys::napi_ref) };
    }
}

/// The direct way back to JavaScript of a client on a driven thread.
#[derive(Clone)]
pub struct Direct {
    outbox: Arc<Outbox>,
    deliver: Arc<DeliverRef>,
}

impl Direct {
    /// The direct way for `deliver` when this thread has a driver.
    pub fn new(env: &Env, deliver: sys::napi_value) -> Option<Direct> {
        let driver = current(env)?;
        let mut raw = ptr::null_mut();
        // SAFETY: on the JS thread with its env and a live function value.
        if unsafe { sys::napi_create_reference(env.raw(), deliver, 1, &mut raw) } != sys::Status::napi_ok {
            return None;
        }
        let deliver = Arc::new(DeliverRef { env: env.raw() as usize, raw: raw as usize });
        Some(Direct { outbox: driver.outbox.clone(), deliver })
    }

    /// A call starts (on the JS thread): the loop stays alive until its reply.
    pub fn begin(&self) {
        DRIVER.with(|d| {
            if let Some(Some(driver)) = &*d.borrow() {
                let n = driver.pending.get();
                driver.pending.set(n + 1);
                if n == 0 {
                    // SAFETY: the poll handle is open, on this thread.
                    unsafe { uv_ref(driver.poll) };
                }
            }
        });
    }

    /// Queue a reply or event; handed over after the turn that made it.
    pub fn send(&self, message: Message) {
        self.outbox.0.lock().unwrap_or_else(|p| p.into_inner()).push((self.deliver.clone(), message));
    }
}

thread_local! {
    /// `None` until first used; `Some(None)` where no driver can be had.
    static DRIVER: RefCell<Option<Option<Rc<Driver>>>> = const { RefCell::new(None) };
}

/// This thread's driver, set up on first use; `None` where the runtime's
/// descriptor cannot be watched (then calls use the shared runtime).
pub fn current(env: &Env) -> Option<Rc<Driver>> {
    DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        if d.is_none() {
            *d = Some(Driver::open(env).map(Rc::new));
        }
        d.as_ref().and_then(|d| d.clone())
    })
}

impl Driver {
    fn open(env: &Env) -> Option<Driver> {
        let driven = Driven::new().ok()?;
        let mut event_loop = ptr::null_mut();
        // SAFETY: on the JS thread with its env.
        if unsafe { napi::sys::napi_get_uv_event_loop(env.raw(), &mut event_loop) } != 0 || event_loop.is_null() {
            return None;
        }
        // SAFETY: the handles are allocated at libuv's own size, never freed
        // (a closed handle's memory must outlive its close), and used on this
        // thread only.
        unsafe {
            let (context, resource) = async_context(env.raw())?;
            let poll = alloc(UV_POLL);
            let tick = alloc(UV_TIMER);
            let idle = alloc(UV_IDLE);
            let check = alloc(UV_CHECK);
            if uv_poll_init(event_loop, poll, driven.fd()) != 0 {
                return None;
            }
            // These cannot fail (they only fill in the handle).
            uv_timer_init(event_loop, tick);
            uv_idle_init(event_loop, idle);
            uv_check_init(event_loop, check);
            for handle in [poll, tick, idle, check] {
                uv_unref(handle);
            }
            if uv_poll_start(poll, UV_READABLE, on_readable) != 0 {
                for handle in [poll, tick, idle, check] {
                    uv_close(handle, None);
                }
                return None;
            }
            sys::napi_add_env_cleanup_hook(env.raw(), Some(close), ptr::null_mut());
            Some(Driver {
                driven,
                env: env.raw(),
                context,
                resource,
                poll,
                tick,
                idle,
                check,
                unsent: Cell::new(false),
                ticking: Cell::new(false),
                pending: Cell::new(0),
                outbox: Arc::default(),
            })
        }
    }

    /// Start `fut` on this thread; it first runs when the current JavaScript
    /// is done (see the module's notes).
    pub fn spawn<F>(&self, fut: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        drop(self.driven.spawn(fut));
        if !self.unsent.replace(true) {
            // SAFETY: the handles are open, on this thread.
            unsafe {
                uv_idle_start(self.idle, on_unsent);
                uv_check_start(self.check, on_unsent);
            }
        }
    }

    /// Run what is ready.
    fn turn(&self) {
        if self.unsent.replace(false) {
            // SAFETY: the handles are open, on this thread.
            unsafe {
                uv_idle_stop(self.idle);
                uv_check_stop(self.check);
            }
        }
        for _ in 0..MAX_TURNS {
            if !self.driven.turn() {
                break;
            }
        }
    }

    /// Tick while calls wait for their reply, not otherwise.
    fn tick_while_pending(&self) {
        let busy = self.pending.get() > 0;
        if busy != self.ticking.get() {
            self.ticking.set(busy);
            // SAFETY: the timer was initialised on this thread and is open.
            unsafe {
                if busy {
                    uv_timer_start(self.tick, on_tick, TICK_MS, TICK_MS);
                } else {
                    uv_timer_stop(self.tick);
                }
            }
        }
    }
}

/// Hand every queued reply and event to its client's `deliver`, in order,
/// inside one handle scope and one callback scope: promise reactions and
/// `process.nextTick` callbacks run when it closes. An exception thrown by
/// JavaScript goes to `uncaughtException`, as from any callback.
fn hand_over(driver: &Driver) {
    let batch = std::mem::take(&mut *driver.outbox.0.lock().unwrap_or_else(|p| p.into_inner()));
    if batch.is_empty() {
        return;
    }
    let env = driver.env;
    // SAFETY: on the JS thread of `env`, outside any JavaScript frame (a
    // libuv callback); every value lives in the handle scope opened here.
    unsafe {
        let mut handles = ptr::null_mut();
        sys::napi_open_handle_scope(env, &mut handles);
        let mut resource = ptr::null_mut();
        sys::napi_get_reference_value(env, driver.resource, &mut resource);
        let mut scope = ptr::null_mut();
        let scoped = sys::napi_open_callback_scope(env, resource, driver.context, &mut scope) == sys::Status::napi_ok;
        let mut undefined = ptr::null_mut();
        sys::napi_get_undefined(env, &mut undefined);
        for (deliver, message) in batch {
            if matches!(message, Message::Done(..)) {
                let n = driver.pending.get().saturating_sub(1);
                driver.pending.set(n);
                if n == 0 {
                    uv_unref(driver.poll);
                }
            }
            let mut function = ptr::null_mut();
            sys::napi_get_reference_value(env, deliver.raw as sys::napi_ref, &mut function);
            if function.is_null() {
                continue;
            }
            let Ok(args) = arguments(env, message) else { continue };
            let mut result = ptr::null_mut();
            if sys::napi_call_function(env, undefined, function, args.len(), args.as_ptr(), &mut result)
                == sys::Status::napi_pending_exception
            {
                let mut error = ptr::null_mut();
                sys::napi_get_and_clear_last_exception(env, &mut error);
                sys::napi_fatal_exception(env, error);
            }
        }
        if scoped {
            sys::napi_close_callback_scope(env, scope);
        }
        sys::napi_close_handle_scope(env, handles);
    }
}

/// `(id, text, error, event)` as JavaScript values.
unsafe fn arguments(env: sys::napi_env, message: Message) -> napi::Result<[sys::napi_value; 4]> {
    let (id, text, error, event) = message::arguments(message);
    Ok([
        ToNapiValue::to_napi_value(env, id)?,
        ToNapiValue::to_napi_value(env, text)?,
        ToNapiValue::to_napi_value(env, error)?,
        ToNapiValue::to_napi_value(env, event)?,
    ])
}

/// The async context replies are delivered in (one per thread) and a
/// reference to its resource object.
unsafe fn async_context(env: sys::napi_env) -> Option<(sys::napi_async_context, sys::napi_ref)> {
    let mut resource = ptr::null_mut();
    let mut name = ptr::null_mut();
    let mut context = ptr::null_mut();
    let mut held = ptr::null_mut();
    let label = "payintent";
    let ok = sys::napi_create_object(env, &mut resource) == sys::Status::napi_ok
        && sys::napi_create_string_utf8(env, label.as_ptr().cast(), label.len() as isize, &mut name) == sys::Status::napi_ok
        && sys::napi_async_init(env, resource, name, &mut context) == sys::Status::napi_ok
        && sys::napi_create_reference(env, resource, 1, &mut held) == sys::Status::napi_ok;
    ok.then_some((context, held))
}

/// Memory for a libuv handle of `kind`.
unsafe fn alloc(kind: c_int) -> UvHandle {
    let size = uv_handle_size(kind);
    Box::into_raw(vec![0u64; size.div_ceil(8)].into_boxed_slice()) as *mut u64 as UvHandle
}

/// Turn this thread's driver (a libuv callback), then hand over.
fn turn_current() {
    // Cloned out of the cell: JavaScript run by `hand_over` may start calls.
    if let Some(driver) = DRIVER.with(|d| d.borrow().as_ref().and_then(|d| d.clone())) {
        // Calls the delivered JavaScript started (the next of a sequence,
        // say) go out in a further turn right here, not one trip round the
        // loop later; at most `CHAINED` turns, so other handles are served.
        for _ in 0..CHAINED {
            driver.turn();
            hand_over(&driver);
            if !driver.unsent.get() {
                break;
            }
        }
        driver.tick_while_pending();
    }
}

extern "C" fn on_readable(_handle: UvHandle, _status: c_int, _events: c_int) {
    turn_current();
}

extern "C" fn on_tick(_handle: UvHandle) {
    turn_current();
}

extern "C" fn on_unsent(_handle: UvHandle) {
    turn_current();
}

/// The environment ends: stop watching, close the handles, drop the runtime
/// (its calls end with it).
unsafe extern "C" fn close(_arg: *mut c_void) {
    let driver = DRIVER.with(|d| d.borrow_mut().replace(None)).flatten();
    if let Some(driver) = driver {
        uv_close(driver.poll, None);
        uv_close(driver.tick, None);
        uv_close(driver.idle, None);
        uv_close(driver.check, None);
        sys::napi_async_destroy(driver.env, driver.context);
        sys::napi_delete_reference(driver.env, driver.resource);
    }
}
