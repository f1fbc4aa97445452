"""English trade figures stated with the exports and imports they come from, in one paragraph:

- "the goods and services deficit was $39.5 billion in July … July exports were $186.3 billion …
  July imports were $225.8 billion": a deficit is `difference: [imports, exports]`; a surplus or a
  trade balance, `difference: [exports, imports]`;
- "… exports … imports … As a result, the euro area recorded a €18.7 bn surplus": the noun may
  follow the figure;
- "Total trade reached $45.0 billion: exports were $20.0 billion and imports $25.0 billion": total
  trade is `sum: [exports, imports]`.
The exports and the imports are levels of the figure's period and dimension, named by their own
words ("exports", "imports"; not both), not a comparison's base ("from $44.7 billion in June") nor a
change ("$3.4 billion more than June exports"); exactly one of each in the paragraph, else nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, label_of, same_dimension

ID = "balance"

_DEFICIT = re.compile(r"(?i)\bdeficits?\b")
_SURPLUS = re.compile(r"(?i)\b(?:surplus(?:es)?|trade balance|balance of trade|balance)\b")
_TOTAL = re.compile(
    r"(?i)\b(?:total (?:external |foreign )?trade|trade (?:turnover|volume)|"
    r"(?:external|foreign) (?:merchandise |goods )?trade(?! (?:balance|deficit|surplus)))\b"
)
#: "exports rise by 18.5% to reach USD 2,500.3 million": the level reached by the change named before it
_REACHED = re.compile(
    r"(?i)^[^.;]{0,160}?(?:\bto\s+reach|\breach(?:ing|ed)|\btotall?(?:ed|ing)|\bamount(?:ed|ing)\s+to|\bst(?:ood|anding)\s+at)"
    r"\s*(?:[$£€]|[A-Z]{3})?\s*$"
)
#: "recorded a €18.7 bn surplus": the balance named by the noun just after the figure.
_NAMED_AFTER = re.compile(
    r"(?i)^[\d.,\s]+(?:(?:bn|billion|million|mn|m|trillion|tn)\b\s*)?(?:trade\s+)?(?P<kind>deficit|surplus)\b"
)
_EXPORTS = re.compile(r"(?i)\bexports?\b")
_IMPORTS = re.compile(r"(?i)\bimports?\b")
_BASE = re.compile(r"(?i)\b(?:from|than|compared (?:with|to)|against|versus)\s+(?:the\s+)?[$£€]?\s*$")
_COMPARED_AFTER = re.compile(r"(?i)^\s*(?:more|less|higher|lower|above|below|up|down)\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions)):
        if not _level(ctx, i) or ctx.dimension(i) in ("percent", "points"):
            continue
        own = _own(ctx, i)
        if _EXPORTS.search(own) or _IMPORTS.search(own):
            continue  # "exports of goods fell": a figure of one side, not of the balance
        kind = "deficit" if _DEFICIT.search(own) else "surplus" if _SURPLUS.search(own) else None
        kind = "total" if kind is None and _TOTAL.search(own) else kind
        mention = ctx.mentions[i]
        after = _NAMED_AFTER.match(ctx.paragraph_text(i)[mention.value_start : mention.end + 20])
        kind = after.group("kind").lower() if kind is None and after else kind
        if kind is None:
            continue
        exports, imports = _side(ctx, i, _EXPORTS, _IMPORTS), _side(ctx, i, _IMPORTS, _EXPORTS)
        if exports is None or imports is None or not same_dimension(ctx, [i, exports, imports]):
            continue
        if kind == "total":
            check = {"sum": [ctx.ref(exports), ctx.ref(imports)]}
        elif kind == "deficit" and not ctx.mentions[i].value.lstrip().startswith(("-", "−")):
            check = {"difference": [ctx.ref(imports), ctx.ref(exports)]}
        else:
            check = {"difference": [ctx.ref(exports), ctx.ref(imports)]}
        yield Relation(i, check, 0.75, f"{ID}: the trade {kind} from the exports and imports stated with it")


def _own(ctx: Context, i: int) -> str:
    """The words naming figure i: its clause before it, from the figure before it in its paragraph; for the
    level a change reached ("exports rise by 18.5% to reach USD 2,500.3 million"), the change's words too."""
    if i > 0 and ctx.mentions[i - 1].paragraph == ctx.mentions[i].paragraph:
        between = ctx.between(i - 1, i)
        if (
            ctx.dimension(i - 1) == "percent"
            and ctx.sentence_of[i - 1] == ctx.sentence_of[i]
            and _REACHED.match(between)
        ):
            return _own(ctx, i - 1) + between
        return between if len(between) < len(label_of(ctx, i)) else label_of(ctx, i)
    return label_of(ctx, i)


def _level(ctx: Context, j: int) -> bool:
    mention = ctx.mentions[j]
    return (
        ctx.statistic(j)
        and mention.type == "count"
        and ctx.quantities[j] is not None
        and not _BASE.search(ctx.before(j, 30))
        and not _COMPARED_AFTER.match(ctx.after(j, 12))
    )


def _side(ctx: Context, i: int, named: re.Pattern[str], other: re.Pattern[str]) -> int | None:
    """The one level of the paragraph named `named` (and not `other`), of the figure's period."""
    paragraph = ctx.in_paragraph(i)
    if not any(named.search(_own(ctx, j)) for j in paragraph if j != i):  # the total, then its sides below it
        paragraph = ctx.by_paragraph.get(ctx.mentions[i].paragraph + 1, []) if _TOTAL.search(_own(ctx, i)) else []
    found = [
        j
        for j in paragraph
        if j != i
        and _level(ctx, j)
        and ctx.dimension(j) == ctx.dimension(i)
        and ctx.mentions[j].period == ctx.mentions[i].period
        and named.search(_own(ctx, j))
        and not other.search(_own(ctx, j))
    ]
    return found[0] if len(found) == 1 else None
