//! `Charge` and `ChargeList`: the typed `charges` of a LeanRails
//! PaymentIntent. Wrap the core's `payintent::Charge`; attributes are
//! read-only and converted on access. Depends on `convert` only.

use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;
use serde_json::{Map, Value};

use crate::convert;

/// A charge of a PaymentIntent (LeanRails `charges`). Every attribute may be
/// None: LeanRails may send an empty object.
#[pyclass(frozen, module = "payintent")]
pub struct Charge {
    pub inner: payintent::Charge,
}

impl Charge {
    fn json(&self) -> Value {
        serde_json::to_value(&self.inner).unwrap_or(Value::Null)
    }
}

/// One read-only attribute per field of the core's `Charge`.
macro_rules! charge_methods {
    ($($field:ident),* $(,)?) => {
        #[pymethods]
        impl Charge {
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
                vec![$(stringify!($field)),*]
            }

            /// The charge as the API sent it, unknown fields included.
            fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                convert::to_py(py, &self.json())
            }

            /// `charge["field"]`: any field of the JSON, including unknown ones.
            fn __getitem__(&self, py: Python<'_>, key: &str) -> PyResult<Py<PyAny>> {
                match self.json().get(key) {
                    Some(v) => convert::to_py(py, v),
                    None => Err(PyKeyError::new_err(key.to_string())),
                }
            }

            fn __contains__(&self, key: &str) -> bool {
                self.json().get(key).is_some()
            }

            fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> Py<PyAny> {
                match other.cast::<Charge>() {
                    Ok(o) => (self.inner == o.get().inner)
                        .into_pyobject(py)
                        .map(|b| b.to_owned().into_any().unbind())
                        .unwrap_or_else(|_| py.NotImplemented()),
                    Err(_) => py.NotImplemented(),
                }
            }

            fn __repr__(&self) -> String {
                let c = &self.inner;
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
        }
    };
}

charge_methods!(
    id,
    object,
    amount,
    amount_captured,
    amount_refunded,
    balance_transaction,
    captured,
    created,
    currency,
    failure_code,
    failure_message,
    metadata,
    paid,
    payment_intent,
    payment_method,
    refunded,
    status,
);

/// The `charges` list of a PaymentIntent (`object: "list"`).
#[pyclass(frozen, module = "payintent")]
pub struct ChargeList {
    data: Vec<Py<Charge>>,
    #[pyo3(get)]
    object: String,
    #[pyo3(get)]
    has_more: bool,
    #[pyo3(get)]
    url: String,
}

impl ChargeList {
    pub fn new(py: Python<'_>, list: &payintent::List<payintent::Charge>) -> PyResult<Self> {
        let data = list.data.iter().map(|c| Py::new(py, Charge { inner: c.clone() })).collect::<PyResult<_>>()?;
        Ok(ChargeList { data, object: list.object.clone(), has_more: list.has_more, url: list.url.clone() })
    }
}

#[pymethods]
impl ChargeList {
    #[getter]
    fn data(&self, py: Python<'_>) -> Vec<Py<Charge>> {
        self.data.iter().map(|c| c.clone_ref(py)).collect()
    }

    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let mut m = Map::new();
        m.insert("object".into(), Value::from(self.object.as_str()));
        m.insert("data".into(), Value::Array(self.data.iter().map(|c| c.get().json()).collect()));
        m.insert("has_more".into(), Value::Bool(self.has_more));
        m.insert("url".into(), Value::from(self.url.as_str()));
        convert::to_py(py, &Value::Object(m))
    }

    fn __len__(&self) -> usize {
        self.data.len()
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = pyo3::types::PyList::new(py, self.data.iter().map(|c| c.clone_ref(py)))?;
        Ok(list.try_iter()?.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        format!("<ChargeList {} items has_more={}>", self.data.len(), if self.has_more { "True" } else { "False" })
    }
}
