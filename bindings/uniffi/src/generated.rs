//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The Swift/Kotlin methods of `Client`, one per operation of the API description.

use std::sync::Arc;

use payintent::ffi::guard_future;
use payintent::params::{
    ApplyCustomerBalanceParams, CancelParams, CaptureParams, ConfirmParams, CreateParams,
    IncrementAuthorizationParams, ListParams, RetrieveParams, SearchParams, UpdateParams,
    VerifyMicrodepositsParams,
};
use payintent::PaymentIntent;

use crate::options::RequestOptions;
use crate::pages::{PaymentIntentPage, PaymentIntentPager};
use crate::{Client, R};

#[uniffi::export(async_runtime = "tokio")]
impl Client {
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
    #[uniffi::method(default(options = None))]
    pub async fn create(
        &self,
        params: CreateParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result = guard_future(async move { service.create(&params).await }).await?;
        Ok(result)
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
    #[uniffi::method(default(options = None, params))]
    pub async fn retrieve(
        &self,
        id: String,
        params: RetrieveParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result = guard_future(async move { service.retrieve(&id, &params).await }).await?;
        Ok(result)
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
    #[uniffi::method(default(options = None, params))]
    pub async fn update(
        &self,
        id: String,
        params: UpdateParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result = guard_future(async move { service.update(&id, &params).await }).await?;
        Ok(result)
    }

    /// `GET /v1/payment_intents`.
    ///
    /// Returns a list of PaymentIntents.
    #[uniffi::method(default(options = None, params))]
    pub async fn list(
        &self,
        params: ListParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntentPage> {
        let service = self.service(options)?;
        let result = guard_future(async move { service.list(&params).await }).await?;
        Ok(PaymentIntentPage::from(result))
    }

    /// Every PaymentIntent `list` finds, page after page, fetched as the pager is read (Swift: an
    /// `AsyncSequence`; Kotlin: `asFlow()`).
    #[uniffi::method(default(options = None, params))]
    pub fn list_auto_paging(
        &self,
        params: ListParams,
        options: Option<RequestOptions>,
    ) -> R<Arc<PaymentIntentPager>> {
        Ok(PaymentIntentPager::new(
            self.service(options)?.list_auto(params),
        ))
    }

    /// `GET /v1/payment_intents/search`.
    ///
    /// Search for PaymentIntents you’ve previously created using Stripe’s [Search Query
    /// Language](https://stripe.com/docs/search#search-query-language). Don’t use search in
    /// read-after-write flows where strict consistency is necessary. Under normal operating
    /// conditions, data is searchable in less than a minute. Occasionally, propagation of new or
    /// updated data can be up to an hour behind during outages. Search functionality is not
    /// available to merchants in India.
    #[uniffi::method(default(options = None))]
    pub async fn search(
        &self,
        params: SearchParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntentPage> {
        let service = self.service(options)?;
        let result = guard_future(async move { service.search(&params).await }).await?;
        Ok(PaymentIntentPage::from(result))
    }

    /// Every PaymentIntent `search` finds, page after page, fetched as the pager is read (Swift: an
    /// `AsyncSequence`; Kotlin: `asFlow()`).
    #[uniffi::method(default(options = None))]
    pub fn search_auto_paging(
        &self,
        params: SearchParams,
        options: Option<RequestOptions>,
    ) -> R<Arc<PaymentIntentPager>> {
        Ok(PaymentIntentPager::new(
            self.service(options)?.search_auto(params),
        ))
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
    #[uniffi::method(default(options = None, params))]
    pub async fn confirm(
        &self,
        id: String,
        params: ConfirmParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result = guard_future(async move { service.confirm(&id, &params).await }).await?;
        Ok(result)
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
    #[uniffi::method(default(options = None, params))]
    pub async fn capture(
        &self,
        id: String,
        params: CaptureParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result = guard_future(async move { service.capture(&id, &params).await }).await?;
        Ok(result)
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
    #[uniffi::method(default(options = None, params))]
    pub async fn cancel(
        &self,
        id: String,
        params: CancelParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result = guard_future(async move { service.cancel(&id, &params).await }).await?;
        Ok(result)
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
    #[uniffi::method(default(options = None))]
    pub async fn increment_authorization(
        &self,
        id: String,
        params: IncrementAuthorizationParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result =
            guard_future(async move { service.increment_authorization(&id, &params).await })
                .await?;
        Ok(result)
    }

    /// `POST /v1/payment_intents/{intent}/apply_customer_balance`.
    ///
    /// Manually reconcile the remaining amount for a customer_balance PaymentIntent.
    #[uniffi::method(default(options = None, params))]
    pub async fn apply_customer_balance(
        &self,
        id: String,
        params: ApplyCustomerBalanceParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result =
            guard_future(async move { service.apply_customer_balance(&id, &params).await }).await?;
        Ok(result)
    }

    /// `POST /v1/payment_intents/{intent}/verify_microdeposits`.
    ///
    /// Verifies microdeposits on a PaymentIntent object.
    #[uniffi::method(default(options = None, params))]
    pub async fn verify_microdeposits(
        &self,
        id: String,
        params: VerifyMicrodepositsParams,
        options: Option<RequestOptions>,
    ) -> R<PaymentIntent> {
        let service = self.service(options)?;
        let result =
            guard_future(async move { service.verify_microdeposits(&id, &params).await }).await?;
        Ok(result)
    }
}
