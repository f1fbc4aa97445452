"""Sentences and clauses of a paragraph, as offsets, so a draft's quote is the document's own words.

A claim file's `claim` and `quote` are the clause around the number. Chinese official prose
chains many statistics in one sentence with commas (，,) and semicolons, so the clause is the
unit; an enumeration with 、 stays one clause. A clause that cannot stand alone (居全省第2位,
总数达到6家, 其中国家级38家) is read together with the clause before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Sentence ends; clause breaks add commas, semicolons and colons. A comma or colon between
# digits (1,234  32,6  20:00; a full-width ， still breaks before 1 or 2 digits) and a full stop
# inside a number or an abbreviation are not breaks; nor is a
# "?" before a digit (a "±" lost in a copy: "(?10.5 percent)*").
_SENTENCE_END = re.compile(r"(?:[。！？!]|\?(?!\d))+[”’\"']?|；|;|\.(?=\s+[A-Z\"“(]|\s*$)|\n")
_CLAUSE_BREAK = re.compile(r"[,，](?!(?<=\d[,，])\d{3}(?!\d))(?!(?<=\d,)\d)|[：:](?!(?<=\d[：:])\d)")
_ENGLISH_BREAK = re.compile(
    r",\s+(?=(?:while|but|whereas|and|after|compared|against|versus|up|down|ranking|ranked|making|the highest|the second)\b)"  # noqa: E501
)
_QUOTE = re.compile(r"[“「『\"][^“”「」『』\"]{0,40}[”」』\"]")

# A clause that starts with one of these refers back to the clause before it.
_DEPENDENT = re.compile(
    r"^(?:其中|均|并|且|也|还|居|位居|位列|名列|排名|排在|列|占|高于|低于|超出|比|较|同比|环比|增长|"
    r"下降|减少|提高|上涨|上升|增加|回落|分别|总数|总量|新增数|累计|合计|共计|达到|达|为|成为|位于|ranking|ranked|ranks|up|down|"
    r"which|of which|including|an increase|a rise|a decrease)"
)


#: Abbreviations written with a point before a capital: "Rs. Million", "No. 12", "Dr. Sutomo".
_ABBREVIATION = re.compile(r"(?:^|(?<=[\s(]))(?:Rs|No|Nos|Dr|Mr|Mrs|Ms|Jl|Fig|Vol|Ave|approx|vs)$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Sentences of a paragraph (offsets into `text`), terminators included."""
    return list(_sentences(text))


@lru_cache(maxsize=64)  # asked for again for each number of the paragraph; a Span is immutable
def _sentences(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        semicolon = match.group() == ";"
        if _inside_number(text, match.start()) or (semicolon and _inside_aside(text, match.start())):
            continue
        if match.group() == "." and _ABBREVIATION.search(text, max(0, match.start() - 8), match.start()):
            continue  # "Rs. Million 8,622,825", "Jl. Dr. Sutomo": an abbreviation's point ends no sentence
        end = match.end()
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    return tuple(spans)


def _inside_aside(text: str, index: int) -> bool:
    """ "(+$1.03; +3.4%)", "‘Growing of oleaginous fruits; including coconut’": a semicolon inside an
    aside or a quoted name does not end the sentence."""
    head, tail = text[max(0, index - 80) : index], text[index : index + 80]
    return any(head.rfind(left) > head.rfind(right) and right in tail for left, right in _ASIDES)


_ASIDES = (("(", ")"), ("‘", "’"), ("“", "”"))


def clauses(text: str, english: bool = False) -> list[Span]:
    """Clauses of a paragraph: sentences split at commas, semicolons and colons, quotes kept whole."""
    protected = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    breaker = _ENGLISH_BREAK if english else _CLAUSE_BREAK
    spans: list[Span] = []
    for sentence in sentences(text):
        start = sentence.start
        for match in breaker.finditer(text, sentence.start, sentence.end):
            if any(a < match.start() < b for a, b in protected):
                continue
            _add(spans, text, start, match.end())
            start = match.end()
        _add(spans, text, start, sentence.end)
    return spans


def clause_index(clause_list: list[Span], offset: int) -> int:
    """The clause holding `offset`, else the last one starting before it, else the first."""
    for index, clause in enumerate(clause_list):
        if clause.start <= offset < clause.end:
            return index
    for index in range(len(clause_list) - 1, -1, -1):
        if clause_list[index].start <= offset:
            return index
    return 0


def context_clause(text: str, clause_list: list[Span], index: int, number_start: int) -> Span:
    """The clause at `index`, joined with the one before when it cannot stand alone.

    The quote stays a contiguous piece of the paragraph, so it is found again in the document.
    """
    clause = clause_list[index]
    head = text[clause.start : number_start]
    if index > 0 and same_sentence(text, clause_list[index - 1], clause) and _needs_context(head):
        previous = clause_list[index - 1]
        return Span(previous.start, clause.end, text[previous.start : clause.end].strip())
    return clause


_BREAK_BETWEEN = re.compile(r"[。！？!?；;\n]|\.\s")


def same_sentence(text: str, first: Span, second: Span) -> bool:
    between = text[first.start : second.start]
    return not _BREAK_BETWEEN.search(between.rstrip())


def _needs_context(head: str) -> bool:
    head = head.strip()
    return len(re.sub(r"[^\w]", "", head)) <= 1 or bool(_DEPENDENT.match(head))


def _inside_number(text: str, index: int) -> bool:
    return text[index] == "." and index + 1 < len(text) and text[index + 1].isdigit()


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip().rstrip(",，：:;；。！？!?.").strip()
    if stripped:
        offset = start + piece.index(stripped)
        spans.append(Span(offset, offset + len(stripped), stripped))


def sentence_of(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence that holds `offset`."""
    spans = [(span.start, span.end) for span in sentences(text) if span.start <= offset]
    return spans[-1] if spans else (0, len(text))


def between_commas(folded: str, clause: Span, value_start: int) -> tuple[int, int]:
    """The part of the clause around the number between commas (English clauses keep commas)."""
    commas = _commas(folded, clause.start, clause.end)
    before, after = bisect_left(commas, value_start), bisect_right(commas, value_start)
    start = commas[before - 1] + 1 if before else clause.start
    end = commas[after] if after < len(commas) else clause.end
    return start, end


@lru_cache(maxsize=64)  # each number of a clause asks again: a scan of the clause per number was quadratic
def _commas(folded: str, start: int, end: int) -> tuple[int, ...]:
    """Where the clause's commas are (not a thousands separator), as offsets in the paragraph."""
    return tuple(start + m.start() for m in re.finditer(r",(?!\d{3})", folded[start:end]))


def marker_scope(folded: str, clause_list: list[Span], index: int, periods: Sequence[Any]) -> Span:
    """The clause, extended back over clauses of its sentence that hold no number but the written
    `periods` (each with `.start` and `.text`): 预计到2025年，… still marks the figure after it."""
    start = index
    while start > 0 and same_sentence(folded, clause_list[start - 1], clause_list[start]):
        previous = clause_list[start - 1]
        text = folded[previous.start : previous.end]
        for period in periods:
            if previous.start <= period.start < previous.end:
                text = text.replace(period.text, "")
        if re.search(r"\d", text):
            break
        start -= 1
    clause = clause_list[index]
    return Span(clause_list[start].start, clause.end, folded[clause_list[start].start : clause.end])
