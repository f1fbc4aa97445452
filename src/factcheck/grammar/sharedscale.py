"""A scale word written once for a list of amounts in one currency: "SEK 24 and SEK 10 billion" is
24 billion and 10 billion kronor, "€3 or €5 million" 3 million and 5 million euros.

The first amount is bare (no scale of its own), both stand in the same currency (the second may leave
it out: "SEK 24 and 10 billion"), and "and" or "or" joins them: "fell by 5 to 3 million" is no list.
`factcheck extract` drafts the first amount with the shared scale, and the citation check reads the
quote the same way, so the draft's quote verifies.
"""

from __future__ import annotations

import re

_CURRENCY = r"(?:SEK|NOK|DKK|ISK|EUR|USD|GBP|CHF|PLN|CZK|HUF|JPY|CNY|RMB|AUD|CAD|NZD|US\$|NZ\$|A\$|C\$|HK\$|\$|€|£|¥)"
_LIST = re.compile(
    rf"(?<![\w$€£¥])(?P<cur>{_CURRENCY})\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?:and|or)\s+(?:(?P=cur)\s?)?"
    r"\d[\d,]*(?:\.\d+)?\s?(?P<scale>thousand|million|billion|trillion|bn|mn)\b"
)


def shared_scales(text: str) -> dict[int, str]:
    """{where a bare amount starts: the scale it shares (" billion")} for the lists of `text`."""
    if "illion" not in text and "bn" not in text and "thousand" not in text:
        return {}
    return {m.start("n"): f" {m.group('scale')}" for m in _LIST.finditer(text)}


def shared_scale_values(quote: str) -> list[tuple[str, str]]:
    """(amount, shared scale) for the bare amounts of the quote's lists: [("24", " billion")]."""
    return [(quote[start:].split(None, 1)[0], scale) for start, scale in shared_scales(quote).items()]
