"""Faster regex scans with the same matches: a pattern prefixed by a look-ahead for its first character.

Many of the extractor's patterns begin with a look-behind or a word boundary (`(?<![\\d.,])\\d…`,
`(?:(?<=\\bin )|(?<=\\bby ))\\b(?:19|20)\\d\\d`). The regex engine then tries the whole pattern at
every position of a paragraph, and most positions are Chinese characters that can never start a
match. `guarded(pattern)` reads the pattern's syntax tree, collects the characters a match can
begin with, and returns the same pattern behind a look-ahead for one of them (`(?=[12])…`): a
position that cannot start a match fails at the first test. The look-ahead is a necessary condition
of the original, so every `finditer`, `search` and `match` gives exactly the same matches; a pattern
whose first character cannot be told (one that may match the empty string, starts with a negated
class, `.`, a back reference or a scoped flag) is returned unchanged.
"""

from __future__ import annotations

import re

try:  # the regex parser's own tree and vocabulary (Python 3.11+); without them, no guards
    from re import _constants as sre
    from re import _parser
except ImportError:  # pragma: no cover
    sre = _parser = None  # type: ignore[assignment]


class _Unknown(Exception):
    """The first characters of this part cannot be told: leave the pattern as it is."""


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_LEADING_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a look-ahead for the characters a match can start with (same matches)."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return pattern
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags).data
        if _scanned_fast(tree) and not pattern.flags & re.IGNORECASE:
            return pattern
        first, nullable = _first(tree)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):  # a tree this reader does not know
        return pattern
    if nullable or not first:
        return pattern
    body = _LEADING_FLAGS.sub("", pattern.pattern)
    newline = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment must not swallow the ")"
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{body}{newline})", pattern.flags)


def _scanned_fast(tree: list) -> bool:
    """The engine already skips ahead to a possible start: the pattern begins (after groups, a word
    boundary, a repeat of at least one) with a character, a class, alternatives that each begin with
    a character, or `^` (tried at the start only)."""
    while tree:
        op, value = tree[0]
        if op is sre.SUBPATTERN and not (value[1] or value[2]):
            tree = value[3].data + tree[1:]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
            tree = value[2].data
        elif op is sre.AT and value in (sre.AT_BOUNDARY, sre.AT_UNI_BOUNDARY):
            tree = tree[1:]
        else:
            break
    if not tree:
        return False
    op, value = tree[0]
    if op is sre.BRANCH:
        return all(branch.data and branch.data[0][0] is sre.LITERAL for branch in value[1])
    return op in (sre.LITERAL, sre.IN) or (op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING))


def _first(items: list) -> tuple[set[str], bool]:
    """(class items a match of this sequence can start with, whether it can match nothing)."""
    first: set[str] = set()
    for op, value in items:
        head, nullable = _first_of(op, value)
        first |= head
        if not nullable:
            return first, False
    return first, True


def _first_of(op: object, value: object) -> tuple[set[str], bool]:  # noqa: PLR0911 (one return per kind of node)
    if op is sre.LITERAL:
        return {_escape(value)}, False
    if op is sre.IN:
        return _class_items(value), False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero width: the match starts at the next part
    if op is sre.BRANCH:
        first: set[str] = set()
        nullable = False
        for branch in value[1]:
            head, empty = _first(branch.data)
            first |= head
            nullable = nullable or empty
        return first, nullable
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = value
        if add_flags or del_flags:
            raise _Unknown  # (?i:…) inside: its characters would need other flags than the guard's
        return _first(sub.data)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = value
        head, nullable = _first(sub.data)
        return head, nullable or low == 0
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first(value.data)
    raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, conditional groups …


def _class_items(items: list) -> set[str]:
    out: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            out.add(_escape(value))
        elif op is sre.RANGE:
            out.add(f"{_escape(value[0])}-{_escape(value[1])}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            out.add(_CATEGORIES[value])
        else:
            raise _Unknown  # a negated class, or a category this table does not know
    return out


def _escape(code: int) -> str:
    return f"\\U{code:08x}"
