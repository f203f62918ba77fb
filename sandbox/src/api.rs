//! The PaymentIntents state machine, kept as JSON objects.

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use rand::distributions::Alphanumeric;
use rand::Rng;
use serde_json::{json, Map, Value};

use crate::wire::{as_int, Params};

/// An API answer before it becomes HTTP. `store` tells the idempotency layer
/// whether the request "started executing" (Stripe keeps those results).
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
    pub store: bool,
}

impl Reply {
    pub fn ok(body: Value) -> Reply {
        Reply { status: 200, body, store: true }
    }

    pub fn error(status: u16, kind: &str, code: Option<&str>, message: &str, param: Option<&str>) -> Reply {
        let mut e = Map::new();
        e.insert("type".into(), kind.into());
        if let Some(c) = code {
            e.insert("code".into(), c.into());
            e.insert("doc_url".into(), format!("https://docs.stripe.com/error-codes/{}", c.replace('_', "-")).into());
        }
        e.insert("message".into(), message.into());
        if let Some(p) = param {
            e.insert("param".into(), p.into());
        }
        Reply { status, body: json!({ "error": e }), store: false }
    }

    /// A parameter validation failure (never stored for idempotency).
    pub fn invalid(param: &str, code: &str, message: &str) -> Reply {
        Reply::error(400, "invalid_request_error", Some(code), message, Some(param))
    }

    /// An error produced while executing (stored for idempotency).
    fn executed(mut self) -> Reply {
        self.store = true;
        self
    }

    fn with_intent(mut self, pi: Value) -> Reply {
        if let Some(e) = self.body.get_mut("error").and_then(Value::as_object_mut) {
            e.insert("payment_intent".into(), pi);
        }
        self
    }
}

type R<T> = Result<T, Reply>;

pub fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

pub fn random_id(prefix: &str, n: usize) -> String {
    let s: String = rand::thread_rng().sample_iter(&Alphanumeric).take(n).map(char::from).collect();
    format!("{prefix}{s}")
}

struct Intent {
    obj: Map<String, Value>,
    seq: u64,
    failed_confirms: u32,
    charge: Option<Value>,
}

/// Everything the server remembers, per connected account.
#[derive(Default)]
pub struct Store {
    intents: HashMap<(String, String), Intent>,
    seq: u64,
}

/// Which top-level parameters each operation takes (API 2023-08-16, plus
/// `final_capture` on capture).
fn allowed(op: &str) -> &'static [&'static str] {
    match op {
        "create" => &[
            "amount", "currency", "application_fee_amount", "automatic_payment_methods", "capture_method",
            "confirm", "confirmation_method", "customer", "description", "error_on_requires_action", "expand",
            "mandate", "mandate_data", "metadata", "off_session", "on_behalf_of", "payment_method",
            "payment_method_data", "payment_method_options", "payment_method_types", "radar_options",
            "receipt_email", "return_url", "setup_future_usage", "shipping", "statement_descriptor",
            "statement_descriptor_suffix", "transfer_data", "transfer_group", "use_stripe_sdk",
        ],
        "retrieve" => &["client_secret", "expand"],
        "update" => &[
            "amount", "application_fee_amount", "capture_method", "currency", "customer", "description", "expand",
            "metadata", "payment_method", "payment_method_data", "payment_method_options", "payment_method_types",
            "receipt_email", "setup_future_usage", "shipping", "statement_descriptor",
            "statement_descriptor_suffix", "transfer_data", "transfer_group",
        ],
        "list" => &["created", "customer", "ending_before", "expand", "limit", "starting_after"],
        "search" => &["expand", "limit", "page", "query"],
        "confirm" => &[
            "capture_method", "client_secret", "error_on_requires_action", "expand", "mandate", "mandate_data",
            "off_session", "payment_method", "payment_method_data", "payment_method_options",
            "payment_method_types", "radar_options", "receipt_email", "return_url", "setup_future_usage",
            "shipping", "use_stripe_sdk",
        ],
        "capture" => &[
            "amount_to_capture", "application_fee_amount", "expand", "metadata", "statement_descriptor",
            "statement_descriptor_suffix", "transfer_data", "final_capture",
        ],
        "cancel" => &["cancellation_reason", "expand"],
        "increment_authorization" => &[
            "amount", "application_fee_amount", "description", "expand", "metadata", "statement_descriptor",
            "transfer_data",
        ],
        "apply_customer_balance" => &["amount", "currency", "expand"],
        "verify_microdeposits" => &["amounts", "client_secret", "descriptor_code", "expand"],
        _ => &[],
    }
}

fn check_known(op: &str, p: &Map<String, Value>) -> R<()> {
    let ok = allowed(op);
    for k in p.keys() {
        if !ok.contains(&k.as_str()) {
            return Err(Reply::invalid(k, "parameter_unknown", &format!("Received unknown parameter: {k}")));
        }
    }
    Ok(())
}

const CANCELABLE: [&str; 4] = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action"];

fn status(o: &Map<String, Value>) -> String {
    o.get("status").and_then(Value::as_str).unwrap_or("").to_string()
}

fn unexpected(action: &str, pi: &Map<String, Value>, extra: &str) -> Reply {
    let st = status(pi);
    Reply::error(
        400,
        "invalid_request_error",
        Some("payment_intent_unexpected_state"),
        &format!("You cannot {action} this PaymentIntent because it has a status of {st}.{extra}"),
        None,
    )
    .with_intent(Value::Object(pi.clone()))
    .executed()
}

fn merge_metadata(obj: &mut Map<String, Value>, meta: Option<&Value>) -> R<()> {
    match meta {
        None | Some(Value::Null) => Ok(()),
        Some(Value::String(s)) if s.is_empty() => {
            obj.insert("metadata".into(), json!({}));
            Ok(())
        }
        Some(Value::Object(m)) => {
            let cur = obj.entry("metadata").or_insert_with(|| json!({}));
            let cur = cur.as_object_mut().expect("metadata is an object");
            for (k, v) in m {
                match v {
                    Value::String(s) if s.is_empty() => {
                        cur.remove(k);
                    }
                    Value::String(_) => {
                        cur.insert(k.clone(), v.clone());
                    }
                    Value::Number(n) => {
                        cur.insert(k.clone(), Value::String(n.to_string()));
                    }
                    _ => return Err(Reply::invalid(&format!("metadata[{k}]"), "parameter_invalid_string", "Metadata values must be strings")),
                }
            }
            Ok(())
        }
        Some(_) => Err(Reply::invalid("metadata", "parameter_invalid_object", "Invalid object: metadata")),
    }
}

impl Store {
    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    fn get_mut(&mut self, acct: &str, id: &str) -> R<&mut Intent> {
        self.intents.get_mut(&(acct.to_string(), id.to_string())).ok_or_else(|| missing(id))
    }

    /// Run one operation. `id` is the path id for per-intent operations.
    pub fn handle(&mut self, acct: &str, op: &str, id: Option<&str>, p: &Map<String, Value>, base: &str) -> R<Value> {
        check_known(op, p)?;
        let params = Params { map: p };
        let expand = params.strings("expand")?.unwrap_or_default();
        let out = match op {
            "create" => self.create(acct, &params, base)?,
            "retrieve" => {
                let pi = self.get_mut(acct, id.unwrap_or(""))?;
                if let Some(cs) = params.string("client_secret")? {
                    if pi.obj.get("client_secret").and_then(Value::as_str) != Some(cs.as_str()) {
                        return Err(Reply::invalid("client_secret", "resource_missing", "The client_secret provided does not match the client_secret associated with the PaymentIntent."));
                    }
                }
                id.unwrap_or("").to_string()
            }
            "update" => self.update(acct, id.unwrap_or(""), &params)?,
            "list" => return self.list(acct, &params, &expand),
            "search" => return self.search(acct, &params, &expand),
            "confirm" => self.confirm(acct, id.unwrap_or(""), &params, base)?,
            "capture" => self.capture(acct, id.unwrap_or(""), &params)?,
            "cancel" => self.cancel(acct, id.unwrap_or(""), &params)?,
            "increment_authorization" => self.increment(acct, id.unwrap_or(""), &params)?,
            "apply_customer_balance" => self.apply_balance(acct, id.unwrap_or(""), &params)?,
            "verify_microdeposits" => self.verify(acct, id.unwrap_or(""), &params)?,
            _ => return Err(Reply::error(404, "invalid_request_error", Some("resource_missing"), "Unrecognized request URL.", None)),
        };
        let intent = self.get_mut(acct, &out)?;
        expand_intent(intent, &expand, "")
    }

    fn create(&mut self, acct: &str, p: &Params, base: &str) -> R<String> {
        let amount = p.positive("amount")?.ok_or_else(|| missing_param("amount"))?;
        let currency = p.string("currency")?.ok_or_else(|| missing_param("currency"))?;
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(Reply::invalid("currency", "parameter_invalid_string", &format!("Invalid currency: {currency}")));
        }
        let capture_method = enum_param(p, "capture_method", &["automatic", "automatic_async", "manual"])?.unwrap_or_else(|| "automatic".into());
        let confirmation_method = enum_param(p, "confirmation_method", &["automatic", "manual"])?.unwrap_or_else(|| "automatic".into());
        let setup_future_usage = enum_param(p, "setup_future_usage", &["off_session", "on_session"])?;
        let app_fee = p.int("application_fee_amount")?;
        let confirm = p.boolean("confirm")?.unwrap_or(false);
        p.boolean("error_on_requires_action")?;
        p.boolean("use_stripe_sdk")?;
        let types = p.strings("payment_method_types")?.filter(|t| !t.is_empty()).unwrap_or_else(|| vec!["card".into()]);
        let apm = match p.object("automatic_payment_methods")? {
            Some(m) => {
                let enabled = Params { map: m }.boolean("enabled")?.ok_or_else(|| missing_param("automatic_payment_methods[enabled]"))?;
                let mut o = json!({"enabled": enabled});
                if let Some(a) = (Params { map: m }).string("allow_redirects")? {
                    o["allow_redirects"] = a.into();
                }
                Value::Object(o.as_object().unwrap().clone())
            }
            None => Value::Null,
        };
        let transfer = match p.object("transfer_data")? {
            Some(m) => {
                let tp = Params { map: m };
                let dest = tp.string("destination")?.ok_or_else(|| missing_param("transfer_data[destination]"))?;
                json!({"amount": tp.int("amount")?, "destination": dest})
            }
            None => Value::Null,
        };
        let mut methods = json!({});
        for t in &types {
            if t == "card" {
                methods["card"] = json!({"installments": null, "mandate_options": null, "network": null, "request_three_d_secure": "automatic"});
            } else {
                methods[t.as_str()] = json!({});
            }
        }
        if let Some(Value::Object(o)) = p.raw("payment_method_options") {
            for (k, v) in o {
                if let (Some(cur), Value::Object(add)) = (methods.get_mut(k).and_then(Value::as_object_mut), v) {
                    for (ak, av) in add {
                        cur.insert(ak.clone(), av.clone());
                    }
                } else {
                    methods[k.as_str()] = v.clone();
                }
            }
        }
        let id = random_id("pi_", 24);
        let pm = p.string("payment_method")?;
        let status = if pm.is_some() { "requires_confirmation" } else { "requires_payment_method" };
        let mut obj = json!({
            "id": id, "object": "payment_intent", "amount": amount, "amount_capturable": 0,
            "amount_details": {"tip": {}}, "amount_received": 0, "application": null,
            "application_fee_amount": app_fee, "automatic_payment_methods": apm, "canceled_at": null,
            "cancellation_reason": null, "capture_method": capture_method,
            "client_secret": format!("{id}_secret_{}", random_id("", 24)),
            "confirmation_method": confirmation_method, "created": now(), "currency": currency.to_lowercase(),
            "customer": p.string("customer")?, "description": p.string_max("description", 1000)?, "invoice": null,
            "last_payment_error": null, "latest_charge": null, "livemode": false, "metadata": {},
            "next_action": null, "on_behalf_of": p.string("on_behalf_of")?, "payment_method": pm,
            "payment_method_options": methods, "payment_method_types": types, "processing": null,
            "receipt_email": p.string("receipt_email")?, "review": null, "setup_future_usage": setup_future_usage,
            "shipping": p.raw("shipping").cloned().unwrap_or(Value::Null),
            "statement_descriptor": p.string_max("statement_descriptor", 22)?,
            "statement_descriptor_suffix": p.string_max("statement_descriptor_suffix", 22)?,
            "status": status, "transfer_data": transfer, "transfer_group": p.string("transfer_group")?
        });
        let obj_map = obj.as_object_mut().unwrap();
        merge_metadata(obj_map, p.raw("metadata"))?;
        let seq = self.next_seq();
        self.intents.insert(
            (acct.to_string(), id.clone()),
            Intent { obj: obj_map.clone(), seq, failed_confirms: 0, charge: None },
        );
        if confirm {
            let mut cp = p.map.clone();
            cp.retain(|k, _| allowed("confirm").contains(&k.as_str()) && k != "payment_method");
            self.confirm(acct, &id, &Params { map: &cp }, base)?;
        }
        Ok(id)
    }

    fn update(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let intent = self.get_mut(acct, id)?;
        let st = status(&intent.obj);
        let editable = matches!(st.as_str(), "requires_payment_method" | "requires_confirmation" | "requires_action");
        let money_fields = ["amount", "currency", "payment_method", "capture_method", "payment_method_types", "payment_method_data", "payment_method_options", "setup_future_usage", "application_fee_amount", "transfer_data"];
        if !editable && money_fields.iter().any(|f| p.has(f)) {
            return Err(unexpected("update", &intent.obj, " Only description, metadata, receipt_email, shipping, statement descriptors and transfer_group can be updated now."));
        }
        if let Some(a) = p.positive("amount")? {
            intent.obj.insert("amount".into(), a.into());
        }
        if let Some(c) = p.string("currency")? {
            intent.obj.insert("currency".into(), c.to_lowercase().into());
        }
        if let Some(c) = enum_param(p, "capture_method", &["automatic", "automatic_async", "manual"])? {
            intent.obj.insert("capture_method".into(), c.into());
        }
        if let Some(pm) = p.string("payment_method")? {
            intent.obj.insert("payment_method".into(), pm.into());
            intent.obj.insert("status".into(), "requires_confirmation".into());
        }
        for k in ["customer", "description", "receipt_email", "statement_descriptor", "statement_descriptor_suffix", "transfer_group"] {
            if let Some(v) = p.string(k)? {
                intent.obj.insert(k.into(), if v.is_empty() { Value::Null } else { v.into() });
            }
        }
        if let Some(s) = p.raw("shipping") {
            let v = if s.as_str() == Some("") { Value::Null } else { s.clone() };
            intent.obj.insert("shipping".into(), v);
        }
        if let Some(t) = p.strings("payment_method_types")? {
            intent.obj.insert("payment_method_types".into(), json!(t));
        }
        if p.has("application_fee_amount") {
            let v = match p.raw("application_fee_amount") {
                Some(Value::String(s)) if s.is_empty() => Value::Null,
                _ => p.int("application_fee_amount")?.into(),
            };
            intent.obj.insert("application_fee_amount".into(), v);
        }
        merge_metadata(&mut intent.obj, p.raw("metadata"))?;
        Ok(id.to_string())
    }

    fn confirm(&mut self, acct: &str, id: &str, p: &Params, base: &str) -> R<String> {
        let capture_override = enum_param(p, "capture_method", &["automatic", "automatic_async", "manual"])?;
        let error_on_action = p.boolean("error_on_requires_action")?.unwrap_or(false);
        let return_url = p.string("return_url")?;
        let pm_param = p.string("payment_method")?;
        let pm_data = p.object("payment_method_data")?;
        let intent = self.get_mut(acct, id)?;
        if let Some(cs) = p.string("client_secret")? {
            if intent.obj.get("client_secret").and_then(Value::as_str) != Some(cs.as_str()) {
                return Err(Reply::invalid("client_secret", "parameter_invalid_string", "The client_secret provided does not match this PaymentIntent."));
            }
        }
        let st = status(&intent.obj);
        if !matches!(st.as_str(), "requires_payment_method" | "requires_confirmation" | "requires_action") {
            return Err(unexpected("confirm", &intent.obj, ""));
        }
        if let Some(c) = capture_override {
            intent.obj.insert("capture_method".into(), c.into());
        }
        for k in ["receipt_email", "return_url"] {
            if let Some(v) = p.string(k)? {
                if k == "receipt_email" {
                    intent.obj.insert(k.into(), v.into());
                }
            }
        }
        if let Some(s) = enum_param(p, "setup_future_usage", &["off_session", "on_session"])? {
            intent.obj.insert("setup_future_usage".into(), s.into());
        }
        if let Some(s) = p.raw("shipping") {
            intent.obj.insert("shipping".into(), s.clone());
        }
        let pm = match (pm_param, pm_data) {
            (Some(pm), _) => Some(pm),
            (None, Some(data)) => {
                let kind = Params { map: data }.string("type")?.ok_or_else(|| missing_param("payment_method_data[type]"))?;
                Some(if kind == "us_bank_account" { "pm_usBankAccount".to_string() } else { random_id("pm_", 24) })
            }
            (None, None) => intent.obj.get("payment_method").and_then(Value::as_str).map(str::to_string),
        };
        let Some(pm) = pm else {
            return Err(Reply::error(
                400, "invalid_request_error", Some("payment_intent_unexpected_state"),
                "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent, either update it with a payment method and then confirm it again, or confirm it again directly with a payment method.",
                None,
            ).with_intent(Value::Object(intent.obj.clone())).executed());
        };
        intent.obj.insert("payment_method".into(), pm.clone().into());
        intent.obj.insert("last_payment_error".into(), Value::Null);
        let amount = as_int(&intent.obj["amount"]).unwrap_or(0);
        let decline = match pm.as_str() {
            "pm_card_chargeDeclined" => Some(("card_declined", "generic_decline", "Your card was declined.")),
            "pm_card_chargeDeclinedInsufficientFunds" => Some(("card_declined", "insufficient_funds", "Your card has insufficient funds.")),
            "pm_card_chargeDeclinedFraudulent" => Some(("card_declined", "fraudulent", "Your card was declined.")),
            _ => None,
        };
        if let Some((code, decline_code, message)) = decline {
            return Err(fail_payment(intent, code, Some(decline_code), message, &pm));
        }
        if matches!(pm.as_str(), "pm_card_authenticationRequired" | "pm_card_threeDSecure2Required") {
            if error_on_action {
                return Err(fail_payment(intent, "authentication_required", Some("authentication_required"), "Your card was declined. This transaction requires authentication.", &pm));
            }
            let next = match &return_url {
                Some(url) => json!({"type": "redirect_to_url", "redirect_to_url": {"url": format!("{base}/__sandbox/3ds/{id}"), "return_url": url}}),
                None => json!({"type": "use_stripe_sdk", "use_stripe_sdk": {"type": "three_d_secure_redirect", "stripe_js": format!("{base}/__sandbox/3ds/{id}")}}),
            };
            intent.obj.insert("next_action".into(), next);
            intent.obj.insert("status".into(), "requires_action".into());
            return Ok(id.to_string());
        }
        if pm == "pm_usBankAccount" {
            intent.obj.insert("next_action".into(), json!({"type": "verify_with_microdeposits", "verify_with_microdeposits": {
                "arrival_date": now() + 2 * 86400, "hosted_verification_url": format!("{base}/__sandbox/microdeposits/{id}"), "microdeposit_type": "amounts"}}));
            intent.obj.insert("status".into(), "requires_action".into());
            return Ok(id.to_string());
        }
        let _ = amount;
        authorize(intent);
        Ok(id.to_string())
    }

    fn capture(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let to_capture = p.positive("amount_to_capture")?;
        let fee = p.int("application_fee_amount")?;
        p.boolean("final_capture")?;
        let sd = p.string_max("statement_descriptor", 22)?;
        let sds = p.string_max("statement_descriptor_suffix", 22)?;
        let intent = self.get_mut(acct, id)?;
        if status(&intent.obj) != "requires_capture" {
            return Err(unexpected("capture", &intent.obj, " Only a PaymentIntent with status requires_capture can be captured."));
        }
        let capturable = as_int(&intent.obj["amount_capturable"]).unwrap_or(0);
        let amount = to_capture.unwrap_or(capturable);
        if amount > capturable {
            return Err(Reply::error(400, "invalid_request_error", Some("amount_too_large"),
                &format!("The amount to capture ({amount}) is greater than the amount capturable ({capturable})."),
                Some("amount_to_capture")).with_intent(Value::Object(intent.obj.clone())).executed());
        }
        merge_metadata(&mut intent.obj, p.raw("metadata"))?;
        if let Some(f) = fee {
            intent.obj.insert("application_fee_amount".into(), f.into());
        }
        if let Some(s) = sd {
            intent.obj.insert("statement_descriptor".into(), s.into());
        }
        if let Some(s) = sds {
            intent.obj.insert("statement_descriptor_suffix".into(), s.into());
        }
        intent.obj.insert("amount_received".into(), amount.into());
        intent.obj.insert("amount_capturable".into(), 0.into());
        intent.obj.insert("status".into(), "succeeded".into());
        if let Some(ch) = intent.charge.as_mut() {
            ch["amount_captured"] = amount.into();
            ch["amount_refunded"] = (capturable - amount).into();
            ch["captured"] = true.into();
        }
        Ok(id.to_string())
    }

    fn cancel(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let reason = p.string("cancellation_reason")?;
        if let Some(r) = &reason {
            if !["abandoned", "duplicate", "fraudulent", "requested_by_customer"].contains(&r.as_str()) {
                return Err(Reply::invalid("cancellation_reason", "parameter_invalid_string",
                    &format!("Invalid cancellation_reason: must be one of abandoned, duplicate, fraudulent or requested_by_customer (got {r})")));
            }
        }
        let intent = self.get_mut(acct, id)?;
        if !CANCELABLE.contains(&status(&intent.obj).as_str()) {
            return Err(unexpected("cancel", &intent.obj, " Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing."));
        }
        intent.obj.insert("status".into(), "canceled".into());
        intent.obj.insert("canceled_at".into(), now().into());
        intent.obj.insert("cancellation_reason".into(), reason.map(Value::from).unwrap_or(Value::Null));
        intent.obj.insert("amount_capturable".into(), 0.into());
        intent.obj.insert("next_action".into(), Value::Null);
        Ok(id.to_string())
    }

    fn increment(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let amount = p.positive("amount")?.ok_or_else(|| missing_param("amount"))?;
        let desc = p.string_max("description", 1000)?;
        let sd = p.string_max("statement_descriptor", 22)?;
        let fee = p.int("application_fee_amount")?;
        let intent = self.get_mut(acct, id)?;
        if status(&intent.obj) != "requires_capture" {
            return Err(unexpected("increment the authorization of", &intent.obj, " Only a PaymentIntent with status requires_capture can be incremented."));
        }
        let current = as_int(&intent.obj["amount"]).unwrap_or(0);
        if amount <= current {
            return Err(Reply::error(400, "invalid_request_error", Some("parameter_invalid_integer"),
                &format!("The new amount ({amount}) must be greater than the current amount ({current})."), Some("amount")).executed());
        }
        intent.obj.insert("amount".into(), amount.into());
        intent.obj.insert("amount_capturable".into(), amount.into());
        if let Some(d) = desc {
            intent.obj.insert("description".into(), d.into());
        }
        if let Some(s) = sd {
            intent.obj.insert("statement_descriptor".into(), s.into());
        }
        if let Some(f) = fee {
            intent.obj.insert("application_fee_amount".into(), f.into());
        }
        merge_metadata(&mut intent.obj, p.raw("metadata"))?;
        Ok(id.to_string())
    }

    fn apply_balance(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let amount = p.positive("amount")?;
        let currency = p.string("currency")?;
        let intent = self.get_mut(acct, id)?;
        let types = intent.obj["payment_method_types"].as_array().cloned().unwrap_or_default();
        if !types.iter().any(|t| t == "customer_balance") || intent.obj["customer"].is_null() {
            return Err(Reply::error(400, "invalid_request_error", Some("payment_intent_invalid_parameter"),
                "apply_customer_balance needs a PaymentIntent with a customer and customer_balance in payment_method_types.", None).executed());
        }
        if !matches!(status(&intent.obj).as_str(), "requires_payment_method" | "requires_confirmation" | "requires_action") {
            return Err(unexpected("apply a customer balance to", &intent.obj, ""));
        }
        if let Some(c) = currency {
            if Some(c.to_lowercase().as_str()) != intent.obj["currency"].as_str() {
                return Err(Reply::invalid("currency", "parameter_invalid_string", "currency must match the PaymentIntent's currency"));
            }
        }
        let total = as_int(&intent.obj["amount"]).unwrap_or(0);
        let received = as_int(&intent.obj["amount_received"]).unwrap_or(0);
        let remaining = total - received;
        let apply = amount.unwrap_or(remaining);
        if apply > remaining {
            return Err(Reply::error(400, "invalid_request_error", Some("amount_too_large"),
                &format!("The amount ({apply}) is greater than the amount remaining ({remaining})."), Some("amount")).executed());
        }
        let received = received + apply;
        intent.obj.insert("amount_received".into(), received.into());
        intent.obj.insert("payment_method".into(), "pm_customer_balance".into());
        if received == total {
            intent.obj.insert("status".into(), "succeeded".into());
            intent.obj.insert("next_action".into(), Value::Null);
        } else {
            intent.obj.insert("status".into(), "requires_action".into());
            intent.obj.insert("next_action".into(), json!({"type": "display_bank_transfer_instructions",
                "display_bank_transfer_instructions": {"amount_remaining": total - received, "currency": intent.obj["currency"], "type": "us_bank_transfer"}}));
        }
        Ok(id.to_string())
    }

    fn verify(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let amounts = match p.raw("amounts") {
            None | Some(Value::Null) => None,
            Some(Value::Array(a)) => Some(
                a.iter().map(|v| as_int(v).ok_or_else(|| Reply::invalid("amounts", "parameter_invalid_integer", "Invalid integer in amounts")))
                    .collect::<R<Vec<i64>>>()?,
            ),
            Some(_) => return Err(Reply::invalid("amounts", "parameter_invalid_array", "Invalid array: amounts")),
        };
        let code = p.string("descriptor_code")?;
        if amounts.is_some() == code.is_some() {
            return Err(Reply::invalid("amounts", "parameter_missing", "Provide exactly one of amounts or descriptor_code."));
        }
        let intent = self.get_mut(acct, id)?;
        let waiting = intent.obj["next_action"]["type"] == "verify_with_microdeposits";
        if !waiting {
            return Err(unexpected("verify microdeposits on", &intent.obj, " It is not awaiting microdeposit verification."));
        }
        let ok = match (&amounts, &code) {
            (Some(a), _) => a.as_slice() == [32, 45],
            (_, Some(c)) => c == "SM11AA",
            _ => false,
        };
        if !ok {
            let code = if amounts.is_some() { "payment_method_microdeposit_verification_amounts_mismatch" } else { "payment_method_microdeposit_verification_descriptor_code_mismatch" };
            let param = if amounts.is_some() { "amounts" } else { "descriptor_code" };
            return Err(Reply::error(400, "invalid_request_error", Some(code), "The microdeposit verification does not match.", Some(param))
                .with_intent(Value::Object(intent.obj.clone())).executed());
        }
        intent.obj.insert("next_action".into(), Value::Null);
        authorize(intent);
        Ok(id.to_string())
    }

    /// Finish a `next_action` as the customer would (control endpoint).
    pub fn complete_action(&mut self, acct: &str, id: &str, succeed: bool) -> R<Value> {
        let intent = self.get_mut(acct, id)?;
        if status(&intent.obj) != "requires_action" {
            return Err(unexpected("complete the action of", &intent.obj, ""));
        }
        intent.obj.insert("next_action".into(), Value::Null);
        if !succeed {
            let pm = intent.obj["payment_method"].as_str().unwrap_or("").to_string();
            let r = fail_payment(intent, "payment_intent_authentication_failure", None, "The provided PaymentMethod has failed authentication.", &pm);
            drop(r);
        } else if intent.obj["confirmation_method"] == "manual" {
            intent.obj.insert("status".into(), "requires_confirmation".into());
        } else {
            authorize(intent);
        }
        Ok(Value::Object(intent.obj.clone()))
    }

    fn sorted(&self, acct: &str) -> Vec<&Intent> {
        let mut v: Vec<&Intent> = self.intents.iter().filter(|((a, _), _)| a == acct).map(|(_, i)| i).collect();
        v.sort_by(|a, b| b.seq.cmp(&a.seq));
        v
    }

    fn list(&mut self, acct: &str, p: &Params, expand: &[String]) -> R<Value> {
        let limit = limit(p)?;
        let customer = p.string("customer")?;
        let created = p.raw("created").cloned();
        let after = p.string("starting_after")?;
        let before = p.string("ending_before")?;
        let matches = |i: &Intent| -> bool {
            if let Some(c) = &customer {
                if i.obj["customer"].as_str() != Some(c.as_str()) {
                    return false;
                }
            }
            created_matches(created.as_ref(), as_int(&i.obj["created"]).unwrap_or(0))
        };
        let all: Vec<&Intent> = self.sorted(acct).into_iter().filter(|i| matches(i)).collect();
        let find = |id: &str, param: &str| -> R<usize> {
            all.iter().position(|i| i.obj["id"] == id).ok_or_else(|| {
                Reply::error(404, "invalid_request_error", Some("resource_missing"), &format!("No such payment_intent: '{id}'"), Some(param))
            })
        };
        let (page, has_more): (Vec<&Intent>, bool) = if let Some(a) = after {
            let i = find(&a, "starting_after")?;
            let rest = &all[i + 1..];
            (rest.iter().take(limit).copied().collect(), rest.len() > limit)
        } else if let Some(b) = before {
            let i = find(&b, "ending_before")?;
            let newer = &all[..i];
            let start = newer.len().saturating_sub(limit);
            (newer[start..].to_vec(), start > 0)
        } else {
            (all.iter().take(limit).copied().collect(), all.len() > limit)
        };
        let data = expand_many(page, expand)?;
        Ok(json!({"object": "list", "data": data, "has_more": has_more, "url": "/v1/payment_intents"}))
    }

    fn search(&mut self, acct: &str, p: &Params, expand: &[String]) -> R<Value> {
        let query = p.string("query")?.ok_or_else(|| missing_param("query"))?;
        let limit = limit(p)?;
        let offset: usize = match p.string("page")? {
            None => 0,
            Some(t) => t.strip_prefix("page_").and_then(|n| n.parse().ok()).ok_or_else(|| Reply::invalid("page", "parameter_invalid_string", "Invalid page token"))?,
        };
        let filter = SearchQuery::parse(&query)?;
        let all: Vec<&Intent> = self.sorted(acct).into_iter().filter(|i| filter.matches(&i.obj)).collect();
        let total = all.len();
        let page: Vec<&Intent> = all.into_iter().skip(offset).take(limit).collect();
        let has_more = offset + page.len() < total;
        let data = expand_many(page, expand)?;
        let next = if has_more { Value::from(format!("page_{}", offset + limit)) } else { Value::Null };
        Ok(json!({"object": "search_result", "data": data, "has_more": has_more, "next_page": next, "total_count": total, "url": "/v1/payment_intents/search"}))
    }
}

fn limit(p: &Params) -> R<usize> {
    match p.int("limit")? {
        None => Ok(10),
        Some(l) if (1..=100).contains(&l) => Ok(l as usize),
        Some(l) => Err(Reply::invalid("limit", "parameter_invalid_integer", &format!("Invalid limit {l}: must be between 1 and 100"))),
    }
}

fn created_matches(filter: Option<&Value>, created: i64) -> bool {
    match filter {
        None | Some(Value::Null) => true,
        Some(Value::Object(m)) => m.iter().all(|(op, v)| {
            let Some(n) = as_int(v) else { return false };
            match op.as_str() {
                "gt" => created > n,
                "gte" => created >= n,
                "lt" => created < n,
                "lte" => created <= n,
                _ => false,
            }
        }),
        Some(v) => as_int(v) == Some(created),
    }
}

/// `field:'value'`, `metadata['k']:'v'`, `amount>N`, joined by AND or OR.
struct SearchQuery {
    terms: Vec<(String, char, String)>,
    any: bool,
}

impl SearchQuery {
    fn parse(q: &str) -> R<SearchQuery> {
        let bad = |why: &str| Reply::invalid("query", "search_query_invalid", &format!("Invalid search query {q:?}: {why}"));
        let has_and = q.contains(" AND ");
        let has_or = q.contains(" OR ");
        if has_and && has_or {
            return Err(bad("AND and OR cannot be mixed"));
        }
        let parts: Vec<&str> = if has_or { q.split(" OR ").collect() } else { q.split(" AND ").collect() };
        let mut terms = Vec::new();
        for part in parts {
            let part = part.trim();
            let pos = part.find([':', '>', '<']).ok_or_else(|| bad("expected field:value"))?;
            let field = part[..pos].trim();
            let op = part.as_bytes()[pos] as char;
            let value = part[pos + 1..].trim().trim_matches(|c| c == '\'' || c == '"').to_string();
            let field = if let Some(k) = field.strip_prefix("metadata[").and_then(|s| s.strip_suffix(']')) {
                format!("metadata.{}", k.trim_matches(|c| c == '\'' || c == '"'))
            } else {
                if !["status", "currency", "customer", "amount", "created"].contains(&field) {
                    return Err(bad(&format!("unsupported field {field}")));
                }
                field.to_string()
            };
            if op != ':' && !["amount", "created"].contains(&field.as_str()) {
                return Err(bad("comparisons work on amount and created only"));
            }
            terms.push((field, op, value));
        }
        Ok(SearchQuery { terms, any: has_or })
    }

    fn matches(&self, o: &Map<String, Value>) -> bool {
        let one = |(field, op, value): &(String, char, String)| -> bool {
            let actual = match field.strip_prefix("metadata.") {
                Some(k) => o["metadata"].get(k).cloned().unwrap_or(Value::Null),
                None => o.get(field.as_str()).cloned().unwrap_or(Value::Null),
            };
            match op {
                '>' => as_int(&actual).zip(value.parse::<i64>().ok()).is_some_and(|(a, v)| a > v),
                '<' => as_int(&actual).zip(value.parse::<i64>().ok()).is_some_and(|(a, v)| a < v),
                _ => match &actual {
                    Value::String(s) => s == value,
                    Value::Number(n) => n.to_string() == *value,
                    _ => false,
                },
            }
        };
        if self.any { self.terms.iter().any(one) } else { self.terms.iter().all(one) }
    }
}

fn enum_param(p: &Params, k: &str, values: &[&str]) -> R<Option<String>> {
    match p.string(k)? {
        Some(v) if !values.contains(&v.as_str()) => Err(Reply::invalid(k, "parameter_invalid_string",
            &format!("Invalid {k}: must be one of {}", values.join(", ")))),
        other => Ok(other),
    }
}

fn missing(id: &str) -> Reply {
    Reply::error(404, "invalid_request_error", Some("resource_missing"), &format!("No such payment_intent: '{id}'"), Some("intent"))
}

fn missing_param(k: &str) -> Reply {
    Reply::invalid(k, "parameter_missing", &format!("Missing required param: {k}."))
}

/// The payment went through: authorised (manual capture) or captured.
fn authorize(intent: &mut Intent) {
    let amount = as_int(&intent.obj["amount"]).unwrap_or(0);
    let manual = intent.obj["capture_method"] == "manual";
    let charge_id = random_id("ch_", 24);
    intent.charge = Some(json!({
        "id": charge_id, "object": "charge", "amount": amount, "amount_captured": if manual { 0 } else { amount },
        "amount_refunded": 0, "captured": !manual, "currency": intent.obj["currency"], "paid": true,
        "payment_intent": intent.obj["id"], "payment_method": intent.obj["payment_method"], "status": "succeeded",
        "created": now(), "livemode": false
    }));
    intent.obj.insert("latest_charge".into(), charge_id.into());
    intent.obj.insert("next_action".into(), Value::Null);
    if manual {
        intent.obj.insert("status".into(), "requires_capture".into());
        intent.obj.insert("amount_capturable".into(), amount.into());
    } else {
        intent.obj.insert("status".into(), "succeeded".into());
        intent.obj.insert("amount_received".into(), amount.into());
        intent.obj.insert("amount_capturable".into(), 0.into());
    }
}

/// A failed attempt: back to requires_payment_method, or canceled after the
/// tenth failure. Returns the 402 to send.
fn fail_payment(intent: &mut Intent, code: &str, decline_code: Option<&str>, message: &str, pm: &str) -> Reply {
    intent.failed_confirms += 1;
    let mut err = json!({"type": "card_error", "code": code, "message": message, "payment_method": {"id": pm, "object": "payment_method", "type": "card"}, "payment_method_type": "card"});
    if let Some(d) = decline_code {
        err["decline_code"] = d.into();
    }
    let charge_id = random_id("ch_", 24);
    err["charge"] = charge_id.clone().into();
    intent.obj.insert("last_payment_error".into(), err);
    intent.obj.insert("latest_charge".into(), charge_id.into());
    intent.obj.insert("payment_method".into(), Value::Null);
    intent.obj.insert("next_action".into(), Value::Null);
    if intent.failed_confirms >= 10 {
        intent.obj.insert("status".into(), "canceled".into());
        intent.obj.insert("canceled_at".into(), now().into());
        intent.obj.insert("cancellation_reason".into(), "automatic".into());
    } else {
        intent.obj.insert("status".into(), "requires_payment_method".into());
    }
    let mut reply = Reply::error(402, "card_error", Some(code), message, None);
    if let Some(e) = reply.body.get_mut("error").and_then(Value::as_object_mut) {
        if let Some(d) = decline_code {
            e.insert("decline_code".into(), d.into());
        }
        e.insert("payment_intent".into(), Value::Object(intent.obj.clone()));
    }
    reply.executed()
}

fn expand_many(items: Vec<&Intent>, expand: &[String]) -> R<Vec<Value>> {
    items.into_iter().map(|i| expand_intent(i, expand, "data.")).collect()
}

/// Copy of the object with the requested fields expanded.
fn expand_intent(intent: &Intent, expand: &[String], prefix: &str) -> R<Value> {
    let mut o = intent.obj.clone();
    for path in expand {
        let field = path.strip_prefix(prefix).unwrap_or(if prefix.is_empty() { path } else { "" });
        match field {
            "latest_charge" => {
                if let Some(ch) = &intent.charge {
                    if o["latest_charge"] == ch["id"] {
                        o.insert("latest_charge".into(), ch.clone());
                    }
                }
            }
            "customer" => {
                if let Some(c) = o["customer"].as_str() {
                    let c = c.to_string();
                    o.insert("customer".into(), json!({"id": c, "object": "customer", "livemode": false}));
                }
            }
            "payment_method" => {
                if let Some(pm) = o["payment_method"].as_str() {
                    let pm = pm.to_string();
                    o.insert("payment_method".into(), json!({"id": pm, "object": "payment_method", "type": "card"}));
                }
            }
            "application" | "invoice" | "on_behalf_of" | "review" => {}
            _ => return Err(Reply::invalid("expand", "parameter_invalid_string", &format!("This property cannot be expanded ({path})."))),
        }
    }
    Ok(Value::Object(o))
}
