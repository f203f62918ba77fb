//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The parameter structs of the operations, their nested types, and the checks the description declares.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::config::Profile;
use crate::enums::{CancellationReason, CaptureMethod, ConfirmationMethod, SetupFutureUsage};
use crate::error::Result;
use crate::model::Shipping;
use crate::params_base::Params;
use crate::validate;

/// `automatic_payment_methods`, as `create` takes it.
///
/// When enabled, this PaymentIntent will accept payment methods that you have enabled in the
/// Dashboard and are compatible with this PaymentIntent's other parameters.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AutomaticPaymentMethodsParam {
    /// `automatic_payment_methods[enabled]`.
    pub enabled: bool,
    /// `automatic_payment_methods[allow_redirects]`. One of `always` or `never`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_redirects: Option<String>,
}

impl AutomaticPaymentMethodsParam {
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = value.into();
        self
    }

    /// Sets `allow_redirects`.
    pub fn allow_redirects(mut self, value: impl Into<String>) -> Self {
        self.allow_redirects = Some(value.into());
        self
    }
}

/// `transfer_data`, as `create`, `update`, `capture` and `increment_authorization` take it.
///
/// The parameters used to automatically create a Transfer when the payment succeeds. For more
/// information, see the PaymentIntents [use case for connected
/// accounts](https://stripe.com/docs/payments/connected-accounts).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TransferDataParam {
    /// `transfer_data[amount]`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// `transfer_data[destination]`. Only `create` takes it. Required by `create`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
}

impl TransferDataParam {
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = Some(value.into());
        self
    }

    /// Sets `destination`.
    pub fn destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
}

/// `created`: A filter on the list, based on the object `created` field. The value can be a string
/// with an integer Unix timestamp, or it can be a dictionary with a number of different query
/// options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(untagged)]
pub enum CreatedFilter {
    /// Exactly this value.
    Exact(i64),
    /// Only the bounds given: `gt`, `gte`, `lt` and `lte`.
    Range {
        /// Greater than this.
        #[serde(skip_serializing_if = "Option::is_none")]
        gt: Option<i64>,
        /// Greater than or equal to this.
        #[serde(skip_serializing_if = "Option::is_none")]
        gte: Option<i64>,
        /// Less than this.
        #[serde(skip_serializing_if = "Option::is_none")]
        lt: Option<i64>,
        /// Less than or equal to this.
        #[serde(skip_serializing_if = "Option::is_none")]
        lte: Option<i64>,
    },
}

/// Parameters of `POST /v1/payment_intents` (`create`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CreateParams {
    /// Amount intended to be collected by this PaymentIntent. A positive integer representing how
    /// much to charge in the [smallest currency
    /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or
    /// 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent
    /// in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
    /// The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
    /// $999,999.99).
    pub amount: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
    /// lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The amount of the application fee (if any) that will be requested to be applied to the
    /// payment and transferred to the application owner's Stripe account. The amount of the
    /// application fee collected will be capped at the total payment amount. For more information,
    /// see the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    /// When enabled, this PaymentIntent will accept payment methods that you have enabled in the
    /// Dashboard and are compatible with this PaymentIntent's other parameters.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automatic_payment_methods: Option<AutomaticPaymentMethodsParam>,
    /// Controls when the funds will be captured from the customer's account.
    ///
    /// Accepted values: `automatic`, `automatic_async` or `manual`.
    ///
    /// LeanRails refuses `automatic_async`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<CaptureMethod>,
    /// Set to `true` to attempt to [confirm](https://stripe.com/docs/api/payment_intents/confirm)
    /// this PaymentIntent immediately. This parameter defaults to `false`. When creating and
    /// confirming a PaymentIntent at the same time, parameters available in the
    /// [confirm](https://stripe.com/docs/api/payment_intents/confirm) API may also be provided.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirm: Option<bool>,
    /// Accepted values: `automatic` or `manual`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_method: Option<ConfirmationMethod>,
    /// A ConfirmationToken (`ctoken_…`) holding the payment details that Stripe's client SDKs
    /// collected; used with `confirm=true`. Newer than the 2023-08-16 OpenAPI file.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_token: Option<String>,
    /// ID of the Customer this PaymentIntent belongs to, if one exists.
    ///
    /// Payment methods attached to other Customers cannot be used with this PaymentIntent.
    ///
    /// If present in combination with
    /// [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage),
    /// this PaymentIntent's payment method will be attached to the Customer after the PaymentIntent
    /// has been confirmed and any required actions from the user are complete.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Set to `true` to fail the payment attempt if the PaymentIntent transitions into
    /// `requires_action`. This parameter is intended for simpler integrations that do not handle
    /// customer actions, like [saving cards without
    /// authentication](https://stripe.com/docs/payments/save-card-without-authentication). This
    /// parameter can only be used with
    /// [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<bool>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// ID of the mandate to be used for this payment. This parameter can only be used with
    /// [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    /// This hash contains details about the Mandate to create. This parameter can only be used with
    /// [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_data: Option<Value>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
    /// object. This can be useful for storing additional information about the object in a
    /// structured format. Individual keys can be unset by posting an empty value to them. All keys
    /// can be unset by posting an empty value to `metadata`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// Set to `true` to indicate that the customer is not in your checkout flow during this payment
    /// attempt, and therefore is unable to authenticate. This parameter is intended for scenarios
    /// where you collect card details and [charge them
    /// later](https://stripe.com/docs/payments/cards/charging-saved-cards). This parameter can only
    /// be used with
    /// [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_session: Option<Value>,
    /// The Stripe account ID for which these funds are intended. For details, see the
    /// PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
    /// ID of the payment method (a PaymentMethod, Card, or [compatible
    /// Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility)
    /// object) to attach to this PaymentIntent.
    ///
    /// If this parameter is omitted with `confirm=true`, `customer.default_source` will be attached
    /// as this PaymentIntent's payment instrument to improve the migration experience for users of
    /// the Charges API. We recommend that you explicitly provide the `payment_method` going
    /// forward.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will
    /// appear in the
    /// [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    /// property on the PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<Value>,
    /// Payment-method-specific configuration for this PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<Value>,
    /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. If
    /// this is not provided, defaults to ["card"]. Use automatic_payment_methods to manage payment
    /// methods from the [Stripe Dashboard](https://dashboard.stripe.com/settings/payment_methods).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session)
    /// for more information.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radar_options: Option<Value>,
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email`
    /// is specified for a payment in live mode, a receipt will be sent regardless of your [email
    /// settings](https://dashboard.stripe.com/account/emails).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    /// The URL to redirect your customer back to after they authenticate or cancel their payment on
    /// the payment method's app or site. If you'd prefer to redirect to a mobile application, you
    /// can alternatively supply an application URI scheme. This parameter can only be used with
    /// [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment
    /// method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's
    /// Customer, if present, after the PaymentIntent is confirmed and any required actions from the
    /// user are complete. If no Customer was provided, the payment method can still be
    /// [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the
    /// transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize
    /// your payment flow and comply with regional legislation and network rules, such as
    /// [SCA](https://stripe.com/docs/strong-customer-authentication).
    ///
    /// Accepted values: `off_session` or `on_session`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<SetupFutureUsage>,
    /// Shipping information for this PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Shipping>,
    /// For non-card charges, you can use this value as the complete description that appears on
    /// your customers’ statements. Must contain at least one letter, maximum 22 characters.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// Provides information about a card payment that customers see on their statements.
    /// Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on
    /// the account to form the complete statement descriptor. Maximum 22 characters for the
    /// concatenated descriptor.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    /// The parameters used to automatically create a Transfer when the payment succeeds. For more
    /// information, see the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<TransferDataParam>,
    /// A string that identifies the resulting payment as part of a group. See the PaymentIntents
    /// [use case for connected
    /// accounts](https://stripe.com/docs/connect/separate-charges-and-transfers) for details.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_group: Option<String>,
    /// Set to `true` when confirming server-side and using Stripe.js, iOS, or Android client-side
    /// SDKs to handle the next actions.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<bool>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl CreateParams {
    /// The parameters with the required ones set and nothing else.
    pub fn new(amount: i64, currency: impl Into<String>) -> Self {
        CreateParams {
            amount,
            currency: currency.into(),
            ..Default::default()
        }
    }

    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = value.into();
        self
    }

    /// Sets `currency`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = value.into();
        self
    }

    /// Sets `application_fee_amount`.
    pub fn application_fee_amount(mut self, value: impl Into<i64>) -> Self {
        self.application_fee_amount = Some(value.into());
        self
    }

    /// Sets `automatic_payment_methods`.
    pub fn automatic_payment_methods(
        mut self,
        value: impl Into<AutomaticPaymentMethodsParam>,
    ) -> Self {
        self.automatic_payment_methods = Some(value.into());
        self
    }

    /// Sets `capture_method`.
    pub fn capture_method(mut self, value: impl Into<CaptureMethod>) -> Self {
        self.capture_method = Some(value.into());
        self
    }

    /// Sets `confirm`.
    pub fn confirm(mut self, value: impl Into<bool>) -> Self {
        self.confirm = Some(value.into());
        self
    }

    /// Sets `confirmation_method`.
    pub fn confirmation_method(mut self, value: impl Into<ConfirmationMethod>) -> Self {
        self.confirmation_method = Some(value.into());
        self
    }

    /// Sets `confirmation_token`.
    pub fn confirmation_token(mut self, value: impl Into<String>) -> Self {
        self.confirmation_token = Some(value.into());
        self
    }

    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `error_on_requires_action`.
    pub fn error_on_requires_action(mut self, value: impl Into<bool>) -> Self {
        self.error_on_requires_action = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `mandate`.
    pub fn mandate(mut self, value: impl Into<String>) -> Self {
        self.mandate = Some(value.into());
        self
    }

    /// Sets `mandate_data`.
    pub fn mandate_data(mut self, value: impl Into<Value>) -> Self {
        self.mandate_data = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<BTreeMap<String, String>>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Adds one entry to `metadata`, keeping the others.
    pub fn metadata_entry(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.metadata
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }

    /// Sets `off_session`.
    pub fn off_session(mut self, value: impl Into<Value>) -> Self {
        self.off_session = Some(value.into());
        self
    }

    /// Sets `on_behalf_of`.
    pub fn on_behalf_of(mut self, value: impl Into<String>) -> Self {
        self.on_behalf_of = Some(value.into());
        self
    }

    /// Sets `payment_method`.
    pub fn payment_method(mut self, value: impl Into<String>) -> Self {
        self.payment_method = Some(value.into());
        self
    }

    /// Sets `payment_method_data`.
    pub fn payment_method_data(mut self, value: impl Into<Value>) -> Self {
        self.payment_method_data = Some(value.into());
        self
    }

    /// Sets `payment_method_options`.
    pub fn payment_method_options(mut self, value: impl Into<Value>) -> Self {
        self.payment_method_options = Some(value.into());
        self
    }

    /// Sets `payment_method_types` to these items.
    pub fn payment_method_types(
        mut self,
        items: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.payment_method_types = Some(items.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `radar_options`.
    pub fn radar_options(mut self, value: impl Into<Value>) -> Self {
        self.radar_options = Some(value.into());
        self
    }

    /// Sets `receipt_email`.
    pub fn receipt_email(mut self, value: impl Into<String>) -> Self {
        self.receipt_email = Some(value.into());
        self
    }

    /// Sets `return_url`.
    pub fn return_url(mut self, value: impl Into<String>) -> Self {
        self.return_url = Some(value.into());
        self
    }

    /// Sets `setup_future_usage`.
    pub fn setup_future_usage(mut self, value: impl Into<SetupFutureUsage>) -> Self {
        self.setup_future_usage = Some(value.into());
        self
    }

    /// Sets `shipping`.
    pub fn shipping(mut self, value: impl Into<Shipping>) -> Self {
        self.shipping = Some(value.into());
        self
    }

    /// Sets `statement_descriptor`.
    pub fn statement_descriptor(mut self, value: impl Into<String>) -> Self {
        self.statement_descriptor = Some(value.into());
        self
    }

    /// Sets `statement_descriptor_suffix`.
    pub fn statement_descriptor_suffix(mut self, value: impl Into<String>) -> Self {
        self.statement_descriptor_suffix = Some(value.into());
        self
    }

    /// Sets `transfer_data`.
    pub fn transfer_data(mut self, value: impl Into<TransferDataParam>) -> Self {
        self.transfer_data = Some(value.into());
        self
    }

    /// Sets `transfer_group`.
    pub fn transfer_group(mut self, value: impl Into<String>) -> Self {
        self.transfer_group = Some(value.into());
        self
    }

    /// Sets `use_stripe_sdk`.
    pub fn use_stripe_sdk(mut self, value: impl Into<bool>) -> Self {
        self.use_stripe_sdk = Some(value.into());
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for CreateParams {
    fn validate_for(&self, profile: Profile) -> Result<()> {
        validate::amount("amount", self.amount)?;
        validate::currency("currency", &self.currency)?;
        if let Some(v) = &self.application_fee_amount {
            validate::fee_amount("application_fee_amount", *v)?;
        }
        if let Some(v) = &self.automatic_payment_methods {
            if let Some(allow_redirects) = &v.allow_redirects {
                validate::one_of(
                    "automatic_payment_methods[allow_redirects]",
                    allow_redirects,
                    &["always", "never"],
                )?;
            }
        }
        if let Some(v) = &self.capture_method {
            validate::one_of(
                "capture_method",
                v.as_str(),
                &["automatic", "automatic_async", "manual"],
            )?;
            if profile == Profile::LeanRails {
                validate::refused(
                    "capture_method",
                    v.as_str(),
                    &["automatic_async"],
                    "LeanRails",
                )?;
            }
        }
        if let Some(v) = &self.confirmation_method {
            validate::one_of("confirmation_method", v.as_str(), &["automatic", "manual"])?;
        }
        if let Some(v) = &self.confirmation_token {
            validate::object_id("confirmation_token", v, "ctoken_")?;
        }
        if let Some(v) = &self.customer {
            validate::object_id("customer", v, "cus_")?;
        }
        if let Some(v) = &self.description {
            validate::max_chars("description", v, 1000)?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        if let Some(v) = &self.mandate {
            validate::object_id("mandate", v, "mandate_")?;
        }
        if let Some(v) = &self.metadata {
            validate::metadata("metadata", v)?;
        }
        if let Some(v) = &self.off_session {
            validate::bool_or_one_of("off_session", v, &["one_off", "recurring"])?;
        }
        if let Some(v) = &self.on_behalf_of {
            validate::object_id("on_behalf_of", v, "acct_")?;
        }
        if let Some(v) = &self.payment_method {
            validate::object_id_any("payment_method", v, &["pm_", "card_", "src_", "ba_"])?;
        }
        if let Some(v) = &self.setup_future_usage {
            validate::one_of(
                "setup_future_usage",
                v.as_str(),
                &["off_session", "on_session"],
            )?;
        }
        if let Some(v) = &self.shipping {
            validate::required("shipping[address]", v.address.is_some(), "shipping")?;
            validate::required("shipping[name]", v.name.is_some(), "shipping")?;
        }
        if let Some(v) = &self.statement_descriptor {
            validate::max_chars("statement_descriptor", v, 22)?;
        }
        if let Some(v) = &self.statement_descriptor_suffix {
            validate::max_chars("statement_descriptor_suffix", v, 22)?;
        }
        if let Some(v) = &self.transfer_data {
            if let Some(amount) = &v.amount {
                validate::amount("transfer_data[amount]", *amount)?;
            }
            validate::required(
                "transfer_data[destination]",
                v.destination.is_some(),
                "transfer_data",
            )?;
            if let Some(destination) = &v.destination {
                validate::object_id("transfer_data[destination]", destination, "acct_")?;
            }
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `GET /v1/payment_intents/{intent}` (`retrieve`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RetrieveParams {
    /// The client secret of the PaymentIntent. It's required if you use a publishable key to
    /// retrieve the source.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl RetrieveParams {
    /// Sets `client_secret`.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for RetrieveParams {
    fn validate_for(&self, _profile: Profile) -> Result<()> {
        if let Some(v) = &self.client_secret {
            validate::opaque("client_secret", v)?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}` (`update`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UpdateParams {
    /// Amount intended to be collected by this PaymentIntent. A positive integer representing how
    /// much to charge in the [smallest currency
    /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or
    /// 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent
    /// in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
    /// The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
    /// $999,999.99).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The amount of the application fee (if any) that will be requested to be applied to the
    /// payment and transferred to the application owner's Stripe account. The amount of the
    /// application fee collected will be capped at the total payment amount. For more information,
    /// see the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    /// Controls when the funds will be captured from the customer's account.
    ///
    /// Accepted values: `automatic`, `automatic_async` or `manual`.
    ///
    /// LeanRails refuses `automatic_async`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<CaptureMethod>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
    /// lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// ID of the Customer this PaymentIntent belongs to, if one exists.
    ///
    /// Payment methods attached to other Customers cannot be used with this PaymentIntent.
    ///
    /// If present in combination with
    /// [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage),
    /// this PaymentIntent's payment method will be attached to the Customer after the PaymentIntent
    /// has been confirmed and any required actions from the user are complete.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
    /// object. This can be useful for storing additional information about the object in a
    /// structured format. Individual keys can be unset by posting an empty value to them. All keys
    /// can be unset by posting an empty value to `metadata`.
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// ID of the payment method (a PaymentMethod, Card, or [compatible
    /// Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility)
    /// object) to attach to this PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will
    /// appear in the
    /// [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    /// property on the PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<Value>,
    /// Payment-method-specific configuration for this PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<Value>,
    /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. Use
    /// automatic_payment_methods to manage payment methods from the [Stripe
    /// Dashboard](https://dashboard.stripe.com/settings/payment_methods).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email`
    /// is specified for a payment in live mode, a receipt will be sent regardless of your [email
    /// settings](https://dashboard.stripe.com/account/emails).
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment
    /// method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's
    /// Customer, if present, after the PaymentIntent is confirmed and any required actions from the
    /// user are complete. If no Customer was provided, the payment method can still be
    /// [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the
    /// transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize
    /// your payment flow and comply with regional legislation and network rules, such as
    /// [SCA](https://stripe.com/docs/strong-customer-authentication).
    ///
    /// If `setup_future_usage` is already set and you are performing a request using a publishable
    /// key, you may only update the value from `on_session` to `off_session`.
    ///
    /// Accepted values: `""` (clears it), `off_session` or `on_session`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<SetupFutureUsage>,
    /// Shipping information for this PaymentIntent.
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Shipping>,
    /// For non-card charges, you can use this value as the complete description that appears on
    /// your customers’ statements. Must contain at least one letter, maximum 22 characters.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// Provides information about a card payment that customers see on their statements.
    /// Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on
    /// the account to form the complete statement descriptor. Maximum 22 characters for the
    /// concatenated descriptor.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    /// The parameters used to automatically create a Transfer when the payment succeeds. For more
    /// information, see the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<TransferDataParam>,
    /// A string that identifies the resulting payment as part of a group. `transfer_group` may only
    /// be provided if it has not been set. See the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts) for details.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_group: Option<String>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl UpdateParams {
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = Some(value.into());
        self
    }

    /// Sets `application_fee_amount`.
    pub fn application_fee_amount(mut self, value: impl Into<i64>) -> Self {
        self.application_fee_amount = Some(value.into());
        self
    }

    /// Sets `capture_method`.
    pub fn capture_method(mut self, value: impl Into<CaptureMethod>) -> Self {
        self.capture_method = Some(value.into());
        self
    }

    /// Sets `currency`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }

    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<BTreeMap<String, String>>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Adds one entry to `metadata`, keeping the others.
    pub fn metadata_entry(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.metadata
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }

    /// Sets `payment_method`.
    pub fn payment_method(mut self, value: impl Into<String>) -> Self {
        self.payment_method = Some(value.into());
        self
    }

    /// Sets `payment_method_data`.
    pub fn payment_method_data(mut self, value: impl Into<Value>) -> Self {
        self.payment_method_data = Some(value.into());
        self
    }

    /// Sets `payment_method_options`.
    pub fn payment_method_options(mut self, value: impl Into<Value>) -> Self {
        self.payment_method_options = Some(value.into());
        self
    }

    /// Sets `payment_method_types` to these items.
    pub fn payment_method_types(
        mut self,
        items: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.payment_method_types = Some(items.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `receipt_email`.
    pub fn receipt_email(mut self, value: impl Into<String>) -> Self {
        self.receipt_email = Some(value.into());
        self
    }

    /// Sets `setup_future_usage`.
    pub fn setup_future_usage(mut self, value: impl Into<SetupFutureUsage>) -> Self {
        self.setup_future_usage = Some(value.into());
        self
    }

    /// Sets `shipping`.
    pub fn shipping(mut self, value: impl Into<Shipping>) -> Self {
        self.shipping = Some(value.into());
        self
    }

    /// Sets `statement_descriptor`.
    pub fn statement_descriptor(mut self, value: impl Into<String>) -> Self {
        self.statement_descriptor = Some(value.into());
        self
    }

    /// Sets `statement_descriptor_suffix`.
    pub fn statement_descriptor_suffix(mut self, value: impl Into<String>) -> Self {
        self.statement_descriptor_suffix = Some(value.into());
        self
    }

    /// Sets `transfer_data`.
    pub fn transfer_data(mut self, value: impl Into<TransferDataParam>) -> Self {
        self.transfer_data = Some(value.into());
        self
    }

    /// Sets `transfer_group`.
    pub fn transfer_group(mut self, value: impl Into<String>) -> Self {
        self.transfer_group = Some(value.into());
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for UpdateParams {
    fn validate_for(&self, profile: Profile) -> Result<()> {
        if let Some(v) = &self.amount {
            validate::amount("amount", *v)?;
        }
        if let Some(v) = &self.application_fee_amount {
            validate::fee_amount("application_fee_amount", *v)?;
        }
        if let Some(v) = &self.capture_method {
            validate::one_of(
                "capture_method",
                v.as_str(),
                &["automatic", "automatic_async", "manual"],
            )?;
            if profile == Profile::LeanRails {
                validate::refused(
                    "capture_method",
                    v.as_str(),
                    &["automatic_async"],
                    "LeanRails",
                )?;
            }
        }
        if let Some(v) = &self.currency {
            validate::currency("currency", v)?;
        }
        if let Some(v) = &self.customer {
            validate::object_id("customer", v, "cus_")?;
        }
        if let Some(v) = &self.description {
            validate::max_chars("description", v, 1000)?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        if let Some(v) = &self.metadata {
            validate::metadata("metadata", v)?;
        }
        if let Some(v) = &self.payment_method {
            validate::object_id_any("payment_method", v, &["pm_", "card_", "src_", "ba_"])?;
        }
        if let Some(v) = &self.setup_future_usage {
            validate::one_of(
                "setup_future_usage",
                v.as_str(),
                &["", "off_session", "on_session"],
            )?;
        }
        if let Some(v) = &self.shipping {
            validate::required("shipping[address]", v.address.is_some(), "shipping")?;
            validate::required("shipping[name]", v.name.is_some(), "shipping")?;
        }
        if let Some(v) = &self.statement_descriptor {
            validate::max_chars("statement_descriptor", v, 22)?;
        }
        if let Some(v) = &self.statement_descriptor_suffix {
            validate::max_chars("statement_descriptor_suffix", v, 22)?;
        }
        if let Some(v) = &self.transfer_data {
            if let Some(amount) = &v.amount {
                validate::amount("transfer_data[amount]", *amount)?;
            }
            validate::not_accepted(
                "transfer_data[destination]",
                v.destination.is_some(),
                "update",
            )?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `GET /v1/payment_intents` (`list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ListParams {
    /// A filter on the list, based on the object `created` field. The value can be a string with an
    /// integer Unix timestamp, or it can be a dictionary with a number of different query options.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<CreatedFilter>,
    /// Only return PaymentIntents for the customer specified by this customer ID.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in
    /// the list. For instance, if you make a list request and receive 100 objects, starting with
    /// `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the
    /// previous page of the list.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the
    /// default is 10.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in
    /// the list. For instance, if you make a list request and receive 100 objects, ending with
    /// `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the
    /// next page of the list.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl ListParams {
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<CreatedFilter>) -> Self {
        self.created = Some(value.into());
        self
    }

    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `ending_before`.
    pub fn ending_before(mut self, value: impl Into<String>) -> Self {
        self.ending_before = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for ListParams {
    fn validate_for(&self, _profile: Profile) -> Result<()> {
        validate::exclusive(
            "starting_after",
            self.starting_after.is_some(),
            "ending_before",
            self.ending_before.is_some(),
        )?;
        if let Some(v) = &self.customer {
            validate::object_id("customer", v, "cus_")?;
        }
        if let Some(v) = &self.ending_before {
            validate::object_id("ending_before", v, "pi_")?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        if let Some(v) = &self.limit {
            validate::in_range("limit", *v, 1, 100)?;
        }
        if let Some(v) = &self.starting_after {
            validate::object_id("starting_after", v, "pi_")?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `GET /v1/payment_intents/search` (`search`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SearchParams {
    /// The search query string. See [search query
    /// language](https://stripe.com/docs/search#search-query-language) and the list of supported
    /// [query fields for payment
    /// intents](https://stripe.com/docs/search#query-fields-for-payment-intents).
    pub query: String,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the
    /// default is 10.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for pagination across multiple pages of results. Don't include this parameter on
    /// the first call. Use the next_page value returned in a previous response to request
    /// subsequent results.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl SearchParams {
    /// The parameters with the required ones set and nothing else.
    pub fn new(query: impl Into<String>) -> Self {
        SearchParams {
            query: query.into(),
            ..Default::default()
        }
    }

    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = value.into();
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for SearchParams {
    fn validate_for(&self, _profile: Profile) -> Result<()> {
        validate::non_empty("query", &self.query)?;
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        if let Some(v) = &self.limit {
            validate::in_range("limit", *v, 1, 100)?;
        }
        if let Some(v) = &self.page {
            validate::opaque("page", v)?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/confirm` (`confirm`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConfirmParams {
    /// Controls when the funds will be captured from the customer's account.
    ///
    /// Accepted values: `automatic`, `automatic_async` or `manual`.
    ///
    /// LeanRails refuses `automatic_async`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<CaptureMethod>,
    /// The client secret of the PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// A ConfirmationToken (`ctoken_…`) holding the payment details that Stripe's client SDKs
    /// collected. Values passed directly in this request win over the token's. Newer than the
    /// 2023-08-16 OpenAPI file.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_token: Option<String>,
    /// Set to `true` to fail the payment attempt if the PaymentIntent transitions into
    /// `requires_action`. This parameter is intended for simpler integrations that do not handle
    /// customer actions, like [saving cards without
    /// authentication](https://stripe.com/docs/payments/save-card-without-authentication).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<bool>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// ID of the mandate to be used for this payment.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    /// This hash contains details about the Mandate to create
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_data: Option<Value>,
    /// Set to `true` to indicate that the customer is not in your checkout flow during this payment
    /// attempt, and therefore is unable to authenticate. This parameter is intended for scenarios
    /// where you collect card details and [charge them
    /// later](https://stripe.com/docs/payments/cards/charging-saved-cards).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_session: Option<Value>,
    /// ID of the payment method (a PaymentMethod, Card, or [compatible
    /// Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility)
    /// object) to attach to this PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will
    /// appear in the
    /// [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    /// property on the PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<Value>,
    /// Payment-method-specific configuration for this PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<Value>,
    /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. Use
    /// automatic_payment_methods to manage payment methods from the [Stripe
    /// Dashboard](https://dashboard.stripe.com/settings/payment_methods).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session)
    /// for more information.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radar_options: Option<Value>,
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email`
    /// is specified for a payment in live mode, a receipt will be sent regardless of your [email
    /// settings](https://dashboard.stripe.com/account/emails).
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    /// The URL to redirect your customer back to after they authenticate or cancel their payment on
    /// the payment method's app or site. If you'd prefer to redirect to a mobile application, you
    /// can alternatively supply an application URI scheme. This parameter is only used for cards
    /// and other redirect-based payment methods.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment
    /// method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's
    /// Customer, if present, after the PaymentIntent is confirmed and any required actions from the
    /// user are complete. If no Customer was provided, the payment method can still be
    /// [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the
    /// transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize
    /// your payment flow and comply with regional legislation and network rules, such as
    /// [SCA](https://stripe.com/docs/strong-customer-authentication).
    ///
    /// If `setup_future_usage` is already set and you are performing a request using a publishable
    /// key, you may only update the value from `on_session` to `off_session`.
    ///
    /// Accepted values: `""` (clears it), `off_session` or `on_session`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<SetupFutureUsage>,
    /// Shipping information for this PaymentIntent.
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Shipping>,
    /// Set to `true` when confirming server-side and using Stripe.js, iOS, or Android client-side
    /// SDKs to handle the next actions.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<bool>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl ConfirmParams {
    /// Sets `capture_method`.
    pub fn capture_method(mut self, value: impl Into<CaptureMethod>) -> Self {
        self.capture_method = Some(value.into());
        self
    }

    /// Sets `client_secret`.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }

    /// Sets `confirmation_token`.
    pub fn confirmation_token(mut self, value: impl Into<String>) -> Self {
        self.confirmation_token = Some(value.into());
        self
    }

    /// Sets `error_on_requires_action`.
    pub fn error_on_requires_action(mut self, value: impl Into<bool>) -> Self {
        self.error_on_requires_action = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `mandate`.
    pub fn mandate(mut self, value: impl Into<String>) -> Self {
        self.mandate = Some(value.into());
        self
    }

    /// Sets `mandate_data`.
    pub fn mandate_data(mut self, value: impl Into<Value>) -> Self {
        self.mandate_data = Some(value.into());
        self
    }

    /// Sets `off_session`.
    pub fn off_session(mut self, value: impl Into<Value>) -> Self {
        self.off_session = Some(value.into());
        self
    }

    /// Sets `payment_method`.
    pub fn payment_method(mut self, value: impl Into<String>) -> Self {
        self.payment_method = Some(value.into());
        self
    }

    /// Sets `payment_method_data`.
    pub fn payment_method_data(mut self, value: impl Into<Value>) -> Self {
        self.payment_method_data = Some(value.into());
        self
    }

    /// Sets `payment_method_options`.
    pub fn payment_method_options(mut self, value: impl Into<Value>) -> Self {
        self.payment_method_options = Some(value.into());
        self
    }

    /// Sets `payment_method_types` to these items.
    pub fn payment_method_types(
        mut self,
        items: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.payment_method_types = Some(items.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `radar_options`.
    pub fn radar_options(mut self, value: impl Into<Value>) -> Self {
        self.radar_options = Some(value.into());
        self
    }

    /// Sets `receipt_email`.
    pub fn receipt_email(mut self, value: impl Into<String>) -> Self {
        self.receipt_email = Some(value.into());
        self
    }

    /// Sets `return_url`.
    pub fn return_url(mut self, value: impl Into<String>) -> Self {
        self.return_url = Some(value.into());
        self
    }

    /// Sets `setup_future_usage`.
    pub fn setup_future_usage(mut self, value: impl Into<SetupFutureUsage>) -> Self {
        self.setup_future_usage = Some(value.into());
        self
    }

    /// Sets `shipping`.
    pub fn shipping(mut self, value: impl Into<Shipping>) -> Self {
        self.shipping = Some(value.into());
        self
    }

    /// Sets `use_stripe_sdk`.
    pub fn use_stripe_sdk(mut self, value: impl Into<bool>) -> Self {
        self.use_stripe_sdk = Some(value.into());
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for ConfirmParams {
    fn validate_for(&self, profile: Profile) -> Result<()> {
        if let Some(v) = &self.capture_method {
            validate::one_of(
                "capture_method",
                v.as_str(),
                &["automatic", "automatic_async", "manual"],
            )?;
            if profile == Profile::LeanRails {
                validate::refused(
                    "capture_method",
                    v.as_str(),
                    &["automatic_async"],
                    "LeanRails",
                )?;
            }
        }
        if let Some(v) = &self.client_secret {
            validate::opaque("client_secret", v)?;
        }
        if let Some(v) = &self.confirmation_token {
            validate::object_id("confirmation_token", v, "ctoken_")?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        if let Some(v) = &self.mandate {
            validate::object_id("mandate", v, "mandate_")?;
        }
        if let Some(v) = &self.off_session {
            validate::bool_or_one_of("off_session", v, &["one_off", "recurring"])?;
        }
        if let Some(v) = &self.payment_method {
            validate::object_id_any("payment_method", v, &["pm_", "card_", "src_", "ba_"])?;
        }
        if let Some(v) = &self.setup_future_usage {
            validate::one_of(
                "setup_future_usage",
                v.as_str(),
                &["", "off_session", "on_session"],
            )?;
        }
        if let Some(v) = &self.shipping {
            validate::required("shipping[address]", v.address.is_some(), "shipping")?;
            validate::required("shipping[name]", v.name.is_some(), "shipping")?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/capture` (`capture`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CaptureParams {
    /// The amount to capture from the PaymentIntent, which must be less than or equal to the
    /// original amount. Any additional amount will be automatically refunded. Defaults to the full
    /// `amount_capturable` if not provided.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_to_capture: Option<i64>,
    /// The amount of the application fee (if any) that will be requested to be applied to the
    /// payment and transferred to the application owner's Stripe account. The amount of the
    /// application fee collected will be capped at the total payment amount. For more information,
    /// see the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// Whether this is the last capture. `false` leaves the PaymentIntent capturable for further
    /// partial captures (multicapture); the API's default is `true`. Newer than the 2023-08-16
    /// OpenAPI file.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub final_capture: Option<bool>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
    /// object. This can be useful for storing additional information about the object in a
    /// structured format. Individual keys can be unset by posting an empty value to them. All keys
    /// can be unset by posting an empty value to `metadata`.
    ///
    /// To clear it, leave this field empty and send `""` under its name in `extra`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// For non-card charges, you can use this value as the complete description that appears on
    /// your customers’ statements. Must contain at least one letter, maximum 22 characters.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// Provides information about a card payment that customers see on their statements.
    /// Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on
    /// the account to form the complete statement descriptor. Maximum 22 characters for the
    /// concatenated descriptor.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    /// The parameters used to automatically create a Transfer when the payment is captured. For
    /// more information, see the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<TransferDataParam>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl CaptureParams {
    /// Sets `amount_to_capture`.
    pub fn amount_to_capture(mut self, value: impl Into<i64>) -> Self {
        self.amount_to_capture = Some(value.into());
        self
    }

    /// Sets `application_fee_amount`.
    pub fn application_fee_amount(mut self, value: impl Into<i64>) -> Self {
        self.application_fee_amount = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `final_capture`.
    pub fn final_capture(mut self, value: impl Into<bool>) -> Self {
        self.final_capture = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<BTreeMap<String, String>>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Adds one entry to `metadata`, keeping the others.
    pub fn metadata_entry(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.metadata
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }

    /// Sets `statement_descriptor`.
    pub fn statement_descriptor(mut self, value: impl Into<String>) -> Self {
        self.statement_descriptor = Some(value.into());
        self
    }

    /// Sets `statement_descriptor_suffix`.
    pub fn statement_descriptor_suffix(mut self, value: impl Into<String>) -> Self {
        self.statement_descriptor_suffix = Some(value.into());
        self
    }

    /// Sets `transfer_data`.
    pub fn transfer_data(mut self, value: impl Into<TransferDataParam>) -> Self {
        self.transfer_data = Some(value.into());
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for CaptureParams {
    fn validate_for(&self, _profile: Profile) -> Result<()> {
        if let Some(v) = &self.amount_to_capture {
            validate::amount("amount_to_capture", *v)?;
        }
        if let Some(v) = &self.application_fee_amount {
            validate::fee_amount("application_fee_amount", *v)?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        if let Some(v) = &self.metadata {
            validate::metadata("metadata", v)?;
        }
        if let Some(v) = &self.statement_descriptor {
            validate::max_chars("statement_descriptor", v, 22)?;
        }
        if let Some(v) = &self.statement_descriptor_suffix {
            validate::max_chars("statement_descriptor_suffix", v, 22)?;
        }
        if let Some(v) = &self.transfer_data {
            if let Some(amount) = &v.amount {
                validate::amount("transfer_data[amount]", *amount)?;
            }
            validate::not_accepted(
                "transfer_data[destination]",
                v.destination.is_some(),
                "capture",
            )?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/cancel` (`cancel`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CancelParams {
    /// Reason for canceling this PaymentIntent. Possible values are `duplicate`, `fraudulent`,
    /// `requested_by_customer`, or `abandoned`
    ///
    /// Accepted values: `abandoned`, `duplicate`, `fraudulent` or `requested_by_customer`.
    ///
    /// LeanRails takes any text here instead.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<CancellationReason>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl CancelParams {
    /// Sets `cancellation_reason`.
    pub fn cancellation_reason(mut self, value: impl Into<CancellationReason>) -> Self {
        self.cancellation_reason = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for CancelParams {
    fn validate_for(&self, profile: Profile) -> Result<()> {
        if let Some(v) = &self.cancellation_reason {
            if matches!(profile, Profile::LeanRails) {
                validate::free_text("cancellation_reason", v.as_str(), 5000)?;
            } else {
                validate::one_of(
                    "cancellation_reason",
                    v.as_str(),
                    &[
                        "abandoned",
                        "duplicate",
                        "fraudulent",
                        "requested_by_customer",
                    ],
                )?;
            }
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/increment_authorization`
/// (`increment_authorization`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct IncrementAuthorizationParams {
    /// The updated total amount you intend to collect from the cardholder. This amount must be
    /// greater than the currently authorized amount.
    pub amount: i64,
    /// The amount of the application fee (if any) that will be requested to be applied to the
    /// payment and transferred to the application owner's Stripe account. The amount of the
    /// application fee collected will be capped at the total payment amount. For more information,
    /// see the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
    /// object. This can be useful for storing additional information about the object in a
    /// structured format. Individual keys can be unset by posting an empty value to them. All keys
    /// can be unset by posting an empty value to `metadata`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// For non-card charges, you can use this value as the complete description that appears on
    /// your customers’ statements. Must contain at least one letter, maximum 22 characters.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// The parameters used to automatically create a Transfer when the payment is captured. For
    /// more information, see the PaymentIntents [use case for connected
    /// accounts](https://stripe.com/docs/payments/connected-accounts).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<TransferDataParam>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl IncrementAuthorizationParams {
    /// The parameters with the required ones set and nothing else.
    pub fn new(amount: i64) -> Self {
        IncrementAuthorizationParams {
            amount,
            ..Default::default()
        }
    }

    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = value.into();
        self
    }

    /// Sets `application_fee_amount`.
    pub fn application_fee_amount(mut self, value: impl Into<i64>) -> Self {
        self.application_fee_amount = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<BTreeMap<String, String>>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Adds one entry to `metadata`, keeping the others.
    pub fn metadata_entry(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.metadata
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }

    /// Sets `statement_descriptor`.
    pub fn statement_descriptor(mut self, value: impl Into<String>) -> Self {
        self.statement_descriptor = Some(value.into());
        self
    }

    /// Sets `transfer_data`.
    pub fn transfer_data(mut self, value: impl Into<TransferDataParam>) -> Self {
        self.transfer_data = Some(value.into());
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for IncrementAuthorizationParams {
    fn validate_for(&self, _profile: Profile) -> Result<()> {
        validate::amount("amount", self.amount)?;
        if let Some(v) = &self.application_fee_amount {
            validate::fee_amount("application_fee_amount", *v)?;
        }
        if let Some(v) = &self.description {
            validate::max_chars("description", v, 1000)?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        if let Some(v) = &self.metadata {
            validate::metadata("metadata", v)?;
        }
        if let Some(v) = &self.statement_descriptor {
            validate::max_chars("statement_descriptor", v, 22)?;
        }
        if let Some(v) = &self.transfer_data {
            if let Some(amount) = &v.amount {
                validate::amount("transfer_data[amount]", *amount)?;
            }
            validate::not_accepted(
                "transfer_data[destination]",
                v.destination.is_some(),
                "increment_authorization",
            )?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/apply_customer_balance`
/// (`apply_customer_balance`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApplyCustomerBalanceParams {
    /// Amount intended to be applied to this PaymentIntent from the customer’s cash balance.
    ///
    /// A positive integer representing how much to charge in the [smallest currency
    /// unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or
    /// 100 to charge ¥100, a zero-decimal currency).
    ///
    /// The maximum amount is the amount of the PaymentIntent.
    ///
    /// When omitted, the amount defaults to the remaining amount requested on the PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
    /// lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl ApplyCustomerBalanceParams {
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = Some(value.into());
        self
    }

    /// Sets `currency`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for ApplyCustomerBalanceParams {
    fn validate_for(&self, _profile: Profile) -> Result<()> {
        if let Some(v) = &self.amount {
            validate::amount("amount", *v)?;
        }
        if let Some(v) = &self.currency {
            validate::currency("currency", v)?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/verify_microdeposits` (`verify_microdeposits`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VerifyMicrodepositsParams {
    /// Two positive integers, in *cents*, equal to the values of the microdeposits sent to the bank
    /// account.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amounts: Option<Vec<i64>>,
    /// The client secret of the PaymentIntent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// A six-character code starting with SM present in the microdeposit sent to the bank account.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub descriptor_code: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expand: Vec<String>,
    /// Parameters this version does not model (newer API fields, or `""` to clear a field), sent
    /// after the typed ones. A key here may not repeat a typed field that is set.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl VerifyMicrodepositsParams {
    /// Sets `amounts` to these items.
    pub fn amounts(mut self, items: impl IntoIterator<Item = impl Into<i64>>) -> Self {
        self.amounts = Some(items.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `client_secret`.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }

    /// Sets `descriptor_code`.
    pub fn descriptor_code(mut self, value: impl Into<String>) -> Self {
        self.descriptor_code = Some(value.into());
        self
    }

    /// Sets `expand` to these items. Replaces any set before.
    pub fn expand(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.expand = items.into_iter().map(Into::into).collect();
        self
    }

    /// Adds a parameter this version does not model (see `extra`).
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }
}

impl Params for VerifyMicrodepositsParams {
    fn validate_for(&self, _profile: Profile) -> Result<()> {
        validate::exclusive(
            "amounts",
            self.amounts.is_some(),
            "descriptor_code",
            self.descriptor_code.is_some(),
        )?;
        if let Some(v) = &self.amounts {
            validate::item_count("amounts", v.len(), 2)?;
            for (i, item) in v.iter().enumerate() {
                let param = format!("amounts[{i}]");
                validate::in_range(&param, *item, 1, 99)?;
            }
        }
        if let Some(v) = &self.client_secret {
            validate::opaque("client_secret", v)?;
        }
        if let Some(v) = &self.descriptor_code {
            validate::non_empty("descriptor_code", v)?;
        }
        for (i, item) in self.expand.iter().enumerate() {
            let param = format!("expand[{i}]");
            validate::non_empty(&param, item)?;
        }
        Ok(())
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}
