"""Lines of a table flattened to text: where a line's trailing row of figures starts, and whether
two figures are cells of two rows (two statistics, never one restated)."""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context

# A row of a table flattened to text: three or more figures ending the line, apart only by spaces
# or bars ("Sales volume 1.7 5.6 4.6 0.4 3.4 -1.0", "居民消费价格 | 2.0 | 2.1 | 1.9 |"). A figure is
# `[-+−(]?\d[\d,.]*\)?%?`; the first may end a longer word.
_FIGURE = re.compile(r"[-+−(]?\d[\d,.]*\)?%?")
_CELL = re.compile(r"[^\s|]+")


def figure_row_start(text: str) -> int | None:
    """Where the trailing row of figures starts, or None: one pass over the line's cells from the
    end (a regular expression searched from every start is quadratic on a long line of digits)."""
    cells = [(m.start(), m.group()) for m in _CELL.finditer(text)]
    count, start = 0, None
    while cells and _FIGURE.fullmatch(cells[-1][1]):
        count, start = count + 1, cells.pop()[0]
    if cells:  # the cell before the run may end with a figure ("abc1.5"): it counts from there
        offset, cell = cells[-1]
        suffix = _figure_suffix(cell)
        if suffix is not None:
            count, start = count + 1, offset + suffix
    return start if count >= 3 else None


def _figure_suffix(cell: str) -> int | None:
    """The leftmost offset from which the rest of the cell is one figure, or None."""
    end = len(cell)
    if end and cell[end - 1] == "%":
        end -= 1
    if end and cell[end - 1] == ")":
        end -= 1
    run = end
    while run and (cell[run - 1].isdecimal() or cell[run - 1] in ",."):  # what `\d` matches
        run -= 1
    first_digit = next((k for k in range(run, end) if cell[k].isdecimal()), None)
    if first_digit is None:
        return None
    if first_digit == run and run and cell[run - 1] in "-+−(":
        return run - 1
    return first_digit


def _row_label(ctx: Context, i: int) -> str | None:
    """The label of a short line that holds one figure after it ("2023-03 44.925", "Exports: 5.1"), or
    figures only ("Transport 3.1 0.0"), or None for any other line."""
    mention = ctx.mentions[i]
    text = ctx.paragraph_text(i)
    if len(text) > 80:
        return None
    first = min(ctx.mentions[k].start for k in ctx.by_paragraph.get(mention.paragraph, (i,)))
    if len(ctx.by_paragraph.get(mention.paragraph, ())) == 1 and not text[mention.end :].strip():
        return text[: mention.start].strip(" \t:|") or None
    if not _ONLY_FIGURES.fullmatch(text[first:]):
        return None
    return text[:first].strip(" \t:|") or None


#: A line's cells after its label, figures only: "3.1 0.0", "| 2.0 | -1.4% |".
_ONLY_FIGURES = re.compile(r"[-+−]?\d[\d,.]*%?(?:[\s|]+[-+−]?\d[\d,.]*%?)*[\s|]*")


def two_rows(ctx: Context, i: int, j: int) -> bool:
    """Two lines of a table or a chart's series, each a label and its figure, the labels apart."""
    first, second = _row_label(ctx, i), _row_label(ctx, j)
    return first is not None and second is not None and first != second


def in_figure_row(ctx: Context, i: int) -> bool:
    paragraph = ctx.mentions[i].paragraph
    starts = ctx.memo.setdefault("figure_row_start", {})
    if paragraph not in starts:
        starts[paragraph] = figure_row_start(ctx.paragraph_text(i))
    start = starts[paragraph]
    return start is not None and ctx.mentions[i].start >= start
