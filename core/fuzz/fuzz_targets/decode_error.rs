//! Fuzz target: any status and body as an API error, then redaction of every
//! field with a key also taken from the input. Nothing may panic, and no form
//! of the key may survive the scrub.

#![no_main]

use libfuzzer_sys::fuzz_target;
use payintent::{Error, SecretKey};

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let status = u16::from_le_bytes([data[0], data[1]]);
    let key_len = (data[2] as usize % 48).min(data.len() - 3);
    let key_text = String::from_utf8_lossy(&data[3..3 + key_len]).to_string();
    let body = &data[3 + key_len..];
    let mut e = Error::from_response(status, body, Some(String::from_utf8_lossy(body).to_string()));
    let _ = format!("{e} {e:?}");
    let key = SecretKey::new(format!("sk_test_{key_text}"));
    key.scrub_error(&mut e);
    let raw = format!("sk_test_{key_text}");
    if raw.is_ascii() && raw.len() >= 12 {
        for field in [Some(&e.message), e.code.as_ref(), e.param.as_ref(), e.request_id.as_ref()] {
            if let Some(f) = field {
                assert!(!f.contains(&raw[..12]), "a key prefix survived the scrub");
            }
        }
    }
});
