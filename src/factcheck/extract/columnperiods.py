"""Periods of the columns of a table flattened to text, from a header line of periods.

A release copied as text keeps a table's column header as one line of periods ("September 2019p
September 2018r September 2019p September 2018", "11/20-01/21 02-04/2021 … 10/2021", "Q1 2023 Q2 2023",
"2022 2023", "Jan-Sep 2019 Jan-Sep 2018"), and each row under it as a label and its figures, one per
column ("FOB Value (in Million US Dollars) 5,898.02 6,052.78 …"). A figure takes the period of its
column, matched from the right, until the next table title, caption, header or sentence. A line is a
header only when every token after an optional label of words is a period (a marker of preliminary
or revised figures, "p", "r", "(p)", "*", allowed): a sentence naming years is none.
"""

from __future__ import annotations

import re
from typing import Protocol

from factcheck.grammar.tables import english_caption_unit, flat_row_figures

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_YEAR = r"(?:19|20)\d\d"
_DASH = r"\s?[-–—]\s?"
#: One period of a header line (named groups say which form), then a marker of preliminary/revised.
_TOKEN = re.compile(
    rf"""(?ix)
    (?: (?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})\s?(?P<my>{_YEAR})          # Jan-Sep 2019
      | (?P<mn>{_MONTH})\s?(?P<mny>{_YEAR})                              # September 2019, Sep. 2019
      | (?P<a1>\d\d?)/(?P<ay1>\d\d(?:\d\d)?){_DASH}(?P<a2>\d\d?)/(?P<ay2>\d\d(?:\d\d)?)  # 11/20-01/21
      | (?P<b1>\d\d?){_DASH}(?P<b2>\d\d?)/(?P<by>{_YEAR})                 # 02-04/2021
      | (?P<c>\d\d?)/(?P<cy>{_YEAR})                                      # 10/2021
      | (?P<iy>{_YEAR})M(?P<im>\d\d)                                      # 2021M10
      | (?P<q>Q[1-4]|H[12])\s?(?P<qy>{_YEAR})                             # Q1 2023, H1 2023
      | (?P<qy2>{_YEAR})\s?(?P<q2>Q[1-4]|H[12])                           # 2023Q1, 2023 Q1
      | (?P<y>{_YEAR})                                                    # 2022
    )
    (?:[pre]|\*+|\s?\([pre]\))?(?=\s|$)
    """
)
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z&/,'’()-]*")


def header_periods(line: str) -> tuple[str, ...]:
    """The periods of a header line of periods, left to right; () for any other line."""
    text = line.strip()
    if not text or "|" in text or len(text) > 200 or text.endswith("."):
        return ()
    position, periods, words = 0, [], 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is not None:
            period = _canonical(match)
            if period is None:
                return ()
            periods.append(period)
            position = match.end()
        else:
            word = _LABEL_WORD.match(text, position)
            if word is None or periods:  # a word after the first period: no header
                return ()
            words += 1
            position = word.end()
        while position < len(text) and text[position].isspace():
            position += 1
    return tuple(periods) if len(periods) >= 2 and words <= 6 else ()


def _canonical(match: re.Match[str]) -> str | None:
    group = match.groupdict()
    if group["m1"]:
        first, last = _month(group["m1"]), _month(group["m2"])
        return _interval(int(group["my"]), first, int(group["my"]), last) if first < last else None
    if group["mn"]:
        return f"{group['mny']}-{_month(group['mn']):02d}"
    if group["a1"]:
        return _interval(_full(group["ay1"]), int(group["a1"]), _full(group["ay2"]), int(group["a2"]))
    if group["b1"]:
        year = int(group["by"])
        return (
            _interval(year, int(group["b1"]), year, int(group["b2"])) if int(group["b1"]) < int(group["b2"]) else None
        )
    if group["c"]:
        return f"{group['cy']}-{int(group['c']):02d}" if 1 <= int(group["c"]) <= 12 else None
    if group["iy"]:
        return f"{group['iy']}-{group['im']}" if 1 <= int(group["im"]) <= 12 else None
    if group["q"] or group["q2"]:
        return f"{group['qy'] or group['qy2']}-{(group['q'] or group['q2']).upper()}"
    return group["y"]


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _full(year: str) -> int:
    return int(year) if len(year) == 4 else 2000 + int(year)


def _interval(first_year: int, first: int, last_year: int, last: int) -> str | None:
    if not (1 <= first <= 12 and 1 <= last <= 12) or (first_year, first) >= (last_year, last):
        return None
    return f"{first_year}-{first:02d}/{last_year}-{last:02d}"


def flat_periods(text: str, current: tuple[str, ...]) -> tuple[str, ...]:
    """The column periods in force after the paragraph `text`: its own when it is a header line of
    periods; none after a table's title, a caption or a sentence; else the ones before (rows, a
    sub-heading such as "Electronic Products")."""
    own = header_periods(text)
    if own:
        return own
    title = re.match(r"\s*(?:appendix\s+)?(?:table|figure|chart)\b", text, re.I)
    if title or len(text) > 160 or text.rstrip().endswith(".") or english_caption_unit(text) is not None:
        return ()
    return current


class Mention(Protocol):  # extract.mentions.Mention, which imports this module
    value_start: int
    kind: str
    type: str
    period: str | None


def apply_flat_periods(text: str, periods: tuple[str, ...], found: list[Mention]) -> None:
    """Give each figure of a flattened row under a header of periods its column's period: the row's
    last figures, matched from the right (a row with fewer figures than columns is left alone: which
    column is empty cannot be told)."""
    if not periods:
        return
    figures = [cell for cell, _ in flat_row_figures(text)]
    run = _last_run(text, figures)
    if len(run) < len(periods):
        return
    columns = {cell.start: periods[index] for index, cell in enumerate(run[len(run) - len(periods) :])}
    for mention in found:
        if mention.value_start in columns and mention.kind != "label" and mention.type not in ("date", "rank"):
            mention.period = columns[mention.value_start]


def _last_run(text: str, figures: list) -> list:
    """The figures that end the line with nothing but spaces between them: the row's cells."""
    run: list = []
    end = len(text.rstrip())
    for cell in reversed(figures):
        if text[cell.end : end].strip():
            break
        run.insert(0, cell)
        end = cell.start
    return run
