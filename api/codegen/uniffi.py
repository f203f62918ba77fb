"""The Swift/Kotlin target: writes bindings/uniffi/src/generated.rs, the uniffi-exported method of `Client` for each operation (typed core params in, the core's PaymentIntent or a page out), with the spec's docs, which uniffi carries into the Swift and Kotlin sources."""
from . import common
from .common import camel
from .rust_text import Out, doc_lines, rustfmt

GEN_FILE = "bindings/uniffi/src/generated.rs"
OWNED_DIRS = []

# What a method returns per result kind, and the hand-written conversion from the core's result.
RESULTS = {
    "object": ("PaymentIntent", "result"),
    "list": ("PaymentIntentPage", "PaymentIntentPage::from(result)"),
    "search_result": ("PaymentIntentPage", "PaymentIntentPage::from(result)"),
}
# The auto-paging twin of each paged operation, and the core pager behind it.
PAGERS = {"list": "list_auto", "search": "search_auto"}


def params_type(op):
    return camel(op["name"]) + "Params"


def has_required(op):
    return any(p["required"] for p in op["params"])


def method(out, op):
    ret, convert = RESULTS[op["returns"]["kind"]]
    doc = f"`{op['method']} {op['path']}`.\n\n{op['description']}"
    out.lines(doc_lines(doc, 4))
    defaults = "options = None" if has_required(op) else "options = None, params"
    out.line(f"    #[uniffi::method(default({defaults}))]")
    id_arg = "id: String, " if op["id_param"] else ""
    id_ref = "&id, " if op["id_param"] else ""
    out.line(
        f"    pub async fn {op['name']}(&self, {id_arg}params: {params_type(op)}, "
        f"options: Option<RequestOptions>) -> R<{ret}> {{"
    )
    out.line("        let service = self.service(options)?;")
    out.line(f"        let result = guard_future(async move {{ service.{op['name']}({id_ref}&params).await }}).await?;")
    out.line(f"        Ok({convert})")
    out.line("    }")
    out.line("")
    if op["name"] in PAGERS:
        out.lines(doc_lines(
            f"Every PaymentIntent `{op['name']}` finds, page after page, fetched as the pager is read "
            "(Swift: an `AsyncSequence`; Kotlin: `asFlow()`).", 4))
        out.line(f"    #[uniffi::method(default({defaults}))]")
        out.line(
            f"    pub fn {op['name']}_auto_paging(&self, params: {params_type(op)}, "
            "options: Option<RequestOptions>) -> R<Arc<PaymentIntentPager>> {"
        )
        out.line(f"        Ok(PaymentIntentPager::new(self.service(options)?.{PAGERS[op['name']]}(params)))")
        out.line("    }")
        out.line("")


def generated_file(desc):
    ops = desc.operations
    out = Out([
        f"//! {common.HEADER}",
        "//! The Swift/Kotlin methods of `Client`, one per operation of the API description.",
        "",
    ])
    out.line("use std::sync::Arc;")
    out.line("")
    out.line("use payintent::ffi::guard_future;")
    names = ", ".join(sorted(params_type(op) for op in ops))
    out.line(f"use payintent::params::{{{names}}};")
    out.line("use payintent::PaymentIntent;")
    out.line("")
    out.line("use crate::options::RequestOptions;")
    out.line("use crate::pages::{PaymentIntentPage, PaymentIntentPager};")
    out.line("use crate::{Client, R};")
    out.line("")
    out.line('#[uniffi::export(async_runtime = "tokio")]')
    out.line("impl Client {")
    for op in ops:
        method(out, op)
    out.line("}")
    return out.text()


def outputs(desc):
    return {GEN_FILE: rustfmt(generated_file(desc), "generated.rs")}
