"""A chart's axis read as text: evenly spaced bare numbers ("40 45 50 55", "200 180 160 140")."""

from __future__ import annotations

import re

_RUN = re.compile(r"(?<![\d.,$€£¥+-])\d{1,6}(?: \d{1,6}){3,}(?![\d.,%])")


def axis_ticks(folded: str) -> list[tuple[int, int]]:
    """ "40 45 50 55 60 65", "200 180 160 140 120 100 80": four or more bare numbers evenly spaced, up
    or down, a chart's axis read as text; a tick before a legend word continues it ("220 Imports 200")."""
    spans = []
    for run in _RUN.finditer(folded):
        numbers = [
            (m.start() + run.start(), m.end() + run.start(), int(m.group())) for m in re.finditer(r"\d+", run.group())
        ]
        first = 0
        while first + 3 < len(numbers):
            step = numbers[first + 1][2] - numbers[first][2]
            last = first + 1
            while last + 1 < len(numbers) and numbers[last + 1][2] - numbers[last][2] == step:
                last += 1
            if step and last - first >= 3:
                start = numbers[first][0]
                legend = _LEGEND_TICK.search(folded, 0, start)
                if legend and int(legend.group(1)) == numbers[first][2] - step:
                    start = legend.start(1)
                spans.append((start, numbers[last][1]))
            first = last
    return spans


#: A tick, then a legend's word, right before an axis: "220 ImportsExports " before "200 180 …".
_LEGEND_TICK = re.compile(r"(?<![\d.,])(\d{1,6}) [A-Za-z]+ $")
