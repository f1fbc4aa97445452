"""When a figure's sentence says it is of: its years, months, seasonal adjustment and basis of change.

Two statements of one name (the same words, the same unit) whose figures differ by more than a
restatement's rounding are one fact mistyped only when nothing tells their times apart: "in August
2019, compared to August 2018, … prices of goods increased by 3.2%" and "Compared to 2015, … prices of
goods increased by 7.1%" are two bases. A sentence naming no time is read in the time of the
sentence before it in its paragraph ("Prices of goods increased by 3.2%" after "in August 2019,
compared to August 2018, consumer prices rose by 3.2%").
"""

from __future__ import annotations

import re

from factcheck.extract.clauses import sentences
from factcheck.extract.infer.base import Context

_YEAR = re.compile(r"(?<![\d.])(?:1[89]|20)\d\d(?![\d.])")
_MONTH = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?<![\d.])(?:1[0-2]|[1-9])\s*月"
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
    paragraph naming any (kept per figure)."""
    known = ctx.memo.setdefault("time_words", {})
    if index not in known:
        text = ctx.paragraph_text(index)
        spans = [span for span in sentences(text) if span.start <= ctx.mentions[index].value_start]
        found = _named("")
        for span in reversed(spans):
            found = _named(span.text)
            if any(found):
                break
        known[index] = found
    return known[index]


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
