"""One vocabulary for every stage: positions, verdicts, quantities, claims and findings.

The loader produces Claims, the checks and the source comparison produce Findings, and every
report renders the same Findings; no stage recomputes what another decided.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any, Mapping, Protocol, Sequence

from factcheck.interval import Interval


@dataclass(frozen=True, order=True, slots=True)
class Position:
    """A place in a file. `line` and `column` start at 1; columns count code points."""

    file: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class Verdict(str, enum.Enum):
    """What a finding concluded. Declared worst first: the order of docs/report.md."""

    INVALID = "invalid"
    ERROR = "error"
    FAIL = "fail"
    CONTRADICTED = "contradicted"
    MISQUOTED = "misquoted"
    UNCITED = "uncited"
    REVISED = "revised"
    UNVERIFIABLE = "unverifiable"
    PENDING = "pending"
    SKIPPED = "skipped"
    CONFIRMED = "confirmed"
    PASS = "pass"

    @property
    def severity(self) -> int:
        """Lower is worse; `worst()` picks the lowest."""
        return _SEVERITY[self]

    def __str__(self) -> str:
        return self.value


_SEVERITY = {verdict: rank for rank, verdict in enumerate(Verdict)}


def worst(verdicts: list[Verdict] | tuple[Verdict, ...], default: Verdict = Verdict.PASS) -> Verdict:
    """The worst verdict of a claim's findings; a claim with none passes (see docs/report.md)."""
    return min(verdicts, key=_SEVERITY.__getitem__, default=default)


class Kind(str, enum.Enum):
    FACT = "fact"
    ESTIMATE = "estimate"
    TARGET = "target"
    LABEL = "label"


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit after normalisation.

    `symbol` is canonical (`kW`, `CNY`, `%`, `pp`, `count`, or the written text for an unknown
    unit), `dimension` decides what may be added or compared, `factor` converts to the
    dimension's base unit (kW → W is 1000). `written` keeps what the author wrote, scale word
    removed. A unit with an empty dimension is a pure number.
    """

    symbol: str
    dimension: str
    factor: Fraction = Fraction(1)
    written: str = ""

    @property
    def is_pure(self) -> bool:
        return self.dimension == ""

    def label(self) -> str:
        """How a report names the unit: the author's word where there is one."""
        return self.written or self.symbol


#: A number with no unit: ranks, ordinals, ratios of like quantities.
PURE = Unit("", "", Fraction(1), "")


@dataclass(frozen=True, slots=True)
class Quantity:
    """An interval of true values in `unit` (scale words already applied)."""

    interval: Interval
    unit: Unit = PURE

    def to(self, unit: Unit) -> Quantity:
        """The same quantity expressed in another unit of the same dimension."""
        if unit.dimension != self.unit.dimension:
            raise ValueError(f"cannot convert {self.unit.label()} to {unit.label()}")
        if unit.factor == self.unit.factor:
            return Quantity(self.interval, unit)
        return Quantity(self.interval.scale(self.unit.factor / unit.factor), unit)


@dataclass(frozen=True, slots=True)
class Period:
    """A span of calendar days, both ends included; `text` is the canonical form."""

    text: str
    start: date
    end: date

    def has_ended(self, today: date) -> bool:
        return self.end < today

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Citation:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    document: str | None = None
    published: str | None = None
    accessed: str | None = None
    quote: str | None = None
    locator: str | None = None

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in self.__slots__)

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.__slots__ if getattr(self, name)}


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A pointer into public data (see docs/sources.md): a `compare` block or a check operand."""

    source: str
    series: str
    position: Position
    where: tuple[tuple[str, str], ...] = ()
    period: str | None = None
    scale: Fraction | None = None
    unit: str | None = None
    tolerance: str | None = None
    across: str | None = None
    self_member: str | None = None

    def key(self) -> tuple[Any, ...]:
        """What identifies the value asked for, ignoring where it was written.

        `scale` and `unit` are part of it: the same observation read with another scale is
        another value (the fetch is still shared: requests are deduplicated by URL). So are
        `across` and `self`: a rank among the members of another dimension, or with another
        member left out, is another set of members.
        """
        return (self.source, self.series, self.where, self.period, self.scale, self.unit, self.across, self.self_member)

    def describe(self) -> str:
        where = ", ".join(f"{k}={v}" for k, v in self.where)
        parts = [f"{self.source}:{self.series}"]
        if where:
            parts.append(f"[{where}]")
        if self.period:
            parts.append(f"@{self.period}")
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """An operand that names another claim by id (already resolved to an absolute id)."""

    id: str
    written: str
    position: Position


@dataclass(frozen=True, slots=True)
class Literal:
    """An operand written as a number, parsed like a value (`61.5`, "61.5%", "725万")."""

    written: str
    quantity: Quantity
    position: Position


Operand = ClaimRef | Literal | SourceRef


@dataclass(frozen=True, slots=True)
class Finding:
    """One conclusion about one claim: the record every report renders.

    `expected` is what a check computed or a source reported, `stated` the claim's own
    interval, both in the claim's unit. `explanation` holds the arithmetic, one line each,
    so that no reporter recomputes anything. `evidence` carries structured extras for
    reports (source value, period, citation, operands).
    """

    check: str
    verdict: Verdict
    message: str
    position: Position
    expected: Interval | None = None
    stated: Interval | None = None
    explanation: tuple[str, ...] = ()
    evidence: Mapping[str, Any] = field(default_factory=dict)
    index: int | None = None  # which item of `checks` produced it, when it came from one

    def key(self) -> tuple[str, str, int, int]:
        """A compact identity for tests: ("sum", "fail", 12, 5)."""
        return (self.check, self.verdict.value, self.position.line, self.position.column)


class CheckSpec(Protocol):
    """A parsed check item; each kind defines its own frozen dataclass."""

    kind: str
    position: Position
    index: int | None

    def operands(self) -> Sequence[Operand]: ...


@dataclass(frozen=True)
class Accept:
    """One `accept:` entry of a claim file: findings of `check` are known and accepted, because `reason`."""

    check: str
    reason: str
    position: Position


@dataclass(slots=True)
class Claim:
    """A claim file that loaded: parsed, validated and normalised."""

    id: str
    file: str  # as shown to users: relative to the working directory when possible
    text: str
    value_text: str
    quantity: Quantity
    kind: Kind
    position: Position  # the top of the file
    positions: Mapping[tuple[Any, ...], Position]  # key path -> position of its value
    subject: str | None = None
    period: Period | None = None
    citation: Citation | None = None
    checks: list[CheckSpec] = field(default_factory=list)  # parsed check specs
    compare: SourceRef | None = None
    qualifier: str | None = None
    rounded: bool | None = None
    tolerance: str | None = None
    unit_text: str | None = None
    per: str | None = None  # the unit word the value is per (人 of 人均…元), see grammar/per.py
    extras: Mapping[str, Any] = field(default_factory=dict)
    # SHA-256 of the file's bytes: the 32-byte digest when loaded (64 hex characters cost
    # 48 bytes more a claim); `content_hash_text()` is the hex text baselines record.
    content_hash: bytes | str = b""
    accepts: tuple[Accept, ...] = ()  # the file's `accept:` entries

    def where(self, *path: Any) -> Position:
        """The position of the value at `path`, or the nearest enclosing one."""
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.position

    def source_refs(self) -> list[SourceRef]:
        """Every source reference the claim asks for: its compare block, then its checks' operands."""
        refs = [] if self.compare is None else [self.compare]
        refs.extend(op for spec in self.checks for op in spec.operands() if isinstance(op, SourceRef))
        return refs

    def content_hash_text(self) -> str:
        """The content hash as hexadecimal text ("" when unknown)."""
        digest = self.content_hash
        return digest.hex() if isinstance(digest, bytes) else digest

    def stated_text(self) -> str:
        """The value as the document wrote it, with its unit: `725万千瓦`, `3.5 percent`, `$33.18`."""
        return with_unit(self.value_text, self.unit_text)


#: Currency signs written before the number: $33.18, €2m, US$1.2bn.
CURRENCY_SIGNS = ("$", "us$", "hk$", "c$", "a$", "€", "£", "¥", "￥")


def with_unit(value: str, unit: str | None) -> str:
    """A number and its unit as people write them, for every report.

    A currency sign goes before the number ($33.18, −$3), a unit that starts with a Latin
    letter after a space (3.5 percent, 1.6 million persons, 9 cents, 7.5 pp), anything else
    right after it (725万千瓦, 57.9%, 1793家). A value that already ends (or, for a currency
    sign, starts) with its unit is left as written.
    """
    value, unit = value.strip(), (unit or "").strip()
    if not unit or value.endswith(unit):
        return value
    if unit.lower() in CURRENCY_SIGNS:
        sign, number = (value[0], value[1:].lstrip()) if value[:1] in ("-", "−", "+") else ("", value)
        return value if number.lower().startswith(unit.lower()) else f"{sign}{unit}{number}"
    if unit[:1].isascii() and unit[:1].isalpha() and value:
        return f"{value} {unit}"
    return f"{value}{unit}"


@dataclass(slots=True)
class ClaimResult:
    """A claim (or the file that failed to load) with its findings, for the reports."""

    id: str
    file: str
    findings: list[Finding]
    claim: Claim | None = None
    # The checks that parsed in a file that failed to load: their ids are still looked up.
    checks: list[CheckSpec] = field(default_factory=list, repr=False, compare=False)

    @property
    def verdict(self) -> Verdict:
        return worst([finding.verdict for finding in self.findings])


@dataclass
class RunResult:
    """Everything a run concluded; every report format is a view of this."""

    claims: list[ClaimResult]
    notes: list[str] = field(default_factory=list)  # run-level remarks (offline misses, baseline)
    sources_used: list[dict[str, Any]] = field(default_factory=list)
    root: Path | None = None  # the claims repository root the run resolved

    def by_verdict(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for result in self.claims:
            counts[result.verdict.value] = counts.get(result.verdict.value, 0) + 1
        return {verdict.value: counts[verdict.value] for verdict in Verdict if verdict.value in counts}


@dataclass(frozen=True, slots=True)
class Resolved:
    """An operand's value as the pipeline found it.

    Exactly one of `quantity` and `problem` is set. `written` is the operand as the author
    wrote it (a claim's value text with unit, a literal, a source reference description), used
    in explanations; `verdict` is what a check should conclude when `problem` is set
    (`unverifiable` for a source without a value, `error` for a source that failed,
    `invalid` for a claim id that names no file). `evidence` carries source details
    (value, period, citation, url) for reports.
    """

    written: str
    quantity: Quantity | None = None
    problem: str | None = None
    verdict: Verdict = Verdict.UNVERIFIABLE
    evidence: Mapping[str, Any] | None = None
    # For a `rank ... among: {source...}` operand: every member's value of the series.
    members: Mapping[str, Quantity] | None = None
    # For a source reference: {period: value} of the same series and `where` over the periods
    # the document held, sorted by period, for the report's chart; None when not known (pin).
    series: Mapping[str, Quantity] | None = None
