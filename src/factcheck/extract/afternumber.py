"""What `words.unit_after` and `priced_unit` try right after a number's end, compiled once, matched in place.

Matching in place (`pattern.match(text, at)`) rather than on a copy of the rest of the line keeps a
table flattened onto one long line linear: a copy per number made it quadratic. None of these looks
behind where it starts, so in place and on a copy they match the same.
"""

from __future__ import annotations

import re

from factcheck.grammar.units import known_unit

STARS = re.compile(r"\*{0,3}")
MARGIN = re.compile(r" ?\(±\s?\d[\d,]*(?:\.\d+)?\s?%?\)(?= [a-z])")
ODD_AFTER = re.compile(r"(?:-|\s)(?:odd|plus)\b|\+(?!\d)")
HYPHEN_PERCENT = re.compile(r"-(?:percent|per cent|percentage point)")
POINTS = re.compile(r"points?\b")
AREA = re.compile(r" (?:area|zone)\b")
PLURAL_NOUN = re.compile(r" ([a-z]{3,}s)\b(?![-'])")
RATE_UNIT = re.compile(r" ([A-Za-z]{1,3}/[A-Za-z]{1,3})(?![A-Za-z0-9/])")
ACRONYM_UNIT = re.compile(r" ([A-Z]{2,5})\b")
LATIN_UNIT = re.compile(r"[A-Za-z]{1,3}(?![A-Za-z])")
PER_WORD = re.compile(r" per ([a-z]+)\b")
#: "/gal", "/b", "/barrel" right after a unit or a money figure: per one of that word (a word, not
#: "/2" or "and/or"; nothing glued after it).
#: A chain of them is one unit: "IDR 505,469/capita/month", "/poor household/month" (two words only
#: before a "/"); the parts such a figure is made of take it (`partsperunit`).
_SLASH_PART = r"(?:[A-Za-z]{1,12} [A-Za-z]{1,12}(?=/)|[A-Za-z]{1,12})"
SLASH_WORD = re.compile(rf"/((?:{_SLASH_PART}/)*[A-Za-z]{{1,12}})(?![A-Za-z0-9/])")


_PRICE_OF = re.compile(r"(?i)\bprice (?:of|for) (?:a|an|one) ([a-z]+) of\b")


def priced_unit(folded: str, cursor: int, sentence_start: int, value_start: int) -> tuple[str | None, int]:
    """(the measured unit a money figure is a price per, end): "$1.22 per litre" after the figure,
    or "the average price of a litre of petrol … was $1.95" before it in its sentence."""
    per = PER_WORD.match(folded, cursor)
    if per and getattr(known_unit(per.group(1)), "dimension", "count") not in ("count", "", "percent"):
        return per.group(1), per.end()
    slash = SLASH_WORD.match(folded, cursor)  # "$47/barrel", "$2.11/gal": the price per the word, as written
    if slash:
        return "/" + slash.group(1), cursor + slash.end() - slash.start()
    named = list(_PRICE_OF.finditer(folded, sentence_start, value_start))
    if named and getattr(known_unit(named[-1].group(1)), "dimension", "count") not in ("count", "", "percent"):
        return named[-1].group(1), cursor
    return None, cursor
