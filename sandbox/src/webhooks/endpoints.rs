//! `/v1/webhook_endpoints`: create, retrieve, update, list and delete the
//! endpoints events are delivered to. Only loopback `http://` URLs are
//! accepted; the signing secret is shown on creation only.

use serde_json::{json, Map, Value};

use crate::ops::{apply_metadata, metadata_fits};
use crate::reply::{Reply, R};
use crate::store::{now, random_id, Store};
use crate::wire::Params;

use super::event_types::EVENT_TYPES;
use super::paging::page;
use super::state::{Hooks, Stored};

fn check_known(op: &str, p: &Map<String, Value>) -> R<()> {
    let ok: &[&str] = match op {
        "webhook_endpoints.create" => &["description", "enabled_events", "metadata", "url"],
        "webhook_endpoints.update" => &["description", "disabled", "enabled_events", "metadata", "url"],
        "webhook_endpoints.list" => &["ending_before", "limit", "starting_after"],
        _ => &[],
    };
    match p.keys().find(|k| !ok.contains(&k.as_str())) {
        Some(k) => Err(Reply::invalid(k, "parameter_unknown", &format!("Received unknown parameter: {k}"))),
        None => Ok(()),
    }
}

fn missing_endpoint(id: &str) -> Reply {
    Reply::error(
        404,
        "invalid_request_error",
        Some("resource_missing"),
        &format!("No such webhook endpoint: '{id}'"),
        Some("id"),
    )
}

/// Whether `url` is `http://` to a loopback host (127.0.0.0/8, `::1`,
/// `localhost`), with any port and path.
pub fn is_loopback_url(url: &str) -> bool {
    let Ok(uri) = url.parse::<hyper::Uri>() else { return false };
    if uri.scheme_str() != Some("http") || uri.authority().is_some_and(|a| a.as_str().contains('@')) {
        return false;
    }
    let Some(host) = uri.host() else { return false };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

fn url(p: &Params) -> R<Option<String>> {
    let Some(u) = p.string_max("url", 5000)? else { return Ok(None) };
    if !is_loopback_url(&u) {
        return Err(Reply::invalid(
            "url",
            "url_invalid",
            &format!("Invalid URL: {u}. The sandbox delivers webhooks to loopback http URLs only (http://127.0.0.1, http://localhost or http://[::1], any port and path)."),
        ));
    }
    Ok(Some(u))
}

fn enabled_events(p: &Params) -> R<Option<Vec<String>>> {
    let Some(list) = p.strings("enabled_events")? else { return Ok(None) };
    if list.is_empty() {
        return Err(Reply::invalid(
            "enabled_events",
            "parameter_invalid_empty",
            "enabled_events needs at least one event type, or \"*\".",
        ));
    }
    for (i, e) in list.iter().enumerate() {
        if e != "*" && !EVENT_TYPES.contains(&e.as_str()) {
            return Err(Reply::invalid(
                &format!("enabled_events[{i}]"),
                "parameter_invalid_string",
                &format!("Invalid enabled_events[{i}]: must be \"*\" or one of the event types the sandbox sends: {} (got '{e}')", EVENT_TYPES.join(", ")),
            ));
        }
    }
    Ok(Some(list))
}

impl Store {
    pub fn webhook_endpoint_op(&mut self, acct: &str, op: &str, id: Option<&str>, p: &Map<String, Value>) -> R<Value> {
        check_known(op, p)?;
        let params = Params::new(p);
        let key = (acct.to_string(), id.unwrap_or("").to_string());
        let hooks = &mut self.hooks;
        match op {
            "webhook_endpoints.create" => {
                let url = params.require("url", url(&params)?)?;
                let events = params.require("enabled_events", enabled_events(&params)?)?;
                let description = params.string_max("description", 5000)?;
                let metadata = params.metadata("metadata")?;
                let mut obj = json!({
                    "id": random_id("we_", 24), "object": "webhook_endpoint", "api_version": null,
                    "application": null, "created": now(), "description": description,
                    "enabled_events": events, "livemode": false, "metadata": {},
                    "secret": random_id("whsec_", 32), "status": "enabled", "url": url
                });
                let Some(o) = obj.as_object_mut() else { unreachable!() };
                metadata_fits(o, metadata.as_ref())?;
                apply_metadata(o, metadata);
                let answer = Value::Object(o.clone());
                let seq = hooks.next_seq();
                let id = o["id"].as_str().unwrap_or("").to_string();
                hooks.endpoints.insert((acct.to_string(), id), Stored { obj: o.clone(), seq });
                Ok(answer)
            }
            "webhook_endpoints.retrieve" => {
                hooks.endpoints.get(&key).map(|s| shown(&s.obj)).ok_or_else(|| missing_endpoint(&key.1))
            }
            "webhook_endpoints.update" => {
                let url = url(&params)?;
                let events = enabled_events(&params)?;
                let description = params.clearable("description", 5000)?;
                let metadata = params.metadata("metadata")?;
                let disabled = params.boolean("disabled")?;
                let ep = hooks.endpoints.get_mut(&key).ok_or_else(|| missing_endpoint(&key.1))?;
                metadata_fits(&ep.obj, metadata.as_ref())?;
                let o = &mut ep.obj;
                if let Some(u) = url {
                    o.insert("url".into(), u.into());
                }
                if let Some(e) = events {
                    o.insert("enabled_events".into(), e.into());
                }
                if let Some(d) = description {
                    o.insert("description".into(), d.into());
                }
                if let Some(d) = disabled {
                    o.insert("status".into(), if d { "disabled" } else { "enabled" }.into());
                }
                apply_metadata(o, metadata);
                Ok(shown(o))
            }
            "webhook_endpoints.delete" => {
                hooks.endpoints.remove(&key).ok_or_else(|| missing_endpoint(&key.1))?;
                Ok(json!({"id": key.1, "object": "webhook_endpoint", "deleted": true}))
            }
            "webhook_endpoints.list" => {
                let all = Hooks::newest_first(&hooks.endpoints, acct);
                let mut list = page(&params, &all, |_| true, "webhook endpoint", "/v1/webhook_endpoints")?;
                if let Some(items) = list["data"].as_array_mut() {
                    for item in items.iter_mut() {
                        if let Some(o) = item.as_object_mut() {
                            o.remove("secret");
                        }
                    }
                }
                Ok(list)
            }
            _ => Err(Reply::error(404, "invalid_request_error", None, "Unrecognized request URL.", None)),
        }
    }
}

/// An endpoint as answers after its creation show it: without the secret.
fn shown(obj: &Map<String, Value>) -> Value {
    let mut o = obj.clone();
    o.remove("secret");
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_http_urls() {
        for ok in [
            "http://127.0.0.1:4242/hook",
            "http://localhost/x",
            "http://[::1]:9/",
            "http://LOCALHOST:80",
            "http://127.3.2.1",
        ] {
            assert!(is_loopback_url(ok), "{ok}");
        }
        for bad in [
            "https://127.0.0.1/",
            "http://example.com/",
            "http://10.0.0.1/",
            "http://user@127.0.0.1/",
            "ftp://localhost/",
            "127.0.0.1:80",
            "",
            "http://localhost.example.com/",
        ] {
            assert!(!is_loopback_url(bad), "{bad}");
        }
    }
}
