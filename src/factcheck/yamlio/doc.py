"""What reading one YAML file gives: data, the position of every key and value, and problems.

Shared by the reader (which fills a YamlDoc) and the event walk (which builds its data), and
read by the loader; it imports nothing else of factcheck so that both can depend on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


class _Written:
    """A number that remembers how it was written: `57.90` keeps its trailing zero, `010` its 0."""

    text: str

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


class YamlInt(_Written, int):
    """An integer as written (`010`, `1_000`, `0x1F`)."""

    def __new__(cls, value: int, text: str) -> YamlInt:
        self = int.__new__(cls, value)
        self.text = text
        return self


class YamlFloat(_Written, float):
    """A float as written (`57.90`)."""

    def __new__(cls, value: float, text: str) -> YamlFloat:
        self = float.__new__(cls, value)
        self.text = text
        return self


def scalar_text(value: Any) -> str:
    """The text of a scalar as written: `57.90` for YamlFloat("57.90"), `true` for True."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return str(value)


@dataclass
class YamlDoc:
    """What one file held: data (None when unusable), positions, and every problem found.

    `positions[path]` is where the value at `path` starts, `key_positions[path]` where its key
    is written; a path is a tuple of mapping keys and list indexes, e.g. ("checks", 0, "sum", 2).
    `texts[path]` keeps the written text of scalars that are not strings (`no`, `~`, `010`).
    `problem_paths` holds the paths already reported, so later stages do not report them twice.
    """

    data: Any = None
    positions: dict[tuple[Any, ...], tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[tuple[Any, ...], tuple[int, int]] = field(default_factory=dict)
    texts: dict[tuple[Any, ...], str] = field(default_factory=dict)
    problems: list[YamlProblem] = field(default_factory=list)
    problem_paths: set[tuple[Any, ...]] = field(default_factory=set)
    content_hash: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # the line breaks libyaml counts


@dataclass(frozen=True)
class YamlProblem:
    """One reason a file is refused, at a 1-based line and column (code points)."""

    line: int
    column: int
    reason: str
    path: tuple[Any, ...] | None = None  # the key path it concerns, when it concerns one


def line_col(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of `text[index]`."""
    line, start = 1, 0
    for match in _BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


def describe(value: Any) -> str:
    """How a message names the type of a YAML value."""
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a mapping"
