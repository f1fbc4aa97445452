"""List items under a lead about changes: "Contributing … were increases from the following countries;"
then "New Zealand (25,299 to 163,836)", "China (8,909 to 49,083)". Each bracket holds the change and the
level it reached, two figures, as "increases … (14.3% to 21.0%)" in one sentence is read (`classify`);
read alone, the item looked like a range. Why: the change word is in the lead, not in the item's line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

#: A lead line: it ends in ":" or ";" and speaks of changes.
_LEAD = re.compile(
    r"(?i)\b(?:increas\w*|decreas\w*|rises?|rose|falls?|fell|declin\w*|grew|gains?|drops?|changes?)\b[^.]*[:;]\s*$"
)
#: A list item: a name, then its bracket ("Rest of Asia (", "Japan (182 to 6,274) and Canada (…)").
_ITEM = re.compile(r"[A-Z][\w.’' -]{0,50}\s\(")
#: The pair in its bracket, nothing else in it: "(25,299 to 163,836)".
_PAIR = re.compile(r"\((\d[\d,]*(?:\.\d+)?) to (\d[\d,]*(?:\.\d+)?)\)")


class _Mention(Protocol):
    value: str
    value_start: int
    start: int
    end: int
    type: str


def list_lead(text: str, lead: bool) -> bool:
    """Whether the paragraph after `text` is still under a lead about changes (`lead`: this one was)."""
    if _LEAD.search(text):
        return True
    return lead and len(text) <= 120 and bool(_ITEM.match(text))


def split_listed_pairs(text: str, found: list[_Mention]) -> None:
    """Each "(A to B)" range of a list item under such a lead becomes the change A and the level B."""
    for index in range(len(found) - 1, -1, -1):
        mention = found[index]
        pair = _PAIR.match(text, mention.value_start - 1) if mention.type == "range" else None
        if pair is None:
            continue
        change = replace(mention, value=pair.group(1), end=pair.end(1), type="change")
        level = replace(mention, value=pair.group(2), start=pair.start(2), end=pair.end(2), value_start=pair.start(2))
        found[index : index + 1] = [change, replace(level, type="count")]
