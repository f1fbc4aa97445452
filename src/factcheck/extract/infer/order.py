"""Rankings the text states among values it lists together: `order`.

- "energy is expected to have the highest annual rate (2.1%…), followed by food (1.9%…),
  services (1.2%…) and non-energy industrial goods (0.6%…)"; "the highest contribution came from
  services (+0.56 pp), followed by …"; "Employment growth was largest in …, followed by …": the
  first figure, then the others, each at least the next (`order: [...]`); "lowest" or
  "smallest" ranks the other way (`order: {then: [...], order: ascending}`);
- "The lowest annual rates were registered in Cyprus (-1.5%), Greece (0.2%) and Ireland (0.3%)":
  a plural superlative listing its members in order (a chain, less sure: the words make them the
  top few of a set the text does not list, and list them in order by convention); the first of
  them against that set waits under `x-todo` ("A and B had the highest rates (34.6 and 34.5 percent,
  respectively)": each, listed in the order of the names, not of the values);
- "X had the lowest rate (2.1%) among the regions listed, …": `order: {among: [...]}`;
- 其中A增长12.5%，增速最快 / 居首位 / 涨幅最大 among the figures of its sentence (up to 。, after its
  其中 / 分…看 / 按…分; a level such as 亿元 only after one, since its whole is larger than any
  part): `order: {among: [...]}`; "A、B、C分别增长…，分别居前三位" / 居前三位的依次是A（x）、B（y）、
  C（z）: the chain in the order written;
- A居次，上涨x% / x%，居第二位 (the second of the list): the first among the figures listed with it
  but the one the text ranks first (居首 / 最高 …, written before or after its figure);
- a list announced with its size (八大类消费品价格…。其中A…，B…。C…) goes on into the paragraph's
  next sentences, figures of its dimension and period, up to that size (never past it: a list
  that does not come to the size stays its own sentence);
- a superlative against values the text does not state ("the highest rate since 1992", "This is
  the highest … in the series", "their lowest quarterly growth since …"): `order: {among:
  {source, series, across, self}}` under `x-todo`.

Only figures of one dimension and one period in the same sentence (list) are compared, never a
figure they are compared with ("compared with 2.9% in December", 上年为…), nor a share with a
growth rate; a list ends where a contrast or another superlative starts ("…, while the highest
were in …"). 居全省首位 (a rank figure with a scope) is the `outside` pattern's. A ranking of
downward contributions or falls ("the largest downward contribution") is left alone: whether it
ranks sizes or signed values is not in the words; "the largest decreases were in A (-2.9%), B
(-2.8%)…", every figure written negative, ranks the signed values ascending.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.errors import ValueParseError
from factcheck.extract.infer.base import FILL, Context, Relation
from factcheck.grammar.numerals import parse_numeral

ID = "order"

_EN_HIGH = r"highest|largest|biggest|greatest|strongest|fastest|most"
_EN_LOW = r"lowest|smallest|weakest|slowest|least"
_EN_SUPER = re.compile(rf"(?i)\b(?:the|its|their|was|were)\s+(?:\w+\s+){{0,3}}?({_EN_HIGH}|{_EN_LOW})\b")
_EN_DOWN = re.compile(r"(?i)downward|negative|decline|decrease|fall|drop|los[st]|reduc")
_EN_OUTSIDE = re.compile(r"(?i)\b(?:since|ever|on record|in the series|in (?:the )?history|in \d+ years|record)\b")
_EN_PLURAL = re.compile(
    r"(?i)\b(?:rates|contributions|increases|rises|gains|decreases|declines|falls|drops|values|figures|levels|shares)\b"
)
_PARTS = re.compile(r"(?i)\bcontributions\b")
#: "…, compared with national job growth of 1.4 percent": the figure compared with, not a member.
_COMPARED_WITH = re.compile(
    r"(?i)\b(?:compared (?:with|to)|versus|as against)\s[^,;.()\d]{0,40}?(?:\bof|\bat)?\s*\(?[+−-]?$"
)
_EN_AMONG = re.compile(r"(?i)\b(?:among|of) (?:the|all|these|those)\b")
_FOLLOWED = re.compile(r"(?i)\bfollowed by\b|\bthen\b|\bnext\b")
_COMPARED = re.compile(
    r"(?i)(?:compared with|compared to|from|than|with|against|versus|vs\.?)\s*\(?[+−-]?$|"
    r"(?:上年|去年|上年同期|上月|上季)(?:为|是)?$|(?:高于|低于|快于|慢于)[^，,；;]{0,8}$"
)

_ZH_TOP = re.compile(
    r"^[）)]?[，,]?\s*(?:增速|增幅|涨幅|降幅|比重|占比|数量|规模|总量)?"
    r"(?:(最快|最高|最大|最多|居首位|居第一位|位居第一|排名第一|居首)|(最低|最小|最少|最慢))"
)
_ZH_OUTSIDE = re.compile(r"全国|全省|全市|全区|全球|世界|各省|各市|各地|历史|以来|同类城市|副省级")
_ZH_CHAIN_AFTER = re.compile(
    r"^[）)]?[，,]?\s*(?:增速|增幅|涨幅|比重|占比|规模|总量)?(?:分别|依次)居前[二两三四五六七八九十\d]+位"
)
_ZH_CHAIN_BEFORE = re.compile(
    r"居前[二两三四五六七八九十\d]+(?:位|名)的(?:依次)?(?:是|为)[^。；;]*$|排名前[二两三四五六七八九十\d]+(?:位|名)?的依次(?:是|为)[^。；;]*$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        yield from _english(ctx)
    else:
        yield from _chinese(ctx)


def _peers(ctx: Context, i: int, after_only: bool) -> list[int]:
    """Figures of i's sentence (up to 。 in Chinese, where ； separates a list's members) of one
    dimension and period with i, leaving out the figures they are compared with."""
    if ctx.english:
        around = ctx.in_sentence(i)
    else:
        around = [j for j in ctx.in_paragraph(i) if "。" not in _text_between(ctx, min(i, j), max(i, j))]
    out = []
    for j in around:
        if j == i or (after_only and j < i) or not _figure(ctx, j):
            continue
        same_kind = ctx.dimension(j) == ctx.dimension(i) and ctx.mentions[j].period == ctx.mentions[i].period
        roles = {_role(ctx, i), _role(ctx, j)} - {""}
        compared = _COMPARED.search(ctx.before(j, 20)) or _COMPARED_WITH.search(ctx.before(j, 60))
        if same_kind and not compared and len(roles) <= 1:
            out.append(j)
    return out


_ROLES = (
    ("share", re.compile(r"(?i)比重|占|之比|比例|share|percent of|proportion")),
    (
        "change",
        re.compile(
            r"(?i)增长|上涨|下降|增加|减少|提高|回落|增速|\b(?:rose|fell|increase\w*|decrease\w*|grew|up|down)\b"
        ),
    ),
)


def _role(ctx: Context, j: int) -> str:
    """What a percent states, from the words just before it: a share, a change, or unsaid ("、8.1%")."""
    head = re.split(r"[、，,；;]", ctx.mentions[j].head)[-1][-8:]
    return next((name for name, words in _ROLES if words.search(head)), "")


def _text_between(ctx: Context, a: int, b: int) -> str:
    return ctx.paragraph_text(a)[ctx.mentions[a].end : ctx.mentions[b].start]


def _relation(ctx: Context, i: int, others: list[int], descending: bool, chain: bool, confidence: float, why: str):
    refs = [ctx.ref(j) for j in others]
    order = "descending" if descending else "ascending"
    if chain:
        body: object = refs if descending else {"then": refs, "order": order}
    else:
        body = {"among": refs} if descending else {"among": refs, "order": order}
    return Relation(i, {"order": body}, confidence, f"{ID}: {why}")


def _figure(ctx: Context, i: int) -> bool:
    """A statistic, not a year written bare ("since the 2011 Rugby World Cup")."""
    mention = ctx.mentions[i]
    return ctx.statistic(i) and not (mention.unit is None and re.fullmatch(r"(?:19|20)\d\d", mention.value))


def _english(ctx: Context) -> Iterator[Relation]:
    for i in range(len(ctx.mentions)):
        if not _figure(ctx, i):
            continue
        sentence_start = _sentence_start(ctx, i)
        earlier = [j for j in ctx.in_sentence(i) if j < i and ctx.mentions[j].start >= sentence_start]
        if any(_figure(ctx, j) for j in earlier):  # the first figure of its sentence names the top,
            sentence_start = ctx.mentions[[j for j in earlier if _figure(ctx, j)][-1]].end
            if not _SECOND.search(ctx.paragraph_text(i)[sentence_start : ctx.mentions[i].start]):
                continue  # or the first after a second superlative ("…, and the largest decreases in …")
        text = ctx.paragraph_text(i)[sentence_start : ctx.mentions[i].start]
        found = next(reversed(list(_EN_SUPER.finditer(text))), None)  # the superlative nearest the figure
        if found is None:
            continue
        descending = re.match(_EN_HIGH, found.group(1), re.I) is not None
        if _EN_DOWN.search(text):  # "the largest decreases … (-2.9%), … (-2.8%)": signed values, ascending
            if not _falls(ctx, i, text):
                continue
            descending = not descending
        if _EN_OUTSIDE.search(ctx.paragraph_text(i)[sentence_start:]):
            yield _outside(ctx, i, descending, "a superlative against figures the document does not state")
            continue
        others = _one_list(ctx, i, _peers(ctx, i, after_only=True))
        plural = _EN_PLURAL.search(text[found.start() :]) is not None
        if plural:  # the members listed are the top few of a set the text does not list
            yield _outside(ctx, i, descending, "the first of the top few of a set the document does not list")
        if not others:
            if not plural and len(text) - found.end() <= 40:
                yield _outside(ctx, i, descending, "a superlative against figures the document does not state")
            continue
        between = ctx.between(i, others[0])
        if _FROM_TO.fullmatch(between):
            continue  # "the highest increases … Greece (14.3% to 21.0%)": the changes are ranked, not stated
        if _FOLLOWED.search(between):
            yield _relation(ctx, i, others, descending, True, 0.8, "a ranking written in order (followed by)")
        elif plural and re.match(r"(?i)^\W{0,3}respectively\b", ctx.after(others[-1], 16)):
            for j in others:  # "(34.6 percent and 34.5 percent, respectively)": in the order of the names
                yield _outside(ctx, j, descending, "a member of the top few of a set the document does not list")
        elif plural and not _PARTS.search(text[found.start() :]):
            # "the largest upward contributions came from A (1.49 points) and B (1.47 points)" names the
            # top parts of one total, not their order; a set's members (states, regions) are ranked
            yield _relation(ctx, i, others, descending, True, 0.6, "the members of a superlative, listed in order")
        elif _EN_AMONG.search(ctx.paragraph_text(i)[found.end() + sentence_start :]):
            yield _relation(ctx, i, others, descending, False, 0.6, "the first among the figures listed with it")
    yield from _this_is_the_highest(ctx)
    yield from _then_the_highest(ctx)


_APPOSITION = re.compile(rf"(?i)^[^.;()]{{0,12}}?,\s*(?:the|its|a)\s+(?:\w+\s+){{0,3}}?({_EN_HIGH}|{_EN_LOW})\b")


def _then_the_highest(ctx: Context) -> Iterator[Relation]:
    """ "Inflation rose to 6.2%, the highest rate since 1992": the figure just before the superlative."""
    for i in range(len(ctx.mentions)):
        after = ctx.after(i, 80)
        found = _APPOSITION.match(after)
        if found is None or not _figure(ctx, i) or _EN_DOWN.search(after[: found.end()]):
            continue
        rest = re.split(r"[.;]\s", after[found.end() :])[0]
        if _EN_OUTSIDE.search(rest):
            descending = re.match(_EN_HIGH, found.group(1), re.I) is not None
            yield _outside(ctx, i, descending, "a superlative against figures the document does not state")


_THIS_IS = re.compile(
    rf"(?i)^\s*(?:this|that|it)\s+(?:is|was|marks?|marked)\s+(?:the\s+)?(?:\w+\s+){{0,2}}?({_EN_HIGH}|{_EN_LOW})\b"
)


def _this_is_the_highest(ctx: Context) -> Iterator[Relation]:
    """ "…rose by 6.2%… This is the highest recorded rate in the series": the previous sentence's
    first figure, against figures of the series the document does not state."""
    for paragraph, indexes in ctx.by_paragraph.items():
        text = ctx.document.paragraphs[paragraph - 1].text
        for sentence in re.finditer(r"(?:^|(?<=[.;] ))[^.;]+", text):
            found = _THIS_IS.match(sentence.group())
            inside = [j for j in indexes if sentence.start() <= ctx.mentions[j].start < sentence.end()]
            if found is None or _EN_DOWN.search(sentence.group()) or any(_figure(ctx, j) for j in inside):
                continue
            before = [j for j in indexes if ctx.mentions[j].start < sentence.start() and _figure(ctx, j)]
            if not before:
                continue
            start = _sentence_start(ctx, before[-1])
            first = next(j for j in before if ctx.mentions[j].start >= start)
            descending = re.match(_EN_HIGH, found.group(1), re.I) is not None
            yield _outside(ctx, first, descending, "a superlative against figures the document does not state")


def outside_order(
    ctx: Context, i: int, descending: bool, why: str, *, across: str, confidence: float = 0.6
) -> Relation:
    """An order of figure `i` among values the document does not give: a complete check whose
    `among` is a source placeholder under x-todo (`why` names the pattern and the words)."""
    among = {
        "source": FILL + "a source id",
        "series": FILL + "the values compared",
        "across": FILL + f"the dimension compared ({across})",
        "self": FILL + "this figure's member as the source names it",
    }
    if ctx.mentions[i].period:
        among["period"] = ctx.mentions[i].period
    body: dict = {"among": among} if descending else {"among": among, "order": "ascending"}
    note = "the others compared are not in the document: name the source that gives them"
    return Relation(i, {"order": body}, confidence, why, todo=True, note=note)


def _outside(ctx: Context, i: int, descending: bool, why: str) -> Relation:
    return outside_order(ctx, i, descending, f"{ID}: {why}", across="region, division, period")


_FROM_TO = re.compile(r"(?i)\W*(?:%|percent|per cent)?\s*to\s*")
_SECOND = re.compile(rf"(?i)\b(?:and|while|whereas|but)\s+(?:the\s+)?(?:\w+\s+){{0,3}}?(?:{_EN_HIGH}|{_EN_LOW})\b")
_OTHER_LIST = re.compile(rf"(?i)\b(?:while|whereas|but|{_EN_HIGH}|{_EN_LOW})\b")


def _falls(ctx: Context, i: int, text: str) -> bool:
    """A ranking of decreases whose figures are all written negative ("largest decreases in the Czech
    Republic (-2.9%), Denmark (-2.8%)"): the largest fall is the lowest signed value. A downward
    contribution (+0.56 pp) or a fall written as a size is left alone: the words don't say which."""
    if not re.search(r"(?i)decrease|decline|fall|drop", text) or re.search(r"(?i)contribut", text):
        return False
    listed = [i, *_one_list(ctx, i, _peers(ctx, i, after_only=True))]
    return all((ctx.midpoint(j) or 0) < 0 for j in listed)


def _one_list(ctx: Context, i: int, others: list[int]) -> list[int]:
    """The figures of i's own list: up to a second superlative or a contrast ("…, while the
    highest were in Z (5%) and W (4%)" starts another ranking)."""
    kept: list[int] = []
    previous = i
    for j in others:
        if _OTHER_LIST.search(ctx.between(previous, j)):
            break
        kept.append(j)
        previous = j
    return kept


def _sentence_start(ctx: Context, i: int) -> int:
    text = ctx.paragraph_text(i)
    at = ctx.mentions[i].start
    cut = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at))
    return cut + 2 if cut >= 0 else 0


def _chinese(ctx: Context) -> Iterator[Relation]:
    for i in range(len(ctx.mentions)):
        if not _figure(ctx, i):
            continue
        after = ctx.after(i, 24)
        top = _ZH_TOP.match(after) or _ZH_TOP_BEFORE.search(ctx.before(i, 16))
        if top is not None and not _ZH_OUTSIDE.search(after[: top.end()] + ctx.before(i, 6)):
            others = _list_members(ctx, i)
            if len(others) >= 1:
                descending = top.group(1) is not None
                yield _relation(ctx, i, others, descending, False, 0.6, "the first among the figures listed with it")
        if _ZH_SECOND.match(after) or _ZH_SECOND_BEFORE.search(ctx.before(i, 16)):
            members = _list_members(ctx, i)
            first = [j for j in members if _ranked_first(ctx, j)]
            others = [j for j in members if j not in first]
            if len(first) == 1 and others:
                yield _relation(ctx, i, others, True, False, 0.6, "second: the first of the list but the first")
        chain = _ZH_CHAIN_AFTER.match(after)
        if chain is not None and _is_last_of_list(ctx, i):
            members = [j for j in _list_members(ctx, i) if j < i] + [i]
            if len(members) >= 2:
                yield _relation(ctx, members[0], members[1:], True, True, 0.7, "the figures rank in the order written")
        if _ZH_CHAIN_BEFORE.search(ctx.before(i, 40)) and _first_after_marker(ctx, i):
            others = _peers(ctx, i, after_only=True)
            if others:
                yield _relation(ctx, i, others, True, True, 0.7, "the figures rank in the order written")


_LIST_MARK = re.compile(r"其中|分[^，,。；;\d]{1,8}看|按[^，,。；;\d]{1,12}分")


def _list_members(ctx: Context, i: int) -> list[int]:
    """The figures listed with i: the same sentence after its 其中 / 分…看 / 按…分 (the whole before
    it is not one of them). Rates need no marker (the fastest part grows at least as fast as the
    whole, and the slowest at most); levels do (the whole is larger than any part)."""
    text = ctx.paragraph_text(i)
    peers = _peers(ctx, i, after_only=False)
    marks = [m.end() for m in _LIST_MARK.finditer(text, 0, ctx.mentions[i].start)]
    sentence_start = text.rfind("。", 0, ctx.mentions[i].start) + 1
    marks = [m for m in marks if m > sentence_start]
    if marks:
        return _to_stated_size(ctx, i, [j for j in peers if ctx.mentions[j].start > marks[-1]])
    return _to_stated_size(ctx, i, peers) if ctx.dimension(i) in ("percent", "points") else []


#: 居首 / 居次 written before the figure, only a verb between ("居住类居次，上涨2.6%"; never "涨幅居首，居住类上涨…").
_VERB = r"[，,]\s*(?:同比|比上年)?(?:增长|上涨|下降|增加|减少|增速为?|涨幅为?|降幅为?|为|达)?$"
_ZH_TOP_BEFORE = re.compile(rf"(居首|居第一位|位居第一|排名第一){_VERB}")
_ZH_SECOND = re.compile(r"^[）)]?[，,]?\s*(?:增速|增幅|涨幅|降幅|比重|占比)?(?:居次|居第二位|位居第二|排名第二|次之)")
_ZH_SECOND_BEFORE = re.compile(rf"(?:居次|居第二位|位居第二|排名第二|次之){_VERB}")
#: A list's size said before it: 八大类商品, 三大产业, 10个行业.
_ZH_SIZE = re.compile(r"([二三四五六七八九十]{1,2}|\d{1,2})(?:大类|类|大行业|个行业|大门类|个门类)")


def _ranked_first(ctx: Context, j: int) -> bool:
    """The text ranks j first of its list (居首, 最高 …; not 最低)."""
    top = _ZH_TOP.match(ctx.after(j, 24)) or _ZH_TOP_BEFORE.search(ctx.before(j, 16))
    return top is not None and top.group(1) is not None


def _to_stated_size(ctx: Context, i: int, members: list[int]) -> list[int]:
    """A list announced with its size goes on past 。 up to that size, in the same paragraph."""
    text = ctx.paragraph_text(i)
    sizes = list(_ZH_SIZE.finditer(text, 0, ctx.mentions[i].start))
    if not sizes or not members:
        return members
    try:
        size = int(parse_numeral(sizes[-1].group(1)).value)
    except (ValueParseError, ValueError):
        return members
    listed = sorted({i, *members})
    if len(listed) >= size:
        return members
    role = _role(ctx, i)
    more = []
    for j in ctx.in_paragraph(i):
        if j <= listed[-1] or not _figure(ctx, j) or _COMPARED.search(ctx.before(j, 20)):
            continue
        if ctx.dimension(j) != ctx.dimension(i) or ctx.mentions[j].period != ctx.mentions[i].period:
            break
        if _role(ctx, j) != role:
            break
        more.append(j)
        if len(listed) + len(more) == size:
            return members + more
    return members


def _is_last_of_list(ctx: Context, i: int) -> bool:
    return not [j for j in _peers(ctx, i, after_only=True)]


def _first_after_marker(ctx: Context, i: int) -> bool:
    earlier = [j for j in _peers(ctx, i, after_only=False) if j < i]
    marker = re.search(r"居前|排名前", ctx.before(i, 40))
    if marker is None:
        return False
    start = ctx.mentions[i].start - len(ctx.before(i, 40)) + marker.start()
    return not [j for j in earlier if ctx.mentions[j].start > start]
