"""A page's running header copied into the text: "2 Formal Sector Employment Stats Brief September
2017 STATISTICS BOTSWANA", "Consumer Price Index, March 2031 14".

A release copied from a PDF keeps each page's header line: the page number, then (or after) the
publication's name, which opens with the first words of the document's title. The number is the
page's, no figure; the line holds no other figure than years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PAGE_FIRST = re.compile(r"\s*(\d{1,3})\s+(?P<rest>\D.*)$", re.S)
_PAGE_LAST = re.compile(r"(?P<rest>.*\S)\s+(\d{1,3})\s*$", re.S)
_TITLE_WORDS = 3
_LONGEST = 160
_WORD = re.compile(r"[A-Za-z]+")


def running_headers(title: str, paragraphs: Sequence[str]) -> set[int]:
    """Indexes of the paragraphs (0-based) that are a running header: a page number before or after the
    first words of the title, no sentence, no other figure than a year."""
    opening = [word.lower() for word in _WORD.findall(title)[:_TITLE_WORDS]]
    if len(opening) < _TITLE_WORDS:
        return set()
    found: set[int] = set()
    for index, text in enumerate(paragraphs):
        if len(text) > _LONGEST or text.strip() == title.strip():
            continue
        match = _PAGE_FIRST.match(text) or _PAGE_LAST.match(text)
        if match is None:
            continue
        rest = match.group("rest")
        if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", rest)) or re.search(r"[.;!?](?:\s|$)", rest):
            continue
        if [word.lower() for word in _WORD.findall(rest)[:_TITLE_WORDS]] == opening:
            found.add(index)
    return found
