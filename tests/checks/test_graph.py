"""The relation graph: missing ids, cycles, dependency order, both directions of edges."""

from __future__ import annotations

from factcheck.model import Verdict
from factcheck.run.graph import build_graph

from .conftest import make_claim


def claims(spec: dict[str, list]) -> dict:
    """{id: checks} → claims of value 1 with those checks."""
    return {claim_id: make_claim(claim_id, "1", checks=checks)[0] for claim_id, checks in spec.items()}


def test_order_puts_dependencies_first_and_keeps_both_directions():
    graph = build_graph(
        claims(
            {
                "w/total": [{"sum": ["./a", "./b"]}],
                "w/a": [],
                "w/b": [{"same": "./c"}],
                "w/c": [],
                "w/share": [{"share": {"part": "./a", "whole": "./total"}}],
            }
        )
    )
    order = graph.order()
    assert sorted(order) == ["w/a", "w/b", "w/c", "w/share", "w/total"]
    for claim_id, needed in graph.dependencies.items():
        for dependency in needed:
            assert order.index(dependency) < order.index(claim_id)
    assert graph.dependencies["w/total"] == {"w/a", "w/b"}
    assert graph.dependents["w/a"] == {"w/total", "w/share"}
    assert graph.affected(["w/c"]) == {"w/c", "w/b", "w/total", "w/share"}
    assert graph.needed(["w/share"]) == {"w/share", "w/a", "w/total", "w/b", "w/c"}
    assert not graph.missing and not graph.cycles


def test_missing_id_is_invalid_at_the_operand():
    loaded, locator = make_claim("w/total", "1", checks=[{"sum": ["./a", "./typo"]}])
    graph = build_graph({"w/total": loaded, **claims({"w/a": []})})
    (finding,) = graph.missing["w/total"]
    assert finding.verdict is Verdict.INVALID
    assert finding.message == "no claim file for id 'w/typo' (looked for claims/w/typo.yaml), written './typo'"
    assert finding.position == locator.locate("checks", 0, "sum", 1)
    assert (finding.check, finding.index) == ("sum", 0)


def test_an_id_whose_file_did_not_load_is_not_missing():
    loaded, _ = make_claim("w/total", "1", checks=[{"same": "./broken"}])
    graph = build_graph({"w/total": loaded}, invalid_ids={"w/broken"})
    assert not graph.missing
    assert graph.dependencies["w/total"] == set()


def test_every_claim_in_a_cycle_is_invalid_and_names_it():
    graph = build_graph(
        claims(
            {
                "a": [{"same": "b"}],
                "b": [{"sum": ["c", "d"]}],
                "c": [{"same": "a"}],
                "d": [],
                "e": [{"same": "a"}],
            }
        )
    )
    assert set(graph.cycles) == {"a", "b", "c"}
    assert graph.cycles["a"][0].message.startswith("cycle: a → b → c → a")
    assert graph.cycles["b"][0].message.startswith("cycle: b → c → a → b")
    assert graph.cycles["c"][0].message.startswith("cycle: c → a → b → c")
    assert all(f.verdict is Verdict.INVALID for fs in graph.cycles.values() for f in fs)
    order = graph.order()
    assert order.index("d") < order.index("a")
    assert set(order) == {"a", "b", "c", "d", "e"}


def test_self_reference_is_a_cycle():
    graph = build_graph(claims({"a": [{"same": "./a"}]}))
    assert graph.cycles["a"][0].message.startswith("cycle: a → a")


def test_a_ring_of_many_claims_is_reported_in_linear_time():
    import time

    size = 3000
    ring = {f"c{i:04d}": [{"same": f"c{(i + 1) % size:04d}"}] for i in range(size)}
    start = time.perf_counter()
    graph = build_graph(claims(ring))
    assert time.perf_counter() - start < 10  # each claim's own path made this quadratic (minutes, GBs)
    assert set(graph.cycles) == set(ring)
    (finding,) = graph.cycles["c0007"]
    assert finding.verdict is Verdict.INVALID
    assert finding.message.startswith(
        f"cycle: c0007 is one of {size} claims that check each other in a circle "
        "(c0000 → c0001 → c0002 → c0003 → c0004 → c0005 → …)"
    )
    assert finding.explanation == ("c0007: check 1 (same) uses c0008 = c0008",)


def test_a_long_chain_does_not_overflow():
    chain = {f"c{i}": [{"same": f"c{i + 1}"}] for i in range(3000)}
    chain["c3000"] = []
    graph = build_graph(claims(chain))
    assert graph.order()[0] == "c3000" and graph.order()[-1] == "c0"
    assert not graph.cycles
