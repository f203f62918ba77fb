//! `ChargeList`: the `charges` list of a LeanRails PaymentIntent, holding the
//! generated `Charge` class (`model_classes.rs`).

use pyo3::prelude::*;
use crate::convert;
use crate::field_py::FieldToPy;
use crate::list_items::iter_items;
use crate::model_classes::Charge;

/// The `charges` list of a PaymentIntent (`object: "list"`).
#[pyclass(frozen, module = "payintent")]
pub struct ChargeList {
    data: Vec<Py<Charge>>,
    /// Always ``"list"``.
    #[pyo3(get)]
    object: String,
    /// Whether the API has more charges than this list holds.
    #[pyo3(get)]
    has_more: bool,
    /// The URL of the full list (empty when the API sent none).
    #[pyo3(get)]
    url: String,
    list: payintent::List<payintent::Charge>,
}

impl ChargeList {
    pub fn new(py: Python<'_>, list: &payintent::List<payintent::Charge>) -> PyResult<Self> {
        let data = list.data.iter().map(|c| Py::new(py, Charge::wrap_core(c.clone()))).collect::<PyResult<_>>()?;
        Ok(ChargeList { data, object: list.object.clone(), has_more: list.has_more, url: list.url.clone(), list: list.clone() })
    }
}

impl FieldToPy for payintent::List<payintent::Charge> {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, ChargeList::new(py, self)?)?.into_any())
    }
}

#[pymethods]
impl ChargeList {
    /// The charges.
    #[getter]
    fn data(&self, py: Python<'_>) -> Vec<Py<Charge>> {
        self.data.iter().map(|c| c.clone_ref(py)).collect()
    }

    /// The list as the API sent it, as a dict (unreadable items included).
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        convert::serialize(py, &self.list)
    }

    fn __len__(&self) -> usize {
        self.data.len()
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        iter_items(py, &self.data)
    }

    fn __repr__(&self) -> String {
        format!("<ChargeList {} items has_more={}>", self.data.len(), if self.has_more { "True" } else { "False" })
    }
}
