"""The relation graph: which claims each claim's checks refer to.

A check operand that names a claim with no file is `invalid` (a typo must not silently
disable a check), a cycle of claims that check each other is `invalid` on every claim in it (see
docs/checks.md; `same` written on both claims is one relation, not a cycle), and the rest is
evaluated in dependency order. Both directions are kept:
`dependencies` for ordering, `dependents` so a changed-only run can re-check what a changed
claim feeds into.
"""

from __future__ import annotations

import functools
import heapq
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from factcheck.model import CheckSpec, Claim, ClaimRef, Finding, Verdict


@dataclass(frozen=True, slots=True)
class Edge:
    """One claim id written in one check of one claim."""

    source: str
    target: str
    ref: ClaimRef
    spec: CheckSpec


@dataclass
class Graph:
    claims: Mapping[str, Claim]
    edges: list[Edge]
    dependencies: dict[str, set[str]] = field(default_factory=dict)  # id -> ids its checks use
    missing: dict[str, list[Finding]] = field(default_factory=dict)  # claim id -> invalid findings
    cycles: dict[str, list[Finding]] = field(default_factory=dict)  # claim id -> invalid findings
    first_edges: dict[tuple[str, str], Edge] = field(default_factory=dict, repr=False)

    def edge(self, source: str, target: str) -> Edge:
        """The first place where `source` refers to `target`."""
        if not self.first_edges:
            for edge in reversed(self.edges):
                self.first_edges[(edge.source, edge.target)] = edge
        return self.first_edges[(source, target)]

    @functools.cached_property
    def dependents(self) -> dict[str, set[str]]:
        """id -> ids whose checks use it. Made when first asked for (a changed-only run): a set
        for each claim used by another is 216 bytes, 16 MB at 100,000 claims, which a whole run
        does not need to keep (`order` makes its own short lists and lets them go)."""
        dependents = dict.fromkeys(self.claims, NONE)
        for source, targets in self.dependencies.items():
            for target in targets:
                _add(dependents, target, source)
        return dependents

    def order(self) -> list[str]:
        """Every claim id, each after the claims it depends on; cycles last, sorted."""
        users: dict[str, list[str]] = {}
        for source, targets in self.dependencies.items():
            for target in targets:
                users.setdefault(target, []).append(source)
        pending = {claim_id: len(self.dependencies[claim_id]) for claim_id in self.claims}
        ready = sorted(claim_id for claim_id, count in pending.items() if count == 0)
        result: list[str] = []
        while ready:
            claim_id = heapq.heappop(ready)  # the smallest ready id: a stable, readable order
            result.append(claim_id)
            for dependent in users.get(claim_id, ()):
                pending[dependent] -= 1
                if pending[dependent] == 0:
                    heapq.heappush(ready, dependent)
        done = set(result)
        return result + sorted(claim_id for claim_id in self.claims if claim_id not in done)

    def affected(self, changed: Iterable[str]) -> set[str]:
        """The changed ids plus every claim that depends on them, directly or not."""
        return closure(changed, self.dependents)

    def needed(self, claim_ids: Iterable[str]) -> set[str]:
        """The given ids plus every claim their checks need, directly or not."""
        return closure(claim_ids, self.dependencies)


def closure(start: Iterable[str], neighbours: Mapping[str, Iterable[str]]) -> set[str]:
    """Every id reachable from `start` by following `neighbours`, the start included."""
    seen: set[str] = set()
    queue = list(start)
    while queue:
        claim_id = queue.pop()
        if claim_id not in seen:
            seen.add(claim_id)
            queue.extend(neighbours.get(claim_id, ()))
    return seen


def build_graph(claims: Mapping[str, Claim], invalid_ids: Iterable[str] = ()) -> Graph:
    """The graph over `claims`; `invalid_ids` have a file that did not load: not "missing"."""
    unloaded = set(invalid_ids)
    edges = [
        Edge(claim_id, operand.id, operand, spec)
        for claim_id, claim in claims.items()
        for spec in claim.checks
        for operand in spec.operands()
        if isinstance(operand, ClaimRef)
    ]
    graph = Graph(claims, edges)
    # Most claims refer to none: they share one empty set rather than own one (216 bytes each).
    graph.dependencies = dict.fromkeys(claims, NONE)
    for edge in edges:
        if edge.target in claims:
            _add(graph.dependencies, edge.source, edge.target)
        elif edge.target not in unloaded:
            graph.missing.setdefault(edge.source, []).append(missing_finding(edge))
    for component in strongly_connected(_one_way_same(graph.dependencies, edges)):
        if len(component) > MAX_CYCLE_NAMED:  # one search for the whole component, not one per claim
            example = _cycle_path(graph.dependencies, min(component), component)
            for claim_id in sorted(component):
                graph.cycles.setdefault(claim_id, []).append(_large_cycle_finding(graph, claim_id, component, example))
        elif len(component) > 1 or any(c in graph.dependencies[c] for c in component):
            for claim_id in sorted(component):
                graph.cycles.setdefault(claim_id, []).append(_cycle_finding(graph, claim_id, component))
    return graph


NONE: frozenset[str] = frozenset()


def _add(sets: dict[str, Any], key: str, value: str) -> None:
    found = sets[key]
    if found is NONE:
        found = sets[key] = set()
    found.add(value)


def _one_way_same(dependencies: dict[str, set[str]], edges: list[Edge]) -> dict[str, set[str]]:
    """The dependencies with `same` stated on both claims counted once: one fact stated twice,
    each claim naming the other, is one relation, not a cycle (the other way stays in the graph)."""
    same = {(edge.source, edge.target) for edge in edges if edge.spec.kind == "same"}
    mutual = {(a, b) for a, b in same if (b, a) in same and a > b}
    if not mutual:
        return dependencies
    return {
        claim_id: {target for target in targets if (claim_id, target) not in mutual}
        for claim_id, targets in dependencies.items()
    }


#: A cycle through more claims than this is reported without each claim's own path: finding
#: and printing N paths of length up to N is quadratic (a 2,000-claim ring took 55 s and 2 GB).
MAX_CYCLE_NAMED = 50


def missing_finding(edge: Edge) -> Finding:
    message = f"no claim file for id {edge.target!r} (looked for claims/{edge.target}.yaml)"
    if edge.ref.written != edge.target:
        message += f", written {edge.ref.written!r}"
    lines = (
        f"operand {edge.ref.written!r} names claim {edge.target!r}",
        f"no file claims/{edge.target}.yaml (or .yml) among the claims of this run",
    )
    return Finding(
        edge.spec.kind, Verdict.INVALID, message, edge.ref.position, explanation=lines, index=edge.spec.index
    )


def _cycle_finding(graph: Graph, start: str, component: set[str]) -> Finding:
    path = _cycle_path(graph.dependencies, start, component)
    first = graph.edge(start, path[1])
    message = "cycle: " + " → ".join(path)
    lines = tuple(_edge_line(graph, a, b) for a, b in zip(path, path[1:]))
    return Finding(
        first.spec.kind,
        Verdict.INVALID,
        f"{message}: claims may not check each other in a circle",
        first.ref.position,
        explanation=lines,
        index=first.spec.index,
        evidence={"cycle": path},
    )


def _large_cycle_finding(graph: Graph, claim_id: str, component: set[str], example: list[str]) -> Finding:
    target = min(graph.dependencies[claim_id] & component)  # where this claim enters the circle
    first = graph.edge(claim_id, target)
    shown = " → ".join(example[:6]) + " → …"
    message = (
        f"cycle: {claim_id} is one of {len(component)} claims that check each other in a circle "
        f"({shown}): claims may not check each other in a circle"
    )
    return Finding(
        first.spec.kind,
        Verdict.INVALID,
        message,
        first.ref.position,
        explanation=(_edge_line(graph, claim_id, target),),
        index=first.spec.index,
        evidence={"cycle_size": len(component)},
    )


def _edge_line(graph: Graph, source: str, target: str) -> str:
    edge = graph.edge(source, target)
    return f"{source}: check {edge.spec.index + 1} ({edge.spec.kind}) uses {edge.ref.written} = {target}"


def _cycle_path(dependencies: Mapping[str, set[str]], start: str, component: set[str]) -> list[str]:
    """The shortest way from `start` back to itself inside its component: [a, b, a]."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(dependencies[node] & component):
                if target == start:
                    back = [node]
                    while back[-1] != start:
                        back.append(previous[back[-1]])
                    return [*reversed(back), start]
                if target not in previous:
                    previous[target] = node
                    following.append(target)
        frontier = following
    raise ValueError(f"{start} is not on a cycle")


def strongly_connected(edges: Mapping[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative so that a long chain of claims cannot overflow the stack.

    A claim that refers to no claim is left out (it is alone in its component, on no cycle):
    at 100,000 claims, most of them."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []
    for root in sorted(edges):
        if root in index or not edges[root]:  # a claim that refers to none is on no cycle
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if not edges.get(child):
                    continue  # refers to no claim: on no cycle, its own trivial component
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
    return components
