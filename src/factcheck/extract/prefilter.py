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
from collections.abc import Iterator

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
_LEADING_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")


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
    try:
        return re.compile(f"(?=[{''.join(sorted(first))}])(?:{body}{newline})", pattern.flags)
    except re.error:  # a pattern this rewriting does not fit (a comment before its flags …): as it is
        return pattern


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


class Scan:
    """A pattern's `finditer` that first asks whether the text holds any character every match
    must contain (岁 for an age bracket, @ for a mail address): most paragraphs hold none for most
    patterns, and one search for a character class costs far less than a scan with the pattern."""

    __slots__ = ("pattern", "required")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = guarded(pattern)
        self.required = _required(pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.required is not None and self.required.search(text) is None:
            return iter(())
        return self.pattern.finditer(text)


#: Characters too common in statistical text to be worth a test of their own.
_COMMON = frozenset("0123456789 .,:;-()%/（），。、：；\t\n")
_TOO_COMMON = 50


def _required(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of characters one of which every match contains, when a rare enough one is known."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _must(_parser.parse(pattern.pattern, pattern.flags).data)
    except (re.error, AttributeError, TypeError, ValueError):  # pragma: no cover (a tree this reader does not know)
        return None
    if found is None or _cost(found) >= _TOO_COMMON:
        return None
    return re.compile(f"[{''.join(sorted(found))}]", pattern.flags & ~re.VERBOSE)


def _must(items: list) -> set[str] | None:
    """Class items one of which every match of this sequence contains (the cheapest such set)."""
    options = [found for op, value in items if (found := _must_of(op, value)) is not None]
    return min(options, key=_cost) if options else None


def _must_of(op: object, value: object) -> set[str] | None:  # noqa: PLR0911 (one return per kind of node)
    if op is sre.LITERAL:
        return {_escape(value)}
    if op is sre.IN:
        try:
            return _class_items(value)
        except _Unknown:
            return None
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            found = _must(branch.data)
            if found is None:
                return None
            union |= found
        return union
    if op is sre.SUBPATTERN and not (value[1] or value[2]):
        return _must(value[3].data)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) and value[0] >= 1:
        return _must(value[2].data)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _must(value.data)
    return None  # assertions, optional parts, any character, negated characters …


def _cost(items: set[str]) -> int:
    """How often a text holds one of these: a category or a range of digits is everywhere."""
    total = 0
    for item in items:
        if item.startswith("\\") and not item.startswith("\\U"):
            return _TOO_COMMON  # \d \s \w …
        codes = [int(part[2:], 16) for part in item.split("-")]
        low, high = codes[0], codes[-1]
        if high - low > 64:
            return _TOO_COMMON
        total += sum(_TOO_COMMON if chr(code) in _COMMON else 1 for code in range(low, high + 1))
    return total


_BUILT: dict[int, tuple[tuple, tuple]] = {}


def scans(patterns: tuple) -> tuple:
    """A module's pattern table (a module-level tuple) as Scans, built once per table: a tuple of patterns gives a tuple
    of Scans, a tuple of (name, pattern) pairs gives (name, Scan) pairs; same order."""
    built = _BUILT.get(id(patterns))
    if built is None or built[0] is not patterns:
        if len(_BUILT) >= 64:  # meant for module tables; bounded all the same
            _BUILT.clear()
        table = tuple((item[0], Scan(item[1])) if isinstance(item, tuple) else Scan(item) for item in patterns)
        built = _BUILT[id(patterns)] = (patterns, table)
    return built[1]
