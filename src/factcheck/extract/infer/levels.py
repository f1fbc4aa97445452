"""English changes written beside both levels, in the orders `change` does not read:

- "Employment increased by 196,000 to 151.2 million, compared with 151.0 million in February": on
  the change, `difference` of the new level and the one compared with;
- "The deficit was $45.2 billion, down from $49.4 billion in February, a decrease of $4.2 billion":
  on the change, `difference` of the level and the earlier one;
- "a rate of 60.9 percent, slightly down by 0.5 percentage point from the rate of 61.4 percent": on the
  points, `difference` of the two rates;
- "The labor force was 43.256 million. … The labor force increased by 542,000 (1.3%) as against 42.714
  million in April 2017": on the change, `difference` of the level of the same subject stated before
  in the paragraph and the earlier level; on the rate, `growth` between them;
- "from $64.7 billion in February to $68.9 billion in March, a rise of 6.5 percent", "$68.9 billion,
  6.5% higher than in February ($64.7 billion)", "$70.1 billion in March, compared with $66.0 billion
  in February, an increase of 6.2 percent": on the rate, `growth` from the earlier level to the later
  (when the rate's sign is the one its words give).
Only figures of one sentence, in that order, of one dimension, the change a change by its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import CHANGE_VERB_BEFORE, Context, Relation, label_of, same_dimension, words

ID = "levels"

_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
#: A period after a level: "in February", "in March 2018", "in the first quarter", "a year earlier".
_WHEN = (
    rf"(?:\s+(?:in|for)\s+(?:the\s+)?(?:(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|"
    r"(?:first|second|third|fourth)\s+quarter(?:\s+(?:of\s+)?(?:19|20)\d\d)?|previous\s+(?:month|quarter|year)))?"
)
_BY_TO = re.compile(r"(?i)^\s*(?:(?:over|in) the (?:year|month|quarter)\s+)?to\s*[$£€]?\s*$")
_COMPARED_WITH = re.compile(
    rf"(?i)^{_WHEN}\s*,?\s*(?:compared\s+(?:with|to)|(?:up|down)\s+from|as\s+against)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,3}?(?:level\s+of\s+|total\s+of\s+|figure\s+of\s+)?[$£€]?\s*$"
)
_DOWN_FROM = re.compile(rf"(?i)^{_WHEN}\s*,\s*(?:(up)|(down))\s+from\s+[$£€]?\s*$")
_FROM = re.compile(rf"(?i)^{_WHEN}\s*from\s+[$£€]?\s*$")
_AND_CHANGE = re.compile(
    rf"(?i)^{_WHEN}\s*,\s*(?:(?:an?\s+)?(?:(increase|rise|gain)|(decrease|decline|fall|drop|loss))\s+of)\s*[$£€]?\s*$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for n in range(len(ctx.mentions) - 2):
        yield from _by_to_compared(ctx, n, n + 1, n + 2)
        yield from _rate_to_compared(ctx, n, n + 1, n + 2)
        yield from _down_from_then_change(ctx, n, n + 1, n + 2)
        yield from _rate_then_points_from(ctx, n, n + 1, n + 2)
    for n in range(len(ctx.mentions) - 1):
        yield from _change_against_earlier(ctx, n)
    for a in range(len(ctx.mentions) - 2):
        yield from _two_levels_and_rate(ctx, a)


def _one_sentence(ctx: Context, *indexes: int) -> bool:
    return len({ctx.sentence_of[k] for k in indexes}) == 1


def _levels(ctx: Context, *indexes: int) -> bool:
    return all(
        ctx.statistic(k) and ctx.quantities[k] is not None and ctx.mentions[k].type == "count" for k in indexes
    ) and ctx.dimension(indexes[0]) not in ("percent", "points")


def _by_to_compared(ctx: Context, n: int, level: int, earlier: int) -> Iterator[Relation]:
    """ "increased by 196,000 to 151.2 million, compared with 151.0 million in February"."""
    change = ctx.mentions[n]
    if change.type not in ("change", "difference") or not _one_sentence(ctx, n, level, earlier):
        return
    if not CHANGE_VERB_BEFORE.search(ctx.before(n, 30)) or not _BY_TO.match(ctx.between(n, level)):
        return
    if not _COMPARED_WITH.match(ctx.between(level, earlier)) or not _levels(ctx, level, earlier):
        return
    if not same_dimension(ctx, [n, level, earlier]):
        return
    check = {"difference": [ctx.ref(level), ctx.ref(earlier)]}
    yield Relation(n, check, 0.8, f"{ID}: a change to a level, the level compared with stated after it")


def _rate_to_compared(ctx: Context, n: int, level: int, earlier: int) -> Iterator[Relation]:
    """ "increased 4.5 percent over the year to $2.3 billion, up from $2.2 billion a year earlier":
    on the percent, `growth` from the level compared with to the level reached (its sign the verb's)."""
    if ctx.dimension(n) != "percent" or not _one_sentence(ctx, n, level, earlier):
        return
    verb = CHANGE_VERB_BEFORE.search(ctx.before(n, 30))
    if verb is None or not _BY_TO.match(ctx.between(n, level)) or not _levels(ctx, level, earlier):
        return
    compared = _COMPARED_WITH.match(ctx.between(level, earlier)) or _FROM.match(ctx.between(level, earlier))
    if compared is None or not same_dimension(ctx, [level, earlier]):
        return
    negative = ctx.mentions[n].negative or ctx.mentions[n].value.lstrip().startswith(("-", "−"))
    if (
        negative != (verb.group(1) is not None)
        or re.search(r"(?i)\b(?:up|down) from", ctx.between(level, earlier))
        and (bool(re.search(r"(?i)\bdown from", ctx.between(level, earlier))) != negative)
    ):
        return  # the words and the sign disagree: the extraction, not the relation, is in doubt
    check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(level)}}
    yield Relation(n, check, 0.8, f"{ID}: a change in percent to a level, the level compared with stated after it")


def _down_from_then_change(ctx: Context, level: int, earlier: int, n: int) -> Iterator[Relation]:
    """ "The deficit was $45.2 billion, down from $49.4 billion in February, a decrease of $4.2 billion"."""
    if not _one_sentence(ctx, level, earlier, n) or not _levels(ctx, level, earlier):
        return
    way = _DOWN_FROM.match(ctx.between(level, earlier))
    change = _AND_CHANGE.match(ctx.between(earlier, n))
    if way is None or change is None or ctx.mentions[n].type not in ("change", "difference", "growth"):
        return
    if bool(way.group(2)) != bool(change.group(2)) or not same_dimension(ctx, [level, earlier, n]):
        return  # "down from …, an increase of": the words disagree
    written_negative = ctx.mentions[n].negative or ctx.mentions[n].value.lstrip().startswith(("-", "−"))
    went_down = way.group(2) is not None and not written_negative
    pair = [ctx.ref(earlier), ctx.ref(level)] if went_down else [ctx.ref(level), ctx.ref(earlier)]
    yield Relation(n, {"difference": pair}, 0.8, f"{ID}: a level, the earlier level, then the change between")


#: "60.9 percent, slightly down by 0.5 percentage point from the LFPR of 61.4 percent in April 2017"
_RATE_THEN_POINTS = re.compile(
    r"(?i)^\s*,\s*(?:[a-z]+\s+){0,2}?(?:(up|higher|increased|rose|grew)|(down|lower|decreased|fell|declined))"
    r"(?:\s+by)?\s*$"
)
_POINTS_FROM = re.compile(
    rf"(?i)^{_WHEN}\s*(?:from|than)\s+(?:the\s+|its\s+)?(?:[A-Za-z()-]+\s+){{0,4}}?(?:of\s+|at\s+)?$"
)
#: "The labor force increased by 542,000 (1.3%) as against 42.714 million in April 2017"
_AGAINST = re.compile(r"(?i)^[\s)]*,?\s*(?:as\s+against|compared\s+(?:with|to)|from)\s+(?:the\s+)?[$£€]?\s*$")


def _rate_then_points_from(ctx: Context, rate: int, n: int, earlier: int) -> Iterator[Relation]:
    """On the points, `difference` of the rate stated before them and the earlier rate after "from"."""
    if not _one_sentence(ctx, rate, n, earlier) or ctx.dimension(n) != "points":
        return
    if ctx.dimension(rate) != "percent" or ctx.dimension(earlier) != "percent":
        return
    if ctx.mentions[rate].type != "count" or ctx.mentions[earlier].type != "count":
        return
    way = _RATE_THEN_POINTS.match(ctx.between(rate, n))
    if way is None or not _POINTS_FROM.match(ctx.between(n, earlier)):
        return
    signed = ctx.mentions[n].negative or ctx.mentions[n].value.lstrip().startswith(("-", "−"))
    went_down = way.group(2) is not None and not signed
    pair = [ctx.ref(earlier), ctx.ref(rate)] if went_down else [ctx.ref(rate), ctx.ref(earlier)]
    yield Relation(n, {"difference": pair}, 0.8, f"{ID}: the change in points from the earlier rate stated after it")


def _change_against_earlier(ctx: Context, n: int) -> Iterator[Relation]:
    """ "The labor force was 43.256 million. … The labor force increased by 542,000 (1.3%) as against
    42.714 million in April 2017": the new level is the one of the same subject stated before."""
    change = ctx.mentions[n]
    if change.type not in ("change", "difference") or not CHANGE_VERB_BEFORE.search(ctx.before(n, 30)):
        return
    rate = n + 1 if n + 1 < len(ctx.mentions) and _bracketed(ctx, n, n + 1) else None
    earlier = (rate if rate is not None else n) + 1
    if earlier >= len(ctx.mentions) or not _one_sentence(ctx, n, earlier):
        return
    if not _AGAINST.match(ctx.between(rate if rate is not None else n, earlier)) or not _levels(ctx, earlier):
        return
    subject = words(change.subject)
    in_paragraph = [j for j in ctx.in_paragraph(n) if j < n]  # only its paragraph is read: linear in the text
    level = next(
        (
            j
            for j in reversed(in_paragraph)
            if ctx.mentions[j].period == change.period and _levels(ctx, j) and subject and subject <= _own_words(ctx, j)
        ),
        None,
    )
    if level is None or not same_dimension(ctx, [n, level, earlier]) or ctx.sentence_of[level] == ctx.sentence_of[n]:
        return
    yield Relation(
        n, {"difference": [ctx.ref(level), ctx.ref(earlier)]}, 0.75, f"{ID}: a change against the earlier level"
    )
    if rate is not None and ctx.dimension(rate) == "percent":
        check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(level)}}
        yield Relation(rate, check, 0.75, f"{ID}: the change in percent against the earlier level")


def _own_words(ctx: Context, j: int) -> frozenset[str]:
    """The words naming figure j: its clause before it, from the figure before it in its paragraph."""
    if j > 0 and ctx.mentions[j - 1].paragraph == ctx.mentions[j].paragraph:
        return words(ctx.between(j - 1, j)) & words(label_of(ctx, j))
    return words(label_of(ctx, j))


def _bracketed(ctx: Context, i: int, j: int) -> bool:
    """Figure j restates figure i in brackets right after it: "542,000 (1.3%)"."""
    return (
        ctx.mentions[j].paragraph == ctx.mentions[i].paragraph
        and bool(re.fullmatch(r"\s*\(\s*", ctx.between(i, j)))
        and ctx.paragraph_text(j)[ctx.mentions[j].end :].lstrip()[:1] == ")"
    )


_RATE_NOUN = r"(?:an?\s+)?(?:(?:rise|increase|gain|growth)|(?:decrease|decline|fall|drop|reduction))\s+of"
#: "from $64.7 billion in February to $68.9 billion in March, a rise of 6.5 percent"
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s*[$£€]?\s*$")
_TO_BETWEEN = re.compile(rf"(?i)^{_WHEN}\s+to\s*[$£€]?\s*$")
_THEN_RATE = re.compile(rf"(?i)^{_WHEN}\s*,\s*{_RATE_NOUN}\s*$")
#: "$68.9 billion, 6.5% higher than in February ($64.7 billion)"
_LEVEL_THEN_RATE = re.compile(rf"(?i)^{_WHEN}\s*,\s*$")
_RATE_THAN = re.compile(
    r"(?i)^\s*(?:(higher|above|more)|(lower|below|less))\s+than\s+(?:in\s+|on\s+)?(?:the\s+)?"
    r"(?:[A-Za-z]+\s+){0,3}?(?:(?:19|20)\d\d\s*)?\(\s*[$£€]?\s*$"
)
#: "$70.1 billion in March, compared with $66.0 billion in February, an increase of 6.2 percent"
_COMPARED_THEN = re.compile(rf"(?i)^{_WHEN}\s*,\s*compared\s+(?:with|to)\s*[$£€]?\s*$")
_DOWN_WORDS = re.compile(r"(?i)decrease|decline|fall|drop|reduction|lower|below|less|deflation")
#: "137.32 compared to 136.26 at the end of June 2023, representing an inflation of 0.8 percent", "143.39, an
#: increase from 143.26 at the end of March 2025, indicating a monthly inflation rate of 0.1 %", "125.55 in July
#: 2019 against 125.30 during the same month of 2018 recorded an increase by 0.2%": a price index's two levels
_AT_WHEN = r"(?:\s+(?:in|for|during|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:[a-z]+\s+){0,4}?(?:(?:19|20)\d\d|[a-z]+))?"
_AGAINST_LEVEL = re.compile(
    rf"(?i)^{_AT_WHEN}\s*,?\s*(?:compared\s+(?:with|to)|(?:as\s+)?against|(?:an?\s+)?(?:increase|rise|decrease|"
    r"decline|fall|drop)\s+from|(?:up|down)\s+from)\s*[$£€]?\s*$"
)
_THEN_RATE_WORDS = re.compile(
    rf"(?i)^{_AT_WHEN}\s*,?\s*(?:(?:representing|indicating|recording|recorded|marking|showing|reflecting)\s+)?"
    r"(?:an?\s+)?(?:(?:monthly|annual|yearly|overall)\s+)?(?:inflation|deflation|rise|increase|gain|growth|decrease|"
    r"decline|fall|drop|reduction)(?:\s+rate)?\s+(?:of|by)\s*$"
)


def _growth(ctx: Context, rate: int, earlier: int, level: int, words_between: str) -> Iterator[Relation]:
    """`growth` from `earlier` to `level` on `rate`, when the rate's sign is the one its words give."""
    if (
        ctx.dimension(rate) != "percent"
        or not _levels(ctx, earlier, level)
        or not same_dimension(ctx, [earlier, level])
    ):
        return
    if not _one_sentence(ctx, rate, earlier, level):
        return
    signed = ctx.mentions[rate].negative or ctx.mentions[rate].value.lstrip().startswith(("-", "−"))
    if signed != bool(_DOWN_WORDS.search(words_between)):
        return  # the words and the value's sign disagree: the extraction, not the relation, is in doubt
    check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(level)}}
    yield Relation(rate, check, 0.8, f"{ID}: the change in percent between the two levels stated with it")


def _two_levels_and_rate(ctx: Context, a: int) -> Iterator[Relation]:
    b, c = a + 1, a + 2
    if c >= len(ctx.mentions):
        return
    found = _THEN_RATE.match(ctx.between(b, c))
    if found and _FROM_BEFORE.search(ctx.before(a, 12)) and _TO_BETWEEN.match(ctx.between(a, b)):
        yield from _growth(ctx, c, a, b, ctx.between(b, c))  # from A to B, a rise of r
    found = _RATE_THAN.match(ctx.between(b, c))
    if found and _LEVEL_THEN_RATE.match(ctx.between(a, b)):
        yield from _growth(ctx, b, c, a, ctx.between(b, c))  # L, r% higher than in February (E)
    found = _THEN_RATE.match(ctx.between(b, c))
    if found and _COMPARED_THEN.match(ctx.between(a, b)):
        yield from _growth(ctx, c, b, a, ctx.between(b, c))  # L, compared with E, an increase of r
    elif _AGAINST_LEVEL.match(ctx.between(a, b)) and _THEN_RATE_WORDS.match(ctx.between(b, c)):
        if ctx.mentions[a].period != ctx.mentions[b].period:  # L against E, representing an inflation of r
            yield from _growth(ctx, c, b, a, ctx.between(a, b) + ctx.between(b, c))
