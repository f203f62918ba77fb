//! The test payment methods: which ids and card numbers succeed, decline or
//! need authentication (bank debits: `bank_debits.rs`), and where a
//! request's payment method comes from.

use crate::bank_debits::{self, Delayed};
use crate::reply::{Reply, R};
use crate::wire::Params;

/// What confirming with a payment method does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Behavior {
    Succeed,
    Decline {
        code: &'static str,
        decline_code: &'static str,
        message: &'static str,
    },
    Authenticate,
    Microdeposits,
    /// A bank debit: `processing`, then settles (see `bank_debits.rs`).
    Delayed(Delayed),
}

const DECLINED: Behavior =
    Behavior::Decline { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." };
const INSUFFICIENT: Behavior = Behavior::Decline {
    code: "card_declined",
    decline_code: "insufficient_funds",
    message: "Your card has insufficient funds.",
};
const FRAUDULENT: Behavior =
    Behavior::Decline { code: "card_declined", decline_code: "fraudulent", message: "Your card was declined." };
const EXPIRED: Behavior =
    Behavior::Decline { code: "expired_card", decline_code: "expired_card", message: "Your card has expired." };
const BAD_CVC: Behavior = Behavior::Decline {
    code: "incorrect_cvc",
    decline_code: "incorrect_cvc",
    message: "Your card's security code is incorrect.",
};
const PROCESSING: Behavior = Behavior::Decline {
    code: "processing_error",
    decline_code: "processing_error",
    message: "An error occurred while processing your card. Try again in a little bit.",
};

/// The test payment method ids (named like Stripe's).
pub fn behavior_of_id(pm: &str) -> (Behavior, &'static str) {
    if let Some((d, t)) = bank_debits::by_id(pm) {
        return (Behavior::Delayed(d), t);
    }
    let b = match pm {
        "pm_card_chargeDeclined" => DECLINED,
        "pm_card_chargeDeclinedInsufficientFunds" => INSUFFICIENT,
        "pm_card_chargeDeclinedFraudulent" => FRAUDULENT,
        "pm_card_chargeDeclinedExpiredCard" => EXPIRED,
        "pm_card_chargeDeclinedIncorrectCvc" => BAD_CVC,
        "pm_card_chargeDeclinedProcessingError" => PROCESSING,
        "pm_card_authenticationRequired" | "pm_card_threeDSecure2Required" | "pm_card_threeDSecureRequired" => {
            Behavior::Authenticate
        }
        "pm_usBankAccount" => return (Behavior::Microdeposits, "us_bank_account"),
        _ => Behavior::Succeed,
    };
    (b, "card")
}

/// Test card numbers given in `payment_method_data[card][number]`.
fn behavior_of_card_number(number: &str) -> Behavior {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match digits.as_str() {
        "4000000000000002" => DECLINED,
        "4000000000009995" => INSUFFICIENT,
        "4100000000000019" => FRAUDULENT,
        "4000000000000069" => EXPIRED,
        "4000000000000127" => BAD_CVC,
        "4000000000000119" => PROCESSING,
        "4000002500003155" | "4000002760003184" | "4000000000003220" | "4000000000003063" => Behavior::Authenticate,
        _ => Behavior::Succeed,
    }
}

/// Where a confirm's payment method comes from.
#[derive(Clone, Debug)]
pub enum PmSource {
    Id(String),
    Data { kind: String, behavior: Behavior },
}

pub fn pm_source(p: &Params) -> R<Option<PmSource>> {
    if let Some(id) = p.string("payment_method")? {
        if id.is_empty() {
            return Err(Reply::invalid(
                "payment_method",
                "parameter_invalid_empty",
                "payment_method must not be empty.",
            ));
        }
        return Ok(Some(PmSource::Id(id)));
    }
    let Some(d) = p.nested("payment_method_data")? else {
        return Ok(None);
    };
    let kind = d.require("type", d.string("type")?)?;
    let behavior = match kind.as_str() {
        // Without an account number the account is verified with microdeposits.
        "us_bank_account" => match d.nested("us_bank_account")? {
            Some(a) => a
                .string("account_number")?
                .map_or(Behavior::Microdeposits, |n| Behavior::Delayed(bank_debits::by_account_number(&n))),
            None => Behavior::Microdeposits,
        },
        "sepa_debit" => {
            let s = d.require("sepa_debit", d.nested("sepa_debit")?)?;
            Behavior::Delayed(bank_debits::by_iban(&s.require("iban", s.string("iban")?)?))
        }
        "card" => match d.nested("card")? {
            Some(c) => c.string("number")?.map(|n| behavior_of_card_number(&n)).unwrap_or(Behavior::Succeed),
            None => Behavior::Succeed,
        },
        _ => Behavior::Succeed,
    };
    Ok(Some(PmSource::Data { kind, behavior }))
}
