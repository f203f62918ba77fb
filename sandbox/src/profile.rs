//! Which wire profile a request speaks, decided in this one place from its
//! method and headers: Stripe (form bodies) or LeanRails (JSON bodies, HTTP
//! Basic auth).

use std::cell::Cell;
use std::collections::BTreeMap;

thread_local! {
    static CURRENT: Cell<Profile> = const { Cell::new(Profile::Stripe) };
}

/// Puts the previous profile back when dropped.
struct Restore(Profile);

impl Drop for Restore {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.0));
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profile {
    Stripe,
    LeanRails,
}

impl Profile {
    /// The request's profile:
    /// - a JSON body (`Content-Type: application/json`) is LeanRails, whatever
    ///   the authorization (LeanRails then refuses anything but Basic);
    /// - a request without a body (GET) with Basic auth is LeanRails;
    /// - everything else is Stripe: form bodies with Bearer or Basic auth,
    ///   and GETs with Bearer auth.
    pub fn detect(method: &str, headers: &BTreeMap<String, String>) -> Profile {
        let content_type = headers.get("content-type").map(|c| c.trim().to_ascii_lowercase()).unwrap_or_default();
        if content_type.starts_with("application/json") {
            return Profile::LeanRails;
        }
        if method == "GET" && auth_scheme(headers).eq_ignore_ascii_case("basic") {
            return Profile::LeanRails;
        }
        Profile::Stripe
    }

    /// The profile of the request being handled on this thread (Stripe
    /// outside [`Profile::within`]). Operations run synchronously under the
    /// store lock, so this is the request they serve.
    pub fn current() -> Profile {
        CURRENT.with(Cell::get)
    }

    /// Run `f` as a request of this profile.
    pub fn within<T>(self, f: impl FnOnce() -> T) -> T {
        let _restore = Restore(CURRENT.with(|c| c.replace(self)));
        f()
    }

    pub fn name(self) -> &'static str {
        match self {
            Profile::Stripe => "stripe",
            Profile::LeanRails => "leanrails",
        }
    }
}

/// The scheme of the Authorization header (`Bearer`, `Basic`), `""` if none.
pub fn auth_scheme(headers: &BTreeMap<String, String>) -> &str {
    headers.get("authorization").map(String::as_str).unwrap_or("").split_whitespace().next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn profiles() {
        let json = h(&[("content-type", "application/json; charset=utf-8"), ("authorization", "Basic abc")]);
        assert_eq!(Profile::detect("POST", &json), Profile::LeanRails);
        let json_bearer = h(&[("content-type", "application/json"), ("authorization", "Bearer sk")]);
        assert_eq!(Profile::detect("POST", &json_bearer), Profile::LeanRails);
        let form_basic = h(&[("content-type", "application/x-www-form-urlencoded"), ("authorization", "Basic abc")]);
        assert_eq!(Profile::detect("POST", &form_basic), Profile::Stripe);
        assert_eq!(Profile::detect("GET", &h(&[("authorization", "basic abc")])), Profile::LeanRails);
        assert_eq!(Profile::detect("GET", &h(&[("authorization", "Bearer sk")])), Profile::Stripe);
        assert_eq!(Profile::detect("GET", &h(&[])), Profile::Stripe);
        assert_eq!(Profile::detect("POST", &h(&[("authorization", "Basic abc")])), Profile::Stripe);
    }

    #[test]
    fn the_current_profile_is_scoped() {
        assert_eq!(Profile::current(), Profile::Stripe);
        let inner = Profile::LeanRails.within(|| {
            let nested = Profile::Stripe.within(Profile::current);
            (Profile::current(), nested)
        });
        assert_eq!(inner, (Profile::LeanRails, Profile::Stripe));
        assert_eq!(Profile::current(), Profile::Stripe);
    }
}
