"""Exchange rates a release states: "1美元兑7.1217元人民币", "1 US dollar = 89.5 tenge". The figure after the
"1 <currency>" is a rate in its currency per that one, not an amount."""

from __future__ import annotations

import re

_RATE = re.compile(
    r"(?<![\d.,])1\s?(?P<base>美元|欧元|英镑|日元|港元|港币|人民币|元|卢布|韩元|US dollars?|dollars?|euros?|pounds?)"
    r"\s?(?:兑换?|折合|=|to|buys?)\s?(?=\d)",
    re.IGNORECASE,
)


def exchange_rates(folded: str) -> dict[int, tuple[int, int, str]]:
    """1美元兑7.1217元人民币: {where 7.1217 starts: (start, end of "1美元", 美元)}; "1美元" defines the rate."""
    return {m.end(): (m.start(), m.end("base"), m.group("base")) for m in _RATE.finditer(folded)}
