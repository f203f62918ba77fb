//! The result records: `PaymentIntent` (common fields typed, LeanRails'
//! `merchant_id` and `charges` included, the whole object in `json`),
//! `Charge`, `ChargeList` and `PaymentIntentPage`, with their conversion from
//! the core's models. `Debug` (exported: Kotlin `toString()`, Swift
//! `debugDescription`, which `print` and `String(describing:)` use too) and
//! `Display` show every field except the client secret, which stays readable
//! as the `client_secret` field. Only `Debug` is exported: Swift would see
//! an exported `Display` as `description`, which the PaymentIntent's own
//! `description` field already is.

use std::collections::HashMap;
use std::fmt;

use crate::error::PayIntentError;
use crate::redact::{self, Fields, REDACTED};

/// A PaymentIntent: the common fields typed, everything in `json`.
#[derive(Clone, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct PaymentIntent {
    pub id: String,
    pub amount: i64,
    pub amount_capturable: Option<i64>,
    pub amount_received: Option<i64>,
    pub currency: Option<String>,
    /// Kept as sent, so values newer than this library still arrive.
    pub status: String,
    pub capture_method: Option<String>,
    pub confirmation_method: Option<String>,
    pub cancellation_reason: Option<String>,
    pub canceled_at: Option<i64>,
    /// Needed by client-side confirmation; never shown when the record is
    /// printed.
    pub client_secret: Option<String>,
    pub created: i64,
    pub customer: Option<String>,
    pub description: Option<String>,
    pub latest_charge: Option<String>,
    pub livemode: bool,
    pub metadata: HashMap<String, String>,
    pub next_action_type: Option<String>,
    pub payment_method: Option<String>,
    pub payment_method_types: Vec<String>,
    pub last_payment_error_code: Option<String>,
    pub last_payment_error_decline_code: Option<String>,
    pub last_payment_error_message: Option<String>,
    pub receipt_email: Option<String>,
    pub setup_future_usage: Option<String>,
    pub statement_descriptor: Option<String>,
    /// LeanRails: the merchant the PaymentIntent belongs to (`mer_...`).
    pub merchant_id: Option<String>,
    /// LeanRails: the charges made for this PaymentIntent.
    pub charges: Option<ChargeList>,
    /// The full object as JSON, fields newer than this library included.
    pub json: String,
    pub request_id: Option<String>,
    pub idempotent_replayed: bool,
    pub attempts: u32,
}

/// A charge of a LeanRails PaymentIntent; every field may be null (LeanRails
/// may send an empty object).
#[derive(Clone, Debug, uniffi::Record)]
pub struct Charge {
    pub id: Option<String>,
    pub amount: Option<i64>,
    pub amount_captured: Option<i64>,
    pub amount_refunded: Option<i64>,
    pub captured: Option<bool>,
    pub refunded: Option<bool>,
    pub paid: Option<bool>,
    pub currency: Option<String>,
    /// `succeeded`, `pending` or `failed`.
    pub status: Option<String>,
    pub payment_intent: Option<String>,
    pub payment_method: Option<String>,
    pub balance_transaction: Option<String>,
    pub failure_code: Option<String>,
    pub failure_message: Option<String>,
    pub created: Option<i64>,
    pub metadata: HashMap<String, String>,
    /// The charge as JSON, fields this library does not model included.
    pub json: String,
}

/// The `charges` list of a LeanRails PaymentIntent.
#[derive(Clone, Debug, uniffi::Record)]
pub struct ChargeList {
    pub data: Vec<Charge>,
    pub has_more: bool,
    pub url: String,
}

/// One page of `list` or `search`.
#[derive(Clone, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct PaymentIntentPage {
    pub data: Vec<PaymentIntent>,
    pub has_more: bool,
    pub url: String,
    /// Search only: the cursor of the next page.
    pub next_page: Option<String>,
    /// Search only.
    pub total_count: Option<u64>,
    pub json: String,
    pub request_id: Option<String>,
}

impl From<payintent::Charge> for Charge {
    fn from(c: payintent::Charge) -> Self {
        let json = serde_json::to_string(&c).unwrap_or_else(|_| "{}".to_string());
        Charge {
            balance_transaction: c.balance_transaction.as_ref().and_then(|b| b.id()).map(str::to_string),
            id: c.id,
            amount: c.amount,
            amount_captured: c.amount_captured,
            amount_refunded: c.amount_refunded,
            captured: c.captured,
            refunded: c.refunded,
            paid: c.paid,
            currency: c.currency,
            status: c.status,
            payment_intent: c.payment_intent,
            payment_method: c.payment_method,
            failure_code: c.failure_code,
            failure_message: c.failure_message,
            created: c.created,
            metadata: c.metadata.into_iter().collect(),
            json,
        }
    }
}

impl From<payintent::List<payintent::Charge>> for ChargeList {
    fn from(l: payintent::List<payintent::Charge>) -> Self {
        ChargeList { data: l.data.into_iter().map(Into::into).collect(), has_more: l.has_more, url: l.url }
    }
}

impl From<payintent::PaymentIntent> for PaymentIntent {
    fn from(p: payintent::PaymentIntent) -> Self {
        let json = p.to_json().to_string();
        let meta = p.last_response.clone().unwrap_or_default();
        let lpe = p.last_payment_error.clone();
        PaymentIntent {
            id: p.id,
            amount: p.amount,
            amount_capturable: p.amount_capturable,
            amount_received: p.amount_received,
            currency: p.currency,
            status: p.status.as_str().to_string(),
            capture_method: p.capture_method.map(|c| c.as_str().to_string()),
            confirmation_method: p.confirmation_method.map(|c| c.as_str().to_string()),
            cancellation_reason: p.cancellation_reason.map(|c| c.as_str().to_string()),
            canceled_at: p.canceled_at,
            client_secret: p.client_secret,
            created: p.created,
            customer: p.customer.as_ref().and_then(|c| c.id()).map(str::to_string),
            description: p.description,
            latest_charge: p.latest_charge.as_ref().and_then(|c| c.id()).map(str::to_string),
            livemode: p.livemode,
            metadata: p.metadata.into_iter().collect(),
            next_action_type: p.next_action.map(|n| n.action_type),
            payment_method: p.payment_method.as_ref().and_then(|c| c.id()).map(str::to_string),
            payment_method_types: p.payment_method_types,
            last_payment_error_code: lpe.as_ref().and_then(|e| e.code.clone()),
            last_payment_error_decline_code: lpe.as_ref().and_then(|e| e.decline_code.clone()),
            last_payment_error_message: lpe.as_ref().and_then(|e| e.message.clone()),
            receipt_email: p.receipt_email,
            setup_future_usage: p.setup_future_usage.map(|s| s.as_str().to_string()),
            statement_descriptor: p.statement_descriptor,
            merchant_id: p.merchant_id,
            charges: p.charges.map(Into::into),
            json,
            request_id: meta.request_id,
            idempotent_replayed: meta.idempotent_replayed,
            attempts: meta.attempts,
        }
    }
}

/// A PaymentIntent from its API JSON (e.g. a webhook payload or the `json`
/// of a result), decoded by the core like any response.
#[uniffi::export]
pub fn payment_intent_from_json(json: String) -> Result<PaymentIntent, PayIntentError> {
    let parsed: payintent::PaymentIntent = serde_json::from_str(&json).map_err(|e| {
        PayIntentError::from(payintent::Error::invalid_argument("json", format!("not a PaymentIntent: {e}")))
    })?;
    Ok(parsed.into())
}

/// Field names in the foreign languages' spelling (camelCase).
impl fmt::Display for PaymentIntent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Fields::new(f, "PaymentIntent")
            .field("id", &self.id)
            .field("amount", self.amount)
            .opt("amountCapturable", &self.amount_capturable)
            .opt("amountReceived", &self.amount_received)
            .opt("currency", &self.currency)
            .field("status", &self.status)
            .opt("captureMethod", &self.capture_method)
            .opt("confirmationMethod", &self.confirmation_method)
            .opt("cancellationReason", &self.cancellation_reason)
            .opt("canceledAt", &self.canceled_at)
            .opt("clientSecret", &self.client_secret.as_ref().map(|_| REDACTED))
            .field("created", self.created)
            .opt("customer", &self.customer)
            .opt("description", &self.description)
            .opt("latestCharge", &self.latest_charge)
            .field("livemode", self.livemode)
            .debug("metadata", sorted(&self.metadata))
            .opt("nextActionType", &self.next_action_type)
            .opt("paymentMethod", &self.payment_method)
            .debug("paymentMethodTypes", &self.payment_method_types)
            .opt("lastPaymentErrorCode", &self.last_payment_error_code)
            .opt("lastPaymentErrorDeclineCode", &self.last_payment_error_decline_code)
            .opt("lastPaymentErrorMessage", &self.last_payment_error_message)
            .opt("receiptEmail", &self.receipt_email)
            .opt("setupFutureUsage", &self.setup_future_usage)
            .opt("statementDescriptor", &self.statement_descriptor)
            .opt("merchantId", &self.merchant_id)
            .opt("charges", &self.charges.as_ref().map(|c| format!("{c:?}")))
            .field("json", redact::json(&self.json))
            .opt("requestId", &self.request_id)
            .field("idempotentReplayed", self.idempotent_replayed)
            .field("attempts", self.attempts)
            .finish()
    }
}

impl fmt::Debug for PaymentIntent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for PaymentIntentPage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Fields::new(f, "PaymentIntentPage")
            .debug("data", &self.data)
            .field("hasMore", self.has_more)
            .field("url", &self.url)
            .opt("nextPage", &self.next_page)
            .opt("totalCount", &self.total_count)
            .field("json", redact::json(&self.json))
            .opt("requestId", &self.request_id)
            .finish()
    }
}

impl fmt::Debug for PaymentIntentPage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A map in key order, so the rendering is stable.
fn sorted(m: &HashMap<String, String>) -> std::collections::BTreeMap<&String, &String> {
    m.iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEANRAILS: &str = r#"{
        "id": "pi_lr_1", "object": "payment_intent", "amount": 2000, "currency": "usd",
        "status": "succeeded", "created": 1234567890, "livemode": false, "metadata": {},
        "merchant_id": "mer_42", "client_secret": "pi_lr_1_secret_abc",
        "charges": {"object": "list", "has_more": true,
                    "data": [{"id": "ch_1", "amount": 2000, "captured": true, "status": "succeeded",
                              "balance_transaction": "txn_1", "risk_level": "normal"}, {}]}
    }"#;

    #[test]
    fn leanrails_fields_are_typed() {
        let pi = payment_intent_from_json(LEANRAILS.into()).unwrap();
        assert_eq!(pi.merchant_id.as_deref(), Some("mer_42"));
        let charges = pi.charges.as_ref().unwrap();
        assert!(charges.has_more);
        assert_eq!(charges.data.len(), 2);
        let c = &charges.data[0];
        assert_eq!((c.id.as_deref(), c.amount, c.captured), (Some("ch_1"), Some(2000), Some(true)));
        assert_eq!(c.balance_transaction.as_deref(), Some("txn_1"));
        assert!(c.json.contains("risk_level"));
        assert!(charges.data[1].id.is_none());
        assert!(matches!(payment_intent_from_json("[]".into()), Err(PayIntentError::InvalidArgument { .. })));
    }

    #[test]
    fn printing_never_shows_the_client_secret() {
        let pi = payment_intent_from_json(LEANRAILS.into()).unwrap();
        assert_eq!(pi.client_secret.as_deref(), Some("pi_lr_1_secret_abc"));
        let page = PaymentIntentPage {
            data: vec![pi.clone()],
            has_more: false,
            url: "/v1/payment_intents".into(),
            next_page: None,
            total_count: None,
            json: format!(r#"{{"object":"list","data":[{}]}}"#, pi.json),
            request_id: None,
        };
        for text in [pi.to_string(), format!("{pi:?}"), page.to_string(), format!("{page:?}")] {
            assert!(!text.contains("secret_abc"), "{text}");
            assert!(text.contains("pi_lr_1"), "{text}");
        }
        assert!(pi.to_string().contains("clientSecret=[redacted]"));
        assert!(pi.to_string().contains("merchantId=mer_42"));
    }
}
