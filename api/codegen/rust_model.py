"""The Rust target's model: the `lenient_object!` structs of the PaymentIntent and the objects it contains (core/src/generated/model.rs), from the description's `types` and its profiles' `object_fields`, with the choices only the Rust side makes in MODEL."""
from .common import camel
from .rust_text import Out, doc_lines, rust_str

# The model structs, in file order; each reads one type of the description.
#   rust        the public Rust name
#   type        the description type it reads
#   doc         what the Rust side adds to the type's description (optional)
#   option_how  how an optional field is written when it is None: `nullable` (as null) or `opt` (left out)
#   fields      the typed fields, in Rust and JSON output order: (wire name, choices); choices are
#       rust     the Rust field name (for `type`, a keyword)
#       how      `opt`, `nullable`, `or_default`, `or_empty`, `or_else`, `required` (see `lenient_object!`);
#                default: `option_how`
#       fallback for `or_else`: `object` (the description's object name) or `unknown` (the enum's `Unknown("")`)
#       type     a Rust type instead of the one the description's type gives
#       raw      true: kept as raw JSON (`RawJson`, its text) although the description details it
#       secret   true: `Debug` shows only its PaymentIntent-id part
#       profile  the profile whose `object_fields` declare it (fields the spec lacks)
#       doc      a doc for a field the spec leaves undocumented
#   extra       the description's fields left to `extra` (readable there as raw JSON), with the reason
# The generator fails on a description field that is neither typed nor in `extra`, so a field the spec
# gains is never silently dropped, and on a typed or `extra` field the description does not have.
MODEL = [
    {
        "rust": "Tip",
        "type": "payment_flows_amount_details_resource_tip",
        "doc": "The tip part of a PaymentIntent's `amount_details`.",
        "option_how": "opt",
        "fields": [("amount", {})],
        "extra": {},
    },
    {
        "rust": "AmountDetails",
        "type": "payment_flows_amount_details",
        "doc": "A PaymentIntent's `amount_details`: how its amount is made up.",
        "option_how": "opt",
        "fields": [("tip", {"doc": "The tip included in the amount."})],
        "extra": {},
    },
    {
        "rust": "AutomaticPaymentMethods",
        "type": "payment_flows_automatic_payment_methods_payment_intent",
        "doc": "A PaymentIntent's `automatic_payment_methods` settings.",
        "option_how": "opt",
        "fields": [("allow_redirects", {}), ("enabled", {"how": "or_default"})],
        "extra": {},
    },
    {
        "rust": "LastPaymentError",
        "type": "api_errors",
        "doc": "The `last_payment_error` object (`api_errors` in the spec).",
        "option_how": "opt",
        "fields": [
            ("type", {"rust": "error_type", "how": "or_default"}),
            ("charge", {}),
            ("code", {}),
            ("decline_code", {}),
            ("doc_url", {}),
            ("message", {}),
            ("param", {}),
            (
                "payment_method",
                {
                    "type": "ExpandedObject",
                    "doc": "The payment method that failed, with its `id` and `object` typed.",
                },
            ),
            ("payment_method_type", {}),
            ("request_log_url", {}),
        ],
        "extra": {
            "payment_intent": "the PaymentIntent that holds the error",
            "setup_intent": "SetupIntents are not part of this library",
            "source": "legacy Sources are not part of this library",
        },
    },
    {
        "rust": "RedirectToUrl",
        "type": "payment_intent_next_action_redirect_to_url",
        "doc": "The `redirect_to_url` action: send the customer to `url`.",
        "option_how": "opt",
        "fields": [("return_url", {}), ("url", {})],
        "extra": {},
    },
    {
        "rust": "VerifyWithMicrodeposits",
        "type": "payment_intent_next_action_verify_with_microdeposits",
        "doc": "The `verify_with_microdeposits` action: the customer confirms the microdeposits sent.",
        "option_how": "opt",
        "fields": [("arrival_date", {}), ("hosted_verification_url", {}), ("microdeposit_type", {})],
        "extra": {},
    },
    {
        "rust": "NextAction",
        "type": "payment_intent_next_action",
        "doc": (
            "`next_action`: what the customer must do next. The action kinds without a typed field "
            "here (boleto, konbini, QR codes, ...) are in `extra` under their own key."
        ),
        "option_how": "opt",
        "fields": [
            ("type", {"rust": "action_type", "how": "or_default"}),
            ("redirect_to_url", {"doc": "Set when `type` is `redirect_to_url`."}),
            ("use_stripe_sdk", {}),
            ("verify_with_microdeposits", {"doc": "Set when `type` is `verify_with_microdeposits`."}),
        ],
        "extra": {
            name: "an action kind of one payment method, kept raw"
            for name in [
                "alipay_handle_redirect",
                "boleto_display_details",
                "card_await_notification",
                "cashapp_handle_redirect_or_display_qr_code",
                "display_bank_transfer_instructions",
                "konbini_display_details",
                "oxxo_display_details",
                "paynow_display_qr_code",
                "pix_display_qr_code",
                "promptpay_display_qr_code",
                "wechat_pay_display_qr_code",
                "wechat_pay_redirect_to_android_app",
                "wechat_pay_redirect_to_ios_app",
            ]
        },
    },
    {
        "rust": "Processing",
        "type": "payment_intent_processing",
        "doc": "A PaymentIntent's `processing` state.",
        "option_how": "opt",
        "fields": [
            ("type", {"rust": "processing_type", "how": "or_default"}),
            ("card", {"raw": True, "doc": "Set when `type` is `card`: the card's processing details, as JSON."}),
        ],
        "extra": {},
    },
    {
        "rust": "Address",
        "type": "address",
        "doc": "A postal address.",
        "option_how": "opt",
        "fields": [("city", {}), ("country", {}), ("line1", {}), ("line2", {}), ("postal_code", {}), ("state", {})],
        "extra": {},
    },
    {
        "rust": "Shipping",
        "type": "shipping",
        "doc": "Shipping information: recipient, address and carrier.",
        "option_how": "opt",
        "fields": [
            ("address", {"doc": "The shipping address."}),
            ("carrier", {}),
            ("name", {}),
            ("phone", {}),
            ("tracking_number", {}),
        ],
        "extra": {},
    },
    {
        "rust": "TransferData",
        "type": "transfer_data",
        "doc": (
            "`transfer_data`. Without a readable `destination` the whole object is kept raw in the "
            "PaymentIntent's `extra[\"transfer_data\"]`."
        ),
        "option_how": "opt",
        "fields": [("amount", {}), ("destination", {"how": "required"})],
        "extra": {},
    },
    {
        "rust": "Charge",
        "type": "charge",
        "doc": (
            "Here: a charge as listed in a LeanRails PaymentIntent's `charges`. Every field is optional: "
            "LeanRails may send an empty object."
        ),
        "option_how": "opt",
        "fields": [
            ("id", {}),
            ("object", {}),
            ("amount", {}),
            ("amount_captured", {}),
            ("amount_refunded", {}),
            ("captured", {}),
            ("refunded", {}),
            ("currency", {}),
            ("status", {}),
            ("paid", {}),
            ("payment_intent", {"type": "String"}),
            ("payment_method", {}),
            ("balance_transaction", {}),
            ("failure_code", {}),
            ("failure_message", {}),
            ("created", {}),
            ("metadata", {"how": "or_empty"}),
        ],
        "extra": {
            name: "not sent by LeanRails; Stripe's charges are their own resource"
            for name in [
                "application",
                "application_fee",
                "application_fee_amount",
                "billing_details",
                "calculated_statement_descriptor",
                "customer",
                "description",
                "disputed",
                "failure_balance_transaction",
                "fraud_details",
                "invoice",
                "livemode",
                "on_behalf_of",
                "outcome",
                "payment_method_details",
                "radar_options",
                "receipt_email",
                "receipt_number",
                "receipt_url",
                "refunds",
                "review",
                "shipping",
                "source_transfer",
                "statement_descriptor",
                "statement_descriptor_suffix",
                "transfer",
                "transfer_data",
                "transfer_group",
            ]
        },
    },
    {
        "rust": "PaymentIntent",
        "type": "payment_intent",
        "doc": "Field order and meaning follow the API reference. `Debug` shows only the PaymentIntent-id part of `client_secret`.",
        "option_how": "nullable",
        "fields": [
            ("id", {"how": "required"}),
            ("object", {"how": "or_else", "fallback": "object"}),
            ("amount", {"how": "or_default"}),
            ("amount_capturable", {}),
            ("amount_details", {"doc": "How the amount is made up (its tip)."}),
            ("amount_received", {}),
            ("application", {}),
            ("application_fee_amount", {}),
            ("automatic_payment_methods", {}),
            ("canceled_at", {}),
            ("cancellation_reason", {}),
            ("capture_method", {}),
            ("client_secret", {"secret": True}),
            ("confirmation_method", {"doc": "Whether the PaymentIntent is confirmed automatically or with a confirm call."}),
            ("created", {"how": "or_default"}),
            ("currency", {}),
            ("customer", {}),
            ("description", {}),
            ("invoice", {}),
            ("last_payment_error", {}),
            ("latest_charge", {}),
            ("livemode", {"how": "or_default"}),
            ("metadata", {"how": "or_default"}),
            ("next_action", {}),
            ("on_behalf_of", {}),
            ("payment_method", {}),
            ("payment_method_options", {}),
            ("payment_method_types", {"how": "or_default"}),
            ("processing", {}),
            ("receipt_email", {}),
            ("review", {}),
            ("setup_future_usage", {}),
            ("shipping", {}),
            ("statement_descriptor", {}),
            ("statement_descriptor_suffix", {}),
            ("status", {"how": "or_else", "fallback": "unknown"}),
            ("transfer_data", {}),
            ("transfer_group", {}),
            ("merchant_id", {"profile": "leanrails", "how": "opt"}),
            ("charges", {"profile": "leanrails", "how": "opt"}),
        ],
        "extra": {},
        "extra_doc": (
            "Fields this version of the library does not model, and the raw value of every modelled "
            "field that could not be read."
        ),
        "skip": [
            ("last_response", "Option<ResponseMeta>", "The HTTP exchange that returned this object (`None` for nested copies)."),
        ],
    },
]

# The model's display name of each profile, for the docs of the fields only a profile has.
PROFILE_NAMES = {"stripe": "Stripe", "leanrails": "LeanRails"}

EXTRA_DOC = "Fields this version of the library does not model, and the raw value of every typed field that could not be read."

SCALARS = {"string": "String", "integer": "i64", "timestamp": "i64", "boolean": "bool", "number": "f64", "json": "RawJson"}
OPTIONAL = ("opt", "nullable")
HOWS = ("opt", "nullable", "or_default", "or_empty", "or_else", "required")


def fail(msg):
    raise SystemExit(f"codegen (rust model): {msg}; see MODEL in api/codegen/rust_model.py")


class Gen:
    """Generates core/src/generated/model.rs for one description."""

    def __init__(self, desc, enums):
        self.desc = desc
        self.enums = enums  # description enum key -> Rust enum name
        self.struct_of = {s["type"]: s["rust"] for s in MODEL}
        # Types that read any JSON object without failing, so `lenient_object!` reads an object
        # value straight into them (`[object]`): the generic expanded object and list
        # (core/src/expandable.rs, list.rs), and each model struct without a required field.
        self.reads_any_object = {"ExpandedObject", "Expandable<ExpandedObject>"} | {
            s["rust"] for s in MODEL if not any(c.get("how") == "required" for _, c in s["fields"])
        }
        self.uses = set()
        self.fallbacks = []

    def base_type(self, node, where, enum_key):
        kind = node["kind"]
        if kind == "enum":
            rust = self.enums.get(enum_key)
            if rust:
                self.uses.add(("enum", rust))
                return rust
            return "String"
        if kind in SCALARS:
            if kind == "json":
                self.uses.add(("raw",))
            return SCALARS[kind]
        if kind == "ref":
            if node["name"] not in self.struct_of:
                fail(f"{where} refers to the type {node['name']}, which has no struct: add one, or mark it `raw`")
            return self.struct_of[node["name"]]
        if kind == "expandable":
            self.uses.add(("expandable",))
            return "Expandable<ExpandedObject>"
        if kind == "array":
            return f"Vec<{self.base_type(node['items'], where + '[]', None)}>"
        if kind == "map":
            self.uses.add(("btreemap",))
            return f"BTreeMap<String, {self.base_type(node['values'], where + '[key]', None)}>"
        if kind == "list":
            self.uses.add(("list",))
            return f"List<{self.base_type(node['items'], where + '[]', None)}>"
        fail(f"no Rust type for the {kind} at {where}: give it a `type`, mark it `raw`, or leave it to `extra`")

    def field_node(self, struct, wire, choice):
        """The description's entry of a typed field: from the type, or from a profile's object_fields."""
        if "profile" in choice:
            profile = self.desc.profiles.get(choice["profile"])
            if profile is None:
                fail(f"{struct['rust']}.{wire} names the profile {choice['profile']!r}, which the description lacks")
            for f in profile.get("object_fields", []):
                if f["name"] == wire:
                    return f
            fail(f"the profile {choice['profile']} declares no object field {wire!r}")
        for f in self.desc.types[struct["type"]]["fields"]:
            if f["name"] == wire:
                return f
        fail(f"{struct['rust']}.{wire}: the type {struct['type']} has no field {wire!r}")

    def check_coverage(self, struct):
        if struct["type"] not in self.desc.types:
            fail(f"{struct['rust']} reads the type {struct['type']!r}, which the description lacks")
        declared = [f["name"] for f in self.desc.types[struct["type"]]["fields"]]
        typed = [w for w, c in struct["fields"] if "profile" not in c]
        extra = list(struct["extra"])
        for name in typed + extra:
            if name not in declared:
                fail(f"{struct['rust']} names {name!r}, which the type {struct['type']} does not have")
        both = set(typed) & set(extra)
        if both:
            fail(f"{struct['rust']} both types and leaves to extra: {sorted(both)}")
        missing = [n for n in declared if n not in typed and n not in extra]
        if missing:
            fail(
                f"the type {struct['type']} has fields {struct['rust']} neither types nor leaves to `extra`: "
                f"{missing}"
            )

    def check_profiles(self):
        """Every profile's object field is typed on the struct of the description's object."""
        main = next(s for s in MODEL if s["type"] == self.desc.doc["object"])
        typed = {(c.get("profile"), w) for w, c in main["fields"]}
        for key, profile in self.desc.profiles.items():
            for f in profile.get("object_fields", []):
                if (key, f["name"]) not in typed:
                    fail(f"the {key} profile's object field {f['name']!r} is not a field of {main['rust']}")

    def field_notes(self, rust_type, how, choice, enum_rust):
        """What decoding does with an absent or unreadable value, as a doc sentence."""
        if how == "required":
            return "Required: an object without a readable value fails to decode."
        if how == "or_else":
            kind = choice.get("fallback")
            if kind == "object":
                return f"`{self.desc.doc['object']}` when absent or unreadable."
            if kind == "unknown":
                if not enum_rust:
                    fail("the fallback `unknown` needs a Rust enum field")
                return f"`{enum_rust}::Unknown(\"\")` when absent or unreadable."
            fail(f"unknown fallback {kind!r}")
        if how == "or_default":
            if rust_type == "bool":
                return "`false` when absent or unreadable."
            if rust_type in ("i64", "f64"):
                return "0 when absent or unreadable."
            return "Empty when absent or unreadable."
        if how == "or_empty":
            return "Empty when absent or unreadable (and then not written back)."
        return ""

    def fallback_fn(self, struct, rust_field, rust_type, choice, enum_rust):
        name = f"{camel_to_snake(struct['rust'])}_{rust_field}_fallback"
        if choice["fallback"] == "object":
            body = f"{rust_str(self.desc.doc['object'])}.to_string()"
        else:
            body = f"{enum_rust}::Unknown(String::new())"
        self.fallbacks.append((name, rust_type, body))
        return name

    def struct(self, out, struct):
        self.check_coverage(struct)
        tdesc = self.desc.types[struct["type"]]["description"]
        doc = "\n\n".join(p for p in [tdesc, struct.get("doc", "")] if p)
        lines = []
        has_required = False
        for wire, choice in struct["fields"]:
            unknown = set(choice) - {"rust", "how", "fallback", "type", "raw", "secret", "profile", "doc"}
            if unknown:
                fail(f"{struct['rust']}.{wire}: unknown choices {sorted(unknown)}")
            f = self.field_node(struct, wire, choice)
            how = choice.get("how", struct["option_how"])
            if how not in HOWS:
                fail(f"{struct['rust']}.{wire}: unknown how {how!r}")
            enum_key = f"{struct['type']}.{wire}"
            enum_rust = self.enums.get(enum_key) if f["type"]["kind"] == "enum" else None
            if "type" in choice:
                base = choice["type"]
                if base == "ExpandedObject":
                    self.uses.add(("expandable",))
            elif choice.get("raw"):
                self.uses.add(("raw",))
                base = "RawJson"
            else:
                base = self.base_type(f["type"], f"{struct['type']}.{wire}", enum_key)
            rust_type = f"Option<{base}>" if how in OPTIONAL else base
            has_required = has_required or how == "required"
            rust_field = choice.get("rust", wire)
            spec_doc = f["description"] or choice.get("doc", "")
            if not spec_doc:
                fail(f"{struct['rust']}.{wire} has no description in the spec: give it a `doc`")
            notes = [spec_doc]
            if "profile" in choice:
                notes.insert(0, f"{PROFILE_NAMES.get(choice['profile'], choice['profile'])} only.")
            if rust_field != wire:
                notes.append(f"The JSON field `{wire}`.")
            note = self.field_notes(base, how, choice, enum_rust)
            if note:
                notes.append(note)
            lines += doc_lines("\n\n".join(notes), 8)
            if how in OPTIONAL:
                # Swift/Kotlin: an optional field defaults to nil/null (model
                # structs are also parameters, e.g. `shipping`).
                lines.append('        #[cfg_attr(feature = "uniffi", uniffi(default))]')
            how_text = how
            if how == "or_else":
                how_text = f"or_else({self.fallback_fn(struct, rust_field, rust_type, choice, enum_rust)})"
            wire_text = f" as {rust_str(wire)}" if rust_field != wire else ""
            object = base in self.reads_any_object or base.startswith("List<")
            # Strings in an array or an object: read straight from the input (`[strings]`,
            # core/src/lenient.rs `Strings`).
            strings = base in ("Vec<String>", "BTreeMap<String, String>")
            if choice.get("secret") and (object or strings):
                fail(f"{struct['rust']}.{wire}: a field takes one flag, `secret`, `object` or `strings`")
            # Any JSON: kept as its text, read straight from the input (`[json]`).
            flag = (
                " [secret]" if choice.get("secret")
                else " [json]" if base == "RawJson"
                else " [object]" if object
                else " [strings]" if strings
                else ""
            )
            lines.append(f"        pub {rust_field}: {rust_type} => {how_text}{wire_text}{flag},")
        derives = "Clone, PartialEq" if has_required else "Clone, Default, PartialEq"
        out.line("lenient_object! {")
        out.lines(doc_lines(doc, 4))
        out.line(f"    #[derive({derives})]")
        out.line(f"    pub struct {struct['rust']} {{")
        out.lines(lines)
        out.line("    }")
        out.lines(doc_lines(struct.get("extra_doc", EXTRA_DOC), 4))
        out.line("    extra extra;")
        for name, ty, sdoc in struct.get("skip", []):
            if ty.startswith("Option<ResponseMeta>"):
                self.uses.add(("meta",))
            out.lines(doc_lines(sdoc, 4))
            out.line(f"    skip {name}: {ty};")
        out.line("}")
        out.line("")

    def file(self, header):
        body = Out()
        for struct in MODEL:
            self.struct(body, struct)
        self.check_profiles()
        for name, ty, expr in self.fallbacks:
            body.line(f"fn {name}() -> {ty} {{")
            body.line(f"    {expr}")
            body.line("}")
            body.line("")
        out = Out(header)
        if ("btreemap",) in self.uses:
            out.line("use std::collections::BTreeMap;")
            out.line("")
        enums = sorted(u[1] for u in self.uses if u[0] == "enum")
        if enums:
            out.line(f"use crate::enums::{{{', '.join(enums)}}};")
        if ("expandable",) in self.uses:
            out.line("use crate::expandable::{Expandable, ExpandedObject};")
        out.line("use crate::lenient::lenient_object;")
        if ("list",) in self.uses:
            out.line("use crate::list::List;")
        if ("meta",) in self.uses:
            out.line("use crate::meta::ResponseMeta;")
        if ("raw",) in self.uses:
            out.line("use crate::raw_json::RawJson;")
        out.line("")
        out.lines(body.text().splitlines())
        return out.text()


def camel_to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def model_file(desc, enums, header):
    """The text of core/src/generated/model.rs; `enums` maps description enum keys to Rust enum names."""
    return Gen(desc, enums).file(header)
