"""Text from input made safe to print: control characters shown, never obeyed.

Claim text, quotes, file names, messages that quote a source and evidence all come from files
and servers the user does not control. Printed raw, `\\x1b]0;…\\x07` sets the window title,
`\\x1b[2J` clears the screen, `\\x1b]8;;…` plants a link, and a carriage return or a
right-to-left override hides what a line really says. Every report is built from the one JSON
record (`records.build_report`), which passes through `printable_tree` once, so every format
(terminal, JSON, Markdown, HTML, SARIF, JUnit, GitHub, ClaimReview) shows such a character as
a visible escape (`\\x1b`, `\\u202e`), on a terminal and in a file alike. Line breaks and tabs
are kept: a claim may span lines.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls but tab and line feed, DEL, C1 controls, bidirectional overrides and isolates,
# line and paragraph separators (which some terminals and editors treat as line breaks).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every character that a terminal would obey written out as an escape."""
    return _UNSAFE.sub(_shown, text)


# What `_UNSAFE` matches, as `json.dumps(..., ensure_ascii=False)` writes it: the C0 controls come
# out escaped (`\r`, `\u001b`: matched here), the others as they are (matched by `_UNSAFE`). A
# literal backslash before `b`, `f`, `r` or `u00` also matches: such a tree only takes the slower walk.
_ESCAPED_CONTROL = re.compile(r"\\[bfr]|\\u00[01]")


def json_needs_escapes(text: str) -> bool:
    """Whether the JSON text of a tree (compact or indented: whitespace between tokens is never
    matched) has something `printable_tree` would change."""
    if _UNSAFE.search(text) is not None:
        return True
    return "\\" in text and _ESCAPED_CONTROL.search(text) is not None  # two scans: each simpler than one


def printable_tree(value: Any) -> Any:
    """A JSON-like value (dicts, lists, strings) with every string and key made printable.

    A tree with nothing to escape (nearly every report record) is returned as it is, after one
    scan of its JSON text (C code), rather than rebuilt string by string.
    """
    if isinstance(value, (dict, list)):
        try:
            text = json.dumps(value, ensure_ascii=False, default=_opaque)
        except (TypeError, ValueError, RecursionError):  # keys json cannot write, or a cycle
            return _printable_tree(value)
        if not json_needs_escapes(text):
            return value
    return _printable_tree(value)


def _opaque(value: Any) -> None:
    """Leaves other than strings, lists and dicts are kept as they are: nothing to scan."""
    return None


def _printable_tree(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable(key) if isinstance(key, str) else key: _printable_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable_tree(item) for item in value]
    return value
