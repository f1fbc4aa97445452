"""A small inline SVG chart for the HTML report: a source series with the claimed interval.

Drawn from what a comparison finding's evidence carries: `series_values` ([period, value]
pairs, in the same base unit as `expected`/`stated`), else the single source value
(`expected`). The claimed interval (`stated`) is a shaded band; an open end runs to the edge.
No scripts, no external fonts: it renders anywhere, including with the network off.
"""

from __future__ import annotations

from html import escape
from typing import Any, Mapping, Sequence

WIDTH, HEIGHT = 360, 170
LEFT, RIGHT, TOP, BOTTOM = 58, 12, 14, 30


def short(value: float, digits: int = 4) -> str:
    """Axis labels: 7120000 → 7.12M, 0.5785 → 0.5785."""
    magnitude = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e4, "k")):
        if magnitude >= limit:
            return f"{value / limit:.{digits}g}{suffix}"
    return f"{value:.{digits}g}"


def labels(values: Sequence[float]) -> list[str]:
    """Labels with just enough digits to tell the values apart (a narrow band needs more)."""
    for digits in range(4, 13):
        texts = [short(value, digits) for value in values]
        if len(set(texts)) == len(texts):
            return texts
    return [short(value, 12) for value in values]


def points_of(finding: Mapping[str, Any]) -> list[tuple[str, float]]:
    """The (period, value) points to draw: the series, or the one source value."""
    evidence = finding.get("evidence") or {}
    points = []
    for pair in evidence.get("series_values") or []:
        try:
            period, value = pair
            points.append((str(period), float(value)))
        except (TypeError, ValueError):
            continue
    if points:
        return points
    expected = finding.get("expected")
    if expected and expected[0] is not None and expected[1] is not None:
        return [(str(evidence.get("period") or ""), (float(expected[0]) + float(expected[1])) / 2)]
    return []


def chart(finding: Mapping[str, Any], label: str) -> str:
    """An `<svg>` element, or "" when the evidence has no number to draw."""
    try:
        points = points_of(finding)
        band = _band(finding.get("stated"))
    except OverflowError:  # a value past float's range (value: 31e309): nothing drawable
        return ""
    if not points:
        return ""
    values = [value for _, value in points] + [end for end in band if end is not None]
    low, high = min(values), max(values)
    pad = (high - low) * 0.08 or abs(high) * 0.05 or 1.0
    low, high = low - pad, high + pad
    focus = str((finding.get("evidence") or {}).get("period") or "")
    agrees = finding.get("verdict") in ("confirmed", "pass")
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(label)}">',
        f"<title>{escape(label)}</title>",
    ]
    parts += _axes(low, high)
    parts += _band_shape(band, low, high)
    parts += _series(points, low, high, focus, "focus agrees" if agrees else "focus")
    parts.append("</svg>")
    return "".join(parts)


def _band(stated: Sequence[Any] | None) -> tuple[float | None, float | None]:
    if not stated:
        return (None, None)
    return tuple(None if end is None else float(end) for end in stated)  # type: ignore[return-value]


def _y(value: float, low: float, high: float) -> float:
    span = HEIGHT - TOP - BOTTOM
    return round(TOP + span * (high - value) / (high - low), 2)


def _x(index: int, count: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return round(LEFT + span / 2 if count == 1 else LEFT + span * index / (count - 1), 2)


def _axes(low: float, high: float) -> list[str]:
    bottom = HEIGHT - BOTTOM
    parts = [
        f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}"/>',
        f'<line class="axis" x1="{LEFT}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}"/>',
    ]
    ticks = (low, (low + high) / 2, high)
    for value, label in zip(ticks, labels(ticks), strict=True):
        y = _y(value, low, high)
        parts.append(
            f'<text class="tick" x="{LEFT - 4}" y="{y}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(label)}</text>'
        )
    return parts


def _band_shape(band: tuple[float | None, float | None], low: float, high: float) -> list[str]:
    lo, hi = band
    if lo is None and hi is None:
        return []
    top = _y(high if hi is None else hi, low, high)
    bottom = _y(low if lo is None else lo, low, high)
    height = max(bottom - top, 2.0)
    if bottom - top < 2.0:
        top = round(top - 1.0, 2)
    return [
        f'<rect class="band" x="{LEFT}" y="{top}" width="{WIDTH - LEFT - RIGHT}" height="{round(height, 2)}">'
        f"<title>claimed interval</title></rect>",
        f'<text class="band-label" x="{WIDTH - RIGHT - 2}" y="{max(top - 3, TOP + 8)}" '
        f'text-anchor="end">claimed</text>',
    ]


def _series(points: list[tuple[str, float]], low: float, high: float, focus: str, focus_css: str) -> list[str]:
    count = len(points)
    coords = [(_x(i, count), _y(value, low, high)) for i, (_, value) in enumerate(points)]
    parts = []
    if count > 1:
        path = " ".join(f"{x},{y}" for x, y in coords)
        parts.append(f'<polyline class="series" fill="none" points="{path}"/>')
    step = max(1, (count + 7) // 8)  # label at most about eight periods
    for i, ((period, value), (x, y)) in enumerate(zip(points, coords, strict=True)):
        css = f"point {focus_css}" if period == focus else "point"
        parts.append(
            f'<circle class="{css}" cx="{x}" cy="{y}" r="{4 if period == focus else 3}">'
            f"<title>{escape(period)}: {escape(short(value))}</title></circle>"
        )
        if i % step == 0 or period == focus or i == count - 1:
            parts.append(
                f'<text class="tick" x="{x}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">{escape(period)}</text>'
            )
    return parts
