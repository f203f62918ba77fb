//! The core's request events in Python's `logging`, logger `payintent`:
//! `request` and `response` at DEBUG, `error` (an attempt without response),
//! `retry` and `cancelled` at INFO. Each record has a readable message and
//! the event's fields as attributes (`extra`): `event`, `method`, `path`,
//! `attempt`, `status`, `duration` (seconds), `request_id`,
//! `idempotency_key`, `stripe_account`, `error_kind`, `retry_delay`
//! (seconds). Events never hold the API key.
//!
//! Zero cost while the logger is not enabled for INFO: calls then use
//! clients without observer (`clients`); `enabled` is checked once per call.
//! Depends on `awaitable` (entering the interpreter from a runtime thread).

use payintent::{Observer, RequestEvent, RequestEventKind};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;

use crate::awaitable;

const DEBUG: u8 = 10;
const INFO: u8 = 20;

static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn logger(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    LOGGER
        .get_or_try_init(py, || Ok::<_, PyErr>(py.import("logging")?.call_method1("getLogger", ("payintent",))?.unbind()))
        .map(|l| l.bind(py))
}

fn enabled_for(py: Python<'_>, level: u8) -> bool {
    logger(py)
        .and_then(|l| l.call_method1("isEnabledFor", (level,)))
        .and_then(|v| v.is_truthy())
        .unwrap_or(false)
}

/// Whether the logger's class answers `isEnabledFor` with the standard
/// `logging.Logger` method, which keeps its answers in the logger's `_cache`
/// dict (emptied by `logging` whenever a level or `disable` changes).
static STANDARD: PyOnceLock<bool> = PyOnceLock::new();

fn standard(py: Python<'_>, l: &Bound<'_, PyAny>) -> bool {
    *STANDARD.get_or_init(py, || {
        let check = || -> PyResult<bool> {
            let base = py.import("logging")?.getattr("Logger")?.getattr("isEnabledFor")?;
            let own = l.get_type().getattr("isEnabledFor")?;
            Ok(own.is(&base) && l.getattr("_cache")?.is_instance_of::<PyDict>())
        };
        check().unwrap_or(false)
    })
}

/// Whether calls starting now should report their events (the `payintent`
/// logger is enabled for INFO, the level of the rarer events). Checked on
/// every call, so it reads what `Logger.isEnabledFor` reads first (`disabled`,
/// then the cached answer) and calls it only when nothing is cached.
pub fn enabled(py: Python<'_>) -> bool {
    let Ok(l) = logger(py) else { return false };
    if standard(py, l) {
        match l.getattr(intern!(py, "disabled")).and_then(|d| d.is_truthy()) {
            Ok(true) => return false,
            Ok(false) => {}
            Err(_) => return enabled_for(py, INFO),
        }
        let cache = l.getattr(intern!(py, "_cache")).ok().and_then(|c| c.cast_into::<PyDict>().ok());
        if let Some(Ok(answer)) = cache.and_then(|c| c.get_item(INFO).ok().flatten()).map(|a| a.is_truthy()) {
            return answer;
        }
    }
    enabled_for(py, INFO)
}

/// Forwards events to the `payintent` logger.
pub struct LogObserver;

impl Observer for LogObserver {
    fn on_event(&self, event: &RequestEvent) {
        awaitable::with_python(|py| {
            // A failing handler must not break the call; logging reports
            // its own handler errors.
            let _ = log(py, event);
        });
    }
}

fn level_of(kind: RequestEventKind) -> u8 {
    match kind {
        RequestEventKind::Request | RequestEventKind::Response => DEBUG,
        RequestEventKind::Error | RequestEventKind::Retry | RequestEventKind::Cancelled => INFO,
    }
}

fn ms(d: Option<std::time::Duration>) -> String {
    d.map(|d| format!("{:.1} ms", d.as_secs_f64() * 1000.0)).unwrap_or_else(|| "?".into())
}

/// The record's message: what happened, in one line.
fn message(e: &RequestEvent) -> String {
    let call = format!("{} {}", e.method, e.path);
    let mut out = match e.kind {
        RequestEventKind::Request => format!("request {call} (attempt {})", e.attempt),
        RequestEventKind::Response => {
            format!("response {} to {call} in {} (attempt {})", e.status.unwrap_or(0), ms(e.duration), e.attempt)
        }
        RequestEventKind::Error => format!(
            "no response to {call} after {} (attempt {}): {}",
            ms(e.duration),
            e.attempt,
            e.error_kind.map(|k| k.as_str()).unwrap_or("error")
        ),
        RequestEventKind::Retry => {
            let why = match (e.status, e.error_kind) {
                (Some(s), _) => format!("status {s}"),
                (None, Some(k)) => k.as_str().to_string(),
                (None, None) => "a transient failure".into(),
            };
            format!("retrying {call} after {why} (attempt {}) in {}", e.attempt, ms(e.retry_delay))
        }
        RequestEventKind::Cancelled => format!("cancelled {call} after {} (attempt {})", ms(e.duration), e.attempt),
    };
    if let Some(id) = &e.request_id {
        out.push_str(&format!(" request_id={id}"));
    }
    if let Some(k) = &e.idempotency_key {
        out.push_str(&format!(" idempotency_key={k}"));
    }
    out
}

fn log(py: Python<'_>, e: &RequestEvent) -> PyResult<()> {
    let level = level_of(e.kind);
    if !enabled_for(py, level) {
        return Ok(());
    }
    let extra = PyDict::new(py);
    extra.set_item("event", e.kind.as_str())?;
    extra.set_item("method", &e.method)?;
    extra.set_item("path", &e.path)?;
    extra.set_item("attempt", e.attempt)?;
    extra.set_item("status", e.status)?;
    extra.set_item("duration", e.duration.map(|d| d.as_secs_f64()))?;
    extra.set_item("request_id", e.request_id.as_deref())?;
    extra.set_item("idempotency_key", e.idempotency_key.as_deref())?;
    extra.set_item("stripe_account", e.stripe_account.as_deref())?;
    extra.set_item("error_kind", e.error_kind.map(|k| k.as_str()))?;
    extra.set_item("retry_delay", e.retry_delay.map(|d| d.as_secs_f64()))?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("extra", extra)?;
    // "%s" so that a '%' in a path is not read as a format directive.
    logger(py)?.call_method("log", (level, "%s", message(e)), Some(&kwargs))?;
    Ok(())
}
