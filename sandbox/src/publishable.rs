//! Publishable keys (`pk_test_…`): what client-side code may do with an
//! intent's `client_secret`, and what it gets to see.
//!
//! A publishable key may retrieve, confirm and verify microdeposits of one
//! intent, always with its `client_secret`, and with the parameters the API
//! allows for publishable keys; every other operation is refused. Answers
//! leave out the fields only a secret key may read.

use serde_json::{Map, Value};

use crate::reply::{secret_mismatch, Reply, R};
use crate::store::Store;
use crate::wire::Params;

pub fn is_publishable(key: &str) -> bool {
    key.starts_with("pk_test_")
}

/// The parameters a publishable key may send, per operation; `None` for
/// operations it may not call at all.
fn allowed(op: &str) -> Option<&'static [&'static str]> {
    Some(match op {
        "retrieve" => &["client_secret", "expand"],
        // Secret key only: capture_method, mandate, off_session,
        // payment_method_options, payment_method_types, radar_options.
        "confirm" => &[
            "client_secret",
            "confirmation_token",
            "error_on_requires_action",
            "expand",
            "mandate_data",
            "payment_method",
            "payment_method_data",
            "receipt_email",
            "return_url",
            "setup_future_usage",
            "shipping",
            "use_stripe_sdk",
        ],
        "verify_microdeposits" => &["amounts", "client_secret", "descriptor_code", "expand"],
        _ => return None,
    })
}

/// Refuse an operation a publishable key may not call (before parameters
/// are even read).
pub fn check_operation(op: &str) -> R<()> {
    match allowed(op) {
        Some(_) => Ok(()),
        None => Err(Reply::error(
            403,
            "permission_error",
            None,
            "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
            None,
        )),
    }
}

/// Refuse what a publishable key may not send to intent `id`: secret-key-only
/// parameters, a missing or wrong `client_secret`, expansions other than
/// `payment_method`, and a `setup_future_usage` change other than
/// `on_session` to `off_session`.
pub fn check_request(store: &Store, acct: &str, op: &str, id: Option<&str>, p: &Map<String, Value>) -> R<()> {
    let ok = allowed(op).unwrap_or(&[]);
    if let Some(k) = p.keys().find(|k| !ok.contains(&k.as_str())) {
        return Err(Reply::invalid(k, "parameter_unknown", &format!("Received unknown parameter: {k}")));
    }
    let params = Params::new(p);
    let secret = params.string("client_secret")?.filter(|s| !s.is_empty());
    let Some(secret) = secret else {
        return Err(Reply::invalid(
            "client_secret",
            "parameter_missing",
            "Missing required param: client_secret. A publishable key needs the PaymentIntent's client_secret.",
        ));
    };
    for path in params.strings("expand")?.unwrap_or_default() {
        if path != "payment_method" {
            return Err(Reply::invalid(
                "expand",
                "parameter_invalid_string",
                &format!("This property cannot be expanded with a publishable key ({path})."),
            ));
        }
    }
    // An unknown intent is the operation's own 404.
    let Some(intent) = id.and_then(|id| store.intents.get(&(acct.to_string(), id.to_string()))) else {
        return Ok(());
    };
    if intent.obj["client_secret"].as_str() != Some(secret.as_str()) {
        return Err(secret_mismatch());
    }
    if let (Some(current), true) = (intent.obj["setup_future_usage"].as_str(), p.contains_key("setup_future_usage")) {
        let wanted = params.string("setup_future_usage")?.unwrap_or_default();
        if wanted != current && !(current == "on_session" && wanted == "off_session") {
            return Err(Reply::invalid(
                "setup_future_usage",
                "payment_intent_invalid_parameter",
                &format!("With a publishable key, setup_future_usage can only be changed from on_session to off_session (it is {current})."),
            ));
        }
    }
    Ok(())
}

/// Fields of a PaymentIntent only a secret key may read.
const SECRET_ONLY: [&str; 17] = [
    "amount_capturable",
    "amount_received",
    "application",
    "application_fee_amount",
    "charges",
    "customer",
    "invoice",
    "latest_charge",
    "merchant_id",
    "metadata",
    "on_behalf_of",
    "payment_method_options",
    "review",
    "statement_descriptor",
    "statement_descriptor_suffix",
    "transfer_data",
    "transfer_group",
];

fn redact_intent(v: &mut Value) {
    if let Some(o) = v.as_object_mut().filter(|o| o.get("object").and_then(Value::as_str) == Some("payment_intent")) {
        for k in SECRET_ONLY {
            o.remove(k);
        }
    }
}

/// What a publishable key gets to see of an answer: the intent, or the
/// intent inside an error, without its secret-only fields.
pub fn redact(mut reply: Reply) -> Reply {
    redact_intent(&mut reply.body);
    if let Some(pi) = reply.body.get_mut("error").and_then(|e| e.get_mut("payment_intent")) {
        redact_intent(pi);
    }
    reply
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn redaction_keeps_public_fields_only() {
        let body = json!({"id": "pi_1", "object": "payment_intent", "status": "succeeded", "metadata": {"a": "b"},
                          "customer": "cus_1", "client_secret": "pi_1_secret_x", "amount": 5});
        let r = redact(Reply::ok(body));
        assert_eq!(
            r.body,
            json!({"id": "pi_1", "object": "payment_intent", "status": "succeeded",
                                  "client_secret": "pi_1_secret_x", "amount": 5})
        );
        let err = Reply::error(402, "card_error", None, "no", None)
            .with("payment_intent", json!({"object": "payment_intent", "metadata": {}, "status": "x"}));
        assert_eq!(redact(err).body["error"]["payment_intent"], json!({"object": "payment_intent", "status": "x"}));
    }

    #[test]
    fn only_client_side_operations() {
        for op in ["retrieve", "confirm", "verify_microdeposits"] {
            assert!(check_operation(op).is_ok());
        }
        for op in [
            "create",
            "update",
            "list",
            "search",
            "capture",
            "cancel",
            "increment_authorization",
            "apply_customer_balance",
            "test_clocks.create",
        ] {
            assert_eq!(check_operation(op).unwrap_err().status, 403, "{op}");
        }
    }
}
