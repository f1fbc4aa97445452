"""A named share's change in points against an earlier figure the text does not state: a complete
check under `x-todo`, the earlier share a source placeholder.

与2010年第六次全国人口普查相比，0—14岁人口的比重上升1.35个百分点 (after 0—14岁人口为253383938人，占17.95%)
and 工业对经济增长的贡献率为55.6%，较上年提升4.8个百分点: the change is the share stated for the same
subject minus the same share of the earlier period or census, which is not in the text:
`difference: [share, earlier share]` with the earlier one to name.

- the words before the change name a subject and its share (X的比重上升, X占比下降), and the
  comparison with an earlier period or census (比上年, 与2010年…相比 leading the sentence);
- the share is the percent stated for that subject earlier in the paragraph: its own words name
  it (X的比重为), or it follows X's level with 占 (X人口为N人，占17.95% / 占常住人口比重为), or it is X's member of
  a list of shares (第一、二、三产业增加值所占比重分别为8.5%、…: 第一产业's) — exactly one such figure;
- after such a change in its sentence, a subject alone (…，第二产业提高1.3个百分点) is the next share's change;
- 较上年提升N个百分点 right after a rate (贡献率为55.6%) is that rate's change (提升 is a rise).

A comparison with another place (比全国, 高于全省) is not this pattern's; nor is a share named by no
subject. The value as signed (下降6.79 is −6.79): share − earlier share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, core, outside_difference
from factcheck.extract.infer.zh_list_share import listed_name

ID = "zh-share-change"

_UP = r"提高|上升|提升|增加|扩大"
_DOWN = r"下降|降低|回落|减少|缩小"
#: 0—14岁人口的比重上升 / 第一产业占比下降 / X的比重比上年提高.
_NAMED = re.compile(
    rf"^(?P<subject>[^，,；;。:：]{{2,24}}?)的?(?:比重|占比)(?P<against>(?:比|较)(?:上年末?|上年同期|去年|上一?年|\d{{4}}年[^，,；;。]{{0,8}}))?"
    rf"(?:{_UP}|{_DOWN})$"
)
#: …，第一产业比重提高0.6个百分点，第二产业提高1.3个百分点: a subject alone after a share's change in its
#: sentence, its 比重 left unsaid.
_CONTINUED = re.compile(rf"^(?P<subject>[^，,；;。:：\d]{{2,12}}?)(?:{_UP}|{_DOWN})$")
#: 与2010年第六次全国人口普查相比， / 与上年相比，/ 比上年，: the comparison leading the sentence.
_LEAD = re.compile(
    r"(?:^|[，,])\s*(?:(?:与|同|和)(?P<when>[^，,；;。]{2,30}?)(?:相比|比较)|(?:比|较)(?P<when2>上年末?|去年))[，,]"
)
#: 贡献率为55.6%，较上年提升4.8个百分点: a rate, then 提升 (which the earlier-period pattern does not read).
_RAISED = re.compile(r"^[，,]\s*(?:比|较)(?P<when>上年末?|上年同期|去年)(?:提升)$")
#: 与全国相比 / 比全省平均水平: another place, not an earlier period (与2010年第六次全国人口普查相比 is one).
_PLACE = re.compile(r"^(?:比|较)?(?:全国|全省|全市|全区|全州|全县)(?:平均)?(?:水平)?$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    changed: dict[tuple[int, int], str] = {}  # sentence → the earlier period of the share's change stated in it
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "points" or not ctx.statistic(i) or ctx.quantities[i] is None:
            continue
        previous = i - 1
        if previous >= 0 and ctx.sentence_of[previous] == ctx.sentence_of[i] and ctx.dimension(previous) == "percent":
            raised = _RAISED.match(ctx.between(previous, i))
            if raised is not None and ctx.statistic(previous):
                yield _relation(ctx, i, previous, raised.group("when"), False)
                continue
        clause = re.split(r"[，,；;。]", ctx.before(i, 40))[-1].strip()
        found = _NAMED.match(clause)
        continued = _CONTINUED.match(clause) if found is None and _follows_change(ctx, i, changed) else None
        if continued is not None:
            found = continued
        if found is None:
            continue
        when = changed[ctx.sentence_of[i]] if continued is not None else found.group("against") or _lead(ctx, i)
        if not when or _PLACE.search(when):
            continue
        subject = re.sub(r"\[\d+\]", "", found.group("subject"))
        share = _share_of(ctx, i, subject)
        signed = mention.negative or mention.value.lstrip().startswith(("-", "−"))
        fell = not signed and bool(re.search(rf"(?:{_DOWN})$", clause))
        if share is not None:
            changed[ctx.sentence_of[i]] = when
            yield _relation(ctx, i, share, re.sub(r"^(?:比|较)", "", when), fell)


def _follows_change(ctx: Context, i: int, changed: dict[tuple[int, int], str]) -> bool:
    """The figure before in the sentence is a share's change already read (its clause named the 比重)."""
    return i > 0 and ctx.sentence_of[i - 1] == ctx.sentence_of[i] and ctx.sentence_of[i] in changed


def _lead(ctx: Context, i: int) -> str:
    """The last comparison before the change in its sentence (与2010年第六次全国人口普查相比，), or ""."""
    text = ctx.paragraph_text(i)[: ctx.mentions[i].start]
    start = max(text.rfind("。"), -1) + 1
    found = list(_LEAD.finditer(text[start:].lstrip()))
    return (found[-1].group("when") or found[-1].group("when2")) if found else ""


def _share_of(ctx: Context, i: int, subject: str) -> int | None:
    """The one percent before the change in its paragraph stated as the subject's share."""
    wanted = core(subject)
    if len(wanted) < 2:
        return None
    found = []
    for j in ctx.in_paragraph(i):
        if j >= i or ctx.dimension(j) != "percent" or not ctx.statistic(j) or ctx.mentions[j].type != "count":
            continue
        head = re.sub(r"\[\d+\]", "", ctx.mentions[j].head)
        own = re.search(r"([^，,；;。:：]{2,24}?)的?(?:比重|占比)(?:为|达到|达|是)?$", head)
        if own is not None and core(own.group(1)) == wanted:
            found.append(j)
            continue
        listed = listed_name(ctx, j)  # 第一、二、三产业增加值所占比重分别为…: 第一产业 names 第一产业增加值
        if listed is not None and core(listed).startswith(wanted):
            found.append(j)
            continue
        level = j - 1
        if (
            re.search(r"(?:^|[，,])\s*占(?:[^，,；;。\d]{0,12}?的?(?:比重|比例))?(?:为|达到|达|是)?$", head)
            and level >= 0
            and ctx.sentence_of[level] == ctx.sentence_of[j]
            and ctx.mentions[level].type == "count"
            and core(re.sub(r"\[\d+\]", "", ctx.mentions[level].head)) == wanted
        ):
            found.append(j)
    return found[0] if len(found) == 1 else None


def _relation(ctx: Context, i: int, share: int, when: str, fell: bool) -> Relation:
    earlier = {
        "source": FILL + "a source id",
        "series": FILL + f"the series of ./{ctx.names[share]}, for the earlier period",
        "period": FILL + f"the period compared with ({when})",
    }
    rule = f"{ID}: a share's change against an earlier figure the document does not state"
    return outside_difference(i, ctx.ref(share), earlier, fell, rule, "the earlier period's figure")
