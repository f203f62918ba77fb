//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The typed methods of `PaymentIntents`, one per operation, and the JSON entry point `call`.

use serde_json::Value;

use crate::error::Result;
use crate::model::{List, PaymentIntent, SearchResult};
use crate::operation::Operation;
use crate::params::{
    from_json, ApplyCustomerBalanceParams, CancelParams, CaptureParams, ConfirmParams,
    CreateParams, IncrementAuthorizationParams, ListParams, RetrieveParams, SearchParams,
    UpdateParams, VerifyMicrodepositsParams,
};
use crate::payment_intents::{Outcome, PaymentIntents};

impl PaymentIntents {
    /// `POST /v1/payment_intents`.
    ///
    /// Creates a PaymentIntent object.
    ///
    /// After the PaymentIntent is created, attach a payment method and
    /// [confirm](https://stripe.com/docs/api/payment_intents/confirm) to continue the payment. You
    /// can read more about the different payment flows available via the Payment Intents API
    /// [here](https://stripe.com/docs/payments/payment-intents).
    ///
    /// When confirm=true is used during creation, it is equivalent to creating and confirming the
    /// PaymentIntent in the same call. You may use any parameters available in the [confirm
    /// API](https://stripe.com/docs/api/payment_intents/confirm) when confirm=true is supplied.
    pub async fn create(&self, params: &CreateParams) -> Result<PaymentIntent> {
        self.send(Operation::Create, None, params).await
    }

    /// `GET /v1/payment_intents/{intent}`.
    ///
    /// Retrieves the details of a PaymentIntent that has previously been created.
    ///
    /// You can retrieve a PaymentIntent client-side using a publishable key when the client_secret
    /// is in the query string.
    ///
    /// If you retrieve a PaymentIntent with a publishable key, it only returns a subset of
    /// properties. Refer to the [payment intent](#payment_intent_object) object reference for more
    /// details.
    pub async fn retrieve(&self, id: &str, params: &RetrieveParams) -> Result<PaymentIntent> {
        self.send(Operation::Retrieve, Some(id), params).await
    }

    /// `POST /v1/payment_intents/{intent}`.
    ///
    /// Updates properties on a PaymentIntent object without confirming.
    ///
    /// Depending on which properties you update, you may need to confirm the PaymentIntent again.
    /// For example, updating the payment_method will always require you to confirm the
    /// PaymentIntent again. If you prefer to update and confirm at the same time, we recommend
    /// updating properties via the [confirm
    /// API](https://stripe.com/docs/api/payment_intents/confirm) instead.
    pub async fn update(&self, id: &str, params: &UpdateParams) -> Result<PaymentIntent> {
        self.send(Operation::Update, Some(id), params).await
    }

    /// `GET /v1/payment_intents`.
    ///
    /// Returns a list of PaymentIntents.
    pub async fn list(&self, params: &ListParams) -> Result<List<PaymentIntent>> {
        self.send(Operation::List, None, params).await
    }

    /// `GET /v1/payment_intents/search`.
    ///
    /// Search for PaymentIntents you’ve previously created using Stripe’s [Search Query
    /// Language](https://stripe.com/docs/search#search-query-language). Don’t use search in
    /// read-after-write flows where strict consistency is necessary. Under normal operating
    /// conditions, data is searchable in less than a minute. Occasionally, propagation of new or
    /// updated data can be up to an hour behind during outages. Search functionality is not
    /// available to merchants in India.
    pub async fn search(&self, params: &SearchParams) -> Result<SearchResult<PaymentIntent>> {
        self.send(Operation::Search, None, params).await
    }

    /// `POST /v1/payment_intents/{intent}/confirm`.
    ///
    /// Confirm that your customer intends to pay with current or provided payment method. Upon
    /// confirmation, the PaymentIntent will attempt to initiate a payment. If the selected payment
    /// method requires additional authentication steps, the PaymentIntent will transition to the
    /// requires_action status and suggest additional actions via next_action. If payment fails, the
    /// PaymentIntent transitions to the requires_payment_method status or the canceled status if
    /// the confirmation limit is reached. If payment succeeds, the PaymentIntent will transition to
    /// the succeeded status (or requires_capture, if capture_method is set to manual). If the
    /// confirmation_method is automatic, payment may be attempted using our [client
    /// SDKs](https://stripe.com/docs/stripe-js/reference#stripe-handle-card-payment) and the
    /// PaymentIntent’s [client_secret](#payment_intent_object-client_secret). After next_actions
    /// are handled by the client, no additional confirmation is required to complete the payment.
    /// If the confirmation_method is manual, all payment attempts must be initiated using a secret
    /// key. If any actions are required for the payment, the PaymentIntent will return to the
    /// requires_confirmation state after those actions are completed. Your server needs to then
    /// explicitly re-confirm the PaymentIntent to initiate the next payment attempt. Read the
    /// [expanded documentation](https://stripe.com/docs/payments/payment-intents/web-manual) to
    /// learn more about manual confirmation.
    pub async fn confirm(&self, id: &str, params: &ConfirmParams) -> Result<PaymentIntent> {
        self.send(Operation::Confirm, Some(id), params).await
    }

    /// `POST /v1/payment_intents/{intent}/capture`.
    ///
    /// Capture the funds of an existing uncaptured PaymentIntent when its status is
    /// requires_capture.
    ///
    /// Uncaptured PaymentIntents will be canceled a set number of days after they are created (7 by
    /// default).
    ///
    /// Learn more about [separate authorization and
    /// capture](https://stripe.com/docs/payments/capture-later).
    pub async fn capture(&self, id: &str, params: &CaptureParams) -> Result<PaymentIntent> {
        self.send(Operation::Capture, Some(id), params).await
    }

    /// `POST /v1/payment_intents/{intent}/cancel`.
    ///
    /// A PaymentIntent object can be canceled when it is in one of these statuses:
    /// requires_payment_method, requires_capture, requires_confirmation, requires_action or, [in
    /// rare cases](https://stripe.com/docs/payments/intents), processing.
    ///
    /// Once canceled, no additional charges will be made by the PaymentIntent and any operations on
    /// the PaymentIntent will fail with an error. For PaymentIntents with a status of
    /// requires_capture, the remaining amount_capturable will automatically be refunded.
    ///
    /// You cannot cancel the PaymentIntent for a Checkout Session. [Expire the Checkout
    /// Session](https://stripe.com/docs/api/checkout/sessions/expire) instead.
    pub async fn cancel(&self, id: &str, params: &CancelParams) -> Result<PaymentIntent> {
        self.send(Operation::Cancel, Some(id), params).await
    }

    /// `POST /v1/payment_intents/{intent}/increment_authorization`.
    ///
    /// Perform an incremental authorization on an eligible
    /// [PaymentIntent](https://stripe.com/docs/api/payment_intents/object). To be eligible, the
    /// PaymentIntent’s status must be requires_capture and
    /// [incremental_authorization_supported](https://stripe.com/docs/api/charges/object#charge_object-payment_method_details-card_present-incremental_authorization_supported)
    /// must be true.
    ///
    /// Incremental authorizations attempt to increase the authorized amount on your customer’s card
    /// to the new, higher amount provided. As with the initial authorization, incremental
    /// authorizations may be declined. A single PaymentIntent can call this endpoint multiple times
    /// to further increase the authorized amount.
    ///
    /// If the incremental authorization succeeds, the PaymentIntent object is returned with the
    /// updated
    /// [amount](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-amount).
    /// If the incremental authorization fails, a
    /// [card_declined](https://stripe.com/docs/error-codes#card-declined) error is returned, and no
    /// fields on the PaymentIntent or Charge are updated. The PaymentIntent object remains
    /// capturable for the previously authorized amount.
    ///
    /// Each PaymentIntent can have a maximum of 10 incremental authorization attempts, including
    /// declines. Once captured, a PaymentIntent can no longer be incremented.
    ///
    /// Learn more about [incremental
    /// authorizations](https://stripe.com/docs/terminal/features/incremental-authorizations).
    pub async fn increment_authorization(
        &self,
        id: &str,
        params: &IncrementAuthorizationParams,
    ) -> Result<PaymentIntent> {
        self.send(Operation::IncrementAuthorization, Some(id), params)
            .await
    }

    /// `POST /v1/payment_intents/{intent}/apply_customer_balance`.
    ///
    /// Manually reconcile the remaining amount for a customer_balance PaymentIntent.
    pub async fn apply_customer_balance(
        &self,
        id: &str,
        params: &ApplyCustomerBalanceParams,
    ) -> Result<PaymentIntent> {
        self.send(Operation::ApplyCustomerBalance, Some(id), params)
            .await
    }

    /// `POST /v1/payment_intents/{intent}/verify_microdeposits`.
    ///
    /// Verifies microdeposits on a PaymentIntent object.
    pub async fn verify_microdeposits(
        &self,
        id: &str,
        params: &VerifyMicrodepositsParams,
    ) -> Result<PaymentIntent> {
        self.send(Operation::VerifyMicrodeposits, Some(id), params)
            .await
    }

    /// Run an operation named as in the API reference with JSON parameters (`null` is no
    /// parameters). This is the entry point of the language bindings and of the shared scenario
    /// tests; Rust callers normally use the typed methods. A missing id and parameters of the wrong
    /// shape are `invalid_argument_error`s naming the parameter.
    pub async fn call(&self, op: Operation, id: Option<&str>, params: Value) -> Result<Outcome> {
        match op {
            Operation::Create => Ok(Outcome::PaymentIntent(Box::new(
                self.create(&from_json(params)?).await?,
            ))),
            Operation::Retrieve => {
                let id = op.required_id(id)?;
                Ok(Outcome::PaymentIntent(Box::new(
                    self.retrieve(id, &from_json(params)?).await?,
                )))
            }
            Operation::Update => {
                let id = op.required_id(id)?;
                Ok(Outcome::PaymentIntent(Box::new(
                    self.update(id, &from_json(params)?).await?,
                )))
            }
            Operation::List => Ok(Outcome::List(self.list(&from_json(params)?).await?)),
            Operation::Search => Ok(Outcome::Search(self.search(&from_json(params)?).await?)),
            Operation::Confirm => {
                let id = op.required_id(id)?;
                Ok(Outcome::PaymentIntent(Box::new(
                    self.confirm(id, &from_json(params)?).await?,
                )))
            }
            Operation::Capture => {
                let id = op.required_id(id)?;
                Ok(Outcome::PaymentIntent(Box::new(
                    self.capture(id, &from_json(params)?).await?,
                )))
            }
            Operation::Cancel => {
                let id = op.required_id(id)?;
                Ok(Outcome::PaymentIntent(Box::new(
                    self.cancel(id, &from_json(params)?).await?,
                )))
            }
            Operation::IncrementAuthorization => {
                let id = op.required_id(id)?;
                Ok(Outcome::PaymentIntent(Box::new(
                    self.increment_authorization(id, &from_json(params)?)
                        .await?,
                )))
            }
            Operation::ApplyCustomerBalance => {
                let id = op.required_id(id)?;
                Ok(Outcome::PaymentIntent(Box::new(
                    self.apply_customer_balance(id, &from_json(params)?).await?,
                )))
            }
            Operation::VerifyMicrodeposits => {
                let id = op.required_id(id)?;
                Ok(Outcome::PaymentIntent(Box::new(
                    self.verify_microdeposits(id, &from_json(params)?).await?,
                )))
            }
        }
    }
}
