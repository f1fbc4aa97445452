"""A figure's name read past a bracketed note on what it covers.

年末中国大陆总人口(包括31个省、自治区、直辖市和中国人民解放军现役军人,不包括香港、…)140005万人: the clause
before the number is cut at the note's own commas, so its words would be "…海外华侨人数)"; the name is
总人口, the words before the note. Only a note that says what the figure includes (包括, 不包括, 含, 即…)
is passed over: other brackets ((3.5%), (GDP)) stay as the label rules read them.
"""

from __future__ import annotations

import re

_SCOPE_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(](?:包括|不包括|包含|不含|含|即)[^（()）]*[）)]\s*$")


def without_scope_note(before: str, head: str) -> str:
    """The head with a trailing scope note dropped; `before` is the paragraph's text up to the number,
    to go back to the note's opening when the clause was cut inside it."""
    if re.search(r"[）)]\s*$", head) and not re.search(r"[（(]", head):
        opened = max(before.rfind("（"), before.rfind("("))
        head = before if opened > 0 else head
    return _SCOPE_NOTE.sub("", head)
