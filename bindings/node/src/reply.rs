//! A successful result as the one JSON text JavaScript parses once:
//! `[meta | null, value]`, where meta holds the HTTP facts (camelCase, with
//! the response headers as an object of lower-case names, repeats joined by
//! ", " as Node's `http` joins them) and value is the object in API spelling.

use payintent::{Outcome, ResponseHeaders, ResponseMeta};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::channel::Reply;
use crate::error::NativeError;

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Meta<'a> {
    request_id: Option<&'a str>,
    http_status: u16,
    idempotency_key: Option<&'a str>,
    idempotent_replayed: bool,
    attempts: u32,
    headers: Headers<'a>,
}

/// Headers as a JSON object, first occurrence order, repeats joined.
pub struct Headers<'a>(pub &'a ResponseHeaders);

impl Serialize for Headers<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let entries: Vec<(&str, &str)> = self.0.iter().collect();
        let mut map = s.serialize_map(None)?;
        for (i, (name, value)) in entries.iter().enumerate() {
            if entries[..i].iter().any(|(n, _)| n == name) {
                continue;
            }
            if entries[i + 1..].iter().any(|(n, _)| n == name) {
                let all: Vec<&str> = self.0.get_all(name).collect();
                map.serialize_entry(name, &all.join(", "))?;
            } else {
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}

/// `[meta, value]` as JSON text, or the error saying it could not be written.
pub fn text<T: Serialize>(value: &T, meta: Option<&ResponseMeta>) -> Reply {
    let mut out = Vec::with_capacity(4096);
    out.push(b'[');
    let written = match meta {
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
        Some(m) => serde_json::to_writer(
            &mut out,
            &Meta {
                request_id: m.request_id.as_deref(),
                http_status: m.http_status,
                idempotency_key: m.idempotency_key.as_deref(),
                idempotent_replayed: m.idempotent_replayed,
                attempts: m.attempts,
                headers: Headers(&m.headers),
            },
        ),
    };
    let written = written.and_then(|()| {
        out.push(b',');
        serde_json::to_writer(&mut out, value)
    });
    out.push(b']');
    match written.map(|()| String::from_utf8(out)) {
        Ok(Ok(s)) => Reply::Text(s),
        Ok(Err(e)) => failed(e.to_string()),
        Err(e) => failed(e.to_string()),
    }
}

fn failed(detail: String) -> Reply {
    Reply::Error(Box::new(NativeError::from(payintent::Error::new(
        payintent::ErrorKind::Api,
        format!("could not encode the result: {detail}"),
    ))))
}

/// The reply of a PaymentIntents call.
pub fn outcome(o: &Outcome) -> Reply {
    match o {
        Outcome::PaymentIntent(pi) => text(pi.as_ref(), pi.last_response.as_ref()),
        Outcome::List(l) => text(l, l.last_response.as_ref()),
        Outcome::Search(s) => text(s, s.last_response.as_ref()),
    }
}

/// The reply of a failed call.
pub fn error(e: NativeError) -> Reply {
    Reply::Error(Box::new(e))
}
