//! The model classes, in one place for the rest of the binding: the
//! generated classes of the PaymentIntent and the objects it contains
//! (`model_classes.rs`, declared with `model_class!`), `ExpandedObject`
//! (`expanded.rs`), `ChargeList` (`charge.rs`) and `ResponseMeta`.

use pyo3::prelude::*;

pub use crate::charge::ChargeList;
pub use crate::expanded::ExpandedObject;
pub use crate::model_classes::*;
pub use crate::response_meta::ResponseMeta;

/// Adds every model class to the Python module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    crate::model_classes::register(m)?;
    m.add_class::<ExpandedObject>()?;
    m.add_class::<ChargeList>()?;
    m.add_class::<ResponseMeta>()?;
    Ok(())
}
