"""A headline, title or lead restating a figure of the body in other words (English): `same`.

`same` (the same-name pattern) ties two figures whose own words name one thing. A headline names
it in other words, or in none: "Down to 1.6% in the EU" restates "European Union annual inflation
was 1.6%"; "Up by 0.3% in EU27" restates "… grew by 0.6% in the euro area and by 0.3% in the EU27";
a title's table row "1,446,000 1,353,000 1,710,000" restates the body's "building permits … at a
seasonally adjusted annual rate of 1,446,000"; "There were 3.1 million job openings" restates "The
number of job openings in June was 3.1 million". What ties them, every time:

- the same unit, sign and period (a title with no period states the document's), in different
  sentences, neither the base of a comparison ("up from 1.4%") nor a class bound;
- nothing that makes them two subjects: another geography (euro area / EU / a country), a subgroup
  (female, youth, …), an exclusion ("less food and energy"), another frequency (monthly / annual);
- and one of: the unit is a noun naming the subject ("job openings") — the words of a title line
  all found in the body figure's sentence (the body names it fully, the title shortly) — or, for a
  figure of a title line with no words of its own, digits precise enough (4 significant digits or
  more) to be stated once more in the whole document and nowhere else.

The very same digits, except for a title whose words name exactly one body figure: then another
value is a wrong digit in one of them, and the check drafted catches it (confidence 0.5). The title
(or the first statement) carries the check; confidence 0.6 (0.55 for a bare number).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache, wraps
from typing import TypeVar

from factcheck.extract.infer.base import Context, Relation, words
from factcheck.extract.infer.figure_rows import in_figure_row
from factcheck.extract.infer.period_words import two_periods
from factcheck.extract.infer.same import SUBGROUP, comparison_base, eligible
from factcheck.extract.infer.time_words import two_times

ID = "restate"
T = TypeVar("T")

_PERCENT = ("%", "％", "percent", "per cent")
_NOT_NOUNS = (*_PERCENT, "$", "cents", "points", "percentage points", "percentage point", "pp")
_FREQUENCY = re.compile(r"(?i)\b(monthly|quarterly|annual|yearly|12-month|month-on-month|year-on-year)\b")
#: Words of how a figure moved, matched apart: "rate of change" and "rate of growth" name one rate.
_DIRECTION = frozenset(
    "up down rise rose fell fall grew grow growth change increased decreased unchanged stable".split()
)
#: What is left of an ordinal ("3rd Quarter 2019") once its digits are dropped: a period, no name.
_ORDINAL_ENDS = frozenset("st nd rd th".split())
#: Geographies, by the words that name them: euro area (EA17…), the EU (EU27, European Union).
_AREAS = (
    ("euro-area", re.compile(r"(?i)\beuro[ -]?(?:area|zone)\b|\bEA\d*\b")),
    ("eu", re.compile(r"(?i)\bEU\d*\b|\bEuropean Union\b")),
)
_COUNTRY = re.compile(
    r"\b(?:Austria|Belgium|Bulgaria|Croatia|Cyprus|Czechia|Czech Republic|Denmark|Estonia|Finland|France|"
    r"Germany|Greece|Hungary|Ireland|Italy|Latvia|Lithuania|Luxembourg|Malta|Netherlands|Poland|Portugal|"
    r"Romania|Slovakia|Slovenia|Spain|Sweden|United Kingdom|Norway|Iceland|Switzerland)\b"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        yield from _chinese_titles(ctx)
        return
    groups: dict[tuple[str, bool], list[int]] = {}
    for j, mention in enumerate(ctx.mentions):
        if eligible(ctx, j) and not comparison_base(ctx, j):
            groups.setdefault((_unit(mention.unit), _negative(mention.value)), []).append(j)
    for group in groups.values():
        by_digits: dict[str, list[int]] = {}
        by_word: dict[str, list[int]] = {}
        for j in group:
            by_digits.setdefault(_digits(ctx.mentions[j].value), []).append(j)
            for word in _sentence_words(ctx, j):
                by_word.setdefault(word, []).append(j)
        for i in group:
            if in_figure_row(ctx, i) and not _figures_only(ctx, i):
                continue  # a table's cell, not a title: "Sales volume 1.7 5.6 4.6"
            if len(group) > 1 and (_title(ctx, i) or _noun(ctx.mentions[i].unit)):
                partner = _partner(ctx, i, _candidates(ctx, i, by_digits, by_word))
                if partner is not None:
                    yield partner


def _candidates(ctx: Context, i: int, by_digits: dict[str, list[int]], by_word: dict[str, list[int]]) -> list[int]:
    """The figures of i's group `_partner` can take, in document order: its digits, or (for a title
    with words of its own) every one of those words in their sentence; looked up, not scanned."""
    found = set(by_digits.get(_digits(ctx.mentions[i].value), []))
    own = _own_words(ctx, i)
    if own and _title(ctx, i):
        found.update(min((by_word.get(word, []) for word in own), key=len))
    found.discard(i)
    return sorted(found)


def _partner(ctx: Context, i: int, others: list[int]) -> Relation | None:
    """The body figure a title (or a figure of a noun) restates: the same digits first; another
    value only when it is the one figure its words can be (a wrong digit in a restatement)."""
    first = ctx.mentions[i]
    title = _title(ctx, i)
    own = _own_words(ctx, i)
    digits = _digits(first.value)
    by_noun, by_words, bare, far = [], [], [], []
    for j in others:  # the cheap tests first: this runs for every pair of a group
        second = ctx.mentions[j]
        if second.period != first.period and not (title and first.period is None):
            continue  # a title with no period of its own states the document's
        exact = digits == _digits(second.value)
        if not exact and not (title and own and own <= _sentence_words(ctx, j)):
            continue  # nothing below takes it
        if not exact and (first.type == "change") != (second.type == "change"):
            continue  # "New Zealand (25,299 to 163,836)": a change is no wrong digit of a level
        if ctx.sentence_of[j] == ctx.sentence_of[i] or _two_subjects(ctx, i, j):
            continue
        if not _one_magnitude(ctx, i, j):
            if title and not exact and len(own) >= 2 and not _title(ctx, j) and not two_times(ctx, i, j):
                far.append((True, j))  # the title's words in the body's sentence: one fact at any value
            continue
        if _noun(first.unit) and first.unit == second.unit and j > i and (title or not _title(ctx, j)):
            if exact and " " in (first.unit or "").strip():  # "job openings", not "hours" of any series
                by_noun.append((False, j))
        elif title and not _title(ctx, j) and own and own <= _sentence_words(ctx, j):
            by_words.append((not exact, j))
        elif title and not own and exact and _significant(first.value) >= 4 and not _title(ctx, j):
            bare.append((False, j))
    for found, confidence, why in (
        (by_noun, 0.6, f"one figure of the same noun ({first.unit}) restated"),
        (by_words, 0.6, "a title's figure restated in the body"),
        (bare, 0.55, "a title's bare figure stated once more"),
        (far, 0.5, "a title's figure restated in the body, another value"),
    ):
        exact = [j for inexact, j in found if not inexact]
        if exact and (found is not bare or len(found) == 1):
            return Relation(i, {"same": ctx.ref(exact[0])}, confidence, f"same: {why}")
        if not exact and len(found) == 1 and (found is by_words or (found is far and not by_words)):
            return Relation(i, {"same": ctx.ref(found[0][1])}, confidence - 0.1, f"same: {why} (digits differ)")
    return None


def _figures_only(ctx: Context, i: int) -> bool:
    """A line of figures with no label of its own ("1,446,000 1,353,000 1,710,000" under the
    headings "Building Permits: Housing Starts: Housing Completions:"): a key-figure box's, which
    the title may restate, not a labelled table row's."""
    text = ctx.paragraph_text(i)
    return "\n" not in text and re.fullmatch(r"[\s\d.,%+\-−]+", text) is not None


def _noun(unit: str | None) -> bool:
    """A unit that names what is counted ("job openings"), not a percent or a currency."""
    return bool(unit) and unit not in _NOT_NOUNS


def _one_magnitude(ctx: Context, i: int, j: int) -> bool:
    a, b = ctx.midpoint(i), ctx.midpoint(j)
    return a is not None and b is not None and abs(a - b) <= 0.5 * max(abs(a), abs(b))


@lru_cache(maxsize=4096)
def _digits(value: str) -> str:
    return re.sub(r"[,\s]", "", value.lstrip("+-−"))


def _unit(unit: str | None) -> str:
    return "%" if unit in _PERCENT else (unit or "")


def _negative(value: str) -> bool:
    return value.startswith(("-", "−"))


def _significant(value: str) -> int:
    return len(re.sub(r"^[0.]+", "", re.sub(r"\D", "", value.split()[0])))


def _per_mention(function: Callable[[Context, int], T]) -> Callable[[Context, int], T]:
    """One answer per mention and document, kept in the context: the pair loops ask again and again."""
    key = f"restate.{function.__name__}"

    @wraps(function)
    def cached(ctx: Context, i: int) -> T:
        answers = ctx.memo.setdefault(key, {})
        if i not in answers:
            answers[i] = function(ctx, i)
        return answers[i]

    return cached


@_per_mention
def _title(ctx: Context, i: int) -> bool:
    """A title or headline line: a short paragraph with no sentence in it, or a short sentence with
    no verb of its own ("Down to 1.6% in the EU.")."""
    text = ctx.paragraph_text(i).strip()
    if len(text) <= 100 and not re.search(r"[.!?]\s+\S", text) and not text.endswith("."):
        return True
    sentence = _sentence(ctx, i)
    return len(sentence) <= 40 and re.match(r"(?i)\s*(?:up|down|rises?|falls?)\b", sentence) is not None


@_per_mention
def _sentence(ctx: Context, i: int) -> str:
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    begin = max(text.rfind(". ", 0, start), -1) + 1
    end = text.find(". ", ctx.mentions[i].end)
    return text[begin : end if end >= 0 else len(text)]


@_per_mention
def _own_words(ctx: Context, i: int) -> frozenset[str]:
    """A title's words naming its figure, without directions and frequencies (matched apart). A
    title of two figures names each by its own share: "Inflation decreased to 1.2% in September
    2019 (HICP: 1.2%)" names inflation, then HICP."""
    text = _sentence(ctx, i)
    figures = [k for k in ctx.in_sentence(i) if ctx.statistic(k)]
    if len(figures) > 1:
        paragraph = ctx.paragraph_text(i)
        mention = ctx.mentions[i]
        start = max([ctx.mentions[k].end for k in figures if k < i], default=paragraph.find(text))
        end = min([ctx.mentions[k].start for k in figures if k > i], default=len(paragraph))
        stop = re.search(r"[(,;]", paragraph[mention.end : end])
        text = paragraph[start : mention.end + stop.start() if stop else end]
    return frozenset(
        w for w in words(text) if w not in _DIRECTION and w not in _ORDINAL_ENDS and not _FREQUENCY.match(w)
    )


@_per_mention
def _sentence_words(ctx: Context, j: int) -> frozenset[str]:
    sentence = _sentence(ctx, j)
    found = set(words(sentence))
    for name, pattern in _AREAS:  # "the EU27" and "the European Union" name one area
        if pattern.search(sentence):
            found |= words("eu") if name == "eu" else words("euro area")
    return frozenset(found)


@_per_mention
def _local(ctx: Context, i: int) -> str:
    """The words that belong to the figure alone: from the figure (or sentence) before it to the next one."""
    text = ctx.paragraph_text(i)
    mention = ctx.mentions[i]
    same_sentence = [k for k in ctx.in_sentence(i) if k != i]
    before = [ctx.mentions[k].end for k in same_sentence if k < i]
    after = [ctx.mentions[k].start for k in same_sentence if k > i]
    sentence_start = max(text.rfind(". ", 0, mention.start), -1) + 1
    start = max([sentence_start, *before])
    end = min([*after, text.find(". ", mention.end) if ". " in text[mention.end :] else len(text)])
    return text[start:end]


@_per_mention
def areas(ctx: Context, i: int) -> frozenset[str]:
    """The geographies the figure's own words name ("by 0.3% in the EU27" → eu)."""
    local = _local(ctx, i)
    found = {name for name, pattern in _AREAS if pattern.search(local)}
    found |= {m.group() for m in _COUNTRY.finditer(local)}
    return frozenset(found)


@_per_mention
def _subject_words(ctx: Context, i: int) -> frozenset[str]:
    return words(_sentence(ctx, i))


@_per_mention
def _frequencies(ctx: Context, i: int) -> frozenset[str]:
    return frozenset(f.lower() for f in _FREQUENCY.findall(_local(ctx, i)))


#: A series named with a bracketed letter: RPI(X) and RPI(Y) are two measures, not one.
_VARIANT = re.compile(r"\b([A-Z]{2,})\s?\(([A-Z])\)")


def _two_variants(ctx: Context, i: int, j: int) -> bool:
    """One sentence names a series by a bracketed letter (RPI(X)) and the other names it without
    that letter: RPI(Y), or the plain RPI."""
    texts = _sentence(ctx, i), _sentence(ctx, j)
    for own, other in (texts, texts[::-1]):
        theirs = set(_VARIANT.findall(other))
        for name, tag in set(_VARIANT.findall(own)):
            if (name, tag) not in theirs and re.search(rf"\b{name}\b", other):
                return True
    return False


def _two_subjects(ctx: Context, i: int, j: int) -> bool:
    a, b = areas(ctx, i), areas(ctx, j)
    if (a and b and a != b) or _two_variants(ctx, i, j):
        return True
    if (_subject_words(ctx, i) ^ _subject_words(ctx, j)) & SUBGROUP:
        return True
    freq_a, freq_b = _frequencies(ctx, i), _frequencies(ctx, j)
    return bool(freq_a and freq_b and freq_a != freq_b)


_ZH_PERIOD = re.compile(
    r"^(?:\d{4}年)?(?:\d{1,2}\s*[—–-]\s*\d{1,2}月份?|\d{1,2}月份?|[一二三四]季度|上半年|前三季度|全年)?"
    r"(?:，|,)?(?:全国|全省|全市|全区|全县)?"
)
_ZH_MOVE = re.compile(r"(?:同比|环比|比上年|比上月|比上年同期)?(?:增长|下降|上涨|回落|提高|增加|减少|上升)$")
_ZH_MARK = re.compile(r"同比|环比|比上年|比上月")


def _chinese_titles(ctx: Context) -> Iterator[Relation]:
    """2016年1月份工业生产者出厂价格同比下降5.3% (a title line) restates 全国工业生产者出厂价格环比下降
    0.5%，同比下降5.3%: the title's name in the body figure's sentence, the same 同比 / 环比, unit,
    sign and period; the same digits, or another value only when one body figure fits. A title's name
    runs from the figure before it, without a source's name before a colon or a year-end date
    (国家统计局：截止2019年末中国大陆总人口14亿 人口出生率为10.48‰ names 中国大陆总人口, then 人口出生率)."""
    for i, mention in enumerate(ctx.mentions):
        text = ctx.paragraph_text(i).strip()
        if len(text) > 60 or "。" in text.rstrip("。") or not ctx.statistic(i):
            continue
        before = ctx.paragraph_text(i)[: mention.start]
        own = before[max([ctx.mentions[k].end for k in ctx.in_paragraph(i) if k < i], default=0) :]
        own = re.sub(r"^\s*[^:：\s]{2,12}[:：]", "", own)  # 国家统计局：…, the source's name
        own = re.sub(r"^\s*(?:截止|截至)?(?:\d{4}年|[去上]年)?末?", "", own)  # 截止2019年末: when, not what
        name = _ZH_MOVE.sub("", _ZH_PERIOD.sub("", own.strip())).strip().removesuffix("为")
        if len(re.findall(r"[\u4e00-\u9fff]", name)) < 4:
            continue
        mark = set(_ZH_MARK.findall(before))
        fits = []
        for j in _named_in(ctx, (mention.period, _unit(mention.unit), _negative(mention.value)), name):
            other = ctx.mentions[j]
            if other.paragraph == mention.paragraph:
                continue
            body = ctx.paragraph_text(j)
            start = max(body.rfind("。", 0, other.start), -1) + 1
            local = ctx.before(j, 12)
            if name not in body[start : other.start] or set(_ZH_MARK.findall(local)) != mark:
                continue
            if not _one_magnitude(ctx, i, j):
                continue
            if two_periods(ctx, i, j):
                continue
            fits.append(j)
        exact = [j for j in fits if _digits(ctx.mentions[j].value) == _digits(mention.value)]
        if exact:
            yield Relation(i, {"same": ctx.ref(exact[0])}, 0.6, "same: a title's figure restated in the body")
        elif len(fits) == 1:
            yield Relation(i, {"same": ctx.ref(fits[0])}, 0.5, "same: a title's figure restated (digits differ)")


def _named_in(ctx: Context, key: tuple[str | None, str, bool], name: str) -> list[int]:
    """The statistics of `key` (period, unit, sign) whose sentence before them holds `name`, in
    document order: one `str.find` over those sentences joined, instead of a scan for each title."""
    indices, starts, joined = _sentences_before(ctx).get(key, ([], [], ""))
    found = []
    at = joined.find(name)
    while at != -1:
        k = bisect_right(starts, at) - 1
        found.append(indices[k])
        at = joined.find(name, starts[k + 1]) if k + 1 < len(starts) else -1
    return found


def _sentences_before(ctx: Context) -> dict[tuple[str | None, str, bool], tuple[list[int], list[int], str]]:
    """Once per document, for the statistics of each (period, unit, sign): their indices, where
    each one's sentence before it starts in the joined text, and that text (joined by NUL)."""
    if "restate.before" not in ctx.memo:
        parts: dict[tuple[str | None, str, bool], tuple[list[int], list[int], list[str]]] = {}
        for j, other in enumerate(ctx.mentions):
            if ctx.statistic(j):
                body = ctx.paragraph_text(j)
                indices, starts, texts = parts.setdefault(
                    (other.period, _unit(other.unit), _negative(other.value)), ([], [], [])
                )
                starts.append(sum(len(t) + 1 for t in texts[-1:]) + (starts[-1] if starts else 0))
                indices.append(j)
                texts.append(body[body.rfind("。", 0, other.start) + 1 : other.start])
        ctx.memo["restate.before"] = {key: (i, s, "\0".join(t)) for key, (i, s, t) in parts.items()}
    return ctx.memo["restate.before"]
