"""A total and the parts that partition it: `sum` on the total.

Drafted only when the words say the parts exhaust the whole: the parts follow the total after
其中 / 包括 / 分为 / 分产业看 / "of which", and their names form a set the statistics define as complete:
第一/第二/第三产业 (三次产业), 男/女, 城镇/乡村, 外出/本地, 夏粮/早稻/秋粮, 出口/进口, 国家级/省级/市级,
national/provincial/municipal, men/women, urban/rural. A list that is only a subset (其中65岁及以上
inside 60岁及以上, 粮食作物 and 蔬菜 among all sown area) is never summed; a total said with 共 / 合计
and other names listed after 其中 is drafted under `x-todo`: the words do not say the list is complete.
A paragraph that opens with 按…分 and lists such a set of parts may break down a total stated in
an earlier paragraph (a monthly release: the total in its first lines, 按经营单位所在地分 below):
the total is the nearest earlier headline figure said with 总额/总量/total, of the same unit,
period and period words (4月份 is not 1—4月份). Inside a paragraph, 分产业看 after other figures
(全年固定资产投资3355.4亿元…其中房地产开发投资…。分产业看，第一产业投资…) breaks down the paragraph's
first figure of the same unit and period named with what the parts measure (第一产业投资 → 投资).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, english, same_dimension
from factcheck.extract.infer.period_words import period_words

ID = "partition"

# Each group: the members' words, all of which must be found among the listed parts.
GROUPS: tuple[tuple[str, ...], ...] = (
    ("第一产业", "第二产业", "第三产业"),
    ("工业", "建筑业"),  # 第二产业 only (_WHOLE_OF)
    ("男", "女"),
    ("城镇", "乡村|农村"),
    ("外出", "本地"),
    ("省内", "省外"),  # 转移就业 inside and outside the province
    ("县内", "县外"),
    ("夏粮", "早稻", "秋粮"),
    ("夏粮", "秋粮"),
    ("出口", "进口"),
    ("商品零售", "餐饮"),  # 按消费类型分
    ("农业|种植业", "林业", "牧业", "渔业", "服务业|辅助性活动"),  # 种植业: 农业 by its other name
    ("轻工业", "重工业"),
    ("大型", "中型", "小型", "微型"),  # enterprises by size  # 农林牧渔业总产值 with its services (专业及辅助性活动)
    ("寿险", "健康险|意外伤害险", "财产险"),  # insurance premiums and claims by line of business
    ("国家级", "省级", "市级"),
    ("国家级", "省级", "市级", "县级"),
    ("(?i)\\bnational\\b", "(?i)\\bprovincial\\b", "(?i)\\bmunicipal\\b"),
    ("(?i)\\bmen\\b", "(?i)\\bwomen\\b"),
    ("(?i)\\burban\\b", "(?i)\\brural\\b"),
    ("(?i)\\bexports?\\b", "(?i)\\bimports?\\b"),
)
# A group that exhausts only one whole: 工业 and 建筑业 make up 第二产业, not GDP.
_WHOLE_OF = {("工业", "建筑业"): "第二产业"}
_LIST_START = re.compile(
    r"其中|包括|分为|分别为|按[^，,。；;]{1,12}分|分[^，,。；;]{1,6}看|"
    r"(?i:\bof which\b|\bincluding\b|\bconsisting of\b|\bby [a-z ]{3,20}:)"
)
# Per-person values, averages and rates are not totals of their groups (人均可支配收入 of 城镇 and 农村).
_NOT_ADDITIVE = re.compile(r"人均|平均|均价|率|指数|(?i:per capita|average|\brate\b|index|median)")
_TOTAL_WORD = re.compile(r"共|合计|总计|总量|总额|总产量|总数|(?i:\btotal\b)")
_PART_TYPES = ("count",)


def label(ctx: Context, index: int) -> str:
    """The words naming a listed number: its clause before it from the last list separator, and
    (for "of which 38 are national, 320 are provincial") the words after it up to the next one."""
    head = ctx.mentions[index].head
    head = re.split(r"[、，,；;：:]|\d[\d.]*[万亿]?[^\d、，,；;]{0,3}(?=[、，,])", head)[-1]
    tail = re.split(r"[、，,；;。.]|\d", ctx.after(index, 30))[0] if english(ctx) else ""
    return f"{head.strip()} {tail.strip()}".strip()


def infer(ctx: Context) -> Iterator[Relation]:
    used: set[int] = set()
    summed: set[tuple[int, ...]] = set()
    for total in range(len(ctx.mentions)):
        nested = any(whole in ctx.mentions[total].head for whole in _WHOLE_OF.values())  # a part with its own 其中
        if (
            (total in used and not nested)
            or ctx.mentions[total].type not in _PART_TYPES
            or ctx.quantities[total] is None
        ):
            continue
        found = _parts(ctx, total)
        if found is None:
            continue
        parts, confidence, why = found
        if tuple(parts) in summed:
            continue  # 总产值…，增加值…。其中…: the parts are the first total's (the one naming their measure)
        summed.add(tuple(parts))
        used.update(parts)
        check = {"sum": [ctx.ref(j) for j in parts]}
        if confidence < 0.8:  # 共…其中A、B、C: the words do not say the list is complete
            note = "the text does not say the parts are complete: move the check once you know they are"
            yield Relation(total, check, confidence, f"{ID}: {why}", todo=True, note=note)
        else:
            yield Relation(total, check, confidence, f"{ID}: {why}")
            yield from _named_again(ctx, total, parts[-1], used)
    yield from _breakdowns_below(ctx)
    if english(ctx):
        yield from _euro_area_split(ctx)


_NON_EURO = re.compile(
    r"(?i)\b(?:not (?:belonging to|in|part of|members? of) the euro area|non-euro[- ]area|outside the euro area)"
)
_EURO = re.compile(r"(?i)\beuro area\b")
_EU = re.compile(r"\bEU\d*\b|\bEuropean Union\b")
_FLOW = re.compile(r"(?i)\b(export|import)(?:s|ed)?\b")


def segment(ctx: Context, j: int) -> str:
    """The part of the figure's sentence it belongs to: split at "and", ", while" and ";"."""
    text = ctx.paragraph_text(j)
    start, end = ctx.mentions[j].start, ctx.mentions[j].end
    begin = max(text.rfind(". ", 0, start), -1) + 1
    stop = text.find(". ", end)
    sentence_end = stop if stop >= 0 else len(text)
    before = re.split(r"\band\b|,\s*while\b|;", text[begin:start])[-1]
    after = re.split(r"\band\b|,\s*while\b|;", text[end:sentence_end])[0]
    return before + text[start:end] + after


def _euro_area_split(ctx: Context) -> Iterator[Relation]:
    """Exports to the EU = to the euro area + to EU countries not belonging to the euro area: the
    three figures of one flow (exported / imported), unit and period, the EU's first."""
    for indexes in ctx.by_paragraph.values():
        levels = [j for j in indexes if j in ctx.named_set]
        described = {}
        for j in levels:
            segment_text = segment(ctx, j)
            flows = {f.lower() for f in _FLOW.findall(segment_text)}
            if len(flows) != 1:
                continue
            area = (
                "non-euro"
                if _NON_EURO.search(segment_text)
                else "euro"
                if _EURO.search(segment_text)
                else "eu"
                if _EU.search(segment_text)
                else None
            )
            if area is not None:
                described[j] = (flows.pop(), area)
        for whole, (flow, area) in described.items():
            if area != "eu":
                continue
            parts = [
                next(
                    (
                        j
                        for j in described
                        if j > whole
                        and described[j] == (flow, kind)
                        and same_dimension(ctx, [whole, j])
                        and ctx.mentions[j].period == ctx.mentions[whole].period
                    ),
                    None,
                )
                for kind in ("euro", "non-euro")
            ]
            if None not in parts:
                check = {"sum": [ctx.ref(j) for j in sorted(parts)]}
                yield Relation(
                    whole, check, 0.8, f"{ID}: the EU is the euro area and the EU countries outside it ({flow})"
                )


_BY = re.compile(r"^[^，,。]{0,12}?(?:按[^，,。；;]{1,12}分|分[^，,。；;]{1,6}看)[，,：:]")


def _breakdowns_below(ctx: Context) -> Iterator[Relation]:
    """按…分 in its own paragraph: the parts of a total stated in an earlier paragraph."""
    for paragraph, indexes in ctx.by_paragraph.items():
        text = ctx.document.paragraphs[paragraph - 1].text
        opens = bool(_BY.search(text))
        if not opens and not _BY_LATER.search(text):
            continue
        for sentence in re.finditer(r"[^。]+", text):
            later = not opens  # 分产业看 in a later sentence: the total may be this paragraph's
            if later and not _BY.search(sentence.group()):
                continue
            inside = [
                j
                for j in indexes
                if sentence.start() <= ctx.mentions[j].start < sentence.end()
                and ctx.mentions[j].type in _PART_TYPES
                and j in ctx.named_set
            ]
            labels = {j: label(ctx, j) for j in inside}
            for group in sorted(GROUPS, key=len, reverse=True):
                chosen = _match(group, inside, labels)
                if chosen is None or not same_dimension(ctx, chosen) or chosen != inside[: len(chosen)]:
                    continue
                if any(same_dimension(ctx, [chosen[0], j]) for j in inside[len(chosen) :]):
                    continue  # 工业, 建筑业, then 商贸, 房地产…: the list goes on past the set, no partition of it
                if any(_NOT_ADDITIVE.search(labels[j]) for j in chosen):
                    break  # 城镇居民人均可支配收入, 农村…: per-person values add up to no total
                measure = _measure(group, [labels[j] for j in chosen])
                whole = _total_above(ctx, chosen[0], measure) if later else None
                if whole is None:
                    whole = _headline_total(ctx, chosen[0], measure)
                if whole is not None:
                    check = {"sum": [ctx.ref(j) for j in chosen]}
                    names = "/".join(labels[j] for j in chosen)
                    yield Relation(whole, check, 0.8, f"{ID}: the parts {names} (按…分, below) make up the total")
                break


_BOUNDS = re.compile(r"^(?:more-than|less-than|at-least|at-most|over|under|above|below)$")
_BY_LATER = re.compile(r"。\s*(?:按[^，,。；;]{1,12}分|分[^，,。；;]{1,6}看)[，,：:]")


def _total_above(ctx: Context, part: int, measure: str) -> int | None:
    """全年全省固定资产投资3355.4亿元，…。分产业看，第一产业投资…: the first figure of the paragraph
    before the breakdown named with what the parts measure, of their unit and period; parts that name
    no common measure (商品零售, 餐饮收入) break down a total said so (社会消费品零售总额)."""
    for j in ctx.in_paragraph(part):
        if j >= part:
            return None
        if (
            j in ctx.named_set
            and same_dimension(ctx, [j, part])
            and ctx.mentions[j].period == ctx.mentions[part].period
        ):
            head = ctx.mentions[j].head
            if re.search(r"其中[，,：:]?[^，,；;。\d]*$", ctx.before(j, 20)):
                continue  # 其中，房地产开发投资…: a part itself, never the total broken down next
            named = measure in label(ctx, j) if measure else bool(_TOTAL_WORD.search(head))
            if named and not _NOT_ADDITIVE.search(head) and not _LIST_START.search(head[-12:]):
                return j
    return None


def _measure(group: tuple[str, ...], labels: list[str]) -> str:
    """What every part measures, once its member's words are left out (第一产业投资 → 投资), or ""."""
    rests = {
        re.sub(r"^[^，,、]*?(?:" + member.removeprefix("(?i)") + ")", "", label, flags=re.I).strip()
        for member, label in zip(group, labels)
    }
    rest = rests.pop() if len(rests) == 1 else ""
    return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2 else ""


def named_above(ctx: Context, part: int) -> Iterator[list[int]]:
    """The named figures of the part's unit in each paragraph above it, the nearest first (five at most)."""
    here = ctx.mentions[part].paragraph
    for paragraph in range(here - 1, max(here - 6, 0), -1):
        yield [j for j in ctx.by_paragraph.get(paragraph, []) if j in ctx.named_set and same_dimension(ctx, [j, part])]


def _headline_total(ctx: Context, part: int, measure: str = "") -> int | None:
    """The total a later 按…分 / 分…看 paragraph breaks down: in the nearest earlier paragraph with a
    figure of the same unit, period and period words, the first such figure, if it is said with
    总额/总量/total or names what every part measures (固定资产投资 above 第一产业投资…; at most 5
    paragraphs up)."""
    words = period_words(ctx, part)
    for candidates in named_above(ctx, part):
        for j in candidates:
            head = ctx.mentions[j].head
            named = bool(measure) and measure in head  # 固定资产投资 for parts with no period words of their own
            if ctx.mentions[j].period != ctx.mentions[part].period or (
                period_words(ctx, j) != words and not (named and not words)
            ):
                continue  # another period's figures (一季度 before 其中，3月份…)
            if _BOUNDS.search(ctx.mentions[j].qualifier or ""):
                continue  # 经济总量突破3000亿元: a mark passed, not the total the parts add up to
            if (_TOTAL_WORD.search(head) or (measure and measure in head)) and not _NOT_ADDITIVE.search(head):
                return j
            break
    return None


def _parts(ctx: Context, total: int) -> tuple[list[int], float, str] | None:
    if _NOT_ADDITIVE.search(ctx.mentions[total].head) or "/" in (ctx.mentions[total].unit or ""):
        return None
    later = [j for j in ctx.in_paragraph(total) if ctx.mentions[j].value_start > ctx.mentions[total].value_start]
    candidates = [j for j in later if ctx.mentions[j].type in _PART_TYPES and same_dimension(ctx, [total, j])]
    if len(candidates) < 2:
        return None
    opener = ctx.between(total, candidates[0])
    said_total = bool(_TOTAL_WORD.search(ctx.mentions[total].head))
    own_measures = False
    again = _AGAIN_BEFORE.search(opener)  # …。民营经济增加值中第一产业… / …。在农民工总量中，外出…
    if again is not None and again.group("whole") in label(ctx, total):
        opener = opener[: again.start()] + "其中" + opener[again.end() :]
    if not _LIST_START.search(opener):
        candidates = _after_own_measures(ctx, total, candidates)
        own_measures = True
        if candidates is None:
            return None
        opener = ctx.between(total, candidates[0])
    if not _LIST_START.search(opener) or len(re.findall(r"[。！？!?]|\.\s", opener)) > 1:
        return None
    if "。" in opener and re.search(r"其中[，,：:]?[^，,；;。\d]*$", ctx.before(total, 20)):
        return None  # 其中，房地产开发投资…。分产业看，…: a part itself, not the whole broken down next
    labels = {j: label(ctx, j) for j in candidates}
    for group in sorted(GROUPS, key=len, reverse=True):
        chosen = _match(group, candidates, labels)
        if chosen is None or not _contiguous(ctx, total, chosen, candidates):
            continue
        crosses = re.search(r"[。！？!?]|\.\s", ctx.between(chosen[0], chosen[-1]))
        if crosses and not _measure(group, [labels[j] for j in chosen]):
            continue  # 其中，省外转移…农村劳动力2.94万人。年末城镇登记失业人数…: another sentence, another measure
        if group in _WHOLE_OF and _WHOLE_OF[group] not in ctx.mentions[total].head:
            continue
        if any(period_words(ctx, j) != period_words(ctx, total) for j in chosen):
            continue  # 乡村…一季度14388亿元…。其中，3月份城镇…、乡村…: the parts of another period
        measure = _measure(group, [labels[j] for j in chosen])
        if own_measures and (not measure or measure not in label(ctx, total)):
            continue  # 总产值…，增加值…。其中，农业产值…: the parts of the figure that names their measure
        return chosen, 0.9, "the parts " + "/".join(labels[j] for j in chosen) + " make up the whole"
    if said_total and "其中" in opener:
        listed = _one_enumeration(ctx, candidates)
        if len(listed) >= 2:
            return listed, 0.7, "a total (共/合计) and its parts listed together after 其中"
    return None


_AGAIN_BEFORE = re.compile(r"(?<=[。；;])\s*在?(?P<whole>[^，,。；;\d]{2,16}?)中(?=[，,：:]?[^，,。；;\d]{0,12}$)")


def _after_own_measures(ctx: Context, total: int, candidates: list[int]) -> list[int] | None:
    """农林牧渔业总产值69.93亿元，…，增加值37.90亿元，增长2.7%。其中，农业产值…: the figures of the
    total's own sentence (its other measures) come before the list; the parts follow 其中."""
    for k, j in enumerate(candidates[1:], start=1):
        if ctx.sentence_of[candidates[k - 1]] != ctx.sentence_of[total]:
            return None
        if _LIST_START.search(ctx.between(candidates[k - 1], j)):
            return candidates[k:]
    return None


def _match(group: tuple[str, ...], candidates: list[int], labels: dict[int, str]) -> list[int] | None:
    chosen: list[int] = []
    for member in group:
        hit = next((j for j in candidates if j not in chosen and re.search(member, labels[j])), None)
        if hit is None:
            return None
        chosen.append(hit)
    if len(set(chosen)) != len(group):
        return None
    return sorted(chosen)


def _contiguous(ctx: Context, total: int, chosen: list[int], candidates: list[int]) -> bool:
    """The parts are the first candidates after the total, with no other figure of the kind between
    but those of a part's own 其中 (第二产业…，其中工业…；建筑业…。第三产业…)."""
    if candidates.index(chosen[0]) != 0:
        return False
    for j in candidates[: candidates.index(chosen[-1])]:
        if j in chosen:
            continue
        owner = max(k for k in chosen if k < j)
        if "其中" not in ctx.between(owner, j):
            return False
    return True


def _one_enumeration(ctx: Context, candidates: list[int]) -> list[int]:
    """Parts written as one list (国家级38家、省级320家、市级1435家): joined by 、 or 和."""
    listed = [candidates[0]]
    for j in candidates[1:]:
        if re.fullmatch(r"[^\d，,。；;]{0,3}[、和及与][^\d，,。；;]{0,8}", ctx.between(listed[-1], j)):
            listed.append(j)
        else:
            break
    return listed


_AGAIN = re.compile(r"[。；;]\s*(?:年末)?(?:全国|全省|全市|全县|全区)?(?P<whole>[^，,。；;\d]{2,12})中[，,]")


def _named_again(ctx: Context, total: int, after: int, used: set[int]) -> Iterator[Relation]:
    """…常住人口55.27万人。其中，城镇…、农村…。全县常住人口中，男性…、女性…: the total named again
    before 中 opens a second partition of it (男/女 after 城镇/乡村)."""
    text = ctx.paragraph_text(total)
    again = _AGAIN.search(text, ctx.mentions[after].end)
    if again is None or again.group("whole") not in label(ctx, total):
        return
    end = text.find("。", again.end())
    inside = [
        j
        for j in ctx.in_paragraph(total)
        if again.end() <= ctx.mentions[j].start < (end if end >= 0 else len(text))
        and ctx.mentions[j].type in _PART_TYPES
        and same_dimension(ctx, [total, j])
    ]
    labels = {j: label(ctx, j) for j in inside}
    for group in sorted(GROUPS, key=len, reverse=True):
        chosen = _match(group, inside, labels)
        if chosen is not None and chosen == inside[: len(chosen)] and group not in _WHOLE_OF:
            used.update(chosen)
            names = "/".join(labels[j] for j in chosen)
            yield Relation(
                total, {"sum": [ctx.ref(j) for j in chosen]}, 0.85, f"{ID}: the parts {names} (…中) make up the whole"
            )
            return
