//! Randomised decoding: thousands of damaged copies of the fixtures (fields
//! nulled, dropped, replaced by values of the wrong type, garbage nested in)
//! must never panic, must decode whenever they have a string `id`, and must
//! not lose what the server sent. Deterministic seed, plain `cargo test`.

#![recursion_limit = "256"]

use payintent::model::PaymentIntent;
use payintent::{Error, List, SearchResult};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{json, Map, Value};

/// Damaged PaymentIntents; pages and error bodies use a share of this.
const CASES: usize = 3000;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/data/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect(&path)).unwrap()
}

/// A PaymentIntent with every typed nested object filled in.
fn rich() -> Value {
    json!({
        "id": "pi_rich", "object": "payment_intent", "amount": 5000, "amount_capturable": 10,
        "amount_details": {"tip": {"amount": 100, "x": 1}},
        "amount_received": 0, "application": {"id": "ca_1", "object": "application", "name": "n"},
        "application_fee_amount": 5,
        "automatic_payment_methods": {"allow_redirects": "never", "enabled": true},
        "canceled_at": 3, "cancellation_reason": "duplicate", "capture_method": "manual",
        "client_secret": "pi_rich_secret_abc", "confirmation_method": "automatic", "created": 99,
        "currency": "eur", "customer": {"id": "cus_1", "object": "customer", "email": "a@b"},
        "description": "d", "invoice": "in_1",
        "last_payment_error": {"type": "card_error", "charge": "ch_1", "code": "card_declined",
            "decline_code": "generic_decline", "doc_url": "https://x", "message": "m", "param": "p",
            "payment_method": {"id": "pm_1", "object": "payment_method", "type": "card"},
            "payment_method_type": "card", "request_log_url": "https://y"},
        "latest_charge": "ch_1", "livemode": true, "metadata": {"order": "42", "k": "v"},
        "next_action": {"type": "redirect_to_url",
            "redirect_to_url": {"return_url": "https://r", "url": "https://u"},
            "use_stripe_sdk": {"a": 1},
            "verify_with_microdeposits": {"arrival_date": 7, "hosted_verification_url": "https://h", "microdeposit_type": "amounts"}},
        "on_behalf_of": "acct_1", "payment_method": "pm_1",
        "payment_method_options": {"card": {"request_three_d_secure": "automatic"}},
        "payment_method_types": ["card", "link"],
        "processing": {"type": "card", "card": {"customer_notification": {"approval_requested": true}}},
        "receipt_email": "e@x", "review": null, "setup_future_usage": "off_session",
        "shipping": {"address": {"city": "c", "country": "US", "line1": "l1", "line2": null, "postal_code": "1", "state": "s"},
            "carrier": "ups", "name": "n", "phone": "p", "tracking_number": "t"},
        "statement_descriptor": "sd", "statement_descriptor_suffix": "sds", "status": "requires_capture",
        "transfer_data": {"amount": 4, "destination": {"id": "acct_2", "object": "account"}},
        "transfer_group": "g", "merchant_id": "mer_1",
        "charges": {"object": "list", "has_more": false, "data": [{}, {"id": "ch_1", "amount": 1, "captured": true,
            "balance_transaction": {"id": "txn_1", "object": "balance_transaction"}, "metadata": {"a": "b"}}]},
        "brand_new_field": {"nested": [1, 2]}
    })
}

fn bases() -> Vec<Value> {
    let mut v = vec![
        fixture("payment_intent_canceled.json"),
        fixture("payment_intent_captured.json"),
        fixture("payment_intent_succeeded.json"),
        fixture("payment_intent_future_api.json"),
        rich(),
    ];
    v.extend(fixture("payment_intent_list.json")["data"].as_array().unwrap().iter().cloned());
    v
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

/// A random node of `v`, as a path from the root: a walk that descends into
/// a random child until it stops (more often at shallow depths).
fn random_path(v: &Value, rng: &mut StdRng, keep_id: bool) -> Vec<Seg> {
    let mut path = Vec::new();
    let mut cur = v;
    loop {
        if !path.is_empty() && rng.gen_bool(0.35) {
            return path;
        }
        let next = match cur {
            Value::Object(m) if !m.is_empty() => {
                let (k, x) = m.iter().nth(rng.gen_range(0..m.len())).unwrap();
                if keep_id && path.is_empty() && k == "id" {
                    return path;
                }
                path.push(Seg::Key(k.clone()));
                x
            }
            Value::Array(a) if !a.is_empty() => {
                let i = rng.gen_range(0..a.len());
                path.push(Seg::Index(i));
                &a[i]
            }
            _ => return path,
        };
        cur = next;
    }
}

fn node<'a>(v: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    let mut cur = v;
    for seg in path {
        cur = match (seg, cur) {
            (Seg::Key(k), Value::Object(m)) => m.get_mut(k).unwrap(),
            (Seg::Index(i), Value::Array(a)) => &mut a[*i],
            _ => unreachable!("paths are taken from the same tree"),
        };
    }
    cur
}

fn garbage(rng: &mut StdRng, depth: u32) -> Value {
    let pick = if depth > 2 { rng.gen_range(0..12) } else { rng.gen_range(0..18) };
    match pick {
        0 => Value::Null,
        1 => Value::Bool(rng.gen()),
        2 => json!(0),
        3 => json!(-1),
        4 => json!(i64::MAX),
        5 => json!(u64::MAX),
        6 => json!(1e300),
        7 => json!(-0.5),
        8 => json!(""),
        9 => json!("x"),
        10 => Value::String("ü\u{0}\u{7f}\"\\".repeat(rng.gen_range(1..4))),
        11 => json!(rng.gen::<i32>()),
        12 => json!([]),
        13 => json!({}),
        14 => Value::Array((0..rng.gen_range(1..4)).map(|_| garbage(rng, depth + 1)).collect()),
        15 => {
            let mut m = Map::new();
            for k in ["id", "type", "object", "data", "amount", "zz"] {
                if rng.gen_bool(0.4) {
                    m.insert(k.to_string(), garbage(rng, depth + 1));
                }
            }
            Value::Object(m)
        }
        16 => json!({"id": "x_1", "object": "thing"}),
        _ => json!({"type": garbage(rng, depth + 1), "destination": garbage(rng, depth + 1)}),
    }
}

/// Apply one random damage somewhere in `v`. `keep_id` protects the top-level `id`.
fn mutate(v: &mut Value, rng: &mut StdRng, keep_id: bool) {
    let path = &random_path(v, rng, keep_id);
    if path.is_empty() {
        // The root: only add a key, so the object stays an object.
        if let Value::Object(m) = v {
            m.insert(format!("new_{}", rng.gen::<u16>()), garbage(rng, 0));
        }
        return;
    }
    match rng.gen_range(0..5) {
        0 => *node(v, path) = Value::Null,
        1 | 2 => *node(v, path) = garbage(rng, 0),
        3 => {
            let (last, parent) = path.split_last().unwrap();
            match (last, node(v, parent)) {
                (Seg::Key(k), Value::Object(m)) => {
                    m.shift_remove(k);
                }
                (Seg::Index(i), Value::Array(a)) => {
                    a.remove(*i);
                }
                _ => {}
            }
        }
        _ => {
            let target = node(v, path);
            let old = target.take();
            *target = if rng.gen_bool(0.5) { json!([old]) } else { json!({"wrapped": old}) };
        }
    }
}

/// The content of a JSON tree, ignoring what reads the same when absent
/// (null, "", false, 0, empty containers) and the order of array items.
fn content(v: &Value) -> Option<Value> {
    match v {
        Value::Null => None,
        Value::Bool(false) => None,
        Value::String(s) if s.is_empty() => None,
        Value::Number(n) if n.as_f64() == Some(0.0) => None,
        Value::Array(a) => {
            let mut items: Vec<Value> = a.iter().filter_map(content).collect();
            items.sort_by_key(|x| x.to_string());
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(m) => {
            let kept: Map<String, Value> = m.iter().filter_map(|(k, x)| content(x).map(|c| (k.clone(), c))).collect();
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        other => Some(other.clone()),
    }
}

/// `outer` holds everything in `inner`: the same scalars, every key of an
/// object, and for arrays as many items, each held by one of `outer`'s.
fn holds(outer: &Value, inner: &Value) -> bool {
    match (outer, inner) {
        (Value::Object(o), Value::Object(i)) => i.iter().all(|(k, x)| o.get(k).is_some_and(|y| holds(y, x))),
        (Value::Array(o), Value::Array(i)) => o.len() == i.len() && i.iter().all(|x| o.iter().any(|y| holds(y, x))),
        (o, i) => o == i,
    }
}

#[test]
fn damaged_payment_intents_never_panic_and_decode_with_an_id() {
    let mut rng = StdRng::seed_from_u64(0x5eed_2023_0816);
    let bases = bases();
    let (mut decoded, mut refused) = (0, 0);
    for case in 0..CASES {
        let mut v = bases[case % bases.len()].clone();
        let keep_id = rng.gen_bool(0.85);
        for _ in 0..rng.gen_range(1..=6) {
            mutate(&mut v, &mut rng, keep_id);
        }
        let has_string_id = v.get("id").is_some_and(Value::is_string);
        let text = v.to_string();
        let from_text = serde_json::from_str::<PaymentIntent>(&text);
        let from_value = serde_json::from_value::<PaymentIntent>(v.clone());
        assert_eq!(from_text.is_ok(), from_value.is_ok(), "case {case}: {text}");
        match from_value {
            Ok(pi) => {
                decoded += 1;
                assert_eq!(Some(pi.id.as_str()), v["id"].as_str(), "case {case}");
                let out = pi.to_json();
                // Written back, it reads the same.
                let again: PaymentIntent = serde_json::from_value(out.clone()).unwrap();
                assert_eq!(again, pi, "case {case}: {text}");
                // Nothing the server sent is lost (defaults may be added).
                if let Some(sent) = content(&v) {
                    let kept = content(&out).unwrap_or(Value::Null);
                    assert!(holds(&kept, &sent), "case {case}: {text}\n -> {out}");
                }
                let _ = format!("{pi:?}");
            }
            Err(e) => {
                refused += 1;
                assert!(!has_string_id, "case {case}: an object with a string id failed: {e}\n{text}");
                assert!(e.to_string().contains("`id`") || !v.is_object(), "case {case}: {e}");
            }
        }
    }
    assert!(decoded > CASES / 2 && refused > 0, "decoded {decoded}, refused {refused}");
}

#[test]
fn damaged_pages_keep_every_item_with_an_id() {
    let mut rng = StdRng::seed_from_u64(7);
    let bases = bases();
    for case in 0..CASES / 4 {
        let mut items = Vec::new();
        for _ in 0..rng.gen_range(0..6) {
            let mut v = bases[rng.gen_range(0..bases.len())].clone();
            let keep_id = rng.gen_bool(0.7);
            for _ in 0..rng.gen_range(0..4) {
                mutate(&mut v, &mut rng, keep_id);
            }
            if rng.gen_bool(0.05) {
                v = garbage(&mut rng, 0);
            }
            items.push(v);
        }
        let with_id = items.iter().filter(|i| i.get("id").is_some_and(Value::is_string)).count();
        let mut page = json!({"object": "list", "data": items.clone(), "has_more": true, "url": "/v1/payment_intents"});
        for _ in 0..rng.gen_range(0..3) {
            let key = ["object", "has_more", "url", "next_page", "total_count"][rng.gen_range(0..5)];
            page[key] = garbage(&mut rng, 0);
        }
        let list: List<PaymentIntent> = serde_json::from_value(page.clone()).unwrap_or_else(|e| panic!("case {case}: {e}"));
        assert_eq!(list.data.len(), with_id, "case {case}");
        assert_eq!(list.data.len() + list.unreadable.len(), items.len(), "case {case}");
        let search: SearchResult<PaymentIntent> = serde_json::from_value(page.clone()).unwrap();
        assert_eq!(search.data.len(), with_id, "case {case}");
        let back: List<PaymentIntent> = serde_json::from_value(serde_json::to_value(&list).unwrap()).unwrap();
        assert_eq!(back.data, list.data, "case {case}");
    }
    // `data: null` and `has_more: null` read like their absence.
    let l: List<PaymentIntent> = serde_json::from_value(json!({"object": null, "data": null, "has_more": null})).unwrap();
    assert!(l.data.is_empty() && !l.has_more && l.object.is_empty());
}

#[test]
fn damaged_error_bodies_never_panic() {
    let mut rng = StdRng::seed_from_u64(99);
    let base = json!({"error": {"type": "card_error", "code": "card_declined", "decline_code": "generic_decline",
        "message": "Your card was declined.", "param": "payment_method", "doc_url": "https://stripe.com/docs",
        "payment_intent": rich()}});
    for case in 0..CASES / 2 {
        let mut v = base.clone();
        for _ in 0..rng.gen_range(1..=6) {
            mutate(&mut v, &mut rng, false);
        }
        let status = [200u16, 400, 401, 402, 403, 404, 409, 429, 500, 503, 0, 999][rng.gen_range(0..12)];
        let e = payintent_error(status, v.to_string().as_bytes());
        assert!(!e.message.is_empty(), "case {case}");
        let pi_in = v.pointer("/error/payment_intent");
        if v["error"].is_object() && pi_in.and_then(|p| p.get("id")).is_some_and(Value::is_string) {
            assert!(e.payment_intent.is_some(), "case {case}: {v}");
        }
        if let Some(m) = v.pointer("/error/message").and_then(Value::as_str).filter(|m| !m.trim().is_empty()) {
            assert_eq!(e.message, m, "case {case}");
        }
        let _ = format!("{e} {e:?}");
    }
}

fn payintent_error(status: u16, body: &[u8]) -> Error {
    Error::from_response(status, body, Some("req_x".into()))
}
