"""A table header of two rows: a row of groups over a row of columns that repeats for each group.

"Arrivals | Nights" over "2008 | 2009 | Indices | 2008 | 2009 | Indices | Structure (%) | Average number
of nights by arrival": the group row names what the columns of its run count (arrivals, then nights);
the run repeats once a group; the named columns after the runs stand alone. Copied as text, a header
cell wrapped over two lines came apart, and two of its pieces are no column of their own:

- the base under an index's name ("Indices | VIII. 2009. VIII. 2008.", this period over that one) belongs
  to the index column before it;
- a period over the named columns at the end ("VIII. 2009. | Structure of nights (%) | Average …") spans
  them.

Each column gets a unit (the group's noun; an index column "index"; a named column its bracketed unit or
the noun it counts, "Average number of nights" → nights) and a period when its header names one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.grammar.flatheader import cell_period
from factcheck.grammar.tables import ColumnUnit, cells, unit_of_label

_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
#: A month in Roman numerals before its year, as Central European releases head columns: "VIII. 2009."
_ROMAN_MONTH = re.compile(r"(?P<m>[IVX]{1,4})\.\s?(?P<y>(?:19|20)\d\d)\.?")
_INDEX = re.compile(r"(?i)ind(?:ex|ices)(?:\s*\(.*\))?")
#: A group's name: one to three words, the last a plural noun ("Arrivals", "Tourist nights").
_GROUP = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}s")
_COUNTED = re.compile(r"(?i)\bnumber of ((?:[a-z]+ )?[a-z]+s)\b")


@dataclass(frozen=True)
class GroupedHeader:
    units: list[ColumnUnit | None]  # each column's unit, the row's label column left out (matched from the right)
    periods: tuple[str, ...]  # each column's period, "" where its header names none
    names: tuple[str, ...] = ()  # each column's name: its group's and its own ("Nights Indices")


def header_period(text: str) -> str | None:
    """The period a header cell names alone: "VIII. 2009." (a Roman month), "2022", "Sep 2019"."""
    roman = _ROMAN_MONTH.fullmatch(text.strip())
    if roman is not None:
        month = roman.group("m")
        return f"{roman.group('y')}-{_ROMANS.index(month) + 1:02d}" if month in _ROMANS else None
    return cell_period(text)


def _two_periods(text: str) -> bool:
    """A cell of two periods one after the other: an index's base, "VIII. 2009. VIII. 2008."."""
    parts = re.findall(r"\S+\s\S+", text.strip())
    return len(parts) == 2 and " ".join(parts) == " ".join(text.split()) and all(map(header_period, parts))


def grouped_header(groups_line: str, line: str) -> GroupedHeader | None:
    """The units and periods of the columns of `line` under the group row `groups_line`, or None when
    the two rows are not such a header (module docstring)."""
    groups = [cell.text for cell in cells(groups_line)]
    if len(groups) < 2 or not all(_GROUP.fullmatch(name) for name in groups):
        return None
    names = [cell.text for cell in cells(line) if cell.text]
    columns = [n for i, n in enumerate(names) if not (i and _INDEX.fullmatch(names[i - 1]) and _two_periods(n))]
    run = _run_length(columns, len(groups))
    if run is None:
        return None
    alone = columns[run * len(groups) :]
    while alone and header_period(alone[0]) is not None and len(alone) > 1:
        alone = alone[1:]  # "VIII. 2009. | Structure of nights (%)": the period spans the columns after it
    if any(header_period(name) is not None for name in alone):
        return None
    units: list[ColumnUnit | None] = []
    periods: list[str] = []
    for group in groups:
        noun = group.lower()
        for name in columns[:run]:
            units.append(ColumnUnit("", "index") if _INDEX.fullmatch(name) else ColumnUnit("", noun))
            periods.append(header_period(name) or "")
    for name in alone:
        counted = _COUNTED.search(name)
        units.append(unit_of_label(name) or (ColumnUnit("", counted.group(1).lower()) if counted else None))
        periods.append("")
    names = [f"{group} {name}" for group in groups for name in columns[:run]] + alone
    return GroupedHeader(units, tuple(periods), tuple(names))


def _run_length(columns: list[str], groups: int) -> int | None:
    """The length of the run of columns that repeats once for each group, each run holding a period."""
    for run in range(2, len(columns) // groups + 1):
        runs = [columns[i * run : (i + 1) * run] for i in range(groups)]
        if all(r == runs[0] for r in runs) and any(header_period(name) for name in runs[0]):
            return run
    return None
