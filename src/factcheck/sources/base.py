"""What every source adapter shares: requests, rows, errors and the one way to pick a row.

An adapter is a module with `TYPE`, `DEFAULT_URL`, `OPTIONS`, and three pure functions:
`requests(refs, source)` groups references into batches of HTTP requests, `follow(request,
doc)` names further pages, and `rows(doc, request, source)` turns a decoded body into `Row`s.
Selecting the row a reference asks for (`where`, `period`, `across`) is done once, here, so
that "no match is unverifiable, several matches are an error" holds for every source alike.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Iterable, Mapping, Sequence

from factcheck.model import SourceRef


class SourceError(Exception):
    """A source that could not be reached or answered something unreadable: verdict `error`."""

    def __init__(self, reason: str, url: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url

    def __str__(self) -> str:
        return f"{self.reason} ({self.url})" if self.url else self.reason


class NoMatch(Exception):
    """The source has no value for the reference: verdict `unverifiable`."""


@dataclass(frozen=True)
class Request:
    """One HTTP GET (or local file read, `url` = `file:` path). Never holds a secret."""

    url: str
    params: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    method: str = "GET"
    series: str = field(default="", compare=False)  # the reference series a document stands for

    def key(self) -> str:
        """Cache key: sha256 of method, URL and sorted parameters."""
        text = json.dumps([self.method, self.url, sorted(self.params)], ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()

    def display(self) -> str:
        if not self.params:
            return self.url
        from urllib.parse import urlencode

        return f"{self.url}?{urlencode(self.params, safe=':;,/')}"

    @property
    def is_local(self) -> bool:
        return self.url.startswith("file:")


@dataclass(frozen=True)
class Response:
    """A body as received (or read back from the cache or a local file), with its provenance."""

    request: Request
    body: bytes
    retrieved: str  # ISO 8601 UTC
    sha256: str
    origin: str  # network, cache, file
    content_type: str = ""


@dataclass(frozen=True)
class Batch:
    """Requests whose documents together hold the rows of `refs` (pages follow later)."""

    requests: tuple[Request, ...]
    refs: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Dim:
    """A dimension value of a row: the dimension's id and label, the member's codes and name."""

    id: str
    label: str
    codes: tuple[str, ...]
    name: str = ""

    def member(self) -> str:
        return self.codes[0] if self.codes else self.name


@dataclass(frozen=True)
class Row:
    """One published observation. `value` is the text as published, None when missing.

    `exact` is True for JSON APIs (a published number is a point); a CSV value is parsed
    with the value grammar and keeps its rounding interval.
    """

    series: str
    period: str | None
    value: str | None
    dims: tuple[Dim, ...] = ()
    unit: str | None = None
    scale: str | None = None
    exact: bool = True
    note: str | None = None  # status flag, CSV line, ...
    time_dim: str | None = None  # the dimension that carries `period`, when it is one of `dims`

    def dim(self, key: str) -> Dim | None:
        folded = key.casefold()
        for dim in self.dims:
            if dim.id.casefold() == folded or dim.label.casefold() == folded:
                return dim
        return None

    def describe(self) -> str:
        dims = ", ".join(f"{d.id}={d.member()}" for d in self.dims)
        period = f" @{self.period}" if self.period else ""
        return f"{self.series}[{dims}]{period}" if dims else f"{self.series}{period}"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"series": self.series, "period": self.period, "value": self.value,
                                "exact": self.exact,
                                "dims": [[d.id, d.label, list(d.codes), d.name] for d in self.dims]}
        for name in ("unit", "scale", "note", "time_dim"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Row:
        dims = tuple(Dim(str(i), str(label), tuple(map(str, codes)), str(name))
                     for i, label, codes, name in data.get("dims", []))
        return cls(series=str(data["series"]), period=data.get("period"), value=data.get("value"),
                   dims=dims, unit=data.get("unit"), scale=data.get("scale"),
                   exact=bool(data.get("exact", True)), note=data.get("note"), time_dim=data.get("time_dim"))


Option = Callable[[Any], Any]  # validates one option value; raises ValueError(reason)


def text_option(raw: Any) -> str:
    if not isinstance(raw, (str, int, float)) or isinstance(raw, bool) or raw == "":
        raise ValueError("must be text")
    return str(raw)


def bool_option(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise ValueError("must be true or false")
    return raw


def int_option(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or raw <= 0:
        raise ValueError("must be a positive whole number")
    return raw


def mapping_option(raw: Any) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise ValueError("must be a mapping of name: text")
    out = {}
    for key, value in raw.items():
        if isinstance(value, (Mapping, list)) or value is None:
            raise ValueError(f"`{key}` must be text")
        out[str(key)] = str(value).lower() if isinstance(value, bool) else str(value)
    return out


def load_json(body: bytes, what: str) -> Any:
    """Decode a JSON body exactly (numbers as Decimal); refuse HTML and broken JSON."""
    text = body.decode("utf-8-sig", errors="replace").lstrip()
    if text[:1] == "<":
        raise SourceError(f"{what} answered HTML or XML, not JSON: {_snippet(text)}")
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise SourceError(f"{what} answered unreadable JSON ({error.msg} at char {error.pos})") from None


def _snippet(text: str) -> str:
    plain = re.sub(r"<[^>]*>", " ", text)
    plain = " ".join(plain.split())
    return repr(plain[:80])


def number_text(value: Any) -> str | None:
    """A published number as exact text; None for null, "NA", "" and NaN."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return str(value) if value.is_finite() else None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return None if value != value else repr(value)
    text = str(value).strip()
    if text.upper() in ("", "NA", "NAN", "N/A", "NULL"):
        return None
    try:
        Decimal(text)
    except ArithmeticError:
        raise SourceError(f"a published value {text!r} is not a number") from None
    return text


_PERIOD_FORMS = [
    (re.compile(r"^(\d{4})-?M(\d{1,2})$"), lambda m: f"{m[1]}-{int(m[2]):02d}"),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), lambda m: f"{m[1]}-{int(m[2]):02d}"),
    (re.compile(r"^(\d{4})[- ]?Q([1-4])$"), lambda m: f"{m[1]}-Q{m[2]}"),
    (re.compile(r"^(\d{4})[- ]?[HS]([12])$"), lambda m: f"{m[1]}-H{m[2]}"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$"), lambda m: f"{m[1]}-{m[2]}-{m[3]}"),
    (re.compile(r"^(\d{4})(?:-A1?|A)?$"), lambda m: m[1]),
]


def period_key(text: str | None) -> str | None:
    """One spelling for the period forms that APIs publish: 2019M06 and 2019-06 are equal."""
    if text is None:
        return None
    raw = str(text).strip().upper()
    for pattern, canon in _PERIOD_FORMS:
        match = pattern.match(raw)
        if match:
            return canon(match)
    return raw


def years_of(periods: Iterable[str | None]) -> tuple[int, int] | None:
    """The years that a set of periods spans, when every one of them names its year."""
    years = []
    for period in periods:
        match = re.match(r"^(\d{4})", period or "")
        if not match:
            return None
        years.append(int(match[1]))
        tail = re.search(r"/(\d{4})", period or "")
        if tail:
            years.append(int(tail[1]))
    return (min(years), max(years)) if years else None


@dataclass
class Selection:
    """What a reference picked: one row, or for `across` one row per member."""

    row: Row | None = None
    members: dict[str, Row] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # across members with no value


def member_matches(dim: Dim, wanted: str) -> bool:
    folded = wanted.strip().casefold()
    return any(code.casefold() == folded for code in dim.codes) or dim.name.casefold() == folded


def select(ref: SourceRef, rows: Sequence[Row]) -> Selection:
    """Pick the rows of `ref`; NoMatch (unverifiable) or SourceError (ambiguous, bad key)."""
    candidates = [row for row in rows if _same_series(row.series, ref.series)]
    if not candidates:
        raise NoMatch(f"the source has no series {ref.series!r}")
    _check_dimensions(ref, candidates)
    time_dims = {row.time_dim.casefold() for row in candidates[:200] if row.time_dim}
    where_time = any(key.casefold() in time_dims for key, _ in ref.where)
    matching = [row for row in candidates if _where_ok(row, ref.where)]
    if ref.period is not None and not where_time:
        wanted = period_key(ref.period)
        matching = [row for row in matching if row.period is None or period_key(row.period) == wanted]
    if ref.across:
        return _across(ref, matching)
    if not matching:
        raise NoMatch(f"no observation of {ref.describe()} in the source")
    if len(matching) > 1:
        names = "; ".join(row.describe() for row in matching[:5])
        more = f" and {len(matching) - 5} more" if len(matching) > 5 else ""
        raise SourceError(f"{len(matching)} observations match {ref.describe()}: {names}{more}; "
                          "add `where` or `period` to pick one")
    row = matching[0]
    if row.value is None:
        raise NoMatch(f"the source publishes no value for {row.describe()}")
    return Selection(row=row)


def _same_series(published: str, wanted: str) -> bool:
    return published == wanted or published.casefold() == wanted.casefold()


def _where_ok(row: Row, where: Sequence[tuple[str, str]]) -> bool:
    for key, wanted in where:
        dim = row.dim(key)
        if dim is None or not member_matches(dim, wanted):
            return False
    return True


def _check_dimensions(ref: SourceRef, rows: Sequence[Row]) -> None:
    """A `where` or `across` key that names no dimension is a typo: an error, not no data."""
    known: dict[str, None] = {}
    for row in rows[:200]:
        for dim in row.dims:
            known.setdefault(dim.id)
    keys = [key for key, _ in ref.where] + ([ref.across] if ref.across else [])
    for key in keys:
        if not any(row.dim(key) for row in rows[:200]):
            raise SourceError(f"the source has no dimension {key!r} for {ref.series!r} "
                              f"(dimensions: {', '.join(known) or 'none'})")


def _across(ref: SourceRef, rows: Sequence[Row]) -> Selection:
    selection = Selection()
    by_member: dict[str, list[Row]] = {}
    for row in rows:
        dim = row.dim(ref.across or "")
        if dim is not None:
            by_member.setdefault(dim.member(), []).append(row)
    if not by_member:
        raise NoMatch(f"no members of {ref.across!r} for {ref.describe()} in the source")
    own = _own_member(ref, by_member)
    for member, group in sorted(by_member.items()):
        if len(group) > 1:
            names = "; ".join(row.describe() for row in group[:3])
            raise SourceError(f"{len(group)} observations for member {member!r} of {ref.across!r}: {names}; "
                              "add `where` or `period` to pick one")
        # The member the claim is about is keyed as the author wrote `self`, so that the
        # rank check can leave it out by name.
        name = ref.self_member if member == own and ref.self_member is not None else member
        if group[0].value is None:
            selection.missing.append(name)
        else:
            selection.members[name] = group[0]
    if not selection.members:
        raise NoMatch(f"the source publishes no value for any member of {ref.across!r} in {ref.describe()}")
    if ref.self_member is not None and ref.self_member in selection.members:
        selection.row = selection.members[ref.self_member]
    return selection


def _own_member(ref: SourceRef, by_member: Mapping[str, list[Row]]) -> str | None:
    if ref.self_member is None:
        return None
    for member, group in by_member.items():
        dim = group[0].dim(ref.across or "")
        if dim is not None and member_matches(dim, ref.self_member):
            return member
    return None
