"""A growth rate whose base follows it (English): `growth` from the base to the level.

- "exports … was €196.2 billion, an increase of 5.2% compared with September 2018 (€186.5 bn)";
- "reached USD14.92 billion, which reflected a decrease of 7.5 percent from the USD16.13 billion …
  in the same month of the previous year";
- "Exports rose to $262.1 billion in May from $258.4 billion in April, an increase of 1.4 percent"
  (and "rose $3.7 billion to $262.1 billion from $258.4 billion"): the level after "to", the base
  after "from": `growth` on the rate, `difference` on the change.
The level is the figure before the rate in its sentence (not a change, not a rate), the base the
first figure after it, of the level's dimension, reached through "compared with …", "from", "over"
or "on" and nothing but words of a period; the sign the words give must be the value's, and a base
followed by "to" is the start of a "from A to B" change (the `change` pattern's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import CHANGE_VERB_BEFORE, Context, Relation, same_dimension

ID = "base-after"

_PERCENT = ("%", "％", "percent", "per cent")
_UP = (
    r"an? (?:[a-z]+ )?(?:increase|rise|gain|growth|jump|advance) of|up(?: by)?"  # "a significant increase of"
    r"|(?:increased|rose|grew|gained|climbed)(?: by)?"
)
_DOWN = (
    r"an? (?:[a-z]+ )?(?:decrease|decline|drop|fall|reduction|contraction) of|down(?: by)?"
    r"|(?:decreased|fell|declined|dropped)(?: by)?"
)
_WORDS = re.compile(rf"(?i)(?:^|[\s,(])(?:({_UP})|({_DOWN}))\s*[-+−]?\s*$")
_TO_BASE = re.compile(
    r"(?i)^[^.;,\d]{0,30}?(?:\b(?:19|20)\d\d\b)?\s*,?\s*(?:when )?"
    r"(?:compared (?:with|to)|relative to|from|over|on|against)\b"
    r"(?:[^.;\d()]|\b(?:19|20)\d\d\b){0,60}?(?:\(|\bof\b)?\s*(?:[A-Z]{2,3}\s?)?[$€£¥]?\s*$"
)

_TO_LEVEL = re.compile(r"(?i)\s*(?:percent|per cent|%)?\s*to\s*[$€£¥]?\s*")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    yield from _to_from(ctx)
    yield from _rate_then_level(ctx)
    for r, mention in enumerate(ctx.mentions):
        if mention.unit not in _PERCENT or ctx.quantities[r] is None or mention.type in ("rank", "label", "date"):
            continue
        words = _WORDS.search(ctx.before(r, 40))
        sentence = ctx.in_sentence(r)
        after = [j for j in sentence if j > r]
        if words is None or not after:
            continue
        level = None
        if len(after) >= 2 and _TO_LEVEL.fullmatch(ctx.between(r, after[0])):
            level, base = after[0], after[1]  # "were up 4.1% to 152,300 …, compared with June 2023 (146,300)"
            if not _TO_BASE.match(ctx.between(level, base)):
                continue
        else:
            base = after[0]
            if not _TO_BASE.match(ctx.between(r, base)):
                continue
        if re.match(r"(?i)^\s*\)?\s*to\b", ctx.after(base, 8)):
            continue
        negative = mention.negative or mention.value.lstrip().startswith(("-", "−"))
        if negative != (words.group(2) is not None):
            continue  # the words and the value's sign disagree: the extraction is in doubt
        if level is None:
            level = level_before_rate(ctx, r, sentence)
        if level is None or ctx.dimension(base) in ("percent", "points") or not _comparable(ctx, level, base):
            continue
        check = {"growth": {"from": ctx.ref(base), "to": ctx.ref(level)}}
        yield Relation(r, check, 0.75, f"{ID}: the change in percent from the base stated after it")


def _comparable(ctx: Context, level: int, base: int) -> bool:
    """One dimension, or a bare base in brackets after a count: "152,300 units …, compared with June
    2023 (146,300)", or right after "compared to the" ("… compared to the 247,164 that visited"): the
    words tie it to the level; its unit is the level's."""
    if same_dimension(ctx, [level, base]):
        return True
    return (
        ctx.mentions[base].unit is None
        and ctx.dimension(level) not in (None, "time")
        and not str(ctx.dimension(level)).startswith("money")
        and (ctx.before(base, 1) == "(" or re.search(r"(?i)\bcompared (?:to|with) the\s*$", ctx.before(base, 20)))
    )


#: A sentence that only goes on about the one before: "621,093 came. This is an increase of 18.8 percent".
_THIS_IS = re.compile(r"(?i)(?:^|[.;]\s)\s*(?:this|that|it) (?:is|was|represents|marks)\b[^.;\d]*$")


def level_before_rate(ctx: Context, r: int, sentence: list[int]) -> int | None:
    """The nearest figure before the rate in its sentence: a level (not a change, not a rate); when
    the sentence opens with "This is …" and holds no figure before the rate, the last figure of the
    sentence before in the paragraph (what "this" points back to)."""
    earlier = [k for k in sentence if k < r]
    if not earlier and _THIS_IS.search(ctx.paragraph_text(r)[: ctx.mentions[r].start]):
        paragraph, number = ctx.sentence_of[r]
        earlier = ctx.by_sentence.get((paragraph, number - 1), []) if number > 0 else []
    for j in reversed(earlier):
        if ctx.dimension(j) in (None, "percent", "points"):
            continue
        if ctx.mentions[j].type != "count" or not ctx.statistic(j):
            return None
        return j
    return None


_VERB_TO = re.compile(
    r"(?i)\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|jumped|slipped|edged (?:up|down)"
    r"|(?:was|were) (?:up|down))\b(?:[^.;]|(?<=\d)\.(?=\d)){0,30}?\bto\s*(?:[A-Z]{2,3}\s?)?[$€£¥]?\s*$"
)
_THEN_FROM = re.compile(r"(?i)^(?:[^.;,\d]|\b(?:19|20)\d\d\b){0,30}?,?\s*from\s*(?:[A-Z]{2,3}\s?)?[$€£¥]?\s*$")
_THEN_RATE = re.compile(
    rf"(?i)^(?:[^.;,\d]|\b(?:19|20)\d\d\b){{0,30}}?(?:,\s*|\s*\(\s*)(?:or\s+|(?:{_UP})|(?:{_DOWN}))?\s*[-+−]?\s*$"
)


def _to_from(ctx: Context) -> Iterator[Relation]:
    """ "rose to L in May from A in April, an increase of r percent": r is the growth from A to L; a
    change N written before "to" is L − A."""
    for level in range(len(ctx.mentions) - 1):
        base = level + 1
        if ctx.sentence_of[base] != ctx.sentence_of[level] or not _VERB_TO.search(ctx.before(level, 60)):
            continue
        if not _THEN_FROM.match(ctx.between(level, base)) or not _comparable(ctx, level, base):
            continue
        if ctx.dimension(level) in (None, "percent", "points") or ctx.mentions[level].type != "count":
            continue
        rate = base + 1
        if (
            rate < len(ctx.mentions)
            and ctx.sentence_of[rate] == ctx.sentence_of[level]
            and ctx.mentions[rate].unit in _PERCENT
            and _THEN_RATE.match(ctx.between(base, rate))
        ):
            words = _WORDS.search(ctx.before(rate, 40))
            negative = ctx.mentions[rate].negative or ctx.mentions[rate].value.lstrip().startswith(("-", "−"))
            if words is None or negative == (words.group(2) is not None):
                check = {"growth": {"from": ctx.ref(base), "to": ctx.ref(level)}}
                yield Relation(rate, check, 0.75, f"{ID}: the change in percent from the level after 'from'")
        change = level - 1
        verb = CHANGE_VERB_BEFORE.search(ctx.before(change, 30)) if change >= 0 else None
        if (
            change >= 0
            and ctx.sentence_of[change] == ctx.sentence_of[level]
            and (ctx.mentions[change].type in ("change", "difference") or verb is not None)
            and same_dimension(ctx, [change, level, base])
            and re.fullmatch(r"(?i)\s*to\s*(?:[A-Z]{2,3}\s?)?[$€£¥]?\s*", ctx.between(change, level))
        ):
            signed = ctx.mentions[change].negative or ctx.mentions[change].value.lstrip().startswith(("-", "−"))
            down = verb is not None and verb.group(1) is not None and not signed  # "fell $4.2 billion": A − L
            pair = [ctx.ref(base), ctx.ref(level)] if down else [ctx.ref(level), ctx.ref(base)]
            check = {"difference": pair}
            yield Relation(change, check, 0.75, f"{ID}: the change from the level after 'from' to the level after 'to'")


_RATE_THEN_NOUN = re.compile(
    r"(?i)^\s*(?:percent|per cent|%)?\s*(?:(increase|rise|growth|gain|jump)|(decrease|decline|drop|fall|reduction))"
    r"\s+in\s+[^.;\d()]{1,60}\(\s*$"
)


def _rate_then_level(ctx: Context) -> Iterator[Relation]:
    """ "there was a 19.9 percent increase in visitor arrivals (8,472) compared to the previous month
    (7,281)": the rate first, its level in brackets after the noun it counts, then the base."""
    for r, mention in enumerate(ctx.mentions):
        if mention.unit not in _PERCENT or ctx.quantities[r] is None or mention.type in ("rank", "label", "date"):
            continue
        after = [j for j in ctx.in_sentence(r) if j > r]
        if len(after) < 2:
            continue
        level, base = after[0], after[1]
        words = _RATE_THEN_NOUN.match(ctx.between(r, level))
        if words is None or not _TO_BASE.match(ctx.between(level, base)):
            continue
        negative = mention.negative or mention.value.lstrip().startswith(("-", "−"))
        if negative != (words.group(2) is not None) or ctx.mentions[level].type != "count":
            continue
        if ctx.dimension(level) in (None, "percent", "points") or not _comparable(ctx, level, base):
            continue
        check = {"growth": {"from": ctx.ref(base), "to": ctx.ref(level)}}
        yield Relation(r, check, 0.75, f"{ID}: the change in percent, its level in brackets, then the base")
