"""Traditional Chinese characters and the simplified ones statistical texts are written in.

One character for one: a traditional form (個, 產, 業, 總) maps to its simplified form when the
traditional form is not itself a character of simplified Chinese (GB 2312) and the simplified
one is, so a simplified text never changes. The pairs come from the character table of the Open
Chinese Convert project as the `opencc-python-reimplemented` package ships it (its phrase tables
are not used: a phrase may change the text's length, and offsets must stay valid).
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def to_simplified() -> dict[int, str]:
    """`str.translate` table: traditional → simplified, one character for one (empty when the
    package's table cannot be read, for example when another package named `opencc` shadows it:
    traditional text is then read as it is written)."""
    try:
        table = (resources.files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    pairs: dict[int, str] = {}
    for line in table.splitlines():
        traditional, _, simplified = line.partition("\t")
        simplified = simplified.split()[0] if simplified.strip() else ""
        if len(traditional) == 1 and len(simplified) == 1 and traditional != simplified:
            if _in_gb2312(simplified) and not _in_gb2312(traditional):
                pairs[ord(traditional)] = simplified
    return pairs


def _in_gb2312(character: str) -> bool:
    try:
        character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True
