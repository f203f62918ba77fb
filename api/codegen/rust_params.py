"""The Rust target's parameter structs: typed fields with docs and serde attributes, nested parameter types, and the declarative checks (`validate_for`) derived from the description's types and client_rules."""
from .common import camel, join_words
from .rust_text import Out, doc_lines, rust_str, str_slice

# The Swift/Kotlin binding derives, behind the core's `uniffi` cargo feature:
# records and enums, with optional fields defaulting to nil/null there.
UNIFFI_RECORD = '#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]'
UNIFFI_ENUM = '#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]'
UNIFFI_DEFAULT = '    #[cfg_attr(feature = "uniffi", uniffi(default))]'

# Object parameters with a typed Rust form: a generated struct whose fields are the union
# over the operations that take the object, or a model struct reused as is (lenient, every
# field optional). Public names; bindings use them.
NESTED = {
    "automatic_payment_methods": {"struct": "AutomaticPaymentMethodsParam"},
    "transfer_data": {"struct": "TransferDataParam"},
    "shipping": {"model": "Shipping"},
}
# Object parameters kept as raw JSON trees: large, or changing faster than this library.
RAW_JSON = {"mandate_data", "payment_method_data", "payment_method_options", "radar_options"}
# one_of parameters with a typed Rust form: an untagged enum with one variant per option kind.
FILTERS = {"created": {"enum": "CreatedFilter", "variants": [("integer", "Exact"), ("object", "Range")]}}
# The description's profiles as variants of the Rust `Profile`, and the API's display name.
PROFILES = {"stripe": ("Stripe", "Stripe"), "leanrails": ("LeanRails", "LeanRails")}

# Methods of every parameter struct besides the setters, which no parameter may be named like.
BUILDER_RESERVED = {"new", "extra_param", "validate", "validate_for", "extra", "to_wire", "to_wire_for"}

# What a bound of a range filter means, for the bounds the spec leaves undocumented.
BOUNDS = {"gt": "Greater than this.", "gte": "Greater than or equal to this.", "lt": "Less than this.", "lte": "Less than or equal to this."}

SCALARS = {
    "string": ("string", "String"),
    "integer": ("int", "i64"),
    "timestamp": ("int", "i64"),
    "boolean": ("bool", "bool"),
    "number": ("float", "f64"),
}


class RType:
    """A parameter's Rust type: `kind` drives the checks, `text` is the Rust spelling."""

    def __init__(self, kind, text, item=None):
        self.kind = kind
        self.text = text
        self.item = item


class Gen:
    """Generates core/src/generated/params.rs for one description."""

    def __init__(self, desc, enum_for_param):
        self.desc = desc
        self.enum_for_param = enum_for_param
        self.rules = desc.rules
        self.used_rules = set()
        self.used_enums = set()
        self.uses = set()
        self.profile_used = False

    # ---- types -------------------------------------------------------------------

    def scalar(self, node, where):
        kind = node["kind"]
        if kind in SCALARS:
            k, text = SCALARS[kind]
            return RType(k, text)
        if kind == "enum":
            return RType("string_enum", "String")
        raise SystemExit(f"codegen: no Rust type for the {kind} at {where}; extend api/codegen/rust_params.py")

    def top_type(self, p):
        name, node = p["name"], p["type"]
        if name == "expand" and node["kind"] == "array":
            return RType("vec", "Vec<String>", RType("string", "String"))
        if name in RAW_JSON:
            return RType("json", "Value")
        if name in NESTED:
            spec = NESTED[name]
            if node["kind"] != "object":
                raise SystemExit(f"codegen: {name} is configured as an object but the description has {node['kind']}")
            if "model" in spec:
                self.uses.add(("model", spec["model"]))
                return RType("model", spec["model"])
            return RType("struct", spec["struct"])
        if name in FILTERS:
            return RType("filter", FILTERS[name]["enum"])
        kind = node["kind"]
        if kind == "enum":
            rust = self.enum_for_param(name)
            if rust:
                self.used_enums.add(rust)
                return RType("enum", rust)
            return RType("string_enum", "String")
        if kind == "array":
            item = self.scalar(node["items"], f"{name}[]")
            return RType("vec", f"Vec<{item.text}>", item)
        if kind == "map":
            value = self.scalar(node["values"], f"{name}[key]")
            self.uses.add(("btreemap",))
            return RType("map", f"BTreeMap<String, {value.text}>", value)
        if kind == "one_of":
            if all(o["kind"] in ("boolean", "enum") for o in node["options"]):
                return RType("bool_or_enum", "Value")
            raise SystemExit(f"codegen: no Rust type for the one_of parameter {name}; add it to FILTERS or RAW_JSON")
        if kind == "json":
            return RType("json", "Value")
        if kind == "object":
            raise SystemExit(f"codegen: the object parameter {name} needs an entry in NESTED or RAW_JSON")
        return self.scalar(node, name)

    # ---- rules -------------------------------------------------------------------

    def rule(self, table, key):
        """client_rules[table][key] (or membership for lists), remembering that it was used."""
        entries = self.rules.get(table, {} if table in ("ranges", "id_prefixes", "item_counts") else [])
        if key in entries:
            self.used_rules.add((table, key))
            return entries[key] if isinstance(entries, dict) else True
        return None

    def unused_rules(self):
        out = []
        for table in ("amount_params", "zero_amount_params", "currency_params", "opaque_params", "non_empty_params"):
            out += [(table, k) for k in self.rules.get(table, []) if (table, k) not in self.used_rules]
        path_params = {op["id_param"] for op in self.desc.operations if op["id_param"]}
        for table in ("ranges", "id_prefixes", "item_counts"):
            out += [
                (table, k)
                for k in self.rules.get(table, {})
                if (table, k) not in self.used_rules and not (table == "id_prefixes" and k in path_params)
            ]
        return out

    def value_checks(self, path, disp, rt, node, val, op):
        """Check lines for one value. `path` is the rule key, `disp` the Rust expression naming the
        parameter in errors, `val` the value (by value for integers, a `&str`-able reference for text)."""
        out = []

        def need(kinds, what):
            if rt.kind not in kinds:
                raise SystemExit(f"codegen: client_rules {what} names {path}, a {rt.kind} parameter")

        if self.rule("amount_params", path):
            need(("int",), "amount_params")
            fn = "fee_amount" if self.rule("zero_amount_params", path) else "amount"
            out.append(f"validate::{fn}({disp}, {val})?;")
        bounds = self.rule("ranges", path)
        if bounds:
            need(("int",), "ranges")
            out.append(f"validate::in_range({disp}, {val}, {bounds[0]}, {bounds[1]})?;")
        if self.rule("currency_params", path):
            need(("string",), "currency_params")
            out.append(f"validate::currency({disp}, {val})?;")
        prefix = self.rule("id_prefixes", path)
        if prefix is not None:
            need(("string",), "id_prefixes")
            if isinstance(prefix, str):
                out.append(f"validate::object_id({disp}, {val}, {rust_str(prefix)})?;")
            else:
                out.append(f"validate::object_id_any({disp}, {val}, {str_slice(prefix)})?;")
        if self.rule("opaque_params", path):
            need(("string",), "opaque_params")
            out.append(f"validate::opaque({disp}, {val})?;")
        if self.rule("non_empty_params", path):
            need(("string",), "non_empty_params")
            out.append(f"validate::non_empty({disp}, {val})?;")
        if node.get("max_length"):
            out.append(f"validate::max_chars({disp}, {val}, {node['max_length']})?;")
        if rt.kind in ("enum", "string_enum"):
            out += self.enum_checks(path, disp, rt, node, val)
        if rt.kind == "map" and path == "metadata":
            out.append(f"validate::metadata({disp}, {val})?;")
        if rt.kind == "bool_or_enum":
            values = [v for o in node["options"] if o["kind"] == "enum" for v in o["values"]]
            out.append(f"validate::bool_or_one_of({disp}, {val}, {str_slice(values)})?;")
        return out

    def enum_checks(self, path, disp, rt, node, val):
        values = node["values"]
        free, refused = [], []
        object_key = f"{self.desc.doc['object']}.{path}"
        for key, profile in self.desc.profiles.items():
            if object_key in profile.get("free_string_enums", []):
                free.append(self.profile_variant(key))
            bad = profile.get("refuses", {}).get(path)
            if bad:
                refused.append((self.profile_variant(key), PROFILES[key][1], bad))
        check = f"validate::one_of({disp}, {val}, {str_slice(values)})?;"
        out = []
        if free:
            self.profile_used = True
            cond = " | ".join(f"Profile::{v}" for v in free)
            free_max = self.rules["free_text_max_chars"]
            out += [
                f"if matches!(profile, {cond}) {{",
                f"validate::free_text({disp}, {val}, {free_max})?;",
                "} else {",
                check,
                "}",
            ]
        else:
            out.append(check)
        for variant, api, bad in refused:
            self.profile_used = True
            out += [
                f"if profile == Profile::{variant} {{",
                f"validate::refused({disp}, {val}, {str_slice(bad)}, {rust_str(api)})?;",
                "}",
            ]
        return out

    def profile_variant(self, key):
        if key not in PROFILES:
            raise SystemExit(f"codegen: the description's profile {key!r} has no Rust Profile variant in PROFILES")
        return PROFILES[key][0]

    # ---- expressions ---------------------------------------------------------------

    @staticmethod
    def by_value(rt, ref):
        """The value for a check, from a reference expression `ref`."""
        if rt.kind in ("int", "bool", "float"):
            return f"*{ref}"
        if rt.kind == "enum":
            return f"{ref}.as_str()"
        return ref

    @staticmethod
    def bare_value(rt, place):
        """The value for a check, from a place expression `place` (a field that is not optional)."""
        if rt.kind in ("int", "bool", "float"):
            return place
        if rt.kind == "enum":
            return f"{place}.as_str()"
        return f"&{place}"

    # ---- nested structs ---------------------------------------------------------------

    def nested_shapes(self, name):
        """(operation, object type node) for every operation that takes the object parameter `name`."""
        return [(op["name"], p["type"]) for op in self.desc.operations for p in op["params"] if p["name"] == name]

    def struct_fields(self, name):
        """The union of the object's fields over operations: (field, node, bare) in Rust order."""
        shapes = self.nested_shapes(name)
        seen = {}
        for _, node in shapes:
            for f in node["fields"]:
                seen.setdefault(f["name"], f)
        fields = []
        for fname, f in seen.items():
            everywhere = all(any(g["name"] == fname and g["required"] for g in node["fields"]) for _, node in shapes)
            fields.append((fname, f, everywhere))
        fields.sort(key=lambda x: (not x[2], x[0]))
        return fields

    def nested_struct(self, out, name):
        spec = NESTED[name]
        shapes = self.nested_shapes(name)
        ops = [op for op, _ in shapes]
        doc = f"`{name}`, as {join_words(f'`{o}`' for o in ops)} take{'s' if len(ops) == 1 else ''} it."
        first = next(p for op in self.desc.operations for p in op["params"] if p["name"] == name)
        if first["description"]:
            doc += "\n\n" + first["description"]
        out.lines(doc_lines(doc, 0))
        out.line("#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]")
        out.line(UNIFFI_RECORD)
        out.line(f"pub struct {spec['struct']} {{")
        for fname, f, bare in self.struct_fields(name):
            rt = self.scalar(f["type"], f"{name}.{fname}")
            takers = [op for op, node in shapes if any(g["name"] == fname for g in node["fields"])]
            needers = [op for op, node in shapes if any(g["name"] == fname and g["required"] for g in node["fields"])]
            notes = [f["description"]] if f["description"] else [f"`{name}[{fname}]`."]
            if rt.kind == "string_enum":
                notes.append("One of " + join_words([f"`{v}`" for v in f["type"]["values"]], "or") + ".")
            if takers != ops:
                notes.append(f"Only {join_words(f'`{o}`' for o in takers)} take{'s' if len(takers) == 1 else ''} it.")
            if needers and not bare:
                notes.append(f"Required by {join_words(f'`{o}`' for o in needers)}.")
            if notes:
                out.lines(doc_lines(" ".join(notes), 4))
            if bare:
                out.line(f"    pub {fname}: {rt.text},")
            else:
                out.line(UNIFFI_DEFAULT)
                out.line('    #[serde(skip_serializing_if = "Option::is_none")]')
                out.line(f"    pub {fname}: Option<{rt.text}>,")
        out.line("}")
        out.line("")
        out.line(f"impl {spec['struct']} {{")
        for fname, f, bare in self.struct_fields(name):
            rt = self.scalar(f["type"], f"{name}.{fname}")
            out.lines(doc_lines(f"Sets `{fname}`.", 4))
            out.line(f"    pub fn {fname}(mut self, value: impl Into<{rt.text}>) -> Self {{")
            out.line(f"        self.{fname} = {'value.into()' if bare else 'Some(value.into())'};")
            out.line("        self")
            out.line("    }")
            out.line("")
        out.line("}")
        out.line("")

    def nested_checks(self, name, rt, node, op, ref):
        """Checks of an object parameter bound to `ref`, against this operation's shape of it."""
        out = []
        spec = NESTED[name]
        rust_fields = {}
        if "struct" in spec:
            rust_fields = {fname: bare for fname, _, bare in self.struct_fields(name)}
        here = {f["name"]: f for f in node["fields"]}
        for fname, f in here.items():
            path = f"{name}.{fname}"
            disp = rust_str(f"{name}[{fname}]")
            bare = rust_fields.get(fname, False)
            place = f"{ref}.{fname}"
            if f["required"] and not bare:
                out.append(f"validate::required({disp}, {place}.is_some(), {rust_str(name)})?;")
            if f["type"]["kind"] == "object":
                continue  # deeper objects are model structs: presence only
            frt = self.scalar(f["type"], path)
            if bare:
                out += self.value_checks(path, disp, frt, f["type"], self.bare_value(frt, place), op)
            else:
                inner = self.value_checks(path, disp, frt, f["type"], self.by_value(frt, fname), op)
                if inner:
                    out.append(f"if let Some({fname}) = &{place} {{")
                    out += inner
                    out.append("}")
        for fname in rust_fields:
            if fname not in here:
                disp = rust_str(f"{name}[{fname}]")
                out.append(f"validate::not_accepted({disp}, {ref}.{fname}.is_some(), {rust_str(op)})?;")
        return out

    # ---- the created-style filters ---------------------------------------------------

    def filter_enum(self, out, name):
        spec = FILTERS[name]
        p = next(p for op in self.desc.operations for p in op["params"] if p["name"] == name)
        options = {o["kind"]: o for o in p["type"]["options"]}
        if sorted(options) != sorted(k for k, _ in spec["variants"]):
            raise SystemExit(f"codegen: the options of {name} changed; update FILTERS in api/codegen/rust_params.py")
        out.lines(doc_lines(f"`{name}`: " + (p["description"] or "a value or a range."), 0))
        out.line("#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]")
        out.line(UNIFFI_ENUM)
        out.line("#[serde(untagged)]")
        out.line(f"pub enum {spec['enum']} {{")
        for kind, variant in spec["variants"]:
            o = options[kind]
            if kind == "object":
                names = [f["name"] for f in o["fields"]]
                out.lines(doc_lines("Only the bounds given: " + join_words(f"`{n}`" for n in names) + ".", 4))
                out.line(f"    {variant} {{")
                for f in o["fields"]:
                    rt = self.scalar(f["type"], f"{name}.{f['name']}")
                    out.lines(doc_lines(f["description"] or BOUNDS.get(f["name"], f"`{name}[{f['name']}]`."), 8))
                    out.line('        #[serde(skip_serializing_if = "Option::is_none")]')
                    out.line(f"        {f['name']}: Option<{rt.text}>,")
                out.line("    },")
            else:
                rt = self.scalar(o, name)
                out.line("    /// Exactly this value.")
                out.line(f"    {variant}({rt.text}),")
        out.line("}")
        out.line("")

    # ---- operation structs -------------------------------------------------------------

    @staticmethod
    def struct_name(op):
        return camel(op["name"]) + "Params"

    @staticmethod
    def ordered(op):
        return sorted(op["params"], key=lambda p: (not p["required"], p["name"]))

    def field_doc(self, p, rt):
        notes = [p["description"]] if p["description"] else []
        if rt.kind in ("enum", "string_enum"):
            values = [f"`{v}`" if v else '`""` (clears it)' for v in p["type"]["values"]]
            notes.append("Accepted values: " + join_words(values, "or") + ".")
            object_key = f"{self.desc.doc['object']}.{p['name']}"
            for key, profile in self.desc.profiles.items():
                api = PROFILES.get(key, (None, key))[1]
                if object_key in profile.get("free_string_enums", []):
                    notes.append(f"{api} takes any text here instead.")
                bad = profile.get("refuses", {}).get(p["name"])
                if bad:
                    notes.append(f"{api} refuses " + join_words([f"`{v}`" for v in bad], "and") + ".")
        if p["unsettable"] and not (rt.kind == "enum" and "" in p["type"]["values"]):
            notes.append('To clear it, leave this field empty and send `""` under its name in `extra`.')
        return "\n\n".join(notes)

    def op_struct(self, out, op):
        name = self.struct_name(op)
        out.lines(doc_lines(f"Parameters of `{op['method']} {op['path']}` (`{op['name']}`).", 0))
        out.line("#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]")
        out.line(UNIFFI_RECORD)
        out.line(f"pub struct {name} {{")
        for p in self.ordered(op):
            rt = self.top_type(p)
            doc = self.field_doc(p, rt)
            if doc:
                out.lines(doc_lines(doc, 4))
            if p["name"] == "expand":
                out.line(UNIFFI_DEFAULT)
                out.line('    #[serde(default, skip_serializing_if = "Vec::is_empty")]')
                out.line(f"    pub {p['name']}: {rt.text},")
            elif p["required"]:
                out.line(f"    pub {p['name']}: {rt.text},")
            else:
                out.line(UNIFFI_DEFAULT)
                out.line('    #[serde(skip_serializing_if = "Option::is_none")]')
                out.line(f"    pub {p['name']}: Option<{rt.text}>,")
        out.lines(
            doc_lines(
                'Parameters this version does not model (newer API fields, or `""` to clear a field), sent '
                "after the typed ones. A key here may not repeat a typed field that is set.",
                4,
            )
        )
        out.line(UNIFFI_DEFAULT)
        out.line("    #[serde(flatten, skip_serializing)]")
        out.line("    pub extra: Map<String, Value>,")
        out.line("}")
        out.line("")
        required = [p for p in self.ordered(op) if p["required"]]
        out.line(f"impl {name} {{")
        if required:
            args, inits = [], []
            for p in required:
                rt = self.top_type(p)
                if rt.kind == "string":
                    args.append(f"{p['name']}: impl Into<String>")
                    inits.append(f"{p['name']}: {p['name']}.into()")
                else:
                    args.append(f"{p['name']}: {rt.text}")
                    inits.append(p["name"])
            out.line("    /// The parameters with the required ones set and nothing else.")
            out.line(f"    pub fn new({', '.join(args)}) -> Self {{")
            out.line(f"        {name} {{ {', '.join(inits)}, ..Default::default() }}")
            out.line("    }")
            out.line("")
        for p in self.ordered(op):
            self.setters(out, p)
        out.lines(doc_lines("Adds a parameter this version does not model (see `extra`).", 4))
        out.line("    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {")
        out.line("        self.extra.insert(name.into(), value.into());")
        out.line("        self")
        out.line("    }")
        out.line("}")
        out.line("")

    def setters(self, out, p):
        """Builder-style setters of one parameter: `name(value)`, and `name_entry(key, value)` for maps."""
        rt = self.top_type(p)
        name = p["name"]
        bare = p["required"] or name == "expand"
        if name in BUILDER_RESERVED:
            raise SystemExit(f"codegen: the parameter {name} would shadow the builder method {name}; rename one")
        wrap = (lambda v: v) if bare else (lambda v: f"Some({v})")
        if rt.kind == "vec":
            doc = f"Sets `{name}` to these items." + (" Replaces any set before." if name == "expand" else "")
            arg = f"items: impl IntoIterator<Item = impl Into<{rt.item.text}>>"
            value = wrap("items.into_iter().map(Into::into).collect()")
        else:
            doc = f"Sets `{name}`."
            arg = f"value: impl Into<{rt.text}>"
            value = wrap("value.into()")
        out.lines(doc_lines(doc, 4))
        out.line(f"    pub fn {name}(mut self, {arg}) -> Self {{")
        out.line(f"        self.{name} = {value};")
        out.line("        self")
        out.line("    }")
        out.line("")
        if rt.kind == "map":
            out.lines(doc_lines(f"Adds one entry to `{name}`, keeping the others.", 4))
            out.line(
                f"    pub fn {name}_entry(mut self, key: impl Into<String>, value: impl Into<{rt.item.text}>) -> Self {{"
            )
            target = f"self.{name}" if bare else f"self.{name}.get_or_insert_with(Default::default)"
            out.line(f"        {target}.insert(key.into(), value.into());")
            out.line("        self")
            out.line("    }")
            out.line("")

    def op_checks(self, op):
        body = []
        names = {p["name"] for p in op["params"]}
        for a, b in self.rules.get("exclusive", []):
            if a in names and b in names:
                self.used_rules.add(("exclusive", (a, b)))
                body.append(
                    f"validate::exclusive({rust_str(a)}, self.{a}.is_some(), {rust_str(b)}, self.{b}.is_some())?;"
                )
        for p in self.ordered(op):
            rt = self.top_type(p)
            pname = p["name"]
            disp = rust_str(pname)
            bare = pname == "expand" or p["required"]
            lines = []
            if rt.kind in ("struct", "model"):
                lines = self.nested_checks(pname, rt, p["type"], op["name"], "v")
            elif rt.kind == "vec":
                count = self.rule("item_counts", pname)
                ref = f"self.{pname}" if bare else "v"
                if count is not None:
                    lines.append(f"validate::item_count({disp}, {ref}.len(), {count})?;")
                item_checks = self.value_checks(
                    f"{pname}[]", "&param", rt.item, p["type"]["items"], self.by_value(rt.item, "item"), op["name"]
                )
                if item_checks:
                    lines.append(f"for (i, item) in {ref}.iter().enumerate() {{")
                    lines.append(f'let param = format!("{pname}[{{i}}]");')
                    lines += item_checks
                    lines.append("}")
            elif rt.kind != "filter":
                val = self.bare_value(rt, f"self.{pname}") if bare else self.by_value(rt, "v")
                lines = self.value_checks(pname, disp, rt, p["type"], val, op["name"])
            if not lines:
                continue
            if bare:
                body += lines
            else:
                body.append(f"if let Some(v) = &self.{pname} {{")
                body += lines
                body.append("}")
        return body

    def op_impl(self, out, op):
        self.profile_used = False
        body = self.op_checks(op)
        uses_profile = self.profile_used
        out.line(f"impl Params for {self.struct_name(op)} {{")
        out.line(f"    fn validate_for(&self, {'profile' if uses_profile else '_profile'}: Profile) -> Result<()> {{")
        out.lines(body)
        out.line("        Ok(())")
        out.line("    }")
        out.line("")
        out.line("    fn extra(&self) -> &Map<String, Value> {")
        out.line("        &self.extra")
        out.line("    }")
        out.line("}")
        out.line("")

    # ---- the file -------------------------------------------------------------------

    def file(self, header):
        items = Out()
        for name, spec in NESTED.items():
            if "struct" in spec:
                self.nested_struct(items, name)
        for name in FILTERS:
            self.filter_enum(items, name)
        for op in self.desc.operations:
            self.op_struct(items, op)
            self.op_impl(items, op)
        unused = self.unused_rules()
        if unused:
            raise SystemExit(f"codegen: client_rules entries that match no parameter: {unused}")
        unused_pairs = [p for p in self.rules.get("exclusive", []) if ("exclusive", tuple(p)) not in self.used_rules]
        if unused_pairs:
            raise SystemExit(f"codegen: client_rules.exclusive pairs that no operation has: {unused_pairs}")
        out = Out(header)
        if ("btreemap",) in self.uses:
            out.line("use std::collections::BTreeMap;")
            out.line("")
        out.line("use serde::{Deserialize, Serialize};")
        out.line("use serde_json::{Map, Value};")
        out.line("")
        out.line("use crate::config::Profile;")
        if self.used_enums:
            out.line(f"use crate::enums::{{{', '.join(sorted(self.used_enums))}}};")
        out.line("use crate::error::Result;")
        models = sorted(u[1] for u in self.uses if u[0] == "model")
        if models:
            out.line(f"use crate::model::{{{', '.join(models)}}};")
        out.line("use crate::params_base::Params;")
        out.line("use crate::validate;")
        out.line("")
        out.lines(items.text().splitlines())
        return out.text()


def params_file(desc, enum_for_param, header):
    return Gen(desc, enum_for_param).file(header)
