"""A change in percent against an earlier period whose level the text does not state (English):
a growth under `x-todo`, the earlier level a source placeholder.

- "about 188,000 arrivals or 2% more than in August 2018", "641,000 overnight stays or 3% fewer
  than in August 2018": the level, "or", then its change written as more / fewer than the
  earlier period. The growth runs from the earlier level to the level.
- "Over 1 million arrivals … were recorded. Compared to August 2018, the number of arrivals
  increased by 8%": the earlier period leads the sentence, no figure stands before the change in
  it, and one level of what changed (a word of the subject in its unit, or in its clause when it has none: "The index
  level of the consumer price index was 107.0 … Compared to the previous month, the average price
  level increased by 0.5%") is stated before it in the paragraph, for the same period: the growth
  to that level.
- "The index level of the consumer price index … was 107.0 in September … the inflation rate was
  +1.2%": an inflation rate, and the first index level of its paragraph and period: the growth to
  that level from the index a year (or, when the sentence says so, a month) earlier.
The value is checked as signed ("3% fewer" is read as −3 %).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, words

ID = "than-period"

_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_WHEN = (
    rf"(?:the )?(?:(?:{_MONTHS})(?: (?:19|20)\d\d)?\b|(?:19|20)\d\d\b"
    rf"|(?:previous|preceding|prior|same|last) (?:year|month|quarter|week|period|{_MONTHS})\b)"
)
#: After the change: " more than in August 2018", "% fewer than the previous month".
_THAN = re.compile(
    r"(?i)^\s*(?:percent|per cent|%)?\s*(?:more|fewer|less|higher|lower) than (?:in |on |at |during )?"
    rf"(?P<when>{_WHEN})"
)
#: Between the level and its change: " arrivals or ", " overnight stays, or ".
_OR = re.compile(r"(?i)^[^\d.;()]{0,40}?,?\s\bor\s*$")
#: The sentence opening with the earlier period: "Compared to August 2018, the number of arrivals increased by".
_LEAD = re.compile(
    rf"(?i)^\s*(?:compared (?:with|to)|relative to|against) (?P<when>{_WHEN})\s*,(?P<subject>[^.;\d]{{3,80}}?)"
    r"\b(?:increased|decreased|rose|fell|declined|grew|dropped)\s+by\s*$"
)
_FRAME = frozenset({"number", "the", "of", "total", "level", "value", "volume"})


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions)):
        if not ctx.statistic(i) or ctx.dimension(i) != "percent" or ctx.quantities[i] is None:
            continue
        than = _THAN.match(ctx.after(i, 60))
        if than is not None:
            level = i - 1
            if (
                level >= 0
                and ctx.sentence_of[level] == ctx.sentence_of[i]
                and _level(ctx, level, i)
                and _OR.match(ctx.between(level, i))
            ):
                yield _growth(ctx, i, level, than.group("when"))
            continue
        lead = _lead(ctx, i) or _inflation(ctx, i)
        if lead is not None:
            level, when = lead
            yield _growth(ctx, i, level, when)


#: "the inflation rate was +1.2%", "an inflation rate of 0.1 per cent": a rate of the price index.
_INFLATION = re.compile(r"(?i)\binflation rate\b[^.;\d]{0,30}$")
_MONTHLY = re.compile(r"(?i)previous month|month-on-month|monthly")


def _inflation(ctx: Context, i: int) -> tuple[int, str] | None:
    """The index level an inflation rate is of (the first stated in its paragraph for its period,
    named "index" in its clause: "107.42 … (August revised 106.34)" is of 107.42), and the period
    compared with."""
    if not _INFLATION.search(ctx.before(i, 60)):
        return None
    levels = [
        j
        for j in ctx.in_paragraph(i)
        if j != i
        and _level(ctx, j, i)
        and not ctx.mentions[j].unit
        and re.search(r"(?i)\bindex\b", ctx.mentions[j].head)
    ]
    if not levels:
        return None
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    end = text.find(". ", start)
    sentence = text[max(text.rfind(". ", 0, start), -1) + 1 : end if end >= 0 else len(text)]
    return levels[0], "the previous month" if _MONTHLY.search(sentence) else "the same period a year earlier"


def _level(ctx: Context, j: int, i: int) -> bool:
    return (
        ctx.statistic(j)
        and ctx.mentions[j].type == "count"
        and ctx.quantities[j] is not None
        and ctx.dimension(j) not in ("percent", "points", "permille")
        and ctx.mentions[j].period == ctx.mentions[i].period
    )


def _lead(ctx: Context, i: int) -> tuple[int, str] | None:
    """The level a change led by its earlier period is of, and that period, or None."""
    if any(ctx.statistic(j) for j in ctx.in_sentence(i) if j < i):
        return None
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    found = _LEAD.match(text[max(text.rfind(". ", 0, start), -1) + 1 : start])
    if found is None:
        return None
    subject = words(found.group("subject")) - _FRAME
    before = [j for j in ctx.in_paragraph(i) if j < i and _level(ctx, j, i)]
    named = [j for j in before if subject & words(ctx.mentions[j].unit or "")]
    if not named:  # a level with no noun of its own: named by its clause
        named = [j for j in before if not ctx.mentions[j].unit and subject & words(ctx.mentions[j].head)]
    return (named[-1], found.group("when").strip()) if len(named) == 1 else None


def _growth(ctx: Context, i: int, level: int, when: str) -> Relation:
    earlier = {
        "source": FILL + "a source id",
        "series": FILL + f"the series of ./{ctx.names[level]}, for the earlier period",
        "period": FILL + f"the period compared with ({when.strip()})",
    }
    note = "the earlier period's figure is not in the document: name the source that gives it"
    rule = f"{ID}: a change in percent against an earlier period, from a level the document does not state"
    return Relation(i, {"growth": {"from": earlier, "to": ctx.ref(level)}}, 0.6, rule, todo=True, note=note)
