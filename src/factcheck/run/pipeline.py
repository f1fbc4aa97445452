"""load → relations → kinds and citations → plan sources → fetch → checks → RunResult.

`run()` is the whole of `factcheck run` minus the command line and the output; `validate()`
stops before anything that needs the network or arithmetic. Every stage reports problems as
findings on the claim they concern, so one bad file never hides the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Iterable, Mapping

from factcheck.checks.citation import CitedPaths
from factcheck.checks.registry import citation_spec, claim_specs, evaluate, unit_spec
from factcheck.grammar.values import in_claim_unit
from factcheck.load.claims import LoadResult, load_claims
from factcheck.model import (
    Claim,
    ClaimRef,
    ClaimResult,
    Finding,
    Kind,
    Literal,
    Operand,
    Resolved,
    RunResult,
    SourceRef,
    Verdict,
)
from factcheck.run.graph import Edge, build_graph, missing_finding


@dataclass
class RunOptions:
    paths: list[Path]
    cwd: Path = field(default_factory=Path.cwd)
    sources_file: Path | None = None  # None: sources.yaml at the repository root, if any
    offline: bool = False
    refresh: bool = False
    today: date = field(default_factory=date.today)
    cache_dir: Path | None = None
    progress: bool = False
    timeout: float = 20.0
    exclude: tuple[str, ...] = ()  # glob patterns of claim files to leave out
    cache: bool = False  # use the loaded-claims cache in .factcheck/ (the command line's default)
    loaded: LoadResult | None = None  # claims built in memory (`factcheck check DOC`): paths unused


def validate(options: RunOptions) -> RunResult:
    """Everything that needs no network and no arithmetic: files, values, ids, citations."""
    return _Run(options, evaluate=False).execute()


def run(options: RunOptions) -> RunResult:
    return _Run(options, evaluate=True).execute()


class _Run:
    def __init__(self, options: RunOptions, evaluate: bool) -> None:
        self.options = options
        self.evaluate = evaluate
        self.findings: dict[str, list[Finding]] = {}
        self.notes: list[str] = []

    def execute(self) -> RunResult:
        cited = CitedPaths()  # this run's look at the cited documents: once each, not once a claim
        loaded = self.options.loaded or load_claims(
            self.options.paths,
            self.options.cwd,
            cache=self.options.cache,
            exclude=self.options.exclude,
            # A loading worker, if any, judges its claims: () when there is nothing to say (shared, not a list each).
            judge=lambda claim, root: _own_findings(claim, root, cited) or (),
        )
        claims: Mapping[str, Claim] = loaded.claims  # read only: no copy of 100,000 entries
        self.findings = {claim_id: [] for claim_id in claims}
        known, failed_elsewhere = _with_referenced(claims, loaded)
        failed_ids = {result.id for result in loaded.failed} | failed_elsewhere

        graph = build_graph(known, invalid_ids=failed_ids)
        for claim_id, finding_list in graph.missing.items():
            if claim_id in self.findings:
                self.findings[claim_id].extend(finding_list)
        _report_missing_in_failed(loaded, known, failed_ids)
        blocked = set(graph.cycles)  # a claim in a cycle has no order to be checked in
        for claim_id, finding_list in graph.cycles.items():
            if claim_id in self.findings:
                self.findings[claim_id].extend(finding_list)

        active: list[Claim] = []
        judged = loaded.judged
        for claim_id, claim in claims.items():
            if claim.kind is Kind.LABEL:
                self._add(claim, _label_finding(claim))
                continue
            own = judged.get(claim_id)
            self._add_all(claim, own if own is not None else _own_findings(claim, loaded.root, cited))
            if claim.kind is Kind.TARGET and not _target_due(claim, self.options.today):
                self._add_all(claim, _pending_findings(claim))
                continue
            if claim_id not in blocked:
                active.append(claim)

        sources_used: list[dict] = []
        if self.evaluate:
            resolved = self._resolve_sources(active, loaded.root)
            for claim in _in_order(active, graph):
                self._add_all(claim, self._evaluate(claim, known, failed_ids, resolved))
            sources_used = [r.evidence for r in resolved.values() if r.evidence]

        results = [
            ClaimResult(claim_id, claim.file, _sorted(self.findings[claim_id]), claim)
            for claim_id, claim in claims.items()
        ]
        results.extend(loaded.failed)
        # By file, then id: two stable sorts on existing strings rather than a key tuple per claim.
        results.sort(key=attrgetter("id"))
        results.sort(key=attrgetter("file"))
        return RunResult(results, notes=self.notes, sources_used=sources_used, root=loaded.root)

    # -- sources --------------------------------------------------------------------------
    def _resolve_sources(self, claims: list[Claim], root: Path) -> dict[tuple, Resolved]:
        # An invalid sources.yaml stops the run (exit 2) even when no claim uses it yet: a
        # broken configuration must not wait for the first claim that needs it.
        sources_file = self.options.sources_file or root / "sources.yaml"
        config = None
        if self.options.sources_file is not None or sources_file.exists():
            from factcheck.sources.config import load_sources  # not at start-up: only with a sources.yaml

            config = load_sources(sources_file)
        refs = [ref for claim in claims for ref in claim.source_refs()]
        if not refs:
            return {}
        from factcheck.sources.fetch import FetchOptions  # not at start-up: fetching (HTTP, asyncio) is
        from factcheck.sources.resolve import resolve_refs  # for runs whose claims cite sources

        if config is None:
            self.notes.append(f"no sources.yaml at {sources_file}: source references are unverifiable")
        options = FetchOptions(
            offline=self.options.offline,
            refresh=self.options.refresh,
            cache_dir=self.options.cache_dir or root / ".factcheck" / "cache",
            pin_path=None if config is None else config.pin_path,
            timeout=self.options.timeout,
            progress=self.options.progress,
        )
        return resolve_refs(refs, config, options)

    # -- checks ---------------------------------------------------------------------------
    def _evaluate(
        self,
        claim: Claim,
        known: Mapping[str, Claim],
        failed_ids: set[str],
        resolved: Mapping[tuple, Resolved],
    ) -> list[Finding]:
        findings = []
        for spec in claim_specs(claim):
            if any(
                isinstance(op, ClaimRef) and op.id not in known and op.id not in failed_ids for op in spec.operands()
            ):
                continue  # the relation graph already reported the missing id as invalid
            values = {op: _resolve_operand(op, known, failed_ids, resolved, claim) for op in spec.operands()}
            findings.extend(evaluate(spec, claim, values))
        return findings

    def _add(self, claim: Claim, finding: Finding) -> None:
        self.findings[claim.id].append(finding)

    def _add_all(self, claim: Claim, findings: Iterable[Finding]) -> None:
        self.findings[claim.id].extend(findings)


def _with_referenced(claims: Mapping[str, Claim], loaded) -> tuple[Mapping[str, Claim], set[str]]:
    """The run's claims plus every claim they refer to that lives outside the given paths,
    and the ids of such outside files that did not load (`claims` itself when there are none)."""
    known = claims
    failed: set[str] = set()
    queue = list(claims.values())
    while queue:
        claim = queue.pop()
        for spec in claim.checks:
            for operand in spec.operands():
                if isinstance(operand, ClaimRef) and operand.id not in known:
                    extra = loaded.load_extra(operand.id)
                    if isinstance(extra, Claim):
                        known = dict(known) if known is claims else known  # copied only when it grows
                        known[extra.id] = extra
                        queue.append(extra)
                    elif extra is not None:
                        failed.add(operand.id)
    return known, failed


def _own_findings(claim: Claim, root: Path, cited: CitedPaths) -> list[Finding]:
    """What a claim's citation and unit say on their own: no other claim or source needed."""
    if claim.kind is Kind.LABEL:
        return []
    return evaluate(citation_spec(claim, root, cited), claim, {}) + evaluate(unit_spec(claim), claim, {})


def _report_missing_in_failed(loaded, known: Mapping[str, Claim], failed_ids: set[str]) -> None:
    """A file that failed to load still has every problem reported: also an id in its checks
    that names no claim file (see docs/report.md)."""
    for result in loaded.failed:
        added = False
        for spec in result.checks:
            for operand in spec.operands():
                if not isinstance(operand, ClaimRef) or operand.id in known or operand.id in failed_ids:
                    continue
                if loaded.load_extra(operand.id) is None:
                    result.findings.append(missing_finding(Edge(result.id, operand.id, operand, spec)))
                    added = True
        if added:
            result.findings.sort(key=_finding_order)


def _in_order(claims: list[Claim], graph) -> list[Claim]:
    rank = {claim_id: i for i, claim_id in enumerate(graph.order())}
    return sorted(claims, key=lambda claim: (rank.get(claim.id, len(rank)), claim.id))


def _resolve_operand(
    operand: Operand,
    known: Mapping[str, Claim],
    failed_ids: set[str],
    resolved: Mapping[tuple, Resolved],
    claim: Claim | None = None,
) -> Resolved:
    if isinstance(operand, Literal):
        return _literal(operand, claim)
    if isinstance(operand, SourceRef):
        return resolved.get(
            operand.key(),
            Resolved(operand.describe(), problem="sources not configured", verdict=Verdict.UNVERIFIABLE),
        )
    claim = known.get(operand.id)
    if claim is not None:
        return Resolved(claim.stated_text(), quantity=claim.quantity, evidence={"id": claim.id})
    if operand.id in failed_ids:
        return Resolved(operand.written, problem=f"claim {operand.id} is invalid", verdict=Verdict.UNVERIFIABLE)
    return Resolved(operand.written, problem=f"no claim file for id {operand.id!r}", verdict=Verdict.INVALID)


def _literal(operand: Literal, claim: Claim | None) -> Resolved:
    """A bare number is read in the claim's unit as written (see `grammar.values.in_claim_unit`)."""
    if claim is None:
        return Resolved(operand.written, quantity=operand.quantity)
    written, quantity = in_claim_unit(operand.written, operand.quantity, claim.unit_text)
    return Resolved(written, quantity=quantity)


def _label_finding(claim: Claim) -> Finding:
    return Finding(
        "value", Verdict.SKIPPED, f"label: {claim.value_text} names something; it is not checked", claim.where("kind")
    )


def _target_due(claim: Claim, today: date) -> bool:
    return claim.period is not None and claim.period.has_ended(today)


def _pending_findings(claim: Claim) -> list[Finding]:
    if claim.period is None:
        why = "target with no period: it cannot be checked until a period says when it ends"
    else:
        why = f"target for {claim.period.text}: not checked until the period ends on {claim.period.end.isoformat()}"
    findings = [Finding(spec.kind, Verdict.PENDING, why, spec.position, index=spec.index) for spec in claim.checks]
    if claim.compare is not None:
        findings.append(Finding("compare", Verdict.PENDING, why, claim.compare.position))
    return findings or [Finding("value", Verdict.PENDING, why, claim.where("period"))]


def _sorted(findings: list[Finding]) -> list[Finding]:
    """The list itself, sorted in place: a copy per claim would double the findings' lists."""
    findings.sort(key=_finding_order)
    return findings


def _finding_order(finding: Finding) -> tuple:
    return (finding.position.line, finding.position.column, finding.check)
