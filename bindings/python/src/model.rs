//! The model classes: `PaymentIntent` and `ResponseMeta`. Each wraps the
//! core's typed model; attributes are read-only and converted on access.
//! Depends on `charge`, `convert` and `exceptions` only (no import circle
//! with the error conversion, which depends on this module).

use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;

use crate::charge::ChargeList;
use crate::convert;
use crate::exceptions;

/// Facts about the HTTP exchange that returned an object.
#[pyclass(frozen, eq, get_all, module = "payintent")]
#[derive(Clone, PartialEq)]
pub struct ResponseMeta {
    pub request_id: Option<String>,
    pub http_status: u16,
    pub idempotency_key: Option<String>,
    pub idempotent_replayed: bool,
    pub attempts: u32,
}

impl From<payintent::ResponseMeta> for ResponseMeta {
    fn from(m: payintent::ResponseMeta) -> Self {
        ResponseMeta {
            request_id: m.request_id,
            http_status: m.http_status,
            idempotency_key: m.idempotency_key,
            idempotent_replayed: m.idempotent_replayed,
            attempts: m.attempts,
        }
    }
}

#[pymethods]
impl ResponseMeta {
    fn __repr__(&self) -> String {
        format!(
            "ResponseMeta(request_id={}, http_status={}, idempotency_key={}, idempotent_replayed={}, attempts={})",
            py_opt(&self.request_id),
            self.http_status,
            py_opt(&self.idempotency_key),
            if self.idempotent_replayed { "True" } else { "False" },
            self.attempts
        )
    }
}

fn py_opt(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("{s:?}"),
        None => "None".to_string(),
    }
}

/// A PaymentIntent. Attributes follow the API reference (version 2023-08-16);
/// `to_dict()` gives the whole object as sent, fields newer than this version
/// included.
#[pyclass(frozen, module = "payintent")]
pub struct PaymentIntent {
    pub inner: payintent::PaymentIntent,
    pub meta: Option<payintent::ResponseMeta>,
}

impl PaymentIntent {
    pub fn new(mut inner: payintent::PaymentIntent) -> Self {
        let meta = inner.last_response.take();
        PaymentIntent { inner, meta }
    }
}

/// Generates the class's methods, with one read-only attribute per field of
/// the core's model.
macro_rules! payment_intent_methods {
    ($($field:ident),* $(,)? ; typed: $($typed:ident),* $(,)?) => {
        #[pymethods]
        impl PaymentIntent {
            $(
                #[getter]
                fn $field(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                    convert::serialize(py, &self.inner.$field)
                }
            )*

            /// The field names modelled as attributes.
            #[classattr]
            #[pyo3(name = "FIELDS")]
            fn fields() -> Vec<&'static str> {
                vec![$(stringify!($field),)* $(stringify!($typed)),*]
            }

            /// LeanRails: the charges of this PaymentIntent, typed (None
            /// when the API sent none, as Stripe's 2023-08-16 version).
            #[getter]
            fn charges(&self, py: Python<'_>) -> PyResult<Option<ChargeList>> {
                self.inner.charges.as_ref().map(|l| ChargeList::new(py, l)).transpose()
            }

            /// The HTTP exchange that returned this object (None for objects
            /// nested in lists, errors or built with `from_dict`).
            #[getter]
            fn last_response(&self) -> Option<ResponseMeta> {
                self.meta.clone().map(ResponseMeta::from)
            }

            /// The object as the API sent it, unknown fields included.
            fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                convert::to_py(py, &self.inner.to_json())
            }

            /// Build a PaymentIntent from its API JSON (e.g. a webhook payload
            /// or `to_dict()` output).
            #[staticmethod]
            fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<PaymentIntent> {
                let value = convert::to_json(data, "data", 0).map_err(|e| exceptions::build(py, &e, None))?;
                let inner: payintent::PaymentIntent = serde_json::from_value(value)
                    .map_err(|e| exceptions::invalid(py, "data", format!("not a PaymentIntent: {e}")))?;
                Ok(PaymentIntent::new(inner))
            }

            /// `pi["field"]`: any field of the JSON, including unknown ones.
            fn __getitem__(&self, py: Python<'_>, key: &str) -> PyResult<Py<PyAny>> {
                match self.inner.to_json().get(key) {
                    Some(v) => convert::to_py(py, v),
                    None => Err(PyKeyError::new_err(key.to_string())),
                }
            }

            fn __contains__(&self, key: &str) -> bool {
                self.inner.to_json().get(key).is_some()
            }

            fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> Py<PyAny> {
                match other.cast::<PaymentIntent>() {
                    Ok(o) => {
                        let same = self.inner == o.get().inner;
                        same.into_pyobject(py).map(|b| b.to_owned().into_any().unbind()).unwrap_or_else(|_| py.NotImplemented())
                    }
                    Err(_) => py.NotImplemented(),
                }
            }

            fn __reduce__(&self, py: Python<'_>) -> PyResult<(Py<PyAny>, (Py<PyAny>,))> {
                let ctor = py.get_type::<PaymentIntent>().getattr("from_dict")?.unbind();
                Ok((ctor, (self.to_dict(py)?,)))
            }

            fn __repr__(&self) -> String {
                let pi = &self.inner;
                match &pi.currency {
                    Some(c) => format!("<PaymentIntent {} status={} amount={} {}>", pi.id, pi.status.as_str(), pi.amount, c),
                    None => format!("<PaymentIntent {} status={} amount={}>", pi.id, pi.status.as_str(), pi.amount),
                }
            }
        }
    };
}

payment_intent_methods!(
    id,
    object,
    amount,
    amount_capturable,
    amount_details,
    amount_received,
    application,
    application_fee_amount,
    automatic_payment_methods,
    canceled_at,
    cancellation_reason,
    capture_method,
    client_secret,
    confirmation_method,
    created,
    currency,
    customer,
    description,
    invoice,
    last_payment_error,
    latest_charge,
    livemode,
    metadata,
    next_action,
    on_behalf_of,
    payment_method,
    payment_method_options,
    payment_method_types,
    processing,
    receipt_email,
    review,
    setup_future_usage,
    shipping,
    statement_descriptor,
    statement_descriptor_suffix,
    status,
    transfer_data,
    transfer_group,
    merchant_id;
    typed: charges,
);

