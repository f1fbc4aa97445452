"""A Chinese title, or a later sentence, restating a rate of the body: `same`.

2016年1月份工业生产者出厂价格同比下降5.3% (the title) and 在1月份-5.3%的全国工业生产者出厂价格总水平同比
降幅中 (a later sentence) restate 全国工业生产者出厂价格环比下降0.5%，同比下降5.3%: the body figure is the
first one, not itself a title line nor a restatement, with

- the very same digits, sign, unit and period;
- the subject of the restating figure (its words without the period, 全国/总水平, the direction and
  同比/环比) in the body figure's sentence before it;
- the same 同比 or 环比 (the last said before each figure), where the restatement says one.

The restating figure carries the check (confidence 0.7). When no body statement of the subject
has its digits, the first one does, in one magnitude or, when it is the only statement of the subject and
no year or month tells them apart, at any value (confidence 0.6): a wrong digit on one side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.time_words import two_times

ID = "zh-restate"

_PERIOD = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}\s*[—–-]\s*)?(?:\d{1,2}月份?|[一二三四]季度|上半年|前三季度|全年)?[，,]?")
_FRAME = re.compile(r"全国|全省|全市|总水平|同比|环比|比上年|比上月|(?:增长|下降|上涨|回落|提高|降低|增速|涨幅|降幅)$")
#: 在1月份-5.3%的全国工业生产者出厂价格总水平同比降幅中: the figure's name follows it.
_NAMED_AFTER = re.compile(r"^的([^，,。；;\d]{4,40}?)(?:涨幅|降幅|增幅|变动)中")
_FREQUENCY = re.compile(r"同比|环比")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "percent" or not ctx.statistic(i):
            continue
        restating = _restating(ctx, i)
        if restating is None:
            continue
        subject, frequency = restating
        named = [j for j in range(len(ctx.mentions)) if j != i and _names(ctx, i, j, subject, frequency)]
        exact = [j for j in named if ctx.mentions[j].value.lstrip("+") == mention.value.lstrip("+")]
        if exact:
            yield Relation(i, {"same": ctx.ref(exact[0])}, 0.7, f"same: {subject} restated")
        elif named and (_one_magnitude(ctx, i, named[0]) or (len(named) == 1 and not two_times(ctx, i, named[0]))):
            # a wrong digit: the first statement of it (at any magnitude when it is the only one)
            yield Relation(i, {"same": ctx.ref(named[0])}, 0.6, f"same: {subject} restated (digits differ)")


def _names(ctx: Context, i: int, j: int, subject: str, frequency: str | None) -> bool:
    """j is a body statement of the subject: its sentence names it just before it (nothing but
    frame words and figures between), with the same 同比/环比, unit, period and sign."""
    mention, other = ctx.mentions[i], ctx.mentions[j]
    if (
        other.unit != mention.unit
        or other.period != mention.period
        or ctx.sentence_of[j] == ctx.sentence_of[i]
        or not ctx.statistic(j)
        or other.value.startswith("-") != mention.value.startswith("-")
        or _restating(ctx, j) is not None
    ):
        return False
    before = re.split(r"[。；;]", ctx.paragraph_text(j)[: other.start])[-1]
    if subject not in before:
        return False
    found = _FREQUENCY.findall(before)
    rest = re.sub(
        r"全国|全省|全市|总水平|同比|环比|增长|下降|上涨|回落|[\d.%％,，、约]",
        "",
        before[before.rindex(subject) + len(subject) :],
    )
    return not rest and (frequency is None or (bool(found) and found[-1] == frequency))


def _one_magnitude(ctx: Context, i: int, j: int) -> bool:
    a, b = ctx.midpoint(i), ctx.midpoint(j)
    return a is not None and b is not None and abs(a - b) <= 0.5 * max(abs(a), abs(b))


def _restating(ctx: Context, i: int) -> tuple[str, str | None] | None:
    """(subject, 同比/环比) of a title line's figure or of a figure named after it (的…降幅中), or None."""
    text = ctx.paragraph_text(i)
    mention = ctx.mentions[i]
    after = _NAMED_AFTER.match(text[mention.end : mention.end + 48])
    if after is not None:
        words = after.group(1)
    elif len(text) <= 60 and "。" not in text and mention.paragraph == 1:
        words = _PERIOD.sub("", text[: mention.start].strip())
    else:
        return None
    frequency = _FREQUENCY.findall(words)
    subject = words
    previous = None
    while previous != subject:
        previous = subject
        subject = _FRAME.sub("", subject)
    return (subject, frequency[-1] if frequency else None) if len(subject) >= 4 else None
