"""The same fact stated twice (a headline restating the body, at any precision): `same`.

Two figures are one fact when their own words name the same thing (the same content words in
English, the same name in Chinese), in the same unit and period, in different sentences, and
their values are of one magnitude (a restatement at another precision, or a typo in one of
them — not two different measures that happen to share a name). The first statement carries
the check, the later one is its operand; a fact stated three times (a title, a lead, a highlight)
is checked from its first statement against each later one, not in a chain, so no restatement is
left out when the chain's middle link is told apart from the rest.

A figure of comparison ("2.3 percent below the revised May figure of 956,000", "up from 5.5% in
February") is another period's figure, and two of them with the same words ("the revised May
figure of") may be of different subjects ("Single-family authorizations …" and "Single-family
housing starts …"): in English it is one fact with another only when their whole sentences up to
them say the same; in Chinese never. Never a class bound ("buildings with five units or more",
65岁及以上).

Two figures under two sibling section headings — one kind of heading, told apart by a qualifier
("TREND ESTIMATES" and "SEASONALLY ADJUSTED ESTIMATES"; "Civilian Workers" and "Private Industry
Workers") — are of two series or two subjects, however alike their own sentences: never one fact
(English). A release's title or key points and a body section's heading are no siblings: a
headline restated in the body stays one fact.

A figure whose words name only when it is ("+7.6% on the same month a year earlier") names no
subject: on a line of a key-figure box it takes the words of the box's heading ("Exports (…)"), and
words of a period alone never make two figures one fact.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections.abc import Iterator

from factcheck.extract.infer.acronyms import spelled_out
from factcheck.extract.infer.base import (
    PERIOD_WORDS,
    Context,
    Relation,
    block_heading,
    core,
    english,
    label_of,
    population_basis,
    section_heading,
    words,
)
from factcheck.extract.infer.figure_rows import in_figure_row, two_rows
from factcheck.extract.infer.period_words import two_periods
from factcheck.extract.infer.share import TARGET
from factcheck.extract.infer.time_words import two_times
from factcheck.extract.infer.zh_two_facts import of_named_base, two_lists

ID = "same"


def _signature(ctx: Context, i: int, in_english: bool) -> frozenset[str] | str:
    mention = ctx.mentions[i]
    if not in_english:  # levels only: 比上年增长 names no figure of its own
        name = core(label_of(ctx, i))
        if re.match(r"[\d.:：∶︰]", name):
            return ""  # "2.16:1缩小到2.09:1": the words after another figure name nothing
        if TARGET.search(name):
            return _target_signature(ctx, i, name)
        if of_named_base(ctx, i):
            return ""  # 是平均数的86.8%: the words name the base, the figure is of the subject before
        plain = mention.type == "count" and not re.search(r"增长|下降|提高|减少|增加|比上年|比重|占", name)
        return name if plain and len(re.findall(r"[\u4e00-\u9fff]", name)) >= 3 else ""
    following = [ctx.mentions[k].start for k in ctx.in_paragraph(i) if k > i]  # "… after falling 0.1": the next's
    end = min([mention.clause.end, *[start for start in following if start >= mention.end]])
    tail = re.split(r"[,;()]|\.\s|\.$", ctx.paragraph_text(i)[mention.end : end])[0]
    tail = re.split(r"(?i)\b(?:after|following|compared|from|than|versus)\b", tail)[0]
    own = words(mention.head) | words(tail) | words(block_heading(ctx, i))
    if len(words(mention.head)) < 2:  # "…; this is 2.3 percent below …": the subject is earlier
        own |= _sentence_words(ctx, i)
    if len(own) >= 2:
        return own
    text = ctx.paragraph_text(i)
    sentence_start = max(text.rfind(". ", 0, mention.start), -1) + 1
    return words(text[sentence_start : mention.start])


#: The words before a figure that make it the base of a comparison, of another period.
_BASE = re.compile(
    r"(?i)(?:\b(?:above|below|over|under|than|from|compared (?:to|with)|versus|vs\.?)\b"
    r"(?:[^.;,\d]|\b(?:19|20)\d\d\b){0,48}"
    r"|(?:比(?!重)|较|同比|环比)[^，,；;。\d]{0,12})$"
)
#: The words after a figure that make it a class bound: "with five units or more", 65岁及以上.
_BOUND = re.compile(
    r"(?i)^\s*[^\s\d,.;]{0,12}\s*(?:or (?:more|over|less|fewer|above|older|younger)|and (?:over|above|older))\b"
    r"|^[^，,；;。\d]{0,4}(?:及以上|以上|以下|及以下)"
)


def _one_list(ctx: Context, i: int, j: int) -> bool:
    """Two items of one sentence's list split by semicolons ("cereals by 2.2%; …; eggs by 2.2%"):
    two things that rose alike, never one fact told twice."""
    first, second = ctx.mentions[i], ctx.mentions[j]
    if first.paragraph != second.paragraph:
        return False
    between = ctx.paragraph_text(i)[first.end : second.start]
    return ";" in between and not re.search(r"[.!?](?:\s|$)", between)


def eligible(ctx: Context, i: int) -> bool:
    """A statistic of its own, not a class bound; a base of comparison only in English."""
    if not ctx.statistic(i) or _BOUND.match(ctx.after(i, 24)):
        return False
    return ctx.english or not comparison_base(ctx, i)


def comparison_base(ctx: Context, i: int) -> bool:
    return bool(_BASE.search(ctx.before(i, 60)))


def _sentence_words(ctx: Context, i: int) -> frozenset[str]:
    """The words of the sentence up to the figure, its subject included."""
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    begin = max(text.rfind(". ", 0, start), -1) + 1
    if begin and re.match(r"(?i)\s*(?:this|that|it|these|they|which)\b", text[begin:]):
        begin = max(text.rfind(". ", 0, begin - 1), -1) + 1  # "… 1,446,000. This is 3.1 percent below …"
    return words(text[begin:start])


def infer(ctx: Context) -> Iterator[Relation]:
    in_english = english(ctx)
    signatures: list[frozenset[str] | str] = []
    for i in range(len(ctx.mentions)):
        if not eligible(ctx, i):
            signatures.append("")
        elif in_english and comparison_base(ctx, i):
            signatures.append(frozenset(f"base:{w}" for w in _sentence_words(ctx, i)))
        else:
            signatures.append(_one_wording(spelled_out(ctx, _signature(ctx, i, in_english))))
        if in_english and not {w.removeprefix("base:") for w in signatures[-1]} - PERIOD_WORDS:
            signatures[-1] = ""  # "+7.6% on the same month a year earlier": when, not of what
    paired: set[int] = set()
    by_signature: dict[frozenset[str] | str, list[int]] = {}
    by_value: dict[str, list[int]] = {}
    by_core: dict[frozenset[str], list[int]] = {}
    for j, signature in enumerate(signatures):
        if signature:
            by_signature.setdefault(signature, []).append(j)
            by_value.setdefault(ctx.mentions[j].value, []).append(j)
            if len(_core(signature)) >= 2:
                by_core.setdefault(_core(signature), []).append(j)
    for i, first in enumerate(ctx.mentions):
        if not signatures[i] or i in paired or (in_english and len(signatures[i]) < 2):
            continue
        for j in _later(i, by_signature[signatures[i]], by_value[first.value], by_core.get(_core(signatures[i]), [])):
            second = ctx.mentions[j]
            if j in paired or not _alike(ctx, i, j, signatures) or ctx.sentence_of[j] == ctx.sentence_of[i]:
                continue
            kinds_differ = first.type != second.type and not (
                in_english and {first.type, second.type} <= {"count", "growth"}
            )
            if (first.unit or "") != (second.unit or "") or first.period != second.period or kinds_differ:
                continue
            if not in_english and (two_periods(ctx, i, j) or two_lists(ctx, i, j)):
                continue
            if not (_one_magnitude(ctx, i, j) or _one_name_mistyped(ctx, i, j, signatures)):
                continue
            if _other_measure(ctx, i, j) or _opposite(ctx, i, j):
                continue
            if _other_population(ctx, i, j) or _parts_of_two_wholes(ctx, i, j):
                continue
            if in_english and (other_section(ctx, i, j) or _one_list(ctx, i, j)):
                continue
            if in_figure_row(ctx, i) and in_figure_row(ctx, j):
                continue  # two cells of a table: two statistics, never one restated
            if two_rows(ctx, i, j):
                continue  # "2023-03 44.925" over "2023-02 45.533": two points of a series
            if (in_figure_row(ctx, i) or in_figure_row(ctx, j)) and first.value != second.value:
                continue  # prose restates a table's cell with its figure; another figure is another statistic
            paired.add(j)
            yield Relation(i, {"same": ctx.ref(j)}, 0.75, f"{ID}: the figure is stated again later")


#: A verb and its noun name one measure: "GDP grew by 0.6 percent" restates "GDP growth rate 0.6 percent".
_NOUN_OF_VERB = {"grew": "growth", "grow": "growth", "grows": "growth", "growing": "growth", "grown": "growth"}


def _target_signature(ctx: Context, i: int, name: str) -> str:
    """新增就业2.81万人，完成任务113%；再就业1.18万人，完成任务161%: a percent of a target is named by the
    figure it measures (the one before it in its sentence), not by 完成任务 alone."""
    before = [j for j in ctx.in_sentence(i) if j < i and ctx.dimension(j) not in (None, "percent", "points")]
    return f"{core(label_of(ctx, before[-1]))}|{name}" if before else ""


def _one_wording(signature: frozenset[str] | str) -> frozenset[str] | str:
    """An English signature with a verb written as its noun, and "growth rate" as "growth"."""
    if not isinstance(signature, frozenset):
        return signature
    found = frozenset(_NOUN_OF_VERB.get(word, word) for word in signature)
    return found - {"rate"} if "growth" in found else found


def _later(i: int, *groups: list[int]) -> Iterator[int]:
    """The mentions after `i` in any of `groups` (ascending lists), in order, each once: only they can
    be alike to `i` (the same signature, or the same digits), so the other mentions are never visited
    (a scan of every later mention was quadratic over a long document)."""
    last = -1
    for j in heapq.merge(*(group[bisect_right(group, i) :] for group in groups)):
        if j != last:
            yield j
        last = j


def _alike(ctx: Context, i: int, j: int, signatures: list) -> bool:
    """One name; or, written with the very same digits, one name within the other (a headline's
    "Annual inflation down to 1.3% in the euro area" inside "Euro area annual inflation rate")."""
    a, b = signatures[i], signatures[j]
    if not a or not b:
        return False
    if a == b:
        return True
    same_digits = ctx.mentions[i].value == ctx.mentions[j].value
    if not isinstance(a, frozenset) or not isinstance(b, frozenset) or (a ^ b) & SUBGROUP:
        return False  # "the unemployment rate" is not "the female unemployment rate"
    # "The quits rate (2.3 percent)" and "In May, the quits rate was about unchanged at 2.3 percent":
    # one name once the framing words (period, adjustment, how it moved) are left out, at any digits
    core_a, core_b = _core(a), _core(b)
    if len(core_a) >= 2 and core_a == core_b:
        return True
    if not same_digits:
        return False
    if min(len(a), len(b)) >= 3 and (a <= b or b <= a):
        return True
    # a key point restating the body's sentence with a word or two changed ("comprising …" and
    # "which comprises …"): with the very same digits, most of their words in common
    if len(a & b) >= 4 and len(a & b) >= 0.7 * len(a | b):
        return True
    # with the very same digits, one core name within the other ("… for total nonfarm")
    return min(len(core_a), len(core_b)) >= 2 and (core_a <= core_b or core_b <= core_a)


def _core(signature: frozenset[str] | str) -> frozenset[str]:
    return signature - _FRAMING if isinstance(signature, frozenset) else frozenset()


#: Words that make a figure one subgroup (or one exclusion) of a wider subject: never the same fact.
SUBGROUP = frozenset(
    "female male women men woman man youth young under aged older adult child children teen teenager "
    "less excluding except ex core".split()
)
#: Words framing a figure (its period, its adjustment, how it moved), not naming it.
_FRAMING = frozenset(
    "month last ending before after over past seasonal seasonally adjusted adjustment unadjusted "
    "unchanged essentially little changed largely broadly there".split()
)


_UP = re.compile(r"(?i)\b(?:rose|rise|rising|increased?|grew|up|advanced?|climbed|gained|higher)\b")
_DOWN = re.compile(r"(?i)\b(?:fell|fall|falling|decreased?|declined?|dropped|down|lower|contracted)\b")


def _opposite(ctx: Context, i: int, j: int) -> bool:
    """ "rose in thirteen" and "fell in eleven": the words just before the figures move opposite ways."""
    if not ctx.english:
        return False
    for a, b in ((ctx.before(i, 24), ctx.before(j, 24)), (_compared_after(ctx, i), _compared_after(ctx, j))):
        way = [(bool(_UP.search(t)), bool(_DOWN.search(t))) for t in (a, b)]
        if {way[0], way[1]} == {(True, False), (False, True)}:
            return True
    return False


def _compared_after(ctx: Context, i: int) -> str:
    """ "7 of the groups … were higher … than": the comparison after the figure, up to "than"."""
    after = ctx.after(i, 200)
    end = after.find(". ")
    found = re.search(r"(?i)^[^.;]*?\b(?:higher|lower)\b[^.;]*?\bthan\b", after[: end if end >= 0 else len(after)])
    return found.group() if found else ""


def _one_magnitude(ctx: Context, i: int, j: int) -> bool:
    """Close enough to be one figure restated at another precision, or with one digit mistyped."""
    a, b = ctx.midpoint(i), ctx.midpoint(j)
    if a is None or b is None or (a < 0) != (b < 0):
        return False
    return abs(a - b) <= 0.5 * max(abs(a), abs(b)) or one_digit_apart(ctx.mentions[i].value, ctx.mentions[j].value)


def _one_name_mistyped(ctx: Context, i: int, j: int, signatures: list) -> bool:
    """One English name (the same words once the framing is left out) and no time told apart: one
    fact, whatever the two figures say, so a restatement with a mistyped figure is checked against its
    first statement rather than taken for another statistic."""
    a, b = signatures[i], signatures[j]
    if not isinstance(a, frozenset) or not isinstance(b, frozenset):
        return False  # 全县地区生产总值 and 全区地区生产总值: a Chinese name leaves out whose it is
    one_name = len(_core(a)) >= 2 and _core(a) == _core(b) and not (a ^ b) & SUBGROUP
    return one_name and not two_times(ctx, i, j)


def one_digit_apart(a: str, b: str) -> bool:
    """Written alike but for one of three or more digits (797.49 and 497.49): a mistyped digit,
    whatever the magnitudes, so a restatement whose figure was mistyped is still paired with its first
    statement. Shorter figures are left to `_one_magnitude`: 1 and 4, 3.1 and 7.1 are as often two
    statistics of one wording (two months, two bases) as one mistyped."""
    if len(a) != len(b) or a == b or sum(c.isdigit() for c in a) < 3:
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(apart) == 1 and apart[0][0].isdigit() and apart[0][1].isdigit()


def _other_measure(ctx: Context, i: int, j: int) -> bool:
    """Monthly and 12-month rates, averages and year-end values share a name but are not one fact."""
    marks = r"(?i)monthly|12-month|annual|average|平均|年末|季度|月份|同比|环比"
    a = set(re.findall(marks, ctx.mentions[i].clause.text.lower()))
    b = set(re.findall(marks, ctx.mentions[j].clause.text.lower()))
    return a != b


def _other_population(ctx: Context, i: int, j: int) -> bool:
    """户籍出生率14.01‰ and, 根据常住人口推算, 出生率14.2‰: the registered and the resident population's
    rates are two facts."""
    a, b = population_basis(ctx, i), population_basis(ctx, j)
    return bool(a) and bool(b) and a != b


_OF_WHICH = re.compile(r"其中[，,：:]?[^，,；;。\d]*$")


def _whole_of(ctx: Context, i: int) -> str | None:
    """The name of the figure a 其中 part belongs to (the last level of its dimension before the 其中), or
    None for a figure not listed after 其中."""
    before = ctx.paragraph_text(i)[: ctx.mentions[i].start]
    found = _OF_WHICH.search(before)
    if not found:
        return None
    earlier = [
        k for k in ctx.in_paragraph(i) if ctx.mentions[k].end <= found.start() and ctx.dimension(k) == ctx.dimension(i)
    ]
    return core(label_of(ctx, earlier[-1])) if earlier else None


def _parts_of_two_wholes(ctx: Context, i: int, j: int) -> bool:
    """城镇居民人均消费支出22854元。其中：食品烟酒支出7721元 and 农村居民人均消费支出12676元。其中：食品烟酒
    支出4735元: one name listed under two wholes names two facts."""
    if ctx.english:
        return False
    a, b = _whole_of(ctx, i), _whole_of(ctx, j)
    return a is not None and b is not None and a != b


#: Heading words that name no series or subject of their own: a release's key points, summary, notes.
_GENERIC_HEADING = frozenset(
    "key point highlight summary overview main release news headline note issue glance".split()
)


def _heading_words(ctx: Context, i: int) -> frozenset[str]:
    return words(section_heading(ctx, i)) - _GENERIC_HEADING - PERIOD_WORDS


def other_section(ctx: Context, i: int, j: int) -> bool:
    """Under two sibling headings (a word in common, a qualifier apart): two series or two subjects.
    A release's title, which names its period, is no sibling of a section's heading ("Tourist
    arrivals and overnight stays, … August 2019" above the lead, "More tourist arrivals than in
    August 2018" above the body); a first line "TREND ESTIMATES" is a section's own."""
    title = ctx.document.paragraphs[0].text
    if re.search(r"\b(?:19|20)\d\d\b", title) and title in (section_heading(ctx, i), section_heading(ctx, j)):
        return False
    a, b = _heading_words(ctx, i), _heading_words(ctx, j)
    return bool(a & b) and a != b
