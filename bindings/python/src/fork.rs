//! Which process generation this is: a counter raised in the child after
//! every `fork` (the `os.register_at_fork` child hook, which `os.fork`,
//! `multiprocessing` and `PyOS_AfterFork_Child` run). Per-thread runtimes
//! and clients are keyed by it, so a child never drives the parent's epoll
//! instance or connections — and a call costs an atomic load instead of a
//! `getpid` system call. Depends on nothing else in the crate.

use std::sync::atomic::{AtomicU64, Ordering};

use pyo3::prelude::*;

static GENERATION: AtomicU64 = AtomicU64::new(0);

/// The current process generation (0 until the first fork).
pub fn generation() -> u64 {
    GENERATION.load(Ordering::Acquire)
}

/// `os.register_at_fork(after_in_child=...)` hook.
#[pyfunction]
fn _after_fork_in_child() {
    GENERATION.fetch_add(1, Ordering::AcqRel);
}

/// Register the child hook (at import).
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let hook = wrap_pyfunction!(_after_fork_in_child, m)?;
    let os = m.py().import("os")?;
    // Platforms without fork have no `register_at_fork`: nothing to track.
    if let Ok(register) = os.getattr("register_at_fork") {
        let kwargs = pyo3::types::PyDict::new(m.py());
        kwargs.set_item("after_in_child", hook)?;
        register.call((), Some(&kwargs))?;
    }
    Ok(())
}
