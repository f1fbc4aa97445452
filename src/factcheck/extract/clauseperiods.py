"""Periods that the words around an English figure give it, or take from it, for `timing`.

- "since February 2016, when inflation was 7.0%": a figure in a "when" clause is of the period the
  clause describes, though that period is a base of the sentence.
- "compared with January-September 2017, … fell from 37.9 to 32.5 percent": the level a change started
  from is of the period the sentence compares with.
- "the 254,800 women … in the corresponding quarter of 2010": the reference's quarter (or month, half)
  in that year; "inflation increased to 29.3% for the year ending April 2017": April's twelve-month rate.
- "a decrease of 1,800 … over the 366,000 men … in the third quarter of 2010", "a decrease of 10,800
  where the second quarter 2011 figure was 67,400": a period after another figure, or naming one, is
  that figure's, not the change's.
- "compared to January's 8% and February 2021's 4.9%": a period in the possessive is the figure's
  right after it.
- "由2014年的…调整为": a period after 由/从 is the figures' left; a period inside brackets closed before
  the figure is the aside's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.bases import previous_right_after
from factcheck.extract.namedmonths import level_left, previous_period, same_part_of_year

_WHEN_CLAUSE = re.compile(r"(?i),?\s+when\s+(?:[^,;.()\d]|\.\d)*$")
_POSSESSIVE = re.compile(r"(?i)['\u2019]s\s+(?:[a-z-]+\s+){0,3}?[$£€]?\s*")  # "February 2021's 4.9%"
#: The previous period's own figure in brackets: "compared to the previous month (7,281)".
_PREVIOUS_BRACKET = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|against|over)\s+the\s+(?:previous|preceding)\s+(month|quarter)\s*\(\s*$"
)
_COMPARED_WITH = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|against)\s+(?:the\s+)?$")
# "from 5.9 per cent to its current level of 5.2 per cent": the level reached named by a noun before it
_TO_LEVEL_OF = re.compile(
    r"(?i)[\d.,]*\s*(?:%|percent|per cent)?\s+to\s+(?:its|the|a)\s+(?:[a-z]+\s+){0,2}"
    r"(?:level|rate|figure|total)\s+of\s+\d"
)
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_SAME_PART = re.compile(r"(?i)\b(?:same|corresponding)\s+(quarter|month|half)\s+(?:of|in)\s+(?:the\s+year\s+)?$")
_OVER_FIGURE = re.compile(
    r"(?i)\bover\s+the\s+\d[\d,]*(?:\.\d+)?(?![\d,.])(?!\s*(?:months?|years?|quarters?|weeks?|days?)\b)"
)
_NAMES_FIGURE = re.compile(r"(?i)\s+(?:figure|total|level|value|rate|estimate)\s+(?:was|of|at|stood)\b")
_CN_EARLIER = re.compile(r"(?:由|从)上年末?的?(?:[\d.]+[:：∶︰])*$")
_REACHED = re.compile(r"(?:调整|转变|变|提高|上升|升|下降|降|增加|增|减少|减|扩大|缩小)(?:为|到|至)")


def clause_period(
    folded: str, periods: list, sentence: tuple[int, int], value_start: int, reference_period: str | None
) -> str | None:
    """The period a "when" clause, "the previous month" right after it or a compared period gives the figure
    at `value_start`, else None."""
    if reference_period and (relative := previous_right_after(folded, value_start)):
        if previous := previous_period(reference_period, relative.group(1).lower()):
            return previous  # "after advancing 0.5 percent the previous month", though "in September" precedes
    before = [p for p in periods if sentence[0] <= p.start and p.end <= value_start and p.period and p.type != "date"]
    if before and _POSSESSIVE.fullmatch(folded, before[-1].end, value_start):
        return before[-1].period
    if before and _WHEN_CLAUSE.fullmatch(folded, before[-1].end, value_start):
        return before[-1].period
    if own := _PREVIOUS_BRACKET.search(folded, max(0, value_start - 60), value_start):
        period = before[-1].period if before else reference_period  # "In July 2004 … the previous month (7,281)"
        if period and (previous := previous_period(period, own.group(1).lower())):
            return previous
    if not (_FROM_BEFORE.search(folded, max(0, value_start - 8), value_start) and _level_left(folded, value_start)):
        return None
    compared = [p for p in before if _COMPARED_WITH.search(folded, max(0, p.start - 20), p.start)]
    return compared[-1].period if compared else None


def _level_left(folded: str, value_start: int) -> bool:
    return (
        level_left(folded, value_start)
        or bool(_TO_LEVEL_OF.match(folded, value_start))
        or bool(_AT_THEN_FROM.search(folded, max(0, value_start - 40), value_start))
    )


#: "coming in at 0.1% from 0.2": the level reached, then the level left
_AT_THEN_FROM = re.compile(r"(?i)\b(?:to|at)\s+[-+]?\d[\d.,]*\s*(?:%|percent|per cent)?\s+from\s+$")


def sentence_periods(folded: str, periods: list, reference_period: str | None) -> list:
    """The periods of a paragraph as its figures read them: "the corresponding quarter of 2010" is the
    reference's part of that year; "inflation … for the year ending April 2017" is April's twelve-month rate."""
    periods = [_rate_month(folded, p) for p in periods]
    if reference_period is None:
        return periods
    return [
        replace(p, period=same, type=found.group(1).lower())
        if p.type == "year"
        and (found := _SAME_PART.search(folded, max(0, p.start - 40), p.start))
        and (same := same_part_of_year(reference_period, p.period))
        else p
        for p in periods
    ]


def _rate_month(folded: str, period):
    """ "diesel inflation increased to 29.3% for the year ending April 2017": a price change over twelve
    months is of the month they end in ("Average annual inflation for the year ended …" and "Annual GDP
    growth for the year ended …" are of the twelve months)."""
    if period.type != "range" or not _YEAR_ENDING.match(period.text):
        return period
    opening = max(folded.rfind(". ", 0, period.start), folded.rfind(";", 0, period.start), 0)
    told = folded[opening : period.start]
    if not _PRICE_RATE.search(told) or re.search(r"(?i)\baverage\b", told):
        return period
    return replace(period, period=period.period[-7:], type="month")


_YEAR_ENDING = re.compile(r"(?i)years?\s+end(?:ing|ed)\b")
_PRICE_RATE = re.compile(r"(?i)\b(?:inflation|prices?|year[- ](?:over|on)[- ]year|(?:12|twelve)[- ]month)\b")


def another_figures(folded: str, value_start: int, period_start: int, period_end: int) -> bool:
    """The period after a figure belongs to another one: "over the 366,000 men … in 2010", or it names the
    figure after it ("the second quarter 2011 figure was 67,400")."""
    return bool(_OVER_FIGURE.search(folded, value_start + 1, period_start) or _NAMES_FIGURE.match(folded, period_end))


def left_from(folded: str, period_start: int, period_end: int, value_start: int) -> bool:
    """由2014年的25.39…调整为: the period after 由/从 is that of the figures left, not those reached."""
    return folded[period_start - 1 : period_start] in ("由", "从") and bool(
        _REACHED.search(folded, period_end, value_start)
    )


def cn_earlier(folded: str, value_start: int) -> bool:
    """由上年的10.3:37.4:52.3调整为…: the figures left are last year's."""
    return bool(_CN_EARLIER.search(folded, max(0, value_start - 24), value_start))


def aside_closed(folded: str, period_start: int, period_end: int, value_start: int) -> bool:
    """ "(0.4 points in the first quarter), while net exports recorded -0.6 points": a period inside brackets
    closed before the figure is the aside's, not the figure's."""
    opened = folded.rfind("(", 0, period_start)
    closed = folded.find(")", period_end, value_start)
    return opened >= 0 and closed >= 0 and folded.rfind(")", opened, period_start) < 0
