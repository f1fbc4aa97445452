"""Figures listed together share what is written once for all of them.

"分别下降0.5%、0.3%和0.2%", "fell 2.1% and 1.6% respectively": the decline word stands before the
first figure only, yet every figure of the list is a decline. "回落2.16和1.66个百分点": the unit
stands after the last figure only, yet every figure has it (so its noun: "拉动0.1个、5.0个和2.9个百分点");
so does a scale word ("SEK 24 and SEK 10 billion": `grammar.sharedscale`). A figure with a rise or
decline word of its own (出口下降3.4%、进口增长2.1%) keeps its own sign.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Protocol

from factcheck.grammar.currencysigns import ISO_CODES
from factcheck.grammar.sharedscale import shared_scales
from factcheck.grammar.signs import ELIDED_OWN_VERB, RANGE_OF_CHANGES, SHARED_VERB_GAP

# What joins two figures of one list: 、 和 与 及 , and (no clause break: "，" starts a new clause).
_JOINED = re.compile(
    r"(?i)^\s*(?:(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)\s*|\(?[ymq]/[ymq]\)?\s*)*"
    r"(?:、|和|与|及|以及|,\s*and|,|and)\s*(?:\+\s?)?$"  # "at - 0.3 and + 0.5 percentage point"
)
# "below ... by 368,000, or 2.2 percent", "fell $22 million (3.8 percent)": one change restated.
_RESTATED = re.compile(
    r"(?i)^\s*\)?\s*[,，]?\s*(?:or|或|即)\s*\(?\s*(?:about|around|nearly|almost|some|less than|more than|约|近)?\s*"
    r"(?:(?:US|NZ|A|C|HK|S|N|SI|EC|T)?\$|[€£¥₹]|(?:RM|R|(?-i:VT|Vt|KShs?|Rs\.?|TSh|USh|Rwf|"
    + "|".join(sorted(ISO_CODES))
    + r"))\s?)?$"  # "or $1.2 billion", "or VT 148 million"
)
_RANGE_TO = re.compile(r"^\s*(?:至|到|~|～|-|—|–)\s*$")
_RESTATED_IN_BRACKETS = re.compile(r"^\s*[(（]\s*$")
_FROM = re.compile(r"(?i)\bfrom\s+$")
_TO = re.compile(r"(?i)^\s+to\s+$")
_TO_BEFORE = re.compile(r"(?i)\bto\s+$")
_FROM_BETWEEN = re.compile(r"(?i)^\s+from\s+$")
_PERCENT = re.compile(r"(?i)^(?:%|per ?cent|percentage points?|points?|pp)$")
# "decreased by 1.9% in the euro area and by 0.8% in the EU27": one verb, two places.
_SHARED_VERB = re.compile(rf"(?i)^{SHARED_VERB_GAP}$")
_BARE = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")
# "decreased by 0.01%, clothing and footwear by 0.06% and communications by 0.15%": a new subject, then
# "by" and its figure; the verb was written once, before the first. The subject names no change of its own.
_ELIDED_VERB = re.compile(r"(?i)(?P<gap>[,;]\s*(?:and\s+)?|\s+and\s+)(?P<noun>[^\d,;:.!?%()]{2,60}?)\s+by\s+$")
_BY_BEFORE = re.compile(r"(?i)\bby\s+$")
_SENTENCE_BREAK = re.compile(r"[.!?;。；]\s|\n")


class ListFigure(Protocol):
    """What the list readings need of a drafted figure (a `mentions.Mention`, or a test's stand-in)."""

    start: int
    end: int
    value: str
    value_start: int
    unit: str | None
    type: str
    kind: str
    negative: bool


def _joined(text: str, first: ListFigure, second: ListFigure) -> bool:
    """Two figures of one list, or the two ends of a range of changes (降幅在0.1至0.6个百分点之间)."""
    gap = text[first.end : second.start]
    return bool(_JOINED.match(gap)) or bool(
        _RANGE_TO.match(gap) and RANGE_OF_CHANGES.search(text[max(0, first.value_start - 8) : first.value_start])
    )


def _to_from(text: str, first: ListFigure, second: ListFigure) -> bool:
    """ "to N1,128.3 billion from 945.7 billion": the level then, written bare after "from", is in the
    unit of the level now it is compared with, when both have one scale word."""
    return (
        second.unit is None
        and bool(first.unit)
        and not _PERCENT.match(first.unit or "")
        and first.type == second.type == "count"
        and second.kind != "label"
        and _scale_word(first.value) is not None
        and _scale_word(first.value) == _scale_word(second.value)
        and bool(_TO_BEFORE.search(text[max(0, first.start - 12) : first.start]))
        and bool(_FROM_BETWEEN.match(text[first.end : second.start]))
    )


def _scale_word(value: str) -> str | None:
    found = re.search(r"(?i)\s(thousand|million|billion|trillion|bn|mn)$", value)
    return found.group(1).lower() if found else None


def _classifier_of(first: ListFigure, second: ListFigure) -> bool:
    """`first`'s unit is the measure word alone that begins `second`'s (个 of 个百分点): the noun after
    the list's last measure word is every figure's."""
    unit, whole = first.unit or "", second.unit or ""
    return (
        len(unit) == 1
        and not unit.isascii()
        and len(whole) > 1
        and whole.startswith(unit)
        and first.type not in ("rank", "date", "label")
        and second.kind != "label"
    )


def _guessed_before_percent(text: str, first: ListFigure, second: ListFigure) -> bool:
    """ "sectors grew by 12 and 4 percent": the bare 12's noun was guessed from the words before it (written
    after it, the noun would be in the mention; a sign before it, "$68.9 billion, 6.5%", would too); the
    percent the list ends with is its unit."""
    bare = first.start == first.value_start and first.end - first.value_start <= len(first.value)
    joined = re.fullmatch(r"\s+and\s+", text[first.end : second.start]) is not None
    return bare and joined and bool(_PERCENT.match(second.unit or ""))


def share_in_lists(text: str, found: list[ListFigure]) -> None:
    """Spread a list's leading decline word forward and its trailing unit and scale backward, in place."""
    scales = shared_scales(text)  # "SEK 24 and SEK 10 billion": 24 billion
    for figure in found:
        if figure.value_start in scales and _BARE.fullmatch(figure.value) and figure.kind != "label":
            figure.value += scales[figure.value_start]
    for first, second in reversed(list(pairwise(found))):
        if (
            (first.unit is None or _guessed_before_percent(text, first, second))
            and second.unit
            and first.type not in ("rank", "date", "label")
            and second.kind != "label"
        ):
            from_to = _FROM.search(text[max(0, first.value_start - 8) : first.value_start]) and _TO.match(
                text[first.end : second.start]
            )  # "ranged from 1.3 to 3.4 percent", "rose from 3.1 to 3.4 percent": both ends in percent
            if (_joined(text, first, second) or from_to) and not re.search(r"[%‰]", first.value):
                first.unit = second.unit
        elif _classifier_of(first, second) and _joined(text, first, second):
            first.unit, first.type = second.unit, second.type  # "0.1个、5.0个和2.9个百分点": each in points
    for first, second in pairwise(found):
        if _to_from(text, first, second):
            second.unit = first.unit  # "increased to N1,128.3 billion from 945.7 billion": both in naira
    for first, second in pairwise(found):
        if first.kind == "label" or second.kind == "label":
            continue
        if not _joined(text, first, second) and not _SHARED_VERB.match(text[first.end : second.value_start]):
            continue
        same_unit = (first.unit or "") == (second.unit or "")  # not "fell 0.2% and 1,200 jobs were added"
        written = second.value.startswith(("-", "−")) or text[first.end : second.value_start].rstrip().endswith("+")
        if same_unit and first.negative and not second.negative and not written and second.type in ("count", "change"):
            second.negative = True
            second.value = "-" + second.value
            second.type = first.type


def inherit_restated_signs(text: str, found: list[ListFigure]) -> None:
    """A change restated right after it keeps its sign: "below … by 368,000, or 2.2 percent", "fell $22
    million (3.8 percent)", "decreased by 26 000 or (2.3%)" (in brackets only a percent restates: "fell
    5 (10 in 2022)" is no restatement)."""
    for previous, mention in pairwise(found):
        if not previous.negative or mention.negative or mention.value.startswith(("-", "−")):
            continue  # a figure written with its own minus: "decline of $287.3 million (-29.1 percent)"
        gap = text[previous.end : mention.value_start]
        bracketed = _RESTATED_IN_BRACKETS.match(gap) and _PERCENT.match(mention.unit or "")
        # 减少4.8公斤/公顷(0.3公斤/亩): the same change in another unit, alone in its brackets
        converted = (
            _RESTATED_IN_BRACKETS.match(gap)
            and text[mention.end : mention.end + 1] in (")", "）")
            and previous.unit
            and mention.unit
            and previous.unit != mention.unit
            and not _PERCENT.match(previous.unit)
            and not _PERCENT.match(mention.unit)
        )
        if _RESTATED.match(gap) or converted or (bracketed and not _PERCENT.match(previous.unit or "")):
            mention.negative = True
            mention.value = "-" + mention.value
            if mention.type == "count":
                mention.type = previous.type


def inherit_elided_verb_signs(text: str, found: list[ListFigure]) -> None:
    """ "infant mortality decreased by 39 …, the number of maternal deaths by 17": a subject with no verb,
    then "by" and a figure, changes the way the last figure "by" which in its sentence did. A subject after a
    bare "and" continues such a list only ("sugar by 1.1% and salt by 0.3%"): "fell by 1.9% in the euro area
    and employment by 0.8%" may be another change."""
    chained: set[int] = set()  # the figures read under a verb written before them
    for index, figure in enumerate(found):
        if figure.negative or figure.kind == "label" or figure.value.startswith(("-", "−")):
            continue
        elided = _ELIDED_VERB.search(text[max(0, figure.start - 80) : figure.start])
        if not elided or ELIDED_OWN_VERB.search(elided.group("noun")):
            continue
        for back, earlier in enumerate(reversed(found[:index]), 1):
            if _SENTENCE_BREAK.search(text[earlier.end : figure.start]):
                break
            if not _BY_BEFORE.search(text[max(0, earlier.start - 8) : earlier.start]):
                continue
            if not re.search(r"[,;]", elided.group("gap")) and index - back not in chained:
                break
            chained.add(index)
            alike = bool(_PERCENT.match(earlier.unit or "")) == bool(_PERCENT.match(figure.unit or ""))
            if earlier.negative and alike and figure.type in ("count", "change"):
                figure.negative = True
                figure.value = "-" + figure.value
                figure.type = earlier.type
            break
