"""Safe YAML reading for claim files: plain data, a position for every key and value.

A claim file is plain data (spec §2). PyYAML's loaders construct objects, expand aliases and
silently keep the last of two duplicate keys, so we never ask them for data: we read the
parser's *events* (libyaml's C parser when present, 8.7× faster than the pure one) and build
dicts, lists and scalars ourselves. Anchors, aliases, explicit tags, merge keys, duplicate
keys, several documents, oversized files and undecodable bytes are reported as problems with
1-based line:col (columns in code points); nothing in the file is ever expanded or constructed.

Scalars keep the text the author wrote: `value: 57.90` must stay "57.90" for the value grammar
to know its rounding, so numbers arrive as `YamlInt`/`YamlFloat`, whose `str()` is that text,
and timestamps stay strings (`published: 2023-01-05` → "2023-01-05"). Mapping keys are text.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "LOADER", "MAX_BYTES", "YamlDoc", "YamlFloat", "YamlInt", "YamlProblem",
    "describe", "line_col", "parse_yaml", "read_yaml", "scalar_text",
]

#: The event source: libyaml's parser when PyYAML was built with it, else the pure one.
LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1 << 20  # 1 MiB: spec §2

# Characters YAML forbids in a stream (the same set as PyYAML's and libyaml's readers).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


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


def read_yaml(path: Path) -> YamlDoc:
    """Read and parse one file; I/O trouble and bad bytes become problems, never exceptions."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # a FIFO or a device would block or never end
            return _refused("not a regular file: a claim file is a plain file")
        with open(path, "rb") as handle:
            size = _size_of(handle)
            if size is not None and size > MAX_BYTES:
                return _refused(f"file is larger than 1 MiB ({size} bytes); a claim file is small")
            raw = handle.read(MAX_BYTES + 1)  # a size we could not trust is checked again here
    except OSError as error:
        return _refused(f"cannot read file: {error.strerror or error}")
    if len(raw) > MAX_BYTES:
        return _refused("file is larger than 1 MiB; a claim file is small")
    return parse_yaml(raw)


def parse_yaml(raw: bytes | str) -> YamlDoc:
    """Parse the bytes (UTF-8, BOM allowed) or text of one YAML file into a YamlDoc."""
    content_hash = hashlib.sha256(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")).hexdigest()
    if isinstance(raw, bytes):
        if len(raw) > MAX_BYTES:
            return _refused("file is larger than 1 MiB; a claim file is small", content_hash)
        body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            return _refused_bytes(body, error, content_hash)
    else:
        text = raw[1:] if raw.startswith("\ufeff") else raw
    bad = _NON_PRINTABLE.search(text)
    if bad is not None:
        line, column = line_col(text, bad.start())
        code = ord(bad.group())
        doc = YamlDoc(content_hash=content_hash)
        doc.problems.append(YamlProblem(line, column, f"character U+{code:04X} is not allowed in YAML"))
        return doc
    doc = YamlDoc(content_hash=content_hash)
    from factcheck.yamlio.events import EventReader  # the walk; imported here to avoid a cycle

    EventReader(LOADER, text, doc).read()
    return doc


def _size_of(handle: Any) -> int | None:
    try:
        status = os.fstat(handle.fileno())
    except OSError:
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _refused(reason: str, content_hash: str = "") -> YamlDoc:
    return YamlDoc(problems=[YamlProblem(1, 1, reason)], content_hash=content_hash)


def _refused_bytes(body: bytes, error: UnicodeDecodeError, content_hash: str) -> YamlDoc:
    """Point at the first byte that is not UTF-8 (a BOM is not counted, as YAML parsers do not)."""
    before = body[: error.start].decode("utf-8")  # decodes: the error is the first bad byte
    line, column = line_col(before, len(before))
    reason = f"bytes are not valid UTF-8 (byte 0x{body[error.start]:02X}); save the file as UTF-8"
    return YamlDoc(problems=[YamlProblem(line, column, reason)], content_hash=content_hash)


# -- positions -----------------------------------------------------------------------------

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
