//! Fuzz target: any bytes as a PaymentIntent, a list page and a search page.
//! Decoding must never panic; an object with a string `id` must decode; what
//! decodes must read the same after being written back.

#![no_main]

use libfuzzer_sys::fuzz_target;
use payintent::{List, PaymentIntent, SearchResult};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let decoded = serde_json::from_slice::<PaymentIntent>(data);
    if let Ok(pi) = &decoded {
        let again: PaymentIntent =
            serde_json::from_value(pi.to_json()).expect("a written-back PaymentIntent reads again");
        assert_eq!(&again, pi);
        let _ = format!("{pi:?}");
    }
    if let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(data) {
        let has_id = map.get("id").is_some_and(Value::is_string);
        assert_eq!(has_id, decoded.is_ok(), "only a string id decides whether an object decodes");
    }
    if let Ok(page) = serde_json::from_slice::<List<PaymentIntent>>(data) {
        let again: List<PaymentIntent> =
            serde_json::from_value(serde_json::to_value(&page).expect("a page serialises")).expect("reads again");
        assert_eq!(again.data, page.data);
    }
    let _ = serde_json::from_slice::<SearchResult<PaymentIntent>>(data);
});
