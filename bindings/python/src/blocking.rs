//! Running a call to completion for a sync method, with the GIL released and
//! Ctrl-C honoured: the waiting thread looks at Python's signals every
//! `SIGNAL_SLICE`, so a `KeyboardInterrupt` (or whatever a signal handler
//! raises) ends a blocked call within that time. Only the main thread does:
//! Python runs signal handlers there alone, so other threads just wait (no
//! timer, no taking the GIL every slice).
//!
//! Two ways to run: `run_local` drives the future on this thread's own
//! runtime (`thread_runtime`; no hand-off to another thread: the fast path of
//! the PaymentIntents methods; the client it uses must belong to this thread,
//! see `clients`; async calls of the thread's event loop in flight progress
//! meanwhile and are delivered after it, `on_loop`), and `run_shared` blocks on the shared multi-thread runtime
//! (pagers and events, whose clients are shared). The call's future is
//! boxed once on entry, so the layers below move a pointer, not the whole
//! state machine. Depends on `error`, `fork`, `thread_runtime` and `on_loop`.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::time::Duration;

use payintent::CancelToken;
use pyo3::prelude::*;

use crate::{error, fork, on_loop, thread_runtime};

/// How often a blocked call looks for a pending signal (Ctrl-C).
const SIGNAL_SLICE: Duration = Duration::from_millis(20);

thread_local! {
    /// Whether this is Python's main thread, with the process generation it
    /// was found in (after a fork the forking thread is the child's main).
    static MAIN: std::cell::Cell<Option<(u64, bool)>> = const { std::cell::Cell::new(None) };
}

/// Whether signal handlers run on this thread (Python's main thread).
fn handles_signals(py: Python<'_>) -> bool {
    let generation = fork::generation();
    if let Some((g, main)) = MAIN.get() {
        if g == generation {
            return main;
        }
    }
    let find = || -> PyResult<bool> {
        let threading = py.import("threading")?;
        let main = threading.call_method0("main_thread")?.getattr("ident")?;
        main.eq(threading.call_method0("get_ident")?)
    };
    // When unsure, keep watching: that only costs time.
    let main = find().unwrap_or(true);
    MAIN.set(Some((generation, main)));
    main
}

/// How a blocked call ended.
pub struct Finished<T> {
    /// The call's output; `None` when it was dropped for a signal.
    pub output: Option<T>,
    /// The exception a signal handler raised while the call ran (with a
    /// cancel token the call was then cancelled and still has an output).
    pub signal: Option<PyErr>,
}

/// Wait for `work`, checking for signals between slices; a raised signal
/// fires `cancel` and lets the call end with its cancelled error, or (without
/// a token) drops the call.
async fn sliced<T>(work: impl Future<Output = T>, cancel: Option<&CancelToken>, watch: bool) -> Finished<T> {
    if !watch {
        return Finished { output: Some(work.await), signal: None };
    }
    let mut work = std::pin::pin!(work);
    let mut signal = None;
    loop {
        let slice = tokio::time::sleep(SIGNAL_SLICE);
        tokio::select! {
            biased;
            out = &mut work => return Finished { output: Some(out), signal },
            _ = slice => {}
        }
        if signal.is_some() {
            continue;
        }
        if let Err(e) = Python::attach(|py| py.check_signals()) {
            match cancel {
                Some(token) => {
                    token.cancel();
                    signal = Some(e);
                }
                None => return Finished { output: None, signal: Some(e) },
            }
        }
    }
}

/// Run `work` on this thread's runtime without holding the GIL.
pub fn run_local<T: Send>(
    py: Python<'_>,
    work: impl Future<Output = T> + Send,
    cancel: Option<&CancelToken>,
) -> PyResult<Finished<T>> {
    let work = Box::pin(work);
    let watch = handles_signals(py);
    let ran = py.detach(move || {
        std::panic::catch_unwind(AssertUnwindSafe(|| {
            thread_runtime::current().map(|local| local.block_on(sliced(work, cancel, watch)))
        }))
    });
    // Async calls of this thread's loop may have finished meanwhile.
    on_loop::deliver(py);
    match ran {
        Ok(Some(done)) => Ok(done),
        Ok(None) => Err(error::internal(py, "could not start a runtime for this thread")),
        Err(_) => Err(error::internal(py, "a request panicked")),
    }
}

/// Run `work` on the shared multi-thread runtime without holding the GIL; a
/// signal drops the call and raises.
pub fn run_shared<T: Send>(py: Python<'_>, work: impl Future<Output = T> + Send) -> PyResult<T> {
    let rt = pyo3_async_runtimes::tokio::get_runtime();
    let work = Box::pin(work);
    let watch = handles_signals(py);
    let ran = py.detach(move || std::panic::catch_unwind(AssertUnwindSafe(|| rt.block_on(sliced(work, None, watch)))));
    match ran {
        Ok(Finished { output: Some(out), .. }) => Ok(out),
        Ok(Finished { signal: Some(e), .. }) => Err(e),
        Ok(Finished { output: None, signal: None }) | Err(_) => Err(error::internal(py, "a request panicked")),
    }
}
