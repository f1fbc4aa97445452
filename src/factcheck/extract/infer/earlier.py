"""A change against an earlier period whose figure the text does not state: a complete check
under `x-todo`, the earlier figure a source placeholder.

- 同比增长5.7%，增速比1—6月份回落0.1个百分点 / 比重为14.2%，比上年提高0.2个百分点 / 降幅扩大0.6个百分点 /
  产品销售率为97.4%，同比提高0.7个百分点 (上年同期; 环比: the period before):
  on the points, `difference` of the rate and the same rate of the earlier period;
- 年末常住人口3856万人，比上年末增加4万人 / 比上月减少N: on the change, `difference` of the level and
  the earlier level (not when a growth rate follows: 比上年增加N，增长r% is checked in the text);
- "206,500 in August 2015, an increase of 400 when compared to the July 2015 figure or a decrease of
  32,200 when compared to August 2014", "$47/barrel in August, a $10/b decrease from July": the same in
  English; with no level stated before the change, both levels are placeholders (`earlier_unstated`).
The earlier period must be named by the words (比上年末, 比1—6月份, "compared to the July 2015
figure") or implied by 增速/降幅 (the rate's own change); a comparison with another place (比全国,
高于全省) is not this pattern's. The check is written so that it holds with the value as signed:
a signed fall (回落0.1 read as −0.1) is rate − earlier; an unsigned one, earlier − rate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import DURATIONS, FILL, Context, Relation, outside_difference, same_dimension
from factcheck.extract.infer.earlier_rate_then_points import rate_then_change
from factcheck.extract.infer.earlier_shares import industry_rate_changes, industry_share_changes
from factcheck.extract.infer.earlier_unstated import both_outside
from factcheck.extract.infer.earlier_words import CHANGE_EN, FROM_LEVEL_EN, ON_YEAR_EN, SINCE_EN
from factcheck.extract.infer.listed_changes import listed_figure
from factcheck.extract.infer.restate import areas

ID = "earlier"

_PERIOD = (
    r"(?:上年末?|去年(?:同期|末)?|上年同期|同期|上月末?|上季度?末?|上半年|前三季度|年初|[一二三四1-4]季度"
    r"|(?:\d{4}年)?(?:\d{1,2}[—–-]\d{1,2}月份?|\d{1,2}月份?)|\d{4}年(?:同期|末)?)"
)
_RATE_STEM = r"(?:增速|增幅|涨幅|降幅|跌幅)"
_UP_CN = r"提高|上升|加快|回升|扩大|增加|上涨|多增|净增|增长|收窄|缩小"
_DOWN_CN = r"下降|回落|放缓|降低|下滑|减少|少增|净减|扩大|收窄|缩小"
#: The clause before a change in points: 增速比1—6月份回落, 比上年提高, 降幅扩大; with its own subject,
#: 食品价格同比涨幅比上月扩大.
_POINTS_CN = re.compile(
    rf"^(?:(?P<subject>[^比较\d]{{2,16}}?)(?:同比|环比)?(?={_RATE_STEM}))?"
    rf"(?P<stem>{_RATE_STEM}|比重|占比)?(?:(?:比|较){_PERIOD}|同比|环比)?(?P<verb>{_UP_CN}|{_DOWN_CN})$"
)
#: 年末户籍人口比上年末增加: the clause names its own subject (then no level before it is the one changed).
_OWN_SUBJECT = re.compile(r"^([^比较]{2,})((?:比|较).*)$")
#: The clause before a change of a level: 比上年末增加, 较年初减少.
_LEVEL_CN = re.compile(
    rf"^(?:比|较){_PERIOD}(?:净)?(?P<verb>多增加|增加|减少|增长|下降|提高|降低|多增|少增|增产|减产|多|少|缩小|扩大)$"
)  # 比上年多增加1.8万人: the level's change, more than last year's by that much
#: Words that make a change a fall when its value is written without a sign.
_FALL = re.compile(
    r"(?:增速|增幅|涨幅)[^，,；;。]*(?:下降|回落|放缓|降低|下滑|收窄|缩小)|(?:降幅|跌幅)[^，,；;。]*(?:扩大|加深)"
    r"|^(?:比|较)[^，,；;。]*(?:下降|回落|降低|减少|少增|净减|减产|少)$"
    r"|(?i:\b(?:decrease|decline|fall|drop|loss|down|fell|decreased|declined|dropped|lower)\b)"
)
#: 产品销售率为97.4%，同比提高0.7个百分点: the period 同比 / 环比 compare with.
_BY_WORD = {"同比": "上年同期", "环比": "上期"}

_TO = re.compile(r"[^，,；;。\d]{0,3}(?:到|至|\bto\b)\s*")
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
#: "Compared with January 2012, the number of persons unemployed increased by 167 000 in the EU27
#: and by 162 000 in the euro area": the earlier period leads the sentence.
_LEAD_EN = re.compile(
    rf"(?i)^\s*(?:compared (?:with|to)|relative to|since|from) (?P<when>(?:the |a )?(?:(?:{_MONTHS})\b[^,;.]{{0,12}}"
    r"|(?:previous|preceding|prior|last|same)\b[^,;.]{0,30}|(?:19|20)\d\d|a year (?:ago|earlier)))\s*,"
)
_BY_EN = re.compile(
    r"(?i)\b(?:increased|decreased|rose|fell|declined|grew|dropped|gained|lost|was up|was down|were up|were down)"
    r"\s+by\s*$|\band by\s*$"
)
#: "$47/barrel in August, a $10/b decrease from July", "a 2.7% decline over 1997": the noun after its figure.
_ARTICLE_EN = re.compile(r"(?i)\ban?\s*(?:[A-Z]{3}\s?)?[$£€]?\s*$")
_NOUN_AFTER_EN = re.compile(
    r"(?i)^\s*(?:percent|per cent|%)?\s*"
    r"(?:increase|rise|gain|jump|(?P<down>decrease|decline|fall|drop|loss|reduction))\b"
)
#: "997,000 higher than in July 2009 (the series trough)": a gap to a period the text does not state.
_THAN_EN = re.compile(
    rf"(?i)^\s*(?P<dir>higher|lower|more|fewer|less|above|below) than (?:in |on |at )?(?P<when>(?:{_MONTHS})\b"
    r"[^,;.()]{0,12}|(?:19|20)\d\d|(?:the )?(?:previous|prior|same|a year)\b[^,;.()]{0,30})"
)


def infer(ctx: Context) -> Iterator[Relation]:
    for i in range(len(ctx.mentions)):
        if not ctx.statistic(i) or ctx.quantities[i] is None:
            continue
        clause = re.split(r"[，,；;。:：]", ctx.before(i, 30))[-1].strip()
        noun = own = None
        if ctx.english:
            after = ctx.after(i, 80)
            noun = _NOUN_AFTER_EN.match(after) if _ARTICLE_EN.search(ctx.before(i, 8)) else None
            changed = noun or CHANGE_EN.search(ctx.before(i, 30)) or _listed_after_change(ctx, i)
            found = (SINCE_EN.match(after) or ON_YEAR_EN.match(after)) if changed else None
            if found is None and changed is not None and changed.re is CHANGE_EN and changed.group("when"):
                found = changed  # "a year-on-year increase of EUR 2.2 billion": the period before the figure
            if found is None and changed is not None and ctx.dimension(i) == "points":
                found = _compared_before(ctx, i)
            when = found.group("when").strip() if found else ""
            if found is None:
                lead = list(_english_lead(ctx, i))
                yield from lead or _to_level_only(ctx, i)
                continue
        else:
            own = _OWN_SUBJECT.match(clause) if ctx.dimension(i) not in ("percent", "points") else None
            found = (_POINTS_CN if ctx.dimension(i) == "points" else _LEVEL_CN).match(own[2] if own else clause)
            named = re.search(_PERIOD, clause)
            when = named.group() if named else _BY_WORD.get(clause[:2], "the period before, as the text compares")
            if (
                found is not None
                and ctx.dimension(i) == "points"
                and not re.search(r"比|较|" + _RATE_STEM, clause)
                and not rate_then_change(ctx, i)
            ):
                found = None  # 拉动增长1.3个百分点: a contribution, not a change of a rate
        if found is None:
            yield from _industry_share(ctx, i)
            continue
        signed = ctx.mentions[i].negative or ctx.mentions[i].value.lstrip().startswith(("-", "−"))
        fall = not signed and bool(noun.group("down")) if noun else None
        if ctx.english and ctx.dimension(i) == "percent" and ctx.mentions[i].type == "growth":
            growth = list(_growth_from_outside(ctx, i, when))  # "$512.3 billion, up 1.6 percent from February"
            yield from growth or both_outside(ctx, i, when, False)
            continue
        own_subject = own or (found.groupdict().get("subject") if found.re is _POINTS_CN else None)
        figure = None if own_subject else listed_figure(ctx, i, _figure)  # 户籍人口比上年末增加: its own subject
        if figure is None:
            if fall is None:
                said = ctx.before(i, 30) if ctx.english else (own[2] if own else clause)
                fall = not signed and bool(_FALL.search(said))
            if ctx.english or not _rate_follows(ctx, i):  # 比上年增加N万吨，增长r%: checked in the text
                yield from both_outside(ctx, i, when, fall)
            continue
        yield _relation(ctx, i, figure, when, clause, fall=fall)


#: "down 0.17 percentage points from September 2021, and 0.60 percentage points from March 2021": the
#: words between a change against one period and the next figure, which takes the change's verb.
_AND_FROM_EN = re.compile(
    r"(?i)^(?P<since>[^.;\d]{0,40}?\b(?:from|compared (?:to|with)|since|over)\b[^.;]{0,40}?),?\s+and\s*$"
)


def _listed_after_change(ctx: Context, i: int) -> re.Match[str] | None:
    """The change words of the figure before, when `i` follows it as the same change against another period."""
    j = i - 1
    if j < 0 or ctx.sentence_of[j] != ctx.sentence_of[i] or ctx.dimension(j) != ctx.dimension(i):
        return None
    between = _AND_FROM_EN.match(ctx.between(j, i))
    if between is None or not SINCE_EN.match(between.group("since")):
        return None
    return CHANGE_EN.search(ctx.before(j, 30))


def _industry_share(ctx: Context, i: int) -> Iterator[Relation]:
    """A change in points of an industry's share whose level is in the structure (`earlier_shares`)."""
    for figure, when, verb in (*industry_share_changes(ctx, i), *industry_rate_changes(ctx, i)):
        yield _relation(ctx, i, figure, when, verb)


def _english_lead(ctx: Context, i: int) -> Iterator[Relation]:
    """ "Compared with January 2012, … increased by 167 000 in the EU27"; "was 997,000 higher than in
    July 2009": the level of the same thing now (stated before, of the same area) minus a level the
    text does not state."""
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    sentence = text[max(text.rfind(". ", 0, start), -1) + 1 : start]
    lead = _LEAD_EN.match(sentence) if _BY_EN.search(ctx.before(i, 30)) else None
    than = _THAN_EN.match(ctx.after(i, 60))
    if (lead is None and than is None) or FROM_LEVEL_EN.match(ctx.after(i, 16)):
        return  # none, or both levels stated: "by VT 146 million from VT 26 million to …" (`change`)
    points = ctx.dimension(i) == "points"  # "3.5 percent, 0.3 percentage point lower than a year earlier"
    figure = _figure(ctx, i) if points else _level_before(ctx, i)
    if figure is None:
        return
    when = (lead or than).group("when").strip()  # type: ignore[union-attr]
    signed = ctx.mentions[i].negative or ctx.mentions[i].value.lstrip().startswith(("-", "−"))
    fell = not signed and bool(than and than.group("dir").lower() in ("lower", "fewer", "less", "below"))
    if lead is not None:
        fell = not ctx.mentions[i].negative and bool(_FALL.search(ctx.before(i, 40)))
    yield _relation(ctx, i, figure, when, "", fall=fell)


#: "Employment increased 26,900 to 12,562,800", "rose by 0.2 pts to 65.7%": a change and the level
#: it led to; the level it started from is not stated.
#: "decreased in August by SEK 18 billion, to SEK 7 480 billion", "an increase of 7,5 percentage points in
#: the official unemployment rate to 30,8%": the month or the thing changed may stand between.
_VERB_TO_EN = re.compile(
    r"(?i)(?:\b(?:increased|decreased|rose|fell|grew|declined|dropped|gained|lost|climbed|jumped|slipped|"
    r"edged (?:up|down)|(?:was|were) (?:up|down))(?: over the (?:year|month|quarter)| in [A-Z][a-z]+(?: \d{4})?)?"
    r"(?: by)?|\ban? (?:\w+ )?(?:increase|decrease|rise|fall|drop|decline|gain|loss) of)\s*(?:[A-Z]{3}\s?)?[$£€]?\s*$"
)
_ONLY_TO_EN = re.compile(
    r"(?i)^,?(?:[^\d.;,()]|\b(?:19|20)\d\d\b){0,40}?\bto\s*(?:an? (?:new )?(?:level|total|high|low|record) of\s*)?"
    r"(?:[A-Z]{3}\s?)?[$£€]?\s*$"
)
_FROM_AFTER_EN = re.compile(r"(?i)^[^.;\d]{0,30}?\bfrom\b|^\s*[,(]?\s*(?:or|an? [a-z]+ of|up|down)?\s*[-+−]?\s*$")


def _to_level_only(ctx: Context, i: int) -> Iterator[Relation]:
    """ "Unemployment decreased 1,100 to 714,100": the change is the level minus the level of the period
    before, which the text does not state (no "from A", no rate of change beside it)."""
    level = i + 1
    if (
        level >= len(ctx.mentions)
        or ctx.sentence_of[level] != ctx.sentence_of[i]
        or (ctx.mentions[i].type not in ("change", "difference") and ctx.dimension(i) not in ("percent", "points"))
        or not _VERB_TO_EN.search(ctx.before(i, 40))
        or not _ONLY_TO_EN.match(ctx.between(i, level))
        or not ctx.statistic(level)
        or ctx.mentions[level].type != "count"
        or ctx.quantities[level] is None
    ):
        return
    percent = ctx.dimension(i) == "percent"
    if ctx.dimension(level) == "percent":
        if ctx.dimension(i) != "points":
            return  # "rose 0.3 percent to 4.1 percent": a rate of change, not points
    elif ctx.dimension(i) == "points" or not (percent or same_dimension(ctx, [i, level])):
        return
    following = level + 1
    if following < len(ctx.mentions) and ctx.sentence_of[following] == ctx.sentence_of[i]:
        if ctx.dimension(following) in ("percent", "points", ctx.dimension(level)) and _FROM_AFTER_EN.match(
            ctx.between(level, following)
        ):
            return  # "to L from A" / "to L, or r percent": the text states what to check against
    if re.match(
        r"(?i)^(?:[^.;\d]|\b(?:19|20)\d\d\b){0,30}?\b(?:from|compared (?:with|to)|than|against)\b", ctx.after(level, 50)
    ):
        return  # "… to 152,300 in June, compared with June 2023 (146,300)": the base is stated
    fell = not ctx.mentions[i].negative and bool(_FALL.search(ctx.before(i, 30)))
    if percent:  # "decreased over the year by 1.7 percent to $955": the growth from a level not stated
        if fell:
            return  # the words say it fell and the value has no sign: the extraction is in doubt
        earlier = {
            "source": FILL + "a source id",
            "series": FILL + f"the series of ./{ctx.names[level]}, for the earlier period",
            "period": FILL + "the period compared with (the period before, as the text compares)",
        }
        note = "the earlier period's figure is not in the document: name the source that gives it"
        rule = f"{ID}: a change in percent to a level, from a level the document does not state"
        yield Relation(i, {"growth": {"from": earlier, "to": ctx.ref(level)}}, 0.6, rule, todo=True, note=note)
        return
    yield _relation(ctx, i, level, "the period before, as the text compares", "", fall=fell)


def _growth_from_outside(ctx: Context, r: int, when: str) -> Iterator[Relation]:
    """ "Retail sales were $512.3 billion in March, up 1.6 percent from February": the growth to the
    level stated before it in its sentence from the earlier period's level, which the text does not state."""
    level = next(
        (
            j
            for j in range(r - 1, -1, -1)
            if ctx.sentence_of[j] == ctx.sentence_of[r]
            and ctx.statistic(j)
            and ctx.mentions[j].type == "count"
            and ctx.quantities[j] is not None
            and ctx.dimension(j) not in ("percent", "points", "permille")
        ),
        None,
    )
    if level is None or any(
        ctx.dimension(k) not in ("percent", "points") for k in range(level + 1, r)
    ):  # another level between: which one grew is not said
        return
    earlier = {
        "source": FILL + "a source id",
        "series": FILL + f"the series of ./{ctx.names[level]}, for the earlier period",
        "period": FILL + f"the period compared with ({when})",
    }
    note = "the earlier period's figure is not in the document: name the source that gives it"
    rule = f"{ID}: a change in percent of a level, from a level the document does not state"
    yield Relation(r, {"growth": {"from": earlier, "to": ctx.ref(level)}}, 0.6, rule, todo=True, note=note)


def _level_before(ctx: Context, i: int) -> int | None:
    """The level the change is of: the nearest before it in its paragraph or the one before, a level
    (not a change) of its unit and period, of the same area when one is named."""
    mine = areas(ctx, i)
    paragraph = ctx.mentions[i].paragraph
    for j in range(i - 1, max(i - 25, -1), -1):
        other = ctx.mentions[j]
        if other.paragraph < paragraph - 1:
            return None
        if (
            not ctx.statistic(j)
            or other.type != "count"
            or ctx.quantities[j] is None
            or other.period != ctx.mentions[i].period
        ):
            continue
        if ctx.dimension(j) in ("percent", "points", "permille") or _BY_EN.search(ctx.before(j, 30)):
            continue
        if (
            (other.unit or "") != (ctx.mentions[i].unit or "")
            and (ctx.dimension(i) or "count") != "count"
            and not same_dimension(ctx, [i, j])  # cents/gal of a $/gallon price: one dimension
        ):
            continue
        if mine and areas(ctx, j) != mine:
            continue
        return j
    return None


#: "This was an increase of 148 000 persons compared with August 2016.": the period the paragraph compares with.
_COMPARED_EN = re.compile(r"(?i)\bcompared (?:with|to) (?P<when>(?:[A-Z][a-z]+ )?(?:19|20)\d\d)\s*\.\s*$")


def _compared_before(ctx: Context, i: int) -> re.Match[str] | None:
    """ "… compared with August 2016. There were 326 000 unemployed persons and the unemployment rate was
    6.0 percent, a decrease of 0.6 percentage points.": a change in points naming no period, in the
    sentence right after one that ends comparing with a period, is against that period."""
    text = ctx.paragraph_text(i)
    start = text.rfind(". ", 0, ctx.mentions[i].start)
    return _COMPARED_EN.search(text[: start + 1]) if start > 0 else None


def _index_level(ctx: Context, j: int) -> bool:
    """经济效益综合指数为214.54，比上年同期提高20.12个百分点: an index level, whose change is said in points."""
    return ctx.dimension(j) == "" and bool(re.search(r"指数(?:为|达到|达|是)?$", ctx.before(j, 8)))


_GLOSS = re.compile(r"[（(]\s*(?:折合|约合|合)\s*$")


def _figure(ctx: Context, i: int) -> int | None:
    """The figure the change is of: the rate (for points) or the level just before it in its sentence,
    not one whose earlier value the sentence states (由A提高到B) nor one checked with a rate (增长r%)."""
    points = ctx.dimension(i) == "points"
    for j in range(i - 1, -1, -1):
        if ctx.sentence_of[j] != ctx.sentence_of[i]:
            return None
        if not ctx.statistic(j) or ctx.mentions[j].unit in DURATIONS or ctx.quantities[j] is None:
            continue
        if ctx.mentions[j].type in ("change", "difference"):
            continue  # "an increase of 400 … or a decrease of 32,200": both are of the level before
        if points and ctx.dimension(j) not in ("percent", "permille") and not _index_level(ctx, j):
            continue
        if not points and ctx.mentions[j].type == "growth" and "同比" in ctx.before(j, 6):
            continue  # 余额L，同比增长r%，比年初增加N: the year-on-year rate stands between the level and its change
        if _GLOSS.search(ctx.before(j, 8)) and re.match(r"\s*[)）]", ctx.after(j, 2)):
            continue  # 人均GDP35997元(折合5779美元)，比上年增加1572元: the change is of the figure glossed
        if not points and (ctx.dimension(j) in ("percent", "points") or not same_dimension(ctx, [i, j])):
            return None
        if (
            j > 0
            and ctx.sentence_of[j - 1] == ctx.sentence_of[j]
            and re.fullmatch(r"[^，,；;。\d]{0,3}(?:到|至|\bto\b)\s*", ctx.between(j - 1, j))
        ):
            return None  # 由A提高到B: the earlier figure is in the text (the `change` pattern's)
        if not points and _rate_follows(ctx, i):
            return None
        return j
    return None


#: 城镇化率49.81%，提高1.59个百分点: a rate, then its change in points with a bare verb.
def _rate_follows(ctx: Context, i: int) -> bool:
    """比上年增加N万吨，增长r%: the change is checked against the level with its rate."""
    k = i + 1
    return (
        k < len(ctx.mentions)
        and ctx.sentence_of[k] == ctx.sentence_of[i]
        and ctx.dimension(k) == "percent"
        and bool(re.fullmatch(r"[，,\s]*(?:比上年末?|同比)?(?:增长|下降|增产|减产|上涨|下跌)\s*", ctx.between(i, k)))
    )


def _relation(ctx: Context, i: int, figure: int, when: str, clause: str, fall: bool | None = None) -> Relation:
    mention = ctx.mentions[i]
    name = ctx.names[figure]
    earlier = {
        "source": FILL + "a source id",
        "series": FILL + f"the series of ./{name}, for the earlier period",
        "period": FILL + f"the period compared with ({when})",
    }
    fell = not mention.negative and not mention.value.lstrip().startswith(("-", "−")) and _FALL.search(clause)
    if ctx.english:
        fell = not mention.negative and bool(_FALL.search(ctx.before(i, 30)))
    if fall is not None:  # the caller read the direction from the words
        fell = fall
    rule = f"{ID}: a change against an earlier period the document does not state"
    return outside_difference(i, ctx.ref(figure), earlier, bool(fell), rule, "the earlier period's figure")
