"""From computed quantity to Finding: verdict, message and the arithmetic explained.

Every arithmetic check kind computes one Quantity from its operands and hands it here, so
all of them read alike: "38 + 320 + 1435 = 1793, stated 1794", with one explanation line per
operand (as written → its interval), the computed and stated intervals, and the miss.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable, Iterator, Mapping, Sequence

from factcheck.checks import arith
from factcheck.checks.operands import lookup, name_of
from factcheck.errors import ClaimError
from factcheck.grammar.units import is_count, parse_unit, scale_of_word
from factcheck.interval import EmptyDenominator, format_number
from factcheck.model import Claim, Finding, Operand, Quantity, Resolved, Verdict, with_unit, worst

_TRAILING_WORD = re.compile(r"([^\d\s.,%+\-−~～至]+)\s*$")


@dataclass(frozen=True)
class Term:
    """One operand with its resolved value, as the explanation shows it."""

    operand: Operand
    resolved: Resolved

    @property
    def shown(self) -> str:
        """As written; a negative operand in parentheses, with a minus sign: (−85万)."""
        text = shown_text(self.resolved)
        if text[:1] in ("-", "−"):
            return f"(−{text[1:].lstrip()})"
        return text


def terms(values: Mapping[Any, Resolved], operands: Sequence[Operand]) -> list[Term]:
    return [Term(operand, lookup(values, operand)) for operand in operands]


def shown_text(resolved: Resolved) -> str:
    """An operand as written; a count's unit word is dropped ("38家" → "38") as documents do."""
    written = resolved.written
    q = resolved.quantity
    if q is not None and is_count(q.unit):
        word = q.unit.label()
        if word and written.endswith(word) and len(written) > len(word):
            return written[: -len(word)]
    return written


_QUALIFIED = {
    "about": "about {}",
    "at-least": "at least {}",
    "more-than": "more than {}",
    "at-most": "at most {}",
    "less-than": "less than {}",
    "nearly": "nearly {}",
    "odd": "{}-odd",
}


def stated_shown(claim: Claim) -> str:
    """The claim's value as a message shows it: "1794", "7.5个百分点", "more than 358"."""
    if is_count(claim.quantity.unit):
        text = claim.value_text
    else:
        text = claim.stated_text()
    return _QUALIFIED.get(claim.qualifier or "", "{}").format(text)


def claim_scale(claim: Claim) -> tuple[Fraction, str]:
    """The scale word the claim was written with (725万千瓦 → 1e4, "万"), to show results alike."""
    match = _TRAILING_WORD.search(claim.value_text)
    for text in (match.group(1) if match else None, claim.unit_text):
        found = _scale_word(text.strip()) if text else None
        if found is not None:
            return found
    return Fraction(1), ""


def _scale_word(text: str) -> tuple[Fraction, str] | None:
    """ "万" → (1e4, "万"); "万千瓦" → (1e4, "万"); "million" → (1e6, " million")."""

    factor = scale_of_word(text)
    word = text
    if factor is None:
        try:
            factor, unit = parse_unit(text)
        except ClaimError:
            return None
        if factor == 1 or not unit.written or not text.endswith(unit.written):
            return None
        word = text[: -len(unit.written)].strip()
    return factor, f" {word}" if word.isascii() and word.isalpha() and len(word) > 2 else word


def show(q: Quantity, claim: Claim | None = None) -> str:
    """A computed quantity for a message: in the claim's scale word and unit where it has one."""
    factor, word = (Fraction(1), "")
    if claim is not None and q.unit == claim.quantity.unit:
        factor, word = claim_scale(claim)
    interval = q.interval.scale(1 / factor) if factor != 1 else q.interval
    unit = q.unit
    if unit.is_pure or is_count(unit):
        label = ""
    elif arith.is_percent(unit):
        label = "%"
    else:
        label = unit.label()
    return with_unit(f"{interval.format()}{word}", label)


def explain_interval(q: Quantity) -> str:
    return f"{q.interval.format()}{arith.suffix(q.unit)}"


# -- findings -----------------------------------------------------------------------------
Render = Callable[[str, str], str]


def default_render(expression: str) -> Render:
    return lambda computed, stated: f"{expression} = {computed}, stated {stated}"


def problem_finding(spec: Any, claim: Claim, items: Sequence[Term], members_ok: bool = False) -> Finding | None:
    """When an operand has no value, the check concludes what that operand's problem says.

    `members_ok`: a rank's `among` source needs only its members, not a single value.
    """
    broken = [term for term in items if term.resolved.quantity is None and not (members_ok and term.resolved.members)]
    if not broken:
        return None
    verdict = worst([term.resolved.verdict for term in broken])
    reasons = "; ".join(f"{term.shown}: {term.resolved.problem or 'no value'}" for term in broken)
    return Finding(
        spec.kind,
        verdict,
        f"cannot check: {reasons}",
        spec.position,
        stated=claim.quantity.interval,
        explanation=operand_lines(items),
        evidence=evidence(items),
        index=spec.index,
    )


def evaluate_arithmetic(
    spec: Any, claim: Claim, items: Sequence[Term], compute: Callable[[list[Quantity]], Quantity], render: Render
) -> Finding:
    """Resolve, compute, compare: the whole of an arithmetic check's `evaluate()`."""
    problem = problem_finding(spec, claim, items)
    if problem is not None:
        return problem
    quantities = [term.resolved.quantity for term in items]
    try:
        computed = compute(quantities)  # type: ignore[arg-type]
    except EmptyDenominator as error:
        return _finding(spec, claim, items, Verdict.UNVERIFIABLE, f"cannot divide: {error}", None)
    except arith.UnitMismatch as error:
        return _finding(spec, claim, items, Verdict.FAIL, f"{render('?', stated_shown(claim))}: {error}", None)
    return judge(spec, claim, items, computed, render)


def judge(spec: Any, claim: Claim, items: Sequence[Term], computed: Quantity, render: Render) -> Finding:
    """Compare a computed quantity with the claim's own value."""
    stated = claim.quantity
    try:
        expected = arith.express(computed, stated)
    except arith.UnitMismatch as error:
        message = f"{render(show(computed), stated_shown(claim))}: {error}"
        return _finding(spec, claim, items, Verdict.FAIL, message, computed, mismatch=True)
    verdict = Verdict.PASS if expected.interval.overlaps(stated.interval) else Verdict.FAIL
    message = render(show(expected, claim), stated_shown(claim))
    return _finding(spec, claim, items, verdict, message, expected)


def _finding(
    spec: Any,
    claim: Claim,
    items: Sequence[Term],
    verdict: Verdict,
    message: str,
    computed: Quantity | None,
    mismatch: bool = False,
) -> Finding:
    lines = operand_lines(items)
    stated = claim.quantity
    if computed is not None:
        lines.append(f"computed: {explain_interval(computed)}")
    lines.append(f"stated: {claim.stated_text()} → {explain_interval(stated)}")
    if computed is not None and not mismatch:
        lines.append(miss_line(computed, stated))
    if mismatch or computed is None:
        lines.append(f"reason: {message.split(': ', 1)[-1]}")
    return Finding(
        check=spec.kind,
        verdict=verdict,
        message=message,
        position=spec.position,
        expected=None if computed is None or mismatch else computed.interval,
        stated=stated.interval,
        explanation=tuple(lines),
        evidence=evidence(items),
        index=spec.index,
    )


def operand_lines(items: Sequence[Term]) -> list[str]:
    lines = []
    for term in items:
        q = term.resolved.quantity
        if q is not None:
            value = explain_interval(q)
        elif term.resolved.members:
            value = f"{len(term.resolved.members)} members"
        else:
            value = f"no value ({term.resolved.problem or 'unknown'})"
        name = name_of(term.operand)
        written = term.resolved.written
        head = written if name in ("number", written) else f"{name} = {written}"
        lines.append(f"{head} → {value}")
    return lines


def miss_line(computed: Quantity, stated: Quantity) -> str:
    """How far apart the computed and stated intervals are, absolute and relative."""
    if computed.interval.overlaps(stated.interval):
        common = computed.interval.intersection(stated.interval)
        return f"overlap: {common.format()}{arith.suffix(stated.unit)} (no miss)"
    gap = computed.interval.gap(stated.interval)
    base = stated.interval.midpoint()
    relative = "" if not base else f" ({format_number(gap / abs(base) * 100, 3)}% of the stated value)"
    if gap == 0:
        return "miss: the intervals touch at an open end, which neither includes"
    return f"miss: {format_number(gap)}{arith.suffix(stated.unit)}{relative}"


def evidence(items: Sequence[Term]) -> Mapping[str, Any]:
    return OperandEvidence(items)


class OperandEvidence(Mapping[str, Any]):
    """`{"operands": [{"operand", "written", "interval", "unit"} or {..., "problem"}, ...]}`,
    made when a report reads it.

    A finding keeps only a flat tuple of what the records need (name, written, quantity,
    problem per operand: strings and quantities the claims already hold), not the records
    themselves: at 100,000 claims the records were ~25 MB of the peak.
    """

    __slots__ = ("_flat",)

    def __init__(self, items: Sequence[Term]) -> None:
        flat: list[Any] = []
        for term in items:
            resolved = term.resolved
            flat += (name_of(term.operand), resolved.written, resolved.quantity, resolved.problem)
        self._flat = tuple(flat)

    def __getitem__(self, key: str) -> Any:
        if key != "operands":
            raise KeyError(key)
        flat = self._flat
        return [_operand_record(*flat[i : i + 4]) for i in range(0, len(flat), 4)]

    def __iter__(self) -> Iterator[str]:
        return iter(("operands",))

    def __len__(self) -> int:
        return 1

    def __repr__(self) -> str:
        return repr(dict(self))


def _operand_record(name: str, written: str, q: Quantity | None, problem: str | None) -> dict[str, Any]:
    record: dict[str, Any] = {"operand": name, "written": written}
    if q is not None:
        record["interval"] = q.interval.to_json()
        record["unit"] = q.unit.symbol
    else:
        record["problem"] = problem
    return record
