"""Thousands written in ways the number grammar does not read by itself, shared by `extract` (which
drafts the value) and the citation check (which finds it in the quote, as the draft reads it):

- a header that scales the figure after it: "Imports (US'000) $499,119" is 499,119 thousand dollars;
  the header's "000" is no figure;
- thousands grouped by points in two or more groups: "1.074.552" is 1,074,552 (a decimal has one
  point).
"""

from __future__ import annotations

import re

#: "(US'000)", "('000)", "(US$'000)", "(EUR'000)"; group "money": the currency it names.
THOUSANDS_MARK = re.compile(r"\((?P<money>US\$?|[A-Z]{3}|\$)?\s?['’]000\)")
#: What may stand between the header and the figure it scales: a currency sign.
AFTER_MARK = re.compile(r"\s*(?:US\$|[A-Z]{2,3}\$|\$)?\s*")
_SCALED = re.compile(THOUSANDS_MARK.pattern + r"\s*(?:US\$|[A-Z]{2,3}\$|\$)?\s*(?P<n>\d[\d,]*(?:\.\d+)?)")
_POINT_GROUPS = re.compile(r"(?<![\d.])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\dA-Za-z]|\.\d)")


def thousands_header_values(quote: str) -> list[tuple[str, str]]:
    """(figure, " thousand") for each figure right after a thousands header in the quote."""
    return [(found.group("n"), " thousand") for found in _SCALED.finditer(quote)] if "000" in quote else []


def with_comma_groups(text: str) -> str:
    """`text` with thousands grouped by points written with commas: "1.074.552" → "1,074,552"."""
    return _POINT_GROUPS.sub(lambda found: found.group().replace(".", ","), text) if "." in text else text
