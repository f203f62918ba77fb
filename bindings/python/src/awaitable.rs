//! Asyncio awaitables for the `*_async` methods. A PaymentIntents call runs
//! on the loop's own thread where it can (`on_loop`: this thread's driven
//! runtime, with a client of this thread). Otherwise (no driven runtime on
//! this system, a loop without `add_reader`, and always for pagers and
//! events, whose clients are shared) it runs as one task on the shared tokio
//! runtime, and its result comes back to the event loop through the loop's
//! `Bridge`, a queue plus a socket the loop watches (`add_reader`), so
//! runtime threads never take the GIL to hand a result over and one wake-up
//! of the loop delivers every result ready by then. Loops without
//! `add_reader` (or that refuse an attribute) get the result by
//! `call_soon_threadsafe` instead.
//!
//! Cancelling the asyncio future aborts the Rust task, which drops the HTTP
//! request. A POST's future (`payintent._call_future.CallFuture`) then
//! raises a `CancelledError` carrying the call's idempotency key.
//!
//! Every entry into the interpreter from a runtime thread goes through
//! `with_python`, which is counted; the `atexit` hook `shutdown` (registered
//! at import) stops new entries and waits for running ones, so that no
//! runtime thread enters the interpreter while it finalizes. Depends on
//! `error` and `on_loop`.

use std::future::Future;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;

use crate::{error, on_loop};

/// Entries into the interpreter from runtime threads in progress.
static IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);
/// Set at interpreter exit: runtime threads no longer enter the interpreter.
static CLOSING: AtomicBool = AtomicBool::new(false);

/// Longest wait at exit for entries already inside the interpreter.
const EXIT_WAIT: Duration = Duration::from_secs(5);

/// The loop attribute holding its bridge.
const BRIDGE_ATTR: &str = "_payintent_bridge";

/// Run `f` with the GIL from any thread, unless the interpreter is exiting.
pub fn with_python(f: impl FnOnce(Python<'_>)) {
    IN_FLIGHT.fetch_add(1, Ordering::SeqCst);
    if !CLOSING.load(Ordering::SeqCst) {
        Python::attach(f);
    }
    IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
}

/// Polls a future, turning a panic into `None`.
struct CatchPanic<F>(Pin<Box<F>>);

impl<F: Future> Future for CatchPanic<F> {
    type Output = Option<F::Output>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = self.0.as_mut();
        match std::panic::catch_unwind(AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(Poll::Ready(v)) => Poll::Ready(Some(v)),
            Ok(Poll::Pending) => Poll::Pending,
            Err(_) => Poll::Ready(None),
        }
    }
}

/// Work for the loop's thread: resolve one future.
type Completion = Box<dyn FnOnce(Python<'_>) + Send>;

/// Results waiting for the loop, and the socket pair that wakes it.
struct Shared {
    queue: Mutex<Vec<Completion>>,
    wake: UnixStream,
    watched: UnixStream,
}

impl Shared {
    /// Queue a result; wake the loop if the queue was empty.
    fn push(&self, c: Completion) {
        let was_empty = {
            let mut q = self.queue.lock().unwrap_or_else(|p| p.into_inner());
            let empty = q.is_empty();
            q.push(c);
            empty
        };
        if was_empty {
            // A full socket buffer means a wake-up is already pending.
            let _ = (&self.wake).write(&[1]);
        }
    }
}

/// One event loop's end of the bridge: its reader callback runs the queued
/// completions on the loop's thread.
#[pyclass(frozen)]
struct Bridge {
    shared: Arc<Shared>,
}

#[pymethods]
impl Bridge {
    fn __call__(&self, py: Python<'_>) {
        let mut buf = [0u8; 256];
        while let Ok(n) = (&self.shared.watched).read(&mut buf) {
            if n < buf.len() {
                break;
            }
        }
        let batch = std::mem::take(&mut *self.shared.queue.lock().unwrap_or_else(|p| p.into_inner()));
        for c in batch {
            c(py);
        }
    }
}

/// The bridge of `event_loop`, made on first use; `None` when the loop
/// cannot have one.
fn bridge_of(event_loop: &Bound<'_, PyAny>) -> Option<Arc<Shared>> {
    if let Ok(b) = event_loop.getattr(intern!(event_loop.py(), BRIDGE_ATTR)) {
        return b.cast::<Bridge>().ok().map(|b| b.get().shared.clone());
    }
    let make = || -> PyResult<Option<Arc<Shared>>> {
        // Mark first: a loop refusing attributes gets no reader at all.
        event_loop.setattr(BRIDGE_ATTR, event_loop.py().None())?;
        let (wake, watched) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        watched.set_nonblocking(true)?;
        let shared = Arc::new(Shared { queue: Mutex::new(Vec::new()), wake, watched });
        let bridge = Bridge { shared: shared.clone() };
        let fd = shared.watched.as_raw_fd();
        let bridge = Bound::new(event_loop.py(), bridge)?;
        event_loop.call_method1("add_reader", (fd, &bridge))?;
        event_loop.setattr(BRIDGE_ATTR, bridge)?;
        Ok(Some(shared))
    };
    make().unwrap_or(None)
}

/// Sets the future's outcome unless it is already done (e.g. cancelled).
#[pyfunction]
fn _resolve(future: &Bound<'_, PyAny>, ok: bool, value: &Bound<'_, PyAny>) -> PyResult<()> {
    let py = future.py();
    if future.call_method0(intern!(py, "done"))?.is_truthy()? {
        return Ok(());
    }
    if ok {
        future.call_method1(intern!(py, "set_result"), (value,))?;
    } else {
        future.call_method1(intern!(py, "set_exception"), (value,))?;
    }
    Ok(())
}

/// Done-callback of the asyncio future: aborts the task when it was cancelled.
/// A call on the loop's thread (`on_loop`) is dropped by a turn right away.
#[pyclass(frozen)]
struct Canceller {
    task: tokio::task::AbortHandle,
    on_loop: bool,
}

#[pymethods]
impl Canceller {
    fn __call__(&self, future: &Bound<'_, PyAny>) -> PyResult<()> {
        if future.call_method0(intern!(future.py(), "cancelled"))?.is_truthy()? {
            self.task.abort();
            if self.on_loop {
                on_loop::turn_now(future.py());
            }
        }
        Ok(())
    }
}

static CALL_FUTURE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
/// `asyncio.Future` and `asyncio.BaseEventLoop.create_future`, which makes
/// just such a future (so a loop that keeps it is given one directly,
/// without a call through Python code).
static PLAIN_FUTURE: PyOnceLock<(Py<PyAny>, Py<PyAny>)> = PyOnceLock::new();

/// `loop.create_future()`, made directly when the loop's class keeps the
/// standard method.
fn plain_future<'py>(event_loop: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let py = event_loop.py();
    let (class, base) = PLAIN_FUTURE.get_or_try_init(py, || {
        let asyncio = py.import("asyncio")?;
        let base = asyncio.getattr("BaseEventLoop")?.getattr("create_future")?.unbind();
        Ok::<_, PyErr>((asyncio.getattr("Future")?.unbind(), base))
    })?;
    let name = intern!(py, "create_future");
    if event_loop.get_type().getattr(name)?.is(base.bind(py)) {
        let kwargs = PyDict::new(py);
        kwargs.set_item(intern!(py, "loop"), event_loop)?;
        class.bind(py).call((), Some(&kwargs))
    } else {
        event_loop.call_method0(name)
    }
}

/// The asyncio future of a call on `event_loop`: a plain one, or for a POST
/// (`idempotency_key` given) a `CallFuture` that reports the key when the
/// call is cancelled.
fn new_future<'py>(event_loop: &Bound<'py, PyAny>, cancelled: Option<(&str, String)>) -> PyResult<Bound<'py, PyAny>> {
    let py = event_loop.py();
    match cancelled {
        None => plain_future(event_loop),
        Some((key, message)) => {
            let class = CALL_FUTURE.get_or_try_init(py, || {
                Ok::<_, PyErr>(py.import("payintent._call_future")?.getattr("CallFuture")?.unbind())
            })?;
            let kwargs = PyDict::new(py);
            kwargs.set_item("loop", event_loop)?;
            kwargs.set_item("idempotency_key", key)?;
            kwargs.set_item("message", message)?;
            class.bind(py).call((), Some(&kwargs))
        }
    }
}

/// The outcome to give the future: `(ok, value)`.
fn outcome<T, C>(py: Python<'_>, output: Option<T>, convert: C) -> (bool, Py<PyAny>)
where
    C: FnOnce(Python<'_>, T) -> PyResult<Py<PyAny>>,
{
    let result = match output {
        Some(v) => convert(py, v),
        None => Err(error::internal(py, "a request panicked")),
    };
    match result {
        Ok(v) => (true, v),
        Err(e) => (false, e.into_value(py).into_any()),
    }
}

/// Where an async call is to run: the running loop, and its driver when
/// the call can run on the loop's thread.
pub struct Start<'py> {
    event_loop: Bound<'py, PyAny>,
    driver: Option<on_loop::Driver>,
}

impl<'py> Start<'py> {
    /// A call on the running loop, on its thread where it can.
    pub fn here(py: Python<'py>) -> PyResult<Start<'py>> {
        let event_loop = on_loop::running_loop(py)?;
        let driver = on_loop::driver(&event_loop);
        Ok(Start { event_loop, driver })
    }

    /// A call on the running loop, on the shared runtime.
    pub fn shared(py: Python<'py>) -> PyResult<Start<'py>> {
        Ok(Start { event_loop: on_loop::running_loop(py)?, driver: None })
    }

    /// Whether the call runs on the loop's thread (then it must use this
    /// thread's client).
    pub fn on_loop(&self) -> bool {
        self.driver.is_some()
    }
}

/// Give the future its outcome on the loop's thread: drop the canceller
/// first, so that resolving schedules no call of it.
fn complete<T, C>(py: Python<'_>, target: &Py<PyAny>, canceller: &OnceLock<Py<PyAny>>, output: Option<T>, convert: C)
where
    C: FnOnce(Python<'_>, T) -> PyResult<Py<PyAny>>,
{
    let future = target.bind(py);
    if let Some(c) = canceller.get() {
        let _ = future.call_method1(intern!(py, "remove_done_callback"), (c,));
    }
    let (ok, value) = outcome(py, output, convert);
    // Fails only if the future's callbacks fail (or its loop is closed);
    // nobody to tell.
    let _ = _resolve(future, ok, value.bind(py));
}

/// Run `work` on the shared runtime; the returned asyncio future gets
/// `convert(output)` (or its exception) on the running event loop.
pub fn spawn<'py, T, F, C>(py: Python<'py>, work: F, convert: C) -> PyResult<Bound<'py, PyAny>>
where
    T: Send + 'static,
    F: Future<Output = T> + Send + 'static,
    C: FnOnce(Python<'_>, T) -> PyResult<Py<PyAny>> + Send + 'static,
{
    spawn_call(Start::shared(py)?, work, None, convert)
}

/// `spawn` for a call, where `start` says; `cancelled`: a POST's idempotency
/// key and the message its cancellation reports.
pub fn spawn_call<'py, T, F, C>(
    start: Start<'py>,
    work: F,
    cancelled: Option<(&str, String)>,
    convert: C,
) -> PyResult<Bound<'py, PyAny>>
where
    T: Send + 'static,
    F: Future<Output = T> + Send + 'static,
    C: FnOnce(Python<'_>, T) -> PyResult<Py<PyAny>> + Send + 'static,
{
    let Start { event_loop, driver } = start;
    let py = event_loop.py();
    let future = new_future(&event_loop, cancelled)?;
    let target = future.clone().unbind();
    // The done-callback that aborts the task on cancellation; `complete`
    // removes it before resolving.
    let canceller = Arc::new(OnceLock::<Py<PyAny>>::new());
    if let Some(driver) = driver {
        let kept = canceller.clone();
        let work = CatchPanic(Box::pin(work));
        let task = driver.spawn(work, move |py, output| complete(py, &target, &kept, output, convert));
        let c = Py::new(py, Canceller { task, on_loop: true })?.into_any();
        future.call_method1(intern!(py, "add_done_callback"), (&c,))?;
        let _ = canceller.set(c);
        driver.start(&event_loop)?;
        return Ok(future);
    }
    let rt = pyo3_async_runtimes::tokio::get_runtime();
    let task = match bridge_of(&event_loop) {
        Some(shared) => {
            let canceller = canceller.clone();
            rt.spawn(async move {
                let output = CatchPanic(Box::pin(work)).await;
                shared.push(Box::new(move |py| complete(py, &target, &canceller, output, convert)));
            })
        }
        None => {
            let event_loop = event_loop.clone().unbind();
            rt.spawn(async move {
                let output = CatchPanic(Box::pin(work)).await;
                with_python(|py| {
                    let (ok, value) = outcome(py, output, convert);
                    let schedule = || -> PyResult<()> {
                        let f = wrap_pyfunction!(_resolve, py)?;
                        event_loop.bind(py).call_method1("call_soon_threadsafe", (f, target, ok, value))?;
                        Ok(())
                    };
                    // Fails only when the loop is closed: nobody waits any more.
                    let _ = schedule();
                });
            })
        }
    };
    let c = Py::new(py, Canceller { task: task.abort_handle(), on_loop: false })?.into_any();
    future.call_method1(intern!(py, "add_done_callback"), (&c,))?;
    // Set before the bridge can run the completion: that runs on this thread.
    let _ = canceller.set(c);
    Ok(future)
}

/// `atexit` hook: runtime threads no longer enter the interpreter; wait
/// (without the GIL) for those inside.
#[pyfunction]
fn shutdown(py: Python<'_>) {
    CLOSING.store(true, Ordering::SeqCst);
    py.detach(|| {
        let end = Instant::now() + EXIT_WAIT;
        while IN_FLIGHT.load(Ordering::SeqCst) > 0 && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(1));
        }
    });
}

/// Register the exit hook.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let hook = wrap_pyfunction!(shutdown, m)?;
    m.py().import("atexit")?.call_method1("register", (hook,))?;
    Ok(())
}
