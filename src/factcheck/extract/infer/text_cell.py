"""A figure of the text restating one cell of a table row (English): `same`.

"The Consumer Price Index in 2018 was 104.45(2015=100)" and the table row "Index | … | 104.45 |"
under the column 2018: one fact stated twice. What ties them: the row's label, every content word
of it, is in the text's sentence before the figure; the two have the same period, unit and sign and
one magnitude; and that cell is the only one so named in the document (two rows "Index" and "Index
excluding food" both named by the sentence tie nothing). Words that set the text's figure apart
from the row ("excluding", "core", "seasonally adjusted", a subgroup) and not in the label tie
nothing either. The text's figure carries the check; another value is a wrong digit in one of them
(one digit or two swapped, or a rounding), never a figure all of whose digits differ, and a change
("increased by 5.0%") never restates a level or a share.
Its ", up 1.5 percent from the previous year" is then the growth from the row's cell of the year
before to the text's figure, and the same fact as the cell of that column in the table's row of
changes right below ("Change over the previous year | … | 1.5"), when the table has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.clauses import sentences
from factcheck.extract.infer.base import Context, Relation, words

ID = "text-cell"

_APART = re.compile(
    r"(?i)\b(?:excluding|except|ex|less|without|core|other|seasonally|adjusted|non|male|female|men|women|"
    r"youth|rural|urban|average|annual|monthly|quarterly)\b"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    cells = [j for j in range(len(ctx.mentions)) if _row_label(ctx, j)]
    if not cells:
        return
    ties: dict[int, list[int]] = {}
    for i in range(len(ctx.mentions)):
        if "|" in ctx.paragraph_text(i) or not ctx.statistic(i) or ctx.quantities[i] is None:
            continue
        ties[i] = [j for j in cells if _tied(ctx, i, j)]
    by_cell: dict[int, list[int]] = {}
    for i, found in ties.items():
        for j in found:
            by_cell.setdefault(j, []).append(i)
    for i, found in ties.items():
        if len(found) == 1 and by_cell[found[0]] == [i] and _restates(ctx, i, found[0]):
            yield Relation(i, {"same": ctx.ref(found[0])}, 0.6, f"{ID}: the text restates the table row's cell")
            yield from _growth_from_the_year_before(ctx, i, found[0])


_MOVE = re.compile(
    r"(?i)^\s*,?\s*(?:(up|rose|increased|an increase of)|(down|fell|decreased|a decrease of))(?: by)?\s*$"
)
_YEAR_BEFORE = re.compile(
    r"(?i)^\s*(?:percent|per cent|%)?\s*(?:from|over|on|compared with) the (?:previous|preceding) year\b"
)


def _growth_from_the_year_before(ctx: Context, level: int, cell: int) -> Iterator[Relation]:
    """ "… in 2018 was 104.45(2015=100), up 1.5 percent from the previous year", the row giving 2017
    too: on the percent, the growth from the row's 2017 cell to the text's level."""
    rate = level + 1
    if rate >= len(ctx.mentions) or ctx.sentence_of[rate] != ctx.sentence_of[level]:
        return
    if ctx.dimension(rate) != "percent" or not _YEAR_BEFORE.match(ctx.after(rate, 60)):
        return
    found = _MOVE.match(re.sub(r"\([^()]*\)", "", ctx.between(level, rate)))
    negative = ctx.mentions[rate].value.lstrip().startswith(("-", "−"))
    if found is None or negative != (found.group(2) is not None):
        return
    year = ctx.mentions[cell].period or ""
    if not re.fullmatch(r"(?:19|20)\d\d", year):
        return
    row = ctx.by_paragraph[ctx.mentions[cell].paragraph]
    before = [j for j in row if ctx.mentions[j].period == str(int(year) - 1)]
    if len(before) == 1:
        check = {"growth": {"from": ctx.ref(before[0]), "to": ctx.ref(level)}}
        yield Relation(rate, check, 0.6, f"{ID}: the change from the year before's cell of the row the text restates")
    changes = [
        j for j in _table_rows(ctx, cell) if ctx.mentions[j].period == year and _CHANGE_ROW.search(_label(ctx, j))
    ]
    if len(changes) == 1 and ctx.dimension(changes[0]) == "percent":  # "Change over the previous year | … | 1.5"
        yield Relation(
            rate, {"same": ctx.ref(changes[0])}, 0.6, f"{ID}: the table's row of changes restates the change"
        )


_CHANGE_ROW = re.compile(
    r"(?i)^\s*(?:(?:percent(?:age)? )?change|growth)(?: rate)?\s*(?:\(%\)\s*)?"
    r"(?:over|from|on) (?:the )?(?:previous|preceding) year\s*$"
)


def _table_rows(ctx: Context, cell: int) -> list[int]:
    """The cells of the table rows right after the cell's row (lines with '|', none between)."""
    found: list[int] = []
    number = ctx.mentions[cell].paragraph + 1
    while number in ctx.by_paragraph and "|" in ctx.document.paragraphs[number - 1].text:
        found.extend(ctx.by_paragraph[number])
        number += 1
    return found


def _label(ctx: Context, j: int) -> str:
    """A table row's label: its text before its first figure, without the cell separators."""
    first = ctx.by_paragraph[ctx.mentions[j].paragraph][0]
    return ctx.paragraph_text(j)[: ctx.mentions[first].start].replace("|", " ")


def _row_label(ctx: Context, j: int) -> frozenset[str]:
    """The content words of a table row's label, when mention j is a cell of such a row."""
    text = ctx.paragraph_text(j)
    if "|" not in text or not ctx.statistic(j):
        return frozenset()
    first = ctx.by_paragraph[ctx.mentions[j].paragraph][0]
    label = text[: ctx.mentions[first].start].replace("|", " ")
    if re.search(r"\d", label):
        return frozenset()
    return words(label)


def _restates(ctx: Context, i: int, j: int) -> bool:
    """The one cell the text's words name is restated by its figure: the same kind (a change never
    restates a level or a share: "foreign tourist nights increased by 5.0%") and one figure (`_one_slip`)."""
    a, b = ctx.mentions[i], ctx.mentions[j]
    return not ("growth" in (a.type, b.type) and a.type != b.type) and _one_slip(a.value, b.value)


def _one_slip(a: str, b: str) -> bool:
    """Whether two figures are one written twice: the same, one rounded from the other, or the same
    length of digits with one digit wrong ("104.45" and "104.54" swapped, not 79.4 and 92.3)."""
    x, y = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if x.startswith(y) or y.startswith(x):
        return True
    if len(x) != len(y):
        return False
    wrong = [k for k in range(len(x)) if x[k] != y[k]]
    return len(wrong) <= 1 or (len(wrong) == 2 and wrong[1] == wrong[0] + 1 and x[wrong[0]] == y[wrong[1]])


def _tied(ctx: Context, i: int, j: int) -> bool:
    a, b = ctx.mentions[i], ctx.mentions[j]
    if a.period is None or a.period != b.period or (a.unit or "") != (b.unit or ""):
        return False
    if a.value.lstrip().startswith(("-", "−")) != b.value.lstrip().startswith(("-", "−")):
        return False
    x, y = ctx.midpoint(i), ctx.midpoint(j)
    if x is None or y is None or x <= 0 or y <= 0 or not 0.5 <= x / y <= 2:
        return False
    label = _row_label(ctx, j)
    text = ctx.paragraph_text(i)
    sentence = text[sentences(text)[ctx.sentence_of[i][1]].start : a.start]
    if not label or not label <= words(sentence):
        return False
    return words(" ".join(_APART.findall(sentence))) <= label
