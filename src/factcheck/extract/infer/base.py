"""What every relation pattern reads: the mentions with their quantities, sentences and names.

A pattern (one module per relation the texts state) gets one `Context` for the whole document
and returns `Relation`s: the claim (a mention index), the check as a claim file writes it, how
sure the words make us (`confidence`), which rule drafted it, and whether an operand is still
to be filled in (`todo`: the check goes under `x-todo`, never into `checks`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from factcheck.errors import ValueParseError
from factcheck.extract.clauses import sentences
from factcheck.extract.document import Document
from factcheck.extract.infer.scope_note import without_scope_note
from factcheck.extract.infer.wordsets import words
from factcheck.extract.mentions import Mention
from factcheck.extract.numbers import quantity_of
from factcheck.model import Quantity

#: A placeholder for an operand the text does not contain (a figure from outside the document).
FILL = "FILL IN: "

#: Mention types that are quantities of something (not ranks, labels, dates).
STATISTICS = ("count", "range", "growth", "change", "difference")


@dataclass
class Relation:
    claim: int  # index of the mention whose value the check computes
    check: dict[str, Any]
    confidence: float
    rule: str
    todo: bool = False  # an operand is a placeholder: drafted under x-todo
    note: str = ""
    fields: dict[str, Any] = field(default_factory=dict)  # claim fields the check needs (tolerance)


def outside_difference(i: int, figure: str, outside: dict, lower: bool, rule: str, what: str) -> Relation:
    """Mention `i` as the gap between `figure` and a figure from outside (a source placeholder),
    under x-todo: figure − outside, or outside − figure when the words say `figure` is the lower."""
    pair = [outside, figure] if lower else [figure, outside]
    note = f"{what} is not in the document: name the source that gives it"
    return Relation(i, {"difference": pair}, 0.7, rule, todo=True, note=note)


@dataclass
class Context:
    document: Document
    mentions: list[Mention]
    names: list[str]
    quantities: list[Quantity | None] = field(init=False)
    _midpoints: dict[int, float | None] = field(init=False, default_factory=dict, repr=False)
    memo: dict[str, Any] = field(init=False, default_factory=dict, repr=False)  # a pattern's per-document answers

    def __post_init__(self) -> None:
        self.quantities = [_quantity(m) for m in self.mentions]

    @cached_property
    def sentence_of(self) -> list[tuple[int, int]]:
        """(paragraph, sentence index) of every mention."""
        spans = {p.number: sentences(p.text) for p in self.document.paragraphs}
        out = []
        for m in self.mentions:
            index = sum(1 for s in spans.get(m.paragraph, []) if s.start <= m.value_start) - 1
            out.append((m.paragraph, max(index, 0)))
        return out

    def paragraph_text(self, index: int) -> str:
        return self.document.paragraphs[self.mentions[index].paragraph - 1].text

    def between(self, a: int, b: int) -> str:
        """The paragraph's text from the end of mention a to the start of mention b (same paragraph)."""
        first, second = self.mentions[a], self.mentions[b]
        if first.paragraph != second.paragraph:
            return ""
        return self.paragraph_text(a)[first.end : second.start]

    def before(self, index: int, width: int = 40) -> str:
        """The paragraph's text just before the mention (its qualifier excluded)."""
        mention = self.mentions[index]
        return self.paragraph_text(index)[max(0, mention.start - width) : mention.start]

    def after(self, index: int, width: int = 40) -> str:
        mention = self.mentions[index]
        return self.paragraph_text(index)[mention.end : mention.end + width]

    def dimension(self, index: int) -> str | None:
        quantity = self.quantities[index]
        return None if quantity is None else quantity.unit.dimension

    def midpoint(self, index: int) -> float | None:
        if index in self._midpoints:  # asked for again by several patterns; exact arithmetic is slow
            return self._midpoints[index]
        quantity = self.quantities[index]
        if quantity is None or quantity.interval.lo is None or quantity.interval.hi is None:
            middle = None
        else:
            middle = float((quantity.interval.lo + quantity.interval.hi) / 2) * float(quantity.unit.factor)
        self._midpoints[index] = middle
        return middle

    def ref(self, index: int) -> str:
        return f"./{self.names[index]}"

    @cached_property
    def by_paragraph(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for j, m in enumerate(self.mentions):
            out.setdefault(m.paragraph, []).append(j)
        return out

    @cached_property
    def by_sentence(self) -> dict[tuple[int, int], list[int]]:
        out: dict[tuple[int, int], list[int]] = {}
        for j, where in enumerate(self.sentence_of):
            out.setdefault(where, []).append(j)
        return out

    def in_sentence(self, index: int) -> list[int]:
        return list(self.by_sentence[self.sentence_of[index]])

    @cached_property
    def english(self) -> bool:
        return not re.search(r"[\u4e00-\u9fff]", self.document.text[:2000])

    @cached_property
    def labels(self) -> list[str]:
        return [_label(self, i) for i in range(len(self.mentions))]

    @cached_property
    def named_candidates(self) -> list[int]:
        """Mentions that can be named as a part or a whole: levels with a value, not rates or durations."""
        return [
            j
            for j, m in enumerate(self.mentions)
            if m.type == "count"
            and self.quantities[j] is not None
            and self.dimension(j) not in ("percent", "points")
            and m.unit not in DURATIONS
            and not (self.english and _BY_CHANGE.search(m.head))
        ]

    @cached_property
    def name_index(self) -> dict[tuple[str, str], list[int]]:
        """The named candidates filed by what `find_named` compares: the core of their label, the
        abbreviation their words end with, the last two characters of the core, each English word."""
        index: dict[tuple[str, str], list[int]] = {}
        for j in self.named_candidates:
            label = label_of(self, j)
            keys = [("word", word) for word in words(label)] if self.english else [("core", core(label))]
            if not self.english and len(keys[0][1]) >= 2:
                keys.append(("ends", keys[0][1][-2:]))
            found = None if self.english else _ABBREVIATION.search(self.mentions[j].head)
            if found is not None:
                keys.append(("short", re.sub(r"[\s（()）]", "", found.group()).casefold()))
            for key in keys:
                index.setdefault(key, []).append(j)
        return index

    @cached_property
    def named_set(self) -> frozenset[int]:
        """`named_candidates` for membership tests."""
        return frozenset(self.named_candidates)

    def in_paragraph(self, index: int) -> list[int]:
        return list(self.by_paragraph.get(self.mentions[index].paragraph, []))

    def statistic(self, index: int) -> bool:
        mention = self.mentions[index]
        return mention.type in STATISTICS and mention.kind != "label" and mention.unit not in DURATIONS


#: "were down by 1.1 percentage points and 1.7 million, respectively": a change after "by", not a
#: level (a level follows "to": "declined by 192,000 to 3.0 million").
_BY_CHANGE = re.compile(
    r"(?i)\b(?:up|down|rose|fell|increased|decreased|declined|grew|dropped) by\b"
    r"(?:(?!\bto\b)(?:[^.;]|(?<=\d)\.(?=\d)))*$"
)


def _quantity(mention: Mention) -> Quantity | None:
    try:
        return quantity_of(mention.value, mention.unit, mention.qualifier)
    except (ValueParseError, ValueError, ArithmeticError):
        return None


_FOOTNOTE = re.compile(r"\[\d+\]|（\d+）|\(\d+\)")
_FRAME = re.compile(
    r"^(?:其中|全年|年末|年初|全国|全市|全省|全区|全县|本市|全部|当年|初步核算|(?:19|20)\d\d年|[,，、；;：:（(\s])+|"
    r"(?:总量|总额|总数|合计|共计|共|为|达到|达|是|完成|实现)$"
)
_VERB = re.compile(r"(?:实现|完成)(?=增加值)")  # 第一产业实现增加值 names 第一产业增加值


@lru_cache(maxsize=4096)
def core(subject: str) -> str:
    """A subject without its frame words (全年, 年末, 2019年, 全国, 总量, footnote marks) for comparing names."""
    text = _VERB.sub("", _FOOTNOTE.sub("", subject)).strip()
    previous = None
    while previous != text:
        previous = text
        text = _FRAME.sub("", text).strip()
    return text


def same_dimension(ctx: Context, indexes: list[int]) -> bool:
    """All operands of one dimension (counts with counts, 元 with 元); unknown units must match."""
    dims = [ctx.dimension(i) for i in indexes]
    if any(d is None for d in dims):
        return False
    if len(set(dims)) != 1:
        return False
    if dims[0].startswith("unit:"):
        return len({(ctx.mentions[i].unit or "") for i in indexes}) == 1
    return True


#: Units of a duration (连续两年, "over the past 12 months"): never a statistic's operand.
DURATIONS = ("年", "个月", "月", "天", "日", "周", "years", "months", "days", "weeks", "year", "month", "week")


def english(ctx: Context) -> bool:
    return ctx.english


def label_of(ctx: Context, index: int) -> str:
    """The words naming a number: its clause before it, from the last list separator or number."""
    return ctx.labels[index]


def _label(ctx: Context, index: int) -> str:
    head = ctx.mentions[index].head
    if ctx.english:
        return head.strip()
    head = _FOOTNOTE.sub("", head)  # 地区生产总值(GDP)[2], 第一产业[3]增加值: a footnote mark names nothing
    head = _ABBREVIATION.sub("", _VERB_AFTER.sub("", head))  # 地区生产总值（GDP）(实现): the name before the brackets
    head = without_scope_note(ctx.paragraph_text(index)[: ctx.mentions[index].value_start], head)  # 总人口(包括…)
    head = re.split(r"[、，,；;：:（(]|\d[\d.]*[万亿]?[^\d、，,；;]{0,3}(?=[、，,])", head)[-1].strip()
    if re.fullmatch(r"折合?|合", head) and index > 0:  # 11820亿元，增长4.2%，折1660亿美元: the same figure converted
        previous = index - 1
        while (
            previous > 0
            and ctx.dimension(previous) in ("percent", "points")
            and ctx.mentions[previous].paragraph == ctx.mentions[index].paragraph
        ):
            previous -= 1  # the converted figure's growth rate stands between them
        return _label(ctx, previous)
    return head


_ABBREVIATION = re.compile(r"\s*[（(]\s*[A-Za-z][A-Za-z-]{1,7}\s*[）)]\s*$")
_VERB_AFTER = re.compile(r"(?<=[）)])\s*(?:实现|完成|达到|达|为)$")  # 地区生产总值(GDP)实现927886万元


def abbreviated(ctx: Context, index: int, name: str) -> bool:
    """占GDP的: the figure whose own words end with the abbreviation in brackets, 地区生产总值（GDP）."""
    found = _ABBREVIATION.search(ctx.mentions[index].head)
    return found is not None and re.sub(r"[\s（()）]", "", found.group()).casefold() == name.strip().casefold()


def names_match(name: str, label: str, in_english: bool) -> bool:
    """Whether `label` (a number's own words) names `name` (a noun the text refers to)."""
    if in_english:
        wanted, have = words(name), words(label)
        return bool(wanted) and wanted <= have
    a, b = core(name), core(label)
    if len(a) < 2 or len(b) < 2:
        return False
    # 全年货物进出口 names 进出口; 出口 does not name 进出口; 人均地区生产总值 (per person) never names the total
    # 人均地区生产总值 (人均 before 地区) never names 生产总值 either
    return a == b or (b.endswith(a) and not re.search(r"人均|户均|平均|每", b[: len(b) - len(a)]))


def find_named(
    ctx: Context, name: str, near: int, dimension: str | None = None, exclude: tuple[int | None, ...] = ()
) -> int | None:
    """The statistic named `name`: the same name before a longer one ending with it; nearest
    before `near` in its paragraph first, then earlier in the document."""
    paragraph = ctx.mentions[near].paragraph

    def nearest(candidates: list[int], test: Callable[[int], bool]) -> int | None:
        """The first of `candidates` in the order (another paragraph, after `near`, distance)."""
        found = [
            j
            for j in candidates
            if j != near and j not in exclude and (dimension is None or ctx.dimension(j) == dimension) and test(j)
        ]
        return min(found, key=lambda j: (ctx.mentions[j].paragraph != paragraph, j > near, abs(j - near)), default=None)

    # Only the candidates the index files under the name can match: the rest of the document is
    # never visited (one pass over every mention for each name looked up was quadratic).
    index = ctx.name_index
    if not english(ctx):
        own = core(name)
        exact = nearest(index.get(("core", own), []), lambda j: core(label_of(ctx, j)) == own)
        if exact is not None:
            return exact
        short = nearest(index.get(("short", name.strip().casefold()), []), lambda j: abbreviated(ctx, j, name))
        if short is not None:
            return short
        ending = index.get(("ends", own[-2:]), []) if len(own) >= 2 else []
        return nearest(ending, lambda j: names_match(name, label_of(ctx, j), False))
    wanted = words(name)
    having = index.get(("word", next(iter(wanted))), []) if wanted else []
    return nearest(having, lambda j: names_match(name, label_of(ctx, j), True))


#: Words that name when a figure is, or what it is compared with, never what it is of.
PERIOD_WORDS = frozenset(
    "same month year earlier previous prior ago last period corresponding week day year-on-year "
    "month-on-month quarter-on-quarter basis annual monthly quarterly".split()
)


def block_heading(ctx: Context, index: int) -> str:
    """The heading of a key-figure box the figure stands in, or "": for a figure on a line of its
    own (no sentence: "+7.6% on the same month a year earlier"), the nearest line above it in the
    same block (no blank line between) that holds no statistic ("Exports (… of goods), February 2023").
    Found once per paragraph, going down: a line under a line with a statistic has that line's heading."""
    paragraphs = ctx.document.paragraphs
    headings = ctx.memo.setdefault("block_headings", {})  # paragraph number → its heading
    number = ctx.mentions[index].paragraph
    for k in range(len(headings) + 1, number + 1):  # filled from 1 without a gap: len is the last
        heading = ""
        if k > 1 and _line(paragraphs[k - 1].text):
            above, below = paragraphs[k - 2], paragraphs[k - 1]
            gap = ctx.document.text[above.start + len(above.text) : below.start].count("\n") >= 2
            if not gap and _line(above.text):
                if not any(ctx.statistic(j) for j in ctx.by_paragraph.get(above.number, [])):
                    heading = above.text
                else:
                    heading = headings[k - 1]
        headings[k] = heading
    return headings[number]


def _line(text: str) -> bool:
    """A line of a box or a title: short, no sentence in it, no full stop at its end."""
    text = text.strip()
    return len(text) <= 120 and not re.search(r"[.!?]\s+\S|[.!?]$|[。；]", text)


def section_heading(ctx: Context, index: int) -> str:
    """The heading of the section a figure stands in: the nearest paragraph above it that is a line
    of its own (short, no sentence) holding no statistic ("TREND ESTIMATES (MONTHLY CHANGE)",
    "Private Industry Workers"), or ""."""
    number = ctx.mentions[index].paragraph
    headings = ctx.memo.setdefault("section_headings", {})
    if number not in headings:
        paragraphs = ctx.document.paragraphs
        found = ""
        for k in range(number - 1, 0, -1):
            above = paragraphs[k - 1]
            if _line(above.text) and not any(ctx.statistic(j) for j in ctx.by_paragraph.get(above.number, [])):
                found = above.text
                break
        headings[number] = found
    return headings[number]


#: A change verb right before its figure ("fell by", "increased", "was up", "decreased by SEK"); group 1
#: holds it when it says a decline. One list for every English pattern that reads a change's words.
CHANGE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:(decreased|fell|declined|dropped|slipped|edged down|lost|was down|were down)|increased|rose|grew"
    r"|climbed|jumped|gained|edged up|was up|were up)(?: by)?\s*(?:[A-Z]{2,3}\s?)?[$€£¥]?\s*$"
)


_POPULATION_BASIS = re.compile(r"户籍|常住|(?i:\bregistered\b|\bresident\b)")


def population_basis(ctx: Context, i: int) -> frozenset[str]:
    """Which population the sentence of mention i counts, as far as its words before i say:
    "全年户籍出生人口7.31万人，…；死亡人口3.53万人" is of the registered (户籍) population, "根据常住人口
    推算，全年出生人口7.3万人" of the resident (常住) one; empty when it does not say."""
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    begin = max(text.rfind(end, 0, start) for end in ("。", "! ", "? ", ". ")) + 1
    return frozenset(word.lower() for word in _POPULATION_BASIS.findall(text, begin, start))


def chinese_percent_counts(ctx: Context) -> Iterator[int]:
    """The indexes of a Chinese text's percents that are figures of their own (比重, 利润率), not changes."""
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) == "percent" and mention.type == "count":
            yield i
