"""Figures whose thousands are grouped by a space ("2 048", "106 742", "1 234 567.8"; also a no-break
or thin space), read from left to right as `factcheck extract` reads them.

Why: in a table row copied as text the cells are apart by spaces too ("2019 2 048 2 575 1 815"), and
folding the spaces away ran the figures together, so the quote of a drafted cell (2048) did not
hold it. Read group by group, the row holds 2048, 2575 and 1815 again.
"""

from __future__ import annotations

import re

_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3})")
_SPACED_FIGURE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,\d)(?:\.\d+)?(?!\d)")


def spaced_figures(text: str) -> list[str]:
    """The figures of `text` grouped by spaces, without their spaces: "2 048 2 575" → ["2048", "2575"]."""
    return [_GROUP_SPACE.sub("", match.group()) for match in _SPACED_FIGURE.finditer(text)]
