//! API answers before they become HTTP: `Reply`, and the Stripe-shaped errors
//! that several parts of the sandbox produce (missing intent, wrong state...).

use serde_json::{json, Map, Value};

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
    pub fn executed(mut self) -> Reply {
        self.store = true;
        self
    }

    pub fn with(mut self, key: &str, value: Value) -> Reply {
        if let Some(e) = self.body.get_mut("error").and_then(Value::as_object_mut) {
            e.insert(key.into(), value);
        }
        self
    }

    pub fn with_intent(self, pi: &Map<String, Value>) -> Reply {
        self.with("payment_intent", Value::Object(pi.clone()))
    }
}

pub type R<T> = Result<T, Reply>;

/// The intent's `status` field (`""` if absent).
pub fn status(o: &Map<String, Value>) -> &str {
    o.get("status").and_then(Value::as_str).unwrap_or("")
}

pub fn unexpected(action: &str, pi: &Map<String, Value>, extra: &str) -> Reply {
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

pub fn missing(id: &str) -> Reply {
    Reply::error(
        404,
        "invalid_request_error",
        Some("resource_missing"),
        &format!("No such payment_intent: '{id}'"),
        Some("intent"),
    )
}

pub fn missing_param(k: &str) -> Reply {
    Reply::invalid(k, "parameter_missing", &format!("Missing required param: {k}."))
}

pub fn secret_mismatch() -> Reply {
    Reply::invalid(
        "client_secret",
        "payment_intent_invalid_parameter",
        "The client_secret provided does not match the client_secret associated with the PaymentIntent.",
    )
}
