//! Behaviour of the generated operation table: operation names, parsing,
//! and the request path of an operation on one object.

use crate::error::{Error, Result};
pub use crate::generated::operations::Operation;
use crate::validate;
use crate::wire::Method;

impl Operation {
    /// The operation's name in the API reference.
    pub fn as_str(self) -> &'static str {
        self.info().name
    }

    /// The operation named `name` (as in the API reference).
    pub fn parse(name: &str) -> Result<Operation> {
        Operation::ALL
            .into_iter()
            .find(|o| o.as_str() == name)
            .ok_or_else(|| Error::invalid_argument("operation", format!("unknown operation {name:?}")))
    }

    /// `GET` or `POST`.
    pub fn http_method(self) -> &'static str {
        self.info().method.as_str()
    }

    /// The path, with `{intent}` where the PaymentIntent id goes.
    pub fn path_template(self) -> &'static str {
        self.info().path
    }

    /// The path parameter that names the PaymentIntent, for operations on one.
    pub fn id_param(self) -> Option<&'static str> {
        self.info().id_param
    }

    /// What the operation returns: `object`, `list` or `search_result`.
    pub fn returns(self) -> &'static str {
        self.info().returns.as_str()
    }

    pub(crate) fn method(self) -> Method {
        self.info().method
    }

    /// `id`, which an operation on one PaymentIntent cannot do without.
    pub(crate) fn required_id(self, id: Option<&str>) -> Result<&str> {
        let param = self.info().id_param.unwrap_or("id");
        id.ok_or_else(|| Error::invalid_argument(param, format!("{} needs a PaymentIntent id", self.as_str())))
    }

    /// The request path: the template with `id` (checked, then
    /// percent-encoded) in place of the id parameter. Operations on no
    /// object ignore `id`; a bad or missing id is an `invalid_argument_error`.
    pub fn path(self, id: Option<&str>) -> Result<String> {
        let info = self.info();
        let Some(param) = info.id_param else {
            return Ok(info.path.to_string());
        };
        let id = self.required_id(id)?;
        match info.id_prefix {
            Some(prefix) => validate::object_id(param, id, prefix)?,
            None => validate::object_id_any(param, id, &[""])?,
        }
        // The template holds `{param}` once: copy around it, no search-and-replace.
        let (before, rest) = info.path.split_once('{').unwrap_or((info.path, ""));
        let after = rest.split_once('}').map_or("", |(_, after)| after);
        let mut path = String::with_capacity(info.path.len() + id.len());
        path.push_str(before);
        path.extend(percent_encoding::utf8_percent_encode(id, crate::encode::UNRESERVED));
        path.push_str(after);
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn paths_take_a_checked_encoded_id() {
        assert_eq!(Operation::Create.path(None).unwrap(), "/v1/payment_intents");
        assert_eq!(Operation::Search.path(Some("pi_ignored")).unwrap(), "/v1/payment_intents/search");
        assert_eq!(Operation::Retrieve.path(Some("pi_1")).unwrap(), "/v1/payment_intents/pi_1");
        assert_eq!(
            Operation::IncrementAuthorization.path(Some("pi_1A")).unwrap(),
            "/v1/payment_intents/pi_1A/increment_authorization"
        );
        let e = Operation::Capture.path(None).unwrap_err();
        assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("intent")));
        assert!(e.message.contains("capture needs a PaymentIntent id"), "{}", e.message);
        for bad in ["pi_1/../x", "ch_1", "pi_", "pi_1?x=1"] {
            let e = Operation::Cancel.path(Some(bad)).unwrap_err();
            assert_eq!(e.param.as_deref(), Some("intent"), "{bad}");
        }
    }

    #[test]
    fn names_parse_back() {
        for op in Operation::ALL {
            assert_eq!(Operation::parse(op.as_str()).unwrap(), op);
        }
        let e = Operation::parse("refund").unwrap_err();
        assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("operation")));
    }
}
