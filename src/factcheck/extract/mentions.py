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

from factcheck.extract.afternumber import priced_unit
from factcheck.extract.barechanges import percent_for_bare_changes
from factcheck.extract.bracketunits import units_after_abbreviated_scale, units_after_bracketed_percent
from factcheck.extract.classify import Reading, classify_number
from factcheck.extract.clauses import Span, clause_index, clauses, context_clause, marker_scope, sentence_of
from factcheck.extract.columnperiods import FlatColumns
from factcheck.extract.comparedlevels import units_for_compared_levels
from factcheck.extract.contactblock import address_lines
from factcheck.extract.countnouns import one_counted_noun
from factcheck.extract.cumulative import with_year_to_date
from factcheck.extract.docperiod import document_period
from factcheck.extract.document import Document, guess_language
from factcheck.extract.eventdates import is_event
from factcheck.extract.exchangerates import exchange_rates
from factcheck.extract.genericunits import name_generic_units
from factcheck.extract.listedpairs import list_lead, split_listed_pairs
from factcheck.extract.listleads import apply_list_leads
from factcheck.extract.lists import inherit_elided_verb_signs, inherit_restated_signs, share_in_lists
from factcheck.extract.measureline import apply_measure_line
from factcheck.extract.minguo import roc_reference, with_roc_years
from factcheck.extract.noise import is_release_date
from factcheck.extract.notes import notes_section
from factcheck.extract.numbers import Number, find_numbers, folded_text
from factcheck.extract.paragraphmemo import mentions_once
from factcheck.extract.partsperunit import parts_per_unit
from factcheck.extract.ranks import find_word_ranks
from factcheck.extract.runningheaders import running_headers
from factcheck.extract.signedcells import sign_cells
from factcheck.extract.subjectnoun import subject_noun
from factcheck.extract.subjects import inherit_subjects, noun_after
from factcheck.extract.tablecells import apply_flat_row, apply_header, flat_caption, next_header, read_spaced_row
from factcheck.extract.tenths import find_tenths
from factcheck.extract.textmemo import furniture, paragraph_noise, paragraph_periods
from factcheck.extract.timing import PeriodMention, Reference, period_for
from factcheck.extract.unitline import apply_stated_unit
from factcheck.extract.wordnumbers import find_word_numbers, set_member, set_noun
from factcheck.extract.words import (
    counted_noun,
    currency_before,
    find_labels,
    kind_of,
    prefix_qualifier,
    subject_of,
    suffix_after,
    unit_after,
)
from factcheck.extract.yearrows import apply_year_row
from factcheck.grammar.decimalcomma import NumberStyle, number_style
from factcheck.grammar.units import known_unit


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
    quote: str = ""  # the citation's quote when not the clause: a table cell's, from its header row


def find_mentions(
    document: Document,
    lang: str = "auto",
    period: Reference | int | str | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Mention]:
    """Every numeric mention of the document, paragraph by paragraph; `period` is the one the
    document reports on (a year, month, quarter, half or interval; default: found in the text);
    `progress(characters)` is called after each paragraph."""
    lang = guess_language(document.text) if lang == "auto" else lang
    headings = tuple(p.text for p in document.paragraphs[:40] if len(p.text) <= 120)
    reference = Reference.of(period) or document_period(_heading_lines(document), document.text, headings)
    reference = roc_reference(reference, document.text, period is not None)  # 112年: a 民國 year in Taiwan
    style = number_style(document.text) if lang != "zh" else NumberStyle()  # "32,6%": a decimal comma
    mentions: list[Mention] = []
    in_notes, header, before, caption, flat, unit_line = False, None, None, None, FlatColumns(document.text), None
    measure: str | None = None  # the unit a measure line names for the rows under it
    listed = False  # a list under a lead about changes
    addresses = address_lines([p.text for p in document.paragraphs])  # "Jakarta 10710 Indonesia" before "Telp …"
    addresses |= running_headers(document.title, [p.text for p in document.paragraphs])  # "2 <title words> …"
    for index, paragraph in enumerate(document.paragraphs):
        separated = flat.separated(paragraph.text, unit_line)  # "Yukon 4 3 3 34.0", "常住人口 874 100"
        found = mentions_once(paragraph_mentions, separated, paragraph.number, lang, reference, style)
        sign_cells(paragraph.text, found, lang)  # "| (0.2) |", "| – 1.18% |": negative cells
        row = style.points(paragraph.text)  # table cells read as the prose is: "22,5" is 22.5
        header = next_header(paragraph.text, paragraph.start, header, before, reference)  # 单位 (万人)
        before = (paragraph.text, paragraph.start)
        if header is not None:  # the header row itself: its month columns ("11", "1-11") are dropped
            apply_header(document.text, header, paragraph.start, row, found)
        caption = flat_caption(paragraph.text, caption)  # "Year-on-Year Growth in Percent"
        apply_flat_row(row, caption, found)  # "FOB Value (in Million US Dollars) 5,898.02 …"
        apply_year_row(row, reference, found)  # "2011 | 52 082.0 | 65 951.6": the row's year
        if listed:  # "New Zealand (25,299 to 163,836)" under "… were increases from the following countries;"
            split_listed_pairs(paragraph.text, found)
        listed = list_lead(paragraph.text, listed)
        apply_stated_unit(paragraph.text, found)  # "Overnight stay by region, …, Unit: Number, 2025, …"
        measure = apply_measure_line(paragraph.text, measure, found)  # "Average gross earnings, HUF/person/month"
        unit_line = read_spaced_row(document.text, paragraph.start, row, unit_line, found)  # 单位:人、%
        flat.read(paragraph.text, paragraph.start, found, separated, row)  # a column's period and unit
        note, in_notes = notes_section(paragraph.text, in_notes)  # 附注, "Notes to editors": definitions
        mentions.extend(m for m in found if m.kind == "label" or not (note or index in addresses))
        if progress is not None:
            progress(len(paragraph.text) + 1)
    return mentions


def _heading_lines(document: Document) -> list[str]:
    """The title and the short lines before the first paragraph of prose (contacts, date line)."""
    lines = [document.title]
    for paragraph in document.paragraphs[:12]:
        if len(paragraph.text) > 120:
            break
        lines.append(paragraph.text)
    return lines


def paragraph_mentions(
    text: str, number: int, lang: str, period: Reference | int | str | None, style: NumberStyle | None = None
) -> list[Mention]:
    folded = folded_text(text, style)  # `style`: how the document writes numbers (32,6% for 32.6 %)
    english = lang == "en"
    clause_list = clauses(text, english=english)
    reference = Reference.of(period)
    periods = paragraph_periods(text, folded, reference and reference.year, reference and reference.month)
    periods = with_roc_years(text, folded, reference, periods)
    periods = with_year_to_date(text, reference, periods) if english else periods  # "average … since January"
    rates = exchange_rates(folded)
    taken = [(p.start, p.end) for p in periods] + paragraph_noise(text, folded)
    taken += [(start, end) for start, end, _ in rates.values()]
    found: list[Mention] = []
    for period in periods:
        if (
            period.type == "date"
            and period.day
            and not _furniture_date(text, period)
            and is_event(text, period.start, period.end, english)
        ):
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
                reference,
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
    for change in find_tenths(text, taken) if english else ():  # "0.4%, two tenths over that of …"
        found.append(_finish(text, folded, number, clause_list, periods, reference, change.start, change.end,
                             change.value, change.start, change.unit, None, change.type, english))  # fmt: skip
        found[-1].confidence = 0.6
        taken.append((change.start, change.end))
    if english:  # "fell in twenty-one Member States", "two-thirds of the Member States"
        for word in find_word_numbers(text, folded, taken, lambda at: _unit_at(text, folded, at)):
            qualifier, start = prefix_qualifier(folded, word.start, english)
            mention = _finish(text, folded, number, clause_list, periods, reference, start, word.end, word.value,
                              word.start, word.unit, qualifier, "count", english)  # fmt: skip
            mention.confidence = 0.6
            found.append(mention)
            taken.append((start, word.end))
    for token in find_numbers(text, folded):
        if any(a < token.end and token.start < b for a, b in taken):
            continue
        reading = classify_number(text, folded, token, english)
        if reading is None:
            continue
        found.append(_from_reading(text, folded, number, clause_list, periods, reference, token, reading, english))
        taken.append((found[-1].start, found[-1].end))
    for mention in found:
        if mention.value_start in rates and mention.unit:  # 7.1217元人民币 per 美元
            mention.unit = f"{mention.unit}/{rates[mention.value_start][2]}"
    found.sort(key=lambda mention: mention.value_start)
    inherit_subjects(text, found)
    if english:
        name_generic_units(found)  # "With 11.4 million units": of the overnight stays counted before
    units_after_bracketed_percent(text, found, lambda at: _unit_at(text, folded, at))  # 10.2 (22.3%) billion MNT
    units_after_abbreviated_scale(text, found, lambda spaced, at: _unit_at(spaced, folded_text(spaced), at))
    if english:  # "groups which decreased were: Food by 1.4 points", "0.5 of a point", "stood at 164.3 points"
        apply_list_leads(text, folded, found)
    inherit_elided_verb_signs(text, found)  # "fell by 0.5%, bread by 0.2%": bread fell too
    inherit_restated_signs(text, found)
    share_in_lists(text, found)  # 分别下降0.5%、0.3%和0.2%: each a decline; 2.16和1.66个百分点: one unit
    one_counted_noun(found)  # "1,067,416 tourist arrivals … 188,000 arrivals": both count arrivals
    if english:
        percent_for_bare_changes(text, found)  # "… 4.3 percent, recording an increase of 6.0."
        parts_per_unit(text, found)  # "IDR 505,469/capita/month. It is made up of … IDR 374,455 and …"
        units_for_compared_levels(text, found)  # "to 37,830 persons in 2015 from 38,963 in 2014"
    return found


def _unit_at(text: str, folded: str, at: int) -> tuple[str, int] | None:
    _, unit, end = unit_after(text, folded, at, english=True)
    return (unit, end) if unit else None


def _furniture_date(text: str, period: PeriodMention) -> bool:
    """A date line (2025年2月28日, "Release date: 13 April 2022") or a release date is no fact."""
    sentence = sentence_of(text, period.start)
    scope = text if len(text) < 200 else text[sentence[0] : sentence[1]]  # a header line: all of it
    return furniture(text, period.start, period.end) or is_release_date(scope)


def _from_reading(
    text: str,
    folded: str,
    number: int,
    clause_list: list[Span],
    periods: list[PeriodMention],
    reference: Reference | None,
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
    if unit is None and english and reading.type == "count":  # "9 of the 13 subsectors" counts subsectors
        unit = (set_member(text, folded, cursor, lambda at: _unit_at(text, folded, at)) or (None,))[0]  # ends here
    if unit is None and english and reading.type == "count":  # "266 of the 322 largest U.S. counties"
        unit, cursor = set_noun(text, folded, reading.value_start, cursor, lambda at: _unit_at(text, folded, at))
    if unit is None and english and reading.type in ("count", "growth", "difference") and "umber of" in text:
        start, end = sentence_of(text, reading.value_start)
        unit = counted_noun(text[start:end], reading.value_start - start)  # "the number of hires"
    unit = unit or (subject_noun(folded, reading.value_start) if english and reading.type != "rank" else None)
    sign, _ = currency_before(folded, reading.value_start)
    if sign and (unit is None or known_unit(unit.lower()) is None):  # "a €18.7 bn surplus": euros, not surpluses
        unit = sign
        per, cursor = priced_unit(folded, cursor, sentence_of(text, reading.value_start)[0], reading.value_start)
        unit = (sign + per if per[0] == "/" else f"{sign} per {per}") if per else unit  # "$1.22 per litre", "$47/b""
    qualifier, start = prefix_qualifier(folded, reading.value_start, english)
    suffix, cursor = suffix_after(folded, cursor, english)
    qualifier = "odd" if odd or token.odd else (suffix or qualifier)
    mention = _finish(
        text,
        folded,
        number,
        clause_list,
        periods,
        reference,
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
    reference: Reference | None,
    start: int,
    end: int,
    value: str,
    value_start: int,
    unit: str | None,
    qualifier: str | None,
    type_: str,
    english: bool,
) -> Mention:
    index = clause_index(clause_list, value_start)
    clause = clause_list[index]
    year = reference.year if reference else None
    kind, target_year = kind_of(folded, marker_scope(folded, clause_list, index, periods), value_start, periods, year)
    period = period_for(folded, periods, sentence_of(text, value_start), clause, value_start, reference, kind)
    if target_year is not None:
        period = str(target_year)
    mention = _mention(text, number, clause_list, start, end, value, value_start, unit, qualifier, kind, type_, period)
    mention.head = text[clause.start : value_start]
    head = re.sub(r"[\[【〔]\s*\d{1,3}\s*[\]】〕]", "", mention.head)  # footnote markers
    head = re.sub(r"为?1 ?(?:美元|欧元|英镑|日元|港元|元)(?:兑换?|折合)$", "", head)  # 汇率为1美元兑: the rate's base
    own = re.split(r"\d[\d.,%]*[万亿]?(?:个百分点|美元|[个家项所处名人次座辆%元])?", head.split("、")[-1])[-1]
    if english:
        own = head
    mention.subject = subject_of(own, english) if own.strip() else ""
    if not mention.subject and english:  # "There were 32.41 million people in work"
        mention.subject = noun_after(text[value_start : clause.end])
    elif not mention.subject:  # 9类困难群体…: the number leads, the noun follows
        after = re.sub(r"[\[【〔]\s*\d{1,3}\s*[\]】〕]", "", text[end : clause.end]).strip(" ,，、:：")[:30]
        named = re.search(r"[\u4e00-\u9fffA-Za-z]", after) and not re.match(r"[和及与或、至到]|.*\d", after)
        mention.subject = after if named else ""  # "、38.7%和50.3%": the next figure of a list names nothing
    return mention


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
    index = clause_index(clause_list, value_start)
    clause = context_clause(text, clause_list, index, value_start)
    mention = Mention(number, start, end, value, value_start, unit, qualifier, kind, type_, period, clause, index)
    if kind == "label":  # a name's subject is the name itself: 二十大, “五个优化”, 3D
        letters = re.search(r"[A-Za-z]*$", text[:start])  # M2, PM2.5: the letters of the name
        mention.subject = text[start - len(letters.group()) : end].strip("“”「」『』\"' ")
    return mention


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
