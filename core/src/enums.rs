//! The string enums of the API (status, capture method, ...). Their values
//! are generated from api/payment_intents.json into generated/enums.rs;
//! their behaviour is the hand-written `string_enum!` macro.

pub use crate::generated::enums::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_values_round_trip() {
        let s: Status = serde_json::from_str("\"requires_capture\"").unwrap();
        assert_eq!(s, Status::RequiresCapture);
        let s: Status = serde_json::from_str("\"awaiting_magic\"").unwrap();
        assert_eq!(s, Status::Unknown("awaiting_magic".into()));
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"awaiting_magic\"");
        assert!(s.is_unknown());
        let r: CancellationReason = "expired".parse().unwrap();
        assert_eq!(r.as_str(), "expired");
        assert_eq!(CaptureMethod::KNOWN.len(), 3);
        let unset: SetupFutureUsage = serde_json::from_str("\"\"").unwrap();
        assert_eq!(unset, SetupFutureUsage::Unset);
        assert_eq!(serde_json::to_string(&SetupFutureUsage::Unset).unwrap(), "\"\"");
    }
}
