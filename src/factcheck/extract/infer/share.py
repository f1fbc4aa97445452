"""Shares: 占…比重为X% / 比重为X% / 占全国…的X% / "accounted for X percent of Y": `share`.

The part is the figure named before 占 (or the figure just before, when the clause starts with
占: 其中城镇就业人员47345万人，占全国就业人员比重为64.5%); the whole is the figure the text names
after 占 / "of". 第二产业增加值比重为36.5% takes the whole of the share before it. A whole (or part)
that the text does not state is a figure from outside: the check is drafted with a source
placeholder under `x-todo`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import (
    FILL,
    Context,
    Relation,
    core,
    english,
    find_named,
    label_of,
    same_dimension,
)
from factcheck.extract.infer.named_wholes import NamedWholes, parts_adding_up, parts_by_words, whole_key
from factcheck.extract.infer.share_own_words import named_in_own_words
from factcheck.extract.infer.stated_whole import stated_earlier
from factcheck.extract.infer.structure import last_digit, structure
from factcheck.extract.infer.zh_share_whole import stated_whole

ID = "share"

_ZH = re.compile(
    r"(?:(?P<part>[^，,；;、]*?)占(?P<whole>[^，,；;]*?)(?:的)?(?:比重|比例|份额|比)?|(?P<part2>[^，,；;、]*?)(?:比重|占比))(?:为|达到|达|是)?$"
)
_IN_SCOPE = re.compile(
    r"(?P<part>[^，,；;、]{2,}?)在(?P<scope>全国|全省|全市|全区|全州)(?:中)?的?(?:占比|比重|份额)(?:为|达到|达|是)?$"
)
_RATIO_TO = re.compile(r"与(?P<whole>[^，,；;与]+?)(?:之)?比(?:为|达到|达|是)?$")  # 与国内生产总值之比为2.68%
# 多出814亿元,…,相当于当年本地生产总值的4.9% (Hong Kong's wording): the figure before, of the whole named
_EQUAL_TO = re.compile(r"(?:相当|相等)[于於](?:当年|同年|同期|该季|当季)?(?P<whole>[^，,；;]+?)的$")
_WITH_TOTAL = re.compile(r"(?i)\s+with\s+a\s+total\s+of\b")  # the part, stated after its share
_RESTATED = re.compile(
    r"(?i)(?:,\s*or|\bwith a (?:total|value) of)\s*(?:about|nearly|almost|some)?\s*(?:[$£€]|[A-Z]{1,3}\$?)?\s*$"
)
_BACK_REFERENCE = re.compile(r"(?i)\s*(?:these|those|they|this|it|such)\b")
_NOT_SHARES = ("growth", "change", "difference", "rank", "label", "date")
_EN = re.compile(
    r"(?i)(?:\b(?:accounted for|accounting for|made up|represent(?:ed|ing)?|(?:equal|equivalent) to|"
    r"a share of|compris(?:ed|ing))|"
    r"(?:(?<=[a-z\d)]),\s*|(?<=[a-z)])\s+)or)\s*(?:about|around|nearly|almost|some)?\s*$"  # not "5 or 6 percent"
)  # "12,400 individuals were unemployed in December, or 6.0% of the labour force"
#: "… percent of the total population while the population for females is": the whole's name ends at
#: the next clause, whose subject is another figure, never the whole.
_NEXT_CLAUSE = re.compile(r"(?i)\s+(?:while|whereas|but|although|though)\s+")
_OF_FIGURE = re.compile(r"(?i)^\s*(?:percent|per cent|%)?\s*of\s+(?:the\s+|all\s+)?[$£€]?\s*$")
_EN_OF = re.compile(r"(?i)^\s*(?:percent|per cent|%)\s+of\s+([^,.;()]+)")


def infer(ctx: Context) -> Iterator[Relation]:
    shares = list(_adjusted(ctx, list(_shares(ctx))))
    yield from shares + list(parts_adding_up(ctx, shares))
    yield from structure(ctx)
    yield from _of_target(ctx)


#: 完成全年目标的113.2% / 分别完成年度计划的162.3%、135.3% / 为预算的105.2% / 完成任务113%: a figure as a
#: percent of a target, plan or budget the document does not state.
TARGET = re.compile(
    r"(?P<each>分别)?(?:完成|达到|为|占)(?:了)?(?:全年|年度|全年度|年初|本年|调整)?"
    r"(?:(?:目标|计划|预算)(?:数|任务)?|任务)的?$"
)
#: 完成年初预算数52180万元的43.6%: the target is stated, the share is complete.
_STATED_TARGET = re.compile(
    r"(?:完成|达到|为|占)(?:了)?(?:全年|年度|全年度|年初|本年|调整)?(?:目标|计划|预算)(?:数|任务)?$"
)


def _of_target(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if mention.unit not in ("%", "％") or mention.type in _NOT_SHARES:
            continue
        target_figure = i - 1
        if (
            target_figure >= 0
            and ctx.sentence_of[target_figure] == ctx.sentence_of[i]
            and re.fullmatch(r"\s*的\s*", ctx.between(target_figure, i))
            and _STATED_TARGET.search(re.split(r"[，,；;。]", ctx.mentions[target_figure].head)[-1])
        ):
            part = _figure_before(ctx, target_figure)
            if part is not None and same_dimension(ctx, [part, target_figure]):
                check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(target_figure)}}
                yield Relation(i, check, 0.75, f"{ID}: a figure as a percent of the target stated with it")
            continue
        found = TARGET.search(re.split(r"[，,；;。]", mention.head)[-1])
        if found is None:
            continue
        members = [i]
        while members[-1] + 1 < len(ctx.mentions) and ctx.mentions[members[-1] + 1].unit in ("%", "％"):
            if not re.fullmatch(r"\s*[、和及]\s*", ctx.between(members[-1], members[-1] + 1)):
                break
            members.append(members[-1] + 1)
        figures = [
            j
            for j in ctx.in_sentence(i)
            if j < i
            and ctx.statistic(j)
            and ctx.mentions[j].type == "count"
            and ctx.dimension(j) not in (None, "percent", "points")
        ]
        if found.group("each") is None:
            pairs = [(i, _figure_before(ctx, i))] if len(members) == 1 else []
        elif len(figures) >= len(members):
            pairs = list(zip(members, figures[-len(members) :]))
        else:
            pairs = []
        for share, part in pairs:
            if part is None:
                continue
            target = {"source": FILL + "a source id", "series": FILL + f"the target (目标/计划) of ./{ctx.names[part]}"}
            if ctx.mentions[share].period:
                target["period"] = ctx.mentions[share].period
            yield Relation(
                share,
                {"share": {"part": ctx.ref(part), "whole": target}},
                0.6,
                f"{ID}: a figure as a percent of a target the document does not state",
                todo=True,
                note="the target is not in the document: name the source that gives it",
            )


def _adjusted(ctx: Context, relations: list[Relation]) -> Iterator[Relation]:
    """Three or more shares of one whole in one paragraph written to add up to exactly 100 (11.0%,
    35.2%, 53.8%) may have one adjusted by the publisher (35.26 printed 35.2): each allows one unit
    of its last digit more, as in the structure 2.5：36.7：60.8 — no rounding exceeds that, a wrong
    digit does."""
    groups: dict[tuple[int, str], list[Relation]] = {}
    for relation in relations:
        if not relation.todo:
            key = (ctx.mentions[relation.claim].paragraph, relation.check["share"]["whole"])
            groups.setdefault(key, []).append(relation)
    for group in groups.values():
        written = [ctx.midpoint(r.claim) for r in group]
        if len(group) >= 3 and None not in written and abs(sum(w or 0 for w in written) - 100) < 1e-9:
            for relation in group:
                relation.fields = {"tolerance": last_digit(ctx.mentions[relation.claim].value)}
                relation.confidence = 0.7
                relation.rule += " (one of shares adjusted to add up to 100)"
    yield from relations


def _shares(ctx: Context) -> Iterator[Relation]:
    in_english = english(ctx)
    last_whole: dict[int, tuple[int | None, str, int]] = {}  # paragraph → the whole of the previous share
    wholes = NamedWholes()
    for i, mention in enumerate(ctx.mentions):
        if mention.unit not in ("%", "％", "percent", "per cent") or mention.type in _NOT_SHARES:
            continue
        if in_english:
            found = _english(ctx, i)
            if found is not None:  # "… of total exports" twice: one whole, never a part of it
                found = found[0], wholes.settle(ctx, found[2], found[0], found[1], ctx.midpoint(i)), found[2]
        else:
            found = _chinese(ctx, i, last_whole)
        if found is None:
            continue
        part, whole, whole_name = found
        last_whole[mention.paragraph] = (whole, whole_name, i)
        yield _relation(ctx, i, part, whole, whole_name)


def _chinese(ctx: Context, i: int, last_whole: dict) -> tuple[int | None, int | None, str] | None:
    head = ctx.mentions[i].head
    ratio = _RATIO_TO.search(head) or _EQUAL_TO.search(head)
    if ratio is not None:  # R&D经费支出36130亿元，…，与国内生产总值之比为2.68%: the figure before, of the whole
        part = _figure_before(ctx, i)
        whole = find_named(ctx, ratio.group("whole"), i, exclude=(part,))
        if whole is not None and part is not None and ctx.dimension(whole) != ctx.dimension(part):
            whole = None
        if whole is not None and "相" in ratio.group() and ctx.mentions[whole].period != ctx.mentions[i].period:
            whole = None  # 相当于本地生产总值的4.9%: the whole of the share's own period, not a quarter's
        return part, whole, ratio.group("whole")
    scoped = _IN_SCOPE.search(head)
    if scoped is not None:  # 全县地区生产总值在全市占比为10.3%: of the wider area's total, not in the text
        part = find_named(ctx, scoped.group("part"), i)
        return part, None, scoped.group("scope") + core(scoped.group("part"))
    if _NAMED_PART.search(head):  # 预算收入完成79.3亿元，…，其中税收占比为64.8%: the part's figure is not stated
        whole = _figure_before(ctx, i)
        return (None, whole, label_of(ctx, whole)) if whole is not None else None
    if re.search(r"(?:^|[，,；;])\s*(?:占比|所占比重|占比重|占)(?:为|达到|达|是)?$", head):
        return _of_the_total(ctx, i)  # 其中，民生支出528亿元，增长6.1%，占比73.9% / 其中，男性人口663.38万人，占51.05%
    match = _ZH.search(head)
    if match is None or re.search(r"分别(?:为|是|达到?)(?:[\d.]+%?[、和及])*$", head):
        return None  # …占生产总值的比重分别为9.6%、50.2%和40.2%: a list's shares (zh_list_share)
    if match.group("part2") is not None:  # 第二产业增加值比重为: the whole of the share before
        previous = last_whole.get(ctx.mentions[i].paragraph)
        if previous is None or not match.group("part2").strip():
            return None
        whole, whole_name, _ = previous
        part = find_named(ctx, match.group("part2"), i)
        return part, whole, whole_name
    part_name = re.sub(r"^(?:其中|并|且)", "", match.group("part") or "").strip()
    whole_name = re.sub(r"^(?:全部|所有)", "", match.group("whole")).strip()
    if not whole_name:
        # 0-15岁人口占总人口的18.52%，16-59岁人口占57.86%: a bare 占 after a share of its sentence names its whole
        previous = last_whole.get(ctx.mentions[i].paragraph)
        if previous is None or ctx.sentence_of[previous[2]] != ctx.sentence_of[i] or not part_name:
            return None
        part = find_named(ctx, part_name, i)
        return part, previous[0], previous[1]
    if _AREA_ONLY.fullmatch(whole_name) and not part_name:
        # …占全市生产总值的77.4%；“渝东北翼”完成1960.96亿元，…，占全市的17.1%: the whole of the share before
        previous = last_whole.get(ctx.mentions[i].paragraph)
        part = _figure_before(ctx, i)
        if previous is None or previous[0] is None or part is None or not same_dimension(ctx, [part, previous[0]]):
            return None
        if "。" in ctx.paragraph_text(i)[ctx.mentions[previous[2]].end : ctx.mentions[i].start]:
            return None
        return part, previous[0], previous[1]
    if part_name and not re.fullmatch(r"总量|总额|数量|规模|产值|增加值", part_name):
        part = find_named(ctx, part_name, i)
    else:  # 其中城镇就业人员47345万人，占…: the figure just before in the sentence
        part = _figure_before(ctx, i)
    dimension = ctx.dimension(part) if part is not None else None
    whole = find_named(ctx, whole_name, i, dimension=dimension, exclude=(part,))
    if whole is None:
        whole = stated_whole(ctx, i, part, whole_name, dimension, last_whole.get(ctx.mentions[i].paragraph))
    if whole is not None and part is not None and (whole == part or ctx.dimension(whole) != ctx.dimension(part)):
        whole = None
    return part, whole, whole_name


_AREA_ONLY = re.compile(r"全(?:国|省|市|县|区|州)")


_AS_A_PERCENTAGE = re.compile(
    r"(?i)\b(?P<part>[a-z][a-z -]{2,40}?) as a (?:percentage|percent|share|proportion) of "
    r"(?P<whole>[a-z][a-z -]{2,60}?)[,—–-]*\s*(?:was|is|were|are|at|stood at|came to)\s*$"
)


def _english(ctx: Context, i: int) -> tuple[int | None, int | None, str] | None:
    mention = ctx.mentions[i]
    text = ctx.paragraph_text(i)
    defined = _AS_A_PERCENTAGE.search(text[max(0, mention.start - 160) : mention.start])
    if defined is not None:  # "the personal saving rate, personal saving as a percentage of disposable income, was"
        part = find_named(ctx, defined.group("part"), i)
        whole = find_named(ctx, defined.group("whole"), i, exclude=(part,))
        if part is None:
            return None
        if whole is not None and (whole == part or ctx.dimension(whole) != ctx.dimension(part)):
            whole = None
        return part, whole, defined.group("whole").strip()
    after = _EN_OF.match(text[mention.value_start + len(mention.value.split()[0]) :])
    if after is None or not _EN.search(text[: mention.start]):
        return None
    whole_name = _WITH_TOTAL.split(after.group(1))[0].strip()  # "… of all visitors with a total of 25,614"
    whole_name = _NEXT_CLAUSE.split(whole_name)[0].strip()  # "… of the total while the women's figure is"
    part = _figure_before(ctx, i)
    sentence_start = max(text.rfind(". ", 0, mention.start) + 2, 0)
    if part is not None and ctx.mentions[part].value_start < sentence_start:
        # "These individuals accounted for…" refers back to the figure; "Men accounted for…" does not.
        if not _BACK_REFERENCE.match(text[sentence_start : mention.start]):
            part = None
    following = i + 1  # "46.8 percent of the 151.2 million employed": the whole is the figure named
    named = following < len(ctx.mentions) and _OF_FIGURE.match(ctx.between(i, following)) and ctx.statistic(following)
    if part is None:  # "accounted for 46.8 percent of the employed, or 70.8 million": the part restated after
        part = _restated_part(ctx, following + 1 if named else following, i)
    whole = following if named else named_in_own_words(ctx, whole_name, i, part)
    if whole is None and not named:
        stated_parts = parts_by_words(ctx, whole_name)  # "the Kingdom's exports": exports, never a part of them
        whole = find_named(ctx, whole_key(whole_name), i, exclude=(part, *stated_parts))
        if whole is not None and whole > i and _NEXT_CLAUSE.search(ctx.between(i, whole)):
            whole = None  # "… while the women's figure is 610,000": another subject's figure, not the whole
        if whole is not None and part is not None and not _can_be_whole(ctx, whole, part):
            earlier = stated_earlier(ctx, whole_name, part)  # the nearest so named cannot be it: the one stated as such
            if earlier is not None:
                return part, earlier, whole_name
    if whole is not None and part is not None and (whole == part or ctx.dimension(whole) != ctx.dimension(part)):
        whole = None
    return part, whole, whole_name


def _can_be_whole(ctx: Context, whole: int, part: int) -> bool:
    a, b = ctx.midpoint(part), ctx.midpoint(whole)
    return whole != part and ctx.dimension(whole) == ctx.dimension(part) and a is not None and b is not None and a <= b


def _restated_part(ctx: Context, k: int, i: int) -> int | None:
    """The count right after ", or" that restates share `i` as a number, in its sentence."""
    if k >= len(ctx.mentions) or ctx.sentence_of[k] != ctx.sentence_of[i] or not ctx.statistic(k):
        return None
    if ctx.mentions[k].type != "count" or ctx.dimension(k) in (None, "percent", "points"):
        return None
    gap = ctx.paragraph_text(i)[ctx.mentions[i].end : ctx.mentions[k].start]
    return k if _RESTATED.search(gap) else None


def _of_the_total(ctx: Context, i: int) -> tuple[int | None, int | None, str] | None:
    """一般公共预算支出714亿元，…。其中，民生支出528亿元，增长6.1%，占比73.9%: a bare 占比 after a part
    listed after 其中 is its share of the total stated just before 其中 (this sentence or the one before)."""
    part = _figure_before(ctx, i)
    if part is None:
        return None
    text = ctx.paragraph_text(i)
    start = ctx.mentions[part].start
    opener = text.rfind("其中", 0, start)
    named = next(reversed(list(_NAMED_TOTAL.finditer(text, 0, start))), None)  # the last before the part
    if named is not None and named.end() > opener:  # 全县常住人口中，男性人口28.07万人，占50.79%
        if not _first_or_parallel(text[named.end() : start]):
            return None
        total = find_named(ctx, named.group("whole"), part, dimension=ctx.dimension(part), exclude=(part,))
        if total is None or total > part or ctx.mentions[total].paragraph != ctx.mentions[part].paragraph:
            return None
        if ctx.mentions[total].start > named.start():  # an earlier part of the list, not the total named
            return None
        return part, total, label_of(ctx, total)
    if opener < 0 or not _first_or_parallel(text[opener + 2 : start]):
        return None  # the part must be the first thing after 其中, or follow parts stated with their shares
    bare = re.search(r"(?:^|[，,；;])\s*占$", ctx.mentions[i].head)
    if bare and "占" in text[text.rfind("。", 0, opener) + 1 : opener]:
        return None  # …60岁及以上人口…，占18.70%，其中65岁及以上…，占13.50%: the series' whole, not the nested one
    first = next(j for j in ctx.in_paragraph(part) if ctx.mentions[j].start >= opener)  # the list's first part
    paragraph, sentence = ctx.sentence_of[first]
    total = next(
        (
            j
            for j in range(part - 1, -1, -1)
            if ctx.mentions[j].start < opener
            and ctx.sentence_of[j][0] == paragraph
            and ctx.sentence_of[j][1] >= sentence - 1
            and ctx.mentions[j].type == "count"
            and ctx.dimension(j) == ctx.dimension(part)
            and ctx.statistic(j)
        ),
        None,
    )
    if total is None:
        return None
    return part, total, label_of(ctx, total)


#: 其中税收占比为64.8%: a part named after 其中 with no figure of its own, then its share.
_NAMED_PART = re.compile(r"(?:^|[，,；;])\s*其中[，,：:]?[^，,；;。\d]{1,12}?(?:占比|所占比重|比重)(?:为|达到|达|是)?$")
#: 全县常住人口中，男性…: the whole named again before 中 opens a list of its parts.
_NAMED_TOTAL = re.compile(r"(?:^|[。；;])\s*(?:年末)?(?P<whole>[^，,。；;\d]{2,12}?)中[，,]")


def _first_or_parallel(between: str) -> bool:
    """The words from the list's opener to a part: none but its name, or parts before it each stated
    with its share (男性人口663.38万人，占51.05%；女性人口…)."""
    between = between.strip("，,：: ")
    if "。" in between:
        return False
    *earlier, last = re.split(r"[；;]", between)
    return not re.search(r"[，,]", last) and all("占" in item for item in earlier)


def _figure_before(ctx: Context, i: int) -> int | None:
    """The count just before, in the same sentence or (for "These individuals…") the sentence before."""
    paragraph, sentence = ctx.sentence_of[i]
    for j in range(i - 1, -1, -1):
        where = ctx.sentence_of[j]
        if where[0] != paragraph or where[1] < sentence - (1 if english(ctx) else 0):
            return None
        year = re.fullmatch(r"(?:19|20)\d\d", ctx.mentions[j].value)  # since early 2022: a year, not a figure
        if ctx.statistic(j) and ctx.mentions[j].type == "count" and ctx.dimension(j) not in (None, "percent", "points"):
            if not year:
                return j
    return None


def _relation(ctx: Context, i: int, part: int | None, whole: int | None, whole_name: str) -> Relation:
    period = ctx.mentions[i].period
    if part is not None and whole is not None:
        a, b = ctx.midpoint(part), ctx.midpoint(whole)
        if a is None or b is None or (b > 0 and a > 10 * b):  # a whole 10× smaller: not the one meant
            whole = None
    if part is not None and whole is not None:
        check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}
        return Relation(i, check, 0.85, f"{ID}: {label_of(ctx, part)} as a share of {label_of(ctx, whole)}")
    if part is None and whole is not None:  # 0-15岁人口占总人口的18.52%: the group's number is not stated
        what = f"the part of {label_of(ctx, whole)} the share is of"
        placeholder = {"source": FILL + "a source id", "series": FILL + what}
        if period:
            placeholder["period"] = period
        check = {"share": {"part": placeholder, "whole": ctx.ref(whole)}}
        note = "the part is not stated in the document: name the source that gives it"
        return Relation(i, check, 0.6, f"{ID}: share of a part from outside", todo=True, note=note)
    outside = {"source": FILL + "a source id", "series": FILL + f"the series of {whole_name}"}
    if period:
        outside["period"] = period
    part_operand = ctx.ref(part) if part is not None else {"source": FILL + "a source id", "series": FILL + "the part"}
    check = {"share": {"part": part_operand, "whole": outside}}
    note = f"the whole ({whole_name}) is not stated in the document: name the source that gives it"
    return Relation(i, check, 0.6, f"{ID}: share of a figure from outside", todo=True, note=note)
