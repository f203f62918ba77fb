//! Async calls run on the event loop's own thread, by this thread's driven
//! runtime (`thread_runtime`): the loop watches the runtime's descriptor
//! (`add_reader`, once per loop) and turns the runtime when it is readable,
//! and also on a short tick while calls are in flight (timers, such as a
//! call's timeout or a retry's pause, only advance in a turn). A call is
//! turned once as it starts, so that its request goes out before the method
//! returns. The finished calls' results are delivered right after each turn,
//! on the loop's thread with the GIL held: no other thread takes part.
//!
//! `driver` says whether a loop can be served so (`None`: no driven runtime
//! on this system, or the loop refuses `add_reader`; the caller then uses the
//! shared runtime). A loop closed with calls in flight just stops turning
//! the runtime (its selector, and with it the watch, is gone); those calls
//! progress whenever another loop of the thread turns it, and go with the
//! thread. Depends on `thread_runtime` only.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

use crate::thread_runtime::{self, Local};

/// How often (seconds) the loop turns the runtime while calls are in flight.
const TICK: f64 = 0.005;

/// Work for the loop's thread: deliver one call's result.
type Completion = Box<dyn FnOnce(Python<'_>) + Send>;

/// The async calls of one thread's runtime.
struct State {
    local: Rc<Local>,
    /// Finished calls, waiting for the end of the turn.
    done: Arc<Mutex<Vec<Completion>>>,
    /// Calls spawned and neither finished nor dropped.
    in_flight: Arc<AtomicUsize>,
    /// Loops seen on this thread, and whether they watch the runtime.
    loops: RefCell<Vec<(Py<PyAny>, bool)>>,
    /// Loops with a tick pending.
    ticking: RefCell<Vec<Py<PyAny>>>,
    /// A turn runs (a logging handler run inside it may start a call).
    turning: Cell<bool>,
    /// The loop where a turn is scheduled (`call_soon`) for the calls
    /// started meanwhile.
    kicked: RefCell<Option<Py<PyAny>>>,
    /// How many results the last delivery handed over: when several tasks
    /// were just woken, the calls they start share one turn.
    delivered: Cell<usize>,
}

thread_local! {
    static STATE: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
}

/// `asyncio.get_running_loop`.
static GET_RUNNING_LOOP: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The running event loop of this thread (RuntimeError without one).
pub fn running_loop(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let get = GET_RUNNING_LOOP
        .get_or_try_init(py, || Ok::<_, PyErr>(py.import("asyncio")?.getattr("get_running_loop")?.unbind()))?;
    get.bind(py).call0()
}

/// This thread's state, made with its driven runtime; `None` without one.
fn state() -> Option<Rc<State>> {
    let local = thread_runtime::current()?;
    local.driven()?;
    STATE.with(|cell| {
        if let Some(s) = cell.borrow().as_ref().filter(|s| Rc::ptr_eq(&s.local, &local)) {
            return Some(s.clone());
        }
        let s = Rc::new(State {
            local,
            done: Arc::default(),
            in_flight: Arc::default(),
            loops: RefCell::default(),
            ticking: RefCell::default(),
            turning: Cell::new(false),
            delivered: Cell::new(0),
            kicked: RefCell::new(None),
        });
        // Only after a fork: the parent's calls are never turned here.
        if let Some(inherited) = cell.borrow_mut().replace(s.clone()) {
            std::mem::forget(inherited);
        }
        Some(s)
    })
}

/// This thread's state if it has one of this process generation.
fn existing() -> Option<Rc<State>> {
    let generation = crate::fork::generation();
    STATE.with(|cell| cell.borrow().as_ref().filter(|s| s.local.generation() == generation).cloned())
}

/// Whether `event_loop` is closed (or cannot say).
fn closed(event_loop: &Bound<'_, PyAny>) -> bool {
    event_loop.call_method0(intern!(event_loop.py(), "is_closed")).and_then(|c| c.is_truthy()).unwrap_or(true)
}

/// Calls on one event loop, run by this thread's runtime.
pub struct Driver {
    state: Rc<State>,
}

/// The driver for `event_loop` (the running loop of this thread), watching
/// the runtime from now on; `None` when calls on it must use the shared
/// runtime.
pub fn driver(event_loop: &Bound<'_, PyAny>) -> Option<Driver> {
    let state = state()?;
    let known = state.loops.borrow().iter().find(|(l, _)| l.is(event_loop)).map(|(_, ok)| *ok);
    let ok = match known {
        Some(ok) => ok,
        None => watch(&state, event_loop),
    };
    ok.then_some(Driver { state })
}

/// Have `event_loop` turn the runtime when its descriptor is readable.
fn watch(state: &State, event_loop: &Bound<'_, PyAny>) -> bool {
    let py = event_loop.py();
    // Forget closed loops (their selectors, and watches, are gone).
    let mut loops = state.loops.take();
    loops.retain(|(l, _)| !closed(l.bind(py)));
    let mut ticking = state.ticking.take();
    ticking.retain(|l| !closed(l.bind(py)));
    let fd = state.local.driven().map(|d| d.fd());
    let add = || -> PyResult<()> {
        let fd = fd.ok_or_else(|| pyo3::exceptions::PyRuntimeError::new_err("no driven runtime"))?;
        event_loop.call_method1(intern!(py, "add_reader"), (fd, Bound::new(py, Turn { tick: false })?))?;
        Ok(())
    };
    let ok = add().is_ok();
    loops.push((event_loop.clone().unbind(), ok));
    state.ticking.borrow_mut().extend(ticking);
    state.loops.borrow_mut().extend(loops);
    ok
}

/// Counts a call in flight until dropped (finished or aborted).
struct InFlight(Arc<AtomicUsize>);

impl InFlight {
    fn new(count: Arc<AtomicUsize>) -> InFlight {
        count.fetch_add(1, Ordering::AcqRel);
        InFlight(count)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Driver {
    /// Spawn `work` on the runtime; `finish` gets its output on the loop's
    /// thread after the turn it ends in. Nothing runs before `start`.
    pub fn spawn<T, F, D>(&self, work: F, finish: D) -> tokio::task::AbortHandle
    where
        T: Send + 'static,
        F: Future<Output = T> + Send + 'static,
        D: FnOnce(Python<'_>, T) + Send + 'static,
    {
        let done = self.state.done.clone();
        let counted = InFlight::new(self.state.in_flight.clone());
        let driven = self.state.local.driven().expect("a driver has a driven runtime");
        driven
            .spawn(async move {
                let _counted = counted;
                let output = work.await;
                let mut queue = done.lock().unwrap_or_else(|p| p.into_inner());
                queue.push(Box::new(move |py| finish(py, output)));
            })
            .abort_handle()
    }

    /// Send the new calls' requests and keep the runtime ticking on
    /// `event_loop` while calls are in flight. A call started alone (none
    /// other in flight, no other callback waiting to run) is turned at
    /// once: its request goes out before the method returns. Otherwise
    /// (many tasks, each starting its next call as its last one is
    /// delivered) the calls share one turn, scheduled with `call_soon` after
    /// them: one pass of the reactor, and one wake-up of a server on the
    /// same CPU, for them all.
    pub fn start(&self, event_loop: &Bound<'_, PyAny>) -> PyResult<()> {
        let state = &self.state;
        ensure_tick(state, event_loop)?;
        if state.in_flight.load(Ordering::Acquire) <= 1 && !others_ready(state, event_loop) && state.kicked.borrow().is_none() {
            turn_and_follow(state, event_loop);
        } else if !state.kicked.borrow().as_ref().is_some_and(|l| l.is(event_loop)) {
            let py = event_loop.py();
            let scheduled = Bound::new(py, Turn { tick: false })
                .and_then(|t| event_loop.call_method1(intern!(py, "call_soon"), (t,)));
            match scheduled {
                Ok(_) => *state.kicked.borrow_mut() = Some(event_loop.clone().unbind()),
                Err(_) => turn_and_follow(state, event_loop),
            }
        }
        Ok(())
    }
}

/// Whether other callbacks (woken tasks, which may start calls too) wait to
/// run in this iteration of `event_loop`: asyncio's own queue of ready
/// handles where the loop has one, else whether the last delivery woke
/// several tasks.
fn others_ready(state: &State, event_loop: &Bound<'_, PyAny>) -> bool {
    match event_loop.getattr(intern!(event_loop.py(), "_ready")).and_then(|r| r.len()) {
        Ok(n) => n > 0,
        Err(_) => state.delivered.get() > 1,
    }
}

/// Schedule a tick on `event_loop` unless one is pending there.
fn ensure_tick(state: &State, event_loop: &Bound<'_, PyAny>) -> PyResult<()> {
    if state.ticking.borrow().iter().any(|l| l.is(event_loop)) {
        return Ok(());
    }
    let py = event_loop.py();
    event_loop.call_method1(intern!(py, "call_later"), (TICK, Bound::new(py, Turn { tick: true })?))?;
    state.ticking.borrow_mut().push(event_loop.clone().unbind());
    Ok(())
}

/// Run what is ready, then deliver the finished calls. True when work was
/// left (turn again soon).
fn turn(py: Python<'_>, state: &State) -> bool {
    state.kicked.take();
    let mut more = false;
    if !state.turning.replace(true) {
        if let Some(driven) = state.local.driven() {
            more = std::panic::catch_unwind(AssertUnwindSafe(|| driven.turn())).unwrap_or(false);
        }
        state.turning.set(false);
    }
    deliver_from(py, state);
    more
}

/// `turn`, and another one soon on `event_loop` when work was left.
fn turn_and_follow(state: &State, event_loop: &Bound<'_, PyAny>) {
    if turn(event_loop.py(), state) {
        let py = event_loop.py();
        if let Ok(again) = Bound::new(py, Turn { tick: false }) {
            // Fails only when the loop is closed: its tick is gone too.
            let _ = event_loop.call_method1(intern!(py, "call_soon"), (again,));
        }
    }
}

/// Run the completions of the finished calls.
fn deliver_from(py: Python<'_>, state: &State) {
    let batch = {
        let mut queue = state.done.lock().unwrap_or_else(|p| p.into_inner());
        if queue.is_empty() {
            state.delivered.set(0);
            return;
        }
        std::mem::take(&mut *queue)
    };
    state.delivered.set(batch.len());
    for c in batch {
        c(py);
    }
}

/// Deliver the calls that finished outside a turn (during a sync call's
/// `block_on` on this thread).
pub fn deliver(py: Python<'_>) {
    if let Some(state) = existing() {
        deliver_from(py, &state);
    }
}

/// Turn this thread's runtime now (after a call was aborted: it is dropped,
/// and its connection closed, at once).
pub fn turn_now(py: Python<'_>) {
    if let Some(state) = existing() {
        turn(py, &state);
    }
}

/// The callback of the loop: the reader of the runtime's descriptor and a
/// follow-up turn (`tick` false), or the tick.
#[pyclass(frozen)]
struct Turn {
    tick: bool,
}

#[pymethods]
impl Turn {
    fn __call__(&self, py: Python<'_>) -> PyResult<()> {
        let Some(state) = existing() else { return Ok(()) };
        let event_loop = running_loop(py)?;
        if !self.tick {
            turn_and_follow(&state, &event_loop);
            return Ok(());
        }
        state.ticking.borrow_mut().retain(|l| !l.is(&event_loop));
        let more = turn(py, &state);
        if more || state.in_flight.load(Ordering::Acquire) > 0 {
            ensure_tick(&state, &event_loop)?;
        }
        Ok(())
    }
}
