"""Parts that the total's own name, or their names, say are all of it: `sum` on the total.

- 猪牛羊禽肉产量285.4万吨…其中，猪肉75.7万吨、牛肉77.8万吨、羊肉108.8万吨、禽肉23.0万吨: the total's name
  joins the parts' first characters before their common ending (猪 牛 羊 禽 + 肉): those parts, and no
  other, make it up;
- 农作物总播种面积3946.4千公顷…其中，粮食作物播种面积3151.2千公顷…；非粮食作物播种面积795.2千公顷: A and
  非A (not A) of one measure leave nothing out;
- 全年接待国内外游客4476.35万人次。其中，国内游客4474.30万人次…；入境游客20461人次: 国内外 (at home and
  from abroad) is the home part and the part from abroad of one noun, and nothing else;
- 实现旅游总收入430.64亿元…其中，国内旅游收入430.15亿元…；旅游外汇收入700.66万美元: the total (总) income is
  the home income and the foreign-exchange income, the latter in another currency: `sum` under
  `x-todo`, the foreign part waiting for the source of its value in the total's currency.

The parts follow 其中 right after the total's sentence, of its unit and period, one after the other
(nothing of their kind between); with as many listed as the name says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from os.path import commonprefix

from factcheck.extract.infer.base import FILL, Context, Relation, core, same_dimension
from factcheck.extract.infer.partition import label

ID = "zh-named-parts"


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for total in ctx.named_candidates:
        following = [
            j
            for j in ctx.in_paragraph(total)
            if j > total
            and ctx.mentions[j].type == "count"
            and ctx.quantities[j] is not None
            and same_dimension(ctx, [total, j])
        ]
        if len(following) < 2 or ctx.mentions[following[0]].period != ctx.mentions[total].period:
            continue
        opener = ctx.between(total, following[0])
        if "其中" not in opener or opener.count("。") > 1:
            continue
        whole = core(label(ctx, total))
        names = [core(label(ctx, j)) for j in following]
        count = _compound(whole, names) or _complement(whole, names) or _home_and_abroad(whole, names)
        if count:
            parts = following[:count]
            if any(ctx.mentions[j].period != ctx.mentions[total].period for j in parts):
                continue
            rule = f"{ID}: the parts {'/'.join(names[:count])} are all of {whole}"
            yield Relation(total, {"sum": [ctx.ref(j) for j in parts]}, 0.8, rule)
    yield from _foreign_exchange(ctx)


def _foreign_exchange(ctx: Context) -> Iterator[Relation]:
    """总收入 = 国内…收入 + …外汇收入, the foreign-exchange part in another currency (see above)."""
    for total in ctx.named_candidates:
        whole = core(label(ctx, total))
        if "总收入" not in whole or ctx.mentions[total].type != "count":
            continue
        after = [j for j in ctx.in_paragraph(total) if j > total and ctx.mentions[j].type == "count"][:2]
        if len(after) < 2 or "其中" not in ctx.between(total, after[0]) or ctx.between(total, after[0]).count("。") > 1:
            continue
        home, foreign = after
        kind = re.fullmatch(r"国内(.+)收入", core(label(ctx, home)))  # 国内旅游收入: 旅游
        if kind is None or not whole.endswith(kind.group(1) + "总收入"):
            continue
        if core(label(ctx, foreign)) != kind.group(1) + "外汇收入":
            continue
        if not same_dimension(ctx, [total, home]) or ctx.dimension(foreign) == ctx.dimension(total):
            continue
        if len({ctx.mentions[j].period for j in (total, home, foreign)}) != 1:
            continue
        converted = {
            "source": FILL + "a source id",
            "series": FILL
            + f"{core(label(ctx, foreign))} in {ctx.mentions[total].unit} (at the period's exchange rate)",
        }
        if ctx.mentions[total].period:
            converted["period"] = ctx.mentions[total].period
        note = "the foreign-exchange income is stated in another currency: name the source of its value in this one"
        rule = f"{ID}: {whole} is the home income and the foreign-exchange income"
        yield Relation(total, {"sum": [ctx.ref(home), converted]}, 0.6, rule, todo=True, note=note)


def _compound(whole: str, names: list[str]) -> int:
    """How many parts the total's name joins (猪牛羊禽肉 of 猪肉, 牛肉, 羊肉, 禽肉), or 0: the first
    characters of the first n names (one character each before the ending), then their common
    ending, in the total's name; n ≥ 3."""
    for n in range(len(names), 2, -1):
        heads = names[:n]
        ending = commonprefix([h[::-1] for h in heads])[::-1]
        if not ending or any(len(h) != len(ending) + 1 for h in heads):
            continue
        if "".join(h[0] for h in heads) + ending in whole:
            return n
    return 0


def _complement(whole: str, names: list[str]) -> int:
    """2 when the first two parts are A and 非A of the total's measure (粮食作物播种面积 and 非粮食作物播种
    面积 of 农作物总播种面积), else 0."""
    first, second = names[0], names[1]
    if second != "非" + first:
        return 0
    measure = re.sub(r"^.*?(?=播种面积|面积|产量|产值|人数|人口|数量|增加值|收入|支出)", "", first)
    return 2 if measure and measure != first and measure in whole else 0


_HOME = re.compile(r"^(?:国内|境内)(.{2,})$")
_ABROAD = re.compile(r"^(?:入境|国外|境外|海外|外国)(.{2,})$")


def _home_and_abroad(whole: str, names: list[str]) -> int:
    """2 when the first two parts are the home one and the one from abroad (国内游客 and 入境游客) of
    what the total's name says is at home and abroad (国内外游客, 境内外游客), else 0."""
    home = next((_HOME.match(n) for n in names[:2] if _HOME.match(n)), None)
    abroad = next((_ABROAD.match(n) for n in names[:2] if _ABROAD.match(n)), None)
    if home is None or abroad is None or home.group(1) != abroad.group(1):
        return 0
    return 2 if re.search(r"(?:国内外|境内外|海内外)" + re.escape(home.group(1)), whole) else 0
