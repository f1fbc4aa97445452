"""The JSON report's text is exactly `json.dumps(doc, ensure_ascii=False, indent=2)`, written in pieces."""

from __future__ import annotations

import enum
import json
import math
import random
from pathlib import Path

import pytest

from factcheck.report import json_


class _Verdict(str, enum.Enum):
    PASS = "pass"


class _Written(int):
    """An int subclass, as the YAML reader's numbers are."""


EDGES = [
    {},
    {"claims": []},
    {"version": 1, "claims": [{}], "notes": []},
    {"claims": [{"a": [], "b": {}, "c": [[], [{}]], "d": (1, 2)}]},
    {
        "claims": [
            {
                "numbers": [0, -1, 12345678901234567890, 1.5, -0.0, 1e16, 1e-7, math.nan, math.inf, -math.inf],
                "text": 'quote " back \\ nul \x00 tab \t line \u2028 中文 \U0001f600',
                "enum": _Verdict.PASS,
                "subclass": _Written(7),
                "flags": [True, False, None],
            }
        ]
    },
    {"claims": [{1: "an int key", None: "a null key", 2.5: "a float key"}]},  # the standard encoder's way
]


@pytest.mark.parametrize("doc", EDGES)
def test_edges(doc) -> None:
    assert json_.render(doc) == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _value(rng: random.Random, depth: int):
    kinds = ["str", "int", "float", "none", "bool"] + (["list", "dict"] * 2 if depth < 4 else [])
    kind = rng.choice(kinds)
    if kind == "str":
        return "".join(rng.choice('ab"\\\n中\x01') for _ in range(rng.randint(0, 5)))
    if kind == "int":
        return rng.randint(-(10**20), 10**20)
    if kind == "float":
        return rng.uniform(-1e6, 1e6)
    if kind == "none":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "list":
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {f"k{n}": _value(rng, depth + 1) for n in range(rng.randint(0, 4))}


def test_random_documents() -> None:
    rng = random.Random(15)
    for _ in range(200):
        doc = {"version": 1, "claims": [_value(rng, 1) for _ in range(rng.randint(0, 5))], "x": _value(rng, 1)}
        assert json_.render(doc) == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def test_what_json_refuses_is_refused_alike() -> None:
    with pytest.raises(TypeError):
        json_.render({"claims": [{"value": object()}]})
    cycle: list = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="Circular"):
        json_.render({"claims": [cycle]})


def test_lazy_records_write_the_same_text(tmp_path) -> None:
    """`build_report(lazy=True)` (records made while writing) gives the same bytes, empty or not."""
    from factcheck.gate.policy import load_policy
    from factcheck.report import records
    from factcheck.run import pipeline

    corpus = Path(__file__).resolve().parents[2] / "claims"
    result = pipeline.validate(pipeline.RunOptions(paths=[corpus], cwd=corpus.parent))
    policy = load_policy(corpus.parent, None, None)
    eager = json_.render(records.build_report(result, policy))
    lazy = records.build_report(result, policy, lazy=True)
    assert "".join(json_.chunks(lazy)) == eager
    assert lazy["summary"] == json.loads(eager)["summary"]
    result.claims = []
    assert json_.render(records.build_report(result, policy, lazy=True)) == json_.render(
        records.build_report(result, policy)
    )
