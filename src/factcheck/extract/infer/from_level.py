"""A change from an earlier level the text states, to a level it does not (English): `difference` under `x-todo`.

"The number of poor people in urban areas in March 2022 decreased by 0.04 million people from 11.86
million people in September 2021": the change is the level now (March 2022, not stated) minus the
earlier level stated right after "from". When a level "to" follows ("from A to B") the change is
checked in the text (the `change` pattern's), and nothing is drafted here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, same_dimension

ID = "from-level"

_BY = re.compile(
    r"(?i)\b(?:increased|decreased|rose|fell|declined|grew|dropped|went (?:up|down)|edged (?:up|down))\s+by\s*"
    r"(?:[A-Z]{3}\s?)?[$€£]?\s*$"
)
_FROM = re.compile(r"(?i)^\s*(?:[a-z]+\s+){0,2}from\s*(?:[A-Z]{3}\s?)?[$€£]?\s*$")
_TO = re.compile(r"(?i)^[^.;\d]{0,30}?\bto\b")
_FALL = re.compile(r"(?i)\b(?:decreased|fell|declined|dropped|went down|edged down)\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        earlier = i + 1
        if (
            mention.type not in ("change", "difference")
            or earlier >= len(ctx.mentions)
            or ctx.sentence_of[earlier] != ctx.sentence_of[i]
            or not _BY.search(ctx.before(i, 30))
            or not _FROM.match(ctx.between(i, earlier))
            or not ctx.statistic(earlier)
            or ctx.mentions[earlier].type != "count"
            or ctx.dimension(i) in ("percent", "points")
            or not same_dimension(ctx, [i, earlier])
        ):
            continue
        following = earlier + 1
        if following < len(ctx.mentions) and ctx.sentence_of[following] == ctx.sentence_of[i]:
            if _TO.match(ctx.between(earlier, following)):
                continue  # "from A to B": checked in the text
        yield _relation(ctx, i, earlier)


def _relation(ctx: Context, i: int, earlier: int) -> Relation:
    mention = ctx.mentions[i]
    now = {
        "source": FILL + "a source id",
        "series": FILL + f"the series of ./{ctx.names[earlier]}, for the later period",
        "period": mention.period or FILL + "the period of the change",
    }
    signed = mention.negative or mention.value.lstrip().startswith(("-", "−"))
    fell = not signed and bool(_FALL.search(ctx.before(i, 30)))
    pair = [ctx.ref(earlier), now] if fell else [now, ctx.ref(earlier)]
    note = "the later level is not in the document: name the source that gives it"
    rule = f"{ID}: a change from a level the text states, to one it does not"
    return Relation(i, {"difference": pair}, 0.6, rule, todo=True, note=note)
