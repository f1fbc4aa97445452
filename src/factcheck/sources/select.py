"""Which published row a source reference asks for: `where`, `period`, `across` and `self`.

Done once for every adapter, so that the rules of docs/sources.md hold alike: a reference that matches
no row is `unverifiable` (NoMatch), one that matches several is an `error` naming them
(SourceError), and a `where` key that names no dimension is an error too (a typo must not
read as "no data"). Periods are compared in one spelling (2019M06 = 2019-06, 2019Q1 = 2019-Q1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.model import SourceRef
from factcheck.sources.base import Dim, NoMatch, Row, SourceError

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


def period_within(published: str, wanted: str | None) -> bool:
    """The published period is the one wanted, or a date inside it (2022-03-01 for 2022-03 or 2022-Q1).

    Many series date a month, quarter or year by its first (or last) day, as FRED does; such a
    date stands for the claim's coarser period. Several dates inside it are several matches.
    """
    key = period_key(published)
    if key == wanted or wanted is None or key is None:
        return key == wanted
    day = re.fullmatch(r"(\d{4})-(\d{2})-\d{2}", key)
    if day is None:
        return False
    year, month = day[1], int(day[2])
    return wanted in (year, f"{year}-{month:02d}", f"{year}-Q{(month + 2) // 3}", f"{year}-H{(month + 5) // 6}")


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


class RowIndex:
    """The rows of one batch, indexed once so that each reference's selection is cheap.

    A run may ask hundreds of cells of one JSON-stat or CSV document; scanning every row for
    each of them costs refs × rows. The index groups rows by series and, per `where` key on
    first use, maps each member code and name to the rows that carry it.
    """

    def __init__(self, rows: Iterable[Row]) -> None:
        # A row published twice, identical in every field (a server that answers the same page
        # for every `page=`), is one observation, not an ambiguity. CSV rows differ by line.
        self.rows = list(dict.fromkeys(rows))
        self._series: dict[str, list[int]] = {}
        for i, row in enumerate(self.rows):
            self._series.setdefault(row.series.casefold(), []).append(i)
        self._members: dict[tuple[str, str], dict[str, set[int]]] = {}

    def series(self, name: str) -> list[int]:
        return self._series.get(name.casefold(), [])

    def having(self, series: str, key: str, wanted: str) -> set[int]:
        """Rows of `series` whose dimension `key` (id or label) has member `wanted` (code or name)."""
        slot = (series.casefold(), key.casefold())
        if slot not in self._members:
            table: dict[str, set[int]] = {}
            for i in self.series(series):
                dim = self.rows[i].dim(key)
                if dim is not None:
                    for word in {*dim.codes, dim.name}:
                        table.setdefault(word.casefold(), set()).add(i)
            self._members[slot] = table
        return self._members[slot].get(wanted.strip().casefold(), set())


def select(ref: SourceRef, rows: Sequence[Row] | RowIndex) -> Selection:
    """Pick the rows of `ref`; NoMatch (unverifiable) or SourceError (ambiguous, bad key)."""
    index = rows if isinstance(rows, RowIndex) else RowIndex(rows)
    positions = index.series(ref.series)
    if not positions:
        raise NoMatch(f"the source has no series {ref.series!r}")
    sample = [index.rows[i] for i in positions[:200]]
    _check_dimensions(ref, sample)
    time_dims = {row.time_dim.casefold() for row in sample if row.time_dim}
    where_time = any(key.casefold() in time_dims for key, _ in ref.where)
    chosen = set(positions)
    for key, wanted in ref.where:
        chosen &= index.having(ref.series, key, wanted)
    matching = [index.rows[i] for i in sorted(chosen)]
    if ref.period is not None and not where_time:
        wanted_period = period_key(ref.period)
        # A row with period None comes from a source without any time dimension (an OECD
        # table of one survey): the period cannot disagree with it. A CSV blank period is "".
        matching = [row for row in matching if row.period is None or period_within(row.period, wanted_period)]
    if ref.across:
        return _across(ref, matching)
    if not matching:
        raise NoMatch(f"no observation of {ref.describe()} in the source")
    if len(matching) > 1:
        names = "; ".join(row.describe() for row in matching[:5])
        more = f" and {len(matching) - 5} more" if len(matching) > 5 else ""
        raise SourceError(
            f"{len(matching)} observations match {ref.describe()}: {names}{more}; add `where` or `period` to pick one"
        )
    row = matching[0]
    if row.value is None:
        raise NoMatch(f"the source publishes no value for {row.describe()}")
    return Selection(row=row)


SERIES_LIMIT = 60  # the most periods a report chart shows around the selected one


def series_rows(ref: SourceRef, index: RowIndex, picked: Row) -> list[Row]:
    """The picked row's neighbours in time: same series and `where`, other periods, sorted.

    Only for the report's chart: the document usually holds every period of the series (a
    CSV file, a JSON-stat cube, a World Bank date span), so the claim can be seen against its
    history at no extra request. A `where` key on the time dimension is dropped (it pins the
    period, not the series); a period with more than one row (a dimension the reference does
    not narrow) is left out rather than guessed, and so is a period of another frequency
    (2019 among 2019-06, 2019-07) or without a value. At most SERIES_LIMIT rows, the window
    around `picked`. Never raises: a missing chart never changes a verdict.
    """
    if picked.period is None:
        return [picked]
    time_dims = {
        row.time_dim.casefold() for row in (index.rows[i] for i in index.series(ref.series)[:200]) if row.time_dim
    }
    chosen = set(index.series(ref.series))
    for key, wanted in ref.where:
        if key.casefold() not in time_dims:
            chosen &= index.having(ref.series, key, wanted)
    shape = _shape(period_key(picked.period))
    by_period: dict[str, list[Row]] = {}
    for i in chosen:
        row = index.rows[i]
        canon = period_key(row.period)
        if canon is not None and row.value is not None and _shape(canon) == shape:
            by_period.setdefault(canon, []).append(row)
    by_period[period_key(picked.period) or ""] = [picked]
    ordered = [rows[0] for _, rows in sorted(by_period.items()) if len(rows) == 1]
    at = ordered.index(picked)
    start = max(0, min(at - SERIES_LIMIT // 2, len(ordered) - SERIES_LIMIT))
    return ordered[start : start + SERIES_LIMIT]


def _shape(key: str | None) -> str:
    """A period's form with its digits blanked: "2019" and "2019-06" differ, 2019 and 2020 do not."""
    return re.sub(r"\d", "9", key or "")


def _check_dimensions(ref: SourceRef, rows: Sequence[Row]) -> None:
    """A `where` or `across` key that names no dimension is a typo: an error, not no data."""
    known: dict[str, None] = {}
    for row in rows[:200]:
        for dim in row.dims:
            known.setdefault(dim.id)
    keys = [key for key, _ in ref.where] + ([ref.across] if ref.across else [])
    for key in keys:
        if not any(row.dim(key) for row in rows[:200]):
            raise SourceError(
                f"the source has no dimension {key!r} for {ref.series!r} (dimensions: {', '.join(known) or 'none'})"
            )


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
            raise SourceError(
                f"{len(group)} observations for member {member!r} of {ref.across!r}: {names}; "
                "add `where` or `period` to pick one"
            )
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
