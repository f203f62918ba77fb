#!/usr/bin/env python3
"""Derives the API description (api/payment_intents.json) from the official OpenAPI subset and the hand-kept overlay.

    python3 api/derive.py            # rewrite api/payment_intents.json
    python3 api/derive.py --check    # exit 1 when the committed file is stale

Inputs: the OpenAPI file (api/openapi/payment_intents.openapi.json, a copy of
the official subset in ../shared/spec, MIT-licensed by Stripe; or $PAYINTENT_OPENAPI), and api/overlay.json, which holds the facts the spec
does not state (operation names, parameters newer than the spec, id prefixes,
client-side limits, LeanRails additions, the error kinds). Output: one JSON document with the operations, their parameters,
the object's fields and the named types they use, the enums and the error kinds. The output is
deterministic (sorted where the spec has no order) so CI can diff it.

Type nodes in the output use one small vocabulary:
  {"kind": "string", "max_length"?: n}       {"kind": "integer"}   {"kind": "boolean"}
  {"kind": "timestamp"}                        {"kind": "number"}
  {"kind": "enum", "values": [...]}            {"kind": "array", "items": T}
  {"kind": "map", "values": T}                 {"kind": "object", "fields": [Field]}
  {"kind": "ref", "name": type_name}           {"kind": "expandable", "targets": [names]}
  {"kind": "one_of", "options": [T]}           {"kind": "json"}
A Field is {"name", "type", "required", "nullable", "unsettable", "description"}.
"unsettable" marks parameters that accept "" to clear the value.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "payment_intents.json")
OVERLAY = os.path.join(HERE, "overlay.json")
DEFAULT_SPEC = os.path.join(HERE, "openapi", "payment_intents.openapi.json")

REF_PREFIX = "#/components/schemas/"


def clean_doc(text):
    """The spec's descriptions are HTML or Markdown; keep plain sentences with Markdown links."""
    if not text:
        return ""
    text = re.sub(r"<a href=\"([^\"]+)\">(.*?)</a>", r"[\2](\1)", text, flags=re.S)
    text = re.sub(r"</?p>", "\n", text)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"</?(code|strong|em|ul|ol|li|span)[^>]*>", "", text)
    text = html.unescape(text)
    text = re.sub(r"\(/docs/", "(https://stripe.com/docs/", text)
    lines = [ln.strip() for ln in text.splitlines()]
    paragraphs, cur = [], []
    for ln in lines:
        if ln:
            cur.append(ln)
        elif cur:
            paragraphs.append(" ".join(cur))
            cur = []
    if cur:
        paragraphs.append(" ".join(cur))
    return "\n\n".join(paragraphs)


class Deriver:
    def __init__(self, spec, overlay):
        self.spec = spec
        self.overlay = overlay
        self.schemas = spec["components"]["schemas"]
        self.types = {}  # named response types reached from the object
        self.raw_types = set(overlay.get("raw_types", []))

    # ---- schema -> type node -------------------------------------------------

    def type_of(self, s, *, params, depth=0):
        if "$ref" in s:
            name = s["$ref"][len(REF_PREFIX):]
            if params:
                return self.type_of(self.schemas[name], params=True, depth=depth)
            if name in self.raw_types:
                return {"kind": "json"}
            self.want_type(name)
            return {"kind": "ref", "name": name}
        if "anyOf" in s:
            opts = s["anyOf"]
            non_unset = [o for o in opts if o.get("enum") != [""]]
            if not params:
                strings = [o for o in opts if o.get("type") == "string" and "$ref" not in o]
                refs = [o["$ref"][len(REF_PREFIX):] for o in opts if "$ref" in o]
                if strings and refs and len(strings) + len(refs) == len(opts):
                    return {"kind": "expandable", "targets": refs}
            if len(non_unset) == 1:
                return self.type_of(non_unset[0], params=params, depth=depth)
            return {"kind": "one_of", "options": [self.type_of(o, params=params, depth=depth) for o in non_unset]}
        t = s.get("type")
        if "enum" in s and t == "string":
            return {"kind": "enum", "values": list(s["enum"])}
        if t == "string":
            node = {"kind": "string"}
            if "maxLength" in s and s["maxLength"] != 5000:
                node["max_length"] = s["maxLength"]
            return node
        if t == "integer":
            return {"kind": "timestamp"} if s.get("format") == "unix-time" else {"kind": "integer"}
        if t == "number":
            return {"kind": "number"}
        if t == "boolean":
            return {"kind": "boolean"}
        if t == "array":
            return {"kind": "array", "items": self.type_of(s.get("items", {}), params=params, depth=depth)}
        if t == "object" or "properties" in s or "additionalProperties" in s:
            props = s.get("properties")
            if not props:
                extra = s.get("additionalProperties")
                if isinstance(extra, dict) and extra:
                    return {"kind": "map", "values": self.type_of(extra, params=params, depth=depth)}
                return {"kind": "json"}
            return {"kind": "object", "fields": self.fields(s, params=params, depth=depth + 1)}
        return {"kind": "json"}

    def fields(self, s, *, params, depth):
        required = set(s.get("required", []))
        out = []
        for name in sorted(s.get("properties", {})):
            p = s["properties"][name]
            field = {
                "name": name,
                "type": self.type_of(p, params=params, depth=depth),
                "required": name in required,
                "nullable": bool(p.get("nullable")),
                "unsettable": any(o.get("enum") == [""] for o in p.get("anyOf", [])),
                "description": clean_doc(p.get("description")),
            }
            out.append(field)
        return out

    def want_type(self, name):
        if name in self.types:
            return
        s = self.schemas[name]
        self.types[name] = None  # reserve before recursing (cycles)
        expandable = set(s.get("x-expandableFields", []))
        node = {
            "name": name,
            "description": clean_doc(s.get("description")),
            "fields": self.fields(s, params=False, depth=0),
        }
        for f in node["fields"]:
            if f["name"] in expandable and f["type"]["kind"] != "expandable":
                f["expandable"] = True
        self.types[name] = node

    # ---- operations ----------------------------------------------------------

    def operations(self):
        names = self.overlay["operations"]
        ops = []
        for path in sorted(self.spec["paths"]):
            for method in sorted(self.spec["paths"][path]):
                op = self.spec["paths"][path][method]
                oid = op["operationId"]
                if oid not in names:
                    raise SystemExit(f"overlay.json names no operation for {oid}")
                info = names[oid]
                params = []
                id_param = None
                for p in op.get("parameters", []):
                    if p["in"] == "path":
                        id_param = p["name"]
                        continue
                    params.append({
                        "name": p["name"],
                        "type": self.type_of(p["schema"], params=True),
                        "required": bool(p.get("required")),
                        "nullable": False,
                        "unsettable": False,
                        "description": clean_doc(p.get("description")),
                    })
                body = op.get("requestBody", {}).get("content", {}).get("application/x-www-form-urlencoded", {})
                schema = body.get("schema", {})
                if schema.get("properties"):
                    params.extend(self.fields(schema, params=True, depth=0))
                params.extend(self.extra_params(info, params))
                params.sort(key=lambda f: f["name"])
                ret = op["responses"]["200"]["content"]["application/json"]["schema"]
                ops.append({
                    "name": info["name"],
                    "operation_id": oid,
                    "method": method.upper(),
                    "path": path,
                    "id_param": id_param,
                    "returns": self.returns(ret),
                    "description": clean_doc(op.get("description")),
                    "publishable_key": info.get("publishable_key", []),
                    "params": params,
                })
        order = [v["name"] for v in names.values()]
        ops.sort(key=lambda o: order.index(o["name"]))
        return ops

    FIELD_KEYS = ["name", "type", "required", "nullable", "unsettable", "description"]

    def extra_params(self, info, params):
        """Parameters the API takes that the OpenAPI file lacks (overlay `extra_params`, full Fields)."""
        out = []
        for extra in info.get("extra_params", []):
            name = extra.get("name")
            if sorted(extra) != sorted(self.FIELD_KEYS):
                raise SystemExit(
                    f"overlay.json: extra parameter {name!r} of {info['name']} needs exactly the keys {self.FIELD_KEYS}"
                )
            if any(p["name"] == name for p in params):
                raise SystemExit(
                    f"overlay.json adds {name} to {info['name']}, which the OpenAPI file now has: remove it from the overlay"
                )
            out.append({k: extra[k] for k in self.FIELD_KEYS})
        return out

    def returns(self, schema):
        if "$ref" in schema:
            return {"kind": "object", "name": schema["$ref"][len(REF_PREFIX):]}
        obj = schema["properties"]["object"]["enum"][0]
        return {"kind": "list" if obj == "list" else "search_result", "name": "payment_intent"}

    # ---- error kinds -----------------------------------------------------------

    ERROR_KEYS = ["kind", "class", "parent", "http_status", "doc"]

    def errors(self, enums):
        """The overlay's error table, checked: unique kinds and classes, known parents, every API error `type` a kind."""
        table = self.overlay["errors"]
        base = table["base"]["class"]
        kinds, classes = set(), {base}
        for e in table["kinds"]:
            if sorted(e) != sorted(self.ERROR_KEYS):
                raise SystemExit(f"overlay.json: error kind {e.get('kind')!r} needs exactly the keys {self.ERROR_KEYS}")
            if e["kind"] in kinds or e["class"] in classes:
                raise SystemExit(f"overlay.json: error kind {e['kind']!r} or class {e['class']!r} is listed twice")
            if e["parent"] is not None and e["parent"] not in classes:
                raise SystemExit(f"overlay.json: the parent {e['parent']!r} of {e['class']} must be listed before it")
            kinds.add(e["kind"])
            classes.add(e["class"])
        for key, values in enums.items():
            if key.endswith("errors.type"):
                missing = sorted(set(values) - kinds)
                if missing:
                    raise SystemExit(f"overlay.json: the API error types {missing} ({key}) have no error kind")
        return table

    # ---- whole document --------------------------------------------------------

    def run(self):
        ops = self.operations()
        for name in ["payment_intent", "error", *self.overlay.get("extra_types", [])]:
            self.want_type(name)
        enums = {}
        for t in self.types.values():
            for f in t["fields"]:
                if f["type"]["kind"] == "enum":
                    enums.setdefault(f"{t['name']}.{f['name']}", f["type"]["values"])
        return {
            "about": "Generated by api/derive.py from the official OpenAPI subset and api/overlay.json; do not edit.",
            "api_version": self.spec["info"]["version"],
            "resource": "payment_intent",
            "operations": ops,
            "object": "payment_intent",
            "types": [self.types[k] for k in sorted(self.types)],
            "enums": dict(sorted(enums.items())),
            "client_rules": self.overlay["client_rules"],
            "profiles": self.overlay["profiles"],
            "errors": self.errors(enums),
        }


def render(spec_path):
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    with open(OVERLAY, encoding="utf-8") as f:
        overlay = json.load(f)
    doc = Deriver(spec, overlay).run()
    return json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv):
    spec_path = os.environ.get("PAYINTENT_OPENAPI", DEFAULT_SPEC)
    if not os.path.exists(spec_path):
        print(f"derive.py: the OpenAPI file {spec_path} is missing; set PAYINTENT_OPENAPI", file=sys.stderr)
        return 2
    text = render(spec_path)
    if "--check" in argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                print("api/payment_intents.json is stale: run python3 api/derive.py", file=sys.stderr)
                return 1
        print("api/payment_intents.json is up to date")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT, ROOT)} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
