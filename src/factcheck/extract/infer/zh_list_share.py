"""Shares of a list of parts stated in one breath: `share`, one for each.

第一产业、第二产业、第三产业增加值占生产总值的比重分别为9.6%、50.2%和40.2%: each percent is its part's
share of the whole, in the order the parts are listed.

- the parts are listed before 占 (apart by 、, 和, 及), the measure said once after the last one
  (第三产业增加值: 增加值 is every part's), and as many percents follow 分别为, apart by 、 or 和;
- or the whole is named first, before 中 (在全区生产总值中，第一、二、三产业增加值所占比重分别为…);
- each part is a figure the text states under its name (第一产业增加值), and the whole too (生产总值:
  the nearest earlier 生产总值 that is not per person, when no figure has that very name), all of
  one unit and period;
- percents that add up to exactly 100 may have one adjusted by the publisher: each then allows one
  unit of its last digit more (as in the structure 25.7:26.8:47.5).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, chinese_percent_counts, find_named, label_of, same_dimension
from factcheck.extract.infer.structure import _structure_outside, last_digit

ID = "zh-list-share"

_LIST = re.compile(
    r"(?P<parts>[^，,；;。:：]{4,60}?)占(?P<whole>[^，,；;。:：、]{2,20}?)的?(?:比重|比例|份额)?分别(?:为|是|达到?)$"
)
#: 在全区生产总值中，第一、二、三产业增加值所占比重分别为: the whole named before 中, then the parts.
_IN_WHOLE = re.compile(
    r"^\s*在(?P<whole>[^，,；;。:：]{2,20}?)中[，,]\s*"
    r"(?P<parts>[^，,；;。:：]{4,60}?)(?:所占|占)的?(?:比重|比例|份额|比)分别(?:为|是|达到?)$"
)
_GDP = "生产总值"


def infer(ctx: Context) -> Iterator[Relation]:
    for i in chinese_percent_counts(ctx):
        mention = ctx.mentions[i]
        found = _IN_WHOLE.search(_sentence_before(ctx, i)) or _LIST.search(re.split(r"[，,；;。]", mention.head)[-1])
        if found is None:
            continue
        names = _names(found.group("parts"))
        members = _members(ctx, i, len(names))
        if not names or members is None:
            continue
        parts = [find_named(ctx, name, i) for name in names]
        if None in parts and _SECTORS.fullmatch(found.group("parts").strip()):
            yield from _structure_outside(ctx, members, parts)  # 三次产业增加值占…比重分别为…, no level stated
            continue
        if None in parts or len(set(parts)) != len(parts):
            continue
        whole = _whole(ctx, found.group("whole"), i, parts)  # type: ignore[arg-type]
        if whole is None or not same_dimension(ctx, [*parts, whole]):  # type: ignore[list-item]
            continue
        if any(ctx.mentions[j].period != mention.period for j in [*parts, whole]):  # type: ignore[union-attr]
            continue
        written = [ctx.midpoint(j) for j in members]
        adjusted = None not in written and abs(sum(w for w in written if w is not None) - 100) < 1e-9
        for share, part in zip(members, parts):
            check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}  # type: ignore[arg-type]
            why = f"{ID}: {label_of(ctx, part)} as a share of {label_of(ctx, whole)} (a list with 分别)"  # type: ignore[arg-type]
            fields = {"tolerance": last_digit(ctx.mentions[share].value)} if adjusted else {}
            yield Relation(share, check, 0.7 if adjusted else 0.8, why, fields=fields)


#: 三次产业增加值, 三大产业, 一、二、三产业增加值: the three sectors named at once.
_SECTORS = re.compile(r"(?:三次|三大|一、二、三|第一、二、三)产业(?:增加值)?")


def listed_name(ctx: Context, i: int) -> str | None:
    """The part a percent is the share of when it is a member of a list of shares (分别为8.5%、37.7%、
    53.8% after 第一、二、三产业增加值所占比重: 第二产业增加值 for the second), else None."""
    first = i
    while (
        first > 0
        and ctx.dimension(first - 1) == "percent"
        and re.fullmatch(r"\s*[、和及]\s*", ctx.between(first - 1, first))
    ):
        first -= 1
    found = _IN_WHOLE.search(_sentence_before(ctx, first)) or _LIST.search(
        re.split(r"[，,；;。]", ctx.mentions[first].head)[-1]
    )
    if found is None:
        return None
    names = _names(found.group("parts"))
    members = _members(ctx, first, len(names)) if names else None
    return names[members.index(i)] if members and i in members else None


def _sentence_before(ctx: Context, i: int) -> str:
    """The words of the mention's sentence before it."""
    return re.split(r"[。；;]", ctx.paragraph_text(i)[: ctx.mentions[i].start])[-1]


def _names(listed: str) -> list[str]:
    """第一产业、第二产业、第三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值: the measure
    after the last part (what it has beyond the first part's length) is every part's. 三次产业增加值 names
    the three sectors' value added at once."""
    sectors = _SECTORS.fullmatch(listed.strip())
    if sectors:
        return [f"第{n}产业增加值" for n in "一二三"]
    items = [item.strip() for item in re.split(r"[、和及]", listed) if item.strip()]
    if len(items) < 2 or len({len(item) for item in items[:-1]}) != 1:
        return []
    width = len(items[0])
    measure = items[-1][width:]
    if len(items[-1]) < width:
        return []
    return [item + measure for item in items[:-1]] + [items[-1]]


def _members(ctx: Context, first: int, count: int) -> list[int] | None:
    """The percents after 分别为, apart by 、 or 和 only, as many as the parts."""
    members = [first]
    while len(members) < count:
        j = members[-1] + 1
        if j >= len(ctx.mentions) or ctx.dimension(j) != "percent":
            return None
        if not re.fullmatch(r"\s*[、和及]\s*", ctx.between(members[-1], j)):
            return None
        members.append(j)
    following = members[-1] + 1
    if following < len(ctx.mentions) and re.fullmatch(r"\s*[、和及]\s*", ctx.between(members[-1], following)):
        return None  # more percents than parts: which is whose is not said
    return members


def _whole(ctx: Context, name: str, near: int, parts: list[int]) -> int | None:
    whole = find_named(ctx, name, near, exclude=tuple(parts))
    if whole is None and _GDP in name:
        whole = next(
            (
                j
                for j in range(min(parts) - 1, -1, -1)
                if ctx.mentions[j].type == "count"
                and same_dimension(ctx, [j, parts[0]])
                and _GDP in label_of(ctx, j)
                and not re.search(r"人均|平均", label_of(ctx, j))
            ),
            None,
        )
    return whole
