//! Heap allocations of decoding a list page (issue 8's decode figure): a
//! counting global allocator around the decode of the bench's 100-intent page
//! (the succeeded fixture with distinct ids), with a ceiling per intent so an
//! allocation added to the decode path fails here. One test in this binary,
//! so no other test allocates while it counts.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use payintent::{List, PaymentIntent};
use serde_json::Value;

#[path = "support/list_page.rs"]
mod list_page;
use list_page::{list_page, INTENTS};

/// The system allocator, counting each allocation and reallocation.
struct Counting;

static CALLS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        CALLS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        CALLS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Allocations of one decode of `text`, and what it decoded.
fn counted(text: &str) -> (usize, List<PaymentIntent>) {
    let before = CALLS.load(Ordering::Relaxed);
    let page: List<PaymentIntent> = serde_json::from_str(text).unwrap();
    (CALLS.load(Ordering::Relaxed) - before, page)
}

#[test]
fn a_list_page_decodes_within_its_allocation_ceiling() {
    let text = list_page();
    let (calls, page) = counted(&text);
    assert_eq!(page.data.len(), INTENTS);
    assert!(page.unreadable.is_empty());
    // What decoding keeps is all there: writing the page back gives the page sent.
    let sent: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_value(&page).unwrap()["data"], sent["data"]);
    let per_intent = calls as f64 / INTENTS as f64;
    println!("{calls} allocations for {INTENTS} intents: {per_intent:.2} per intent");
    // 13 per intent: six strings (id, object, client secret, currency and
    // two object ids), the two payment method types and their vector,
    // `payment_method_options` as one text (a `Value` took 17), and the
    // unmodelled `source` in `extra` (its key and the map's two blocks); the
    // page's vector grows a few times.
    assert!(per_intent <= CEILING, "{per_intent:.2} allocations per intent, over {CEILING}");
}

const CEILING: f64 = 13.5;
