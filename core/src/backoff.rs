//! The wait between two attempts: exponential back-off with jitter, with a
//! server's `Retry-After` as a floor.

use std::time::Duration;

/// The wait before attempt `attempt + 1`: `initial * 2^(attempt-1)` capped at
/// `max`, scaled by `jitter` (clamped to [0.5, 1.0]), never below half of
/// `initial`. `retry_after` (already clamped by the caller) raises the wait
/// but never past `max`. Saturating throughout, so no input panics.
pub(crate) fn delay(
    attempt: u32,
    initial: Duration,
    max: Duration,
    retry_after: Option<Duration>,
    jitter: f64,
) -> Duration {
    let factor = 1u32.checked_shl(attempt.saturating_sub(1)).unwrap_or(u32::MAX);
    let exp = initial.saturating_mul(factor).min(max);
    let jitter = if jitter.is_nan() { 1.0 } else { jitter.clamp(0.5, 1.0) };
    let scaled = Duration::try_from_secs_f64(exp.as_secs_f64() * jitter).unwrap_or(exp);
    let mut wait = scaled.max(initial / 2).min(max.max(initial / 2));
    if let Some(ra) = retry_after {
        wait = wait.max(ra.min(max));
    }
    wait
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: fn(u64) -> Duration = Duration::from_millis;

    #[test]
    fn doubles_up_to_the_cap() {
        assert_eq!(delay(1, MS(500), MS(5000), None, 1.0), MS(500));
        assert_eq!(delay(2, MS(500), MS(5000), None, 1.0), MS(1000));
        assert_eq!(delay(4, MS(500), MS(5000), None, 1.0), MS(4000));
        assert_eq!(delay(5, MS(500), MS(5000), None, 1.0), MS(5000));
        assert_eq!(delay(u32::MAX, MS(500), MS(5000), None, 1.0), MS(5000));
        assert_eq!(delay(3, MS(500), MS(5000), None, 0.5), MS(1000));
        assert_eq!(delay(1, MS(500), MS(5000), None, 0.5), MS(250));
    }

    #[test]
    fn retry_after_is_a_floor_clamped_to_the_cap() {
        assert_eq!(delay(1, MS(500), MS(5000), Some(MS(3000)), 1.0), MS(3000));
        assert_eq!(delay(1, MS(500), MS(5000), Some(Duration::MAX), 1.0), MS(5000));
        assert_eq!(delay(4, MS(500), MS(5000), Some(MS(10)), 1.0), MS(4000));
    }

    #[test]
    fn extreme_inputs_do_not_panic() {
        for attempt in [0, 1, 31, 32, 33, u32::MAX] {
            for (i, m) in [(Duration::ZERO, Duration::ZERO), (Duration::MAX, Duration::MAX), (MS(1), Duration::MAX)] {
                for j in [f64::NAN, f64::INFINITY, -1.0, 0.7] {
                    let d = delay(attempt, i, m, Some(Duration::MAX), j);
                    assert!(d <= m.max(i));
                }
            }
        }
    }
}
