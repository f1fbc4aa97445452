"""Rates from counts: birth and death rates per mille, the natural growth rate, per-capita values.

- 出生率 / 死亡率 / "birth rate" in ‰, with the births (deaths) and the population stated:
  births ÷ population × 1000. Official rates divide by the year's average population; when the
  text states the population's change over the year (比上年末增加N), the year-start level is
  population − N and the average is population − N ÷ 2, which is what the formula uses; a publisher
  may divide by it, a survey's average or the year-end level, all within half the year's change:
  the check allows that much (relative), so it passes whichever was used and catches a wrong digit.
- 自然增长率 = 出生率 − 死亡率 (the definition), when all three are stated; 顺差 (surplus) =
  exports − imports and 逆差 (deficit) = imports − exports, with both stated just before.
- 人均X / "X per capita" from the total X and the year's average population (a claim whose
  words say 人均 / per capita is read per person, so 元 compares with 元 ÷ 人).
A value the year-end population gives only within a year's drift is of the average population,
which the text does not state: it waits under `x-todo` for a source (`averages`); with no
population at all, the per-capita value waits under `x-todo` for a source that gives it.
Labour productivity, the urban-rural income ratio and currency conversions: `ratios`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.extract.infer.averages import of_average, year_end_reading
from factcheck.extract.infer.base import (
    FILL,
    Context,
    Relation,
    english,
    label_of,
    names_match,
    population_basis,
    same_dimension,
)
from factcheck.extract.infer.ratios import converted, labour_productivity, urban_rural_ratio

ID = "rates"

_RATE_COUNTS = (
    ("出生率", "出生人口|出生"),
    ("死亡率", "死亡人口|死亡"),
    ("(?i)birth rate", "(?i)births"),
    ("(?i)death rate", "(?i)deaths"),
)
_POPULATION = re.compile(r"常住人口|总人口|全[国省市县区州旗盟]人口|年末人口|^人口|(?i:\bpopulation\b)")
_NOT_POPULATION = re.compile(r"户籍|城镇|乡村|农村|出生|死亡|流动|老年|岁|就业|劳动")
#: Official per-capita values and rates divide by the year's average population. When the text gives
#: only the year-end level, the average lies within half the year's change of it, and a population
#: changes by well under 2% a year: the check allows 1% (relative) more than rounding. A wrong digit
#: beyond that is caught; one within it is not (a closer check needs the change over the year).
YEAR_END = {"tolerance": "1%"}
_YEAR_END_WHY = " (the year-end population stands for the average: 1% allowed)"


def _average_fields(ctx: Context, pop: int, change: int) -> dict[str, str]:
    """The tolerance that covers the choice of population: half the year's change, relative."""
    level, moved = ctx.midpoint(pop), ctx.midpoint(change)
    if not level or moved is None or not moved:
        return {}
    return {"tolerance": f"{math.ceil(abs(moved) / 2 / abs(level) * 10000) / 100:g}%"}


_POP_CHANGE = re.compile(r"[，,\s]*(?:比上年末|比上年|较上年末)?(?:净)?(?:增加|减少|下降|增长)\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    for i, mention in enumerate(ctx.mentions):
        if mention.unit != "‰" or mention.type in ("label", "date", "rank", "change", "growth"):
            continue
        label = label_of(ctx, i)
        for rate_word, count_word in _RATE_COUNTS:
            if re.search(rate_word, label) and not re.search("增长|变动|增加", label):
                yield from _per_mille(ctx, i, count_word)
        if re.search(r"自然增长率|(?i:natural (?:increase|growth) rate)", label):
            yield from _natural(ctx, i)
    for i, mention in enumerate(ctx.mentions):
        if (
            mention.unit in ("%", "％")
            and mention.type == "count"
            and re.search(r"城镇化率[)）]?(?:为|达到|达)?$", label_of(ctx, i))
        ):
            yield from _urbanisation(ctx, i)
    for i in range(len(ctx.mentions)):
        yield from _balance(ctx, i)
    yield from _per_capita(ctx)
    yield from _natural_count(ctx)
    yield from converted(ctx)
    yield from labour_productivity(ctx)
    yield from urban_rural_ratio(ctx)


def _population(ctx: Context, near: int) -> tuple[int, int | None] | None:
    """The population figure of the paragraph (or the document), and its stated change over the year."""
    paragraph = ctx.mentions[near].paragraph
    population = ctx.memo.get("population")
    if population is None:  # the same list for every rate of the document: made once
        population = ctx.memo["population"] = [
            j for j in ctx.named_candidates if ctx.dimension(j) == "count" and _POPULATION.search(label_of(ctx, j))
        ]
    order = sorted(population, key=lambda j: (ctx.mentions[j].paragraph != paragraph, abs(j - near)))
    for j in order:
        m = ctx.mentions[j]
        label = label_of(ctx, j)
        if m.type != "count" or ctx.dimension(j) != "count" or not _POPULATION.search(label):
            continue
        if _NOT_POPULATION.search(label):
            continue
        following = [k for k in (j + 1, j + 2) if k < len(ctx.mentions) and ctx.sentence_of[k] == ctx.sentence_of[j]]
        change = next(
            (
                k
                for k in following
                if ctx.mentions[k].type in ("change", "difference")
                and ctx.dimension(k) == "count"
                and _POP_CHANGE.match(ctx.between(j, k))
            ),
            None,
        )
        return j, change
    return None


def _per_mille(ctx: Context, i: int, count_word: str) -> Iterator[Relation]:
    paragraph = ctx.in_paragraph(i)
    before = [j for j in paragraph if j < i and ctx.mentions[j].type == "count" and ctx.dimension(j) == "count"]
    count = next((j for j in reversed(before) if re.search(count_word, label_of(ctx, j))), None)
    registered = count is not None and "户籍" in population_basis(ctx, count)
    population = _registered_population(ctx, count) if registered else _population(ctx, i)
    if population is None and count is not None:
        population = _registered_above(ctx, count)
    if count is None or population is None or population[0] == count:
        return
    pop, change = population
    if year_end_reading(ctx, i, count, pop, 1000, change) == "drift":  # of the average population
        yield of_average(ctx, i, count, f"{ID}: {label_of(ctx, count)} per thousand of the year's average population")
    elif change is not None:
        divisor = f"({{{ctx.ref(pop)}}} - {{{ctx.ref(change)}}} / 2)"
        check = {"formula": f"{{{ctx.ref(count)}}} / {divisor} * 1000"}
        why = f"{ID}: {label_of(ctx, count)} per thousand of the year's average population (half its change allowed)"
        yield Relation(i, check, 0.8, why, fields=_average_fields(ctx, pop, change))
    else:
        check = {"formula": f"{{{ctx.ref(count)}}} / {{{ctx.ref(pop)}}} * 1000"}
        why = f"{ID}: {label_of(ctx, count)} per thousand of the population" + _YEAR_END_WHY
        yield Relation(i, check, 0.6, why, fields=dict(YEAR_END))


def _registered_population(ctx: Context, count: int) -> tuple[int, int | None] | None:
    """全年户籍出生人口7.31万人: the births of the registered population are per thousand of the
    户籍人口 stated before them in the paragraph (with its change over the year when stated), never
    of the resident population stated elsewhere."""
    for j in reversed([k for k in ctx.in_paragraph(count) if k < count]):
        if ctx.mentions[j].type == "count" and ctx.dimension(j) == "count" and label_of(ctx, j).endswith("户籍人口"):
            after = j + 1
            change = after < count and ctx.mentions[after].type in ("change", "difference")
            change = change and ctx.dimension(after) == "count" and _POP_CHANGE.match(ctx.between(j, after))
            return j, (after if change else None)
    return None


def _registered_above(ctx: Context, count: int) -> tuple[int, None] | None:
    """年末全市户籍人口660.17万人，其中：出生人口6.22万人: with no resident population in the text, the
    births listed under the registered population are of it."""
    for j in reversed([k for k in ctx.in_paragraph(count) if k < count]):
        if ctx.mentions[j].type == "count" and ctx.dimension(j) == "count" and "户籍人口" in label_of(ctx, j):
            return (j, None) if re.search(r"其中", ctx.between(j, count)) else None
    return None


def _named_total(ctx: Context, i: int, name: str) -> int | None:
    """The first level before i of i's dimension named `name` (not itself a per-person value)."""
    return next(
        (
            j
            for j in range(i)
            if ctx.mentions[j].type == "count"
            and ctx.dimension(j) == ctx.dimension(i)
            and not re.search(r"人均|平均", label_of(ctx, j))
            and names_match(name, label_of(ctx, j), False)
        ),
        None,
    )


def _natural_count(ctx: Context) -> Iterator[Relation]:
    """自然增加人口6.3万人 (or a natural decrease, 自然减少): the births minus the deaths of its paragraph."""
    for i, mention in enumerate(ctx.mentions):
        if ctx.english or mention.type not in ("count", "change") or ctx.dimension(i) != "count":
            continue
        if not re.search(r"自然(?:增加|增长|减少)(?:人口)?$|人口自然(?:增加|增长|减少)$", label_of(ctx, i)):
            continue
        around = [j for j in ctx.in_paragraph(i) if j != i and ctx.dimension(j) == "count"]
        births = next((j for j in around if re.search(r"出生(?:人口|人数)$", label_of(ctx, j))), None)
        deaths = next((j for j in around if re.search(r"死亡(?:人口|人数)$", label_of(ctx, j))), None)
        if births is None or deaths is None or not same_dimension(ctx, [i, births, deaths]):
            continue
        unsigned_fall = "减少" in label_of(ctx, i) and not mention.negative and not mention.value.startswith("-")
        pair = [ctx.ref(deaths), ctx.ref(births)] if unsigned_fall else [ctx.ref(births), ctx.ref(deaths)]
        yield Relation(i, {"difference": pair}, 0.85, f"{ID}: the natural increase is the births minus the deaths")


def _natural(ctx: Context, i: int) -> Iterator[Relation]:
    paragraph = [j for j in ctx.in_paragraph(i) if ctx.mentions[j].unit == "‰" and j != i]
    birth = next((j for j in paragraph if re.search(r"出生率|(?i:birth rate)", label_of(ctx, j))), None)
    death = next((j for j in paragraph if re.search(r"死亡率|(?i:death rate)", label_of(ctx, j))), None)
    if birth is not None and death is not None:
        check = {"difference": [ctx.ref(birth), ctx.ref(death)]}
        yield Relation(i, check, 0.9, f"{ID}: the natural growth rate is the birth rate minus the death rate")


def _named_in(name: str, head: str) -> bool:
    """生产总值（GDP）: the total's own words give the name the per-capita figure uses (人均GDP)."""
    if len(name) < 2:
        return False
    if re.search(r"[（(]\s*" + re.escape(name) + r"\s*[）)]", head):
        return True
    # 2019年四川省地区生产总值(GDP) names 地区生产总值 (人均地区生产总值): its words before the brackets;
    # a city's 全市生产总值(GDP) names it too (地区 is the region the bulletin is of)
    before = re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", head)
    short = name.removeprefix("地区")
    return bool(re.search(r"[（(][A-Za-z]{2,6}[）)]\s*$", head)) and (
        before.endswith(name)
        or (len(short) >= 4 and re.search(r"(?:全市|全省|全区|全县|全国)" + re.escape(short) + "$", before) is not None)
    )


_BALANCE = re.compile(r"(顺差|逆差|(?i:trade surplus|trade deficit|surplus|deficit))(?:为|达|达到)?$")


#: "The foreign trade balance showed a surplus of 16.0 billion euros": the figure's own words.
_EN_BALANCE = re.compile(r"(?i)\b(surplus|deficit)\s+(?:of|was|amounted to|stood at|totall?ed|totall?ing|came to)\s*$")


_EN_BALANCE_AFTER = re.compile(r"(?i)^\s*(?:bn|billion|million|mn)?\s*(surplus|deficit)\b")


def _own_words(ctx: Context, j: int) -> str:
    """An English figure's words from the figure before it in the paragraph (or 80 characters)."""
    previous = [k for k in ctx.in_paragraph(j) if k < j]
    return ctx.between(previous[-1], j) if previous else ctx.before(j, 80)


#: 出口 / 出口额 / 出口总值 (not 进出口总值), 进口 / 进口额.
_EXPORTS_CN = re.compile(r"(?<!进)出口(?:额|总额|总值)?$")
_IMPORTS_CN = re.compile(r"进口(?:额|总额|总值)?$")


def _balance(ctx: Context, i: int) -> Iterator[Relation]:
    """货物进出口顺差 = 出口 − 进口; 逆差 = 进口 − 出口: the exports and imports stated just before
    ("exported goods to the value of 136.7 billion euros and imported … 120.7 billion euros. The
    foreign trade balance showed a surplus of 16.0 billion euros"), of the same period."""
    if ctx.english:  # "a surplus of €155.5 bn" / "recorded a €18.7 bn surplus"
        found = _EN_BALANCE.search(ctx.before(i, 60)) or _EN_BALANCE_AFTER.match(ctx.after(i, 16))
    else:
        found = _BALANCE.search(label_of(ctx, i))
    if found is None or ctx.mentions[i].type != "count":
        return
    before = [
        j
        for j in ctx.in_paragraph(i)
        if j < i
        and ctx.mentions[j].type == "count"
        and ctx.dimension(j) == ctx.dimension(i)
        and ctx.mentions[j].period == ctx.mentions[i].period
    ]
    if ctx.english:
        exports = next((j for j in reversed(before) if re.search(r"(?i)\bexport(?:s|ed)?\b", _own_words(ctx, j))), None)
        imports = next((j for j in reversed(before) if re.search(r"(?i)\bimport(?:s|ed)?\b", _own_words(ctx, j))), None)
    else:
        exports = next((j for j in reversed(before) if _EXPORTS_CN.search(label_of(ctx, j))), None)
        imports = next((j for j in reversed(before) if _IMPORTS_CN.search(label_of(ctx, j))), None)
    if exports == imports:
        return
    if exports is None or imports is None or max(exports, imports) < i - 6:
        return
    pair = (
        [exports, imports] if found.group(1) in ("顺差",) or "surplus" in found.group(1).lower() else [imports, exports]
    )
    yield Relation(
        i, {"difference": [ctx.ref(pair[0]), ctx.ref(pair[1])]}, 0.8, f"{ID}: a trade balance is exports minus imports"
    )


def _urbanisation(ctx: Context, i: int) -> Iterator[Relation]:
    """城镇化率 = urban resident population ÷ resident population × 100 (at year end), when both are stated."""
    population = _population(ctx, i)
    if population is None:
        return
    pop = population[0]
    if "户籍" in label_of(ctx, i) and "户籍" not in label_of(ctx, pop):
        return  # 户籍人口城镇化率 counts registered residents: not a share of the resident population
    # the population's paragraph, or the rate's own (从城乡结构看，城镇常住人口…；城镇化率为…, the total above)
    where = [ctx.mentions[pop].paragraph, ctx.mentions[i].paragraph]
    urban = next(
        (
            j
            for paragraph in where
            for j in ctx.by_paragraph.get(paragraph, [])
            if ctx.mentions[j].type == "count"
            and ctx.dimension(j) == "count"
            and re.search(r"城镇(?:常住)?人口(?:为|达到|达|是)?$", label_of(ctx, j))
            and (paragraph == ctx.mentions[pop].paragraph or j < i)
        ),
        None,
    )
    if urban is not None and _counted_of_another(ctx, urban, pop):
        return  # 户籍人口112635人。其中，城镇人口54715人 … 常住人口12.74万人，城镇化率74.02%: another population's
    if urban is not None:
        check = {"share": {"part": ctx.ref(urban), "whole": ctx.ref(pop)}}
        yield Relation(i, check, 0.8, f"{ID}: the urbanisation rate is the urban share of the population")
    elif ctx.mentions[pop].period == ctx.mentions[i].period:  # 常住人口6143.6万人…城镇化率50.5%, no urban figure
        part = {"source": FILL + "a source id", "series": FILL + "the urban resident population"}
        rule = f"{ID}: the urbanisation rate, of an urban population the document does not state"
        note = "the urban population is not in the document: name the source that gives it"
        yield Relation(i, {"share": {"part": part, "whole": ctx.ref(pop)}}, 0.6, rule, todo=True, note=note)


_A_POPULATION = re.compile(r"人口(?:为|达到|达|是)?$")
_A_GROUP = re.compile(r"(?:城镇|乡村|农村|城市|男性?|女性?|出生|死亡|流动|迁入|迁出)(?:常住)?人口(?:为|达到|达|是)?$")


def _counted_of_another(ctx: Context, urban: int, pop: int) -> bool:
    """The urban figure breaks down another population: the last whole population stated before
    it in the paragraph is not the one the rate divides by."""
    before = [
        j
        for j in ctx.by_paragraph.get(ctx.mentions[urban].paragraph, [])
        if j < urban
        and ctx.mentions[j].type == "count"
        and ctx.dimension(j) == "count"
        and _A_POPULATION.search(label_of(ctx, j))
        and not _A_GROUP.search(label_of(ctx, j))
    ]
    return bool(before) and before[-1] != pop


_NAMED_PER_PERSON = re.compile(r"(?i)(.+?)\s+per (?:capita|person|head)")
#: Looked for first: the lazy name above tries every start of a long English label (a flattened table).
_PER_PERSON = re.compile(r"(?i)\sper (?:capita|person|head)")


def _per_capita(ctx: Context) -> Iterator[Relation]:
    in_english = english(ctx)
    for i, mention in enumerate(ctx.mentions):
        if mention.type != "count" or ctx.dimension(i) in (None, "count", "percent", "points", ""):
            continue
        label = label_of(ctx, i)
        found = re.search(r"人均(.+)$", label) or (_PER_PERSON.search(label) and _NAMED_PER_PERSON.search(label))
        if found is None:
            continue
        total_name = re.sub(r"(?:为|达到|达|是|实现|完成)$", "", found.group(1).strip())  # 人均GDP达到47758元
        total = next(
            (
                j
                for j in range(i)
                if ctx.mentions[j].type == "count"
                and ctx.dimension(j) == ctx.dimension(i)
                and not re.search(r"人均|平均|(?i:per capita|average)", label_of(ctx, j))
                and (
                    names_match(total_name, label_of(ctx, j), in_english) or _named_in(total_name, ctx.mentions[j].head)
                )
            ),
            None,
        )
        gdp = total_name.endswith("生产总值") and total_name != "生产总值" or total_name.upper() == "GDP"
        if total is None and gdp:  # 人均GDP of 地区生产总值 stated without (GDP)
            total = _named_total(ctx, i, "生产总值")  # 人均地区生产总值 of 全市生产总值（GDP）
        population = _population(ctx, i)
        if total is not None and population is None:  # 人均地区生产总值 with no population in the text
            people = {"source": FILL + "a source id", "series": FILL + "the average population"}
            if mention.period:
                people["period"] = mention.period
            note = "the population is not in the document: name the source that gives it"
            why = f"{ID}: {total_name} per person of a population the document does not state"
            yield Relation(i, {"ratio": [ctx.ref(total), people]}, 0.6, why, todo=True, note=note)
        if total is None or population is None:
            continue
        pop, change = population
        if year_end_reading(ctx, i, total, pop, 1, change) == "drift":  # of the average population
            yield of_average(ctx, i, total, f"{ID}: {total_name} per person of the year's average population")
            continue
        divisor = f"({{{ctx.ref(pop)}}} - {{{ctx.ref(change)}}} / 2)" if change is not None else f"{{{ctx.ref(pop)}}}"
        check = {"formula": f"{{{ctx.ref(total)}}} / {divisor}"}
        why = f"{ID}: {total_name} per person of the year's average population"
        if change is not None:
            yield Relation(i, check, 0.75, why + " (half its change allowed)", fields=_average_fields(ctx, pop, change))
        else:
            yield Relation(i, check, 0.6, f"{ID}: {total_name} per person" + _YEAR_END_WHY, fields=dict(YEAR_END))
