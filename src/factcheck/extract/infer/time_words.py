"""When a figure's sentence says it is of: its years, months, seasonal adjustment and basis of change.

Two statements of one name (the same words, the same unit) whose figures differ by more than a
restatement's rounding are one fact mistyped only when nothing tells their times apart: "in August
2019, compared to August 2018, … prices of goods increased by 3.2%" and "Compared to 2015, … prices of
goods increased by 7.1%" are two bases. A sentence naming no time is read in the time of the
sentence before it in its paragraph ("Prices of goods increased by 3.2%" after "in August 2019,
compared to August 2018, consumer prices rose by 3.2%"), and a paragraph naming none in the time of its
section's heading (a list item under "Main contributors to annual (April 2015 vs. April 2014) movement:").
"""

from __future__ import annotations

import re

from factcheck.extract.clauses import sentences
from factcheck.extract.infer.base import Context

_YEAR = re.compile(r"(?<![\d.])(?:1[89]|20)\d\d(?![\d.])")
_MONTH = re.compile(
    r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?<![\d.])(?:1[0-2]|[1-9])\s*月"
)
#: The span a change is over: on the month, the quarter or the year (12 months, 同比).
_BASES = (
    (
        "month",
        re.compile(r"(?i)\b(?:on|over|from) the (?:previous |preceding )?month\b|month-on-month|\bmonthly\b|环比"),
    ),
    ("quarter", re.compile(r"(?i)\b(?:on|over|from) the (?:previous |preceding )?quarter\b|quarter-on-quarter")),
    ("year", re.compile(r"(?i)\b(?:on|over) the year\b|year-on-year|\b12[- ]months?\b|\bannual\b|同比|比上年")),
)
_UNADJUSTED = re.compile(r"(?i)\bnot seasonally adjusted\b|\bunadjusted\b|\bbefore seasonal adjustment\b|未经季节调整")
_ADJUSTED = re.compile(r"(?i)\bseasonally adjusted\b|\bseasonal adjustment\b|季节调整")


def time_words(ctx: Context, index: int) -> tuple[frozenset[str], ...]:
    """(years, months, adjustment, bases) the figure's sentence names, or the nearest earlier sentence of its
    paragraph naming any, or its section's heading (kept per figure)."""
    known = ctx.memo.setdefault("time_words", {})
    if index not in known:
        text = ctx.paragraph_text(index)
        spans = [span for span in sentences(text) if span.start <= ctx.mentions[index].value_start]
        found = _named("")
        for span in reversed(spans):
            found = _named(span.text)
            if any(found):
                break
        if not any(found):  # a list item under "Main contributors to annual (April 2015 vs. April 2014) …:"
            found = _named(_heading_above(ctx, index))
        known[index] = found
    return known[index]


def _heading_above(ctx: Context, index: int) -> str:
    """The nearest paragraph above the figure's with no statistic of its own: a list's lead line over
    its items ("Main contributors to annual (…) movement:"), a section's heading."""
    for number in range(ctx.mentions[index].paragraph - 1, 0, -1):
        if not any(ctx.statistic(j) for j in ctx.by_paragraph.get(number, [])):
            return ctx.document.paragraphs[number - 1].text
    return ""


def _named(text: str) -> tuple[frozenset[str], ...]:
    months = frozenset(
        re.sub(r"\s", "", m.group()[:3].lower() if m.group()[0].isalpha() else m.group()) for m in _MONTH.finditer(text)
    )
    adjustment = "unadjusted" if _UNADJUSTED.search(text) else "adjusted" if _ADJUSTED.search(text) else ""
    bases = frozenset(name for name, pattern in _BASES if pattern.search(text))
    return frozenset(_YEAR.findall(text)), months, frozenset({adjustment} - {""}), bases


def two_times(ctx: Context, i: int, j: int) -> bool:
    """Both figures name years, months or an adjustment, and they differ; or both name a basis of change
    and none in common (a sentence may name two: 同比下降2.3%，环比持平)."""
    (*a, a_bases), (*b, b_bases) = time_words(ctx, i), time_words(ctx, j)
    named_apart = any(x and y and x != y for x, y in zip(a, b, strict=True))
    return named_apart or bool(a_bases and b_bases and not a_bases & b_bases)
