"""The content words of an English label or head, as the relation patterns compare them.

Kept per text: the same labels and heads are asked for again by many patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

_STOP = frozenset(
    "a an the of in on at to for by from with and or all its their this that these those was were is are be "
    "been has have had number level total rose fell rise fall increased decreased declined up down changed "
    "little about over as who which also both january february march april may june july august september "
    "october november december compared compare than after following increase increases decrease decreases "
    "gain gains loss losses first second third fourth quarter previous preceding advanced advance advancing "
    "climbed edged ticked".split()
)

#: Words two releases use for one thing: "merchandise exports" are "goods exports".
_SAME_AS = {"merchandise": "good"}


@lru_cache(maxsize=8192)
def words(text: str) -> frozenset[str]:
    """English content words, lower case, plural s dropped; digits and frame words left out."""
    found = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", text)}  # "U.S.": no word of one letter
    stems = (w[:-1] if w.endswith("s") and len(w) > 3 else w for w in found if w not in _STOP)
    return frozenset(_SAME_AS.get(w, w) for w in stems)
