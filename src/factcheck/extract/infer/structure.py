"""三次产业结构 a:b:c: each number an industry's share of the total (`formula`), and, when the
industries' value added (or last year's, 由上年的…调整为) is not in the text, a share waiting under
`x-todo` for the figures from outside."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, find_named, same_dimension
from factcheck.extract.infer.zh_listed_sectors import listed_before

ID = "share"

_STRUCTURE = re.compile(
    r"(?:三次产业|三产|产业)(?:增加值)?的?(?:结构比例|比例结构|结构比|结构|比例|占比|比重|构成)(?:调整)?(?:分别)?为?\s*$|三次产业比为\s*$"
    r"|(?:三次产业|产业)(?:增加值)?的?(?:结构|比例)[由从][^。；;]{0,40}调整(?:为|到|至)?\s*$"
    r"|三次产业比[由从][^。；;]{0,40}调整(?:为|到|至)?\s*$"
    r"|三次产业(?:增加值)?占[^，,；;。]{0,12}的?比重分别为\s*$"  # 三次产业增加值占地区生产总值的比重分别为a:b:c
)


def structure_numbers(ctx: Context, paragraph: int) -> list[int] | None:
    """The three numbers of 三次产业结构比为25.72:26.84:47.44 in a paragraph (the last such triple:
    由上年的…调整为… states the earlier one first)."""
    found = None
    for i in ctx.by_paragraph.get(paragraph, []):
        if not _STRUCTURE.search(ctx.before(i, 60)) or ctx.mentions[i].unit is not None:
            continue
        numbers = [i]
        for j in range(i + 1, min(i + 3, len(ctx.mentions))):
            if re.fullmatch(r"\s*[：:∶︰]\s*", ctx.between(numbers[-1], j)) and ctx.mentions[j].unit is None:
                numbers.append(j)
        if len(numbers) == 3:
            found = numbers
    return found


def structure(ctx: Context) -> Iterator[Relation]:
    """三次产业结构为2.5：36.7：60.7: each number is an industry's share of the total, in %, written
    bare; `formula: part ÷ total × 100` compares a plain number with a plain number."""
    for i, mention in enumerate(ctx.mentions):
        if not _STRUCTURE.search(ctx.before(i, 60)) or mention.unit is not None:
            continue
        numbers = [i]
        for j in range(i + 1, min(i + 3, len(ctx.mentions))):
            if re.fullmatch(r"\s*[：:∶︰]\s*", ctx.between(numbers[-1], j)) and ctx.mentions[j].unit is None:
                numbers.append(j)
        if len(numbers) != 3:
            continue
        earlier = earlier_triple(ctx, i)
        if earlier is not None:  # 由上年的…调整为: last year's shares, of last year's figures
            yield from _structure_outside(ctx, earlier, [None, None, None], this_year=False)
        parts = [find_named(ctx, f"第{ordinal}产业增加值", i) for ordinal in "一二三"]
        if any(p is None for p in parts) and not ctx.english:  # 一、二、三产业增加值分别为…: no one named each
            parts = listed_before(ctx, i) or parts
        if any(p is None for p in parts):
            yield from _structure_outside(ctx, numbers, parts)
            continue
        if any(ctx.mentions[p].period != mention.period for p in parts if p is not None):
            yield from _structure_outside(ctx, numbers, [None, None, None])  # 2021's structure, 2022's parts
            continue
        total = _total_of(ctx, parts)
        if total is None:  # 三次产业中，第一产业… / 地区生产总值…。第一产业实现增加值…: GDP by definition
            total = gdp_before(ctx, min(parts))
        stated = [_share_stated(ctx, number, ordinal) for number, ordinal in zip(numbers, "一二三")]
        if None not in stated:  # 第一产业增加值占地区生产总值比重为37.5%…。三次产业结构比为37.5:…: restated
            for number, share in zip(numbers, stated):
                why = f"{ID}: the structure restates an industry's share stated before it"
                yield Relation(number, {"same": ctx.ref(share)}, 0.8, "same: " + why)  # type: ignore[arg-type]
            continue
        if total is None or not same_dimension(ctx, [*parts, total]) or ctx.dimension(total) == "":
            continue
        # Shares written to add up to exactly 100 may have one of them adjusted by the publisher
        # (9.1 : 39.9 : 51.0 where 51.05 rounds to 51.1): each share then allows one unit of its
        # last digit more (`tolerance`), which no rounding can exceed and a wrong digit does.
        written = [ctx.midpoint(j) for j in numbers]
        adjusted = None not in written and abs(sum(w for w in written if w is not None) - 100) < 1e-9
        for number, part in zip(numbers, parts):
            formula = f"{{{ctx.ref(part)}}} / {{{ctx.ref(total)}}} * 100"
            why = f"{ID}: an industry's share of the total in the structure"
            if adjusted:
                fields = {"tolerance": last_digit(ctx.mentions[number].value)}
                yield Relation(number, {"formula": formula}, 0.7, why + " (adjusted to add up to 100)", fields=fields)
            elif "." not in ctx.mentions[number].value:  # a whole share (13:53.8:33.6), read exactly
                fields = {"tolerance": "0.5"}  # without a unit: it was rounded to a whole percent
                yield Relation(number, {"formula": formula}, 0.8, why + " (a whole percent)", fields=fields)
            else:
                yield Relation(number, {"formula": formula}, 0.8, why)


#: 三次产业比由上年的15.7:41.7:42.6调整为…: the earlier year's structure, none of whose parts is stated.
_EARLIER_STRUCTURE = re.compile(r"(?:三次产业|产业)[^。；;，,]{0,12}[由从](?:上年|上一年|\d{4}年)(?:末)?的?\s*$")
_GDP = re.compile(r"生产总值|GDP|(?i:gross domestic product)")


def _structure_outside(
    ctx: Context, numbers: list[int], parts: list[int | None], this_year: bool = True
) -> Iterator[Relation]:
    """三次产业占比为6.0:55.1:38.9 with no 第一产业增加值 stated (or the earlier year's structure before
    调整为): each number is an industry's share of GDP whose value added comes from outside."""
    first = numbers[0]
    paragraph = ctx.mentions[first].paragraph
    if not this_year:
        total = None  # 由上年的…: last year's GDP is not in the text either
    else:
        total = next(
            (
                j
                for j in reversed(ctx.by_paragraph.get(paragraph, []))
                if j < first
                and ctx.mentions[j].type == "count"
                and ctx.quantities[j] is not None
                and ctx.dimension(j) not in ("percent", "points", "")
                and _GDP.search(ctx.mentions[j].head[-16:])
            ),
            None,
        )
    period = ctx.mentions[first].period if this_year else None
    for number, part, ordinal in zip(numbers, parts, "一二三"):
        if part is not None:
            continue
        what = f"第{ordinal}产业增加值"
        outside = {"source": FILL + "a source id", "series": FILL + what}
        whole: str | dict = (
            ctx.ref(total) if total is not None else {"source": FILL + "a source id", "series": FILL + "地区生产总值"}
        )
        if period:
            outside["period"] = period
            if isinstance(whole, dict):
                whole["period"] = period
        elif not this_year:
            outside["period"] = whole["period"] = FILL + "the year before (上年)"  # type: ignore[index]
        yield Relation(
            number,
            {"share": {"part": outside, "whole": whole}},
            0.6,
            f"{ID}: an industry's share in the structure, its value added not in the document",
            todo=True,
            note=f"{what} is not in the document: name the source that gives it",
        )


def earlier_triple(ctx: Context, first: int) -> list[int] | None:
    """由上年的15.7:41.7:42.6调整为14.4:41.0:44.6: the three numbers before 调整为."""
    if first < 3 or not re.search(r"调整(?:为|到|至)?\s*$", ctx.between(first - 1, first)):
        return None
    numbers = [first - 3, first - 2, first - 1]
    if not _EARLIER_STRUCTURE.search(ctx.before(numbers[0], 40)) or any(
        ctx.mentions[j].unit is not None or ctx.mentions[j].paragraph != ctx.mentions[first].paragraph for j in numbers
    ):
        return None
    if not all(re.fullmatch(r"\s*[：:∶︰]\s*", ctx.between(a, b)) for a, b in zip(numbers, numbers[1:])):
        return None
    return numbers


#: 第一产业增加值占地区生产总值比重为37.5% / 第二产业增加值比重为25.4% / 第三产业占比37.1%.
_SHARE_OF = "(?:第{0}|{0})产业[^，,；;。\\d]{{0,16}}(?:比重|占比)(?:为|是|达到?)?\\s*$"


def _share_stated(ctx: Context, number: int, ordinal: str) -> int | None:
    """The industry's share stated in % before the structure in its paragraph, of the same digits."""
    pattern = re.compile(_SHARE_OF.format(ordinal))
    for j in reversed(ctx.in_paragraph(number)):
        if (
            j < number
            and ctx.dimension(j) == "percent"
            and ctx.mentions[j].type == "count"
            and ctx.mentions[j].period == ctx.mentions[number].period
            and pattern.search(re.split(r"[，,；;。]", ctx.before(j, 40))[-1])
        ):
            return j if ctx.mentions[j].value == ctx.mentions[number].value else None
    return None


def gdp_before(ctx: Context, first: int) -> int | None:
    """The GDP figure the three industries' value added make up, by definition: the nearest earlier
    figure of the paragraph of their unit and period named 生产总值/GDP (not 人均/平均); when their
    paragraph names none before them, the last such figure of the paragraph before (一季度实现生产总值
    857.43亿元。/ 一季度第一产业实现生产总值44.34亿元…: the lead states the total, the next paragraph its parts)."""
    found = _gdp_among(ctx, first, [j for j in ctx.in_paragraph(first) if j < first])
    if found is not None or any(j < first for j in ctx.in_paragraph(first) if _GDP.search(ctx.mentions[j].head)):
        return found
    previous = [j for j in ctx.by_paragraph.get(ctx.mentions[first].paragraph - 1, []) if _same_kind(ctx, j, first)]
    return _gdp_among(ctx, first, previous[-1:])  # the total the paragraph ends on, not one with others after it


def _same_kind(ctx: Context, j: int, first: int) -> bool:
    return ctx.mentions[j].type == "count" and ctx.dimension(j) == ctx.dimension(first)


def _gdp_among(ctx: Context, first: int, candidates: list[int]) -> int | None:
    for j in reversed(candidates):
        if (
            ctx.mentions[j].type == "count"
            and ctx.quantities[j] is not None
            and ctx.dimension(j) == ctx.dimension(first)
            and ctx.mentions[j].period == ctx.mentions[first].period
            and _GDP.search(ctx.mentions[j].head[-16:])
            and not _per_person(ctx, j)
        ):
            return j
    return None


_PER_PERSON = re.compile(r"人均|平均|(?i:per capita|per head)")


def _per_person(ctx: Context, j: int) -> bool:
    """A figure named per person or on average (人均地区生产总值): never a total of parts."""
    return _PER_PERSON.search(ctx.mentions[j].head[-16:]) is not None


def last_digit(value: str) -> str:
    """One unit of a written number's last digit: "51.0" → "0.1", "36" → "1"."""
    decimals = len(value.split(".", 1)[1]) if "." in value else 0
    return "1" if decimals == 0 else "0." + "0" * (decimals - 1) + "1"


def _total_of(ctx: Context, parts: list) -> int | None:
    """The total the three industries make up: the figure whose `sum` lists them (the one before 其中)."""
    first = min(parts)
    for j in range(first - 1, -1, -1):
        if ctx.mentions[j].paragraph != ctx.mentions[first].paragraph:
            return None
        if (
            ctx.mentions[j].type == "count"
            and ctx.dimension(j) == ctx.dimension(first)
            and re.search(r"其中|分[^，,。；;]{1,6}看", ctx.between(j, first))
            and not _per_person(ctx, j)
        ):
            return j  # 人均地区生产总值为74331元。其中，第一产业…: not the per-person figure
    return None
