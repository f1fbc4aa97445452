"""A ratio written a:1 whose two terms the text does not state: a complete `ratio` under `x-todo`,
both terms source placeholders.

城乡居民收入比由上年3.12:1缩小到3.11:1 / “圈翼”人均GDP之比由上年2.16:1缩小到2.09:1 / 城乡收入比为2.5:1:
each first term is the first thing named divided by the second, of the year the words give it (由上年
the year before, 缩小到/扩大到/为 the document's year). When the text states both terms (the urban and
the rural income, for 城乡居民收入比) the rates pattern checks it; this one drafts only the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, find_named
from factcheck.extract.infer.ratios import _URBAN_RURAL

ID = "zh-ratio-outside"

#: 城乡居民收入比由上年 / 人均GDP之比由上年2.16:1缩小到 / 收入比为: the ratio's name and which year.
_NAMED = re.compile(
    r"(?P<name>[^，,；;。:：\d]{2,24}?)(?:之)?比(?:值)?"
    r"(?:(?P<earlier>由(?:上年|\d{4}年)的?)|(?:由(?:上年|\d{4}年)的?[\d.]+\s*[:：]\s*1)?"
    r"(?:缩小到|缩小至|扩大到|扩大至|下降到|下降至|上升到|上升至|调整为|为|是|达到?))$"
)
_ONE = re.compile(r"^\s*[:：∶]\s*1(?![\d.])")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if mention.unit is not None or mention.type != "count" or ctx.quantities[i] is None:
            continue
        if not _ONE.match(ctx.paragraph_text(i)[mention.end :]):
            continue
        head = re.split(r"[，,；;。]", mention.head)[-1]
        found = _NAMED.search(head)
        if found is None or _stated(ctx, i, head):
            continue
        name = found.group("name").strip("“”\"' ")
        earlier = found.group("earlier") is not None
        period = FILL + "the year before (上年)" if earlier else (mention.period or "")
        terms = []
        for which in ("first", "second"):
            term = {"source": FILL + "a source id", "series": FILL + f"the {which} term of {name}"}
            if period:
                term["period"] = period
            terms.append(term)
        note = f"the two terms of {name} are not in the document: name the source that gives them"
        rule = f"{ID}: a ratio a:1 whose terms the document does not state"
        yield Relation(i, {"ratio": terms}, 0.6, rule, todo=True, note=note)


def _stated(ctx: Context, i: int, head: str) -> bool:
    """The urban and rural incomes are in the text: the rates pattern drafts the complete ratio."""
    if not _URBAN_RURAL.search(head):
        return False
    return None not in (find_named(ctx, "城镇居民人均可支配收入", i), find_named(ctx, "农村居民人均可支配收入", i))
