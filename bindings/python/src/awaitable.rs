//! Asyncio awaitables for the `*_async` methods, resolved from the shared
//! tokio runtime. Every hand-over of a result to Python is counted, and the
//! `atexit` hook `shutdown` (registered at import) stops new hand-overs and
//! waits for running ones, so that no runtime thread enters the interpreter
//! while it finalizes (which could crash the process at exit). Cancelling the
//! awaitable aborts the Rust task. Depends on `error` only.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use pyo3::prelude::*;

use crate::error;

/// Hand-overs to Python in progress.
static IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);
/// Set at interpreter exit: results arriving later are dropped.
static CLOSING: AtomicBool = AtomicBool::new(false);

/// Longest wait at exit for hand-overs already inside the interpreter.
const EXIT_WAIT: Duration = Duration::from_secs(5);

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

/// Sets the future's outcome unless it is already done (e.g. cancelled).
#[pyfunction]
fn _resolve(future: &Bound<'_, PyAny>, ok: bool, value: &Bound<'_, PyAny>) -> PyResult<()> {
    if future.call_method0("done")?.is_truthy()? {
        return Ok(());
    }
    if ok {
        future.call_method1("set_result", (value,))?;
    } else {
        future.call_method1("set_exception", (value,))?;
    }
    Ok(())
}

/// Done-callback of the asyncio future: aborts the task when it was cancelled.
#[pyclass(frozen)]
struct Canceller {
    task: tokio::task::AbortHandle,
}

#[pymethods]
impl Canceller {
    fn __call__(&self, future: &Bound<'_, PyAny>) -> PyResult<()> {
        if future.call_method0("cancelled")?.is_truthy()? {
            self.task.abort();
        }
        Ok(())
    }
}

/// Run `work` on the runtime; the returned asyncio future gets
/// `convert(output)` (or its exception) on the running event loop.
pub fn spawn<'py, T, F, C>(py: Python<'py>, work: F, convert: C) -> PyResult<Bound<'py, PyAny>>
where
    T: Send + 'static,
    F: Future<Output = T> + Send + 'static,
    C: FnOnce(Python<'_>, T) -> PyResult<Py<PyAny>> + Send + 'static,
{
    let event_loop = py.import("asyncio")?.call_method0("get_running_loop")?;
    let future = event_loop.call_method0("create_future")?;
    let target = (event_loop.unbind(), future.clone().unbind());
    let task = pyo3_async_runtimes::tokio::get_runtime().spawn(async move {
        let output = CatchPanic(Box::pin(work)).await;
        hand_over(target, output, convert);
    });
    future.call_method1("add_done_callback", (Canceller { task: task.abort_handle() },))?;
    Ok(future)
}

fn hand_over<T, C>(target: (Py<PyAny>, Py<PyAny>), output: Option<T>, convert: C)
where
    C: FnOnce(Python<'_>, T) -> PyResult<Py<PyAny>>,
{
    IN_FLIGHT.fetch_add(1, Ordering::SeqCst);
    if !CLOSING.load(Ordering::SeqCst) {
        Python::attach(|py| {
            let (event_loop, future) = target;
            let result = match output {
                Some(v) => convert(py, v),
                None => Err(error::internal(py, "a request panicked")),
            };
            let (ok, value) = match result {
                Ok(v) => (true, v),
                Err(e) => (false, e.into_value(py).into_any()),
            };
            let schedule = || -> PyResult<()> {
                let resolve = wrap_pyfunction!(_resolve, py)?;
                event_loop.bind(py).call_method1("call_soon_threadsafe", (resolve, future, ok, value))?;
                Ok(())
            };
            // Fails only when the loop is closed: nobody waits any more.
            let _ = schedule();
        });
    }
    IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
}

/// `atexit` hook: no more hand-overs; wait (without the GIL) for those in
/// progress.
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
