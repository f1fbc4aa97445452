"""Where a Chinese share's whole is found when no figure bears its very name (for `share`).

- 占GDP比重 / 占生产总值的比重: the nearest earlier 生产总值 level that is not per person;
- 占总人口比重: the resident population stated before the share in its paragraph;
- 占全市财政支出的比重: the budget's spending stated before, which bulletins name 一般公共预算支出 or
  公共财政预算支出 (财政支出 is what they are called for short);
- 全国居民人均工资性收入8793元，…，占可支配收入的比重为57.5%: a per-person part's whole is per person too, of
  the part's own scope (全国居民人均可支配收入, not 城镇居民人均…); a share after it in the paragraph that names
  the same whole (人均经营净收入…，占可支配收入的比重为16.1%) has the same whole.
"""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context, core, find_named, label_of, same_dimension

_GDP_NAME = re.compile(r"(?:全国|全省|全市|全县|全区|地区)?(?:GDP|gdp|经济总量|生产总值)")
#: 占总人口比重: the whole population the text states, which it calls 常住人口 (年末全省常住人口3806万人).
_TOTAL_POPULATION = re.compile(r"(?:年末)?(?:全国|全省|全市|全县|全区)?总人口")
#: 占财政支出的比重: the whole the budget spends, under its short name.
_SPENDING = re.compile(r"(?:地方)?财政支出")
#: 一般公共预算支出, 公共财政预算支出, 地方财政支出: the budget's spending stated under its full name.
_BUDGET_SPENDING = re.compile(r"^(?:地方)?(?:一般公共预算|公共财政预算|公共预算|财政)支出$")
_RESIDENTS = re.compile(r"常住人口$")
_A_PART_OF_THEM = re.compile(r"户籍|城镇|乡村|农村|出生|死亡|流动|老年|岁|就业|劳动|男|女")


def _resident_population(ctx: Context, i: int, part: int) -> int | None:
    """The resident population stated before the share in its paragraph, when the part is of the
    residents too (城镇常住人口; never 户籍人口, whose whole is the registered population)."""
    if "户籍" in label_of(ctx, part):
        return None
    for j in reversed([k for k in ctx.in_paragraph(i) if k < part]):
        label = core(label_of(ctx, j))
        if ctx.mentions[j].type == "count" and _RESIDENTS.search(label) and not _A_PART_OF_THEM.search(label):
            return j
    return None


def stated_whole(
    ctx: Context, i: int, part: int | None, whole_name: str, dimension: str | None, previous: tuple | None
) -> int | None:
    """The whole of the share `i` named `whole_name`, or None. `previous`: (whole, whole's name, share) of the
    share before it in its paragraph."""
    if _GDP_NAME.fullmatch(core(whole_name)) or _GDP_NAME.fullmatch(whole_name):  # 占GDP比重
        return next(
            (
                j
                for j in range(i - 1, -1, -1)
                if j != part
                and ctx.mentions[j].type == "count"
                and ctx.dimension(j) == dimension
                and "生产总值" in label_of(ctx, j)
                and not re.search(r"人均|平均", label_of(ctx, j))
            ),
            None,
        )
    if _TOTAL_POPULATION.fullmatch(core(whole_name)):
        return _resident_population(ctx, i, part if part is not None else i)
    if _SPENDING.fullmatch(core(whole_name)):
        return _budget_spending(ctx, i, part, dimension)
    if part is None or "人均" in whole_name:
        return None
    scope = re.match(r"[^，,；;。\d]*?人均", label_of(ctx, part))
    if scope and scope.group() != "人均":
        whole = find_named(ctx, scope.group() + whole_name, i, dimension=dimension, exclude=(part,))
        if whole is not None and core(label_of(ctx, whole)) == core(scope.group() + whole_name):
            return whole
    if previous is not None and previous[0] is not None and previous[1] == whole_name and scope:
        return previous[0] if same_dimension(ctx, [part, previous[0]]) else None
    return None


def _budget_spending(ctx: Context, i: int, part: int | None, dimension: str | None) -> int | None:
    """The nearest budget spending stated before the share in its paragraph (not the part itself)."""
    return next(
        (
            j
            for j in reversed([k for k in ctx.in_paragraph(i) if k < i])
            if j != part
            and ctx.mentions[j].type == "count"
            and ctx.dimension(j) == dimension
            and _BUDGET_SPENDING.search(core(label_of(ctx, j)))
        ),
        None,
    )
