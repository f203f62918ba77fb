//! Facts about the HTTP exchange that returned an object, and the trait that
//! attaches them.

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
}

/// Objects that remember the response they came from.
pub(crate) trait WithMeta {
    fn set_meta(&mut self, meta: ResponseMeta);
}
