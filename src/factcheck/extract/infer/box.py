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
  digits, the one (and only one) within 5 % of it or one digit apart (`same.one_digit_apart`): a wrong
  digit in the box or in the body.

The box line carries the check (confidence 0.7).

A headline box may be a row of cells under a row of names ("Year-on-year growth rate | Quarter-on-
quarter growth rate" / "0.5 | 0.4"): a cell is the first body figure with its digits, unit, sign and
period whose sentence, up to it, holds the words that tell its column's name from the others'
("year-on-year"; "growth rate" names both columns and tells nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import PERIOD_WORDS, Context, Relation, block_heading, words
from factcheck.extract.infer.partition import segment
from factcheck.extract.infer.same import one_digit_apart

ID = "box"


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    yield from header_cells(ctx)
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
            close = abs((ctx.midpoint(i) or 0) - (ctx.midpoint(j) or 0)) <= 0.05 * abs(ctx.midpoint(j) or 0)
            if close or one_digit_apart(first.value, second.value):
                near.append(j)
        else:
            if len(near) == 1:  # no body figure has its digits: the one of the subject within 5 % or a digit (a typo)
                yield Relation(
                    i, {"same": ctx.ref(near[0])}, 0.55, "same: a key-figure box restates the body (digits differ)"
                )


def header_cells(ctx: Context) -> Iterator[Relation]:
    """Each cell of a row of figures under a row of names, as the first body figure restating it."""
    for i in range(len(ctx.mentions)):
        told = _column_words(ctx, i) if ctx.statistic(i) else frozenset()
        if not told:
            continue
        first = ctx.mentions[i]
        for j in range(i + 1, len(ctx.mentions)):
            second = ctx.mentions[j]
            if second.paragraph == first.paragraph or not ctx.statistic(j) or _line(ctx, j):
                continue
            if (first.unit, first.period, _digits(first.value)) != (second.unit, second.period, _digits(second.value)):
                continue
            if (ctx.midpoint(i) or 0) * (ctx.midpoint(j) or 0) <= 0:
                continue
            text = ctx.paragraph_text(j)
            if told <= words(text[max(text.rfind(". ", 0, second.start), -1) + 1 : second.start]):
                yield Relation(i, {"same": ctx.ref(j)}, 0.7, "same: a headline cell restated in the body")
                break


def _column_words(ctx: Context, i: int) -> frozenset[str]:
    """The words of the name over the figure's cell that no other name of the header row has."""
    number = ctx.mentions[i].paragraph
    if number < 2:
        return frozenset()
    row, header = ctx.document.paragraphs[number - 1].text, ctx.document.paragraphs[number - 2].text
    cells, names = row.split("|"), [name.strip() for name in header.split("|")]
    if len(names) < 2 or len(cells) != len(names) or any(re.search(r"\d", name) for name in names):
        return frozenset()
    if any(re.search(r"[^\d\s.,%+\-–−]", cell) for cell in cells):
        return frozenset()  # a row of figures only: a label opens a table row, not a headline box
    column = row[: ctx.mentions[i].value_start].count("|")
    others = frozenset().union(*(words(name) for k, name in enumerate(names) if k != column))
    return words(names[column]) - others


#: A heading that names only a span of time ("over the twelve months to June 2018:"): no subject.
_SPAN = re.compile(
    r"^\s*(?:over|during|in|for|within)?\s*(?:the\s+)?(?:past\s+|last\s+)?(?:[\w-]+\s+)?"
    r"(?:months?|quarters?|years?|weeks?)\s+(?:to|ending|ended|up\s+to|until)\b",
    re.IGNORECASE,
)


def _subject(heading: str) -> frozenset[str]:
    """The heading's subject, before its brackets or comma, as stems: "Exports (…), February 2023" → export."""
    if _SPAN.match(heading):
        return frozenset()
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
