"""Contributions in percentage points that add up to a growth rate.

拉动国内生产总值增长N个百分点 ×3 (最终消费支出, 资本形成总额, 货物和服务净出口), "contribution to
the annual euro area inflation rate came from services (+0.56 pp), followed by food… (+0.39 pp),
energy (+0.22 pp) and non-energy industrial goods (+0.15 pp)": when the contributors named form
a complete breakdown (the three demand components; the four main HICP aggregates), their
points add up to the growth rate the text states for the same aggregate. The largest few
contributors alone ("the largest upward contributions came from…") are never summed.

A price index's contributions are said with 影响: 生产资料价格同比下降6.9%，影响全国工业生产者出厂价格
总水平下降约5.2个百分点 and 生活资料… 影响…下降约0.1个百分点 add up to the index's change of the same
kind (同比 with 同比, never the 环比 change of the same index). 在1月份-5.3%的…同比降幅中，翘尾因素约为
-4.8个百分点，新涨价因素约为-0.5个百分点: the carry-over and the new price factors add up to the change
they divide, the figure stated just before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, english, words

ID = "contributions"

COMPLETE = (
    ("最终消费", "资本形成", "净出口"),
    ("(?i)services", "(?i)food", "(?i)energy", "(?i)non-energy industrial goods"),
    ("第一产业", "第二", "第三|三产业"),  # 三次产业
    ("采矿业", "电力|燃气|水", "制造业"),  # the three 门类 of industry
    ("生产资料", "生活资料"),  # the two parts of a producer price index
    ("翘尾", "新涨价"),  # carry-over and new price factors of a price change
)
_ZH_TARGET = re.compile(r"(?:拉动|上拉|下拉|拉低|影响)(.+?)(?:总水平)?(?:增长|增速|上涨|上升|下降)?约?$")
_PULL = re.compile(r"拉动|上拉|下拉|拉低|影响[^，,。；;\d]{2,30}(?:上涨|上升|下降)约?$|翘尾因素|新涨价因素")
_FACTORS = re.compile(r"翘尾因素|新涨价因素")
#: The change the carry-over and new price factors divide: 在1月份-5.3%的…同比降幅中.
_DIVIDED = re.compile(r"^[^，,。；;\d]{0,40}(?:涨幅|降幅|变动|上涨|下降)中")
_FREQUENCY = re.compile(r"同比|环比")
_DOWN = re.compile(r"下拉|拉低")
#: 经济增长 (全市经济增长) is the growth of the GDP in the communiqués' words.
_ECONOMY = re.compile(r"(?:全[国省市县区州])?(?:国民)?经济")
_EN_TARGET = re.compile(r"(?i)contribution to (?:the )?(.+?) came from")


def check_for(operands: list[str]) -> dict:
    """The check that percentage points of contribution add up to the claim's growth rate (in %)."""
    return {"contributions": operands}


def infer(ctx: Context) -> Iterator[Relation]:
    in_english = english(ctx)
    seen: set[int] = set()
    for i in range(len(ctx.mentions)):
        if i in seen or ctx.dimension(i) != "points":
            continue
        paragraph, sentence = ctx.sentence_of[i]
        points = [
            j
            for j in ctx.in_paragraph(i)
            if ctx.dimension(j) == "points" and j >= i and ctx.sentence_of[j][1] <= sentence + 2
        ]
        text = ctx.paragraph_text(i)
        if not in_english:
            points = _pulls(ctx, points, text)
            if any(
                _DOWN.search(windows) and (ctx.midpoint(j) or 0) > 0
                for j, windows in _windows(ctx, points, text).items()
            ):
                continue  # 下拉…1.2个百分点 read as +1.2: summing it would be wrong
        if not in_english and any(_FACTORS.search(ctx.before(j, 12)) for j in points):
            relation = _factors(ctx, i, points, text)
            if relation is not None:
                seen.update(points)
                yield relation
            continue
        target_name = _target(text, ctx, i, in_english)
        if target_name is None:
            continue
        for group in COMPLETE:
            chosen = _members(ctx, points, group, text)
            if chosen is None:
                continue
            target = _growth_of(ctx, i, target_name, in_english, _frequency(text[: ctx.mentions[i].start]))
            if target is None:
                continue
            seen.update(chosen)
            yield Relation(
                target,
                check_for([ctx.ref(j) for j in chosen]),
                0.8,
                f"{ID}: the contributions of a complete breakdown add up to the growth rate",
            )


def _factors(ctx: Context, i: int, points: list[int], text: str) -> Relation | None:
    """翘尾因素 + 新涨价因素 = the change stated just before them, "在…-5.3%的…降幅中"."""
    chosen = _members(ctx, points, COMPLETE[-1], text)
    if chosen is None:
        return None
    before = [k for k in ctx.in_sentence(chosen[0]) if k < chosen[0] and ctx.dimension(k) == "percent"]
    if not before or not _DIVIDED.match(ctx.after(before[-1], 48)):
        return None
    return Relation(
        before[-1],
        check_for([ctx.ref(j) for j in chosen]),
        0.8,
        f"{ID}: the carry-over and the new price factors add up to the change",
    )


def _frequency(text: str) -> str | None:
    """同比 or 环比, the last said before a figure."""
    found = _FREQUENCY.findall(text)
    return found[-1] if found else None


def _target(text: str, ctx: Context, i: int, in_english: bool) -> str | None:
    if in_english:
        found = _EN_TARGET.search(text[: ctx.mentions[i].start])
        return found.group(1) if found else None
    found = _ZH_TARGET.search(ctx.mentions[i].head)
    return found.group(1) if found else None


def _windows(ctx: Context, points: list[int], text: str) -> dict[int, str]:
    """Each figure's words between the previous figure and its own. 第二、三产业分别拉动增长2.1和2.4:
    the figures of a 分别 list get the names listed before it, one each."""
    windows = {}
    for j in points:
        previous = max((k for k in ctx.in_paragraph(j) if k < j), default=None)
        start = ctx.mentions[previous].end if previous is not None else 0
        windows[j] = text[max(start, ctx.mentions[j].start - 40) : ctx.mentions[j].start]
    for at, j in enumerate(points):
        listed = re.search(r"([^，,；;。]+?)分别", windows[j])
        if listed is None:
            continue
        names = re.split(r"[、和及]", listed.group(1))
        following = [j]
        for k in points[at + 1 :]:
            if not re.fullmatch(r"\s*[、和及]\s*", windows[k]):
                break
            following.append(k)
        if len(names) == len(following) > 1:
            for name, k in zip(names, following):
                windows[k] = name + windows[j][listed.end() :] if k != j else name + windows[j][listed.end() :]
    return windows


def _pulls(ctx: Context, points: list[int], text: str) -> list[int]:
    """The figures said with 拉动 / 上拉 / 下拉 (and those listed after one with 分别)."""
    windows = _windows(ctx, points, text)
    return [j for j in points if _PULL.search(windows[j]) or _PULL.search(ctx.mentions[j].head)]


def _members(ctx: Context, points: list[int], group: tuple[str, ...], text: str) -> list[int] | None:
    """Each member's words between the previous figure and its own; every point figure used."""
    windows = _windows(ctx, points, text)
    chosen: list[int] = []
    for member in group:
        hit = next((j for j in points if j not in chosen and re.search(member, windows[j])), None)
        if hit is None and not english(ctx):  # 采矿业增加值增长14.4%，…，上拉…10.6个百分点: named at its clause's start
            hit = next((j for j in points if j not in chosen and re.search(member, _clause_start(ctx, j))), None)
        if hit is None and not english(ctx):  # 生产资料价格同比下降6.9%，影响…下降约5.2个百分点
            hit = next(
                (j for j in points if j not in chosen and re.search(member, _sentence_before(ctx, points, j))), None
            )
        if hit is None:
            return None
        chosen.append(hit)
    return sorted(chosen) if len(points) == len(group) else None


def _sentence_before(ctx: Context, points: list[int], j: int) -> str:
    """The words of the figure's sentence before it, back to the previous point figure at most."""
    text = ctx.paragraph_text(j)
    previous = max((ctx.mentions[k].end for k in points if k < j), default=0)
    before = text[max(previous, ctx.mentions[j].start - 60) : ctx.mentions[j].start]
    return re.split(r"[。；;]", before)[-1]


def _clause_start(ctx: Context, j: int) -> str:
    """The first words of a figure's clause (up to ；/。), where the subject of its list item is named."""
    text = ctx.paragraph_text(j)
    start = max(text.rfind(mark, 0, ctx.mentions[j].start) for mark in "；;。") + 1
    return re.split(r"[，,]", text[start : ctx.mentions[j].start])[0]


def _plain(name: str) -> str:
    """全市工业增加值 for 全市规模以上工业增加值 / 全市规上工业增加值: the same aggregate in a release on it."""
    return name.replace("规上", "规模以上").replace("规模以上", "").replace("GDP", "生产总值")  # 拉动GDP增长


def _growth_of(
    ctx: Context,
    near: int,
    name: str,
    in_english: bool,
    frequency: str | None = None,
    skip: frozenset[int] = frozenset(),
) -> int | None:
    """The growth rate (in %) the text states for the aggregate the contributions go to (of the same
    frequency, 同比 or 环比, where both say one). 拉动经济增长 / 全市经济 pulls the growth of 生产总值.
    `skip`: figures that cannot be it (the contribution rates themselves, another sentence's growth)."""
    if not in_english and _ECONOMY.fullmatch(name.strip()):
        name = "生产总值"
    wanted = words(name) if in_english else None
    plain_name = _plain(name)
    best = None
    for j, window, plain in _percent_windows(ctx):
        if j == near or j in skip:
            continue
        m = ctx.mentions[j]
        if in_english:
            if wanted and wanted <= words(window):
                return j
        elif (
            plain_name in plain
            and not re.search(r"[。；;]|其中", plain[plain.rindex(plain_name) :])  # of this figure
            and not re.search(r"人均(?:地区)?$", plain[: plain.rindex(plain_name)])
            and re.search(r"增长|上涨|下降", m.head)
            and (frequency is None or _frequency(window) in (None, frequency))
        ):
            best = j if best is None else best
            if m.paragraph == ctx.mentions[near].paragraph:
                return j
    return best


def _percent_windows(ctx: Context) -> list[tuple[int, str, str]]:
    """Every percent figure (‰ aside) with the 60 characters before it, as written and `_plain`: made once
    per document, not once per contribution group (each group scanned every mention)."""
    known = ctx.memo.get("contributions.windows")
    if known is None:
        known = ctx.memo["contributions.windows"] = [
            (j, window, _plain(window))
            for j, m in enumerate(ctx.mentions)
            if ctx.dimension(j) == "percent" and m.unit != "‰"
            for window in (ctx.paragraph_text(j)[max(0, m.start - 60) : m.start],)
        ]
    return known
