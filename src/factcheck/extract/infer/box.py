"""A key-figure box restating the body (English): `same`, each box value to its body value.

A release opens with a box of lines under headings ("Exports (calendar and seasonally adjusted
exports of goods), February 2023" / "136.7 billion euros" / "+4.0% on the previous month"); the body
states each value again in a sentence ("German exports were up by 4.0% …", "Germany exported goods
to the total value of 136.7 billion euros"). A box line's figure is the body figure with:

- the very same digits, unit, sign and period (another month's "+16.0 billion euros in January" is
  not February's);
- the words of the box's heading (its subject, before the brackets: "Exports", "Foreign trade
  balance") in the body figure's own part of its sentence ("… exports increased by 7.6%", not
  "imports by 3.8%"), a word and its forms (exports, exported) one word;
- one such body figure only, or the first of them; when no body figure of the subject has its
  digits, the one (and only one) within 5 % of it: a wrong digit in the box or in the body.

The box line carries the check (confidence 0.7).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import PERIOD_WORDS, Context, Relation, block_heading, words
from factcheck.extract.infer.partition import segment

ID = "box"


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    lines = {i: _subject(block_heading(ctx, i)) for i in range(len(ctx.mentions)) if ctx.statistic(i)}
    body: dict[tuple[str, str | None], list[int]] = {}  # by unit and period: looked up, not scanned
    for j in range(len(ctx.mentions)):
        if ctx.statistic(j) and not block_heading(ctx, j) and not _line(ctx, j):  # a box line is no body statement
            body.setdefault((ctx.mentions[j].unit or "", ctx.mentions[j].period), []).append(j)
    stems: dict[int, frozenset[str]] = {}  # the words of each body figure's segment, stemmed once
    for i, subject in lines.items():
        if not subject:
            continue
        first = ctx.mentions[i]
        near = []
        for j in body.get((first.unit or "", first.period), []):
            second = ctx.mentions[j]
            if (
                second.paragraph == first.paragraph
                or (ctx.midpoint(i) or 0) * (ctx.midpoint(j) or 0) <= 0
                or not subject <= (stems.get(j) or stems.setdefault(j, _stems(words(segment(ctx, j)))))
            ):
                continue
            if _digits(first.value) == _digits(second.value):
                yield Relation(i, {"same": ctx.ref(j)}, 0.7, "same: a key-figure box restates the body")
                break
            if abs((ctx.midpoint(i) or 0) - (ctx.midpoint(j) or 0)) <= 0.05 * abs(ctx.midpoint(j) or 0):
                near.append(j)
        else:
            if len(near) == 1:  # no body figure has its digits: the one of the subject within 5 % (a typo)
                yield Relation(
                    i, {"same": ctx.ref(near[0])}, 0.55, "same: a key-figure box restates the body (digits differ)"
                )


def _subject(heading: str) -> frozenset[str]:
    """The heading's subject, before its brackets or comma, as stems: "Exports (…), February 2023" → export."""
    name = re.split(r"[(,:]", heading)[0]
    return _stems(words(name) - PERIOD_WORDS)


def _stems(found: frozenset[str]) -> frozenset[str]:
    return frozenset(re.sub(r"(?:ed|ing|s)$", "", w) for w in found)


def _digits(value: str) -> str:
    return re.sub(r"[,\s]|billion|million|thousand", "", value.lstrip("+-−"))


def _line(ctx: Context, j: int) -> bool:
    """A title or box line (no sentence): never the body statement."""
    text = ctx.paragraph_text(j).strip()
    return len(text) <= 120 and not re.search(r"[.!?]\s+\S", text) and not text.endswith(".")
