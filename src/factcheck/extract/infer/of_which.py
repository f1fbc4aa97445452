"""A total and its groups in one English sentence, "of which" / "Of the …": `sum`.

"The population was 5.2 million, of whom 2.6 million were men and 2.6 million women"; "Of the
25,000 employed persons in May, 18,000 were in full-time work and 7,000 in part-time work"; "Total
retail sales were $500 million in May, of which food sales were $200 million and non-food sales
$300 million". The parts partition the total only when their words form a complete set: men and
women, male and female, urban and rural, full-time and part-time, or a word and its negation (food
and non-food, farm and nonfarm, oil and non-oil). "of which 2.6 million were over 65" names a
subset, never a partition: nothing is drafted.

- the total is the figure followed by ", of which" / ", of whom" / ", comprising" / ", made up
  of" (never "including": a list of some), or the figure right after a
  sentence's opening "Of the" (its own words up to the comma);
- the parts are the next figures of the sentence, joined only by "and" / "," and the group words;
  each part's words — all on the same side of the figures, before them ("food sales were $200
  million") or after them ("2.6 million were men") — hold exactly one member of the set, every
  member once;
- total and parts are levels (not rates, not changes) of one dimension and period.

The values are never consulted: a wrong part fails the check. The total carries it (0.7).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.counted import counted_alike

ID = "of-which"

_SETS = (("male", "female"), ("men", "women"), ("males", "females"), ("urban", "rural"), ("full-time", "part-time"))
_OF_WHICH = re.compile(
    r"(?i)^[^.;\d]{0,60}?,\s*(?:(?:out )?of (?:which|whom)|comprising|consisting of|made up of)\b[^.;\d]{0,40}$"
)
_OF_THE = re.compile(r"(?:^|[.;:]\s*)Of (?:the|a total of)\s*[$£€]?\s*$")
_OF_THE_REST = re.compile(r"^[^.;\d]{0,60},\s*$")
_JOIN = re.compile(r"(?i)^[^.;\d]{0,60}$")
_SHARE_ASIDE_IN = re.compile(r"\(\s*\d[\d.,]*\s*(?:%|percent|per cent)\s*\)")
#: The next sentence says what the total is made of: "It is made up of", "This consists of".
_MADE_UP_NEXT = re.compile(
    r"(?i)^[^.;\d]{0,40}\.\s+(?:it|this|the total)\s+(?:(?:is|was)\s+(?:made up|composed|comprised)\s+of|"
    r"consists\s+of|consisted\s+of|comprises)\b[^.;\d]{0,40}$"
)
_NEGATED = re.compile(r"(?i)\bnon-?\s?([a-z]{3,})\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for total in range(len(ctx.mentions)):
        if not _level(ctx, total):
            continue
        sentence = [j for j in ctx.in_sentence(total) if j > total]
        following = sentence or _next_sentence(ctx, total)
        if not following:
            continue
        after = ctx.between(total, following[0])
        if not sentence:  # "… was IDR 505,469. It is made up of the Food Poverty Line of IDR 374,455 and …"
            if not _MADE_UP_NEXT.match(after):
                continue
            sentence = following
        else:
            opened = _OF_THE.search(_sentence_before(ctx, total)) is not None and _OF_THE_REST.match(after)
            if not (_OF_WHICH.match(after) or opened):
                continue
        parts = _parts(ctx, total, sentence)
        # "1239.8 thousand, out of which 659.7 thousand persons": the unit word on the parts only
        if parts is None or not counted_alike(ctx, [total, *parts]):
            continue
        if any(ctx.mentions[j].period != ctx.mentions[total].period for j in parts):
            continue
        check = {"sum": [ctx.ref(j) for j in parts]}
        yield Relation(total, check, 0.7, f"{ID}: the groups listed after the total partition it")
        for part in parts:  # "the Food Poverty Line of IDR 374,455 (74.08 percent)": the part's share
            share = next((j for j in sentence if j == part + 1 and _aside(ctx, j)), None)
            if share is not None:
                check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(total)}}
                yield Relation(share, check, 0.7, f"{ID}: a part's share of the total, in brackets after it")


def _next_sentence(ctx: Context, total: int) -> list[int]:
    paragraph, sentence = ctx.sentence_of[total]
    return [j for j in ctx.in_paragraph(total) if ctx.sentence_of[j] == (paragraph, sentence + 1)]


def _parts(ctx: Context, total: int, following: list[int]) -> list[int] | None:
    """The two figures after the total, when their words name a complete set, one member each (a part's
    share in brackets after it, "(74.08 percent)", is no figure between them)."""
    following = [j for j in following if not _aside(ctx, j)]
    parts = following[:2]
    if len(parts) < 2 or not all(_level(ctx, j) for j in parts):
        return None
    if not _JOIN.match(_SHARE_ASIDE_IN.sub(" ", ctx.between(parts[0], parts[1]))):
        return None
    if any(_level(ctx, j) and counted_alike(ctx, [total, j]) for j in following[2:]):
        return None  # "…, 2.6 million women and 0.4 million children": a third group the set leaves out
    text = ctx.paragraph_text(total)
    end = ctx.mentions[following[2]].start if len(following) > 2 else _sentence_end(text, parts[-1], ctx)
    before = [ctx.between(total, parts[0]).split(",")[-1], ctx.between(parts[0], parts[1])]
    last = ctx.mentions[parts[1]]
    after = [ctx.between(parts[0], parts[1]), text[last.value_start + len(last.value) : end]]
    return parts if _complete(before) or _complete(after) else None


def _aside(ctx: Context, j: int) -> bool:
    """A share written in brackets after a part: "IDR 374,455.00 (74.08 percent)"."""
    text, mention = ctx.paragraph_text(j), ctx.mentions[j]
    return ctx.dimension(j) == "percent" and bool(
        re.search(r"\(\s*$", text[: mention.start]) and re.match(r"\s*\)", text[mention.end :])
    )


def _complete(windows: list[str]) -> bool:
    """Each window holds one member of one complete set, every member once."""
    negated = {m.group(1).lower() for window in windows for m in _NEGATED.finditer(window)}
    found = [_members(window, negated) for window in windows]
    if any(len(f) != 1 for f in found):
        return False
    names = {next(iter(f)) for f in found}
    if len(names) != len(windows):
        return False
    if any(names == set(group) for group in _SETS):
        return True
    return any(names == {word, f"non:{word}"} for word in negated)


def _members(window: str, negated: set[str]) -> set[str]:
    """The set words a window holds: group words, a negated word ("non:food") and the word it negates."""
    found = {f"non:{m.group(1).lower()}" for m in _NEGATED.finditer(window)}
    plain = _NEGATED.sub(" ", window)
    found |= {w for group in _SETS for w in group if re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", plain)}
    found |= {w for w in negated if re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", plain)}
    return found


def _level(ctx: Context, j: int) -> bool:
    mention = ctx.mentions[j]
    return (
        ctx.statistic(j)
        and mention.type == "count"
        and ctx.quantities[j] is not None
        and ctx.dimension(j) not in (None, "percent", "points")
    )


def _sentence_before(ctx: Context, j: int) -> str:
    text = ctx.paragraph_text(j)
    start = ctx.mentions[j].start
    return text[max(text.rfind(". ", 0, start) + 2, 0) if ". " in text[:start] else 0 : start]


def _sentence_end(text: str, j: int, ctx: Context) -> int:
    end = text.find(". ", ctx.mentions[j].end)
    return end if end >= 0 else len(text)
