"""What a figure measures: an English figure's noun phrase, and a relation's subject by inheritance.

"Total nonfarm payroll employment rose by 236,000": the subject stands before the verb. A segment
that only continues a statement ("…, 23,000 more compared with April", "little changed but higher
than a year earlier (75.0%)") names nothing: the subject is the one it continues. "There were 32.41
million people in work": when nothing before the figure names it, the noun after it does. A
growth rate or rank with no subject of its own (增长4.8%, 居全省第2位) is about the figure before it.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Protocol

from factcheck.extract.clauses import sentence_of

_EN_TRAIL = re.compile(
    r"\b(?:was|were|is|are|reached|totalled|totaled|rose|grew|fell|increased|decreased|of|to|by|at|up|down|"
    r"more than|over|nearly|almost|about|around|some|approximately|an estimated|estimated|"
    r"is expected to reach|expected to reach|ranked|ranks|the|a|an)\s*$",
    re.IGNORECASE,
)


_EN_VERB = re.compile(
    r"(?i)\b(?:was|were|is|are|has|have|had|rose|fell|increased|decreased|declined|edged|changed|added|lost|"
    r"continued|remained|remains?|showed|shown|accounted|reached|grew|dropped|totall?ed|stood|came|occurred|"
    r"returned|would|will|amounted|climbed|slipped|eased|jumped|gained|shed|trended|posted|recorded|registered|"
    r"hit|expected|forecast|reported|came)\b"
)
_EN_LEAD = re.compile(
    r"(?i)^(?:and|or|but|while|whereas|with|both|also|which|who|whom|whose|where|so|then|overall|meanwhile|there|"
    r"(?:\w+\s+){1,3}(?:estimates|estimated|shows|showed|reports|reported|says|said|finds|found) that|"
    r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|"
    r"over the (?:month|year|quarter)|among [^,]*|compared (?:with|to)|(?:lower|higher|more|less) than|"
    r"in line with|the same as|the|a|an|these|those|this|that|its|their|at|to|from|by|of|"
    r"in|on|for|up|down|about|around|some|nearly|almost|approximately|percent|per cent|points?|"
    r"months?|years?|weeks?|quarters?|days?|thousand|million|billion|trillion|bn|mn|[$€£¥+-])\b\W*"
)
_EN_NOT_SUBJECT = re.compile(
    r"(?i)^(?:\W|\d|percent|per cent|points?|percentage points?|months?|years?|weeks?|thousand|million|billion|"
    r"trillion)*$"
)


def english_subject(head: str) -> str:
    """The noun phrase a number measures, from the clause before it: "Total nonfarm payroll
    employment" (rose by 236,000), "adult women" (3.1 percent), "the unemployment rate for Hispanics"."""
    # A closed aside ("(those jobless for 27 weeks or more)"), a table cell's edge and a list bullet end a
    # segment; stars after a figure ("5.46** million") mark a note.
    text = re.sub(r"\([^()]*\)|[|•▪◦●■]", ";", head.replace("*", " "))
    number = (  # a figure with its scale word and unit: "$3.4 billion" leaves no "billion" as a subject
        r"(?<![\d])(?!(?:19|20)\d\d\b)\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion|bn|mn)\b\s*)?"
        r"(?:percentage points?|percent|per cent|%|cents|dollars|hours?|jobs|points?)?"
    )
    for segment in reversed(re.split(rf"\s*(?:[;()\[\]]|,\s|{number})\s*", text)):
        if _CONTINUES.match(segment):
            continue
        verb = _EN_VERB.search(segment)
        phrase = segment[: verb.start()] if verb else segment
        previous = None
        while previous != phrase:
            previous = phrase
            phrase = _EN_LEAD.sub("", phrase.strip())
            phrase = _EN_TRAIL.sub("", phrase).strip(" ,;:$€£¥+-")
        if phrase and not _EN_NOT_SUBJECT.match(phrase) and not _CONTINUES.match(phrase):
            return phrase[:80]  # "in September after advancing": a comparison once its period is gone
    return ""


#: A segment that continues a statement about a figure already named: a comparison, no subject.
_CONTINUES = re.compile(
    r"(?i)^(?:(?:and|but|or|while|so)\s+)*(?:(?:very |only |a )?(?:little|slightly|somewhat|marginally|broadly|"
    r"largely|virtually)\b|more\b|fewer\b|less\b|unchanged\b|respectively\b"
    r"|(?:compared (?:with|to)|against|relative to|versus|vs\.?|after|following|above|below)\b"
    r"|(?:the )?(?:previous|prior|preceding|corresponding|same|last|earlier)\s+(?:\w+\s+)?"
    r"(?:quarter|month|year|period|week|estimate|release)s?\b)"
)
#: Words after a figure that are its unit or say how it compares, never what it measures.
_UNIT_OR_PREDICATE = re.compile(
    r"(?i)(?:percent|per cent|percentage|points?|pts|euros?|dollars?|pounds?|yen|yuan|francs?|cents?|times|"
    r"more|fewer|less|higher|lower|above|below|up|down|respectively|each|apiece|over|under|or|and)\b"
)
#: What ends the noun after a figure: a verb, a relative or a participle, a comparison, a number.
_NOUN_END = re.compile(
    r"(?i)[,;:()\[\]]|\s\d|\s(?:who|which|that|aged|compared|than|since|from|between|during|in (?:the|19|20))\b"
)


def noun_after(tail: str) -> str:
    """The noun phrase right after a figure ("32.41 million people in work, …" → "people in work")."""
    if not re.match(r"\d", tail):  # "Thirteen of the 16 industries": a number in words leads its own phrase
        return ""
    tail = re.sub(r"(?i)^[\d.,]*\s*(?:(?:thousand|million|billion|trillion|bn|mn)\b)?", "", tail)
    end = _NOUN_END.search(tail)
    phrase = tail[: end.start()] if end else tail
    verb = _EN_VERB.search(phrase)
    phrase = (phrase[: verb.start()] if verb else phrase).strip(" ,;:.-")
    named = re.match(r"(?i)[a-z]{3,}", phrase) and not _UNIT_OR_PREDICATE.match(phrase)
    return phrase[:80] if named and len(phrase.split()) <= 6 else ""


class _Mention(Protocol):  # extract.mentions.Mention, which imports this module
    subject: str
    type: str
    value_start: int


def inherit_subjects(text: str, found: list[_Mention]) -> None:
    """增长4.8%, 居全省第2位: a relation with no subject of its own is about the figure before it."""
    for previous, mention in pairwise(found):
        own = re.sub(
            r"^(?:按[^，,]*计算|比上年末|比上年|比去年|较上年|比年初|同比|环比|扣除[^，,]*后|多增|少增|净增|少|折合|折|"
            r"可比|两年平均?|年均|扩大|收窄|和|及|与|调整|(?:变|转变|提高|上升|升|下降|降|增加|增|减少|减)(?:为|到|至)|至|"
            r"(?i:these|those|this|it|they|individuals|figures?|measures?)\b\s*)+",
            "",
            mention.subject,
        )
        restated = bool(mention.subject.strip()) and not own.strip()  # 折1162亿美元, "These individuals"
        if (
            (mention.type in ("growth", "change", "rank", "difference") or not own.strip() or restated)
            and mention.type not in ("label", "date")
            and previous.type not in ("label", "date")
            and not own.strip()
            and previous.subject
            and (restated or sentence_of(text, previous.value_start) == sentence_of(text, mention.value_start))
        ):
            mention.subject = previous.subject
