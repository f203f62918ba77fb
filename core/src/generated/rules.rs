//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The client-side limits of the description's client_rules, as constants.

/// The largest amount the API takes, in the smallest currency unit.
pub const MAX_AMOUNT: i64 = 99_999_999;
/// How many keys `metadata` may hold.
pub const METADATA_MAX_KEYS: usize = 50;
/// The longest `metadata` key, in characters.
pub const METADATA_MAX_KEY_CHARS: usize = 40;
/// The longest `metadata` value, in characters.
pub const METADATA_MAX_VALUE_CHARS: usize = 500;
/// The longest `Idempotency-Key`.
pub const IDEMPOTENCY_KEY_MAX_CHARS: usize = 255;
/// What a `payment_method` id may start with.
pub const PAYMENT_METHOD_ID_PREFIXES: &[&str] = &["pm_", "card_", "src_", "ba_"];
