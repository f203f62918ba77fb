//! Reading a server's `Retry-After` header into a bounded wait.
//!
//! The header is untrusted: any number, sign, NaN, infinity or date must turn
//! into a wait between zero and `cap`, never a panic.

use std::time::{Duration, SystemTime};

/// The wait a `Retry-After` value asks for, clamped to `[0, cap]`. The value is
/// either seconds (integer or decimal, any size) or an HTTP-date, read as the
/// time from `now` to that date (zero when it is past). `None` when the value
/// is neither (NaN included).
pub(crate) fn parse(value: &str, now: SystemTime, cap: Duration) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return from_seconds(secs, cap);
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO).min(cap))
}

fn from_seconds(secs: f64, cap: Duration) -> Option<Duration> {
    if secs.is_nan() {
        return None;
    }
    if secs <= 0.0 {
        return Some(Duration::ZERO);
    }
    if secs >= cap.as_secs_f64() {
        return Some(cap);
    }
    // Below the cap, so finite and small: the conversion cannot fail, but an
    // error still maps to the cap rather than a panic.
    Some(Duration::try_from_secs_f64(secs).unwrap_or(cap).min(cap))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAP: Duration = Duration::from_secs(5);

    fn at(value: &str) -> Option<Duration> {
        parse(value, SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000), CAP)
    }

    #[test]
    fn seconds_of_any_size_are_clamped() {
        assert_eq!(at("2"), Some(Duration::from_secs(2)));
        assert_eq!(at(" 1.5 "), Some(Duration::from_millis(1500)));
        assert_eq!(at("0"), Some(Duration::ZERO));
        assert_eq!(at("1e20"), Some(CAP));
        assert_eq!(at("18446744073709551616"), Some(CAP));
        assert_eq!(at("99999999999999999999999999999999999999"), Some(CAP));
        assert_eq!(at("1e400"), Some(CAP));
        assert_eq!(at("inf"), Some(CAP));
        assert_eq!(at("-1"), Some(Duration::ZERO));
        assert_eq!(at("-1e300"), Some(Duration::ZERO));
        assert_eq!(at("-inf"), Some(Duration::ZERO));
        assert_eq!(at("NaN"), None);
        assert_eq!(at(""), None);
        assert_eq!(at("soon"), None);
        assert_eq!(at("1e-300"), Some(Duration::ZERO));
    }

    #[test]
    fn http_dates_count_from_now() {
        // 1_700_000_000 is Tue, 14 Nov 2023 22:13:20 GMT.
        assert_eq!(at("Tue, 14 Nov 2023 22:13:23 GMT"), Some(Duration::from_secs(3)));
        assert_eq!(at("Tue, 14 Nov 2023 22:13:00 GMT"), Some(Duration::ZERO));
        assert_eq!(at("Fri, 31 Dec 9999 23:59:59 GMT"), Some(CAP));
        assert_eq!(at("Tuesday, 14-Nov-23 22:13:21 GMT"), Some(Duration::from_secs(1)));
        assert_eq!(at("Tue Nov 14 22:13:24 2023"), Some(Duration::from_secs(4)));
        assert_eq!(at("Tue, 99 Nov 2023 22:13:23 GMT"), None);
    }
}
