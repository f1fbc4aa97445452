"""compare: the claim's value against the public statistic it rests on (see docs/sources.md).

```yaml
compare:
  source: worldbank             # a key of sources.yaml
  series: NY.GDP.MKTP.CD
  where: {country: JPN}
  period: "2019"                # defaults to the claim's period
  unit: USD                     # the source value's unit, when the source gives none
  tolerance: 1%                 # optional widening of the source value
```

The source's value (a point for JSON APIs, a rounding interval for a CSV "61%"), widened by
`tolerance`, must overlap the claim's interval, compared in the claim's unit; a source value
with no unit takes the claim's unit. The finding's `expected` is the source's interval in the
claim's unit (the widening shows in the explanation), `stated` the claim's.

Pass (`confirmed`): the claim says 5.08万亿 USD, the source publishes 5081769542379.77 for JPN
2019, which lies in [5.075e12, 5.085e12].
Fail (`contradicted`): the claim says 5.2万亿 USD; the message shows both and the miss.
`revised`: the same miss for a claim of kind `estimate` (a preliminary figure superseded by the
final one). `unverifiable`: the source has no value for the period. `error`: the source could
not be reached or answered something unreadable; never a pass. A source value in another
dimension than the claim's (USD against 家) is `contradicted`, naming both units.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.checks.arith import as_per, describe, express, suffix
from factcheck.checks.judge import miss_line
from factcheck.errors import ClaimError
from factcheck.grammar.values import parse_tolerance
from factcheck.model import Claim, Finding, Kind, Position, Quantity, Resolved, SourceRef, Verdict

ID = "compare"
SUMMARY = "The claim agrees with the public data source it names."


def evaluate_compare(claim: Claim, resolved: Resolved) -> Finding:
    """Judge the claim against its compare block's resolved source value."""
    ref = claim.compare
    assert ref is not None, "evaluate_compare needs a claim with a compare block"
    evidence = dict(resolved.evidence or {})
    stated = claim.quantity
    source_q = resolved.quantity
    if source_q is None:
        verdict = resolved.verdict if resolved.problem else Verdict.UNVERIFIABLE
        why = resolved.problem or "the source gave no single value"
        return _finding(ref, verdict, f"{_label(ref, evidence)}: {why}", claim, evidence, None, [])
    published = _published(evidence, source_q)
    source_q = as_per(source_q, stated.unit) or source_q  # per-capita income published in 元
    if not source_q.unit.is_pure and not stated.unit.is_pure and source_q.unit.dimension != stated.unit.dimension:
        message = (
            f"{_label(ref, evidence)} = {published}, stated {claim.stated_text()}: "
            f"stated in {_unit_name(stated)}, the source gives {_unit_name(source_q)}"
        )
        return _finding(
            ref,
            Verdict.CONTRADICTED,
            message,
            claim,
            evidence,
            None,
            [
                f"source: {published}",
                f"stated: {claim.stated_text()} → {stated.interval.format()}",
                "reason: different units cannot be compared",
            ],
        )
    expected = express(source_q, stated)
    if resolved.series:
        values = _series_values(resolved.series, stated)
        if values:
            evidence["series_values"] = values
    try:
        widened = _widen(expected, ref, claim)
    except ClaimError as error:
        return _finding(ref, Verdict.INVALID, f"compare tolerance: {error.reason}", claim, evidence, None, [])
    agrees = widened.interval.overlaps(stated.interval)
    verdict = (
        Verdict.CONFIRMED if agrees else (Verdict.REVISED if claim.kind is Kind.ESTIMATE else Verdict.CONTRADICTED)
    )
    message = f"{_label(ref, evidence)} = {published}, stated {claim.stated_text()}"
    if verdict is Verdict.REVISED:
        message += " (an estimate the source has since revised)"
    lines = [f"source: {published} → {expected.interval.format()}{_suffix(expected)}"]
    if ref.tolerance:
        lines.append(f"tolerance {ref.tolerance}: {widened.interval.format()}{_suffix(widened)}")
    lines.append(f"stated: {claim.stated_text()} → {stated.interval.format()}{_suffix(stated)}")
    lines.append(miss_line(widened, stated))
    return _finding(ref, verdict, message, claim, evidence, expected, lines)


def _series_values(series: Mapping[str, Quantity], stated: Quantity) -> list[list[Any]]:
    """[[period, midpoint], ...] in the claim's unit, for the report's chart of the source's history.

    Converted like the compared value (`arith.express`), so the chart's points and the claimed
    band share one axis. A point in another dimension, or one that cannot be a finite float,
    is left out: the chart is a picture of the evidence, never a second verdict.
    """
    out: list[list[Any]] = []
    for period, quantity in series.items():
        if not quantity.unit.is_pure and not stated.unit.is_pure and quantity.unit.dimension != stated.unit.dimension:
            continue
        try:
            middle = express(quantity, stated).interval.midpoint()
            value = float(middle) if middle is not None else None
        except (ArithmeticError, ValueError, TypeError):
            continue
        if value is not None and math.isfinite(value):
            out.append([period, value])
    return out


def _widen(expected: Quantity, ref: SourceRef, claim: Claim) -> Quantity:
    if not ref.tolerance:
        return expected
    absolute, relative = parse_tolerance(ref.tolerance, claim.quantity.unit)
    return Quantity(expected.interval.widen(absolute, relative), expected.unit)


def _label(ref: SourceRef, evidence: dict[str, Any]) -> str:
    where = ", ".join(f"{k}={v}" for k, v in ref.where)
    period = evidence.get("period", ref.period)  # None: the source publishes no period
    detail = "; ".join(part for part in (where, str(period) if period else "") if part)
    return f"{ref.source} {ref.series}" + (f" ({detail})" if detail else "")


def _published(evidence: dict[str, Any], source_q: Quantity) -> str:
    value = evidence.get("value")
    if value is None:
        return f"{source_q.interval.format()}{_suffix(source_q)}"
    text = str(value)
    if evidence.get("scale") not in (None, "1"):
        text += f" × {evidence['scale']}"
    suffix = _suffix(source_q)
    if suffix.strip() and text.endswith(suffix.strip()):  # published "62.4%": no second "%"
        return text
    return text + suffix


def _suffix(q: Quantity) -> str:
    return suffix(q.unit)


def _unit_name(q: Quantity) -> str:
    return describe(q.unit)


def _finding(
    ref: SourceRef,
    verdict: Verdict,
    message: str,
    claim: Claim,
    evidence: dict[str, Any],
    expected: Quantity | None,
    lines: list[str],
) -> Finding:
    citation = evidence.get("citation") or {}
    if citation:
        lines = lines + ["citation: " + ", ".join(f"{k}: {v}" for k, v in sorted(citation.items()))]
    if evidence.get("retrieved"):
        lines = lines + [f"retrieved {evidence['retrieved']} from {evidence.get('url')} ({evidence.get('origin')})"]
    return Finding(
        check=ID,
        verdict=verdict,
        message=message,
        position=ref.position,
        expected=None if expected is None else expected.interval,
        stated=claim.quantity.interval,
        explanation=tuple(lines),
        evidence=evidence,
    )


@dataclass(frozen=True)
class CompareSpec:
    """A claim's `compare` block as a spec, so it is judged through the same door as the checks."""

    ref: SourceRef
    kind: str = ID
    index: int | None = None

    @property
    def position(self) -> Position:
        return self.ref.position

    def operands(self) -> tuple[SourceRef, ...]:
        return (self.ref,)


def evaluate(spec: CompareSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    return evaluate_compare(claim, values[spec.ref])
