//! The shape of one row of the generated operation table
//! (generated/operations.rs): what the API description says about an
//! operation. Data only; the behaviour is in operation.rs.

use crate::wire::Method;

/// What an operation returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Returns {
    /// One PaymentIntent.
    Object,
    /// A page of a list (`has_more`, cursors are object ids).
    List,
    /// A page of search results (`next_page` cursor).
    SearchResult,
}

impl Returns {
    /// The description's name for the kind.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Returns::Object => "object",
            Returns::List => "list",
            Returns::SearchResult => "search_result",
        }
    }
}

/// One operation of the API description.
#[derive(Debug)]
pub(crate) struct OperationInfo {
    /// The name in the API reference (`create`, `increment_authorization`, ...).
    pub name: &'static str,
    pub method: Method,
    /// The path with `{id_param}` where the object id goes.
    pub path: &'static str,
    /// The path parameter naming the object, if the operation acts on one.
    pub id_param: Option<&'static str>,
    /// What the id in `id_param` must start with.
    pub id_prefix: Option<&'static str>,
    pub returns: Returns,
}
