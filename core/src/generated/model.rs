//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The PaymentIntent and the objects it contains, as lenient model structs (behaviour: `lenient_object!`).

use std::collections::BTreeMap;

use crate::enums::{
    CancellationReason, CaptureMethod, ConfirmationMethod, SetupFutureUsage, Status,
};
use crate::expandable::{Expandable, ExpandedObject};
use crate::lenient::lenient_object;
use crate::list::List;
use crate::meta::ResponseMeta;
use crate::raw_json::RawJson;

lenient_object! {
    /// The tip part of a PaymentIntent's `amount_details`.
    #[derive(Clone, Default, PartialEq)]
    pub struct Tip {
        /// Portion of the amount that corresponds to a tip.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub amount: Option<i64> => opt,
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// A PaymentIntent's `amount_details`: how its amount is made up.
    #[derive(Clone, Default, PartialEq)]
    pub struct AmountDetails {
        /// The tip included in the amount.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub tip: Option<Tip> => opt [object],
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// A PaymentIntent's `automatic_payment_methods` settings.
    #[derive(Clone, Default, PartialEq)]
    pub struct AutomaticPaymentMethods {
        /// Controls whether this PaymentIntent will accept redirect-based payment methods.
        ///
        /// Redirect-based payment methods may require your customer to be redirected to a payment
        /// method's app or site for authentication or additional steps. To
        /// [confirm](https://stripe.com/docs/api/payment_intents/confirm) this PaymentIntent, you
        /// may be required to provide a `return_url` to redirect customers back to your site after
        /// they authenticate or complete the payment.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub allow_redirects: Option<String> => opt,
        /// Automatically calculates compatible payment methods
        ///
        /// `false` when absent or unreadable.
        pub enabled: bool => or_default,
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// The `last_payment_error` object (`api_errors` in the spec).
    #[derive(Clone, Default, PartialEq)]
    pub struct LastPaymentError {
        /// The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or
        /// `invalid_request_error`
        ///
        /// The JSON field `type`.
        ///
        /// Empty when absent or unreadable.
        pub error_type: String => or_default as "type",
        /// For card errors, the ID of the failed charge.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub charge: Option<String> => opt,
        /// For some errors that could be handled programmatically, a short string indicating the
        /// [error code](https://stripe.com/docs/error-codes) reported.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub code: Option<String> => opt,
        /// For card errors resulting from a card issuer decline, a short string indicating the
        /// [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines)
        /// if they provide one.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub decline_code: Option<String> => opt,
        /// A URL to more information about the [error code](https://stripe.com/docs/error-codes)
        /// reported.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub doc_url: Option<String> => opt,
        /// A human-readable message providing more details about the error. For card errors, these
        /// messages can be shown to your users.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub message: Option<String> => opt,
        /// If the error is parameter-specific, the parameter related to the error. For example, you
        /// can use this to display a message near the correct form field.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub param: Option<String> => opt,
        /// The payment method that failed, with its `id` and `object` typed.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub payment_method: Option<ExpandedObject> => opt [object],
        /// If the error is specific to the type of payment method, the payment method type that had
        /// a problem. This field is only populated for invoice-related errors.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub payment_method_type: Option<String> => opt,
        /// A URL to the request log entry in your dashboard.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub request_log_url: Option<String> => opt,
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// The `redirect_to_url` action: send the customer to `url`.
    #[derive(Clone, Default, PartialEq)]
    pub struct RedirectToUrl {
        /// If the customer does not exit their browser while authenticating, they will be
        /// redirected to this specified URL after completion.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub return_url: Option<String> => opt,
        /// The URL you must redirect your customer to in order to authenticate the payment.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub url: Option<String> => opt,
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// The `verify_with_microdeposits` action: the customer confirms the microdeposits sent.
    #[derive(Clone, Default, PartialEq)]
    pub struct VerifyWithMicrodeposits {
        /// The timestamp when the microdeposits are expected to land.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub arrival_date: Option<i64> => opt,
        /// The URL for the hosted verification page, which allows customers to verify their bank
        /// account.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub hosted_verification_url: Option<String> => opt,
        /// The type of the microdeposit sent to the customer. Used to distinguish between different
        /// verification methods.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub microdeposit_type: Option<String> => opt,
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// `next_action`: what the customer must do next. The action kinds without a typed field here
    /// (boleto, konbini, QR codes, ...) are in `extra` under their own key.
    #[derive(Clone, Default, PartialEq)]
    pub struct NextAction {
        /// Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`,
        /// `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
        ///
        /// The JSON field `type`.
        ///
        /// Empty when absent or unreadable.
        pub action_type: String => or_default as "type",
        /// Set when `type` is `redirect_to_url`.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub redirect_to_url: Option<RedirectToUrl> => opt [object],
        /// When confirming a PaymentIntent with Stripe.js, Stripe.js depends on the contents of
        /// this dictionary to invoke authentication flows. The shape of the contents is subject to
        /// change and is only intended to be used by Stripe.js.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub use_stripe_sdk: Option<RawJson> => opt [json],
        /// Set when `type` is `verify_with_microdeposits`.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub verify_with_microdeposits: Option<VerifyWithMicrodeposits> => opt [object],
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// A PaymentIntent's `processing` state.
    #[derive(Clone, Default, PartialEq)]
    pub struct Processing {
        /// Type of the payment method for which payment is in `processing` state, one of `card`.
        ///
        /// The JSON field `type`.
        ///
        /// Empty when absent or unreadable.
        pub processing_type: String => or_default as "type",
        /// Set when `type` is `card`: the card's processing details, as JSON.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub card: Option<RawJson> => opt [json],
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// A postal address.
    #[derive(Clone, Default, PartialEq)]
    pub struct Address {
        /// City, district, suburb, town, or village.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub city: Option<String> => opt,
        /// Two-letter country code ([ISO 3166-1
        /// alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub country: Option<String> => opt,
        /// Address line 1 (e.g., street, PO Box, or company name).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub line1: Option<String> => opt,
        /// Address line 2 (e.g., apartment, suite, unit, or building).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub line2: Option<String> => opt,
        /// ZIP or postal code.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub postal_code: Option<String> => opt,
        /// State, county, province, or region.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub state: Option<String> => opt,
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// Shipping information: recipient, address and carrier.
    #[derive(Clone, Default, PartialEq)]
    pub struct Shipping {
        /// The shipping address.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub address: Option<Address> => opt [object],
        /// The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub carrier: Option<String> => opt,
        /// Recipient name.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub name: Option<String> => opt,
        /// Recipient phone (including extension).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub phone: Option<String> => opt,
        /// The tracking number for a physical product, obtained from the delivery service. If
        /// multiple tracking numbers were generated for this purchase, please separate them with
        /// commas.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub tracking_number: Option<String> => opt,
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// `transfer_data`. Without a readable `destination` the whole object is kept raw in the
    /// PaymentIntent's `extra["transfer_data"]`.
    #[derive(Clone, PartialEq)]
    pub struct TransferData {
        /// Amount intended to be collected by this PaymentIntent. A positive integer representing
        /// how much to charge in the [smallest currency
        /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00
        /// or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or
        /// [equivalent in charge
        /// currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
        /// amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
        /// $999,999.99).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub amount: Option<i64> => opt,
        /// The account (if any) the payment will be attributed to for tax reporting, and where
        /// funds from the payment will be transferred to upon payment success.
        ///
        /// Required: an object without a readable value fails to decode.
        pub destination: Expandable<ExpandedObject> => required [object],
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// The `Charge` object represents a single attempt to move money into your Stripe account.
    /// PaymentIntent confirmation is the most common way to create Charges, but transferring money
    /// to a different Stripe account through Connect also creates Charges. Some legacy payment
    /// flows create Charges directly, which is not recommended for new integrations.
    ///
    /// Here: a charge as listed in a LeanRails PaymentIntent's `charges`. Every field is optional:
    /// LeanRails may send an empty object.
    #[derive(Clone, Default, PartialEq)]
    pub struct Charge {
        /// Unique identifier for the object.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub id: Option<String> => opt,
        /// String representing the object's type. Objects of the same type share the same value.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub object: Option<String> => opt,
        /// Amount intended to be collected by this payment. A positive integer representing how
        /// much to charge in the [smallest currency
        /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00
        /// or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or
        /// [equivalent in charge
        /// currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
        /// amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
        /// $999,999.99).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub amount: Option<i64> => opt,
        /// Amount in cents (or local equivalent) captured (can be less than the amount attribute on
        /// the charge if a partial capture was made).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub amount_captured: Option<i64> => opt,
        /// Amount in cents (or local equivalent) refunded (can be less than the amount attribute on
        /// the charge if a partial refund was issued).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub amount_refunded: Option<i64> => opt,
        /// If the charge was created without capturing, this Boolean represents whether it is still
        /// uncaptured or has since been captured.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub captured: Option<bool> => opt,
        /// Whether the charge has been fully refunded. If the charge is only partially refunded,
        /// this attribute will still be false.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub refunded: Option<bool> => opt,
        /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
        /// lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub currency: Option<String> => opt,
        /// The status of the payment is either `succeeded`, `pending`, or `failed`.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub status: Option<String> => opt,
        /// `true` if the charge succeeded, or was successfully authorized for later capture.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub paid: Option<bool> => opt,
        /// ID of the PaymentIntent associated with this charge, if one exists.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub payment_intent: Option<String> => opt,
        /// ID of the payment method used in this charge.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub payment_method: Option<String> => opt,
        /// ID of the balance transaction that describes the impact of this charge on your account
        /// balance (not including refunds or disputes).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub balance_transaction: Option<Expandable<ExpandedObject>> => opt [object],
        /// Error code explaining reason for charge failure if available (see [the errors
        /// section](https://stripe.com/docs/error-codes) for a list of codes).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub failure_code: Option<String> => opt,
        /// Message to user further explaining reason for charge failure if available.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub failure_message: Option<String> => opt,
        /// Time at which the object was created. Measured in seconds since the Unix epoch.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub created: Option<i64> => opt,
        /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
        /// object. This can be useful for storing additional information about the object in a
        /// structured format.
        ///
        /// Empty when absent or unreadable (and then not written back).
        pub metadata: BTreeMap<String, String> => or_empty [strings],
    }
    /// Fields this version of the library does not model, and the raw value of every typed field
    /// that could not be read.
    extra extra;
}

lenient_object! {
    /// A PaymentIntent guides you through the process of collecting a payment from your customer.
    /// We recommend that you create exactly one PaymentIntent for each order or customer session in
    /// your system. You can reference the PaymentIntent later to see the history of payment
    /// attempts for a particular session.
    ///
    /// A PaymentIntent transitions through [multiple
    /// statuses](https://stripe.com/docs/payments/intents#intent-statuses) throughout its lifetime
    /// as it interfaces with Stripe.js to perform authentication flows and ultimately creates at
    /// most one successful charge.
    ///
    /// Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents)
    ///
    /// Field order and meaning follow the API reference. `Debug` shows only the PaymentIntent-id
    /// part of `client_secret`.
    #[derive(Clone, PartialEq)]
    pub struct PaymentIntent {
        /// Unique identifier for the object.
        ///
        /// Required: an object without a readable value fails to decode.
        pub id: String => required,
        /// String representing the object's type. Objects of the same type share the same value.
        ///
        /// `payment_intent` when absent or unreadable.
        pub object: String => or_else(payment_intent_object_fallback),
        /// Amount intended to be collected by this PaymentIntent. A positive integer representing
        /// how much to charge in the [smallest currency
        /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00
        /// or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or
        /// [equivalent in charge
        /// currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
        /// amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
        /// $999,999.99).
        ///
        /// 0 when absent or unreadable.
        pub amount: i64 => or_default,
        /// Amount that can be captured from this PaymentIntent.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub amount_capturable: Option<i64> => nullable,
        /// How the amount is made up (its tip).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub amount_details: Option<AmountDetails> => nullable [object],
        /// Amount that was collected by this PaymentIntent.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub amount_received: Option<i64> => nullable,
        /// ID of the Connect application that created the PaymentIntent.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub application: Option<Expandable<ExpandedObject>> => nullable [object],
        /// The amount of the application fee (if any) that will be requested to be applied to the
        /// payment and transferred to the application owner's Stripe account. The amount of the
        /// application fee collected will be capped at the total payment amount. For more
        /// information, see the PaymentIntents [use case for connected
        /// accounts](https://stripe.com/docs/payments/connected-accounts).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub application_fee_amount: Option<i64> => nullable,
        /// Settings to configure compatible payment methods from the [Stripe
        /// Dashboard](https://dashboard.stripe.com/settings/payment_methods)
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub automatic_payment_methods: Option<AutomaticPaymentMethods> => nullable [object],
        /// Populated when `status` is `canceled`, this is the time at which the PaymentIntent was
        /// canceled. Measured in seconds since the Unix epoch.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub canceled_at: Option<i64> => nullable,
        /// Reason for cancellation of this PaymentIntent, either user-provided (`duplicate`,
        /// `fraudulent`, `requested_by_customer`, or `abandoned`) or generated by Stripe internally
        /// (`failed_invoice`, `void_invoice`, or `automatic`).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub cancellation_reason: Option<CancellationReason> => nullable,
        /// Controls when the funds will be captured from the customer's account.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub capture_method: Option<CaptureMethod> => nullable,
        /// The client secret of this PaymentIntent. Used for client-side retrieval using a
        /// publishable key.
        ///
        /// The client secret can be used to complete a payment from your frontend. It should not be
        /// stored, logged, or exposed to anyone other than the customer. Make sure that you have
        /// TLS enabled on any page that includes the client secret.
        ///
        /// Refer to our docs to [accept a
        /// payment](https://stripe.com/docs/payments/accept-a-payment?ui=elements) and learn about
        /// how `client_secret` should be handled.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub client_secret: Option<String> => nullable [secret],
        /// Whether the PaymentIntent is confirmed automatically or with a confirm call.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub confirmation_method: Option<ConfirmationMethod> => nullable,
        /// Time at which the object was created. Measured in seconds since the Unix epoch.
        ///
        /// 0 when absent or unreadable.
        pub created: i64 => or_default,
        /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
        /// lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub currency: Option<String> => nullable,
        /// ID of the Customer this PaymentIntent belongs to, if one exists.
        ///
        /// Payment methods attached to other Customers cannot be used with this PaymentIntent.
        ///
        /// If present in combination with
        /// [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage),
        /// this PaymentIntent's payment method will be attached to the Customer after the
        /// PaymentIntent has been confirmed and any required actions from the user are complete.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub customer: Option<Expandable<ExpandedObject>> => nullable [object],
        /// An arbitrary string attached to the object. Often useful for displaying to users.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub description: Option<String> => nullable,
        /// ID of the invoice that created this PaymentIntent, if it exists.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub invoice: Option<Expandable<ExpandedObject>> => nullable [object],
        /// The payment error encountered in the previous PaymentIntent confirmation. It will be
        /// cleared if the PaymentIntent is later updated for any reason.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub last_payment_error: Option<LastPaymentError> => nullable [object],
        /// The latest charge created by this payment intent.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub latest_charge: Option<Expandable<ExpandedObject>> => nullable [object],
        /// Has the value `true` if the object exists in live mode or the value `false` if the
        /// object exists in test mode.
        ///
        /// `false` when absent or unreadable.
        pub livemode: bool => or_default,
        /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
        /// object. This can be useful for storing additional information about the object in a
        /// structured format. For more information, see the
        /// [documentation](https://stripe.com/docs/payments/payment-intents/creating-payment-intents#storing-information-in-metadata).
        ///
        /// Empty when absent or unreadable.
        pub metadata: BTreeMap<String, String> => or_default [strings],
        /// If present, this property tells you what actions you need to take in order for your
        /// customer to fulfill a payment using the provided source.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub next_action: Option<NextAction> => nullable [object],
        /// The account (if any) for which the funds of the PaymentIntent are intended. See the
        /// PaymentIntents [use case for connected
        /// accounts](https://stripe.com/docs/payments/connected-accounts) for details.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub on_behalf_of: Option<Expandable<ExpandedObject>> => nullable [object],
        /// ID of the payment method used in this PaymentIntent.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub payment_method: Option<Expandable<ExpandedObject>> => nullable [object],
        /// Payment-method-specific configuration for this PaymentIntent.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub payment_method_options: Option<RawJson> => nullable [json],
        /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use.
        ///
        /// Empty when absent or unreadable.
        pub payment_method_types: Vec<String> => or_default [strings],
        /// If present, this property tells you about the processing state of the payment.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub processing: Option<Processing> => nullable [object],
        /// Email address that the receipt for the resulting payment will be sent to. If
        /// `receipt_email` is specified for a payment in live mode, a receipt will be sent
        /// regardless of your [email settings](https://dashboard.stripe.com/account/emails).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub receipt_email: Option<String> => nullable,
        /// ID of the review associated with this PaymentIntent, if any.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub review: Option<Expandable<ExpandedObject>> => nullable [object],
        /// Indicates that you intend to make future payments with this PaymentIntent's payment
        /// method.
        ///
        /// Providing this parameter will [attach the payment
        /// method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's
        /// Customer, if present, after the PaymentIntent is confirmed and any required actions from
        /// the user are complete. If no Customer was provided, the payment method can still be
        /// [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the
        /// transaction completes.
        ///
        /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically
        /// optimize your payment flow and comply with regional legislation and network rules, such
        /// as [SCA](https://stripe.com/docs/strong-customer-authentication).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub setup_future_usage: Option<SetupFutureUsage> => nullable,
        /// Shipping information for this PaymentIntent.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub shipping: Option<Shipping> => nullable [object],
        /// For non-card charges, you can use this value as the complete description that appears on
        /// your customers’ statements. Must contain at least one letter, maximum 22 characters.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub statement_descriptor: Option<String> => nullable,
        /// Provides information about a card payment that customers see on their statements.
        /// Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set
        /// on the account to form the complete statement descriptor. Maximum 22 characters for the
        /// concatenated descriptor.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub statement_descriptor_suffix: Option<String> => nullable,
        /// Status of this PaymentIntent, one of `requires_payment_method`, `requires_confirmation`,
        /// `requires_action`, `processing`, `requires_capture`, `canceled`, or `succeeded`. Read
        /// more about each PaymentIntent
        /// [status](https://stripe.com/docs/payments/intents#intent-statuses).
        ///
        /// `Status::Unknown("")` when absent or unreadable.
        pub status: Status => or_else(payment_intent_status_fallback),
        /// The data with which to automatically create a Transfer when the payment is finalized.
        /// See the PaymentIntents [use case for connected
        /// accounts](https://stripe.com/docs/payments/connected-accounts) for details.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub transfer_data: Option<TransferData> => nullable,
        /// A string that identifies the resulting payment as part of a group. See the
        /// PaymentIntents [use case for connected
        /// accounts](https://stripe.com/docs/connect/separate-charges-and-transfers) for details.
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub transfer_group: Option<String> => nullable,
        /// LeanRails only.
        ///
        /// The LeanRails merchant that owns the PaymentIntent (LeanRails only).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub merchant_id: Option<String> => opt,
        /// LeanRails only.
        ///
        /// The charges made by this PaymentIntent, as a list object (LeanRails only).
        #[cfg_attr(feature = "uniffi", uniffi(default))]
        pub charges: Option<List<Charge>> => opt [object],
    }
    /// Fields this version of the library does not model, and the raw value of every modelled field
    /// that could not be read.
    extra extra;
    /// The HTTP exchange that returned this object (`None` for nested copies).
    skip last_response: Option<ResponseMeta>;
}

fn payment_intent_object_fallback() -> String {
    "payment_intent".to_string()
}

fn payment_intent_status_fallback() -> Status {
    Status::Unknown(String::new())
}
