//! The PaymentIntents state machine, kept as JSON objects.
//!
//! Every operation first reads and checks all of its parameters (failures
//! there are "validation" errors, never stored for idempotency) and only then
//! looks at the intent and changes it (errors from that part are "executed"
//! and are stored, like Stripe does).

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use rand::distributions::Alphanumeric;
use rand::Rng;
use serde_json::{json, Map, Value};

use crate::wire::{as_int, MetadataUpdate, Params};

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
            e.insert("doc_url".into(), format!("https://stripe.com/docs/error-codes/{}", c.replace('_', "-")).into());
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

    /// Mark an error as produced while executing (stored for idempotency).
    fn executed(mut self) -> Reply {
        self.store = true;
        self
    }

    fn with(mut self, key: &str, value: Value) -> Reply {
        if let Some(e) = self.body.get_mut("error").and_then(Value::as_object_mut) {
            e.insert(key.into(), value);
        }
        self
    }

    fn with_intent(self, pi: &Map<String, Value>) -> Reply {
        self.with("payment_intent", Value::Object(pi.clone()))
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

const CAPTURE_METHODS: [&str; 3] = ["automatic", "automatic_async", "manual"];
const MAX_AMOUNT: i64 = 99_999_999;
const EXPANDABLE: [&str; 7] =
    ["application", "customer", "invoice", "latest_charge", "on_behalf_of", "payment_method", "review"];

/// What confirming with a payment method does.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Behavior {
    Succeed,
    Decline { code: &'static str, decline_code: &'static str, message: &'static str },
    Authenticate,
    Microdeposits,
}

const DECLINED: Behavior =
    Behavior::Decline { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." };
const INSUFFICIENT: Behavior = Behavior::Decline {
    code: "card_declined",
    decline_code: "insufficient_funds",
    message: "Your card has insufficient funds.",
};
const FRAUDULENT: Behavior =
    Behavior::Decline { code: "card_declined", decline_code: "fraudulent", message: "Your card was declined." };
const EXPIRED: Behavior =
    Behavior::Decline { code: "expired_card", decline_code: "expired_card", message: "Your card has expired." };
const BAD_CVC: Behavior = Behavior::Decline {
    code: "incorrect_cvc",
    decline_code: "incorrect_cvc",
    message: "Your card's security code is incorrect.",
};
const PROCESSING: Behavior = Behavior::Decline {
    code: "processing_error",
    decline_code: "processing_error",
    message: "An error occurred while processing your card. Try again in a little bit.",
};

/// The test payment method ids (named like Stripe's).
fn behavior_of_id(pm: &str) -> (Behavior, &'static str) {
    let b = match pm {
        "pm_card_chargeDeclined" => DECLINED,
        "pm_card_chargeDeclinedInsufficientFunds" => INSUFFICIENT,
        "pm_card_chargeDeclinedFraudulent" => FRAUDULENT,
        "pm_card_chargeDeclinedExpiredCard" => EXPIRED,
        "pm_card_chargeDeclinedIncorrectCvc" => BAD_CVC,
        "pm_card_chargeDeclinedProcessingError" => PROCESSING,
        "pm_card_authenticationRequired" | "pm_card_threeDSecure2Required" | "pm_card_threeDSecureRequired" => {
            Behavior::Authenticate
        }
        "pm_usBankAccount" => return (Behavior::Microdeposits, "us_bank_account"),
        _ => Behavior::Succeed,
    };
    (b, "card")
}

/// Test card numbers given in `payment_method_data[card][number]`.
fn behavior_of_card_number(number: &str) -> Behavior {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match digits.as_str() {
        "4000000000000002" => DECLINED,
        "4000000000009995" => INSUFFICIENT,
        "4100000000000019" => FRAUDULENT,
        "4000000000000069" => EXPIRED,
        "4000000000000127" => BAD_CVC,
        "4000000000000119" => PROCESSING,
        "4000002500003155" | "4000002760003184" | "4000000000003220" | "4000000000003063" => Behavior::Authenticate,
        _ => Behavior::Succeed,
    }
}

struct Intent {
    obj: Map<String, Value>,
    seq: u64,
    failed_confirms: u32,
    /// The latest charge as an expandable object.
    charge: Option<Value>,
    /// The customer completed authentication for the attached payment method
    /// (manual confirmation: the next confirm goes through).
    authenticated: bool,
    /// Where the 3-D Secure page sends the customer back to.
    return_url: Option<String>,
}

/// Everything the server remembers. Intents are keyed by (account, id);
/// the empty account is the platform itself.
#[derive(Default)]
pub struct Store {
    intents: HashMap<(String, String), Intent>,
    /// Payment methods made from `payment_method_data`: behavior and type.
    pms: HashMap<String, (Behavior, String)>,
    seq: u64,
}

/// Which top-level parameters each operation takes (API 2023-08-16, plus
/// `final_capture` on capture).
#[rustfmt::skip]
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
            "amount_to_capture", "application_fee_amount", "expand", "final_capture", "metadata",
            "statement_descriptor", "statement_descriptor_suffix", "transfer_data",
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
    match p.keys().find(|k| !ok.contains(&k.as_str())) {
        Some(k) => Err(Reply::invalid(k, "parameter_unknown", &format!("Received unknown parameter: {k}"))),
        None => Ok(()),
    }
}

fn status(o: &Map<String, Value>) -> &str {
    o.get("status").and_then(Value::as_str).unwrap_or("")
}

fn unexpected(action: &str, pi: &Map<String, Value>, extra: &str) -> Reply {
    Reply::error(
        400,
        "invalid_request_error",
        Some("payment_intent_unexpected_state"),
        &format!("You cannot {action} this PaymentIntent because it has a status of {}.{extra}", status(pi)),
        None,
    )
    .with_intent(pi)
    .executed()
}

fn missing(id: &str) -> Reply {
    Reply::error(
        404,
        "invalid_request_error",
        Some("resource_missing"),
        &format!("No such payment_intent: '{id}'"),
        Some("intent"),
    )
}

fn missing_param(k: &str) -> Reply {
    Reply::invalid(k, "parameter_missing", &format!("Missing required param: {k}."))
}

fn secret_mismatch() -> Reply {
    Reply::invalid(
        "client_secret",
        "payment_intent_invalid_parameter",
        "The client_secret provided does not match the client_secret associated with the PaymentIntent.",
    )
}

/// An amount in the smallest currency unit: 1 ..= 99,999,999.
fn amount(p: &Params, k: &str) -> R<Option<i64>> {
    match p.positive(k)? {
        Some(a) if a > MAX_AMOUNT => Err(Reply::invalid(
            &p.name(k),
            "amount_too_large",
            &format!("Amount must be no more than {MAX_AMOUNT} (got {a})."),
        )),
        other => Ok(other),
    }
}

fn currency(p: &Params, k: &str) -> R<Option<String>> {
    match p.string(k)? {
        Some(c) if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_alphabetic()) => Err(Reply::invalid(
            &p.name(k),
            "parameter_invalid_string",
            &format!("Invalid currency: {c}. Use a three-letter ISO currency code such as usd."),
        )),
        other => Ok(other.map(|c| c.to_ascii_lowercase())),
    }
}

/// `shipping`: `Some(Null)` clears it, otherwise a full shipping object.
fn shipping(p: &Params) -> R<Option<Value>> {
    if p.is_unset("shipping") {
        return Ok(Some(Value::Null));
    }
    let Some(s) = p.nested("shipping")? else {
        return Ok(None);
    };
    let name = s.require("name", s.string("name")?)?;
    let a = s.require("address", s.nested("address")?)?;
    let mut address = Map::new();
    for k in ["city", "country", "line1", "line2", "postal_code", "state"] {
        address.insert(k.into(), a.string(k)?.map(Value::from).unwrap_or(Value::Null));
    }
    let mut out = Map::new();
    out.insert("address".into(), Value::Object(address));
    out.insert("carrier".into(), s.string("carrier")?.map(Value::from).unwrap_or(Value::Null));
    out.insert("name".into(), name.into());
    out.insert("phone".into(), s.string("phone")?.map(Value::from).unwrap_or(Value::Null));
    out.insert("tracking_number".into(), s.string("tracking_number")?.map(Value::from).unwrap_or(Value::Null));
    Ok(Some(Value::Object(out)))
}

/// `transfer_data` (`destination` is required on create only).
fn transfer_data(p: &Params, create: bool) -> R<Option<Map<String, Value>>> {
    let Some(t) = p.nested("transfer_data")? else {
        return Ok(None);
    };
    let mut out = Map::new();
    out.insert("amount".into(), t.non_negative("amount")?.map(Value::from).unwrap_or(Value::Null));
    if create {
        out.insert("destination".into(), t.require("destination", t.string("destination")?)?.into());
    } else if let Some(d) = t.string("destination")? {
        out.insert("destination".into(), d.into());
    }
    Ok(Some(out))
}

/// Merge the given `transfer_data` keys into the object's (creating it when unset).
fn merge_transfer_data(obj: &mut Map<String, Value>, transfer: Option<Map<String, Value>>) {
    let Some(t) = transfer else { return };
    let cur = obj.entry("transfer_data").or_insert(Value::Null);
    if !cur.is_object() {
        *cur = json!({"amount": null, "destination": null});
    }
    for (k, v) in t {
        cur[k.as_str()] = v;
    }
}

fn apply_metadata(obj: &mut Map<String, Value>, md: Option<MetadataUpdate>) {
    let Some(MetadataUpdate { clear, ops }) = md else {
        return;
    };
    let cur = obj.entry("metadata").or_insert_with(|| json!({}));
    if clear || !cur.is_object() {
        *cur = json!({});
    }
    let cur = cur.as_object_mut().expect("metadata is an object");
    for (k, v) in ops {
        match v {
            Some(v) => cur.insert(k, v.into()),
            None => cur.remove(&k),
        };
    }
}

fn set_opt(obj: &mut Map<String, Value>, k: &str, v: Option<Option<String>>) {
    if let Some(v) = v {
        obj.insert(k.into(), v.map(Value::from).unwrap_or(Value::Null));
    }
}

/// The intent's `payment_method_options` map.
fn options_of(obj: &mut Map<String, Value>) -> &mut Map<String, Value> {
    let cur = obj.entry("payment_method_options").or_insert_with(|| json!({}));
    if !cur.is_object() {
        *cur = json!({});
    }
    cur.as_object_mut().expect("payment_method_options is an object")
}

/// Merge request `payment_method_options` into stored ones, per method.
fn merge_options(cur: &mut Map<String, Value>, add: &Map<String, Value>) {
    for (method, opts) in add {
        match (cur.get_mut(method).and_then(Value::as_object_mut), opts) {
            (Some(existing), Value::Object(o)) => {
                for (k, v) in o {
                    existing.insert(k.clone(), v.clone());
                }
            }
            _ => {
                let v = if opts.as_str() == Some("") { json!({}) } else { opts.clone() };
                cur.insert(method.clone(), v);
            }
        }
    }
}

fn default_options(types: &[String]) -> Value {
    let mut m = Map::new();
    for t in types {
        let v = match t.as_str() {
            "card" => {
                json!({"installments": null, "mandate_options": null, "network": null, "request_three_d_secure": "automatic"})
            }
            "us_bank_account" => json!({"verification_method": "automatic"}),
            _ => json!({}),
        };
        m.insert(t.clone(), v);
    }
    Value::Object(m)
}

/// Where a confirm's payment method comes from.
#[derive(Clone, Debug)]
enum PmSource {
    Id(String),
    Data { kind: String, behavior: Behavior },
}

fn pm_source(p: &Params) -> R<Option<PmSource>> {
    if let Some(id) = p.string("payment_method")? {
        if id.is_empty() {
            return Err(Reply::invalid(
                "payment_method",
                "parameter_invalid_empty",
                "payment_method must not be empty.",
            ));
        }
        return Ok(Some(PmSource::Id(id)));
    }
    let Some(d) = p.nested("payment_method_data")? else {
        return Ok(None);
    };
    let kind = d.require("type", d.string("type")?)?;
    let behavior = match kind.as_str() {
        "us_bank_account" => Behavior::Microdeposits,
        "card" => match d.nested("card")? {
            Some(c) => c.string("number")?.map(|n| behavior_of_card_number(&n)).unwrap_or(Behavior::Succeed),
            None => Behavior::Succeed,
        },
        _ => Behavior::Succeed,
    };
    Ok(Some(PmSource::Data { kind, behavior }))
}

/// The checked parameters of a confirm (also used by `create` with `confirm=true`).
#[derive(Default)]
struct ConfirmArgs {
    capture_method: Option<String>,
    error_on_action: bool,
    off_session: bool,
    return_url: Option<String>,
    pm: Option<PmSource>,
    receipt_email: Option<Option<String>>,
    setup_future_usage: Option<Option<String>>,
    shipping: Option<Value>,
    pm_options: Option<Map<String, Value>>,
    pm_types: Option<Vec<String>>,
    client_secret: Option<String>,
}

fn off_session(p: &Params) -> R<bool> {
    match p.raw("off_session") {
        None => Ok(false),
        Some(Value::String(s)) if s == "one_off" || s == "recurring" => Ok(true),
        Some(_) => Ok(p.boolean("off_session")?.unwrap_or(false)),
    }
}

fn sfu(p: &Params) -> R<Option<Option<String>>> {
    if p.is_unset("setup_future_usage") {
        return Ok(Some(None));
    }
    Ok(p.one_of("setup_future_usage", &["off_session", "on_session"])?.map(Some))
}

fn parse_confirm(p: &Params) -> R<ConfirmArgs> {
    p.boolean("use_stripe_sdk")?;
    p.string("mandate")?;
    if !p.is_unset("mandate_data") {
        p.object("mandate_data")?;
    }
    p.object("radar_options")?;
    let pm_types = match p.strings("payment_method_types")? {
        Some(t) if t.is_empty() => {
            return Err(Reply::invalid(
                "payment_method_types",
                "parameter_invalid_empty",
                "payment_method_types must not be empty.",
            ))
        }
        other => other,
    };
    Ok(ConfirmArgs {
        capture_method: p.one_of("capture_method", &CAPTURE_METHODS)?,
        error_on_action: p.boolean("error_on_requires_action")?.unwrap_or(false),
        off_session: off_session(p)?,
        return_url: p.string("return_url")?.filter(|u| !u.is_empty()),
        pm: pm_source(p)?,
        receipt_email: p.clearable("receipt_email", 800)?,
        setup_future_usage: sfu(p)?,
        shipping: shipping(p)?,
        pm_options: p.object("payment_method_options")?.cloned(),
        pm_types,
        client_secret: p.string("client_secret")?,
    })
}

/// Expanded paths requested, checked: `field` for one object, `data.field`
/// for lists and search results.
fn parse_expand(p: &Params, list: bool) -> R<Vec<String>> {
    let paths = p.strings("expand")?.unwrap_or_default();
    paths
        .iter()
        .map(|path| {
            let field = if list { path.strip_prefix("data.") } else { Some(path.as_str()) };
            match field {
                Some(f) if EXPANDABLE.contains(&f) => Ok(f.to_string()),
                _ => Err(Reply::invalid(
                    "expand",
                    "parameter_invalid_string",
                    &format!("This property cannot be expanded ({path})."),
                )),
            }
        })
        .collect()
}

impl Store {
    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    fn intent(&mut self, acct: &str, id: &str) -> R<&mut Intent> {
        self.intents.get_mut(&(acct.to_string(), id.to_string())).ok_or_else(|| missing(id))
    }

    /// A new payment method made from `payment_method_data`.
    fn new_pm(&mut self, kind: &str, behavior: Behavior) -> String {
        let id = random_id("pm_", 24);
        self.pms.insert(id.clone(), (behavior, kind.to_string()));
        id
    }

    fn resolve_pm(&mut self, src: PmSource) -> String {
        match src {
            PmSource::Id(id) => id,
            PmSource::Data { kind, behavior } => self.new_pm(&kind, behavior),
        }
    }

    fn pm_info(&self, pm: &str) -> (Behavior, String) {
        match self.pms.get(pm) {
            Some((b, t)) => (*b, t.clone()),
            None => {
                let (b, t) = behavior_of_id(pm);
                (b, t.to_string())
            }
        }
    }

    /// Run one operation. `id` is the path id for per-intent operations.
    pub fn handle(&mut self, acct: &str, op: &str, id: Option<&str>, p: &Map<String, Value>, base: &str) -> R<Value> {
        check_known(op, p)?;
        let params = Params::new(p);
        let id = id.unwrap_or("");
        if op == "list" || op == "search" {
            let expand = parse_expand(&params, true)?;
            return if op == "list" { self.list(acct, &params, &expand) } else { self.search(acct, &params, &expand) };
        }
        let expand = parse_expand(&params, false)?;
        let out = match op {
            "create" => self.create(acct, &params, base)?,
            "retrieve" => {
                let cs = params.string("client_secret")?;
                let intent = self.intent(acct, id)?;
                if cs.is_some_and(|cs| intent.obj["client_secret"].as_str() != Some(cs.as_str())) {
                    return Err(secret_mismatch());
                }
                id.to_string()
            }
            "update" => self.update(acct, id, &params)?,
            "confirm" => {
                let args = parse_confirm(&params)?;
                self.confirm(acct, id, args, base)?;
                id.to_string()
            }
            "capture" => self.capture(acct, id, &params)?,
            "cancel" => self.cancel(acct, id, &params)?,
            "increment_authorization" => self.increment(acct, id, &params)?,
            "apply_customer_balance" => self.apply_balance(acct, id, &params)?,
            "verify_microdeposits" => self.verify(acct, id, &params)?,
            _ => return Err(Reply::error(404, "invalid_request_error", None, "Unrecognized request URL.", None)),
        };
        let key = (acct.to_string(), out);
        let intent = self.intents.get(&key).ok_or_else(|| missing(&key.1))?;
        Ok(self.expand(intent, &expand))
    }

    fn create(&mut self, acct: &str, p: &Params, base: &str) -> R<String> {
        let amount = amount(p, "amount")?.ok_or_else(|| missing_param("amount"))?;
        let currency = currency(p, "currency")?.ok_or_else(|| missing_param("currency"))?;
        let capture_method = p.one_of("capture_method", &CAPTURE_METHODS)?.unwrap_or_else(|| "automatic".into());
        let confirmation_method =
            p.one_of("confirmation_method", &["automatic", "manual"])?.unwrap_or_else(|| "automatic".into());
        let confirm = p.boolean("confirm")?.unwrap_or(false);
        let mut args = parse_confirm(p)?;
        let fee = p.non_negative("application_fee_amount")?;
        if fee.is_some_and(|f| f > amount) {
            return Err(Reply::invalid(
                "application_fee_amount",
                "parameter_invalid_integer",
                "application_fee_amount must not exceed amount.",
            ));
        }
        let types = args.pm_types.take().unwrap_or_else(|| vec!["card".into()]);
        let apm = match p.nested("automatic_payment_methods")? {
            Some(a) => {
                let enabled = a.require("enabled", a.boolean("enabled")?)?;
                let mut o = Map::new();
                if let Some(r) = a.one_of("allow_redirects", &["always", "never"])? {
                    o.insert("allow_redirects".into(), r.into());
                }
                o.insert("enabled".into(), enabled.into());
                Value::Object(o)
            }
            None => Value::Null,
        };
        let transfer = transfer_data(p, true)?.map(Value::Object).unwrap_or(Value::Null);
        let customer = p.string("customer")?.filter(|c| !c.is_empty());
        let description = p.string_max("description", 1000)?;
        let on_behalf_of = p.string("on_behalf_of")?.filter(|c| !c.is_empty());
        let sd = p.string_max("statement_descriptor", 22)?;
        let sds = p.string_max("statement_descriptor_suffix", 22)?;
        let transfer_group = p.string("transfer_group")?;
        let metadata = p.metadata("metadata")?;
        let mut options = default_options(&types);
        if let Some(add) = args.pm_options.take() {
            merge_options(options.as_object_mut().expect("object"), &add);
        }

        let id = random_id("pi_", 24);
        // Without confirm=true, a payment method given now is attached.
        let pm = if confirm { None } else { args.pm.take().map(|s| self.resolve_pm(s)) };
        let status = if pm.is_some() { "requires_confirmation" } else { "requires_payment_method" };
        let mut obj = json!({
            "id": id, "object": "payment_intent", "amount": amount, "amount_capturable": 0,
            "amount_details": {"tip": {}}, "amount_received": 0, "application": null,
            "application_fee_amount": fee, "automatic_payment_methods": apm, "canceled_at": null,
            "cancellation_reason": null, "capture_method": capture_method,
            "client_secret": format!("{id}_secret_{}", random_id("", 25)),
            "confirmation_method": confirmation_method, "created": now(), "currency": currency,
            "customer": customer, "description": description, "invoice": null,
            "last_payment_error": null, "latest_charge": null, "livemode": false, "metadata": {},
            "next_action": null, "on_behalf_of": on_behalf_of, "payment_method": pm,
            "payment_method_options": options, "payment_method_types": types, "processing": null,
            "receipt_email": args.receipt_email.take().flatten(), "review": null,
            "setup_future_usage": args.setup_future_usage.take().flatten(),
            "shipping": args.shipping.take().unwrap_or(Value::Null),
            "statement_descriptor": sd, "statement_descriptor_suffix": sds,
            "status": status, "transfer_data": transfer, "transfer_group": transfer_group
        });
        let Value::Object(mut obj) = obj.take() else { unreachable!() };
        apply_metadata(&mut obj, metadata);
        let seq = self.next_seq();
        let intent = Intent { obj, seq, failed_confirms: 0, charge: None, authenticated: false, return_url: None };
        self.intents.insert((acct.to_string(), id.clone()), intent);
        if confirm {
            self.confirm(acct, &id, args, base)?;
        }
        Ok(id)
    }

    fn update(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let new_amount = amount(p, "amount")?;
        let new_currency = currency(p, "currency")?;
        let capture_method = p.one_of("capture_method", &CAPTURE_METHODS)?;
        let customer = p.clearable("customer", 5000)?;
        let description = p.clearable("description", 1000)?;
        let metadata = p.metadata("metadata")?;
        let pm = pm_source(p)?;
        let options = p.object("payment_method_options")?;
        let types = match p.strings("payment_method_types")? {
            Some(t) if t.is_empty() => {
                return Err(Reply::invalid(
                    "payment_method_types",
                    "parameter_invalid_empty",
                    "payment_method_types must not be empty.",
                ))
            }
            other => other,
        };
        let receipt_email = p.clearable("receipt_email", 800)?;
        let setup_future_usage = sfu(p)?;
        let ship = shipping(p)?;
        let sd = p.clearable("statement_descriptor", 22)?;
        let sds = p.clearable("statement_descriptor_suffix", 22)?;
        let transfer = transfer_data(p, false)?;
        let transfer_group = p.clearable("transfer_group", 5000)?;
        let fee = if p.is_unset("application_fee_amount") {
            Some(None)
        } else {
            p.non_negative("application_fee_amount")?.map(Some)
        };

        let intent = self.intent(acct, id)?;
        let st = status(&intent.obj).to_string();
        let given: Vec<&String> = p.map.keys().filter(|k| *k != "expand").collect();
        if st == "canceled" {
            if let Some(k) = given.iter().find(|k| k.as_str() != "metadata") {
                return Err(unexpected(
                    "update",
                    &intent.obj,
                    " Only metadata can be updated on a canceled PaymentIntent.",
                )
                .with("param", (*k).clone().into()));
            }
        } else if !matches!(st.as_str(), "requires_payment_method" | "requires_confirmation" | "requires_action") {
            const MONEY: [&str; 11] = [
                "amount",
                "currency",
                "capture_method",
                "customer",
                "payment_method",
                "payment_method_data",
                "payment_method_options",
                "payment_method_types",
                "setup_future_usage",
                "application_fee_amount",
                "transfer_data",
            ];
            if let Some(k) = given.iter().find(|k| MONEY.contains(&k.as_str())) {
                return Err(unexpected(
                    "update",
                    &intent.obj,
                    &format!(" {k} can only be updated while the status is requires_payment_method, requires_confirmation or requires_action."),
                )
                .with("param", (*k).clone().into()));
            }
        }
        let pm_id = pm.map(|s| self.resolve_pm(s));
        let intent = self.intent(acct, id)?;
        let o = &mut intent.obj;
        let mut reset = false;
        if let Some(a) = new_amount {
            reset |= o["amount"] != a;
            o.insert("amount".into(), a.into());
        }
        if let Some(c) = new_currency {
            reset |= o["currency"] != c.as_str();
            o.insert("currency".into(), c.into());
        }
        if let Some(c) = capture_method {
            o.insert("capture_method".into(), c.into());
        }
        if let Some(pm) = pm_id {
            reset = true;
            o.insert("payment_method".into(), pm.into());
            intent.authenticated = false;
        }
        if let Some(t) = types {
            o.insert("payment_method_types".into(), json!(t));
        }
        if let Some(add) = options {
            merge_options(options_of(o), add);
        }
        set_opt(o, "customer", customer);
        set_opt(o, "description", description);
        set_opt(o, "receipt_email", receipt_email);
        set_opt(o, "setup_future_usage", setup_future_usage);
        set_opt(o, "statement_descriptor", sd);
        set_opt(o, "statement_descriptor_suffix", sds);
        set_opt(o, "transfer_group", transfer_group);
        if let Some(s) = ship {
            o.insert("shipping".into(), s);
        }
        if let Some(f) = fee {
            o.insert("application_fee_amount".into(), f.map(Value::from).unwrap_or(Value::Null));
        }
        merge_transfer_data(o, transfer);
        apply_metadata(o, metadata);
        // A changed amount or payment method needs a fresh confirmation.
        if reset && matches!(st.as_str(), "requires_payment_method" | "requires_confirmation" | "requires_action") {
            let has_pm = o["payment_method"].is_string();
            o.insert("status".into(), if has_pm { "requires_confirmation" } else { "requires_payment_method" }.into());
            o.insert("next_action".into(), Value::Null);
        }
        Ok(id.to_string())
    }

    fn confirm(&mut self, acct: &str, id: &str, args: ConfirmArgs, base: &str) -> R<()> {
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
            Behavior::Succeed => {
                authorize(intent, &pm_type);
                Ok(())
            }
        }
    }

    fn capture(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let to_capture = p.positive("amount_to_capture")?;
        let fee = p.non_negative("application_fee_amount")?;
        let final_capture = p.boolean("final_capture")?.unwrap_or(true);
        let metadata = p.metadata("metadata")?;
        let sd = p.string_max("statement_descriptor", 22)?;
        let sds = p.string_max("statement_descriptor_suffix", 22)?;
        let transfer = transfer_data(p, false)?;
        let intent = self.intent(acct, id)?;
        if status(&intent.obj) != "requires_capture" {
            return Err(unexpected(
                "capture",
                &intent.obj,
                " Only a PaymentIntent with status requires_capture can be captured.",
            ));
        }
        let capturable = as_int(&intent.obj["amount_capturable"]).unwrap_or(0);
        let amount = to_capture.unwrap_or(capturable);
        if amount > capturable {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("amount_too_large"),
                &format!("The amount to capture ({amount}) is greater than the amount capturable ({capturable})."),
                Some("amount_to_capture"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        let o = &mut intent.obj;
        apply_metadata(o, metadata);
        if let Some(f) = fee {
            o.insert("application_fee_amount".into(), f.into());
        }
        set_opt(o, "statement_descriptor", sd.map(Some));
        set_opt(o, "statement_descriptor_suffix", sds.map(Some));
        merge_transfer_data(o, transfer);
        let received = as_int(&o["amount_received"]).unwrap_or(0) + amount;
        let left = if final_capture { 0 } else { capturable - amount };
        o.insert("amount_received".into(), received.into());
        o.insert("amount_capturable".into(), left.into());
        if left == 0 {
            o.insert("status".into(), "succeeded".into());
        }
        if let Some(ch) = intent.charge.as_mut() {
            ch["amount_captured"] = received.into();
            ch["captured"] = true.into();
            if left == 0 {
                let total = as_int(&ch["amount"]).unwrap_or(received);
                ch["amount_refunded"] = (total - received).into();
            }
        }
        Ok(id.to_string())
    }

    fn cancel(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let reason =
            p.one_of("cancellation_reason", &["abandoned", "duplicate", "fraudulent", "requested_by_customer"])?;
        let intent = self.intent(acct, id)?;
        let st = status(&intent.obj);
        if !matches!(st, "requires_payment_method" | "requires_capture" | "requires_confirmation" | "requires_action") {
            return Err(unexpected(
                "cancel",
                &intent.obj,
                " Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.",
            ));
        }
        if st == "requires_capture" {
            if let Some(ch) = intent.charge.as_mut() {
                ch["amount_refunded"] = ch["amount"].clone();
                ch["refunded"] = true.into();
            }
        }
        let o = &mut intent.obj;
        o.insert("status".into(), "canceled".into());
        o.insert("canceled_at".into(), now().into());
        o.insert("cancellation_reason".into(), reason.map(Value::from).unwrap_or(Value::Null));
        o.insert("amount_capturable".into(), 0.into());
        o.insert("next_action".into(), Value::Null);
        Ok(id.to_string())
    }

    fn increment(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let new_amount = amount(p, "amount")?.ok_or_else(|| missing_param("amount"))?;
        let desc = p.string_max("description", 1000)?;
        let sd = p.string_max("statement_descriptor", 22)?;
        let fee = p.non_negative("application_fee_amount")?;
        let metadata = p.metadata("metadata")?;
        let transfer = transfer_data(p, false)?;
        let intent = self.intent(acct, id)?;
        if status(&intent.obj) != "requires_capture" {
            return Err(unexpected(
                "increment the authorization of",
                &intent.obj,
                " Only a PaymentIntent with status requires_capture can have its authorization incremented.",
            ));
        }
        let current = as_int(&intent.obj["amount"]).unwrap_or(0);
        if new_amount <= current {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("parameter_invalid_integer"),
                &format!("The new amount ({new_amount}) must be greater than the current amount ({current})."),
                Some("amount"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        let received = as_int(&intent.obj["amount_received"]).unwrap_or(0);
        let o = &mut intent.obj;
        o.insert("amount".into(), new_amount.into());
        o.insert("amount_capturable".into(), (new_amount - received).into());
        set_opt(o, "description", desc.map(Some));
        set_opt(o, "statement_descriptor", sd.map(Some));
        if let Some(f) = fee {
            o.insert("application_fee_amount".into(), f.into());
        }
        merge_transfer_data(o, transfer);
        apply_metadata(o, metadata);
        if let Some(ch) = intent.charge.as_mut() {
            ch["amount"] = new_amount.into();
        }
        Ok(id.to_string())
    }

    fn apply_balance(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let requested = amount(p, "amount")?;
        let cur = currency(p, "currency")?;
        let intent = self.intent(acct, id)?;
        if !matches!(status(&intent.obj), "requires_payment_method" | "requires_confirmation" | "requires_action") {
            return Err(unexpected(
                "apply a customer balance to",
                &intent.obj,
                " Only a PaymentIntent with one of the following statuses accepts a customer balance: requires_payment_method, requires_confirmation, requires_action.",
            ));
        }
        let types = intent.obj["payment_method_types"].as_array().cloned().unwrap_or_default();
        if !types.iter().any(|t| t == "customer_balance") {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("payment_intent_invalid_parameter"),
                "This PaymentIntent cannot take a customer balance: customer_balance is not in its payment_method_types.",
                Some("payment_method_types"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        if intent.obj["customer"].is_null() {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("payment_intent_invalid_parameter"),
                "This PaymentIntent cannot take a customer balance: it has no customer.",
                Some("customer"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        if let Some(c) = cur {
            if intent.obj["currency"].as_str() != Some(c.as_str()) {
                return Err(Reply::error(
                    400,
                    "invalid_request_error",
                    Some("parameter_invalid_string"),
                    &format!(
                        "currency ({c}) must match the PaymentIntent's currency ({}).",
                        intent.obj["currency"].as_str().unwrap_or("")
                    ),
                    Some("currency"),
                )
                .executed());
            }
        }
        let total = as_int(&intent.obj["amount"]).unwrap_or(0);
        let received = as_int(&intent.obj["amount_received"]).unwrap_or(0);
        let remaining = total - received;
        let apply = requested.unwrap_or(remaining);
        if apply > remaining {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                Some("amount_too_large"),
                &format!(
                    "The amount ({apply}) is greater than the amount remaining on the PaymentIntent ({remaining})."
                ),
                Some("amount"),
            )
            .with_intent(&intent.obj)
            .executed());
        }
        let received = received + apply;
        let o = &mut intent.obj;
        o.insert("amount_received".into(), received.into());
        if !o["payment_method"].is_string() {
            o.insert("payment_method".into(), random_id("pm_", 24).into());
        }
        if received == total {
            o.insert("status".into(), "succeeded".into());
            o.insert("next_action".into(), Value::Null);
        } else {
            o.insert("status".into(), "requires_action".into());
            let cur = o["currency"].clone();
            o.insert(
                "next_action".into(),
                json!({"type": "display_bank_transfer_instructions", "display_bank_transfer_instructions": {
                    "amount_remaining": total - received, "currency": cur, "financial_addresses": [],
                    "hosted_instructions_url": null, "reference": random_id("", 12).to_uppercase(), "type": "us_bank_transfer"}}),
            );
        }
        Ok(id.to_string())
    }

    fn verify(&mut self, acct: &str, id: &str, p: &Params) -> R<String> {
        let amounts = p.ints("amounts")?;
        let code = p.string("descriptor_code")?;
        let cs = p.string("client_secret")?;
        match (&amounts, &code) {
            (None, None) => {
                return Err(Reply::invalid(
                    "amounts",
                    "parameter_missing",
                    "Provide either amounts or descriptor_code.",
                ))
            }
            (Some(_), Some(_)) => {
                return Err(Reply::invalid(
                    "descriptor_code",
                    "parameter_invalid_string",
                    "Provide either amounts or descriptor_code, not both.",
                ))
            }
            (Some(a), None) if a.len() != 2 => {
                return Err(Reply::invalid(
                    "amounts",
                    "parameter_invalid_array",
                    "amounts must hold exactly two integers.",
                ))
            }
            _ => {}
        }
        let intent = self.intent(acct, id)?;
        if cs.is_some_and(|cs| intent.obj["client_secret"].as_str() != Some(cs.as_str())) {
            return Err(secret_mismatch());
        }
        if intent.obj["next_action"]["type"] != "verify_with_microdeposits" {
            return Err(unexpected(
                "verify microdeposits on",
                &intent.obj,
                " It is not waiting for microdeposit verification.",
            ));
        }
        let ok = match (&amounts, &code) {
            (Some(a), _) => a.as_slice() == [32, 45],
            (_, Some(c)) => c == "SM11AA",
            _ => false,
        };
        if !ok {
            let (code, param, msg) = if amounts.is_some() {
                (
                    "payment_method_microdeposit_verification_amounts_mismatch",
                    "amounts",
                    "The amounts provided do not match the amounts that were sent to the bank account.",
                )
            } else {
                (
                    "payment_method_microdeposit_verification_descriptor_code_mismatch",
                    "descriptor_code",
                    "The descriptor code provided does not match the one sent to the bank account.",
                )
            };
            return Err(Reply::error(400, "invalid_request_error", Some(code), msg, Some(param))
                .with_intent(&intent.obj)
                .executed());
        }
        authorize(intent, "us_bank_account");
        Ok(id.to_string())
    }

    /// Finish a `next_action` as the customer would (control endpoint).
    pub fn complete_action(&mut self, acct: &str, id: &str, succeed: bool) -> R<(Value, Option<String>)> {
        let intent = self.intent(acct, id)?;
        if status(&intent.obj) != "requires_action" {
            return Err(unexpected(
                "complete the next action of",
                &intent.obj,
                " Only a PaymentIntent with status requires_action has one.",
            ));
        }
        let kind = intent.obj["next_action"]["type"].as_str().unwrap_or("").to_string();
        let return_url = intent.return_url.clone();
        intent.obj.insert("next_action".into(), Value::Null);
        let pm = intent.obj["payment_method"].as_str().unwrap_or("").to_string();
        if !succeed {
            let msg = "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.";
            fail_payment(intent, "payment_intent_authentication_failure", None, msg, &pm, "card", false);
        } else if kind == "display_bank_transfer_instructions" {
            // The rest of the bank transfer arrived.
            let total = intent.obj["amount"].clone();
            intent.obj.insert("amount_received".into(), total);
            intent.obj.insert("status".into(), "succeeded".into());
        } else if intent.obj["confirmation_method"] == "manual" {
            intent.authenticated = true;
            intent.obj.insert("status".into(), "requires_confirmation".into());
        } else {
            intent.authenticated = true;
            let t = if kind == "verify_with_microdeposits" { "us_bank_account" } else { "card" };
            authorize(intent, t);
        }
        Ok((Value::Object(intent.obj.clone()), return_url))
    }

    fn sorted(&self, acct: &str) -> Vec<&Intent> {
        let mut v: Vec<&Intent> = self.intents.iter().filter(|((a, _), _)| a == acct).map(|(_, i)| i).collect();
        v.sort_by_key(|i| std::cmp::Reverse(i.seq));
        v
    }

    fn list(&self, acct: &str, p: &Params, expand: &[String]) -> R<Value> {
        let limit = limit(p)?;
        let customer = p.string("customer")?;
        let created = created_filter(p)?;
        let after = p.string("starting_after")?.filter(|s| !s.is_empty());
        let before = p.string("ending_before")?.filter(|s| !s.is_empty());
        if after.is_some() && before.is_some() {
            return Err(Reply::invalid(
                "ending_before",
                "parameter_invalid_string",
                "Give at most one of starting_after and ending_before.",
            ));
        }
        let all: Vec<&Intent> = self.sorted(acct);
        // Cursors refer to any intent of this account, even one filtered out.
        let find = |id: &str, param: &str| -> R<u64> {
            all.iter().find(|i| i.obj["id"] == id).map(|i| i.seq).ok_or_else(|| {
                Reply::error(
                    404,
                    "invalid_request_error",
                    Some("resource_missing"),
                    &format!("No such payment_intent: '{id}'"),
                    Some(param),
                )
            })
        };
        let matching = |i: &&Intent| -> bool {
            customer.as_ref().map_or(true, |c| i.obj["customer"].as_str() == Some(c.as_str()))
                && created.iter().all(|(op, n)| {
                    let c = as_int(&i.obj["created"]).unwrap_or(0);
                    match op.as_str() {
                        "gt" => c > *n,
                        "gte" => c >= *n,
                        "lt" => c < *n,
                        "lte" => c <= *n,
                        _ => c == *n,
                    }
                })
        };
        let (page, has_more): (Vec<&Intent>, bool) = if let Some(a) = after {
            let seq = find(&a, "starting_after")?;
            let rest: Vec<&Intent> = all.iter().copied().filter(|i| i.seq < seq).filter(matching).collect();
            (rest.iter().take(limit).copied().collect(), rest.len() > limit)
        } else if let Some(b) = before {
            let seq = find(&b, "ending_before")?;
            let newer: Vec<&Intent> = all.iter().copied().filter(|i| i.seq > seq).filter(matching).collect();
            let start = newer.len().saturating_sub(limit);
            (newer[start..].to_vec(), start > 0)
        } else {
            let rest: Vec<&Intent> = all.iter().copied().filter(matching).collect();
            (rest.iter().take(limit).copied().collect(), rest.len() > limit)
        };
        let data: Vec<Value> = page.into_iter().map(|i| self.expand(i, expand)).collect();
        Ok(json!({"object": "list", "data": data, "has_more": has_more, "url": "/v1/payment_intents"}))
    }

    fn search(&self, acct: &str, p: &Params, expand: &[String]) -> R<Value> {
        let query = p.string("query")?.ok_or_else(|| missing_param("query"))?;
        let limit = limit(p)?;
        let offset = match p.string("page")?.filter(|s| !s.is_empty()) {
            None => 0,
            Some(t) => decode_page(&t).ok_or_else(|| {
                Reply::invalid(
                    "page",
                    "parameter_invalid_string",
                    "Invalid page: use the next_page value of a previous search.",
                )
            })?,
        };
        let filter = SearchQuery::parse(&query)?;
        let all: Vec<&Intent> = self.sorted(acct).into_iter().filter(|i| filter.matches(&i.obj)).collect();
        let total = all.len();
        let page: Vec<&Intent> = all.into_iter().skip(offset).take(limit).collect();
        let has_more = offset + page.len() < total;
        let data: Vec<Value> = page.into_iter().map(|i| self.expand(i, expand)).collect();
        let next = if has_more { Value::from(encode_page(offset + limit)) } else { Value::Null };
        Ok(json!({"object": "search_result", "data": data, "has_more": has_more, "next_page": next,
                  "total_count": total, "url": "/v1/payment_intents/search"}))
    }

    /// A copy of the object with the requested fields expanded.
    fn expand(&self, intent: &Intent, fields: &[String]) -> Value {
        let mut o = intent.obj.clone();
        for field in fields {
            let Some(id) = o.get(field.as_str()).and_then(Value::as_str).map(str::to_string) else {
                continue;
            };
            let v = match field.as_str() {
                "latest_charge" => match &intent.charge {
                    Some(ch) if ch["id"] == id.as_str() => ch.clone(),
                    _ => continue,
                },
                "payment_method" => {
                    let (_, t) = self.pm_info(&id);
                    let mut pm =
                        json!({"id": id, "object": "payment_method", "customer": null, "livemode": false, "type": t});
                    if t == "card" {
                        pm["card"] = json!({"brand": "visa", "exp_month": 12, "exp_year": 2034, "last4": "4242"});
                    }
                    pm
                }
                "customer" => json!({"id": id, "object": "customer", "livemode": false}),
                "on_behalf_of" => json!({"id": id, "object": "account"}),
                other => json!({"id": id, "object": other}),
            };
            o.insert(field.clone(), v);
        }
        Value::Object(o)
    }
}

fn limit(p: &Params) -> R<usize> {
    match p.int("limit")? {
        None => Ok(10),
        Some(l) if (1..=100).contains(&l) => Ok(l as usize),
        Some(l) => Err(Reply::invalid(
            "limit",
            "parameter_invalid_integer",
            &format!("Invalid limit: must be between 1 and 100 (got {l})."),
        )),
    }
}

/// `created=N` or `created[gt|gte|lt|lte]=N`, as (operator, value) pairs.
fn created_filter(p: &Params) -> R<Vec<(String, i64)>> {
    let Some(v) = p.raw("created") else {
        return Ok(Vec::new());
    };
    match v {
        Value::Object(m) => m
            .iter()
            .map(|(op, n)| {
                let name = format!("created[{op}]");
                if !["gt", "gte", "lt", "lte"].contains(&op.as_str()) {
                    return Err(Reply::invalid(
                        &name,
                        "parameter_unknown",
                        &format!("Received unknown parameter: {name}"),
                    ));
                }
                let n = as_int(n).ok_or_else(|| {
                    Reply::invalid(&name, "parameter_invalid_integer", &format!("Invalid integer: {n}"))
                })?;
                Ok((op.clone(), n))
            })
            .collect(),
        other => {
            let n = as_int(other).ok_or_else(|| {
                Reply::invalid("created", "parameter_invalid_integer", &format!("Invalid integer: {other}"))
            })?;
            Ok(vec![("eq".into(), n)])
        }
    }
}

fn encode_page(offset: usize) -> String {
    format!("page_{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("sandbox:{offset}")))
}

fn decode_page(token: &str) -> Option<usize> {
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(token.strip_prefix("page_")?).ok()?;
    String::from_utf8(raw).ok()?.strip_prefix("sandbox:")?.parse().ok()
}

/// The payment went through: authorised (manual capture) or captured.
fn authorize(intent: &mut Intent, pm_type: &str) {
    let amount = as_int(&intent.obj["amount"]).unwrap_or(0);
    let card_manual = pm_type == "card" && intent.obj["payment_method_options"]["card"]["capture_method"] == "manual";
    let manual = intent.obj["capture_method"] == "manual" || card_manual;
    let charge_id = random_id("ch_", 24);
    intent.charge = Some(json!({
        "id": charge_id, "object": "charge", "amount": amount, "amount_captured": if manual { 0 } else { amount },
        "amount_refunded": 0, "captured": !manual, "created": now(), "currency": intent.obj["currency"],
        "customer": intent.obj["customer"], "livemode": false, "paid": true, "payment_intent": intent.obj["id"],
        "payment_method": intent.obj["payment_method"], "refunded": false, "status": "succeeded"
    }));
    let o = &mut intent.obj;
    o.insert("latest_charge".into(), charge_id.into());
    o.insert("next_action".into(), Value::Null);
    o.insert("last_payment_error".into(), Value::Null);
    if manual {
        o.insert("status".into(), "requires_capture".into());
        o.insert("amount_capturable".into(), amount.into());
    } else {
        o.insert("status".into(), "succeeded".into());
        o.insert("amount_received".into(), amount.into());
        o.insert("amount_capturable".into(), 0.into());
    }
}

/// A failed attempt: back to requires_payment_method, or canceled after the
/// tenth failure. Returns the 402 to send.
fn fail_payment(
    intent: &mut Intent,
    code: &str,
    decline_code: Option<&str>,
    message: &str,
    pm: &str,
    pm_type: &str,
    charged: bool,
) -> Reply {
    intent.failed_confirms += 1;
    intent.authenticated = false;
    let doc = format!("https://stripe.com/docs/error-codes/{}", code.replace('_', "-"));
    let mut err = json!({"type": "card_error", "code": code, "doc_url": doc, "message": message,
        "payment_method": {"id": pm, "object": "payment_method", "type": pm_type}, "payment_method_type": pm_type});
    if let Some(d) = decline_code {
        err["decline_code"] = d.into();
    }
    if charged {
        let charge_id = random_id("ch_", 24);
        err["charge"] = charge_id.clone().into();
        let amount = intent.obj["amount"].clone();
        intent.charge = Some(json!({
            "id": charge_id, "object": "charge", "amount": amount, "amount_captured": 0, "amount_refunded": 0,
            "captured": false, "created": now(), "currency": intent.obj["currency"], "customer": intent.obj["customer"],
            "failure_code": code, "livemode": false, "paid": false, "payment_intent": intent.obj["id"],
            "payment_method": pm, "refunded": false, "status": "failed"
        }));
        intent.obj.insert("latest_charge".into(), charge_id.into());
    }
    let o = &mut intent.obj;
    o.insert("last_payment_error".into(), err.clone());
    o.insert("payment_method".into(), Value::Null);
    o.insert("next_action".into(), Value::Null);
    if intent.failed_confirms >= 10 {
        o.insert("status".into(), "canceled".into());
        o.insert("canceled_at".into(), now().into());
        o.insert("cancellation_reason".into(), "automatic".into());
    } else {
        o.insert("status".into(), "requires_payment_method".into());
    }
    let mut e = err.as_object().cloned().unwrap_or_default();
    e.insert("payment_intent".into(), Value::Object(o.clone()));
    Reply { status: 402, body: json!({ "error": e }), store: true }
}

/// A search query: clauses joined by all-AND or all-OR.
struct SearchQuery {
    clauses: Vec<Clause>,
    any: bool,
}

#[derive(Debug, PartialEq)]
enum Cmp {
    Eq,
    Contains,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Debug)]
struct Clause {
    negate: bool,
    /// `status`, `amount`, ... or `metadata.KEY`.
    field: String,
    cmp: Cmp,
    /// `None` for the bare word `null`.
    value: Option<String>,
}

const SEARCH_FIELDS: [&str; 5] = ["amount", "created", "currency", "customer", "status"];

impl SearchQuery {
    fn parse(q: &str) -> R<SearchQuery> {
        let bad = |why: &str| {
            Reply::invalid("query", "search_query_invalid", &format!("Invalid search query: {why} (query: {q})"))
        };
        let chars: Vec<char> = q.chars().collect();
        let mut i = 0;
        let mut clauses = Vec::new();
        let mut joins: Vec<bool> = Vec::new(); // true = OR
        let skip_ws = |i: &mut usize| {
            while *i < chars.len() && chars[*i].is_whitespace() {
                *i += 1;
            }
        };
        loop {
            skip_ws(&mut i);
            if i >= chars.len() {
                break;
            }
            if !clauses.is_empty() {
                let word: String = chars[i..].iter().take_while(|c| !c.is_whitespace()).collect();
                match word.as_str() {
                    "AND" => joins.push(false),
                    "OR" => joins.push(true),
                    _ => return Err(bad(&format!("expected AND or OR before '{word}'"))),
                }
                i += word.chars().count();
                skip_ws(&mut i);
                if i >= chars.len() {
                    return Err(bad("the query ends with AND or OR"));
                }
            }
            let negate = chars[i] == '-';
            if negate {
                i += 1;
            }
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let name: String = chars[start..i].iter().collect();
            let field = if name == "metadata" {
                if chars.get(i) != Some(&'[') {
                    return Err(bad("metadata needs a key: metadata['key']"));
                }
                i += 1;
                let key = quoted(&chars, &mut i).ok_or_else(|| bad("metadata keys are quoted: metadata['key']"))?;
                if chars.get(i) != Some(&']') {
                    return Err(bad("expected ] after the metadata key"));
                }
                i += 1;
                format!("metadata.{key}")
            } else if SEARCH_FIELDS.contains(&name.as_str()) {
                name
            } else if name.is_empty() {
                return Err(bad("expected a field name"));
            } else {
                return Err(bad(&format!("'{name}' is not a searchable field (use amount, created, currency, customer, status or metadata['key'])")));
            };
            let two: String = chars[i..].iter().take(2).collect();
            let (cmp, len) = match (two.as_str(), chars.get(i)) {
                (">=", _) => (Cmp::Ge, 2),
                ("<=", _) => (Cmp::Le, 2),
                (_, Some(':')) => (Cmp::Eq, 1),
                (_, Some('~')) => (Cmp::Contains, 1),
                (_, Some('>')) => (Cmp::Gt, 1),
                (_, Some('<')) => (Cmp::Lt, 1),
                _ => return Err(bad(&format!("expected :, ~, >, <, >= or <= after {field}"))),
            };
            i += len;
            let value = if matches!(chars.get(i), Some('\'') | Some('"')) {
                Some(quoted(&chars, &mut i).ok_or_else(|| bad("unterminated quoted value"))?)
            } else {
                let start = i;
                while i < chars.len() && !chars[i].is_whitespace() {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                if word.is_empty() {
                    return Err(bad(&format!("missing value for {field}")));
                }
                if word == "null" {
                    None
                } else {
                    Some(word)
                }
            };
            let numeric = field == "amount" || field == "created";
            if numeric && value.as_ref().is_some_and(|v| v.parse::<i64>().is_err()) {
                return Err(bad(&format!("{field} takes an integer")));
            }
            if !numeric && !matches!(cmp, Cmp::Eq | Cmp::Contains) {
                return Err(bad(&format!("{field} can only be compared with : or ~")));
            }
            if numeric && cmp == Cmp::Contains {
                return Err(bad(&format!("{field} cannot be used with ~")));
            }
            if cmp != Cmp::Eq && value.is_none() {
                return Err(bad("null can only be used with :"));
            }
            clauses.push(Clause { negate, field, cmp, value });
        }
        if clauses.is_empty() {
            return Err(bad("the query is empty"));
        }
        if clauses.len() > 10 {
            return Err(bad("at most 10 clauses are allowed"));
        }
        if joins.contains(&true) && joins.contains(&false) {
            return Err(bad("AND and OR cannot be mixed in one query"));
        }
        Ok(SearchQuery { clauses, any: joins.contains(&true) })
    }

    fn matches(&self, o: &Map<String, Value>) -> bool {
        let one = |c: &Clause| -> bool {
            let actual = match c.field.strip_prefix("metadata.") {
                Some(k) => o["metadata"].get(k).cloned().unwrap_or(Value::Null),
                None => o.get(c.field.as_str()).cloned().unwrap_or(Value::Null),
            };
            let hit = match (&c.value, &c.cmp) {
                (None, _) => actual.is_null(),
                (Some(v), Cmp::Eq) => match &actual {
                    Value::String(s) => s == v,
                    Value::Number(n) => n.to_string() == *v,
                    _ => false,
                },
                (Some(v), Cmp::Contains) => {
                    actual.as_str().is_some_and(|s| s.to_lowercase().contains(&v.to_lowercase()))
                }
                (Some(v), cmp) => match (as_int(&actual), v.parse::<i64>()) {
                    (Some(a), Ok(b)) => match cmp {
                        Cmp::Gt => a > b,
                        Cmp::Ge => a >= b,
                        Cmp::Lt => a < b,
                        _ => a <= b,
                    },
                    _ => false,
                },
            };
            hit != c.negate
        };
        if self.any {
            self.clauses.iter().any(one)
        } else {
            self.clauses.iter().all(one)
        }
    }
}

/// A '...' or "..." string starting at `i` (backslash escapes the next char).
fn quoted(chars: &[char], i: &mut usize) -> Option<String> {
    let q = *chars.get(*i)?;
    if q != '\'' && q != '"' {
        return None;
    }
    *i += 1;
    let mut out = String::new();
    while let Some(&c) = chars.get(*i) {
        *i += 1;
        match c {
            '\\' => {
                out.push(*chars.get(*i)?);
                *i += 1;
            }
            c if c == q => return Some(out),
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pi(status: &str, amount: i64, meta: Value) -> Map<String, Value> {
        json!({"status": status, "amount": amount, "currency": "usd", "customer": null, "metadata": meta})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn search_queries() {
        let a = pi("succeeded", 1500, json!({"order": "A 1", "k": "x"}));
        let b = pi("canceled", 500, json!({}));
        let q = |s: &str| SearchQuery::parse(s).unwrap();
        assert!(q("status:'succeeded'").matches(&a));
        assert!(!q("status:'succeeded'").matches(&b));
        assert!(q("amount>1000 AND metadata['order']:'A 1'").matches(&a));
        assert!(q("amount>=1500 AND amount<=1500").matches(&a));
        assert!(q("-status:'canceled'").matches(&a));
        assert!(q("status:\"canceled\" OR amount<600").matches(&b));
        assert!(q("customer:null").matches(&a));
        assert!(q("metadata['order']~'a '").matches(&a));
        assert!(q("metadata['none']:null").matches(&a));
        assert!(q("metadata['note']:'x AND y' OR status:'succeeded'").matches(&a));
        for bad in [
            "",
            "status",
            "colour:'red'",
            "status:'a' AND amount>1 OR amount<3",
            "amount>'ten'",
            "status>'a'",
            "status:'a' amount:1",
            "metadata.k:'x'",
            "status:'unterminated",
            "status:'x' AND",
        ] {
            let e = SearchQuery::parse(bad).err().unwrap_or_else(|| panic!("{bad} should fail"));
            assert_eq!(e.body["error"]["code"], "search_query_invalid", "{bad}");
            assert_eq!(e.body["error"]["param"], "query");
        }
    }

    #[test]
    fn page_tokens_round_trip() {
        assert_eq!(decode_page(&encode_page(20)), Some(20));
        assert_eq!(decode_page("page_20"), None);
    }
}
