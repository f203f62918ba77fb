//! The delayed (bank debit) test payment methods: which `us_bank_account`
//! and `sepa_debit` ids, US account numbers and IBANs settle, fail or wait
//! for a control request, the failure each reports, and how long settlement
//! takes on the sandbox clock.

/// ACH debits settle four days after confirmation (Stripe's standard ACH
/// settlement is four business days).
pub const ACH_SETTLEMENT_SECS: i64 = 4 * 86_400;
/// SEPA debits settle five days after confirmation (SEPA Direct Debit
/// confirms success or failure within a few business days, five typically).
pub const SEPA_SETTLEMENT_SECS: i64 = 5 * 86_400;

/// Why a bank debit failed: the `last_payment_error` code and message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BankFailure {
    pub code: &'static str,
    pub message: &'static str,
}

/// How a bank debit ends after `processing`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Delayed {
    /// `None` succeeds.
    pub failure: Option<BankFailure>,
    /// Settles by itself once the settlement period has passed on the
    /// clock; otherwise only the settle control endpoint ends it.
    pub automatic: bool,
}

pub const ACCOUNT_CLOSED: BankFailure =
    BankFailure { code: "account_closed", message: "The customer's bank account has been closed." };
const NO_ACCOUNT: BankFailure =
    BankFailure { code: "no_account", message: "The customer's bank account could not be located." };
pub const INSUFFICIENT_FUNDS: BankFailure = BankFailure {
    code: "insufficient_funds",
    message: "The customer's account has insufficient funds to cover this payment.",
};
const DEBIT_NOT_AUTHORIZED: BankFailure = BankFailure {
    code: "debit_not_authorized",
    message: "The customer has notified their bank that this payment was unauthorized.",
};
const INVALID_CURRENCY: BankFailure = BankFailure {
    code: "invalid_currency",
    message: "The bank was unable to process this payment because of its currency.",
};

const SUCCEEDS: Delayed = Delayed { failure: None, automatic: true };
const WAITS: Delayed = Delayed { failure: None, automatic: false };

const fn fails(f: BankFailure) -> Delayed {
    Delayed { failure: Some(f), automatic: true }
}

/// How long a debit of this type stays `processing`.
pub fn settlement_secs(pm_type: &str) -> i64 {
    if pm_type == "sepa_debit" {
        SEPA_SETTLEMENT_SECS
    } else {
        ACH_SETTLEMENT_SECS
    }
}

/// The failure a forced failure (the settle control endpoint with
/// `outcome: "fail"`) reports when the method itself would succeed.
pub fn forced_failure(pm_type: &str) -> BankFailure {
    if pm_type == "us_bank_account" {
        ACCOUNT_CLOSED
    } else {
        INSUFFICIENT_FUNDS
    }
}

/// The test ids: `(behaviour, type)`. `pm_usBankAccount` itself (the
/// microdeposit account) is not one of them.
pub fn by_id(pm: &str) -> Option<(Delayed, &'static str)> {
    let ach = match pm {
        "pm_usBankAccount_success" => Some(SUCCEEDS),
        "pm_usBankAccount_processing" => Some(WAITS),
        "pm_usBankAccount_accountClosed" => Some(fails(ACCOUNT_CLOSED)),
        "pm_usBankAccount_noAccount" => Some(fails(NO_ACCOUNT)),
        "pm_usBankAccount_insufficientFunds" => Some(fails(INSUFFICIENT_FUNDS)),
        "pm_usBankAccount_debitNotAuthorized" => Some(fails(DEBIT_NOT_AUTHORIZED)),
        _ => None,
    };
    if let Some(d) = ach {
        return Some((d, "us_bank_account"));
    }
    let sepa = match pm {
        "pm_sepaDebit" | "pm_sepaDebit_success" => SUCCEEDS,
        "pm_sepaDebit_processing" => WAITS,
        "pm_sepaDebit_failure" => fails(INSUFFICIENT_FUNDS),
        _ => return None,
    };
    Some((sepa, "sepa_debit"))
}

/// Stripe's test US account numbers (`payment_method_data[us_bank_account][account_number]`);
/// any other number succeeds.
pub fn by_account_number(number: &str) -> Delayed {
    match number.trim() {
        "000111111113" => fails(ACCOUNT_CLOSED),
        "000111111116" => fails(NO_ACCOUNT),
        "000222222227" => fails(INSUFFICIENT_FUNDS),
        "000333333335" => fails(DEBIT_NOT_AUTHORIZED),
        "000444444440" => fails(INVALID_CURRENCY),
        _ => SUCCEEDS,
    }
}

/// Stripe's test IBANs (`payment_method_data[sepa_debit][iban]`), compared
/// without spaces and case; any other IBAN succeeds.
pub fn by_iban(iban: &str) -> Delayed {
    let compact: String = iban.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    match compact.as_str() {
        "DE62370400440532013001" | "DE78370400440532013004" => fails(INSUFFICIENT_FUNDS),
        _ => SUCCEEDS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_numbers_and_ids() {
        assert_eq!(by_account_number("000123456789"), SUCCEEDS);
        assert_eq!(by_account_number("000111111113").failure.map(|f| f.code), Some("account_closed"));
        assert_eq!(by_iban("DE89 3704 0044 0532 0130 00"), SUCCEEDS);
        assert_eq!(by_iban("de62370400440532013001").failure.map(|f| f.code), Some("insufficient_funds"));
        assert_eq!(by_id("pm_usBankAccount_processing"), Some((WAITS, "us_bank_account")));
        assert_eq!(by_id("pm_sepaDebit").map(|d| d.1), Some("sepa_debit"));
        assert_eq!(by_id("pm_usBankAccount"), None);
        assert_eq!(by_id("pm_card_visa"), None);
        assert_eq!(settlement_secs("sepa_debit"), SEPA_SETTLEMENT_SECS);
        assert_eq!(settlement_secs("us_bank_account"), ACH_SETTLEMENT_SECS);
    }
}
