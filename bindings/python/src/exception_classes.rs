// Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
// The Python exception classes, one per error kind, the class of each kind, and the deprecated aliases;
// included by exceptions.rs, which holds what is done with them.

pyo3::create_exception!(
    payintent,
    PayIntentError,
    PyException,
    "Base class of every payintent error; ``kind`` is the stable code shared by every language."
);
pyo3::create_exception!(payintent, CardError, PayIntentError, "``kind == \"card_error\"``: The card was declined or could not be charged; the decline code says why. From HTTP 402.");
pyo3::create_exception!(payintent, InvalidRequestError, PayIntentError, "``kind == \"invalid_request_error\"``: The API refused the request: its parameters, the object's state, or a missing object. From HTTP 400 or 404.");
pyo3::create_exception!(payintent, AuthenticationError, PayIntentError, "``kind == \"authentication_error\"``: The API key was missing, wrong or refused. From HTTP 401.");
pyo3::create_exception!(
    payintent,
    PermissionError,
    PayIntentError,
    "``kind == \"permission_error\"``: The key may not perform this request. From HTTP 403."
);
pyo3::create_exception!(payintent, RateLimitError, PayIntentError, "``kind == \"rate_limit_error\"``: Too many requests; retried automatically up to the client's maximum number of retries. From HTTP 429.");
pyo3::create_exception!(payintent, IdempotencyError, PayIntentError, "``kind == \"idempotency_error\"``: An idempotency key was reused with other parameters, or is in use by another request. From HTTP 400 or 409.");
pyo3::create_exception!(payintent, APIError, PayIntentError, "``kind == \"api_error\"``: The API failed on its side, or answered with something that could not be read. From HTTP 500, 502, 503 or 504.");
pyo3::create_exception!(payintent, APIConnectionError, PayIntentError, "``kind == \"connection_error\"``: The API could not be reached: DNS, TCP, TLS or a dropped connection.");
pyo3::create_exception!(payintent, APITimeoutError, APIConnectionError, "``kind == \"timeout_error\"``: A per-attempt timeout or the overall deadline passed before an answer came.");
pyo3::create_exception!(payintent, SignatureVerificationError, PayIntentError, "``kind == \"signature_verification_error\"``: A webhook delivery failed verification: no or malformed signature header, no matching signature, or a timestamp outside the tolerance.");
pyo3::create_exception!(payintent, RequestCancelledError, PayIntentError, "``kind == \"cancelled_error\"``: The caller cancelled the call before it had an outcome; a POST may have reached the API, so retry it with the error's idempotency key.");

static INVALID_ARGUMENT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// The Python class of each kind.
pub fn class_for(py: Python<'_>, kind: ErrorKind) -> PyResult<Bound<'_, PyType>> {
    Ok(match kind {
        ErrorKind::Card => py.get_type::<CardError>(),
        ErrorKind::InvalidRequest => py.get_type::<InvalidRequestError>(),
        ErrorKind::Authentication => py.get_type::<AuthenticationError>(),
        ErrorKind::Permission => py.get_type::<PermissionError>(),
        ErrorKind::RateLimit => py.get_type::<RateLimitError>(),
        ErrorKind::Idempotency => py.get_type::<IdempotencyError>(),
        ErrorKind::Api => py.get_type::<APIError>(),
        ErrorKind::Connection => py.get_type::<APIConnectionError>(),
        ErrorKind::Timeout => py.get_type::<APITimeoutError>(),
        ErrorKind::InvalidArgument => with_builtin_base(py, &INVALID_ARGUMENT_ERROR, kind, py.get_type::<PayIntentError>(), py.get_type::<PyValueError>(), "``kind == \"invalid_argument_error\"``: Bad input, refused on the client before anything was sent.")?,
        ErrorKind::SignatureVerification => py.get_type::<SignatureVerificationError>(),
        ErrorKind::Cancelled => py.get_type::<RequestCancelledError>(),
    })
}

/// Other names of classes, kept for older code (deprecated): (alias, kind of the class).
pub const ALIASES: &[(&str, ErrorKind)] = &[("PermissionDeniedError", ErrorKind::Permission)];
