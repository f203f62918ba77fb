//! Locking that survives poisoning, shared by every part holding server state.

use std::sync::{Mutex, MutexGuard};

/// Lock, ignoring poisoning: a panicking handler must not take the server down.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
