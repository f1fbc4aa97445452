"""A source's observation (pinned, cached or just fetched) → the `Resolved` value a check reads.

The value enters the exact grammar here: the row's number, the source's `scale` and `unit`,
and the evidence (value, period, citation, url, when and how it was retrieved) reports show.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from factcheck.errors import ClaimError
from factcheck.grammar.exact import exact_number
from factcheck.grammar.refs import parse_scale
from factcheck.grammar.units import parse_unit
from factcheck.grammar.values import parse_quantity
from factcheck.interval import Interval
from factcheck.model import PURE, Quantity, Resolved, SourceRef, Verdict
from factcheck.sources.base import SHAPE_ERRORS, BadReference, Row, SourceConfig, SourceError
from factcheck.sources.pin import PinEntry


def resolved_from(
    ref: SourceRef, source: SourceConfig, entry: PinEntry, origin: str, history: Sequence[Row] = ()
) -> Resolved:
    """The Resolved value of a selected (or pinned) observation, in base units.

    `history` is the selected row's series over the periods the document holds (see
    `series_rows`), converted like the row itself for the report's chart; a pinned or cached
    observation has none (the pin keeps one row per reference).
    """
    row = entry.row
    evidence = _evidence(ref, source, entry, origin)
    if entry.problem is not None:
        return Resolved(ref.describe(), problem=entry.problem, verdict=Verdict.UNVERIFIABLE, evidence=evidence)
    try:
        members = {name: to_quantity(member, ref, source) for name, member in entry.members.items()}
        quantity = to_quantity(row, ref, source) if row is not None else None
    except (ClaimError, ValueError, ZeroDivisionError) as error:
        bad = row.value if row is not None else "a member's value"
        reason = error.reason if isinstance(error, ClaimError) else str(error)
        return Resolved(
            ref.describe(),
            problem=f"the source's value {bad!r} is unreadable: {reason}",
            verdict=Verdict.ERROR,
            evidence=evidence,
        )
    if quantity is None and members:
        # A rank `across` members without `self` has no single value; checks read `members`,
        # and the span of the members stands in so that the operand is not taken as missing.
        first, *rest = members.values()
        span = first.interval
        for member in rest:
            span = span.hull(member.interval)
        quantity = Quantity(span, first.unit)
    # A message reads like the document would: "123 − 83 = 40"; explanations name the source.
    written = row.value if row is not None and row.value is not None and not members else ref.describe()
    return Resolved(
        written,
        quantity=quantity,
        evidence=evidence,
        members=members or None,
        series=_series(history, ref, source) if quantity is not None and not members else None,
    )


def _series(history: Sequence[Row], ref: SourceRef, source: SourceConfig) -> dict[str, Quantity] | None:
    """{period: value in base units} of the rows that read; an unreadable one is skipped, not an error."""
    out: dict[str, Quantity] = {}
    for row in history:
        if row.period is None or row.value is None:
            continue
        try:
            out[row.period] = to_quantity(row, ref, source)
        except (ClaimError, *SHAPE_ERRORS):
            continue
    return out if len(out) > 1 else None


def to_quantity(row: Row, ref: SourceRef, source: SourceConfig) -> Quantity:
    """value × scale in base units; unit from the reference, else the source's own, else none."""

    unit_text = ref.unit or row.unit or source.unit
    scale = ref.scale or (parse_scale(row.scale) if row.scale else None) or source.scale or Fraction(1)
    if row.exact:
        factor, unit = (Fraction(1), PURE)
        if unit_text:
            factor, unit = parse_unit(unit_text)
        quantity = Quantity(Interval.point(exact_number(row.value, "the value") * factor), unit)
    else:
        quantity = parse_quantity(str(row.value), unit_text)
    return Quantity(quantity.interval.scale(scale), quantity.unit)


def _evidence(ref: SourceRef, source: SourceConfig, entry: PinEntry, origin: str) -> dict[str, Any]:
    row = entry.row
    evidence: dict[str, Any] = {
        "source": ref.source,
        "type": source.type,
        "series": ref.series,
        "where": dict(ref.where),
        "period": row.period if row is not None else ref.period,
        "asked": ref.describe(),
        "value": row.value if row is not None else None,
        "unit": ref.unit or (row.unit if row else None) or source.unit,
        "citation": source.citation.as_dict() if source.citation else {},
        "url": entry.url,
        "retrieved": entry.retrieved,
        "sha256": entry.sha256,
        "origin": origin,
    }
    if row is not None:
        evidence["observation"] = row.describe()
        if row.note:
            evidence["note"] = row.note
    scale = ref.scale or (row.scale if row is not None else None) or source.scale
    if scale is not None:
        evidence["scale"] = str(scale)
    if entry.members:
        evidence["members"] = {name: member.value for name, member in sorted(entry.members.items())}
        evidence["missing_members"] = list(entry.missing)
    return evidence


def failed(ref: SourceRef, source: SourceConfig, error: SourceError) -> Resolved:
    evidence = {
        "source": ref.source,
        "type": source.type,
        "series": ref.series,
        "where": dict(ref.where),
        "period": ref.period,
        "asked": ref.describe(),
        "url": error.url,
        "citation": source.citation.as_dict() if source.citation else {},
    }
    verdict = (
        Verdict.INVALID if isinstance(error, BadReference) else Verdict.ERROR
    )  # the claim's fault, not the source's
    return Resolved(ref.describe(), problem=str(error), verdict=verdict, evidence=evidence)


def merge_by_key(results: list[tuple[SourceRef, Resolved]]) -> dict[tuple, Resolved]:
    """One Resolved per SourceRef.key(): a plain reference's value with an `across` one's members."""
    out: dict[tuple, Resolved] = {}
    for ref, resolved in sorted(results, key=lambda pair: pair[0].across is not None):
        previous = out.get(ref.key())
        if previous is None:
            out[ref.key()] = resolved
        elif ref.across and resolved.members is not None:
            out[ref.key()] = Resolved(
                previous.written,
                quantity=previous.quantity,
                problem=previous.problem,
                verdict=previous.verdict,
                evidence=previous.evidence,
                members=resolved.members,
                series=previous.series,
            )
    return out
