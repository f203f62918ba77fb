//! The currencies the sandbox accepts, how many decimals each has in API
//! amounts, and the documented minimum charge amount per currency.

/// Presentment currencies the API accepts (lowercase ISO 4217 codes), in the
/// order the API lists them in its "Invalid currency" message.
pub const SUPPORTED: [&str; 139] = [
    "usd", "aed", "afn", "all", "amd", "ang", "aoa", "ars", "aud", "awg", "azn", "bam", "bbd", "bdt", "bgn", "bhd",
    "bif", "bmd", "bnd", "bob", "brl", "bsd", "bwp", "byn", "bzd", "cad", "cdf", "chf", "clp", "cny", "cop", "crc",
    "cve", "czk", "djf", "dkk", "dop", "dzd", "egp", "etb", "eur", "fjd", "fkp", "gbp", "gel", "gip", "gmd", "gnf",
    "gtq", "gyd", "hkd", "hnl", "htg", "huf", "idr", "ils", "inr", "isk", "jmd", "jod", "jpy", "kes", "kgs", "khr",
    "kmf", "krw", "kwd", "kyd", "kzt", "lak", "lbp", "lkr", "lrd", "lsl", "mad", "mdl", "mga", "mkd", "mmk", "mnt",
    "mop", "mur", "mvr", "mwk", "mxn", "myr", "mzn", "nad", "ngn", "nio", "nok", "npr", "nzd", "omr", "pab", "pen",
    "pgk", "php", "pkr", "pln", "pyg", "qar", "ron", "rsd", "rub", "rwf", "sar", "sbd", "scr", "sek", "sgd", "shp",
    "sle", "sos", "srd", "std", "szl", "thb", "tjs", "tnd", "top", "try", "ttd", "twd", "tzs", "uah", "ugx", "uyu",
    "uzs", "vnd", "vuv", "wst", "xaf", "xcd", "xof", "xpf", "yer", "zar", "zmw",
];

/// Currencies whose API amounts are whole units (¥50 is `50`).
const ZERO_DECIMAL: [&str; 16] =
    ["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"];

/// Currencies whose API amounts are thousandths (1.000 BHD is `1000`).
const THREE_DECIMAL: [&str; 5] = ["bhd", "jod", "kwd", "omr", "tnd"];

/// The documented minimum charge amounts, in the currency's smallest unit,
/// with the symbol the API's message shows. Other currencies have no fixed
/// minimum here: the real check converts them to the settlement currency,
/// which the sandbox does not model.
const MINIMUMS: [(&str, i64, &str); 24] = [
    ("usd", 50, "$"),
    ("aed", 200, ""),
    ("aud", 50, "$"),
    ("bgn", 100, ""),
    ("brl", 50, "R$"),
    ("cad", 50, "$"),
    ("chf", 50, ""),
    ("czk", 1500, ""),
    ("dkk", 250, ""),
    ("eur", 50, "€"),
    ("gbp", 30, "£"),
    ("hkd", 400, "$"),
    ("huf", 17500, ""),
    ("inr", 50, "₹"),
    ("jpy", 50, "¥"),
    ("mxn", 1000, "$"),
    ("myr", 200, ""),
    ("nok", 300, ""),
    ("nzd", 50, "$"),
    ("pln", 200, ""),
    ("ron", 200, ""),
    ("sek", 300, ""),
    ("sgd", 50, "$"),
    ("thb", 1000, "฿"),
];

pub fn is_supported(code: &str) -> bool {
    SUPPORTED.contains(&code)
}

/// How many decimals an API amount of `code` carries.
pub fn decimals(code: &str) -> u32 {
    if ZERO_DECIMAL.contains(&code) {
        0
    } else if THREE_DECIMAL.contains(&code) {
        3
    } else {
        2
    }
}

/// The minimum charge amount of `code` in its smallest unit, if it has one.
pub fn minimum(code: &str) -> Option<i64> {
    MINIMUMS.iter().find(|(c, _, _)| *c == code).map(|(_, m, _)| *m)
}

/// `amount` (smallest unit) written the way the API's messages write money:
/// `$0.50 usd`, `¥50 jpy`, `15.00 czk`.
pub fn display(code: &str, amount: i64) -> String {
    let symbol = MINIMUMS.iter().find(|(c, _, _)| *c == code).map_or("", |(_, _, s)| *s);
    let d = decimals(code);
    let sign = if amount < 0 { "-" } else { "" };
    let abs = amount.unsigned_abs();
    let number = if d == 0 {
        abs.to_string()
    } else {
        let unit = 10u64.pow(d);
        format!("{}.{:0width$}", abs / unit, abs % unit, width = d as usize)
    };
    format!("{sign}{symbol}{number} {code}")
}

/// The API's message for an unsupported currency.
pub fn unsupported_message(given: &str) -> String {
    format!("Invalid currency: {given}. Stripe currently supports these currencies: {}", SUPPORTED.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        for (code, min, _) in MINIMUMS {
            assert!(is_supported(code), "{code}");
            assert!(min > 0);
        }
        for code in ZERO_DECIMAL.iter().chain(THREE_DECIMAL.iter()) {
            assert!(is_supported(code), "{code}");
        }
        let mut sorted = SUPPORTED.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), SUPPORTED.len(), "no duplicates");
    }

    #[test]
    fn money_is_written_like_the_api() {
        assert_eq!(display("usd", 50), "$0.50 usd");
        assert_eq!(display("eur", 50), "€0.50 eur");
        assert_eq!(display("gbp", 30), "£0.30 gbp");
        assert_eq!(display("jpy", 50), "¥50 jpy");
        assert_eq!(display("czk", 1500), "15.00 czk");
        assert_eq!(display("kwd", 1500), "1.500 kwd");
        assert_eq!(minimum("jpy"), Some(50));
        assert_eq!(minimum("krw"), None);
        assert_eq!(decimals("krw"), 0);
    }
}
