"""A paragraph opening with 其中 goes on from the paragraph before it (copies of a PDF put each
sentence on a line of its own): the total it breaks down is there.

全年地区生产总值11459.00亿元，比上年增长13.6%。 / 其中，第一产业增加值940.01亿元，…；第二产业增加值…；
第三产业增加值…。 / 三次产业结构比为8.2:53.9:37.9。 — what one paragraph would state, on three lines:

- `sum` on the total: the parts right after 其中 form a set the statistics define as complete
  (第一/第二/第三产业, 城镇/乡村, 男/女, as in one paragraph), of the total's unit and period, and the
  paragraph before has that one figure of their unit and period (not a per-person value, an
  average or a rate);
- the structure a:b:c of those industries, on a line after them, is each one's share of that
  total (`formula`), as when all three stand in one paragraph.

Only the paragraph just before counts, and only when the parts' paragraph opens with 其中.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, find_named, same_dimension
from factcheck.extract.infer.partition import _NOT_ADDITIVE, _WHOLE_OF, GROUPS, label
from factcheck.extract.infer.structure import last_digit, structure_numbers

ID = "zh-continued"

_OPENS = re.compile(r"^\s*其中[，,：:]")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    totals: dict[tuple[int, ...], int] = {}
    for number, indexes in ctx.by_paragraph.items():
        if not _OPENS.match(ctx.document.paragraphs[number - 1].text) or number - 1 not in ctx.by_paragraph:
            continue
        found = _partition(ctx, indexes, ctx.by_paragraph[number - 1])
        if found is None:
            continue
        total, parts, names = found
        totals[tuple(parts)] = total
        rule = f"{ID}: the parts {names} after 其中 (a paragraph on) make up the total before"
        yield Relation(total, {"sum": [ctx.ref(j) for j in parts]}, 0.85, rule)
    if totals:
        yield from _structures(ctx, totals)


def _partition(ctx: Context, indexes: list[int], above: list[int]) -> tuple[int, list[int], str] | None:
    """The total of the paragraph before and the parts of a complete set opening this one."""
    candidates = [j for j in indexes if j in ctx.named_set]
    if len(candidates) < 2:
        return None
    labels = {j: label(ctx, j) for j in candidates}
    for group in sorted(GROUPS, key=len, reverse=True):
        chosen = _match(group, candidates, labels)
        if chosen is None or group in _WHOLE_OF or not same_dimension(ctx, chosen):
            continue
        period = ctx.mentions[chosen[0]].period
        if any(ctx.mentions[j].period != period for j in chosen):
            continue
        between = [j for j in candidates[: candidates.index(chosen[-1]) + 1] if j not in chosen]
        if any(same_dimension(ctx, [chosen[0], j]) for j in between):
            continue  # another figure of their kind among them: not the list of the set alone
        totals = [
            j
            for j in above
            if ctx.statistic(j)
            and ctx.mentions[j].type == "count"
            and same_dimension(ctx, [chosen[0], j])
            and ctx.mentions[j].period == period
        ]
        if len(totals) != 1 or _NOT_ADDITIVE.search(ctx.mentions[totals[0]].head):
            return None
        return totals[0], chosen, "/".join(labels[j] for j in chosen)
    return None


def _match(group: tuple[str, ...], candidates: list[int], labels: dict[int, str]) -> list[int] | None:
    """The first candidates, in order, one for each member of the group."""
    if len(candidates) < len(group):
        return None
    chosen = []
    for member in group:
        hit = next((j for j in candidates if j not in chosen and re.search(member, labels[j])), None)
        if hit is None:
            return None
        chosen.append(hit)
    return sorted(chosen) if candidates.index(min(chosen)) == 0 else None


def _structures(ctx: Context, totals: dict[tuple[int, ...], int]) -> Iterator[Relation]:
    """三次产业结构比为8.2:53.9:37.9 on a line after the industries: their shares of the total."""
    for number in ctx.by_paragraph:
        numbers = structure_numbers(ctx, number)
        if numbers is None:
            continue
        parts = [find_named(ctx, f"第{ordinal}产业增加值", numbers[0]) for ordinal in "一二三"]
        total = totals.get(tuple(sorted(p for p in parts if p is not None)))
        if total is None or None in parts or ctx.mentions[total].paragraph == ctx.mentions[numbers[0]].paragraph:
            continue
        written = [ctx.midpoint(j) for j in numbers]
        adjusted = None not in written and abs(sum(w for w in written if w is not None) - 100) < 1e-9
        why = f"{ID}: an industry's share of the total (a paragraph before) in the structure"
        for share, part in zip(numbers, parts):
            formula = f"{{{ctx.ref(part)}}} / {{{ctx.ref(total)}}} * 100"  # type: ignore[arg-type]
            fields = {"tolerance": last_digit(ctx.mentions[share].value)} if adjusted else {}
            yield Relation(share, {"formula": formula}, 0.7 if adjusted else 0.8, why, fields=fields)
