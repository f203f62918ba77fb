"""The shared scenarios (tests/scenarios/payment_intents.json) through the Python API."""
import json
import re
from typing import Any, Dict

import pytest

import payintent
from conftest import ROOT, Sandbox

FILE = json.loads((ROOT / "tests" / "scenarios" / "payment_intents.json").read_text())


def subst(value: Any, saved: Dict[str, str]) -> Any:
    if isinstance(value, str):
        return re.sub(r"\{(\w+)\}", lambda m: saved.get(m.group(1), m.group(0)), value)
    if isinstance(value, list):
        return [subst(v, saved) for v in value]
    if isinstance(value, dict):
        return {k: subst(v, saved) for k, v in value.items()}
    return value


def assert_subset(expected: Any, actual: Any, at: str) -> None:
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{at}: expected an object, got {actual!r}"
        for k, v in expected.items():
            if k == "data_length":
                assert len(actual["data"]) == v, f"{at}.data length"
                continue
            assert_subset(v, actual.get(k), f"{at}.{k}")
    else:
        assert expected == actual, f"{at}: expected {expected!r}, got {actual!r}"


@pytest.mark.parametrize("scenario", FILE["scenarios"], ids=[s["name"] for s in FILE["scenarios"]])
def test_scenario(scenario: Dict[str, Any], sandbox: Sandbox) -> None:
    client = payintent.Client(FILE["api_key"], base_url=sandbox.url, profile=scenario["profile"])
    saved: Dict[str, str] = {}
    for i, step in enumerate(scenario["steps"]):
        at = f"{scenario['name']}[{i}]"
        sandbox.clear()
        for fault in step.get("faults", []):
            sandbox.fault(**fault)
        method = getattr(client.payment_intents, step["op"])
        params = subst(step["params"], saved)
        args = [subst(step["id"], saved)] if "id" in step else []
        try:
            result = method(*args, **params)
        except payintent.PayIntentError as err:
            assert "error" in step, f"{at}: unexpected error {err}"
            actual = {"kind": err.kind, "code": err.code, "param": err.param, "decline_code": err.decline_code, "http_status": err.http_status}
            assert_subset(step["error"], actual, at)
        else:
            assert "error" not in step, f"{at}: expected an error, got {result!r}"
            data = result.to_dict()
            if "result" in step:
                assert_subset(subst(step["result"], saved), data, at)
            if "save_as" in step:
                saved[step["save_as"]] = data["id"]
        recorded = sandbox.requests()
        if "request_count" in step:
            assert len(recorded) == step["request_count"], f"{at}: request count"
        if step.get("same_idempotency_key"):
            keys = {r["headers"].get("idempotency-key") for r in recorded}
            assert len(keys) == 1 and None not in keys, f"{at}: {keys}"
        if "request" in step:
            assert recorded, f"{at}: no request recorded"
            assert_subset(subst(step["request"], saved), recorded[-1], f"{at}.request")
