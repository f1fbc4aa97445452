"""A change over a month of the text, from the two months' levels of a series the document lists
(English): `growth`.

"In March 2023, household consumption expenditures in goods decreased by 1.3% over a month in
volume*, after a 0.8% decline in February 2023" and, under the heading "Total consumption of goods",
the lines "2023-03 44.925", "2023-02 45.533", "2023-01 45.881": -1.3% is the growth from 45.533 to
44.925, -0.8% the growth from 45.881 to 45.533. What ties them, every time:

- the series is a run of three lines or more, each a month ("2023-03") and one figure, under a
  heading of words only (its content words, apart from "total", "monthly", "data", say what it is);
- the figure's sentence says the change is over a month ("over a month", "month-on-month", "from
  the previous month") and, before the figure, every content word of the series' heading;
- the figure is a percent change of a month the series lists, and of the month before it;
- one series only is so named; a figure stated again (the same words repeated) is drafted once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, words

ID = "month-series"

_LINE = re.compile(r"^\s*(\d{4})-(\d{2})\s+(-?[\d.,]+)\s*$")
_OVER_A_MONTH = re.compile(
    r"(?i)\bover (?:a|one|the) month\b|\bmonth[- ]on[- ]month\b|\bm/m\b"
    r"|\b(?:from|on|over|compared (?:with|to)) the (?:previous|preceding|prior) month\b"
)
_FRAME = frozenset({"total", "monthly", "month", "data", "series", "value", "level"})


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    series = _series(ctx)
    if not series:
        return
    seen: set[tuple[str, str | None]] = set()
    for i, mention in enumerate(ctx.mentions):
        if mention.type != "growth" or mention.unit != "%" or not mention.period or not ctx.statistic(i):
            continue
        month = re.fullmatch(r"(\d{4})-(\d{2})", mention.period)
        if month is None:
            continue
        text = ctx.paragraph_text(i)
        start = text.rfind(". ", 0, mention.start) + 1
        stop = text.find(". ", mention.end)
        sentence = text[start : stop if stop >= 0 else len(text)]
        if not _OVER_A_MONTH.search(sentence):
            continue
        said = words(text[start : mention.start])
        named = [levels for heading, levels in series if heading <= said]
        if len(named) != 1:
            continue
        year, number = int(month.group(1)), int(month.group(2))
        earlier = f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"
        levels = named[0]
        if mention.period not in levels or earlier not in levels or (mention.value, mention.period) in seen:
            continue
        seen.add((mention.value, mention.period))
        check = {"growth": {"from": ctx.ref(levels[earlier]), "to": ctx.ref(levels[mention.period])}}
        yield Relation(
            i, check, 0.6, f"{ID}: the change over a month from the series' levels of {earlier} and its month"
        )


def _series(ctx: Context) -> list[tuple[frozenset[str], dict[str, int]]]:
    """Each run of month lines: (the content words of its heading, the level's mention by month)."""
    found = []
    paragraphs = ctx.document.paragraphs
    n = 0
    while n < len(paragraphs):
        run: dict[str, int] = {}
        first = n
        while n < len(paragraphs) and (line := _LINE.match(paragraphs[n].text)) is not None:
            indexes = ctx.by_paragraph.get(paragraphs[n].number, [])
            value = [j for j in indexes if ctx.mentions[j].value.replace(",", "") == line.group(3).replace(",", "")]
            if len(value) == 1:
                run[f"{line.group(1)}-{line.group(2)}"] = value[0]
            n += 1
        if len(run) >= 3:
            heading: set[str] = set()
            above = first - 1
            while above >= 0 and first - above <= 3 and paragraphs[above].text.strip():
                text = paragraphs[above].text
                if re.search(r"\d", text) or len(text) > 80:
                    break
                heading |= words(text)
                above -= 1
            if heading - _FRAME:
                found.append((frozenset(heading - _FRAME), run))
        n = max(n, first + 1)
    return found
