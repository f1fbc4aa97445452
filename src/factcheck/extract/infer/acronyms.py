"""An English acronym read as the words it stands for: "the 2.3 percent rise in the CPI" names what
"The Consumer Price Index … increased by 2.3 percent" names.

An acronym (two to five capitals) stands for the words of the same document whose initials spell it,
each written with a capital ("Consumer Price Index" for CPI, "Gross Domestic Product" for GDP). A
release spells a measure out once and abbreviates it after, or the other way round; compared as words,
the two statements had nothing in common. An acronym the document never spells out stays as it is.
"""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context, words

_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def spelled_out(ctx: Context, signature: frozenset[str] | str) -> frozenset[str] | str:
    """The signature with each acronym the document spells out replaced by the words it stands for."""
    if not isinstance(signature, frozenset) or not ctx.english:
        return signature
    table = _table(ctx)
    found = [word for word in signature if word in table]
    if not found:
        return signature
    return (signature - set(found)).union(*(table[word] for word in found))


def _table(ctx: Context) -> dict[str, frozenset[str]]:
    if "acronyms" not in ctx.memo:
        text = ctx.document.text
        table: dict[str, frozenset[str]] = {}
        for acronym in sorted(set(_ACRONYM.findall(text))):
            phrase = r"\b" + r"\s+".join(f"{letter}[a-z]+" for letter in acronym) + r"\b"
            spelled = re.search(phrase, text)
            if spelled is not None:
                table[acronym.lower()] = words(spelled.group())
        ctx.memo["acronyms"] = table
    return ctx.memo["acronyms"]
