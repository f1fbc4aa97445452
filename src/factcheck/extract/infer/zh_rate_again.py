"""A rate of a Chinese release's lead stated again in a later paragraph: `same`.

CPI环比上涨1.0%，同比上涨2.5% (the lead) and 从环比看，1月份CPI上涨1.0% / 今年1月份1.0%的CPI环比涨幅 /
CPI同比上涨2.5% (the body): one fact each. What ties them:

- the very same digits, sign, unit and period, in two paragraphs;
- the same subject: the figure's own name with its period and place words dropped (1月份CPI is CPI),
  its abbreviation when it gives one (居民消费价格指数(CPI) is CPI), or the name after it
  (1.0%的CPI环比涨幅);
- the same 同比 or 环比, said on both (the last one in the sentence before the figure, or in the
  name after it): a rate with neither may be of any span, and ties nothing.

Not a base of comparison (比上月的2.5%) nor a cell of a table row (the `zh-text-row` pattern's).
The later statement carries the check, on the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.figure_rows import in_figure_row

ID = "zh-rate-again"

_PERIOD_WORDS = re.compile(
    r"^(?:今年|本年|全年|本月|当月|\d{4}年)?(?:\d{1,2}(?:[—–-]\d{1,2})?月份?|月份)?(?:全国|全省|全市|全区|全县)?"
)
_ABBREVIATION = re.compile(r"[（(]([A-Za-z]{2,8})[)）]$")
_NAMED_AFTER = re.compile(r"^的([^，,。；;\d的]{2,24}?)(同比|环比)?(?:涨幅|降幅|增幅|增速)")
_FREQUENCY = re.compile(r"同比|环比")
_NAME = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2,}")
#: 比上月的2.5% / 由2.1%: the figure of another period, the base of a comparison.
_BASE = re.compile(r"(?:比|较|从)[^，,；;。\d]{0,12}的$|由[^，,；;。\d]{0,8}$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    first: dict[tuple, int] = {}
    for i in range(len(ctx.mentions)):
        key = _key(ctx, i)
        if key is None:
            continue
        earlier = first.setdefault(key, i)
        if ctx.mentions[earlier].paragraph != ctx.mentions[i].paragraph:
            yield Relation(i, {"same": ctx.ref(earlier)}, 0.7, f"{ID}: {key[0]} ({key[1]}) stated again")


def _key(ctx: Context, i: int) -> tuple | None:
    """(subject, 同比/环比, digits, unit, period) of a rate, or None when its words do not say them."""
    mention = ctx.mentions[i]
    if (
        ctx.dimension(i) != "percent"
        or not ctx.statistic(i)
        or in_figure_row(ctx, i)
        or _BASE.search(ctx.before(i, 16))
    ):
        return None
    text = ctx.paragraph_text(i)
    begin = max(text.rfind(mark, 0, mention.start) for mark in "。；;") + 1
    said = _FREQUENCY.findall(text[begin : mention.start])
    after = _NAMED_AFTER.match(text[mention.end : mention.end + 32])
    if after is not None:
        subject, frequency = after.group(1), after.group(2) or (said[-1] if said else None)
    else:
        subject, frequency = _PERIOD_WORDS.sub("", (mention.subject or "").strip()), (said[-1] if said else None)
    abbreviated = _ABBREVIATION.search(subject)
    subject = abbreviated.group(1) if abbreviated else subject
    if frequency is None or not _NAME.search(subject):
        return None
    return subject, frequency, mention.value.lstrip("+"), mention.unit, mention.period
