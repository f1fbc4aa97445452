"""Comparison bases: a period that names what a number is compared with ("below its February 2020
level", "than in 2021", 比2020年, "compared with 2.1% in December") is not the number's period, unless
the number is that base's own figure ("down from the December 2011 increase of 3.6 percent")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol


class Spanned(Protocol):  # extract.timing.PeriodMention, which imports this module
    start: int
    end: int


# A period that is the base of a comparison, not the period of the number: "below its February
# 2020 level", "than in 2021", "between September 2021 and …", "with the CPI, February, 2015" (the measure
# named again before its period), "over previous month of November", 比2020年, 较2019年同期; not "as of January 1,
# 2018", when a stock stands.
_BASE_BEFORE = re.compile(
    r"(?i)(?:\b(?:on|than|(?<!\bas )(?<!\byear )(?<!\bquarter )(?<!\bmonth )of|"  # "the year of 2015" is no base
    r"from|between|below|above|under|over|with|versus|vs\.?|relative to|"
    r"compared to|(?:in\s+)?comparison\s+(?:to|with)|since)\s+"
    r"(?:(?<=with )the\s+[a-z][a-z-]{1,15},\s+)?"  # "… with the CPI, February, 2015": the measure named again
    r"(?:for\s+|(?<=than )in\s+)?"  # "higher than in July 2009"
    r"(?:the\s+|its\s+|their\s+)?(?:(?:same|corresponding|previous|preceding)\s+(?:period|month|quarter|half|week|day|time\s*frame|time\s+period)\s+(?:of|in)\s+|pre-pandemic\s+|"
    r"previous\s+)?|[比较]\s*|\b(?:reference|base)\s+years?\s+(?:of\s+)?"  # "constant prices, reference year 2010"
    r"|\bcomparing\s+[^,;.]{1,30}?\s+(?:to|with|against)\s+(?:the\s+)?)$"  # "comparing March 2012 to February 2012"
)
#: "over that registered in the fourth quarter of 2013"; "0.6% estimated in April" (when the estimate was made).
_THAT_OF = re.compile(
    r"(?i)(?:\b(?:than|over|above|below|with|to)\s+(?:that|those|the\s+one)\s+"
    r"(?:(?:registered|estimated|recorded|observed|reported)\s+)?(?:in|for|during)\s+(?:the\s+)?"
    r"|[\d%]\s+(?:estimated|published|released|announced)\s+in\s+)$"
)
# "results of the April 2018 Labor Force Survey": the period names the edition the figures come
# from, not a base; `of` stays a base word for "the level of 2019".
_EDITION = re.compile(r"\s+(?:[A-Z][A-Za-z-]*\s+){0,3}(?:Survey|Census|Report|Bulletin|Release)\b")
_BASE_AFTER = re.compile(r"(?i)(?:'s)?\s+(?:levels?|peak|high|low)\b|同期|相比")
# The base's own figure follows its period: "the December 2011 increase of 2.0 percent", "the
# December 2011 increase, which was 3.2 percent", "the 12-month period ending December 2011, which was";
# not a figure joined after the base ("compared to September 2021 and a decrease of 1.38 million").
_ITS_FIGURE = re.compile(
    r"(?i)(?!\s+(?:and|or|but|while|whereas)\b)(?:\s+[a-z][a-z-]*){0,3}(?:\s+of|,\s+which\s+was)\s+"
)


def of_compared_number(folded: str, period: Spanned) -> bool:
    """ "(1.9%, compared with 2.1% in December)": December is the period of 2.1%, not of what follows."""
    head = folded[max(0, period.start - 60) : period.start]
    segment = re.split(r",(?!\d{3})|[(;。；，]|\.\s", head)[-1]
    # a compared figure, not the digits of a word like "12-month" ("from the 12-month period ending December")
    # nor a year ("From December 2010 to December 2011": the span a change runs over)
    return bool(_COMPARED_FIGURE.search(segment))


#: "the lowest since 1.5% in January 2010": a record's earlier figure, its period its own.
_COMPARED_FIGURE = re.compile(
    r"(?i)\b(?:compared (?:with|to)|than|from|against|(?:lowest|highest|smallest|largest|fastest|slowest)\s+since)\b"
    r"[^()]*?(?<![\d.,])(?!(?:19|20)\d\d\b(?![.,]\d))\d"
    r"(?![\d.,]*-[a-z])"
)

# 较二零一四年的4.8%升幅, 比2000年第五次全国人口普查的3.09人: the figure right after the base's 的 is the base's.
_CN_ITS_FIGURE = re.compile(r"[^，,。；;、\d]{0,16}?的\s*")


def is_base(folded: str, period: Spanned, value_start: int) -> bool:
    """The period names what the number is compared with, not the number's own period."""
    if not _named_as_base(folded, period.start, period.end):  # asked first: it does not depend on the number
        return False
    if _ITS_FIGURE.fullmatch(folded, period.end, value_start) or _CN_ITS_FIGURE.fullmatch(
        folded, period.end, value_start
    ):
        return False  # "from the December 2011 increase of 2.0 percent", 较2014年的4.8%: the base's own figure
    levels = _LEVELS.match(folded, period.end)  # "February 2020 levels (63.3 percent and 61.1 percent)": then's
    return not (levels and levels.end() <= value_start < folded.find(")", levels.end()) + 1)


_LEVELS = re.compile(r"(?:'s)?\s+levels?\s*\(")


@lru_cache(maxsize=4096)  # each number of a paragraph asks of every period of it
def _named_as_base(folded: str, start: int, end: int) -> bool:
    if _EDITION.match(folded, end) or _SPAN_OVER.search(folded[max(0, start - 12) : start + 24]):
        return False
    before = folded[max(0, start - 40) : start]
    if _SPAN_THROUGH.search(folded, start, end) and before.rstrip().lower().endswith("from"):
        return False  # "from January through December 2023": the months a figure covers, no base
    return bool(
        _BASE_BEFORE.search(before)
        or _THAT_OF.search(before)
        or _BASE_AFTER.match(folded, end)
        or (_CN_WITH.search(before) and _CN_COMPARED_AFTER.match(folded, end))
    )


# 同2000年第五次全国人口普查相比, 与上年同期相比: the period between 同/与 and 相比 is what is compared with.
_CN_WITH = re.compile(r"(?:同|与|跟)\s*$")
_CN_COMPARED_AFTER = re.compile(r"[^，,。；;：:]{0,24}?(?:相比|相较|比较)")


# "increased 1.9 percent over the year ended December 2012": the span the change runs over, not a base
_SPAN_THROUGH = re.compile(r"(?i)\s(?:through|until)\s")  # not "from May to June": June's change
_SPAN_OVER = re.compile(r"(?i)\bover\s+(?:the\s+)?(?=(?:year|\d+\s+months|twelve\s+months)\s+end(?:ed|ing)\b)")

_CN_BASE_BEFORE = re.compile(r"(?:同|与|由|从|[比较])\s*(?:第.{1,8}次全国人口普查)?$")


def compared_period(folded: str, period: Spanned) -> bool:
    """A period written as what something is compared with, whatever the number: 比2000年, 同2000年…相比,
    由2000年…的103.99上升为, "than in 2021". Such periods do not say what a document is about."""
    if _EDITION.match(folded, period.end) or _SPAN_OVER.search(folded[max(0, period.start - 12) : period.start + 24]):
        return False
    before = folded[max(0, period.start - 40) : period.start]
    return bool(_BASE_BEFORE.search(before) or _CN_BASE_BEFORE.search(before) or _BASE_AFTER.match(folded, period.end))


_RELATIVE = re.compile(
    r"(?i)(?<!\bthan )\b(?:in|during|for)\s+the\s+(?:previous|preceding|precedent|prior)\s+(quarter|month)\b"
)
_COMPARED_THAT = re.compile(r"(?i)\b(?:than|over|above|below|under)\s+(?:that|those|the\s+one)\s+(?:[a-z]+\s+)?$")


def relative_period(folded: str, start: int, end: int) -> re.Match[str] | None:
    """ "… –0.2% that registered in the previous quarter": the previous period, named after a number between
    `start` and `end`; not after "over that registered" or "than that estimated" (another figure's period)."""
    found = _RELATIVE.search(folded, start, end) or previous_right_after(folded, start, end)
    if found is None or _COMPARED_THAT.search(folded[max(0, found.start() - 40) : found.start()]):
        return None
    # "4.9% versus 4.7% in the previous month": the period after another figure is that figure's
    return None if _VERSUS_FIGURE.search(folded, start + 1, found.start()) else found


#: A figure, its unit and a noun ("a 0.9% rise"), then "the previous month" or "last month" right after it
#: (not "2.57% from last month", "+4.0% on the previous month": a base).
_FIGURE_THEN = re.compile(
    r"(?i)[-+−–]?\d[\d,]*(?:\.\d+)?(?:\s*%|\s+(?:percent|per cent))?"
    r"(?:\s+(?!(?:the|last|from|on|over|than|to|with|against|versus|compared|since|above|below|after|in|of|by)\b)"
    r"[a-z]+)?\s+"
)
_BARE_RELATIVE = re.compile(r"(?i)(?:the\s+(?:previous|preceding|precedent|prior)|last)\s+(quarter|month)\b")
# "compared to 3.8% last month": a compared figure's; "prices rose 0.4% last month" in a news report is the
# month reported on
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against|than|from|after)\s+(?:an?\s+)?$")


def previous_right_after(folded: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """ "from 4.8% the previous month", "a 0.9% rise the previous month", "compared to 3.8% last month": the
    period before the reference, written right after the figure at `start` (its group 1: quarter or month)."""
    figure = _FIGURE_THEN.match(folded, start)
    found = figure and _BARE_RELATIVE.match(folded, figure.end(), len(folded) if end is None else end)
    if not found or (
        found.group().lower().startswith("last") and not _COMPARED_BEFORE.search(folded, max(0, start - 24), start)
    ):
        return None
    return found


_VERSUS_FIGURE = re.compile(r"(?i)\b(?:versus|vs\.?|compared\s+(?:with|to)|against|than|from)\s+\S{0,3}\d")
