"""A lead sentence restating a table's total row, column by column (English): `same`.

"The consumer price index for Japan in December 2009 was 99.6(2005=100), down 0.2% from the
previous month, and down 1.7% over the year." over "Table 1 Japan, December 2009", a header
"Index Monthly Change(%) Annual Change(%)" and the row "General | 99.6 -0.2 -1.7"; "the consumer
price index increased 2.9% in August 2010 compared to August of the previous year and 0.0% compared
to July this year" over "Change of the consumer price index by commodity groups, August 2010", the
header "August 2009 – August 2010, % July 2010 – August 2010, %" and the row "TOTAL 2.9 0.0".

What ties them, never the digits:

- the row is the table's total: its label is only "General", "Total", "All items" or "All groups";
- the lines right above it with no statistic (up to six; a group's heading in brackets left out)
  are the table's title and, under it, the header; the header names each column's kind, in
  order: the index level ("Index"), the change on the month ("Monthly", a span of one month "July
  2010 – August 2010") or on the year ("Annual", a span of twelve months); one kind for each of
  the row's cells, none twice;
- the sentence names what the title names (its words but "Table N", the period and "by …");
- in that sentence, each column's kind is one figure's: a level in no percent for the index, a
  percent whose words say "previous month" / "in the month" / "compared to <the month before>"
  or "over the year" / "previous year" / "annual"; every column found once, of the row's period.

The sentence's figure carries the check; confidence 0.55.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, words

ID = "total-row"

_TOTAL = re.compile(r"^\s*(?:General|Total|TOTAL|All items|All groups|All-items)\s*\|?\s*[-+−(]?\d")
_MONTHS = "january february march april may june july august september october november december".split()
_SHORT = {m[:3]: n for n, m in enumerate(_MONTHS, 1)}
_SPAN = re.compile(r"(?i)\b([a-z]{3})[a-z]*\.?\s+((?:19|20)\d\d)\s*[–—-]\s*([a-z]{3})[a-z]*\.?\s+((?:19|20)\d\d)\b")
_KIND_WORDS = re.compile(r"(?i)\b(index|monthly|month-on-month|annual|yearly|year-on-year)\b")
_MONTHLY = re.compile(r"(?i)\b(?:previous|preceding) month\b|\bin the month\b|\bmonth-on-month\b|\bmonthly\b")
_ANNUAL = re.compile(
    r"(?i)\bover the year\b|\b(?:previous|preceding) year\b|\bannual\b|\byear-on-year\b|\ba year (?:ago|earlier)\b"
)
_TITLE_NOISE = re.compile(r"(?i)^\s*table\s+[\w.]+\s*|\bby [a-z ]+|\b(?:19|20)\d\d\b|[,:;()|-]")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for number, cells in ctx.by_paragraph.items():
        if not _TOTAL.match(ctx.document.paragraphs[number - 1].text) or len(cells) < 2:
            continue
        above = _above(ctx, number)
        if len(above) < 2:
            continue
        kinds = _kinds(" ".join(above[1:]))  # the title's "consumer price index" names no column
        if kinds is None or len(kinds) != len(cells):
            continue
        title = words(_TITLE_NOISE.sub(" ", above[0])) - set(_MONTHS) - {"change"}
        if not title:
            continue
        yield from _restated(ctx, cells, kinds, title)


def _above(ctx: Context, number: int) -> list[str]:
    """The lines right above a row with no statistic in them (title first), up to six."""
    lines: list[str] = []
    for k in range(number - 1, max(number - 7, 0), -1):
        if any(ctx.statistic(j) for j in ctx.by_paragraph.get(k, [])):
            break
        lines.insert(0, ctx.document.paragraphs[k - 1].text)
    # "(Ten Major Group Index) |": a group's heading in brackets, no column's name
    return [line for line in lines if re.search(r"[A-Za-z]", line) and not re.fullmatch(r"\s*\(.*\)\s*\|?\s*", line)]


def _kinds(header: str) -> list[str] | None:
    """The columns' kinds in order: "level", "month", "year"; None when a kind comes twice."""
    found: list[tuple[int, str]] = []
    for span in _SPAN.finditer(header):
        first, second = _SHORT.get(span.group(1).lower()), _SHORT.get(span.group(3).lower())
        if first is None or second is None:
            return None
        months = (int(span.group(4)) - int(span.group(2))) * 12 + second - first
        found.append((span.start(), {1: "month", 12: "year"}.get(months, "?")))
    plain = _SPAN.sub(" ", header)
    for word in _KIND_WORDS.finditer(plain):
        kind = word.group(1).lower()
        found.append((word.start(), "level" if kind == "index" else "month" if "month" in kind else "year"))
    kinds = [kind for _, kind in sorted(found)]
    return kinds if kinds and "?" not in kinds and len(set(kinds)) == len(kinds) else None


def _restated(ctx: Context, cells: list[int], kinds: list[str], title: frozenset[str]) -> Iterator[Relation]:
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for j in range(len(ctx.mentions)):
        if "|" not in ctx.paragraph_text(j) and ctx.statistic(j) and j not in cells:
            by_sentence.setdefault(ctx.sentence_of[j], []).append(j)
    found = []
    for figures in by_sentence.values():
        text = ctx.paragraph_text(figures[0])
        start = text.rfind(". ", 0, ctx.mentions[figures[0]].start) + 1
        if not title <= words(text[start : ctx.mentions[figures[0]].start]):
            continue
        chosen = [_one(ctx, figures, kind, ctx.mentions[cells[0]].period) for kind in kinds]
        if all(j is not None for j in chosen):
            found.append(chosen)
    if len(found) != 1:
        return
    for j, cell in zip(found[0], cells):
        if j is not None and ctx.mentions[j].period == ctx.mentions[cell].period:
            yield Relation(j, {"same": ctx.ref(cell)}, 0.55, f"{ID}: the sentence restates the table's total row")


def _one(ctx: Context, figures: list[int], kind: str, period: str | None) -> int | None:
    """The one figure of the sentence of a column's kind ("compared to July" the month before the row's)."""
    before = ""
    if period and re.fullmatch(r"\d{4}-\d\d", period):
        before = _MONTHS[(int(period[5:]) - 2) % 12]
    if kind == "level":
        fit = [
            j
            for j in figures
            if ctx.dimension(j) not in (None, "percent", "points") and ctx.mentions[j].type == "count"
        ]
    else:
        pattern = _MONTHLY if kind == "month" else _ANNUAL
        fit = [
            j
            for j in figures
            if ctx.dimension(j) == "percent"
            and (
                pattern.search(_local(ctx, j))
                or (kind == "month" and before and _previous_month(_local(ctx, j), before))
            )
        ]
    return fit[0] if len(fit) == 1 else None


def _previous_month(local: str, month: str) -> bool:
    """ "compared to July this year": the month before, not "compared to August of the previous year"."""
    found = re.search(rf"(?i)\bcompared (?:to|with) {month}\b(?! of the previous year)", local)
    return found is not None and not _ANNUAL.search(local)


def _local(ctx: Context, j: int) -> str:
    """The words after the figure up to the next one, in its sentence ("down 0.2% from the previous
    month, and down 1.7% over the year": each figure's frequency follows it)."""
    text = ctx.paragraph_text(j)
    later = [ctx.mentions[k].start for k in ctx.in_sentence(j) if k > j and ctx.statistic(k)]
    stop = text.find(". ", ctx.mentions[j].end)
    return text[ctx.mentions[j].end : min([*later, stop if stop >= 0 else len(text)])]
