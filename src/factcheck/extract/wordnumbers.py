"""English quantities written in words: "fell in twenty-one Member States", "two million people",
"two-thirds of the Member States", "nearly half of the growth".

Number words are far more often words than quantities ("one of the largest", "a second
estimate", "the two surveys", "a one-off payment", "the first half of 2023", "Group of Seven"),
so a number in words is a statistic only where its context makes it a count or a share:

- a scale word makes it an amount: "two million people", "three and a half billion";
- a cardinal of two or more counts the plural noun right after it ("six provinces"; not days,
  months, years or times, which measure a window) or the members of a set ("twenty-one of the 28
  sectors");
- a fraction is a share when "of" follows: "two-thirds of", "three-quarters of", "half of",
  "a third of";
- a cardinal left alone at the end of a list counts the noun of the figure before it ("fell in
  twenty-one Member States, remained stable in one and rose in six").

The value is kept as written ("twenty-one"), so the citation check finds it in the quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.errors import ValueParseError
from factcheck.grammar.numwords import ONES, PARTS, SCALES, TENS
from factcheck.grammar.values import parse_quantity

_CARDINAL = "|".join(sorted([*ONES, *TENS, "hundred"], key=len, reverse=True))
_PART = "|".join(sorted(PARTS, key=len, reverse=True))
_SCALE = "|".join(SCALES)
_WORDS = re.compile(
    rf"(?i)(?<![\w-])(?:(?:a|an)\s+(?={_PART}\b))?(?:{_CARDINAL}|{_PART})"
    rf"(?:(?:\s+|-)(?:and\s+a\s+|and\s+)?(?:{_CARDINAL}|{_PART}|{_SCALE}))*(?![\w-])"
)
# Nouns that measure a window or a frequency, not a count of things: "two consecutive months".
_TIME_NOUNS = re.compile(
    r"(?i)(?:days|weeks|months|quarters|years|decades|centuries|hours|minutes|seconds|times|periods|"
    r"occasions|rounds|ways|sides|parts|stages|phases|waves|points)$"
)
# Nouns of the document's own make-up and method: "data from three surveys", "two measures".
_DOCUMENT_NOUNS = re.compile(
    r"(?i)(?:surveys|sources|tables|charts|figures|sections|chapters|components|categories|measures|indicators|"
    r"methods|series|questions|criteria|dimensions|aspects|factors|reasons|scenarios|steps|pillars|priorities|"
    r"variables|approaches|definitions|estimates|releases|editions|versions|things|examples)$"
)
#: A run of periods a change lasted: "fell for four months in a row", "for five consecutive quarters"
#: (a count of periods: a statistic, unlike "over the past twelve months", a window), "for four
#: consecutive trading days".
STREAK = (
    r"(?i)\s+(?:(consecutive|straight|successive)\s+)?(?:(?:trading|working|business|calendar)\s+)?"
    r"(days|weeks|months|quarters|years)\b(\s+in\s+a\s+row|\s+running)?"
)
_STREAK = re.compile(STREAK)
_STREAK_BEFORE = re.compile(r"(?i)\b(?:for|in)\s+$")
_WORD_VALUES = {*ONES, *TENS}
_UNCOUNTED_PLURALS = {"people", "children", "staff", "personnel", "percent", "per cent", "%"}
#: Units of a rate or its change: "two percentage points", "or one per cent" (a rate, even of one).
_RATE_AFTER = re.compile(r"(?i)\s+(?:per\s?cent|percent|%|percentage\s+points?)\b")
_RATE_UNITS = {"percent", "per cent", "%", "percentage point", "percentage points"}
_SET_AFTER = re.compile(r"(?i)\s+of\s+(?:the|these|those|its|their|our|all)\b")
_FRACTION_AFTER = re.compile(r"(?i)\s+of\b")
_WINDOW_SET = re.compile(
    r"(?i)\s+of\s+the\s+(?:past|last|previous|preceding|prior|next|first|latest)\s+(?:[\w-]+\s+)?"
    r"(?:days|weeks|months|quarters|years)\b"
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|these|those|its|their|our|both|all|each|every|no|number|first|second|last|latter|former|"
    r"other|another|or|to|than)|-)\s*$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"”’']?\s+)[\"“‘']?$")
_ELLIPSIS_BEFORE = re.compile(r"(?i)\b(?:in|for|at|to|by|from)\s+$")
# A change verb with its members elided: "industrial production rose in thirteen, fell in eight".
_CHANGED_IN = re.compile(
    r"(?i)\b(?:rose|fell|increased|decreased|grew|declined|dropped|gained|went up|went down|remained stable|"
    r"was stable|were stable|contracted|expanded)\s+in\s+$"
)
_SET_NAMED = re.compile(r"(?i)\b(?:among|across|of|in)\s+(?:all\s+)?the(?:\s+\d[\d,]*)?(?=\s+[A-Za-z])")
#: A multiple compared: "five times higher than", "three times as large as" (not "three times in 2019").
_MULTIPLIER = re.compile(
    r"(?i)\s+(times)\s+(?:higher|larger|greater|bigger|lower|smaller|more|less|faster|slower|as\s+(?:high|large|"
    r"many|much|great|likely)|that\s+of|the\b)"
)
#: A word between a count and its noun that sorts what is counted: "four main groups".
_SORTING_WORD = re.compile(r"\s+(?:main|major|principal|key|broad|remaining|separate|distinct|different)(?=\s)")
#: A count whose members are listed right after it: "the eight groups, namely:", "the other two groups:".
#: "for a family of five", "an average household of six": the number after is the household's size.
_HOUSEHOLD_OF = re.compile(
    r"(?i)\b(?:a|an|the|per|each|every)\s+(?:average\s+|typical\s+)?(?:family|household)\s+of\s+$"
)
_MEMBERS = re.compile(r"(?i)\s+(children|people|persons|adults|members)\b")
_ENUMERATED = re.compile(r"(?i)\s*(?::|,?\s+namely\b)")
_ELLIPSIS_AFTER = re.compile(r"(?i)\s*(?:[,.;)]|and\b|or\b|while\b|but\b|$)")


@dataclass(frozen=True)
class WordNumber:
    start: int
    end: int  # end of the mention: the number and the noun it counts
    value: str  # as written: "twenty-one", "two million", "two-thirds"
    unit: str | None = None  # the counted noun ("Member States"), or the one of the figure before it


# A unit reader: (unit as written, where it ends) for what follows a number at an offset, or None.
UnitReader = Callable[[int], tuple[str, int] | None]


def find_word_numbers(text: str, folded: str, taken: list[tuple[int, int]], unit_at: UnitReader) -> list[WordNumber]:
    """Number words of `text` (`folded`: its same-length fold) that state a quantity, outside the
    `taken` spans; `unit_at` is the mention finder's own unit reader."""
    found: list[WordNumber] = []
    for match in _WORDS.finditer(folded):
        start, end = match.start(), match.end()
        written = text[start:end]
        if any(a < end and start < b for a, b in taken) or not _parses(written):
            continue
        before = folded[max(0, start - 24) : start]
        if written[:1].isupper() and not _SENTENCE_START.search(before):
            continue  # "Group of Seven", "the Big Three": a name
        restated = _RATE_AFTER.match(folded, end)  # "by 1.5 points or one per cent": a rate restated
        if re.match(r"\s+or\s", folded[end : end + 4]) or (re.search(r"(?i)\bor\s+$", before) and not restated):
            continue  # "one or two": no figure
        if re.search(rf"(?i)\b(?:{_CARDINAL}|a|an|\d+)\s+(?:in|out of)\s+$", before):
            continue  # "one in five workers": a ratio, not five workers
        previous = found[-1] if found and not re.search(r"[.!?;]", folded[found[-1].end : start]) else None
        reading = _read(text, folded, start, end, before, unit_at, previous)
        if reading is not None:
            found.append(reading)
    return found


def _read(
    text: str, folded: str, start: int, end: int, before: str, unit_at: UnitReader, previous: WordNumber | None
) -> WordNumber | None:
    written = text[start:end]
    words = re.split(r"[\s-]+", written.lower())
    if len(words) == 1 and words[0] in PARTS and words[0] != "half":
        return None  # "the same quarter of the previous year", "a third estimate": no numerator
    if words[-1] in PARTS:  # a share: "two-thirds of", "half of"; not "the first half", "a quarter"
        if _FRACTION_AFTER.match(folded, end) and not _NOT_A_COUNT_BEFORE.search(before):
            return WordNumber(start, end, written)
        return None
    if any(word in PARTS for word in words) and words[-1] not in SCALES:
        return None
    times = _MULTIPLIER.match(folded, end)
    if times and words not in (["one"], ["zero"]):  # "more than five times higher than": a ratio
        return WordNumber(start, times.end(1), written, "times")
    streak = _STREAK.match(folded, end)
    if streak and (streak.group(1) or streak.group(3)) and _STREAK_BEFORE.search(before) and words != ["one"]:
        return WordNumber(start, streak.end(2), written, text[streak.start(2) : streak.end(2)])
    unit = _counted_noun(text, end, unit_at) or _qualified_noun(text, end, unit_at)
    if not unit and _HOUSEHOLD_OF.search(folded, max(0, start - 40), start):  # "a family of five": in persons
        members = _MEMBERS.match(text, end)  # "a family of five children"
        return WordNumber(
            start, members.end(1) if members else end, written, members.group(1) if members else "persons"
        )
    if words[-1] in SCALES:  # "two million people": an amount, whatever follows
        return WordNumber(start, unit[1] if unit else end, written, unit[0] if unit else None)
    rate = bool(unit) and unit[0].lower() in _RATE_UNITS  # "or one per cent", "to two percent": a rate
    if _NOT_A_COUNT_BEFORE.search(before) and not (unit and (rate or _ENUMERATED.match(folded, unit[1]))):
        return None  # "the two surveys"; but "the eight groups, namely: …" counts the members listed
    small = words in (["one"], ["zero"], ["naught"], ["nought"])
    if unit and (not small or rate):
        return WordNumber(start, unit[1], written, unit[0])
    if not unit and _WINDOW_SET.match(folded, end):
        return None  # "declined in three of the past five months": a window of time, not a set counted
    if not unit and not small and _SET_AFTER.match(folded, end):
        member = set_member(text, folded, end, unit_at)  # "Thirteen of the 16 industries"
        return WordNumber(start, end, written, member[0] if member else None)
    if previous and previous.unit and _ELLIPSIS_BEFORE.search(before) and _ELLIPSIS_AFTER.match(folded, end):
        return WordNumber(start, end, written, previous.unit)
    if not small and _CHANGED_IN.search(before) and _ELLIPSIS_AFTER.match(folded, end):
        named = _named_set(text, folded, start, unit_at)  # "Among the Member States ..., rose in thirteen"
        return WordNumber(start, end, written, named[0]) if named else None
    return None


def _qualified_noun(text: str, end: int, unit_at: UnitReader) -> tuple[str, int] | None:
    """The noun counted past one word that sorts it: "four main groups", "three major sectors"."""
    word = _SORTING_WORD.match(text, end)
    return _counted_noun(text, word.end(), unit_at) if word else None


def _named_set(text: str, folded: str, start: int, unit_at: UnitReader) -> tuple[str, int] | None:
    """The set named earlier in the sentence ("Among the Member States", "Of the 50 states") whose
    members a bare number after a change verb counts ("rose in thirteen, fell in eight")."""
    sentence = max(folded.rfind(mark, 0, start) for mark in ".!?;\n") + 1
    match = _SET_NAMED.search(folded, sentence, start)
    return _counted_noun(text, match.end(), unit_at) if match else None


def set_member(text: str, folded: str, end: int, unit_at: UnitReader) -> tuple[str, int] | None:
    """The noun of "N of the 16 industries", "9 of the 13 subsectors": what the number counts."""
    match = _SET_AFTER.match(folded, end)
    if match is None:
        return None
    size = re.match(r"\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?=\s)", folded[match.end() :])
    if size is None or not re.search(r"\d", size.group()) and size.group().strip().lower() not in _WORD_VALUES:
        return None
    return ranked_noun(text, match.end() + size.end(), unit_at)


#: Words between a set's size and its noun that rank or place it: "the 322 largest U.S. counties".
_RANKING_WORDS = re.compile(r"\s+(?:[a-z]+est|most|least|[A-Z](?:\.[A-Z])+\.?)(?=\s)")


def ranked_noun(text: str, end: int, unit_at: UnitReader) -> tuple[str, int] | None:
    """The noun a set's size counts, past up to three ranking words: "16 industries", "the 322
    largest U.S. counties" (counties); None when no plural noun follows."""
    for _ in range(4):
        noun = _counted_noun(text, end, unit_at)
        if noun is not None:
            return noun
        ranking = _RANKING_WORDS.match(text, end)
        if ranking is None:
            return None
        end = ranking.end()
    return None


def set_noun(text: str, folded: str, start: int, end: int, unit_at: UnitReader) -> tuple[str | None, int]:
    """(noun, end) of a count with no unit of its own: the size of a ranked set ("in 266 of the 322
    largest U.S. counties", "the 322 largest counties") or a figure counting the set that opens its
    sentence ("Among the 344 largest counties, 167 had decreases"); (None, end) otherwise."""
    if folded[max(0, start - 8) : start].lower().endswith(" of the ") or _RANKING_WORDS.match(text, end):
        ranked = ranked_noun(text, end, unit_at)
        if ranked is not None:
            return ranked
    introduced = introduced_set(text, start, unit_at)
    return (introduced[0], end) if introduced else (None, end)


#: A sentence opened by the set its figures count: "Among the 344 largest counties, 167 had decreases".
_SET_OPENING = re.compile(r"(?i)(?:^|(?<=[.!?;]\s))\s*(?:among|of|across)\s+(?:all\s+)?the(?:\s+\d[\d,]*)?(?=\s)")


def introduced_set(text: str, start: int, unit_at: UnitReader) -> tuple[str, int] | None:
    """The noun of the set that opens the sentence when the number opens the next clause: "Of the 322
    largest counties, 11 experienced declines" (11 counties); None otherwise."""
    openings = list(_SET_OPENING.finditer(text, 0, start))
    if not openings:
        return None
    opening = openings[-1]
    noun = ranked_noun(text, opening.end(), unit_at)
    if noun is None or not re.fullmatch(r"[^\d;.!?,]{0,60},\s*", text[noun[1] : start]):
        return None
    return noun


def _counted_noun(text: str, end: int, unit_at: UnitReader) -> tuple[str, int] | None:
    """The plural noun or the unit a number in words counts ("Member States", "provinces",
    "percent"); None for a window or a frequency ("two consecutive months", "three times")."""
    read = unit_at(end)
    if read is None:
        return None
    unit, unit_end = read
    if unit.lower() in _RATE_UNITS:  # "down by two percentage points": not a window of "points"
        return unit, unit_end
    more = re.match(r" [A-Z][a-z]+s\b", text[unit_end : unit_end + 24]) if unit[:1].isupper() else None
    if more:  # "Member States": a name of a group in two capitalised words
        unit, unit_end = unit + more.group(), unit_end + more.end()
    if (
        _TIME_NOUNS.search(unit)
        or _DOCUMENT_NOUNS.search(unit)
        or not (unit.endswith("s") or unit.lower() in _UNCOUNTED_PLURALS)
    ):
        return None
    return unit, unit_end


def _parses(written: str) -> bool:
    try:
        parse_quantity(written)
    except ValueParseError:
        return False
    return True
