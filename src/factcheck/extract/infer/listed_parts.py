"""A share said to be that of the parts listed after it, each with its own share in brackets (English):
`sum` on the total. Also a share followed by "the following <things>:" and such a list ("About 50 per
cent … were engaged in one of the following industries: trade (12.0 per cent), …").

"the most of them (79.4%) were realised by tourists from Germany (21.3%), Italy (16.6%), …, the
Netherlands (5.4%) and Slovakia (4.7%)": the words before the bracketed total say it gathers the
parts ("the most of them", "the majority", "together", "in total", "altogether", "combined"), and the
rest of its sentence is one list of names, each with a bracketed percent, joined by commas and a
last "and". A list with anything else between its items (another figure, a clause) or that goes on
after its last item is left alone; so is a bracketed figure no such words introduce ("Exports (12%) to
Germany (3%) and France (4%)" says nothing of the rest).

The values are never consulted: a wrong part fails the check. The total carries it (0.6).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "listed-parts"

_GATHERS = re.compile(
    r"(?i)\b(?:(?:the )?most of (?:them|these|it)|the majority(?: of (?:them|these))?|together|in total|altogether|"
    r"combined|jointly)\s*\($"
)
#: One item of the list: a name (words starting with a capital, "the" allowed before) and its bracketed share.
_ITEM = re.compile(r"(?:the )?[A-Z][\w'.-]*(?: [A-Za-z][\w'.-]*){0,3} \(\s*$")
#: "in one of the following industries:" after a share: the list that follows is what it gathers, its items
#: named in any case ("wholesale and retail trade (12.0 per cent)").
_FOLLOWING = re.compile(r"(?i)\b(?:one of )?the following\b[^.;:\d()]{0,30}:\s*[^.;:\d()]{0,60}\($")
_NAMED_ITEM = re.compile(r"(?i)(?:the )?[a-z][\w'.-]*(?: [a-z][\w'.-]*){0,5} \(\s*$")
#: What may stand between two items: a comma, or a last "and".
_JOIN = re.compile(r"^\s*%?\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions)):
        if ctx.dimension(i) != "percent" or not ctx.statistic(i):
            continue
        if _GATHERS.search(ctx.before(i, 40)):
            parts = _listed(ctx, i, _ITEM)
        elif _introduces_list(ctx, i):  # "About 50 per cent … in one of the following industries: trade (12.0 …"
            parts = _listed(ctx, i, _NAMED_ITEM)
        else:
            continue
        if len(parts) >= 2 and same_dimension(ctx, [i, *parts]) and _same_period(ctx, [i, *parts]):
            check = {"sum": [ctx.ref(j) for j in parts]}
            yield Relation(i, check, 0.6, f"{ID}: the listed parts' shares add up to the share said to gather them")


def _introduces_list(ctx: Context, total: int) -> bool:
    later = [j for j in ctx.in_sentence(total) if j > total]
    return bool(later) and _FOLLOWING.search(ctx.between(total, later[0])) is not None


def _listed(ctx: Context, total: int, item: re.Pattern[str]) -> list[int]:
    """The figures of the list after the total, each after its name in brackets, up to the sentence's end."""
    later = [j for j in ctx.in_sentence(total) if j > total]
    if len(later) < 2:
        return []
    text = ctx.paragraph_text(total)
    for k, j in enumerate(later):
        previous = ctx.mentions[later[k - 1]] if k else None
        lead = text[previous.end : ctx.mentions[j].start] if previous else ""
        if previous is not None:
            join = _JOIN.match(lead)
            if join is None or not item.fullmatch(lead[join.end() :]):
                return []
        elif not item.search(ctx.before(j, 60)) or ctx.mentions[j].type != "count":
            return []
        if ctx.mentions[j].type != "count":
            return []
    tail = text[ctx.mentions[later[-1]].end :]
    return later if re.fullmatch(r"\s*%?\s*\)\s*(?:[.;]\s.*|[.;]?\s*)", tail, re.S) else []


def _same_period(ctx: Context, indexes: list[int]) -> bool:
    return len({ctx.mentions[j].period for j in indexes}) == 1
