"""A Chinese headline restating the body with its own framing: `same`.

世界看点:河北省上半年生产总值同比增长3.4% 高于全国0.9个百分点 (the headline) restates 上半年河北省生产总值
19823.7亿元,同比增长3.4%,高于全国0.9个百分点 (the body). The headline's words put the area and the
period in another order and a column's name before a colon; what ties them:

- the headline is a line of its own among the document's first three, with no full stop;
- its figure's subject (its words before it, without what is before a colon, the area, the
  period and the verb: 生产总值) is in the body figure's sentence before it;
- the very same digits, sign, unit, period and kind, and only one such body figure (five digits or
  more and only one body figure with them: the subject may be worded otherwise, GDP for 生产总值; other digits:
  when no sentence has the digits and the body states the subject's figure of that unit, period
  and kind once, a wrong digit on one side, confidence 0.55);
- a comparison (高于全国0.9个百分点) names no subject of its own: only as the figure after one;
- a figure right after a restated one in the headline, with the same words between them as in the
  body (高于全国), restates the body's figure there: the same digits again.

The headline's figure carries the check (confidence 0.65).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.time_words import two_times

ID = "zh-title"

_PERIOD = re.compile(
    r"\d{4}年|\d{1,2}\s*[—–-]\s*\d{1,2}月份?|\d{1,2}月份?|[一二三四]季度|上半年|下半年|前三季度|全年|年末|年初"
)
_AREA = re.compile(r"^(?:全国|全省|全市|全县|全区|[\u4e00-\u9fff]{2,4}?(?:省|市|县|区|自治区))")
_COMPARED = re.compile(r"^(?:高于|低于|快于|慢于|超过|超出|比|较)")
_MOVE = re.compile(r"(?:同比|环比|比上年同期|比上年末?|较上年)?(?:增长|下降|上涨|回落|提高|增加|减少|上升|为|达到?)?$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    headlines = [n for n in range(1, min(3, len(ctx.document.paragraphs)) + 1) if _headline(ctx, n)]
    body = _body(ctx, set(headlines))
    for number in headlines:
        figures = [j for j in ctx.by_paragraph.get(number, []) if ctx.statistic(j)]
        restated: dict[int, int] = {}
        for i in figures:
            subject = headline_subject(ctx, i)
            if len(re.findall(r"[\u4e00-\u9fff]", subject)) < 2 or _COMPARED.match(subject):
                continue  # 高于全国0.9个百分点: of what, only the figure before it says
            same_digits = body.get(figure_key(ctx, i), [])
            found = [j for j in same_digits if subject in sentence_before(ctx, j)]
            if not found and len(same_digits) == 1 and _long_digits(ctx, i):
                found = same_digits  # GDP达3115.66亿元 / 生产总值3115.66亿元: six digits say it, not the words
            if len(found) == 1:
                restated[i] = found[0]
                yield Relation(i, {"same": ctx.ref(found[0])}, 0.65, f"{ID}: the headline restates the body")
            elif not found and not _anywhere(ctx, i):
                other = _other_digits(ctx, i, subject)
                if other is not None:
                    rule = f"{ID}: the headline restates the body (digits differ)"
                    yield Relation(i, {"same": ctx.ref(other)}, 0.55, rule)
        for i, j in list(restated.items()):
            after, following = i + 1, j + 1
            if after not in figures or after in restated or following >= len(ctx.mentions):
                continue
            if ctx.sentence_of[following] != ctx.sentence_of[j] or figure_key(ctx, after) != figure_key(ctx, following):
                continue
            words = _words(ctx.between(i, after))
            if len(words) >= 2 and words == _words(ctx.between(j, following)):
                rule = f"{ID}: the headline restates the figure after it in the body"
                yield Relation(after, {"same": ctx.ref(following)}, 0.65, rule)


def _anywhere(ctx: Context, i: int) -> bool:
    """A figure of the document's sentences with the headline figure's digits, unit, period, kind and
    sign, whatever its words: the headline may restate it in other words; no other digits then."""
    return any(
        _in_body(ctx, j) and ctx.statistic(j) and figure_key(ctx, j) == figure_key(ctx, i)
        for j in range(len(ctx.mentions))
        if j != i
    )


def _other_digits(ctx: Context, i: int, subject: str) -> int | None:
    """The one body figure of the subject with the headline's unit, period, kind and sign, in one
    magnitude or, with no year, month or basis told apart, at any value: a wrong digit on one side
    (the check drafted catches it), or none."""
    mention = ctx.mentions[i]
    found = [
        j
        for j, other in enumerate(ctx.mentions)
        if other.paragraph > mention.paragraph
        and _in_body(ctx, j)
        and ctx.statistic(j)
        and figure_key(ctx, j)[1:] == figure_key(ctx, i)[1:]
        and subject in sentence_before(ctx, j)
    ]
    if len(found) != 1:
        return None
    a, b = ctx.midpoint(i), ctx.midpoint(found[0])
    if a is None or b is None or (abs(a - b) > 0.5 * max(abs(a), abs(b)) and two_times(ctx, i, found[0])):
        return None
    return found[0]


def figure_key(ctx: Context, i: int) -> tuple:
    m = ctx.mentions[i]
    unit = (m.unit or "").removesuffix("人民币")  # 亿元人民币 is 亿元 said in full
    return (re.sub(r"[^\d.\-]", "", m.value), unit, m.period, m.type, m.negative)


def _long_digits(ctx: Context, i: int) -> bool:
    """Five significant digits or more (3115.66): the same in a headline and one body figure by chance never."""
    return len(re.sub(r"\D", "", ctx.mentions[i].value).strip("0")) >= 5


def _headline(ctx: Context, number: int) -> bool:
    """A line of its own with no full stop (a sentence ends with one)."""
    text = ctx.document.paragraphs[number - 1].text.strip()
    return len(text) <= 80 and "。" not in text


def _in_body(ctx: Context, j: int) -> bool:
    """A figure of a sentence: not on a headline line of the document's first three."""
    number = ctx.mentions[j].paragraph
    return "。" in ctx.paragraph_text(j) and not (number <= 3 and _headline(ctx, number))


def _body(ctx: Context, headlines: set[int]) -> dict[tuple, list[int]]:
    """The statistics of the sentences (no headline's), by digits, unit, period, kind and sign."""
    out: dict[tuple, list[int]] = {}
    for j, mention in enumerate(ctx.mentions):
        if mention.paragraph not in headlines and _in_body(ctx, j) and ctx.statistic(j):
            out.setdefault(figure_key(ctx, j), []).append(j)
    return out


def headline_subject(ctx: Context, i: int) -> str:
    """The headline figure's words before it, from a colon or the figure before, without the area,
    the period and the verb."""
    text = ctx.paragraph_text(i)[: ctx.mentions[i].start]
    before = [k for k in ctx.by_paragraph[ctx.mentions[i].paragraph] if k < i]
    if before:
        text = text[ctx.mentions[before[-1]].end :]
        if not re.search(r"[，,；;:：\s]", text):
            return ""  # 2.16:1缩小到2.09 / 3.4%高于: the clause of the figure before goes on
    text = re.split(r"[:：，,；;\s]", text)[-1]
    text = _PERIOD.sub("", text)
    text = _AREA.sub("", text)
    return _MOVE.sub("", _PERIOD.sub("", text)).strip()


def sentence_before(ctx: Context, j: int) -> str:
    text = ctx.paragraph_text(j)[: ctx.mentions[j].start]
    return text[text.rfind("。") + 1 :]


def _words(text: str) -> str:
    return re.sub(r"[\s，,、；;:：%％]", "", text)
