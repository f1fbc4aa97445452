"""A publisher's address block: the short lines just before its telephone, fax or e-mail line.

"Jl. Dr. Sutomo 6-8" / "Jakarta 10710 Indonesia" / "Telp (62-21) 3841195" / "Mailbox : bps@…": the
street number and the postcode are where the publisher is, not statistics. A line is taken for an
address only when it is short, states no rate, and runs without a break into a contact line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CONTACT_LINE = re.compile(
    r"(?i)^\s*(?:phone|tel|telp|telephone|telefon|fax|faks|e-?mail|mailbox|contact)\b\.?\s*:?\s*[+(\d]"
    r"|^\s*(?:e-?mail|mailbox)\b[^@\n]{0,12}\S+@\S+"
)
_RATE = re.compile(r"(?i)%|per ?cent|percentage")
#: How far back from a contact line an address runs, and how long its lines are.
_LINES_BACK, _SHORT = 3, 60


def address_lines(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of the paragraphs that are address lines (0-based, as in `paragraphs`)."""
    found: set[int] = set()
    for index, text in enumerate(paragraphs):
        if not _CONTACT_LINE.search(text):
            continue
        for back in range(index - 1, max(-1, index - 1 - _LINES_BACK), -1):
            line = paragraphs[back]
            if len(line) > _SHORT or _RATE.search(line) or _CONTACT_LINE.search(line):
                break
            found.add(back)
    return found
