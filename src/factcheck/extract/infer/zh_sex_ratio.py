"""The sex ratio of a population from its men and women stated: `formula` men ÷ women × 100.

全市常住人口性别比(以女性为100，男性对女性的比例)为102.08, with 男性 1623.17万 and 女性 1590.17万 (in the
text or its table): 1623.17 ÷ 1590.17 × 100 = 102.08.

- the ratio is said with 性别比 and no unit (or 以女性为100), of a population, not of births
  (出生人口性别比, 出生婴儿性别比 are of the babies born, which the text rarely splits);
- the men and the women are the one figure each of the text named 男性/男 and 女性/女 in 人, of the
  ratio's period; with two or more of either, which population they are of is not said: nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, core, label_of

ID = "zh-sex-ratio"

_RATIO = re.compile(r"性别比(?:[(（][^()（）]{0,30}[)）])?(?:为|是|达到?)?$")
_BIRTHS = re.compile(r"出生|婴儿|新生")
_MEN = re.compile(r"^(?:其中[:：]?)?(?:男性|男)(?:人口)?$")
_WOMEN = re.compile(r"^(?:其中[:：]?)?(?:女性|女)(?:人口)?$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if mention.unit not in (None, "") or mention.type != "count" or ctx.quantities[i] is None:
            continue
        text = ctx.paragraph_text(i)[: mention.start]
        clause = re.split(r"[，,；;。](?![^()（）]*[)）])", text[max(text.rfind("。"), text.rfind("；")) + 1 :])[-1]
        if not _RATIO.search(clause) or _BIRTHS.search(clause):
            continue
        men = _named(ctx, _MEN, mention.period)
        women = _named(ctx, _WOMEN, mention.period)
        if men is None or women is None:
            continue
        formula = f"{{{ctx.ref(men)}}} / {{{ctx.ref(women)}}} * 100"
        yield Relation(i, {"formula": formula}, 0.75, f"{ID}: men per 100 women of the population stated")


def _named(ctx: Context, name: re.Pattern[str], period: str | None) -> int | None:
    found = [
        j
        for j in ctx.named_candidates
        if (ctx.mentions[j].unit or "") == "人"
        and ctx.mentions[j].period == period
        and name.match(re.sub(r"[\s\u3000|]", "", core(label_of(ctx, j))))
    ]
    return found[0] if len(found) == 1 else None
