"""A gap in percentage points between two rates the text states: `difference`.

高技术制造业增加值增长8.9%，快于全部规模以上工业3.1个百分点 — with 规模以上工业增加值增长5.8% stated
earlier — is 8.9 − 5.8 on the 3.1 (慢于 / 低于: the other way round). The rate compared with
is found by its name: the words before its own number (全年规模以上工业增加值比上年增长5.8%), or the
name of the level just before it (城镇居民人均可支配收入54188元，增长4.6%), of the same period and
period words, nearest before (then later in the paragraph); 规上 reads 规模以上. Only growth rates
are compared (a share in % beside them is not one). When no rate of that name is
in the text (高于全国7.5个百分点), the `outside` pattern drafts the gap under `x-todo` instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, core
from factcheck.extract.infer.period_words import period_words

ID = "gaps"

_GAP = re.compile(
    r"(?:(?P<up>快于|高于|高出|超过|多于)|(?P<down>慢于|低于|低出|少于))"
    r"(?P<name>[^，,；;。\d%]{2,24}?)(?:的?(?:增速|增幅|涨幅|增长))?\s*$"
)
_THAN = re.compile(  # 增速比城镇居民高出2.0个百分点
    r"比(?P<name>[^，,；;。\d%比]{2,24}?)(?:的?(?:增速|增幅|涨幅))?(?:(?P<up>快|高|高出|多)|(?P<down>慢|低|低出|少))\s*$"
)
_TREND = re.compile(r"(?:延续|保持|继续|持续|呈现|实现)[^，,；;。]*$")
_RATE_WORDS = re.compile(r"(?:比上年|比去年|同比|较上年)?(?:名义|实际)?(?:增长|上涨|下降|提高)\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i in range(len(ctx.mentions)):
        if ctx.dimension(i) != "points":
            continue
        found = _GAP.search(ctx.before(i, 30)) or _THAN.search(ctx.before(i, 30))
        if found is None or "分别" in ctx.before(i, 30):
            continue  # 分别比…快4.8和3.3个百分点: pairs by position, not drafted
        rate = _rate_before(ctx, i)
        if rate is None or _in_a_list(ctx, i) or _in_a_list(ctx, rate):
            continue  # 分别增长a、b，高于全省x、y个百分点: pairs by position, not drafted
        other = _named_rate(ctx, _normal(found.group("name")), rate)
        if other is None:
            continue
        higher = found.group("up") is not None
        pair = [ctx.ref(rate), ctx.ref(other)] if higher else [ctx.ref(other), ctx.ref(rate)]
        yield Relation(i, {"difference": pair}, 0.75, f"{ID}: the gap between two rates the text states")


_GROWTH = re.compile(r"(?:增长|上涨|下降|提高|增速为?|增幅为?|涨幅为?)\s*$")


def _growth(ctx: Context, j: int) -> bool:
    """A rate of change (增长5.8%), not a level in % (比重, 城镇化率): only those are compared here."""
    return ctx.dimension(j) == "percent" and bool(_GROWTH.search(ctx.mentions[j].head))


def _rate_before(ctx: Context, i: int) -> int | None:
    """The rate the gap is about: the growth rate just before it in its sentence, past the gaps
    stated for it before (下降5.3%，低于A 14.9个百分点，低于B 19.7个百分点)."""
    j = i - 1
    while j >= 0 and ctx.sentence_of[j] == ctx.sentence_of[i] and ctx.dimension(j) == "points":
        if not (_GAP.search(ctx.before(j, 30)) or _THAN.search(ctx.before(j, 30))):
            return None
        j -= 1
    if j < 0 or ctx.sentence_of[j] != ctx.sentence_of[i] or not _growth(ctx, j):
        return None
    return j


def _in_a_list(ctx: Context, j: int) -> bool:
    """A figure of a list ("12.2、5.7、3.9和2.2个百分点", "20.0%、13.5%和10.0%")."""
    mention = ctx.mentions[j]
    text = ctx.paragraph_text(j)
    before = text[max(0, mention.start - 2) : mention.start]
    after = text[mention.end : mention.end + 2]
    return bool(re.search(r"[、和及]$", before) or re.match(r"^[、和及]\s*[\d.]", after))


def _normal(name: str) -> str:
    name = re.sub(r"^(?:全部|所有|整体)", "", name.strip())
    return core(name.replace("规上", "规模以上"))


def _name_of_rate(ctx: Context, j: int) -> str:
    """全年规模以上工业增加值比上年增长5.8%: 规模以上工业增加值; 城镇居民人均可支配收入54188元，增长4.6%:
    the name of the level just before it."""
    head = re.split(r"[，,；;：:。]", ctx.mentions[j].head)[-1]
    own = _normal(_RATE_WORDS.sub("", head).replace("规上", "规模以上"))
    if not own and j > 0 and ctx.sentence_of[j - 1] == ctx.sentence_of[j] and ctx.dimension(j - 1) != "percent":
        return _normal(re.split(r"[，,；;：:。]", ctx.mentions[j - 1].head)[-1])
    if not own and (j == 0 or ctx.sentence_of[j - 1] != ctx.sentence_of[j]):
        # 全市规模以上工业增加值延续2月份平稳向好趋势，同比增长9.6%: the subject of the clause before
        text = ctx.paragraph_text(j)
        start = ctx.mentions[j].start
        sentence = text[max(text.rfind(mark, 0, start) for mark in "。；;") + 1 : start]
        before = re.split(r"[，,；;：:。]", sentence)
        return _normal(_TREND.sub("", before[-2])) if len(before) >= 2 else own
    return own


def _named_rate(ctx: Context, name: str, rate: int) -> int | None:
    """The rate named `name`: nearest before the rate compared, then after it in its paragraph."""
    if len(name) < 2:
        return None
    words = period_words(ctx, rate)
    paragraph = ctx.mentions[rate].paragraph
    order = list(range(rate - 1, -1, -1)) + [j for j in ctx.in_paragraph(rate) if j > rate]
    for j in order:
        if not _growth(ctx, j) or ctx.mentions[j].period != ctx.mentions[rate].period:
            continue
        if period_words(ctx, j) != words or (j > rate and ctx.mentions[j].paragraph != paragraph):
            continue
        own = _name_of_rate(ctx, j)
        if len(own) >= 2 and (own == name or own.startswith(name) or name.startswith(own)):
            return j
    # 低于全市工业增加值增速 for 全市规模以上工业增加值: the one rate of that name once 规模以上 is dropped
    plain = [j for j in order if _growth(ctx, j) and len(name) >= 2 and _drop_scale(_name_of_rate(ctx, j)) == name]
    same = [j for j in plain if ctx.mentions[j].period == ctx.mentions[rate].period and j != rate]
    return same[0] if len(same) == 1 and _drop_scale(name) == name else None


def _drop_scale(name: str) -> str:
    return name.replace("规模以上", "")
