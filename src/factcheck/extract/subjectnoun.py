"""What a bare English figure counts when only its subject names it: "net mortgage approvals for house
purchase fell by 500 to 64,500" counts approvals (both the change and the new level).

The subject is a plural noun (with a short "for …"/"of …" complement) right before a change verb or a
verb of a total (totalled, numbered, reached; not "were": "Openings in June were 3.1 million" keeps no
unit), and the figure follows the verb (after "by" for the change, after "to" for the level reached); or
the figure stands in brackets right after the noun ("overnight visitors (1.4 million)").
Plural nouns that name amounts of money, prices, rates or indices (exports, prices, earnings, loans),
or no thing at all (figures, levels, numbers), count nothing: their figures keep no unit. People and
things the unit table counts (persons, people) stay unnamed, as a bare figure already counts them.
"""

from __future__ import annotations

import re

from factcheck.grammar.units import UNIT_TABLE

_VERBS = (
    r"fell|rose|increased|decreased|declined|grew|dropped|climbed|jumped|slipped|edged (?:up|down)|"
    r"went (?:up|down)|totall?ed|reached|numbered|stood at|amounted to|came to"
)
_SUBJECT = re.compile(
    r"(?i)(?:^|[\s(])(?P<noun>[a-z]{3,}s)(?:\s+(?:for|of|on|from|in)\s+[a-z][a-z -]{0,40}?)?\s+"
    rf"(?:{_VERBS})(?:\s+(?:by|to)\s+(?:about\s+|around\s+|some\s+)?"
    r"|\s+by\s+\d[\d,]*(?:\s+(?:thousand|million))?\s+to\s+(?:about\s+|around\s+|some\s+)?"
    r"|\s+(?:about\s+|around\s+|some\s+)?)$"
)
#: The figure in brackets after its noun: "Overnight visitors (1.4 million) and same-day visitors (1.3 million)".
_BRACKETED = re.compile(r"(?i)(?:^|[\s(])(?P<noun>[a-z]{3,}s)\s?\(\s?(?:about\s+|around\s+|some\s+)?$")
#: Plurals whose figures are money, prices, rates, indices, or no thing: never a count's unit.
_NOT_COUNTED = frozenset(
    "prices exports imports sales earnings wages salaries costs rates yields deposits loans assets "
    "liabilities reserves receipts revenues expenditures profits losses savings balances flows inflows "
    "outflows payments taxes incomes returns stocks shares bonds securities spreads premiums rents "
    "figures levels numbers totals values volumes amounts terms readings estimates results data "
    "indices indexes indicators statistics prices' hours weeks months years days points percents "
    "goods services products things items means averages rates' margins contributions effects "
    "scores ratings ratios temperatures medians gaps differences changes increases decreases declines "
    "rises falls drops emissions expenses purchases investments holdings debts borrowings transfers "
    "its this was has is as plus thus less across towards versus".split()
)


def subject_noun(folded: str, value_start: int) -> str | None:
    """The plural noun a bare figure at `value_start` counts, named only as its subject, or None."""
    window = folded[max(0, value_start - 120) : value_start]
    match = _SUBJECT.search(window) or _BRACKETED.search(window)
    if match is None:
        return None
    noun = match.group("noun").lower()
    if noun in _NOT_COUNTED or noun.endswith(("ss", "us", "is", "ics")):  # "process", "status", "basis"
        return None
    known = UNIT_TABLE.get(noun)  # "employed persons": people, as a bare figure counts them (as `counted_noun`)
    return None if known is not None and known.dimension == "count" else noun
