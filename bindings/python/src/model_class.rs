//! `model_class!`: declares a read-only Python class over one struct of the
//! core's model (`payintent::model`), with one attribute per field. The
//! generated module (`model_classes.rs`) invokes it once per struct, with the
//! fields taken from the API description.
//!
//! Behaviour of every class:
//! - a typed field's attribute converts only that field (`FieldToPy`): nested
//!   objects are model classes, expandable fields a `str` id or an
//!   `ExpandedObject`, enums `str`; an absent or unreadable value gives its
//!   default (`None` for optional fields);
//! - a field the model leaves to `extra` is an attribute too: its raw JSON
//!   (`None` when absent);
//! - `obj["key"]`, `key in obj` and `get` read the JSON value of one key as
//!   `to_dict()` would give it (the raw value of an unreadable or unknown
//!   field included), converting that field only;
//! - `to_dict()`, `==` (same fields), `repr()`; `FIELDS` names the attributes.
//!
//! A class with hand-written additions goes through a hook macro
//! (`class_hooks.rs`) that appends `state`, `repr` and `methods` to the input.

use serde::Serialize;

/// The default `repr()`: `<Name {json}>`.
pub fn json_repr<T: Serialize>(name: &str, inner: &T) -> String {
    format!("<{name} {}>", serde_json::to_string(inner).unwrap_or_default())
}

macro_rules! model_class {
    (
        $(#[$doc:meta])*
        class $name:ident($core:ty) extra $extra:ident;
        typed { $( $(#[$fdoc:meta])* $getter:ident $wire:tt => $field:ident $how:ident; )* }
        raw { $( $(#[$rdoc:meta])* $rgetter:ident $rwire:tt; )* }
    ) => {
        $crate::model_class::model_class! {
            $(#[$doc])*
            class $name($core) extra $extra;
            typed { $( $(#[$fdoc])* $getter $wire => $field $how; )* }
            raw { $( $(#[$rdoc])* $rgetter $rwire; )* }
            state {}
            repr $crate::model_class::json_repr;
            methods {}
        }
    };
    (
        $(#[$doc:meta])*
        class $name:ident($core:ty) extra $extra:ident;
        typed { $( $(#[$fdoc:meta])* $getter:ident $wire:tt => $field:ident $how:ident; )* }
        raw { $( $(#[$rdoc:meta])* $rgetter:ident $rwire:tt; )* }
        state { $( $sf:ident : $st:ty = $sinit:expr ),* $(,)? }
        repr $repr:path;
        methods { $($methods:tt)* }
    ) => {
        $(#[$doc])*
        #[::pyo3::pyclass(frozen, module = "payintent")]
        pub struct $name {
            /// The core's object (boxed: the Python object stays small and
            /// a boxed result from the core is kept without a copy).
            pub inner: Box<$core>,
            $( pub $sf: $st, )*
        }

        impl $name {
            /// Wraps the core's object (or a copy of it).
            pub fn wrap_core(inner: impl Into<Box<$core>>) -> Self {
                $name { inner: inner.into(), $( $sf: $sinit, )* }
            }

            /// The JSON value of `key` as `to_dict()` gives it; only that field is converted.
            fn item_json(&self, key: &str) -> Option<::serde_json::Value> {
                if let Some(v) = self.inner.$extra.get(key) {
                    return Some(v.clone());
                }
                $(
                    if key == $wire {
                        return $crate::model_class::model_class!(@item $how, &self.inner.$field);
                    }
                )*
                None
            }
        }

        impl $crate::field_py::FieldToPy for $core {
            fn field_to_py(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                Ok(::pyo3::Py::new(py, $name::wrap_core(self.clone()))?.into_any())
            }
        }

        #[::pyo3::pymethods]
        impl $name {
            $(
                $(#[$fdoc])*
                #[getter]
                #[pyo3(name = $wire)]
                fn $getter(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                    $crate::field_py::FieldToPy::field_to_py(&self.inner.$field, py)
                }
            )*
            $(
                $(#[$rdoc])*
                #[getter]
                #[pyo3(name = $rwire)]
                fn $rgetter(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                    $crate::field_py::raw_field(py, &self.inner.$extra, $rwire)
                }
            )*

            /// The names of the fields readable as attributes, as the API spells them.
            #[classattr]
            #[pyo3(name = "FIELDS")]
            fn field_names() -> Vec<&'static str> {
                vec![$($wire,)* $($rwire,)*]
            }

            /// The object as the API sent it, as a dict: unknown fields and the raw
            /// value of fields that could not be read included.
            fn to_dict(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                $crate::convert::serialize(py, &self.inner)
            }

            /// The JSON value of one field by its API name (as in `to_dict()`), or `default`.
            #[pyo3(signature = (key, default = None))]
            fn get(
                &self,
                py: ::pyo3::Python<'_>,
                key: &str,
                default: Option<::pyo3::Py<::pyo3::PyAny>>,
            ) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                match self.item_json(key) {
                    Some(v) => $crate::convert::to_py(py, &v),
                    None => Ok(default.unwrap_or_else(|| py.None())),
                }
            }

            fn __getitem__(&self, py: ::pyo3::Python<'_>, key: &str) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                match self.item_json(key) {
                    Some(v) => $crate::convert::to_py(py, &v),
                    None => Err(::pyo3::exceptions::PyKeyError::new_err(key.to_string())),
                }
            }

            fn __contains__(&self, key: &str) -> bool {
                self.item_json(key).is_some()
            }

            fn __eq__(&self, py: ::pyo3::Python<'_>, other: &::pyo3::Bound<'_, ::pyo3::PyAny>) -> ::pyo3::Py<::pyo3::PyAny> {
                use ::pyo3::IntoPyObject;
                match other.cast::<$name>() {
                    Ok(o) => (self.inner == o.get().inner)
                        .into_pyobject(py)
                        .map(|b| b.to_owned().into_any().unbind())
                        .unwrap_or_else(|_| py.NotImplemented()),
                    Err(_) => py.NotImplemented(),
                }
            }

            fn __repr__(&self) -> String {
                $repr(stringify!($name), &self.inner)
            }

            $($methods)*
        }
    };

    (@item opt, $v:expr) => { ($v).as_ref().and_then(|x| ::serde_json::to_value(x).ok()) };
    (@item or_empty, $v:expr) => { if ($v).is_empty() { None } else { ::serde_json::to_value($v).ok() } };
    (@item $how:ident, $v:expr) => { ::serde_json::to_value($v).ok() };
}
pub(crate) use model_class;
