//! Confirmation tokens (`confirmation_token=ctoken_…` on confirm, or on
//! create with `confirm=true`): the sandbox has no token objects, so
//! `ctoken_<name>` stands for the test payment method `pm_<name>`
//! (`ctoken_card_visa` is `pm_card_visa`, `ctoken_usBankAccount_success` is
//! `pm_usBankAccount_success`).

use crate::reply::{Reply, R};

/// The payment method a confirmation token carries.
pub fn payment_method_of(token: &str) -> R<String> {
    match token.strip_prefix("ctoken_") {
        Some(name) if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
            Ok(format!("pm_{name}"))
        }
        _ => Err(Reply::error(
            400,
            "invalid_request_error",
            Some("resource_missing"),
            &format!("No such confirmationtoken: '{token}'"),
            Some("confirmation_token"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_name_test_payment_methods() {
        assert_eq!(payment_method_of("ctoken_card_visa").unwrap(), "pm_card_visa");
        assert_eq!(payment_method_of("ctoken_sepaDebit").unwrap(), "pm_sepaDebit");
        for bad in ["ctoken_", "pm_card_visa", "ctoken_a b", ""] {
            let e = payment_method_of(bad).unwrap_err();
            assert_eq!((e.status, e.body["error"]["param"].as_str()), (400, Some("confirmation_token")));
        }
    }
}
