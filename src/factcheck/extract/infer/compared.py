"""A count compared with another period's, both counts stated: "There were 8 more bankruptcies in
September than in the previous month" with September's and August's numbers in the text (a table
of months, or sentences): `difference` of the two levels on the compared figure.

The compared figure counts the noun after "more" / "fewer" (its unit); its own period is the one
it is about, and the words after "than" name the other: the previous month or quarter, a year
earlier (the same period of the year before), or a month by name. Each level is the one figure of
that noun in that period (the nearest when it is stated twice); nothing is drafted when either is
missing or when the period has two different counts of the noun. A figure compared with no period
("8 more than expected") is not this pattern's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "compared"

_MONTHS = ("january february march april may june july august september october november december").split()
_COMPARED = re.compile(
    r"(?i)^\s*(?:more|fewer|less)\s+(?:[a-z]+-)?[a-z]{3,}s\b(?P<rest>(?:[^.;:!?]|\.(?=\d))*?)\bthan\b"
)
_THAN = re.compile(
    r"(?i)^\s*(?:in|during|on)?\s*(?:the\s+)?(?:"
    r"(?P<previous>previous|preceding|prior)\s+(?P<unit>month|quarter|year)|(?P<unit2>month|quarter|year)\s+before"
    r"|a\s+(?P<unit3>month|quarter|year)\s+(?:earlier|ago|before)|(?P<last>last|a)\s+year"
    r"|same\s+(?:month|quarter|period)\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year(?:\s+earlier)?"
    r"|(?P<month>" + "|".join(_MONTHS) + r")\b(?:\s+(?P<year>(?:19|20)\d\d))?)"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if mention.type != "difference" or not mention.unit or not mention.period or ctx.quantities[i] is None:
            continue
        found = _COMPARED.match(ctx.paragraph_text(i)[mention.value_start + len(mention.value.lstrip("-")) :])
        if found is None:
            continue
        text = ctx.paragraph_text(i)
        after_than = text[mention.value_start + len(mention.value.lstrip("-")) + found.end() :]
        base = _base_period(mention.period, _THAN.match(after_than))
        if base is None:
            continue
        now, then = _level(ctx, i, mention.period), _level(ctx, i, base)
        if now is None or then is None or now == then:
            continue
        check = {"difference": [ctx.ref(now), ctx.ref(then)]}
        yield Relation(i, check, 0.8, f"{ID}: a count compared with another period's, both stated")


def _base_period(period: str, than: re.Match[str] | None) -> str | None:
    """The period the words after "than" name, from the compared figure's own period."""
    if than is None:
        return None
    month = re.fullmatch(r"(\d{4})-(\d{2})", period)
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", period)
    year = int(period[:4]) if re.match(r"\d{4}", period) else None
    unit = than.group("unit") or than.group("unit2") or than.group("unit3")
    if than.group("month"):
        if month is None:
            return None
        number = _MONTHS.index(than.group("month").lower()) + 1
        named = int(than.group("year")) if than.group("year") else None
        own = int(month.group(1))
        return f"{named or (own if number < int(month.group(2)) else own - 1)}-{number:02d}"
    if unit == "year" or than.group("last") or re.search(r"(?i)\byear\b", than.group()):
        return None if year is None else f"{year - 1}{period[4:]}"
    if unit == "month" and month:
        number = int(month.group(2))
        return f"{int(month.group(1)) - (number == 1)}-{(number - 2) % 12 + 1:02d}"
    if unit == "quarter" and quarter:
        number = int(quarter.group(2))
        return f"{int(quarter.group(1)) - (number == 1)}-Q{(number - 2) % 4 + 1}"
    return None


def _level(ctx: Context, i: int, period: str) -> int | None:
    """The figure of the compared noun in `period`: a level (not a change), nearest to the comparison."""
    index = ctx.memo.get(ID)
    if index is None:  # the levels by (period, unit), filed once per document
        index = ctx.memo[ID] = {}
        for j, other in enumerate(ctx.mentions):
            if (
                other.type == "count"
                and ctx.statistic(j)
                and ctx.quantities[j] is not None
                and not other.value.lstrip().startswith(("-", "−", "+"))
            ):
                index.setdefault((other.period, (other.unit or "").casefold()), []).append(j)
    found = [j for j in index.get((period, (ctx.mentions[i].unit or "").casefold()), []) if j != i]
    if len({ctx.midpoint(j) for j in found}) > 1:
        return None  # two different counts of the noun in that period: which one is compared is not said
    return min(found, key=lambda j: abs(j - i), default=None)
