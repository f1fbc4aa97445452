"""Statistical mentions in a document: number, unit, qualifier, kind, period, type, clause.

Each number token (`numbers.find_numbers`) is read in its context with the shared vocabulary
(`factcheck.grammar.vocab`): a qualifier word before it (超过 逾 近 约 more than) or after it (以上 左右
多 余), a unit word after it (longest match: 个百分点 before 个, 万千瓦 as 万 + 千瓦), kind markers
earlier in its clause (力争/到20XX年 → target, 预计 → estimate), and the period written before it
in its sentence. Numbers that are names (“五个优化”, 六项机制, 二十大) become `label` mentions;
Chinese numerals used as words (一系列, 一年来, 第一时间, 之一) are not mentions at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from factcheck.extract.classify import Reading, classify_number
from factcheck.extract.clauses import (
    Span,
    clauses,
    context_clause,
    same_sentence,
    sentences,
)
from factcheck.extract.document import Document, guess_language
from factcheck.extract.numbers import Number, find_numbers, fold_same_length
from factcheck.extract.ranks import find_word_ranks
from factcheck.extract.timing import PeriodMention, document_year, find_periods
from factcheck.extract.words import (
    currency_before,
    find_labels,
    kind_of,
    prefix_qualifier,
    subject_of,
    suffix_after,
    unit_after,
)


@dataclass
class Mention:
    paragraph: int
    start: int  # offsets into the paragraph: the whole mention (qualifier, number, unit)
    end: int
    value: str  # as written: "725万", "57.9", "30%-50%", "一"
    value_start: int
    unit: str | None
    qualifier: str | None
    kind: str  # fact, estimate, target, label
    type: str  # count, measure, rank, only, growth, difference, range, date, label
    period: str | None
    clause: Span
    sentence_clause: int  # index of the clause in the paragraph's clause list
    subject: str = ""
    confidence: float = 0.8
    negative: bool = False  # 下降2.3% / fell 2.3%: written value "-2.3"
    head: str = ""  # the mention's own clause before the number (for roles and relations)
    notes: list[str] = field(default_factory=list)


def find_mentions(
    document: Document, lang: str = "auto", year: int | None = None, progress: Callable[[int], None] | None = None
) -> list[Mention]:
    """Every numeric mention of the document, paragraph by paragraph; `progress(characters)` after each."""
    lang = guess_language(document.text) if lang == "auto" else lang
    year = year or document_year(document.text)
    mentions: list[Mention] = []
    for paragraph in document.paragraphs:
        mentions.extend(paragraph_mentions(paragraph.text, paragraph.number, lang, year))
        if progress is not None:
            progress(len(paragraph.text) + 1)
    return mentions


def paragraph_mentions(text: str, number: int, lang: str, year: int | None) -> list[Mention]:
    folded = fold_same_length(text)
    english = lang == "en"
    clause_list = clauses(text, english=english)
    periods = find_periods(text, folded, year)
    taken = [(p.start, p.end) for p in periods]
    found: list[Mention] = []
    for period in periods:
        if period.type == "date" and period.day:
            found.append(_date_mention(text, number, period, clause_list))
    for start, end, value in find_labels(text, folded, taken):
        taken.append((start, end))
        found.append(_mention(text, number, clause_list, start, end, value, start, None, None, "label", "label", None))
    for rank in find_word_ranks(text, folded, taken):
        taken.append((rank.start, rank.end))
        found.append(
            _finish(
                text,
                folded,
                number,
                clause_list,
                periods,
                year,
                rank.start,
                rank.end,
                rank.value,
                rank.value_start,
                None,
                None,
                "rank",
                english,
            )
        )
    for token in find_numbers(text, folded):
        if any(a < token.end and token.start < b for a, b in taken):
            continue
        reading = classify_number(text, folded, token, english)
        if reading is None:
            continue
        found.append(_from_reading(text, folded, number, clause_list, periods, year, token, reading, english))
        taken.append((found[-1].start, found[-1].end))
    found.sort(key=lambda mention: mention.value_start)
    _inherit_subjects(text, found)
    return found


def _inherit_subjects(text: str, found: list[Mention]) -> None:
    """增长4.8%, 居全省第2位: a relation with no subject of its own is about the figure before it."""
    for previous, mention in pairwise(found):
        own = re.sub(r"^(?:按[^，,]*计算|比上年末|比上年|比去年|较上年|同比|环比|扣除[^，,]*后)+", "", mention.subject)
        if (
            mention.type in ("growth", "change", "rank", "difference")
            and previous.type not in ("label", "date")
            and not own.strip()
            and previous.subject
            and _sentence_of(text, previous.value_start) == _sentence_of(text, mention.value_start)
        ):
            mention.subject = previous.subject


def _from_reading(
    text: str,
    folded: str,
    number: int,
    clause_list: list[Span],
    periods: list[PeriodMention],
    year: int | None,
    token: Number,
    reading: Reading,
    english: bool,
) -> Mention:
    if reading.type == "label":
        return _mention(
            text,
            number,
            clause_list,
            token.start,
            reading.end,
            reading.value,
            reading.value_start,
            reading.unit,
            None,
            "label",
            "label",
            None,
        )
    unit, cursor, odd = reading.unit, reading.end, False
    if unit is None and reading.type not in ("rank", "only"):
        odd, unit, cursor = unit_after(text, folded, reading.end, english)
    sign, _ = currency_before(folded, reading.value_start)
    if unit is None and sign:
        unit = sign
    qualifier, start = prefix_qualifier(folded, reading.value_start, english)
    suffix, cursor = suffix_after(folded, cursor, english)
    qualifier = "odd" if odd or token.odd else (suffix or qualifier)
    mention = _finish(
        text,
        folded,
        number,
        clause_list,
        periods,
        year,
        start,
        cursor,
        reading.value,
        reading.value_start,
        unit,
        qualifier,
        reading.type,
        english,
    )
    if mention.type == "growth" and unit not in ("%", "％", "percent", "per cent"):
        mention.type = "change"  # 减少0.79万人, 提高0.62个百分点: a difference, not a rate
    mention.negative = reading.negative
    mention.confidence = reading.confidence
    return mention


def _finish(
    text: str,
    folded: str,
    number: int,
    clause_list: list[Span],
    periods: list[PeriodMention],
    year: int | None,
    start: int,
    end: int,
    value: str,
    value_start: int,
    unit: str | None,
    qualifier: str | None,
    type_: str,
    english: bool,
) -> Mention:
    index = _clause_index(clause_list, value_start)
    clause = clause_list[index]
    kind, target_year = kind_of(folded, _marker_scope(folded, clause_list, index, periods), value_start, periods, year)
    period = _period_for(folded, periods, _sentence_of(text, value_start), clause, value_start, year, kind)
    if target_year is not None:
        period = str(target_year)
    mention = _mention(text, number, clause_list, start, end, value, value_start, unit, qualifier, kind, type_, period)
    mention.head = text[clause.start : value_start]
    own = re.split(r"\d[\d.,%]*[万亿]?(?:个百分点|[个家项所处名人次座辆%])?", mention.head.split("、")[-1])[-1]
    mention.subject = subject_of(own, english) if own.strip() else ""
    if not mention.subject:  # 9类困难群体…: the number leads, the noun follows
        mention.subject = text[end : clause.end].strip(" ,，、")[:30]
    return mention


def _marker_scope(folded: str, clause_list: list[Span], index: int, periods: list[PeriodMention]) -> Span:
    """The clause, extended back over clauses of its sentence that hold no number (预计到2025年，…)."""
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


def _mention(
    text: str,
    number: int,
    clause_list: list[Span],
    start: int,
    end: int,
    value: str,
    value_start: int,
    unit: str | None,
    qualifier: str | None,
    kind: str,
    type_: str,
    period: str | None,
) -> Mention:
    index = _clause_index(clause_list, value_start)
    clause = context_clause(text, clause_list, index, value_start)
    return Mention(number, start, end, value, value_start, unit, qualifier, kind, type_, period, clause, index)


def _date_mention(text: str, number: int, period: PeriodMention, clause_list: list[Span]) -> Mention:
    day_start = period.start + period.text.rindex(period.day)
    mention = _mention(
        text,
        number,
        clause_list,
        period.start,
        period.end,
        period.day,
        day_start,
        "日",
        None,
        "fact",
        "date",
        period.period,
    )
    mention.subject = "date of the event: " + mention.clause.text
    mention.confidence = 0.6
    return mention


def _clause_index(clause_list: list[Span], offset: int) -> int:
    for index, clause in enumerate(clause_list):
        if clause.start <= offset < clause.end:
            return index
    for index in range(len(clause_list) - 1, -1, -1):
        if clause_list[index].start <= offset:
            return index
    return 0


_EARLIER = re.compile(
    r"[^,;]*?\b(?:a year earlier|a year ago|last year|the previous year|the year before)\b", re.IGNORECASE
)


def _period_for(
    folded: str,
    periods: list[PeriodMention],
    sentence: tuple[int, int],
    clause: Span,
    value_start: int,
    year: int | None,
    kind: str,
) -> str | None:
    """The period of a number, nearest first: written before it in its clause; after it in its
    clause (English writes "… $2.4 billion in 2023", but not a comparison base: "on 2021");
    before it in its sentence; "a year earlier"; else the document's year (none for a target)."""
    before = [p for p in periods if sentence[0] <= p.start < value_start and p.type != "date" and p.period]
    in_clause = [p for p in before if p.start >= clause.start]
    if in_clause:
        return in_clause[-1].period
    after = next(
        (
            p
            for p in periods
            if value_start < p.start < clause.end
            and p.type != "date"
            and p.period
            and (not p.target or kind == "target")
            and not re.search(
                r"(?i)\b(?:on|than|of|from)\s+(?:the\s+)?(?:same\s+period\s+of\s+)?$",
                folded[max(0, p.start - 30) : p.start],
            )
        ),
        None,
    )
    if after is not None:
        return after.period
    if before:
        return before[-1].period
    if year is not None and _EARLIER.match(folded, value_start, clause.end):
        return str(year - 1)
    if kind == "target" or year is None:
        return None
    return str(year)


def _sentence_of(text: str, offset: int) -> tuple[int, int]:
    spans = [(span.start, span.end) for span in sentences(text) if span.start <= offset]
    return spans[-1] if spans else (0, len(text))
