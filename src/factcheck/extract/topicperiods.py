"""The period a paragraph is about, for a number whose own sentence names none.

A sentence that names no period of its own is usually about the period its paragraph opened
with: 12月份，70个大中城市中，…；…, 上半年,生产原煤…。进口煤炭…, and in English "GDP in 2023 was
estimated to increase by 5.05% … . In the increase in total added value, the industry and
construction sector increased by 3.74%": the sector figures are of 2023 too, not of the
quarter the release is about.
"""

from __future__ import annotations

import re
from typing import Protocol


class _Period(Protocol):
    start: int
    end: int


#: An English sentence ends at a full stop, a question or exclamation mark before a capital or
#: a digit; "U.S." and "1.5" do not end one (no space after the stop).
_EN_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(])")
_NUMBER = re.compile(r"\d")


def sentence_topic(folded: str, periods: list, sentence_start: int):
    """12月份，70个大中城市中，…；…: a period opening a sentence that runs on past semicolons."""
    start = max(folded.rfind(end, 0, sentence_start) for end in "。!?！？") + 1
    opening = next((p for p in periods if start <= p.start <= start + 2 and p.start < sentence_start), None)
    if opening is None or not re.match(r"\s*[，,]", folded[opening.end : opening.end + 2]):
        return None
    return opening


def paragraph_topic(folded: str, periods: list, sentence_start: int):
    """上半年,生产原煤23.0亿吨…。进口煤炭2.2亿吨…: the period opening an earlier sentence of a Chinese
    paragraph holds for the sentences after it until another period is named."""
    earlier = [p for p in periods if p.end <= sentence_start]
    if not earlier or not re.search(r"[\u4e00-\u9fff]", folded[earlier[-1].end : sentence_start]):
        return None
    last = earlier[-1]
    start = max(folded.rfind(end, 0, last.start) for end in "。!?！？") + 1
    opens = start <= last.start <= start + 2 and re.match(r"\s*[，,]", folded[last.end : last.end + 2])
    return last if opens else None


def english_topic(folded: str, periods: list, sentence_start: int, written: list | None = None):
    """ "GDP in 2023 was estimated to increase by 5.05% … . In the increase …, industry increased
    by 3.74%": the period the paragraph's opening sentence names before its first figure.

    Only the opening sentence sets a topic, and only for the sentences after it that name no
    period: a later sentence naming one is an aside ("In December 2011 the increase was 2.2
    percent."), after which the paragraph's topic is the document's again. `written` are all the
    periods of the text, bases too: their digits are not figures ("From December 2010 to …")."""
    if re.search(r"[\u4e00-\u9fff]", folded[:sentence_start]):
        return None  # Chinese paragraphs have their own rules above
    setting = _setting_sentence(folded, periods, sentence_start, written or periods)
    if setting is not None:
        return setting
    # The look-ahead reads the next sentence's first letter: search a little past its start.
    found = _EN_SENTENCE_END.finditer(folded, 0, sentence_start + 4)
    ends = [m.end() for m in found if m.end() <= sentence_start]
    if not ends:
        return None  # the number's sentence opens the paragraph
    if any(ends[0] <= p.start < sentence_start for p in periods):
        return None
    opening = [p for p in periods if p.end <= ends[0]]
    figure = _first_figure(folded, 0, ends[0], [p for p in written or periods if p.end <= ends[0]])
    leading = [p for p in opening if figure is not None and p.end <= figure]
    return leading[-1] if leading else None


#: A sentence that opens with its period and a comma: "During the year 2015, all the three …".
_OPENING_PERIOD = re.compile(
    r"(?i)\s*(?:(?:in|during|for|throughout|over)\s+(?:the\s+)?(?:(?:year|quarter|month)\s+(?:of\s+)?)?)?$"
)


def _setting_sentence(folded: str, periods: list, sentence_start: int, written: list):
    """ "During the year 2015, all the three major activities have expanded. It reported 5.5 percent, …":
    the sentence right before, with no figure, opens with the period the next one's figures are of."""
    ends = [m.end() for m in _EN_SENTENCE_END.finditer(folded, 0, sentence_start + 4) if m.end() <= sentence_start]
    if not ends or any(ends[-1] <= p.start < sentence_start for p in periods if p.end > sentence_start):
        return None
    start = ends[-2] if len(ends) > 1 else 0
    opening = next(
        (p for p in periods if start <= p.start < ends[-1] and _OPENING_PERIOD.fullmatch(folded, start, p.start)), None
    )
    if opening is None or not re.match(r"\s*,", folded[opening.end : opening.end + 2]):
        return None
    return opening if _first_figure(folded, start, ends[-1], written) is None else None


def _first_figure(folded: str, start: int, end: int, periods: list[_Period]) -> int | None:
    """Where the first digit that is not part of a period's text stands in [start, end)."""
    for match in _NUMBER.finditer(folded, start, end):
        if not any(p.start <= match.start() < p.end for p in periods):
            return match.start()
    return None


#: The figures of a list, then the one period they all share: "by 7.9 percent, 26.2 percent and 9.3 percent
#: respectively in the year 2015" (only figures, their units, commas and "and" before "respectively").
_LIST_THEN_PERIOD = re.compile(
    r"(?i)^(?:[\d.,\s%]|percent|per cent|percentage|points?|and)*\brespectively,?\s+(?:in|during|for)\s+"
    r"(?:the\s+)?(?:(?:year|quarter|month)\s+(?:of\s+)?)?$"
)


#: Two such lists joined, the period after the second: "23.3 percent and 24.9 percent respectively and
#: ‘Animal production’ and ‘Coconut’ reported 8.0 percent and 5.1 percent growth rates respectively during
#: the year of 2015".
_LISTS_THEN_PERIOD = re.compile(
    r"(?i)^(?:[\d.,\s%]|percent|per cent|percentage|points?|and)*\brespectively,?\s+and\s+[^\d.!?]{1,160}?\s"
    r"(?:[\d.,\s%]|percent|per cent|percentage|points?|and)+(?:[a-z]+\s+){0,3}respectively,?\s+(?:in|during|for)\s+"
    r"(?:the\s+)?(?:(?:year|quarter|month)\s+(?:of\s+)?)?$"
)


def listed_period(folded: str, periods: list, value_start: int, sentence_end: int):
    """The period after a list the figure at `value_start` opens or is in, said once for all of it."""
    for period in periods:
        if not value_start < period.start < sentence_end:
            continue
        between = folded[value_start : period.start]
        if _LIST_THEN_PERIOD.match(between) or _LISTS_THEN_PERIOD.match(between):
            return period
    return None


#: "the year of 2015 (January to December)": months in brackets right after a year gloss the year.
_GLOSS_OPEN = re.compile(r"\s*\(\s*(?:[A-Za-z]+\s+(?:to|-|–)\s+)?$")


def unglossed(folded: str, periods: list) -> list:
    """`periods` without the months that only gloss the year written just before them."""
    kept: list = []
    for period in periods:
        year = kept[-1] if kept else None
        if (
            year is not None
            and year.type == "year"
            and period.type in ("month", "range")
            and _GLOSS_OPEN.fullmatch(folded, year.end, period.start)
            and folded[period.end : period.end + 2].lstrip()[:1] == ")"
        ):
            continue
        kept.append(period)
    return kept


#: A sentence about the subject of the one before: "They were up 2.5 per cent year-over-year.",
#: "Compared to a year ago, it was up by 82,800 jobs.", "Moreover, they were down 2.1 per cent".
_SAME_SUBJECT = re.compile(
    r"(?i)\s*(?:(?:moreover|also|meanwhile),\s*|compared\s+(?:to|with)\s+a\s+(?:year|month|quarter)\s+"
    r"(?:ago|earlier),\s*)?(?:they|it)\s+(?:were|was|are|is|rose|fell|increased|decreased|grew|declined)\b"
)


def pronoun_topic(folded: str, periods: list, sentence_start: int):
    """ "… rose 0.6 per cent to $1,298 in Jan. They were up 2.5 per cent year-over-year.": a sentence
    whose subject is "they" or "it" is of the period the sentence before names last (not a date)."""
    if not _SAME_SUBJECT.match(folded, sentence_start):
        return None
    ends = [m.end() for m in _EN_SENTENCE_END.finditer(folded, 0, sentence_start + 4) if m.end() <= sentence_start]
    start = ends[-2] if len(ends) > 1 else 0
    before = [p for p in periods if start <= p.start < sentence_start and p.type != "date"]
    return before[-1] if before else None
