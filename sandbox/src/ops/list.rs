//! `GET /v1/payment_intents`: this account's intents, newest first, filtered
//! by customer and creation time, paged with starting_after / ending_before.

use serde_json::{json, Value};

use crate::reply::{Reply, R};
use crate::store::{Intent, Store};
use crate::wire::{as_int, Params};

use super::expand::Expansions;
use super::fields::limit;

impl Store {
    pub fn list(&self, acct: &str, p: &Params, expand: &Expansions) -> R<Value> {
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
            customer.as_ref().is_none_or(|c| i.obj["customer"].as_str() == Some(c.as_str()))
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
        let data: Vec<Value> = page.into_iter().map(|i| self.expand(acct, i, expand)).collect();
        Ok(json!({"object": "list", "data": data, "has_more": has_more, "url": "/v1/payment_intents"}))
    }
}

/// `created=N` or `created[gt|gte|lt|lte]=N`, as (operator, value) pairs.
pub fn created_filter(p: &Params) -> R<Vec<(String, i64)>> {
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
