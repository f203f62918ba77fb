//! The hand-written additions to two generated model classes, as hook macros
//! the generated module invokes in place of `model_class!`: `PaymentIntent`
//! (the HTTP exchange it came from, `from_dict`, pickling, its `repr`) and
//! `Charge` (its `repr`). Each takes `model_class!`'s input and appends its
//! `state`, `repr` and `methods`.

/// `<PaymentIntent pi_... status=... amount=... usd>`.
pub fn payment_intent_repr(_: &str, pi: &payintent::PaymentIntent) -> String {
    match &pi.currency {
        Some(c) => format!("<PaymentIntent {} status={} amount={} {}>", pi.id, pi.status.as_str(), pi.amount, c),
        None => format!("<PaymentIntent {} status={} amount={}>", pi.id, pi.status.as_str(), pi.amount),
    }
}

/// `<Charge ch_... status=... amount=... usd>` (parts that are absent are left out).
pub fn charge_repr(_: &str, c: &payintent::Charge) -> String {
    let mut out = format!("<Charge {}", c.id.as_deref().unwrap_or("(no id)"));
    if let Some(s) = &c.status {
        out.push_str(&format!(" status={s}"));
    }
    if let Some(a) = c.amount {
        out.push_str(&format!(" amount={a}"));
        if let Some(cur) = &c.currency {
            out.push_str(&format!(" {cur}"));
        }
    }
    out.push('>');
    out
}

macro_rules! payment_intent_class {
    ($($input:tt)*) => {
        $crate::model_class::model_class! {
            $($input)*
            state { meta: Option<payintent::ResponseMeta> = None }
            repr $crate::class_hooks::payment_intent_repr;
            methods {
                /// The HTTP exchange that returned this object (None for objects
                /// nested in lists, errors or built with `from_dict`).
                #[getter]
                fn last_response(&self) -> Option<$crate::response_meta::ResponseMeta> {
                    self.meta.clone().map($crate::response_meta::ResponseMeta::from)
                }

                /// Build a PaymentIntent from its API JSON (e.g. a webhook payload
                /// or `to_dict()` output).
                #[staticmethod]
                fn from_dict(py: ::pyo3::Python<'_>, data: &::pyo3::Bound<'_, ::pyo3::PyAny>) -> ::pyo3::PyResult<PaymentIntent> {
                    let value = $crate::convert::to_json(data, "data", 0)
                        .map_err(|e| $crate::exceptions::build(py, &e, None))?;
                    let inner: payintent::PaymentIntent = ::serde_json::from_value(value)
                        .map_err(|e| $crate::exceptions::invalid(py, "data", format!("not a PaymentIntent: {e}")))?;
                    Ok(PaymentIntent::new(inner))
                }

                fn __reduce__(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<(::pyo3::Py<::pyo3::PyAny>, (::pyo3::Py<::pyo3::PyAny>,))> {
                    use ::pyo3::types::PyAnyMethods;
                    let ctor = py.get_type::<PaymentIntent>().getattr("from_dict")?.unbind();
                    Ok((ctor, (self.to_dict(py)?,)))
                }
            }
        }

        impl PaymentIntent {
            /// Wraps a PaymentIntent the core returned, keeping its HTTP exchange apart.
            pub fn new(inner: impl Into<Box<payintent::PaymentIntent>>) -> Self {
                let mut inner = inner.into();
                let meta = inner.last_response.take();
                let mut out = PaymentIntent::wrap_core(inner);
                out.meta = meta;
                out
            }
        }
    };
}
pub(crate) use payment_intent_class;

macro_rules! charge_class {
    ($($input:tt)*) => {
        $crate::model_class::model_class! {
            $($input)*
            state {}
            repr $crate::class_hooks::charge_repr;
            methods {}
        }
    };
}
pub(crate) use charge_class;
