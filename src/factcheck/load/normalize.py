"""The grammar pass of loading: a schema-valid mapping → a Claim with parsed fields.

`load` has already refused what the YAML reader and the schema refuse; here each field's own
grammar runs (value with unit, qualifier, tolerance and rounding; period; each check item;
the `compare` reference). Every field is tried even when another failed, so a file reports
all its problems at once; a field that already failed an earlier pass is left alone.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator, Mapping

from factcheck.checks.base import ParseContext
from factcheck.checks.registry import CHECKS, parse_check
from factcheck.errors import ClaimError, ValueParseError
from factcheck.grammar.per import read_per
from factcheck.grammar.periods import parse_period
from factcheck.grammar.refs import parse_source_ref
from factcheck.grammar.units import parse_unit
from factcheck.grammar.values import parse_qualifier, parse_quantity
from factcheck.model import Accept, Citation, Claim, Finding, Kind, Position, Verdict
from factcheck.yamlio.doc import YamlDoc, scalar_text


def build_claim(
    doc: YamlDoc, claim_id: str, display: str, findings: list[Finding], checks_out: list[Any] | None = None
) -> Claim | None:
    """The Claim of a loaded file, or None after adding its problems to `findings`.

    `checks_out` receives the check items that parsed, also when the file has other problems:
    the relation graph still reports an id in them that names no claim file.
    """
    return _Builder(doc, claim_id, display, findings, checks_out).build()


def invalid(check: str, position: Position, message: str, index: int | None = None) -> Finding:
    """An `invalid` finding; text quoted from the file cannot break its one line."""
    one_line = message.replace("\r", "\\r").replace("\n", "\\n")
    return Finding(check, Verdict.INVALID, one_line, position, index=index)


#: Paths and (line, column) pairs shared by every claim: claim files repeat the same few.
_SHARED: dict[Any, Any] = {}
#: A loaded claim keeps the positions of its schema's keys and values (`citation`, `citation.quote`,
#: `period`, ...): what findings cite after loading. Deeper nodes (check operands) were read into
#: their parsed specs, which carry their own positions.
KEPT_DEPTH = 2


class _NoExtras(Mapping[str, Any]):
    """The extras of a claim file without `x-` keys: one immutable empty mapping shared by all,
    pickled (in the loaded-claims cache) as a reference to `NO_EXTRAS`."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"

    def __reduce__(self) -> str:
        return "NO_EXTRAS"


NO_EXTRAS = _NoExtras()


#: Claim files written from one template have one layout: their kept positions are one dict.
_LAYOUTS: dict[tuple[Any, ...], dict[tuple[Any, ...], tuple[int, int]]] = {}
MAX_LAYOUTS = 10_000  # past this many distinct layouts, a claim keeps its own dict
MAX_SHARED = 100_000  # past this many distinct paths and pairs, a claim keeps its own


def _own(key: Any, value: Any) -> Any:
    return value


def _kept(positions: Mapping[tuple[Any, ...], tuple[int, int]]) -> Mapping[tuple[Any, ...], tuple[int, int]]:
    whole = tuple(positions.items())  # files of one template have the very same positions: one lookup
    layout = _WHOLE.get(whole)
    if layout is None:
        layout = _kept_layout(positions)
        if len(_WHOLE) < MAX_WHOLE:
            _WHOLE[whole] = layout
    return layout


#: The kept layout of each whole set of positions met so far; fewer than _LAYOUTS, as each
#: key holds every position of a file, deep ones too.
MAX_WHOLE = 1_000
_WHOLE: dict[tuple[Any, ...], dict[tuple[Any, ...], tuple[int, int]]] = {}


def _kept_layout(positions: Mapping[tuple[Any, ...], tuple[int, int]]) -> dict[tuple[Any, ...], tuple[int, int]]:
    shared = _SHARED.setdefault if len(_SHARED) < MAX_SHARED else _own
    items = tuple(
        (shared(path, path), shared(where, where)) for path, where in positions.items() if len(path) <= KEPT_DEPTH
    )
    layout = _LAYOUTS.get(items)
    if layout is None:
        layout = dict(items)
        if len(_LAYOUTS) < MAX_LAYOUTS:
            _LAYOUTS[items] = layout
    return layout


class PositionMap(Mapping):
    """Positions of a file's values by path, made into Position objects only when asked for."""

    __slots__ = ("file", "_values", "_keys")

    def __init__(self, file: str, doc: YamlDoc) -> None:
        self.file, self._values, self._keys = file, doc.positions, doc.key_positions

    def __getstate__(self) -> tuple[Any, ...]:
        return (self.file, self._values, self._keys)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.file, self._values, self._keys = state

    def compact(self) -> PositionMap:
        """The positions a loaded claim keeps (see KEPT_DEPTH), sharing paths with other claims."""
        kept = PositionMap.__new__(PositionMap)
        kept.file, kept._values, kept._keys = self.file, _kept(self._values), _kept(self._keys)
        return kept

    def __getitem__(self, path: tuple[Any, ...]) -> Position:
        return Position(self.file, *self._values[path])

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def key(self, path: tuple[Any, ...]) -> Position | None:
        """Where the key of `path` is written (the value's position is `self[path]`)."""
        found = self._keys.get(tuple(path))
        return None if found is None else Position(self.file, *found)


def _unit_problem(unit: str) -> bool:
    """Whether the unit alone cannot be read (too long): then the unit, not the value, is at fault."""

    try:
        parse_unit(unit)
    except ValueParseError:
        return True
    return False


class _Builder:
    """The grammar pass: value, period, kind, citation, checks and compare of a valid mapping."""

    def __init__(
        self, doc: YamlDoc, claim_id: str, display: str, findings: list[Finding], checks_out: list[Any] | None = None
    ) -> None:
        self.doc, self.data, self.id, self.file, self.findings = doc, doc.data, claim_id, display, findings
        self.positions = PositionMap(display, doc)
        self._texts: dict[str, str | None] = {}
        self.checks_out = checks_out

    def locate(self, *path: Any) -> Position:
        while path:
            if path in self.doc.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions[()] if () in self.doc.positions else Position(self.file)

    def usable(self, key: str) -> bool:
        return self.data.get(key) is not None and (key,) not in self.doc.problem_paths

    def reported_under(self, *prefix: Any) -> bool:
        """Whether the YAML reader already reported a problem inside `prefix` (an alias, a tag)."""
        size = len(prefix)
        return any(path[:size] == prefix for path in self.doc.problem_paths)

    def text(self, key: str) -> str | None:
        """The text of a usable top-level field; each is asked for several times, read once."""
        texts = self._texts
        if key not in texts:
            texts[key] = scalar_text(self.data[key]) if self.usable(key) else None
        return texts[key]

    def build(self) -> Claim | None:
        period = self._period()
        period_text = period.text if period else self.text("period")
        quantity, per = self._per(self._quantity())
        checks = self._checks(period_text)
        if self.checks_out is not None:
            self.checks_out.extend(checks)
        compare = self._compare(period_text)
        if quantity is None and not self.findings:  # the schema pass let a bad value through
            self.findings.append(invalid("value", self.locate("value"), "the value could not be read"))
        if self.findings or quantity is None:
            return None
        return Claim(
            id=self.id,
            file=self.file,
            text=self.text("claim") or "",
            value_text=self.text("value") or "",
            quantity=quantity,
            kind=Kind(self.text("kind") or "fact"),
            position=Position(self.file),
            positions=self.positions.compact(),
            subject=self.text("subject"),
            period=period,
            citation=self._citation(),
            checks=checks,
            compare=compare,
            qualifier=self.text("qualifier"),
            rounded=self.data.get("rounded"),
            tolerance=self.text("tolerance"),
            unit_text=self.text("unit") or None,
            per=per,
            extras=self._extras(),
            content_hash=bytes.fromhex(self.doc.content_hash),
            accepts=self._accepts(),
        )

    def _quantity(self) -> Any:
        if not self.usable("value") or any(
            (key,) in self.doc.problem_paths for key in ("unit", "qualifier", "tolerance", "rounded")
        ):
            return None
        value, unit, qualifier = self.text("value"), self.text("unit"), self.text("qualifier")
        bad_qualifier = False
        if qualifier is not None:
            try:
                parse_qualifier(qualifier)
            except ValueParseError as error:
                self.findings.append(
                    invalid("value", self.locate("qualifier"), f"cannot read qualifier `{qualifier}`: {error.reason}")
                )
                bad_qualifier, qualifier = True, None  # still read the value: its problems are reported too
        try:
            quantity = parse_quantity(
                value,
                unit or None,
                qualifier=qualifier,
                tolerance=self.text("tolerance"),
                rounded=self.data.get("rounded"),
            )
            return None if bad_qualifier else quantity
        except ValueParseError as error:
            if unit and _unit_problem(unit):
                self.findings.append(
                    invalid("value", self.locate("unit"), f"cannot read unit `{unit}`: {error.reason}")
                )
                return None
            tolerance = self.text("tolerance")
            if tolerance is not None and self._reads_without_tolerance(value, unit, qualifier):
                self.findings.append(
                    invalid("value", self.locate("tolerance"), f"cannot read tolerance `{tolerance}`: {error.reason}")
                )
                return None
            written = f"{value} {unit}" if unit else value
            self.findings.append(
                invalid("value", self.locate("value"), f"cannot read value `{written}`: {error.reason}")
            )
            return None

    def _per(self, quantity: Any) -> tuple[Any, str | None]:
        """The quantity per unit where the claim says so (`per:`, 人均, per capita): grammar/per.py."""
        if quantity is None or ("per",) in self.doc.problem_paths:
            return quantity, None
        texts = (self.text("subject"), self.text("claim"))
        try:
            return read_per(quantity, self.text("per"), texts, self.text("value") or "")
        except ValueParseError as error:
            self.findings.append(invalid("value", self.locate("per"), error.reason))
            return None, None

    def _reads_without_tolerance(self, value: Any, unit: Any, qualifier: Any) -> bool:
        """Whether the value reads once the tolerance is left out: then the tolerance is at fault."""

        try:
            parse_quantity(value, unit or None, qualifier=qualifier, rounded=self.data.get("rounded"))
        except ValueParseError:
            return False
        return True

    def _period(self) -> Any:
        text = self.text("period")
        if text is None:
            return None
        try:
            return parse_period(text)
        except ValueParseError as error:
            self.findings.append(
                invalid("value", self.locate("period"), f"cannot read period `{text}`: {error.reason}")
            )
            return None

    def _accepts(self) -> tuple[Accept, ...]:
        """The `accept:` entries (the schema pass has checked their shape)."""
        items = self.data.get("accept") if self.usable("accept") else None
        return tuple(
            Accept(scalar_text(item["check"]), scalar_text(item["reason"]), self.locate("accept", index, "check"))
            for index, item in enumerate(items or ())
            if isinstance(item, dict)
        )

    def _extras(self) -> Mapping[str, Any]:
        """The file's `x-` keys; most files have none and share one empty mapping (64 bytes a claim)."""
        extras = {key: value for key, value in self.data.items() if str(key).startswith("x-")}
        return extras or NO_EXTRAS

    def _citation(self) -> Citation | None:
        raw = self.data.get("citation")
        if not isinstance(raw, dict):
            return None
        return Citation(**{key: scalar_text(value) for key, value in raw.items() if value is not None})

    def _checks(self, period: str | None) -> list[Any]:
        items = self.data.get("checks") if self.usable("checks") else None
        if not items:
            return []

        specs = []
        for index, item in enumerate(items):
            if self.reported_under("checks", index):
                continue
            locate: Callable[..., Position] = lambda *path, index=index: self.locate("checks", index, *path)
            try:
                specs.append(parse_check(item, ParseContext(self.id, locate, index, period)))
            except ClaimError as error:
                check = _check_name(item)
                self.findings.append(invalid(check, error.position or locate(), error.reason, index))
        return specs

    def _compare(self, period: str | None) -> Any:
        if not self.usable("compare") or self.reported_under("compare"):
            return None
        try:
            ref = parse_source_ref(
                self.data["compare"],
                lambda *path: self.locate("compare", *path),
                period,
                locate_key=lambda *path: self.positions.key(("compare", *path)),
            )
            if ref.across is not None or ref.self_member is not None:
                key = "across" if ref.across is not None else "self"
                raise ClaimError(
                    f"`{key}` belongs in a rank's `among:` reference; a compare block names one observation",
                    self.positions.key(("compare", key)),
                )
            return ref
        except ClaimError as error:
            self.findings.append(invalid("compare", error.position or self.locate("compare"), error.reason))
            return None


def _check_name(item: object) -> str:
    """A broken check is reported under its kind's name when that much is readable."""

    if isinstance(item, dict) and len(item) == 1:
        (key,) = item
        if key in CHECKS:
            return str(key)
    return "schema"
