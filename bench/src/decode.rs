//! The decode figure: a realistic 100-intent list page (the succeeded fixture
//! with distinct ids) decoded as `List<PaymentIntent>` and as a
//! `serde_json::Value`, in interleaved rounds; prints the median µs per
//! intent of each and their ratio.
//!
//!     cargo run --release -p payintent-bench -- decode [--rounds 31] [--pages 200]

use std::hint::black_box;
use std::time::Instant;

use payintent::{List, PaymentIntent};
use serde_json::Value;

#[path = "../../core/tests/support/list_page.rs"]
mod list_page;
use list_page::{list_page, INTENTS};

/// µs per intent of decoding `body` `pages` times with `decode`.
fn time(body: &[u8], pages: usize, decode: fn(&[u8]) -> usize) -> f64 {
    let start = Instant::now();
    for _ in 0..pages {
        black_box(decode(black_box(body)));
    }
    start.elapsed().as_secs_f64() * 1e6 / (pages * INTENTS) as f64
}

// Not inlined, so a profiler can single out each decode (valgrind
// --toggle-collect=payintent_bench::decode::typed).
#[inline(never)]
fn typed(body: &[u8]) -> usize {
    // As the client decodes a body (core/src/client.rs): UTF-8 checked once,
    // then parsed as text.
    let text = std::str::from_utf8(body).expect("the page is UTF-8");
    let page: List<PaymentIntent> = serde_json::from_str(text).expect("the page decodes");
    assert!(page.unreadable.is_empty());
    page.data.len()
}

#[inline(never)]
fn value(body: &[u8]) -> usize {
    let page: Value = serde_json::from_slice(body).expect("the page is JSON");
    page["data"].as_array().map_or(0, Vec::len)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

pub fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let rounds: usize = crate::arg(args, "--rounds").map(|v| v.parse()).transpose()?.unwrap_or(31);
    let pages: usize = crate::arg(args, "--pages").map(|v| v.parse()).transpose()?.unwrap_or(200);
    let body = list_page().into_bytes();
    assert_eq!(typed(&body), INTENTS);
    let (mut t, mut v) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        t.push(time(&body, pages, typed));
        v.push(time(&body, pages, value));
    }
    let (t, v) = (median(t), median(v));
    println!(
        "decode of a {INTENTS}-intent list page ({} bytes), median of {rounds} interleaved rounds of {pages} pages:",
        body.len()
    );
    println!("  payintent List<PaymentIntent>  {t:>6.2} µs per intent");
    println!("  serde_json::Value              {v:>6.2} µs per intent");
    println!("  ratio payintent / Value        {:>6.2}", t / v);
    if let Some(path) = crate::arg(args, "--json-out") {
        let figures = serde_json::json!({"rust.decode_per_intent": t, "rust.decode_value_per_intent": v});
        std::fs::write(path, figures.to_string())?;
    }
    Ok(())
}
