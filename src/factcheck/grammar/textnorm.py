"""Text folding shared by the value grammar, the citation check and the extractor.

Chinese documents mix full-width and half-width digits and punctuation (１２３, ，, ％), and
quotes get re-wrapped; comparing text means folding those differences away first.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")

# Punctuation that NFKC leaves alone but that means the same thing in a quote.
_PUNCT = str.maketrans(
    {
        "、": ",",
        "。": ".",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "〈": "<",
        "〉": ">",
        "《": "<",
        "》": ">",
        "【": "[",
        "】": "]",
        "—": "-",
        "–": "-",
        "−": "-",
        "～": "~",
        "〜": "~",
        "·": ".",
        "…": "...",
    }
)


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation as their ASCII forms (NFKC), `−` as `-`."""
    return unicodedata.normalize("NFKC", text).replace("−", "-")


def fold(text: str) -> str:
    """A form for substring comparison: half-width, punctuation unified, no whitespace."""
    return _SPACE.sub("", to_halfwidth(text).translate(_PUNCT))


def fold_spaced(text: str) -> str:
    """`fold` that keeps words apart: whitespace runs become one space; lower-cased."""
    return _SPACE.sub(" ", to_halfwidth(text).translate(_PUNCT)).strip().lower()
