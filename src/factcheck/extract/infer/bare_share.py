"""A level and its share of a whole the text does not name (English): `share` under `x-todo`.

"The largest buyer was Ruritania with 41.2 million dollars, which is 28.4 percent", "exports to
Freedonia amounted to 30.5 million dollars (21.0 percent)", "…, reaching 8.3 percent": a percent
right after a level, naming no whole ("of …" after it is the `share` pattern's). The whole is the
total the level is part of, from a source. Neither figure may be a change: "rose by 5,000 (1.2%)"
is a change and its percent; so is a signed percent, "USD 8.8 billion (-6.8%)", "(plus 17.7%)":
a share is never written with a sign.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import CHANGE_VERB_BEFORE, FILL, Context, Relation

ID = "bare-share"

_BETWEEN = re.compile(
    r"(?i)^\s*(?:\(|,\s*(?:which\s+(?:is|was|makes|made)|that\s+is|reaching|making\s+up))\s*"
    r"(?:about|around|nearly|almost|some)?\s*$"
)
#: After the percent: the end of the bracket, clause or sentence, never "of the total" (a named whole).
_AFTER = re.compile(r"^\s*(?:\)|[,.;]|$)")
#: "rose to", "rose by 120,000 to": the level a change reached, whose percent is the change's.
_CHANGED_TO = re.compile(
    r"(?i)\b(?:rose|increased|grew|climbed|jumped|fell|decreased|declined|dropped)\b[^.;]{0,40}?\bto\s*[$£€]?\s*$"
)
_SIGNED = re.compile(r"(?i)(?:[-+\u2212]|\b(?:plus|minus))\s*$")
_CHANGE_AFTER = re.compile(r"(?i)^\s*\)?\s*(?:increase|decrease|rise|fall|growth|higher|lower|more|less|up|down)\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for level in range(len(ctx.mentions) - 1):
        share = level + 1
        if not _level(ctx, level) or not _share(ctx, share):
            continue
        if ctx.sentence_of[level] != ctx.sentence_of[share] or not _BETWEEN.match(ctx.between(level, share)):
            continue
        after = ctx.after(share, 30)
        bracket = ctx.between(level, share).strip().startswith("(")
        if not _AFTER.match(after) or _CHANGE_AFTER.match(after) or bracket != after.lstrip().startswith(")"):
            continue
        whole = {"source": FILL + "a source id", "series": FILL + f"the total ./{ctx.names[level]} is part of"}
        if ctx.mentions[share].period:
            whole["period"] = ctx.mentions[share].period
        check = {"share": {"part": ctx.ref(level), "whole": whole}}
        note = "the whole is not stated in the document: name the source that gives it"
        yield Relation(share, check, 0.55, f"{ID}: a level's share of a total the document does not state", True, note)


def _level(ctx: Context, k: int) -> bool:
    mention = ctx.mentions[k]
    if not ctx.statistic(k) or mention.type != "count" or ctx.dimension(k) in (None, "", "percent", "points"):
        return False
    return not CHANGE_VERB_BEFORE.search(ctx.before(k, 30)) and not _CHANGED_TO.search(ctx.before(k, 30))


def _share(ctx: Context, k: int) -> bool:
    mention = ctx.mentions[k]
    if mention.value.startswith(("-", "+", "\u2212")) or _SIGNED.search(ctx.before(k, 8)):
        return False
    return ctx.statistic(k) and mention.type == "count" and ctx.dimension(k) == "percent" and not mention.negative
