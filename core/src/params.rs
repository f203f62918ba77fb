//! Parameters of the eleven PaymentIntent operations. Each struct checks
//! itself (`validate`) and turns into an ordered JSON tree (`to_wire`) that
//! the wire profile then encodes as a form or a JSON body.
//!
//! `extra` carries parameters this version does not model (newer API fields,
//! or `""` to unset a field); an `extra` key may not repeat a typed field.

use std::collections::BTreeMap;

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::config::Profile;
use crate::enums::{CancellationReason, CaptureMethod, ConfirmationMethod, SetupFutureUsage};
use crate::error::{Error, Result};
use crate::model::Shipping;
use crate::validate;

/// What every parameter struct provides to the transport.
pub trait Params: Serialize {
    /// Check the values before anything is sent.
    fn validate(&self) -> Result<()>;
    /// Parameters not modelled by the struct.
    fn extra(&self) -> &Map<String, Value>;

    /// Check the values for the API of `profile`. Where the APIs agree this is
    /// `validate`; LeanRails is looser on a few enums (see `CancelParams`).
    fn validate_for(&self, profile: Profile) -> Result<()> {
        let _ = profile;
        self.validate()
    }

    /// The ordered parameter tree: typed fields in declaration order, then
    /// `extra`, checked against the Stripe API.
    fn to_wire(&self) -> Result<Map<String, Value>> {
        self.to_wire_for(Profile::Stripe)
    }

    /// `to_wire`, checked against the API of `profile`.
    fn to_wire_for(&self, profile: Profile) -> Result<Map<String, Value>> {
        self.validate_for(profile)?;
        let mut map = match serde_json::to_value(self) {
            Ok(Value::Object(m)) => m,
            Ok(_) | Err(_) => {
                return Err(Error::invalid_argument("params", "parameters must serialise to an object"))
            }
        };
        for (k, v) in self.extra() {
            if k.is_empty() || k.contains(['[', ']']) || k.chars().any(char::is_control) {
                return Err(Error::invalid_argument(
                    "extra",
                    format!("extra parameter names must be plain words, got {k:?}"),
                ));
            }
            validate::free_form(k, v)?;
            if map.contains_key(k) {
                return Err(Error::invalid_argument(
                    k,
                    format!("{k} is a typed parameter; set the field instead of passing it in extra"),
                ));
            }
            map.insert(k.clone(), v.clone());
        }
        // Every key at every depth (typed nested structs' `extra` included)
        // must keep its place in the form encoding's bracket nesting.
        for (k, v) in &map {
            validate::free_form(k, v)?;
        }
        Ok(map)
    }
}

/// `automatic_payment_methods` on create.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AutomaticPaymentMethodsParam {
    pub enabled: bool,
    /// `always` or `never`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_redirects: Option<String>,
}

/// `transfer_data` on create (destination required) or on later calls (amount only).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TransferDataParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
}

/// `created` filter of list: an exact time or a range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreatedFilter {
    Exact(i64),
    Range {
        #[serde(skip_serializing_if = "Option::is_none")]
        gt: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        gte: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        lt: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        lte: Option<i64>,
    },
}

/// Parse parameters from a JSON object (the path of a bad value becomes the
/// error's `param`). Keys that no field takes land in `extra`.
pub fn from_json<P: DeserializeOwned>(value: Value) -> Result<P> {
    let value = match value {
        Value::Null => Value::Object(Map::new()),
        v @ Value::Object(_) => v,
        other => {
            return Err(Error::invalid_argument(
                "params",
                format!("parameters must be an object, got {other}"),
            ))
        }
    };
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        let param = if path == "." {
            inner
                .split('`')
                .nth(1)
                .map(str::to_string)
                .unwrap_or_else(|| "params".to_string())
        } else {
            path
        };
        Error::invalid_argument(&param, format!("invalid parameter {param}: {inner}"))
    })
}

fn is_empty_vec<T>(v: &[T]) -> bool {
    v.is_empty()
}


// Shared checks used by several operations.
fn check_common(
    expand: &[String],
    metadata: Option<&BTreeMap<String, String>>,
    statement_descriptor: Option<&String>,
    statement_descriptor_suffix: Option<&String>,
    description: Option<&String>,
    application_fee_amount: Option<i64>,
) -> Result<()> {
    for (i, e) in expand.iter().enumerate() {
        validate::non_empty(&format!("expand[{i}]"), e)?;
    }
    if let Some(m) = metadata {
        validate::metadata("metadata", m)?;
    }
    if let Some(s) = statement_descriptor {
        validate::max_chars("statement_descriptor", s, 22)?;
    }
    if let Some(s) = statement_descriptor_suffix {
        validate::max_chars("statement_descriptor_suffix", s, 22)?;
    }
    if let Some(s) = description {
        validate::max_chars("description", s, 1000)?;
    }
    if let Some(a) = application_fee_amount {
        validate::fee_amount("application_fee_amount", a)?;
    }
    Ok(())
}

/// Free-form JSON parameters: no brackets or control characters in any key.
fn check_free_form(fields: &[(&str, Option<&Value>)]) -> Result<()> {
    for (param, value) in fields {
        if let Some(v) = value {
            validate::free_form(param, v)?;
        }
    }
    Ok(())
}

fn check_id(param: &str, value: Option<&String>, prefix: &str) -> Result<()> {
    match value {
        Some(v) => validate::object_id(param, v, prefix),
        None => Ok(()),
    }
}

fn check_payment_method(value: Option<&String>) -> Result<()> {
    match value {
        Some(v) => validate::object_id_any("payment_method", v, validate::PAYMENT_METHOD_PREFIXES),
        None => Ok(()),
    }
}

fn check_opaque(param: &str, value: Option<&String>) -> Result<()> {
    match value {
        Some(v) => validate::opaque(param, v),
        None => Ok(()),
    }
}

fn check_off_session(v: Option<&Value>) -> Result<()> {
    match v {
        None | Some(Value::Bool(_)) => Ok(()),
        Some(Value::String(s)) if s == "one_off" || s == "recurring" => Ok(()),
        Some(other) => Err(Error::invalid_argument(
            "off_session",
            format!("off_session must be true, false, \"one_off\" or \"recurring\", got {other}"),
        )),
    }
}

fn check_known<T: AsRef<str>>(param: &str, value: Option<T>, known: &[&str]) -> Result<()> {
    if let Some(v) = value {
        let v = v.as_ref();
        if !known.contains(&v) {
            return Err(Error::invalid_argument(
                param,
                format!("{param} must be one of {}, got {v:?}", known.join(", ")),
            ));
        }
    }
    Ok(())
}

fn check_transfer_amount(t: Option<&TransferDataParam>) -> Result<()> {
    if let Some(a) = t.and_then(|t| t.amount) {
        validate::amount("transfer_data[amount]", a)?;
    }
    Ok(())
}

/// Parameters of `POST /v1/payment_intents`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateParams {
    pub amount: i64,
    pub currency: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automatic_payment_methods: Option<AutomaticPaymentMethodsParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<CaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirm: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_method: Option<ConfirmationMethod>,
    /// A ConfirmationToken (`ctoken_…`), used with `confirm: true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<bool>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_data: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// `true`, `false`, `"one_off"` or `"recurring"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_session: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radar_options: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<SetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Shipping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<TransferDataParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<bool>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl CreateParams {
    pub fn new(amount: i64, currency: impl Into<String>) -> Self {
        CreateParams { amount, currency: currency.into(), ..Default::default() }
    }
}

impl Params for CreateParams {
    fn validate(&self) -> Result<()> {
        validate::amount("amount", self.amount)?;
        validate::currency("currency", &self.currency)?;
        check_id("customer", self.customer.as_ref(), "cus_")?;
        check_payment_method(self.payment_method.as_ref())?;
        check_id("on_behalf_of", self.on_behalf_of.as_ref(), "acct_")?;
        check_id("mandate", self.mandate.as_ref(), "mandate_")?;
        check_free_form(&[
            ("mandate_data", self.mandate_data.as_ref()),
            ("payment_method_data", self.payment_method_data.as_ref()),
            ("payment_method_options", self.payment_method_options.as_ref()),
            ("radar_options", self.radar_options.as_ref()),
        ])?;
        check_common(
            &self.expand,
            self.metadata.as_ref(),
            self.statement_descriptor.as_ref(),
            self.statement_descriptor_suffix.as_ref(),
            self.description.as_ref(),
            self.application_fee_amount,
        )?;
        check_off_session(self.off_session.as_ref())?;
        if let Some(t) = &self.confirmation_token {
            validate::object_id("confirmation_token", t, "ctoken_")?;
        }
        check_known("capture_method", self.capture_method.as_ref().map(|c| c.as_str()), CaptureMethod::KNOWN)?;
        check_known(
            "confirmation_method",
            self.confirmation_method.as_ref().map(|c| c.as_str()),
            ConfirmationMethod::KNOWN,
        )?;
        // The create endpoint has nothing to clear: no `""` there.
        check_known(
            "setup_future_usage",
            self.setup_future_usage.as_ref().map(|c| c.as_str()),
            SetupFutureUsage::SETTABLE,
        )?;
        check_transfer_amount(self.transfer_data.as_ref())?;
        if let Some(t) = &self.transfer_data {
            match &t.destination {
                Some(d) if !d.is_empty() => validate::object_id("transfer_data[destination]", d, "acct_")?,
                _ => {
                    return Err(Error::invalid_argument(
                        "transfer_data[destination]",
                        "transfer_data[destination] is required when creating a PaymentIntent with transfer_data",
                    ))
                }
            }
        }
        Ok(())
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `GET /v1/payment_intents/{intent}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RetrieveParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl Params for RetrieveParams {
    fn validate(&self) -> Result<()> {
        check_opaque("client_secret", self.client_secret.as_ref())?;
        check_common(&self.expand, None, None, None, None, None)
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<CaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    /// Keys with an empty value are removed from the object's metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<SetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Shipping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<TransferDataParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_group: Option<String>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl Params for UpdateParams {
    fn validate(&self) -> Result<()> {
        if let Some(a) = self.amount {
            validate::amount("amount", a)?;
        }
        check_id("customer", self.customer.as_ref(), "cus_")?;
        check_payment_method(self.payment_method.as_ref())?;
        check_free_form(&[
            ("payment_method_data", self.payment_method_data.as_ref()),
            ("payment_method_options", self.payment_method_options.as_ref()),
        ])?;
        if let Some(c) = &self.currency {
            validate::currency("currency", c)?;
        }
        check_common(
            &self.expand,
            self.metadata.as_ref(),
            self.statement_descriptor.as_ref(),
            self.statement_descriptor_suffix.as_ref(),
            self.description.as_ref(),
            self.application_fee_amount,
        )?;
        check_known("capture_method", self.capture_method.as_ref().map(|c| c.as_str()), CaptureMethod::KNOWN)?;
        check_known(
            "setup_future_usage",
            self.setup_future_usage.as_ref().map(|c| c.as_str()),
            SetupFutureUsage::KNOWN,
        )?;
        check_transfer_amount(self.transfer_data.as_ref())
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `GET /v1/payment_intents`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<CreatedFilter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    /// 1 to 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

fn check_limit(limit: Option<i64>) -> Result<()> {
    match limit {
        Some(l) if !(1..=100).contains(&l) => Err(Error::invalid_argument(
            "limit",
            format!("limit must be between 1 and 100, got {l}"),
        )),
        _ => Ok(()),
    }
}

impl Params for ListParams {
    fn validate(&self) -> Result<()> {
        check_limit(self.limit)?;
        if self.starting_after.is_some() && self.ending_before.is_some() {
            return Err(Error::invalid_argument(
                "starting_after",
                "starting_after and ending_before cannot be used together",
            ));
        }
        check_id("starting_after", self.starting_after.as_ref(), "pi_")?;
        check_id("ending_before", self.ending_before.as_ref(), "pi_")?;
        check_id("customer", self.customer.as_ref(), "cus_")?;
        check_common(&self.expand, None, None, None, None, None)
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `GET /v1/payment_intents/search`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchParams {
    /// Search query, e.g. `status:'succeeded' AND metadata['order_id']:'6735'`.
    pub query: String,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl SearchParams {
    pub fn new(query: impl Into<String>) -> Self {
        SearchParams { query: query.into(), ..Default::default() }
    }
}

impl Params for SearchParams {
    fn validate(&self) -> Result<()> {
        validate::non_empty("query", &self.query)?;
        check_limit(self.limit)?;
        check_opaque("page", self.page.as_ref())?;
        check_common(&self.expand, None, None, None, None, None)
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/confirm`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConfirmParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<CaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// A ConfirmationToken (`ctoken_…`) carrying the payment method details
    /// collected by Stripe's client SDKs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<bool>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_data: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_session: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radar_options: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<SetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Shipping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<bool>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl Params for ConfirmParams {
    fn validate(&self) -> Result<()> {
        check_common(&self.expand, None, None, None, None, None)?;
        check_off_session(self.off_session.as_ref())?;
        check_opaque("client_secret", self.client_secret.as_ref())?;
        check_payment_method(self.payment_method.as_ref())?;
        check_id("mandate", self.mandate.as_ref(), "mandate_")?;
        check_free_form(&[
            ("mandate_data", self.mandate_data.as_ref()),
            ("payment_method_data", self.payment_method_data.as_ref()),
            ("payment_method_options", self.payment_method_options.as_ref()),
            ("radar_options", self.radar_options.as_ref()),
        ])?;
        if let Some(t) = &self.confirmation_token {
            validate::object_id("confirmation_token", t, "ctoken_")?;
        }
        check_known("capture_method", self.capture_method.as_ref().map(|c| c.as_str()), CaptureMethod::KNOWN)?;
        check_known(
            "setup_future_usage",
            self.setup_future_usage.as_ref().map(|c| c.as_str()),
            SetupFutureUsage::KNOWN,
        )
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/capture`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CaptureParams {
    /// At most `amount_capturable`; the rest of the authorisation is released.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_to_capture: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    /// `false` keeps the PaymentIntent capturable for further partial
    /// captures (multicapture); the API's default is `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub final_capture: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<TransferDataParam>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl Params for CaptureParams {
    fn validate(&self) -> Result<()> {
        if let Some(a) = self.amount_to_capture {
            validate::amount("amount_to_capture", a)?;
        }
        check_common(
            &self.expand,
            self.metadata.as_ref(),
            self.statement_descriptor.as_ref(),
            self.statement_descriptor_suffix.as_ref(),
            None,
            self.application_fee_amount,
        )?;
        check_transfer_amount(self.transfer_data.as_ref())
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/cancel`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CancelParams {
    /// One of `abandoned`, `duplicate`, `fraudulent`, `requested_by_customer`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<CancellationReason>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl Params for CancelParams {
    /// Stripe accepts only [`CancellationReason::REQUESTABLE`].
    fn validate(&self) -> Result<()> {
        self.validate_for(Profile::Stripe)
    }
    /// LeanRails takes any non-empty reason; Stripe only the four requestable ones.
    fn validate_for(&self, profile: Profile) -> Result<()> {
        let reason = self.cancellation_reason.as_ref().map(|c| c.as_str());
        match profile {
            Profile::Stripe => check_known("cancellation_reason", reason, CancellationReason::REQUESTABLE)?,
            Profile::LeanRails => {
                if let Some(r) = reason {
                    validate::non_empty("cancellation_reason", r)?;
                    validate::max_chars("cancellation_reason", r, 5000)?;
                }
            }
        }
        check_common(&self.expand, None, None, None, None, None)
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/increment_authorization`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IncrementAuthorizationParams {
    /// The new, larger total amount.
    pub amount: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<TransferDataParam>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl Params for IncrementAuthorizationParams {
    fn validate(&self) -> Result<()> {
        validate::amount("amount", self.amount)?;
        check_common(
            &self.expand,
            self.metadata.as_ref(),
            self.statement_descriptor.as_ref(),
            None,
            self.description.as_ref(),
            self.application_fee_amount,
        )?;
        check_transfer_amount(self.transfer_data.as_ref())
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/apply_customer_balance`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplyCustomerBalanceParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl Params for ApplyCustomerBalanceParams {
    fn validate(&self) -> Result<()> {
        if let Some(a) = self.amount {
            validate::amount("amount", a)?;
        }
        if let Some(c) = &self.currency {
            validate::currency("currency", c)?;
        }
        check_common(&self.expand, None, None, None, None, None)
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

/// Parameters of `POST /v1/payment_intents/{intent}/verify_microdeposits`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VerifyMicrodepositsParams {
    /// The two micro-deposit amounts in cents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amounts: Option<Vec<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// The six-character code from the bank statement, starting with `SM`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub descriptor_code: Option<String>,
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub expand: Vec<String>,
    #[serde(flatten, skip_serializing)]
    pub extra: Map<String, Value>,
}

impl Params for VerifyMicrodepositsParams {
    fn validate(&self) -> Result<()> {
        match (&self.amounts, &self.descriptor_code) {
            (Some(_), Some(_)) => {
                return Err(Error::invalid_argument(
                    "amounts",
                    "pass either amounts or descriptor_code, not both",
                ))
            }
            (Some(a), None) => {
                if a.len() != 2 {
                    return Err(Error::invalid_argument(
                        "amounts",
                        format!("amounts must hold exactly two values, got {}", a.len()),
                    ));
                }
                // Micro-deposits are less than one unit of the currency.
                for (i, v) in a.iter().enumerate() {
                    validate::in_range(&format!("amounts[{i}]"), *v, 1, 99)?;
                }
            }
            (None, Some(c)) => validate::non_empty("descriptor_code", c)?,
            (None, None) => {}
        }
        check_opaque("client_secret", self.client_secret.as_ref())?;
        check_common(&self.expand, None, None, None, None, None)
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn create_validation() {
        assert!(CreateParams::new(2000, "usd").to_wire().is_ok());
        let e = CreateParams::new(0, "usd").to_wire().unwrap_err();
        assert_eq!((e.kind, e.param.as_deref()), (ErrorKind::InvalidArgument, Some("amount")));
        let e = CreateParams::new(10, "dollars").to_wire().unwrap_err();
        assert_eq!(e.param.as_deref(), Some("currency"));
        let mut p = CreateParams::new(10, "usd");
        p.off_session = Some(Value::String("sometimes".into()));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("off_session"));
        let mut p = CreateParams::new(10, "usd");
        p.capture_method = Some(CaptureMethod::Unknown("later".into()));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("capture_method"));
    }

    fn refused_param<P: Params>(p: &P) -> String {
        let e = p.to_wire().unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidArgument, "{e}");
        e.param.unwrap_or_default()
    }

    #[test]
    fn ids_outside_the_alphabet_are_refused() {
        let mut p = CreateParams::new(100, "usd");
        p.customer = Some("cus_1/../x".into());
        assert_eq!(refused_param(&p), "customer");
        p.customer = Some("cus_1Abc_2".into());
        p.payment_method = Some("pm_card_visa".into());
        p.on_behalf_of = Some("acct_1X".into());
        p.mandate = Some("mandate_1X".into());
        assert!(p.to_wire().is_ok());
        for (legacy, ok) in [("card_1X", true), ("src_1X", true), ("ba_1X", true), ("tok_visa", false), ("pm_1 x", false)] {
            p.payment_method = Some(legacy.into());
            assert_eq!(p.to_wire().is_ok(), ok, "{legacy}");
        }
        p.payment_method = None;
        p.on_behalf_of = Some("cus_1".into());
        assert_eq!(refused_param(&p), "on_behalf_of");
        p.on_behalf_of = None;
        p.transfer_data = Some(TransferDataParam { amount: None, destination: Some("acct_1?x".into()) });
        assert_eq!(refused_param(&p), "transfer_data[destination]");

        let p = ListParams { starting_after: Some("pi_1&limit=100".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "starting_after");
        let p = ListParams { ending_before: Some("ch_1".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "ending_before");
        let p = ListParams { customer: Some("cus_1\r\n".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "customer");
        let p = UpdateParams { payment_method: Some("pm_1%00".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "payment_method");
        let p = ConfirmParams { payment_method: Some("pm_1.2".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "payment_method");
        // A search cursor is opaque: anything printable goes.
        let p = SearchParams { page: Some("eyJvZmZzZXQiOjJ9+/=-.".into()), ..SearchParams::new("status:'succeeded'") };
        assert!(p.to_wire().is_ok());
        let p = SearchParams { page: Some("abc\u{7}".into()), ..SearchParams::new("status:'succeeded'") };
        assert_eq!(refused_param(&p), "page");
        let p = RetrieveParams { client_secret: Some("pi_1_secret_2\n".into()), ..Default::default() };
        assert_eq!(refused_param(&p), "client_secret");
    }

    #[test]
    fn amounts_above_the_maximum_are_refused() {
        let max = validate::MAX_AMOUNT;
        assert!(CreateParams::new(max, "usd").to_wire().is_ok());
        assert_eq!(refused_param(&CreateParams::new(max + 1, "usd")), "amount");
        assert_eq!(refused_param(&CreateParams::new(i64::MAX, "usd")), "amount");
        let mut p = CreateParams::new(100, "usd");
        p.application_fee_amount = Some(max + 1);
        assert_eq!(refused_param(&p), "application_fee_amount");
        p.application_fee_amount = Some(0);
        p.transfer_data = Some(TransferDataParam { amount: Some(i64::MAX), destination: Some("acct_1".into()) });
        assert_eq!(refused_param(&p), "transfer_data[amount]");
        assert_eq!(refused_param(&UpdateParams { amount: Some(max + 1), ..Default::default() }), "amount");
        let p = CaptureParams { amount_to_capture: Some(max + 1), ..Default::default() };
        assert_eq!(refused_param(&p), "amount_to_capture");
        let p = CaptureParams { application_fee_amount: Some(i64::MAX), ..Default::default() };
        assert_eq!(refused_param(&p), "application_fee_amount");
        let p = IncrementAuthorizationParams { amount: max + 1, ..Default::default() };
        assert_eq!(refused_param(&p), "amount");
        let p = ApplyCustomerBalanceParams { amount: Some(max + 1), ..Default::default() };
        assert_eq!(refused_param(&p), "amount");
        let p = VerifyMicrodepositsParams { amounts: Some(vec![32, 100]), ..Default::default() };
        assert_eq!(refused_param(&p), "amounts[1]");
        let p = VerifyMicrodepositsParams { amounts: Some(vec![1, 99]), ..Default::default() };
        assert!(p.to_wire().is_ok());
    }

    #[test]
    fn free_form_keys_with_brackets_or_control_characters_are_refused() {
        let mut p = CreateParams::new(100, "usd");
        p.metadata = Some(BTreeMap::from([("tab\there".into(), "v".into())]));
        assert_eq!(refused_param(&p), "metadata");
        p.metadata = None;
        p.payment_method_options = Some(serde_json::json!({"card": {"capture_method]": "manual"}}));
        assert_eq!(refused_param(&p), "payment_method_options[card]");
        p.payment_method_options = Some(serde_json::json!({"card": {"capture_method": "manual"}}));
        assert!(p.to_wire().is_ok());
        p.payment_method_data = Some(serde_json::json!({"type": "card", "billing_details": {"na\nme": "x"}}));
        assert_eq!(refused_param(&p), "payment_method_data[billing_details]");
        p.payment_method_data = None;
        p.extra.insert("newer".into(), serde_json::json!({"deep": [{"a[0]": 1}]}));
        assert_eq!(refused_param(&p), "newer[deep][0]");
        p.extra.clear();
        p.extra.insert("bad\u{1}".into(), Value::from(1));
        assert_eq!(refused_param(&p), "extra");
        p.extra.clear();
        let mut shipping: Shipping = serde_json::from_value(serde_json::json!({"name": "J", "address": {"line1": "x"}})).unwrap();
        shipping.extra.insert("x]".into(), Value::from(1));
        p.shipping = Some(shipping);
        assert_eq!(refused_param(&p), "shipping");
        let p = UpdateParams { payment_method_options: Some(serde_json::json!({"[": 1})), ..Default::default() };
        assert_eq!(refused_param(&p), "payment_method_options");
    }

    #[test]
    fn typed_confirmation_token_and_final_capture() {
        let p = ConfirmParams { confirmation_token: Some("ctoken_1Abc".into()), ..Default::default() };
        assert_eq!(Value::Object(p.to_wire().unwrap()), serde_json::json!({"confirmation_token": "ctoken_1Abc"}));
        let p: ConfirmParams = from_json(serde_json::json!({"confirmation_token": "ctoken_2"})).unwrap();
        assert_eq!(p.confirmation_token.as_deref(), Some("ctoken_2"));
        assert!(p.extra.is_empty());
        let p = ConfirmParams { confirmation_token: Some("pm_card_visa".into()), ..Default::default() };
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("confirmation_token"));
        let p = CaptureParams { final_capture: Some(false), ..Default::default() };
        assert_eq!(Value::Object(p.to_wire().unwrap()), serde_json::json!({"final_capture": false}));
        let p: CaptureParams = from_json(serde_json::json!({"final_capture": true})).unwrap();
        assert_eq!(p.final_capture, Some(true));
    }

    #[test]
    fn setup_future_usage_can_be_unset_on_update_and_confirm() {
        let p = UpdateParams { setup_future_usage: Some(SetupFutureUsage::Unset), ..Default::default() };
        let w = p.to_wire().unwrap();
        assert_eq!(Value::Object(w.clone()), serde_json::json!({"setup_future_usage": ""}));
        assert_eq!(crate::encode::form_encode(&w), "setup_future_usage=");
        assert_eq!(crate::encode::json_encode(&w), r#"{"setup_future_usage":""}"#);
        let p = ConfirmParams { setup_future_usage: Some(SetupFutureUsage::Unset), ..Default::default() };
        assert_eq!(p.to_wire().unwrap()["setup_future_usage"], "");
        let p: ConfirmParams = from_json(serde_json::json!({"setup_future_usage": ""})).unwrap();
        assert_eq!(p.setup_future_usage, Some(SetupFutureUsage::Unset));
        // The create endpoint has no value to clear.
        let mut p = CreateParams::new(100, "usd");
        p.setup_future_usage = Some(SetupFutureUsage::Unset);
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("setup_future_usage"));
        p.setup_future_usage = Some(SetupFutureUsage::OffSession);
        assert!(p.to_wire().is_ok());
    }

    #[test]
    fn leanrails_takes_any_cancellation_reason() {
        let p = CancelParams { cancellation_reason: Some(CancellationReason::from("customer_went_home")), ..Default::default() };
        assert!(p.to_wire_for(Profile::LeanRails).is_ok());
        assert_eq!(p.to_wire_for(Profile::Stripe).unwrap_err().param.as_deref(), Some("cancellation_reason"));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("cancellation_reason"));
        let p = CancelParams { cancellation_reason: Some(CancellationReason::from("  ")), ..Default::default() };
        assert_eq!(p.to_wire_for(Profile::LeanRails).unwrap_err().param.as_deref(), Some("cancellation_reason"));
    }

    #[test]
    fn cancel_reason_must_be_requestable() {
        let mut p = CancelParams::default();
        for ok in CancellationReason::REQUESTABLE {
            p.cancellation_reason = Some(CancellationReason::from(*ok));
            assert!(p.to_wire().is_ok());
        }
        for bad in ["automatic", "void_invoice", "because"] {
            p.cancellation_reason = Some(CancellationReason::from(bad));
            let e = p.to_wire().unwrap_err();
            assert_eq!(e.param.as_deref(), Some("cancellation_reason"));
        }
    }

    #[test]
    fn wire_order_and_extra() {
        let mut p = CreateParams::new(2000, "usd");
        p.metadata = Some(BTreeMap::from([("b".into(), "2".into()), ("a".into(), "1".into())]));
        p.extra.insert("hooks".into(), Value::String("inputs".into()));
        let w = p.to_wire().unwrap();
        let keys: Vec<_> = w.keys().cloned().collect();
        assert_eq!(keys, ["amount", "currency", "metadata", "hooks"]);
        p.confirmation_token = Some("ctoken_1".into());
        assert_eq!(p.to_wire().unwrap()["confirmation_token"], "ctoken_1");
        p.extra.insert("confirmation_token".into(), Value::String("ctoken_2".into()));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("confirmation_token"));
        p.extra.remove("confirmation_token");
        p.extra.insert("amount".into(), Value::from(5));
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("amount"));
    }

    #[test]
    fn from_json_reports_the_param() {
        let p: CreateParams = from_json(serde_json::json!({"amount": 5, "currency": "usd", "foo": 1})).unwrap();
        assert_eq!(p.extra.get("foo"), Some(&Value::from(1)));
        let e = from_json::<CreateParams>(serde_json::json!({"currency": "usd"})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("amount"));
        let e = from_json::<CreateParams>(serde_json::json!({"amount": "lots", "currency": "usd"})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("amount"));
        let e = from_json::<CaptureParams>(serde_json::json!({"metadata": {"a": 1}})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("metadata.a"));
        let p: ListParams = from_json(serde_json::json!({"created": {"gte": 3}})).unwrap();
        assert!(matches!(p.created, Some(CreatedFilter::Range { gte: Some(3), .. })));
        assert!(from_json::<CancelParams>(serde_json::json!([1])).is_err());
    }

    #[test]
    fn list_and_microdeposits() {
        let p = ListParams { limit: Some(0), ..Default::default() };
        assert_eq!(p.to_wire().unwrap_err().param.as_deref(), Some("limit"));
        let p = ListParams {
            created: Some(CreatedFilter::Range { gt: None, gte: Some(5), lt: None, lte: None }),
            ..Default::default()
        };
        assert_eq!(Value::Object(p.to_wire().unwrap()), serde_json::json!({"created": {"gte": 5}}));
        let p = VerifyMicrodepositsParams { amounts: Some(vec![32]), ..Default::default() };
        assert!(p.to_wire().is_err());
        let p = VerifyMicrodepositsParams { amounts: Some(vec![32, 45]), ..Default::default() };
        assert!(p.to_wire().is_ok());
    }
}
