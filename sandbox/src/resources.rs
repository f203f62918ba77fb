//! The routes beside `/v1/payment_intents`: Stripe's test clocks
//! (`/v1/test_helpers/test_clocks`), the customers that attach to them
//! (`/v1/customers`), webhook endpoints (`/v1/webhook_endpoints`) and events
//! (`/v1/events`). Operation names are `<resource>.<action>`.

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Route a test clock or customer request to an operation name and optional id.
pub fn route(method: &str, path: &str) -> Option<(&'static str, Option<String>)> {
    if let Some(rest) = path.strip_prefix("/v1/test_helpers/test_clocks") {
        let segs: Vec<&str> = rest.split('/').skip(1).collect();
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        return Some(match (method, segs.as_slice()) {
            ("GET", []) => ("test_clocks.list", None),
            ("POST", []) => ("test_clocks.create", None),
            ("GET", [id]) if !id.is_empty() => ("test_clocks.retrieve", Some(decode(id))),
            ("DELETE", [id]) if !id.is_empty() => ("test_clocks.delete", Some(decode(id))),
            ("POST", [id, "advance"]) if !id.is_empty() => ("test_clocks.advance", Some(decode(id))),
            _ => return None,
        });
    }
    if let Some(rest) = path.strip_prefix("/v1/webhook_endpoints") {
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        let segs: Vec<&str> = rest.split('/').skip(1).collect();
        return Some(match (method, segs.as_slice()) {
            ("GET", []) => ("webhook_endpoints.list", None),
            ("POST", []) => ("webhook_endpoints.create", None),
            ("GET", [id]) if !id.is_empty() => ("webhook_endpoints.retrieve", Some(decode(id))),
            ("POST", [id]) if !id.is_empty() => ("webhook_endpoints.update", Some(decode(id))),
            ("DELETE", [id]) if !id.is_empty() => ("webhook_endpoints.delete", Some(decode(id))),
            _ => return None,
        });
    }
    if let Some(rest) = path.strip_prefix("/v1/events") {
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        let segs: Vec<&str> = rest.split('/').skip(1).collect();
        return Some(match (method, segs.as_slice()) {
            ("GET", []) => ("events.list", None),
            ("GET", [id]) if !id.is_empty() => ("events.retrieve", Some(decode(id))),
            _ => return None,
        });
    }
    let rest = path.strip_prefix("/v1/customers")?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    let segs: Vec<&str> = rest.split('/').skip(1).collect();
    Some(match (method, segs.as_slice()) {
        ("POST", []) => ("customers.create", None),
        ("GET", [id]) if !id.is_empty() => ("customers.retrieve", Some(decode(id))),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(route("POST", "/v1/test_helpers/test_clocks"), Some(("test_clocks.create", None)));
        assert_eq!(
            route("POST", "/v1/test_helpers/test_clocks/clock_1/advance"),
            Some(("test_clocks.advance", Some("clock_1".into())))
        );
        assert_eq!(
            route("DELETE", "/v1/test_helpers/test_clocks/clock_1"),
            Some(("test_clocks.delete", Some("clock_1".into())))
        );
        assert_eq!(route("GET", "/v1/customers/cus_1"), Some(("customers.retrieve", Some("cus_1".into()))));
        assert_eq!(route("POST", "/v1/customersX"), None);
        assert_eq!(route("POST", "/v1/test_helpers/test_clocks/clock_1/rewind"), None);
        assert_eq!(route("GET", "/v1/payment_intents"), None);
        assert_eq!(
            route("DELETE", "/v1/webhook_endpoints/we_1"),
            Some(("webhook_endpoints.delete", Some("we_1".into())))
        );
        assert_eq!(route("POST", "/v1/webhook_endpoints"), Some(("webhook_endpoints.create", None)));
        assert_eq!(route("GET", "/v1/events/evt_1"), Some(("events.retrieve", Some("evt_1".into()))));
        assert_eq!(route("POST", "/v1/events"), None);
        assert_eq!(route("GET", "/v1/eventsX"), None);
    }
}
