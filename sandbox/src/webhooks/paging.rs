//! One page of a newest-first list of webhook endpoints or events, with
//! Stripe's `limit`, `starting_after` and `ending_before`.

use serde_json::{json, Value};

use crate::reply::{Reply, R};
use crate::wire::Params;

use super::state::Stored;

/// The page of `all` (newest first) that `p` asks for, among the objects
/// `keep` accepts. Cursors may name any object of `all`; an unknown cursor
/// is a 404 naming `object` (`webhook_endpoint`, `event`).
pub fn page(p: &Params, all: &[&Stored], keep: impl Fn(&Stored) -> bool, object: &str, url: &str) -> R<Value> {
    let limit = crate::ops::limit(p)?;
    let after = p.string("starting_after")?.filter(|s| !s.is_empty());
    let before = p.string("ending_before")?.filter(|s| !s.is_empty());
    let seq_of = |id: &str, param: &str| -> R<u64> {
        all.iter().find(|s| s.obj["id"] == id).map(|s| s.seq).ok_or_else(|| {
            Reply::error(
                404,
                "invalid_request_error",
                Some("resource_missing"),
                &format!("No such {object}: '{id}'"),
                Some(param),
            )
        })
    };
    let (page, has_more): (Vec<&Stored>, bool) = match (after, before) {
        (Some(_), Some(_)) => {
            return Err(Reply::invalid(
                "ending_before",
                "parameter_invalid_string",
                "Give at most one of starting_after and ending_before.",
            ))
        }
        (Some(a), None) => {
            let seq = seq_of(&a, "starting_after")?;
            let rest: Vec<&Stored> = all.iter().copied().filter(|s| s.seq < seq && keep(s)).collect();
            (rest.iter().take(limit).copied().collect(), rest.len() > limit)
        }
        (None, Some(b)) => {
            let seq = seq_of(&b, "ending_before")?;
            let newer: Vec<&Stored> = all.iter().copied().filter(|s| s.seq > seq && keep(s)).collect();
            let start = newer.len().saturating_sub(limit);
            (newer[start..].to_vec(), start > 0)
        }
        (None, None) => {
            let rest: Vec<&Stored> = all.iter().copied().filter(|s| keep(s)).collect();
            (rest.iter().take(limit).copied().collect(), rest.len() > limit)
        }
    };
    let data: Vec<Value> = page.into_iter().map(|s| Value::Object(s.obj.clone())).collect();
    Ok(json!({"object": "list", "data": data, "has_more": has_more, "url": url}))
}
