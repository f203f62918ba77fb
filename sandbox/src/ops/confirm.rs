//! `POST /v1/payment_intents/{id}/confirm`: the checked confirm parameters
//! (shared with `create` when `confirm=true`) and what confirming does for
//! each kind of test payment method.

use serde_json::{json, Map, Value};

use crate::confirmation_tokens;
use crate::methods::{pm_source, Behavior, PmSource};
use crate::reply::{secret_mismatch, status, unexpected, Reply, R};
use crate::store::{now, Store};
use crate::wire::Params;

use super::delayed::begin_processing;
use super::fields::{self, merge_options, options_of, set_opt, sfu, shipping, CAPTURE_METHODS};
use super::outcome::{authorize, fail_payment};

/// The checked parameters of a confirm (also used by `create` with `confirm=true`).
#[derive(Default)]
pub struct ConfirmArgs {
    pub capture_method: Option<String>,
    pub error_on_action: bool,
    pub off_session: bool,
    pub return_url: Option<String>,
    pub pm: Option<PmSource>,
    pub receipt_email: Option<Option<String>>,
    pub setup_future_usage: Option<Option<String>>,
    pub shipping: Option<Value>,
    pub pm_options: Option<Map<String, Value>>,
    pub pm_types: Option<Vec<String>>,
    pub client_secret: Option<String>,
    pub confirmation_token: Option<String>,
    /// `pm` is the confirmation token's payment method.
    pub pm_from_token: bool,
}

fn off_session(p: &Params) -> R<bool> {
    match p.raw("off_session") {
        None => Ok(false),
        Some(Value::String(s)) if s == "one_off" || s == "recurring" => Ok(true),
        Some(_) => Ok(p.boolean("off_session")?.unwrap_or(false)),
    }
}

pub fn parse_confirm(p: &Params) -> R<ConfirmArgs> {
    p.boolean("use_stripe_sdk")?;
    p.string("mandate")?;
    if !p.is_unset("mandate_data") {
        p.object("mandate_data")?;
    }
    p.object("radar_options")?;
    let pm_types = fields::payment_method_types(p)?;
    let confirmation_token = p.string("confirmation_token")?;
    let mut pm = pm_source(p)?;
    let mut pm_from_token = false;
    if let Some(t) = &confirmation_token {
        let carried = confirmation_tokens::payment_method_of(t)?;
        // A payment method given beside the token takes precedence.
        if pm.is_none() {
            pm = Some(PmSource::Id(carried));
            pm_from_token = true;
        }
    }
    Ok(ConfirmArgs {
        capture_method: p.one_of("capture_method", &CAPTURE_METHODS)?,
        error_on_action: p.boolean("error_on_requires_action")?.unwrap_or(false),
        off_session: off_session(p)?,
        return_url: p.string("return_url")?.filter(|u| !u.is_empty()),
        pm,
        receipt_email: p.clearable("receipt_email", 800)?,
        setup_future_usage: sfu(p)?,
        shipping: shipping(p)?,
        pm_options: p.object("payment_method_options")?.cloned(),
        pm_types,
        client_secret: p.string("client_secret")?,
        confirmation_token,
        pm_from_token,
    })
}

impl Store {
    pub fn confirm(&mut self, acct: &str, id: &str, args: ConfirmArgs, base: &str) -> R<()> {
        {
            let intent = self.intent(acct, id)?;
            if args.client_secret.as_ref().is_some_and(|cs| intent.obj["client_secret"].as_str() != Some(cs.as_str())) {
                return Err(secret_mismatch());
            }
            if !matches!(status(&intent.obj), "requires_payment_method" | "requires_confirmation" | "requires_action") {
                return Err(unexpected(
                    "confirm",
                    &intent.obj,
                    " Only a PaymentIntent with one of the following statuses may be confirmed: requires_payment_method, requires_confirmation, requires_action.",
                ));
            }
            if args.pm.is_none() && !intent.obj["payment_method"].is_string() {
                return Err(Reply::error(
                    400,
                    "invalid_request_error",
                    Some("payment_intent_unexpected_state"),
                    "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent, either update it with a payment method and then confirm it again, or confirm it again directly with a payment method.",
                    None,
                )
                .with_intent(&intent.obj)
                .executed());
            }
        }
        self.check_intent_pm_type(acct, id, args.pm.as_ref(), args.pm_from_token, args.pm_types.as_deref(), true)?;
        let new_pm = args.pm.map(|s| self.resolve_pm(s));
        let intent = self.intent(acct, id)?;
        let o = &mut intent.obj;
        if let Some(c) = args.capture_method {
            o.insert("capture_method".into(), c.into());
        }
        set_opt(o, "receipt_email", args.receipt_email);
        set_opt(o, "setup_future_usage", args.setup_future_usage);
        if let Some(s) = args.shipping {
            o.insert("shipping".into(), s);
        }
        if let Some(t) = args.pm_types {
            o.insert("payment_method_types".into(), json!(t));
        }
        if let Some(add) = &args.pm_options {
            merge_options(options_of(o), add);
        }
        if let Some(pm) = new_pm {
            if o["payment_method"].as_str() != Some(pm.as_str()) {
                intent.authenticated = false;
            }
            intent.obj.insert("payment_method".into(), pm.into());
        }
        if args.return_url.is_some() {
            intent.return_url = args.return_url.clone();
        }
        let pm = intent.obj["payment_method"].as_str().unwrap_or("").to_string();
        intent.obj.insert("last_payment_error".into(), Value::Null);
        let (behavior, pm_type) = self.pm_info(&pm);
        let intent = self.intent(acct, id)?;
        match behavior {
            Behavior::Decline { code, decline_code, message } => {
                Err(fail_payment(intent, code, Some(decline_code), message, &pm, &pm_type, true))
            }
            Behavior::Authenticate if intent.authenticated => {
                authorize(intent, &pm_type);
                Ok(())
            }
            Behavior::Authenticate if args.error_on_action || args.off_session => Err(fail_payment(
                intent,
                "authentication_required",
                Some("authentication_required"),
                "Your card was declined. This transaction requires authentication.",
                &pm,
                &pm_type,
                false,
            )),
            Behavior::Authenticate => {
                let mut url = format!("{base}/__sandbox/3ds/{id}");
                if !acct.is_empty() {
                    url.push_str(&format!("?account={acct}"));
                }
                let next = match &args.return_url {
                    Some(r) => {
                        json!({"type": "redirect_to_url", "redirect_to_url": {"return_url": r, "url": url}})
                    }
                    None => {
                        json!({"type": "use_stripe_sdk", "use_stripe_sdk": {"stripe_js": url, "type": "three_d_secure_redirect"}})
                    }
                };
                intent.obj.insert("next_action".into(), next);
                intent.obj.insert("status".into(), "requires_action".into());
                Ok(())
            }
            Behavior::Microdeposits => {
                let url = format!("{base}/__sandbox/microdeposits/{id}");
                intent.obj.insert(
                    "next_action".into(),
                    json!({"type": "verify_with_microdeposits", "verify_with_microdeposits": {
                        "arrival_date": now() + 2 * 86400, "hosted_verification_url": url, "microdeposit_type": "amounts"}}),
                );
                intent.obj.insert("status".into(), "requires_action".into());
                Ok(())
            }
            Behavior::Delayed(_) => {
                begin_processing(intent);
                Ok(())
            }
            Behavior::Succeed => {
                authorize(intent, &pm_type);
                Ok(())
            }
        }
    }
}
