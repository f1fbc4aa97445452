"""Claim ids and source references as written in claim files.

Both a `compare` block and any check operand may be a source reference (see docs/sources.md), and every
check operand may be a claim id, absolute or relative to the claim's folder (see docs/claim-format.md), so the
two parsers live here, shared by the loader and the check kinds.
"""

from __future__ import annotations

import posixpath
from fractions import Fraction
from typing import Any, Callable, Mapping

from factcheck.errors import ClaimError
from factcheck.grammar.exact import exact_number
from factcheck.grammar.units import scale_of_word  # the unit tables own the scale words
from factcheck.model import Position, SourceRef

SOURCE_REF_KEYS = ("source", "series", "where", "period", "scale", "unit", "tolerance", "across", "self")

Locate = Callable[..., Position]


def resolve_id(claim_id: str, written: str) -> str:
    """The absolute id that `written` names from inside claim `claim_id`.

    `./x` and `../y` are relative to the claim's folder; anything else is absolute. A
    trailing `.yaml`/`.yml` is forgiven. Raises ClaimError for ids that leave `claims/`.
    """
    text = written.strip()
    for suffix in (".yaml", ".yml"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if not text:
        raise ClaimError("an empty claim id")
    if text.startswith("./") or text.startswith("../") or text in (".", ".."):
        folder = posixpath.dirname(claim_id)
        joined = posixpath.normpath(posixpath.join(folder, text))
        if joined == "." or joined.startswith("../") or joined == "..":
            raise ClaimError(f"claim id {written!r} points outside the claims folder")
        return joined
    if text.startswith("/"):
        text = text.lstrip("/")
    return posixpath.normpath(text)


def parse_scale(raw: Any) -> Fraction:
    """A scale as a number (`1e8`, `100000000`) or a scale word (`亿`, `万`, `million`)."""
    if isinstance(raw, bool) or raw is None:
        raise ClaimError(f"scale must be a number or a scale word, not {raw!r}")
    text = repr(raw) if isinstance(raw, (int, float)) else str(raw).strip()
    word = scale_of_word(text)
    if word is not None:
        return word
    try:
        if isinstance(raw, (int, float)):
            value = exact_number(raw, "scale")
        else:  # 1e8, or a ratio: 1/1000
            numerator, _, denominator = text.partition("/")
            value = exact_number(numerator, "scale") / exact_number(denominator or "1", "scale")
    except (ClaimError, ZeroDivisionError) as error:
        reason = error.reason if isinstance(error, ClaimError) else "division by zero"
        raise ClaimError(f"scale {text[:40]!r} is neither a number nor a scale word ({reason})") from None
    if value <= 0:
        raise ClaimError(f"scale must be positive, not {text}")
    return value


def parse_source_ref(
    raw: Any, locate: Locate, default_period: str | None = None, locate_key: Locate | None = None
) -> SourceRef:
    """A `{source: ..., series: ...}` mapping as a SourceRef; ClaimError on a bad one.

    `locate(*path)` gives positions of values inside the mapping (e.g. `locate("where")`);
    `locate_key(*path)`, when given, those of keys, so an unknown key is reported at itself.
    """
    locate_key = locate_key or locate
    if not isinstance(raw, Mapping):
        raise ClaimError("a source reference must be a mapping with `source` and `series`", locate())
    for key in raw:
        if key not in SOURCE_REF_KEYS:
            raise ClaimError(
                f"unknown key {key!r} in a source reference (known: {', '.join(SOURCE_REF_KEYS)})",
                locate_key(key),
            )
    for key in ("source", "series"):
        if key not in raw or raw[key] in (None, ""):
            raise ClaimError(f"a source reference needs `{key}`", locate())
    where_raw = raw.get("where") or {}
    if not isinstance(where_raw, Mapping):
        raise ClaimError("`where` must be a mapping of dimension: member", locate("where"))
    where = []
    for key, value in where_raw.items():
        if isinstance(value, (Mapping, list)) or value is None:
            raise ClaimError(f"`where.{key}` must be a single value", locate("where", key))
        where.append((str(key), _text(value)))
    period = raw.get("period")
    scale = None
    if raw.get("scale") is not None:
        try:
            scale = parse_scale(raw["scale"])
        except ClaimError as error:
            raise error.at(locate("scale")) from None
    for key in ("source", "series", "unit", "across", "self"):
        value = raw.get(key)
        if value is not None and isinstance(value, (Mapping, list, bool)):
            raise ClaimError(f"`{key}` must be text", locate(key))
    return SourceRef(
        source=_text(raw["source"]),
        series=_text(raw["series"]),
        position=locate(),
        where=tuple(sorted(where)),
        period=_text(period) if period is not None else default_period,
        scale=scale,
        unit=_text(raw["unit"]) if raw.get("unit") is not None else None,
        tolerance=_text(raw["tolerance"]) if raw.get("tolerance") is not None else None,
        across=_text(raw["across"]) if raw.get("across") is not None else None,
        self_member=_text(raw["self"]) if raw.get("self") is not None else None,
    )


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
