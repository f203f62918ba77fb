//! Facts about the HTTP exchange that returned an object (status, request id,
//! idempotency key, attempts, response headers), and the trait that attaches
//! them.

/// The headers of a response, names in lower case, in the order received
/// (a name sent several times appears several times). Values are scrubbed of
/// the API key like every other server-supplied text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponseHeaders {
    entries: Vec<(String, String)>,
}

impl ResponseHeaders {
    /// Headers from (name, value) pairs; names are lower-cased.
    pub fn new(entries: impl IntoIterator<Item = (String, String)>) -> Self {
        let lower = |(mut n, v): (String, String)| {
            n.make_ascii_lowercase();
            (n, v)
        };
        ResponseHeaders { entries: entries.into_iter().map(lower).collect() }
    }

    /// The first value of `name` (any case).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.entries.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Every value of `name` (any case), in order.
    pub fn get_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.entries.iter().filter(move |(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Every (name, value) pair, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    /// How many header lines there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Facts about the HTTP exchange that produced an object. Not part of the
/// resource's JSON.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ResponseMeta {
    /// The `Request-Id` response header.
    pub request_id: Option<String>,
    /// The HTTP status of the response.
    pub http_status: u16,
    /// The idempotency key the request was sent with (POST only).
    pub idempotency_key: Option<String>,
    /// True when the server answered from its idempotency cache.
    pub idempotent_replayed: bool,
    /// How many HTTP attempts were made (1 = no retry).
    pub attempts: u32,
    /// Every header of the response.
    pub headers: ResponseHeaders,
}

/// Objects that remember the response they came from.
pub(crate) trait WithMeta {
    fn set_meta(&mut self, meta: ResponseMeta);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_found_in_any_case_and_keep_repeats() {
        let h = ResponseHeaders::new([
            ("Request-Id".to_string(), "req_1".to_string()),
            ("set-cookie".to_string(), "a=1".to_string()),
            ("Set-Cookie".to_string(), "b=2".to_string()),
        ]);
        assert_eq!(h.get("request-id"), Some("req_1"));
        assert_eq!(h.get("REQUEST-ID"), Some("req_1"));
        assert_eq!(h.get_all("set-cookie").collect::<Vec<_>>(), ["a=1", "b=2"]);
        assert_eq!(h.iter().next(), Some(("request-id", "req_1")));
        assert_eq!((h.len(), h.is_empty()), (3, false));
        assert_eq!(h.get("missing"), None);
    }
}
