//! The time an operation sees: real time by default, or a simulated instant
//! (the sandbox clock, or a test clock's frozen time) for the duration of one
//! synchronous piece of work under the store lock.
//!
//! Every store operation runs to completion on one thread while it holds the
//! store lock, so the simulated instant is kept per thread and restored when
//! the work ends (even if it panics).

use std::cell::Cell;
use std::time::{SystemTime, UNIX_EPOCH};

thread_local! {
    static SIMULATED: Cell<Option<i64>> = const { Cell::new(None) };
}

/// Seconds since the Unix epoch, from the system clock.
pub fn real_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// The current instant: the simulated one inside [`at`], else real time.
pub fn now() -> i64 {
    SIMULATED.with(Cell::get).unwrap_or_else(real_now)
}

/// Restores the previous simulated instant when dropped.
struct Restore(Option<i64>);

impl Drop for Restore {
    fn drop(&mut self) {
        let previous = self.0;
        SIMULATED.with(|c| c.set(previous));
    }
}

/// Run `work` with [`now`] answering `instant`.
pub fn at<T>(instant: i64, work: impl FnOnce() -> T) -> T {
    let _restore = Restore(SIMULATED.with(|c| c.replace(Some(instant))));
    work()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simulated_time_is_scoped_and_nests() {
        let before = now();
        assert!((before - real_now()).abs() <= 1);
        at(100, || {
            assert_eq!(now(), 100);
            at(200, || assert_eq!(now(), 200));
            assert_eq!(now(), 100);
        });
        assert!((now() - real_now()).abs() <= 1);
        let caught = std::panic::catch_unwind(|| at(300, || panic!("boom")));
        assert!(caught.is_err());
        assert!((now() - real_now()).abs() <= 1, "a panic must not leave the simulated time behind");
    }
}
