//! Expandable fields: `ExpandedObject`, the Python class of an expanded
//! related resource (customer, payment method, charge, ...), and how an
//! expandable field reaches Python: its id as a `str` when not expanded, an
//! `ExpandedObject` when `expand[]` named it. The core types only `id` and
//! `object` of such a resource (`payintent::model::ExpandedObject`); every
//! other field is read with `obj["field"]`, `get` or `to_dict()`.

use pyo3::prelude::*;

use crate::field_py::FieldToPy;
use crate::model_class::model_class;

model_class! {
    /// An expanded related resource (customer, payment method, charge, ...):
    /// ``id`` and ``object`` as attributes, every field by item access
    /// (``customer["email"]``), ``get`` or ``to_dict()``.
    class ExpandedObject(payintent::model::ExpandedObject) extra fields;
    typed {
        /// The resource's id.
        id "id" => id opt;
        /// The resource's kind (``customer``, ``charge``, ...).
        object "object" => object opt;
    }
    raw {}
}

impl FieldToPy for payintent::model::Expandable<payintent::model::ExpandedObject> {
    fn field_to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            payintent::model::Expandable::Id(id) => id.field_to_py(py),
            payintent::model::Expandable::Object(o) => o.field_to_py(py),
        }
    }
}
