//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The operations of the PaymentIntents API: names, HTTP methods, paths, id parameters, results.

use crate::operation_info::{OperationInfo, Returns};
use crate::wire::Method;

/// The 11 operations of the PaymentIntents API, named as in the API reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operation {
    /// `POST /v1/payment_intents`: Creates a PaymentIntent object.
    Create,
    /// `GET /v1/payment_intents/{intent}`: Retrieves the details of a PaymentIntent that has
    /// previously been created.
    Retrieve,
    /// `POST /v1/payment_intents/{intent}`: Updates properties on a PaymentIntent object without
    /// confirming.
    Update,
    /// `GET /v1/payment_intents`: Returns a list of PaymentIntents.
    List,
    /// `GET /v1/payment_intents/search`: Search for PaymentIntents you’ve previously created using
    /// Stripe’s [Search Query Language](https://stripe.com/docs/search#search-query-language).
    Search,
    /// `POST /v1/payment_intents/{intent}/confirm`: Confirm that your customer intends to pay with
    /// current or provided payment method.
    Confirm,
    /// `POST /v1/payment_intents/{intent}/capture`: Capture the funds of an existing uncaptured
    /// PaymentIntent when its status is requires_capture.
    Capture,
    /// `POST /v1/payment_intents/{intent}/cancel`: A PaymentIntent object can be canceled when it
    /// is in one of these statuses: requires_payment_method, requires_capture,
    /// requires_confirmation, requires_action or, [in rare
    /// cases](https://stripe.com/docs/payments/intents), processing.
    Cancel,
    /// `POST /v1/payment_intents/{intent}/increment_authorization`: Perform an incremental
    /// authorization on an eligible
    /// [PaymentIntent](https://stripe.com/docs/api/payment_intents/object).
    IncrementAuthorization,
    /// `POST /v1/payment_intents/{intent}/apply_customer_balance`: Manually reconcile the remaining
    /// amount for a customer_balance PaymentIntent.
    ApplyCustomerBalance,
    /// `POST /v1/payment_intents/{intent}/verify_microdeposits`: Verifies microdeposits on a
    /// PaymentIntent object.
    VerifyMicrodeposits,
}

impl Operation {
    /// Every operation, in the order of the API reference.
    pub const ALL: [Operation; 11] = [
        Operation::Create,
        Operation::Retrieve,
        Operation::Update,
        Operation::List,
        Operation::Search,
        Operation::Confirm,
        Operation::Capture,
        Operation::Cancel,
        Operation::IncrementAuthorization,
        Operation::ApplyCustomerBalance,
        Operation::VerifyMicrodeposits,
    ];

    /// The operation's row of the description.
    pub(crate) fn info(self) -> &'static OperationInfo {
        match self {
            Operation::Create => &OperationInfo {
                name: "create",
                method: Method::Post,
                path: "/v1/payment_intents",
                id_param: None,
                id_prefix: None,
                returns: Returns::Object,
            },
            Operation::Retrieve => &OperationInfo {
                name: "retrieve",
                method: Method::Get,
                path: "/v1/payment_intents/{intent}",
                id_param: Some("intent"),
                id_prefix: Some("pi_"),
                returns: Returns::Object,
            },
            Operation::Update => &OperationInfo {
                name: "update",
                method: Method::Post,
                path: "/v1/payment_intents/{intent}",
                id_param: Some("intent"),
                id_prefix: Some("pi_"),
                returns: Returns::Object,
            },
            Operation::List => &OperationInfo {
                name: "list",
                method: Method::Get,
                path: "/v1/payment_intents",
                id_param: None,
                id_prefix: None,
                returns: Returns::List,
            },
            Operation::Search => &OperationInfo {
                name: "search",
                method: Method::Get,
                path: "/v1/payment_intents/search",
                id_param: None,
                id_prefix: None,
                returns: Returns::SearchResult,
            },
            Operation::Confirm => &OperationInfo {
                name: "confirm",
                method: Method::Post,
                path: "/v1/payment_intents/{intent}/confirm",
                id_param: Some("intent"),
                id_prefix: Some("pi_"),
                returns: Returns::Object,
            },
            Operation::Capture => &OperationInfo {
                name: "capture",
                method: Method::Post,
                path: "/v1/payment_intents/{intent}/capture",
                id_param: Some("intent"),
                id_prefix: Some("pi_"),
                returns: Returns::Object,
            },
            Operation::Cancel => &OperationInfo {
                name: "cancel",
                method: Method::Post,
                path: "/v1/payment_intents/{intent}/cancel",
                id_param: Some("intent"),
                id_prefix: Some("pi_"),
                returns: Returns::Object,
            },
            Operation::IncrementAuthorization => &OperationInfo {
                name: "increment_authorization",
                method: Method::Post,
                path: "/v1/payment_intents/{intent}/increment_authorization",
                id_param: Some("intent"),
                id_prefix: Some("pi_"),
                returns: Returns::Object,
            },
            Operation::ApplyCustomerBalance => &OperationInfo {
                name: "apply_customer_balance",
                method: Method::Post,
                path: "/v1/payment_intents/{intent}/apply_customer_balance",
                id_param: Some("intent"),
                id_prefix: Some("pi_"),
                returns: Returns::Object,
            },
            Operation::VerifyMicrodeposits => &OperationInfo {
                name: "verify_microdeposits",
                method: Method::Post,
                path: "/v1/payment_intents/{intent}/verify_microdeposits",
                id_param: Some("intent"),
                id_prefix: Some("pi_"),
                returns: Returns::Object,
            },
        }
    }
}
