"""Table headers whose cells span the columns under them, as web pages copied with " | " write them.

- A header row naming one unit with its scale and the periods of the columns ("National accounts |
  Dollars-million | A | 2024 | 2023"): every cell under it is in that unit, the k columns of figures
  take the k periods in order (the label column none).
- A row of groups over a row of sub-columns ("Item | Weight | Index | % change" over "percent | Jan
  2024 | Dec 2024 | Jan 2025 | 1 month | 12 months"): each group spans a run of sub-columns of one kind
  (a unit word, periods, durations), a run repeated once a group ("1 month | 12 months" twice) counted
  once for each; the group cells left over on the left head the label columns. A sub-column takes its
  own unit ("percent") or its group's ("% change": percent; a contribution in percent: percentage
  points, as a contribution to a percent change is), and its own period.
- The durations naming columns ("1 month", "12 months") are names, no statistics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.grammar.flatheader import cell_period
from factcheck.grammar.headerunit import worded_unit
from factcheck.grammar.tables import Cell, ColumnUnit, cells, unit_of_label
from factcheck.grammar.units import fold_unit, known_unit

_SCALE = r"(?P<scale{n}>thousands?|millions?|billions?|mn|bn)"
_WORD = r"(?P<unit{n}>[A-Za-z][A-Za-z.]*(?:\s[A-Z][a-z]+)?\$?|[A-Z]{{1,3}}\$)"
#: A unit and its scale alone in a cell: "Dollars-million", "USD million", "(million USD)", "Million of euros".
_SCALED_UNIT = re.compile(
    rf"(?i)\(?\s*(?:{_WORD.format(n=1)}\s*(?P<dash>[-–])?\s*{_SCALE.format(n=1)}"
    rf"|{_SCALE.format(n=2)}\s+(?:of\s+)?{_WORD.format(n=2)})\s*\)?"
)
_SCALE_WORDS = {"mn": "million", "bn": "billion"}
#: A duration naming a column: "1 month", "12 months", "3-month", "one year".
_DURATION = re.compile(r"(?i)(?:\d{1,2}|one|three|six|twelve)[-\s]?(?:months?|years?|quarters?|weeks?|days?)")
_CONTRIBUTION = re.compile(r"(?i)\bcontributions?\b")
_FIGURE = re.compile(r"[-+−]?\d[\d,.]*%?")


def scaled_unit(text: str) -> ColumnUnit | None:
    """The unit and scale a header cell names alone ("Dollars-million" → " million" dollars), else None:
    a currency the unit table knows, a code in capitals ("USD"), or any word joined to its scale by a dash."""
    match = _SCALED_UNIT.fullmatch(text.strip())
    if match is None:
        return None
    word = (match.group("unit1") or match.group("unit2")).strip()
    scale = (match.group("scale1") or match.group("scale2")).lower()
    scale = _SCALE_WORDS.get(scale, scale.rstrip("s"))
    known = known_unit(fold_unit(word))
    money = known is not None and known.dimension.startswith("money")
    if not (money or re.fullmatch(r"[A-Z]{3}", word) or match.group("dash")):
        return None
    return ColumnUnit(f" {scale}", word if word.isupper() or not word.isalpha() else word.lower())


def unit_period_header(line: str) -> tuple[ColumnUnit, tuple[str, ...]] | None:
    """(unit, the columns' periods) of a header row naming one scaled unit, then the periods of the
    columns after it ("Accounts | Dollars-million | A | 2024 | 2023"), else None."""
    row = [cell.text for cell in cells(line) if cell.text]
    units = [unit for unit in map(scaled_unit, row) if unit is not None]
    named = [(i, cell_period(text)) for i, text in enumerate(row)]
    periods = [(i, period) for i, period in named if period is not None]
    if len(units) != 1 or not periods or [i for i, _ in periods] != list(range(periods[0][0], periods[-1][0] + 1)):
        return None  # one unit; the periods side by side, as the columns they head
    if any(_FIGURE.fullmatch(text) for i, text in enumerate(row) if i < periods[0][0] or i > periods[-1][0]):
        return None
    unit_at = next(i for i, text in enumerate(row) if scaled_unit(text) is not None)
    return (units[0], tuple(period for _, period in periods)) if unit_at < periods[0][0] else None


@dataclass(frozen=True)
class SpannedHeader:
    units: list[ColumnUnit | None]  # each column's, the label columns' None
    periods: tuple[str, ...]  # each column's, "" where none is named
    months: tuple[int, ...] = ()  # each column's span in months when it names one ("12 months": 12), else 0


def spanned_header(groups_line: str, line: str) -> SpannedHeader | None:
    """The columns of the sub-header `line` under the group row `groups_line` (module docstring), else None."""
    groups = [cell.text for cell in cells(groups_line) if cell.text]
    subs = [cell.text for cell in cells(line) if cell.text]
    if len(groups) < 2 or len(subs) <= len(groups) - 2 or any(_FIGURE.fullmatch(g) for g in groups):
        return None
    if any(_FIGURE.fullmatch(s) and _kind(s) != "period" for s in subs) or all(_kind(s) == "name" for s in subs):
        return None
    if any(_kind(s) == "name" and _own_unit(s) is None for s in subs):
        return None  # a row of names under the groups ("Men | Women"), not of units, periods and durations
    runs = _runs(subs)
    lead = len(groups) - len(runs)
    if not 0 <= lead <= 3 or all(len(run) == 1 for run in runs):
        return None
    units: list[ColumnUnit | None] = [None] * lead
    periods: list[str] = [""] * lead
    for group, run in zip(groups[lead:], runs, strict=True):
        for sub in run:
            units.append(_own_unit(sub) or _group_unit(group))
            periods.append(cell_period(sub) or "")
    months = tuple([0] * lead + [duration_months(sub) for run in runs for sub in run])
    return SpannedHeader(units, tuple(periods), months)


_NUMBER_WORDS = {"one": 1, "three": 3, "six": 6, "twelve": 12}
_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12}


def duration_months(text: str) -> int:
    """The months a column's duration spans ("12 months": 12, "1 year": 12); 0 for no duration or days, weeks."""
    match = re.fullmatch(r"(?i)(\d{1,2}|one|three|six|twelve)[-\s]?(month|quarter|year)s?", text.strip())
    if match is None:
        return 0
    count = _NUMBER_WORDS.get(match.group(1).lower()) or int(match.group(1))
    return count * _MONTHS_IN[match.group(2).lower()]


def _kind(text: str) -> str:
    if cell_period(text) is not None:
        return "period"
    return "duration" if _DURATION.fullmatch(text) else "name"


def _runs(subs: list[str]) -> list[list[str]]:
    """The sub-columns cut where their kind changes, a run repeating itself cut at each repeat."""
    runs: list[list[str]] = []
    for sub in subs:
        if runs and _kind(runs[-1][-1]) == _kind(sub):
            runs[-1].append(sub)
        else:
            runs.append([sub])
    return [part for run in runs for part in _repeats(run)]


def _repeats(run: list[str]) -> list[list[str]]:
    for size in range(1, len(run)):
        if len(run) % size == 0 and run == run[:size] * (len(run) // size):
            return [run[i : i + size] for i in range(0, len(run), size)]
    return [run]


def _own_unit(text: str) -> ColumnUnit | None:
    if _kind(text) != "name":
        return None
    worded = worded_unit(text)
    return unit_of_label(text) or (ColumnUnit("", worded) if worded else None)


def _group_unit(text: str) -> ColumnUnit | None:
    unit = _own_unit(text)
    if unit is not None and unit.unit == "%" and _CONTRIBUTION.search(text):
        return ColumnUnit("", "percentage points")  # a contribution to a change in percent
    return unit


def duration_cells(line: str) -> list[Cell]:
    """The cells of a header row that name a duration ("1 month", "12 months"): names, no statistics."""
    return [cell for cell in cells(line) if _DURATION.fullmatch(cell.text)]
