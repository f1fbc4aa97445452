"""`--format json`: the version-1 report of docs/report.md, as one JSON object.

Its keys are those of docs/report.md; CJK text is
written as is (`ensure_ascii=False`), numbers are exact where they are whole.

The text is made one claim at a time (`chunks`), byte for byte what `json.dumps(doc,
ensure_ascii=False, indent=2)` gives, so that a report of 100,000 claims is written as it is
encoded instead of being held whole in memory as a string and a list of its pieces.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any, Iterator, Sequence

from factcheck.report.safe import json_needs_escapes, printable_tree

NAME = "json"


def render(doc: dict[str, Any]) -> str:
    return "".join(chunks(doc))


def chunks(doc: dict[str, Any]) -> Iterator[str]:
    """The report's text in pieces of about one claim each."""
    if not doc:
        yield "{}\n"
        return
    yield "{"
    for number, (key, value) in enumerate(doc.items()):
        yield ("\n  " if number == 0 else ",\n  ") + _dumps(key) + ": "
        if key == "claims" and isinstance(value, Sequence) and not isinstance(value, str):
            if not len(value):
                yield "[]"
                continue
            unescaped = getattr(value, "unescaped", None)  # records.ClaimRecords
            records = value if unescaped is None else unescaped()
            written = _indented if unescaped is None else _printable_indented
            for index, record in enumerate(records):
                yield ("[\n    " if index == 0 else ",\n    ") + written(record, "    ")
            yield "\n  ]"
        else:
            yield _indented(value, "  ")
    yield "\n}\n"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _indented(value: Any, margin: str) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, nested at `margin`."""
    parts: list[str] = []
    try:
        _encode(value, "\n" + margin, parts)
    except (TypeError, RecursionError):  # not plain JSON data: the standard encoder says why
        return _dumps(value).replace("\n", "\n" + margin)  # JSON text has no raw line break but its own
    return "".join(parts)


def _printable_indented(record: Any, margin: str) -> str:
    """`_indented(printable_tree(record))`, scanning the text written rather than a second one:
    a record with nothing to escape (nearly all) is written once."""
    parts: list[str] = []
    try:
        _encode(record, "\n" + margin, parts)
    except (TypeError, RecursionError):
        return _indented(printable_tree(record), margin)
    text = "".join(parts)
    return _indented(printable_tree(record), margin) if json_needs_escapes(text) else text


def _encode(value: Any, indent: str, parts: list[str]) -> None:
    """The standard encoder's indented output, without its generators and per-value checks.

    The standard library encodes with C only without `indent`; its Python path yields ~100
    pieces per claim through nested generators. This one writes the same text (the same type
    order, float spellings and escapes: `encode_basestring` is the C function json uses) about
    twice as fast; anything it does not know goes back to `json.dumps`.
    """
    kind = type(value)
    if kind is dict:  # the containers first: the leaves are mostly written by their container
        _object(value, indent, parts)
    elif kind is list:
        _array(value, indent, parts)
    elif isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, (list, tuple)):
        _array(value, indent, parts)
    elif isinstance(value, dict):
        _object(value, indent, parts)
    else:
        raise TypeError(f"{type(value).__name__} is not JSON data")


def _array(value: Any, indent: str, parts: list[str]) -> None:
    append = parts.append
    if not value:
        append("[]")
        return
    inner = indent + "  "
    lead = "[" + inner
    for item in value:
        kind = type(item)
        if kind is str:  # the common leaves written here: a call less per value
            append(lead + encode_basestring(item))
        elif kind is int:
            append(lead + int.__repr__(item))
        else:
            append(lead)
            _encode(item, inner, parts)
        lead = "," + inner
    append(indent + "]")


def _object(value: Any, indent: str, parts: list[str]) -> None:
    append = parts.append
    if not value:
        append("{}")
        return
    inner = indent + "  "
    lead = "{" + inner
    for key, item in value.items():
        if type(key) is not str and not isinstance(key, str):
            raise TypeError("a key that is not text")  # json.dumps converts or refuses it
        kind = type(item)
        if kind is str:
            append(lead + encode_basestring(key) + ": " + encode_basestring(item))
        elif kind is int:
            append(lead + encode_basestring(key) + ": " + int.__repr__(item))
        elif item is None:
            append(lead + encode_basestring(key) + ": null")
        else:
            append(lead + encode_basestring(key) + ": ")
            _encode(item, inner, parts)
        lead = "," + inner
    append(indent + "}")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == math.inf:
        return "Infinity"
    if value == -math.inf:
        return "-Infinity"
    return float.__repr__(value)
