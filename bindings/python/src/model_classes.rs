//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The Python classes of the PaymentIntent and the objects it contains: one `model_class!` per struct of
//! the core's model, with its typed fields and the fields it leaves to `extra` (raw JSON).

use pyo3::prelude::*;

use crate::class_hooks::{charge_class, payment_intent_class};
use crate::field_py::string_enum_fields;
use crate::model_class::model_class;

string_enum_fields!(
    payintent::model::Status,
    payintent::model::CaptureMethod,
    payintent::model::ConfirmationMethod,
    payintent::model::CancellationReason,
    payintent::model::SetupFutureUsage
);

model_class! {
    /// The tip part of a PaymentIntent's `amount_details`.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class Tip(payintent::model::Tip) extra extra;
    typed {
        /// Portion of the amount that corresponds to a tip.
        amount "amount" => amount opt;
    }
    raw {
    }
}

model_class! {
    /// A PaymentIntent's `amount_details`: how its amount is made up.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class AmountDetails(payintent::model::AmountDetails) extra extra;
    typed {
        /// The tip included in the amount.
        tip "tip" => tip opt;
    }
    raw {
    }
}

model_class! {
    /// A PaymentIntent's `automatic_payment_methods` settings.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class AutomaticPaymentMethods(payintent::model::AutomaticPaymentMethods) extra extra;
    typed {
        /// Controls whether this PaymentIntent will accept redirect-based payment methods.
        allow_redirects "allow_redirects" => allow_redirects opt;
        /// Automatically calculates compatible payment methods
        enabled "enabled" => enabled or_default;
    }
    raw {
    }
}

model_class! {
    /// The `last_payment_error` object (`api_errors` in the spec).
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class LastPaymentError(payintent::model::LastPaymentError) extra extra;
    typed {
        /// The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or
        /// `invalid_request_error`
        error_type "type" => error_type or_default;
        /// For card errors, the ID of the failed charge.
        charge "charge" => charge opt;
        /// For some errors that could be handled programmatically, a short string indicating the
        /// [error code](https://stripe.com/docs/error-codes) reported.
        code "code" => code opt;
        /// For card errors resulting from a card issuer decline, a short string indicating the
        /// [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines)
        /// if they provide one.
        decline_code "decline_code" => decline_code opt;
        /// A URL to more information about the [error code](https://stripe.com/docs/error-codes)
        /// reported.
        doc_url "doc_url" => doc_url opt;
        /// A human-readable message providing more details about the error. For card errors, these
        /// messages can be shown to your users.
        message "message" => message opt;
        /// If the error is parameter-specific, the parameter related to the error. For example, you
        /// can use this to display a message near the correct form field.
        param "param" => param opt;
        /// The payment method that failed, with its `id` and `object` typed.
        payment_method "payment_method" => payment_method opt;
        /// If the error is specific to the type of payment method, the payment method type that had
        /// a problem. This field is only populated for invoice-related errors.
        payment_method_type "payment_method_type" => payment_method_type opt;
        /// A URL to the request log entry in your dashboard.
        request_log_url "request_log_url" => request_log_url opt;
    }
    raw {
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_payment_intent "payment_intent";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_setup_intent "setup_intent";
        /// The source object for errors returned on a request involving a source. Raw JSON: this
        /// version of the library does not type this field (None when absent).
        extra_source "source";
    }
}

model_class! {
    /// The `redirect_to_url` action: send the customer to `url`.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class RedirectToUrl(payintent::model::RedirectToUrl) extra extra;
    typed {
        /// If the customer does not exit their browser while authenticating, they will be
        /// redirected to this specified URL after completion.
        return_url "return_url" => return_url opt;
        /// The URL you must redirect your customer to in order to authenticate the payment.
        url "url" => url opt;
    }
    raw {
    }
}

model_class! {
    /// The `verify_with_microdeposits` action: the customer confirms the microdeposits sent.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class VerifyWithMicrodeposits(payintent::model::VerifyWithMicrodeposits) extra extra;
    typed {
        /// The timestamp when the microdeposits are expected to land.
        arrival_date "arrival_date" => arrival_date opt;
        /// The URL for the hosted verification page, which allows customers to verify their bank
        /// account.
        hosted_verification_url "hosted_verification_url" => hosted_verification_url opt;
        /// The type of the microdeposit sent to the customer. Used to distinguish between different
        /// verification methods.
        microdeposit_type "microdeposit_type" => microdeposit_type opt;
    }
    raw {
    }
}

model_class! {
    /// `next_action`: what the customer must do next. The action kinds without a typed field here
    /// (boleto, konbini, QR codes, ...) are in `extra` under their own key.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class NextAction(payintent::model::NextAction) extra extra;
    typed {
        /// Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`,
        /// `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
        action_type "type" => action_type or_default;
        /// Set when `type` is `redirect_to_url`.
        redirect_to_url "redirect_to_url" => redirect_to_url opt;
        /// When confirming a PaymentIntent with Stripe.js, Stripe.js depends on the contents of
        /// this dictionary to invoke authentication flows. The shape of the contents is subject to
        /// change and is only intended to be used by Stripe.js.
        use_stripe_sdk "use_stripe_sdk" => use_stripe_sdk opt;
        /// Set when `type` is `verify_with_microdeposits`.
        verify_with_microdeposits "verify_with_microdeposits" => verify_with_microdeposits opt;
    }
    raw {
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_alipay_handle_redirect "alipay_handle_redirect";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_boleto_display_details "boleto_display_details";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_card_await_notification "card_await_notification";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_cashapp_handle_redirect_or_display_qr_code "cashapp_handle_redirect_or_display_qr_code";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_display_bank_transfer_instructions "display_bank_transfer_instructions";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_konbini_display_details "konbini_display_details";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_oxxo_display_details "oxxo_display_details";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_paynow_display_qr_code "paynow_display_qr_code";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_pix_display_qr_code "pix_display_qr_code";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_promptpay_display_qr_code "promptpay_display_qr_code";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_wechat_pay_display_qr_code "wechat_pay_display_qr_code";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_wechat_pay_redirect_to_android_app "wechat_pay_redirect_to_android_app";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_wechat_pay_redirect_to_ios_app "wechat_pay_redirect_to_ios_app";
    }
}

model_class! {
    /// A PaymentIntent's `processing` state.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class Processing(payintent::model::Processing) extra extra;
    typed {
        /// Type of the payment method for which payment is in `processing` state, one of `card`.
        processing_type "type" => processing_type or_default;
        /// Set when `type` is `card`: the card's processing details, as JSON.
        card "card" => card opt;
    }
    raw {
    }
}

model_class! {
    /// A postal address.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class Address(payintent::model::Address) extra extra;
    typed {
        /// City, district, suburb, town, or village.
        city "city" => city opt;
        /// Two-letter country code ([ISO 3166-1
        /// alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
        country "country" => country opt;
        /// Address line 1 (e.g., street, PO Box, or company name).
        line1 "line1" => line1 opt;
        /// Address line 2 (e.g., apartment, suite, unit, or building).
        line2 "line2" => line2 opt;
        /// ZIP or postal code.
        postal_code "postal_code" => postal_code opt;
        /// State, county, province, or region.
        state "state" => state opt;
    }
    raw {
    }
}

model_class! {
    /// Shipping information: recipient, address and carrier.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class Shipping(payintent::model::Shipping) extra extra;
    typed {
        /// The shipping address.
        address "address" => address opt;
        /// The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc.
        carrier "carrier" => carrier opt;
        /// Recipient name.
        name "name" => name opt;
        /// Recipient phone (including extension).
        phone "phone" => phone opt;
        /// The tracking number for a physical product, obtained from the delivery service. If
        /// multiple tracking numbers were generated for this purchase, please separate them with
        /// commas.
        tracking_number "tracking_number" => tracking_number opt;
    }
    raw {
    }
}

model_class! {
    /// `transfer_data`. Without a readable `destination` the whole object is kept raw in the
    /// PaymentIntent's `extra["transfer_data"]`.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class TransferData(payintent::model::TransferData) extra extra;
    typed {
        /// Amount intended to be collected by this PaymentIntent. A positive integer representing
        /// how much to charge in the [smallest currency
        /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00
        /// or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or
        /// [equivalent in charge
        /// currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
        /// amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
        /// $999,999.99).
        amount "amount" => amount opt;
        /// The account (if any) the payment will be attributed to for tax reporting, and where
        /// funds from the payment will be transferred to upon payment success.
        destination "destination" => destination required;
    }
    raw {
    }
}

charge_class! {
    /// The `Charge` object represents a single attempt to move money into your Stripe account.
    /// PaymentIntent confirmation is the most common way to create Charges, but transferring money
    /// to a different Stripe account through Connect also creates Charges. Some legacy payment
    /// flows create Charges directly, which is not recommended for new integrations.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class Charge(payintent::model::Charge) extra extra;
    typed {
        /// Unique identifier for the object.
        id "id" => id opt;
        /// String representing the object's type. Objects of the same type share the same value.
        object "object" => object opt;
        /// Amount intended to be collected by this payment. A positive integer representing how
        /// much to charge in the [smallest currency
        /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00
        /// or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or
        /// [equivalent in charge
        /// currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
        /// amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
        /// $999,999.99).
        amount "amount" => amount opt;
        /// Amount in cents (or local equivalent) captured (can be less than the amount attribute on
        /// the charge if a partial capture was made).
        amount_captured "amount_captured" => amount_captured opt;
        /// Amount in cents (or local equivalent) refunded (can be less than the amount attribute on
        /// the charge if a partial refund was issued).
        amount_refunded "amount_refunded" => amount_refunded opt;
        /// If the charge was created without capturing, this Boolean represents whether it is still
        /// uncaptured or has since been captured.
        captured "captured" => captured opt;
        /// Whether the charge has been fully refunded. If the charge is only partially refunded,
        /// this attribute will still be false.
        refunded "refunded" => refunded opt;
        /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
        /// lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        currency "currency" => currency opt;
        /// The status of the payment is either `succeeded`, `pending`, or `failed`.
        status "status" => status opt;
        /// `true` if the charge succeeded, or was successfully authorized for later capture.
        paid "paid" => paid opt;
        /// ID of the PaymentIntent associated with this charge, if one exists.
        payment_intent "payment_intent" => payment_intent opt;
        /// ID of the payment method used in this charge.
        payment_method "payment_method" => payment_method opt;
        /// ID of the balance transaction that describes the impact of this charge on your account
        /// balance (not including refunds or disputes).
        balance_transaction "balance_transaction" => balance_transaction opt;
        /// Error code explaining reason for charge failure if available (see [the errors
        /// section](https://stripe.com/docs/error-codes) for a list of codes).
        failure_code "failure_code" => failure_code opt;
        /// Message to user further explaining reason for charge failure if available.
        failure_message "failure_message" => failure_message opt;
        /// Time at which the object was created. Measured in seconds since the Unix epoch.
        created "created" => created opt;
        /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
        /// object. This can be useful for storing additional information about the object in a
        /// structured format.
        metadata "metadata" => metadata or_empty;
    }
    raw {
        /// ID of the Connect application that created the charge. Raw JSON: this version of the
        /// library does not type this field (None when absent).
        extra_application "application";
        /// The application fee (if any) for the charge. [See the Connect
        /// documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for
        /// details. Raw JSON: this version of the library does not type this field (None when
        /// absent).
        extra_application_fee "application_fee";
        /// The amount of the application fee (if any) requested for the charge. [See the Connect
        /// documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for
        /// details. Raw JSON: this version of the library does not type this field (None when
        /// absent).
        extra_application_fee_amount "application_fee_amount";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_billing_details "billing_details";
        /// The full statement descriptor that is passed to card networks, and that is displayed on
        /// your customers' credit card and bank statements. Allows you to see what the statement
        /// descriptor looks like after the static and dynamic portions are combined. Raw JSON: this
        /// version of the library does not type this field (None when absent).
        extra_calculated_statement_descriptor "calculated_statement_descriptor";
        /// ID of the customer this charge is for if one exists. Raw JSON: this version of the
        /// library does not type this field (None when absent).
        extra_customer "customer";
        /// An arbitrary string attached to the object. Often useful for displaying to users. Raw
        /// JSON: this version of the library does not type this field (None when absent).
        extra_description "description";
        /// Whether the charge has been disputed. Raw JSON: this version of the library does not
        /// type this field (None when absent).
        extra_disputed "disputed";
        /// ID of the balance transaction that describes the reversal of the balance on your account
        /// due to payment failure. Raw JSON: this version of the library does not type this field
        /// (None when absent).
        extra_failure_balance_transaction "failure_balance_transaction";
        /// Information on fraud assessments for the charge. Raw JSON: this version of the library
        /// does not type this field (None when absent).
        extra_fraud_details "fraud_details";
        /// ID of the invoice this charge is for if one exists. Raw JSON: this version of the
        /// library does not type this field (None when absent).
        extra_invoice "invoice";
        /// Has the value `true` if the object exists in live mode or the value `false` if the
        /// object exists in test mode. Raw JSON: this version of the library does not type this
        /// field (None when absent).
        extra_livemode "livemode";
        /// The account (if any) the charge was made on behalf of without triggering an automatic
        /// transfer. See the [Connect
        /// documentation](https://stripe.com/docs/connect/separate-charges-and-transfers) for
        /// details. Raw JSON: this version of the library does not type this field (None when
        /// absent).
        extra_on_behalf_of "on_behalf_of";
        /// Details about whether the payment was accepted, and why. See [understanding
        /// declines](https://stripe.com/docs/declines) for details. Raw JSON: this version of the
        /// library does not type this field (None when absent).
        extra_outcome "outcome";
        /// Details about the payment method at the time of the transaction. Raw JSON: this version
        /// of the library does not type this field (None when absent).
        extra_payment_method_details "payment_method_details";
        /// Raw JSON: this version of the library does not type this field (None when absent).
        extra_radar_options "radar_options";
        /// This is the email address that the receipt for this charge was sent to. Raw JSON: this
        /// version of the library does not type this field (None when absent).
        extra_receipt_email "receipt_email";
        /// This is the transaction number that appears on email receipts sent for this charge. This
        /// attribute will be `null` until a receipt has been sent. Raw JSON: this version of the
        /// library does not type this field (None when absent).
        extra_receipt_number "receipt_number";
        /// This is the URL to view the receipt for this charge. The receipt is kept up-to-date to
        /// the latest state of the charge, including any refunds. If the charge is for an Invoice,
        /// the receipt will be stylized as an Invoice receipt. Raw JSON: this version of the
        /// library does not type this field (None when absent).
        extra_receipt_url "receipt_url";
        /// A list of refunds that have been applied to the charge. Raw JSON: this version of the
        /// library does not type this field (None when absent).
        extra_refunds "refunds";
        /// ID of the review associated with this charge if one exists. Raw JSON: this version of
        /// the library does not type this field (None when absent).
        extra_review "review";
        /// Shipping information for the charge. Raw JSON: this version of the library does not type
        /// this field (None when absent).
        extra_shipping "shipping";
        /// The transfer ID which created this charge. Only present if the charge came from another
        /// Stripe account. [See the Connect
        /// documentation](https://stripe.com/docs/connect/destination-charges) for details. Raw
        /// JSON: this version of the library does not type this field (None when absent).
        extra_source_transfer "source_transfer";
        /// For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this
        /// value as the complete description of a charge on your customers’ statements. Must
        /// contain at least one letter, maximum 22 characters. Raw JSON: this version of the
        /// library does not type this field (None when absent).
        extra_statement_descriptor "statement_descriptor";
        /// Provides information about the charge that customers see on their statements.
        /// Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set
        /// on the account to form the complete statement descriptor. Maximum 22 characters for the
        /// concatenated descriptor. Raw JSON: this version of the library does not type this field
        /// (None when absent).
        extra_statement_descriptor_suffix "statement_descriptor_suffix";
        /// ID of the transfer to the `destination` account (only applicable if the charge was
        /// created using the `destination` parameter). Raw JSON: this version of the library does
        /// not type this field (None when absent).
        extra_transfer "transfer";
        /// An optional dictionary including the account to automatically transfer to as part of a
        /// destination charge. [See the Connect
        /// documentation](https://stripe.com/docs/connect/destination-charges) for details. Raw
        /// JSON: this version of the library does not type this field (None when absent).
        extra_transfer_data "transfer_data";
        /// A string that identifies this transaction as part of a group. See the [Connect
        /// documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
        /// for details. Raw JSON: this version of the library does not type this field (None when
        /// absent).
        extra_transfer_group "transfer_group";
    }
}

payment_intent_class! {
    /// A PaymentIntent guides you through the process of collecting a payment from your customer.
    /// We recommend that you create exactly one PaymentIntent for each order or customer session in
    /// your system. You can reference the PaymentIntent later to see the history of payment
    /// attempts for a particular session.
    ///
    /// Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and ``to_dict()``
    /// give the JSON as sent, with unknown fields and the raw value of fields that could not be
    /// read.
    class PaymentIntent(payintent::model::PaymentIntent) extra extra;
    typed {
        /// Unique identifier for the object.
        id "id" => id required;
        /// String representing the object's type. Objects of the same type share the same value.
        object "object" => object or_else;
        /// Amount intended to be collected by this PaymentIntent. A positive integer representing
        /// how much to charge in the [smallest currency
        /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00
        /// or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or
        /// [equivalent in charge
        /// currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
        /// amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
        /// $999,999.99).
        amount "amount" => amount or_default;
        /// Amount that can be captured from this PaymentIntent.
        amount_capturable "amount_capturable" => amount_capturable nullable;
        /// How the amount is made up (its tip).
        amount_details "amount_details" => amount_details nullable;
        /// Amount that was collected by this PaymentIntent.
        amount_received "amount_received" => amount_received nullable;
        /// ID of the Connect application that created the PaymentIntent.
        application "application" => application nullable;
        /// The amount of the application fee (if any) that will be requested to be applied to the
        /// payment and transferred to the application owner's Stripe account. The amount of the
        /// application fee collected will be capped at the total payment amount. For more
        /// information, see the PaymentIntents [use case for connected
        /// accounts](https://stripe.com/docs/payments/connected-accounts).
        application_fee_amount "application_fee_amount" => application_fee_amount nullable;
        /// Settings to configure compatible payment methods from the [Stripe
        /// Dashboard](https://dashboard.stripe.com/settings/payment_methods)
        automatic_payment_methods "automatic_payment_methods" => automatic_payment_methods nullable;
        /// Populated when `status` is `canceled`, this is the time at which the PaymentIntent was
        /// canceled. Measured in seconds since the Unix epoch.
        canceled_at "canceled_at" => canceled_at nullable;
        /// Reason for cancellation of this PaymentIntent, either user-provided (`duplicate`,
        /// `fraudulent`, `requested_by_customer`, or `abandoned`) or generated by Stripe internally
        /// (`failed_invoice`, `void_invoice`, or `automatic`).
        cancellation_reason "cancellation_reason" => cancellation_reason nullable;
        /// Controls when the funds will be captured from the customer's account.
        capture_method "capture_method" => capture_method nullable;
        /// The client secret of this PaymentIntent. Used for client-side retrieval using a
        /// publishable key.
        client_secret "client_secret" => client_secret nullable;
        /// Whether the PaymentIntent is confirmed automatically or with a confirm call.
        confirmation_method "confirmation_method" => confirmation_method nullable;
        /// Time at which the object was created. Measured in seconds since the Unix epoch.
        created "created" => created or_default;
        /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
        /// lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        currency "currency" => currency nullable;
        /// ID of the Customer this PaymentIntent belongs to, if one exists.
        customer "customer" => customer nullable;
        /// An arbitrary string attached to the object. Often useful for displaying to users.
        description "description" => description nullable;
        /// ID of the invoice that created this PaymentIntent, if it exists.
        invoice "invoice" => invoice nullable;
        /// The payment error encountered in the previous PaymentIntent confirmation. It will be
        /// cleared if the PaymentIntent is later updated for any reason.
        last_payment_error "last_payment_error" => last_payment_error nullable;
        /// The latest charge created by this payment intent.
        latest_charge "latest_charge" => latest_charge nullable;
        /// Has the value `true` if the object exists in live mode or the value `false` if the
        /// object exists in test mode.
        livemode "livemode" => livemode or_default;
        /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
        /// object. This can be useful for storing additional information about the object in a
        /// structured format. For more information, see the
        /// [documentation](https://stripe.com/docs/payments/payment-intents/creating-payment-intents#storing-information-in-metadata).
        metadata "metadata" => metadata or_default;
        /// If present, this property tells you what actions you need to take in order for your
        /// customer to fulfill a payment using the provided source.
        next_action "next_action" => next_action nullable;
        /// The account (if any) for which the funds of the PaymentIntent are intended. See the
        /// PaymentIntents [use case for connected
        /// accounts](https://stripe.com/docs/payments/connected-accounts) for details.
        on_behalf_of "on_behalf_of" => on_behalf_of nullable;
        /// ID of the payment method used in this PaymentIntent.
        payment_method "payment_method" => payment_method nullable;
        /// Payment-method-specific configuration for this PaymentIntent.
        payment_method_options "payment_method_options" => payment_method_options nullable;
        /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use.
        payment_method_types "payment_method_types" => payment_method_types or_default;
        /// If present, this property tells you about the processing state of the payment.
        processing "processing" => processing nullable;
        /// Email address that the receipt for the resulting payment will be sent to. If
        /// `receipt_email` is specified for a payment in live mode, a receipt will be sent
        /// regardless of your [email settings](https://dashboard.stripe.com/account/emails).
        receipt_email "receipt_email" => receipt_email nullable;
        /// ID of the review associated with this PaymentIntent, if any.
        review "review" => review nullable;
        /// Indicates that you intend to make future payments with this PaymentIntent's payment
        /// method.
        setup_future_usage "setup_future_usage" => setup_future_usage nullable;
        /// Shipping information for this PaymentIntent.
        shipping "shipping" => shipping nullable;
        /// For non-card charges, you can use this value as the complete description that appears on
        /// your customers’ statements. Must contain at least one letter, maximum 22 characters.
        statement_descriptor "statement_descriptor" => statement_descriptor nullable;
        /// Provides information about a card payment that customers see on their statements.
        /// Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set
        /// on the account to form the complete statement descriptor. Maximum 22 characters for the
        /// concatenated descriptor.
        statement_descriptor_suffix "statement_descriptor_suffix" => statement_descriptor_suffix nullable;
        /// Status of this PaymentIntent, one of `requires_payment_method`, `requires_confirmation`,
        /// `requires_action`, `processing`, `requires_capture`, `canceled`, or `succeeded`. Read
        /// more about each PaymentIntent
        /// [status](https://stripe.com/docs/payments/intents#intent-statuses).
        status "status" => status or_else;
        /// The data with which to automatically create a Transfer when the payment is finalized.
        /// See the PaymentIntents [use case for connected
        /// accounts](https://stripe.com/docs/payments/connected-accounts) for details.
        transfer_data "transfer_data" => transfer_data nullable;
        /// A string that identifies the resulting payment as part of a group. See the
        /// PaymentIntents [use case for connected
        /// accounts](https://stripe.com/docs/connect/separate-charges-and-transfers) for details.
        transfer_group "transfer_group" => transfer_group nullable;
        /// LeanRails only. The LeanRails merchant that owns the PaymentIntent (LeanRails only).
        merchant_id "merchant_id" => merchant_id opt;
        /// LeanRails only. The charges made by this PaymentIntent, as a list object (LeanRails
        /// only).
        charges "charges" => charges opt;
    }
    raw {
    }
}

/// Adds every class of this module to the Python module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Tip>()?;
    m.add_class::<AmountDetails>()?;
    m.add_class::<AutomaticPaymentMethods>()?;
    m.add_class::<LastPaymentError>()?;
    m.add_class::<RedirectToUrl>()?;
    m.add_class::<VerifyWithMicrodeposits>()?;
    m.add_class::<NextAction>()?;
    m.add_class::<Processing>()?;
    m.add_class::<Address>()?;
    m.add_class::<Shipping>()?;
    m.add_class::<TransferData>()?;
    m.add_class::<Charge>()?;
    m.add_class::<PaymentIntent>()?;
    Ok(())
}
