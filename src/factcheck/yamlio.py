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
    "parse_yaml", "read_yaml", "scalar_text",
]

#: The event source: libyaml's parser when PyYAML was built with it, else the pure one.
LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1 << 20  # 1 MiB: spec §2

# Characters YAML forbids in a stream (the same set as PyYAML's and libyaml's readers).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class YamlInt(int):
    """An integer that remembers how it was written (`010`, `1_000`, `0x1F`)."""

    text: str

    def __new__(cls, value: int, text: str) -> YamlInt:
        self = super().__new__(cls, value)
        self.text = text
        return self

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


class YamlFloat(float):
    """A float that remembers how it was written (`57.90` keeps its trailing zero)."""

    text: str

    def __new__(cls, value: float, text: str) -> YamlFloat:
        self = super().__new__(cls, value)
        self.text = text
        return self

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


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
    _EventReader(LOADER, text, doc).read()
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


# -- the event walk ------------------------------------------------------------------------

MAX_DEPTH = 64  # a claim file nests 4 or 5 levels; the cap keeps the walk's recursion bounded
MAX_NODES = 20_000  # a claim file has tens of nodes; the cap bounds time and memory

_TAG_PREFIX = "tag:yaml.org,2002:"


class _Stop(Exception):
    """The walk cannot go on (a cap was hit); problems found so far are kept."""


class _EventReader:
    """Builds plain data from parser events, recording positions and problems on the way."""

    def __init__(self, loader_class: type, text: str, doc: YamlDoc) -> None:
        self.loader = loader_class(text)
        self.doc = doc
        self.nodes = 0
        self.record = True  # False while reading the value of a refused key: no positions

    def read(self) -> None:
        try:
            self._stream()
        except _Stop:
            self.doc.data = None
        except yaml.MarkedYAMLError as error:
            self.doc.data = None
            self._syntax_problem(error)
        except yaml.YAMLError as error:
            self.doc.data = None
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            self.doc.problems.append(YamlProblem(1, 1, f"YAML error: {reason}"))
        finally:
            self.loader.dispose()

    def _stream(self) -> None:
        loader = self.loader
        loader.get_event()  # StreamStartEvent
        if loader.check_event(yaml.StreamEndEvent):
            self._problem((1, 1), "empty file: a claim file is a mapping with `claim`, `value` and `citation`")
            return
        loader.get_event()  # DocumentStartEvent
        data = self._node((), 0)
        loader.get_event()  # DocumentEndEvent
        if not loader.check_event(yaml.StreamEndEvent):
            extra = loader.peek_event()
            self._problem(_mark(extra.start_mark), "a claim file holds one YAML document; a second one starts here")
        if not isinstance(data, dict):
            if () not in self.doc.problem_paths:
                where = self.doc.positions.get((), (1, 1))
                self._problem(where, f"the top level must be a mapping (claim:, value:, ...), not {describe(data)}", ())
            data = None
        self.doc.data = data

    def _node(self, path: tuple[Any, ...], depth: int) -> Any:
        event = self.loader.get_event()
        position = self._count(event)
        if self.record:
            self.doc.positions[path] = position
        if isinstance(event, yaml.AliasEvent):
            self._problem(position, f"alias `*{event.anchor}` is not allowed: write the value out", path)
            return None
        if event.anchor is not None:
            self._problem(position, f"anchor `&{event.anchor}` is not allowed: a claim file is plain data", path)
        if event.tag is not None:
            self._problem(position, f"explicit tag `{_tag_text(event.tag)}` is not allowed: a claim file is plain data", path)
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event, path)
        if depth >= MAX_DEPTH:
            self._problem(position, f"nested deeper than {MAX_DEPTH} levels; a claim file is shallow", path)
            raise _Stop
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not self.loader.check_event(yaml.SequenceEndEvent):
                items.append(self._node(path + (len(items),), depth + 1))
            self.loader.get_event()
            return items
        return self._mapping(path, depth)

    def _mapping(self, path: tuple[Any, ...], depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        while not self.loader.check_event(yaml.MappingEndEvent):
            key, key_position = self._key(path, depth)
            child = path + (key,) if key is not None else None
            if child is not None and key in result:
                first = self.doc.key_positions.get(child, (1, 1))
                self._problem(key_position, f"duplicate key `{key}` (first at {first[0]}:{first[1]})", child)
                child = None
            if child is None:  # read the value for its problems, keep nothing of it
                record, self.record = self.record, False
                self._node(path + ("\0refused",), depth + 1)
                self.record = record
                continue
            if self.record:
                self.doc.key_positions[child] = key_position
            result[key] = self._node(child, depth + 1)
        self.loader.get_event()
        return result

    def _key(self, path: tuple[Any, ...], depth: int) -> tuple[str | None, tuple[int, int]]:
        """A key as text, or None for a refused one (not a scalar, or a merge key)."""
        event = self.loader.peek_event()
        position = _mark(event.start_mark)
        if not isinstance(event, yaml.ScalarEvent):
            record, self.record = self.record, False
            self._node(path + ("\0key",), depth + 1)
            self.record = record
            self._problem(position, "a mapping key must be plain text, not a list, mapping or alias", path)
            return None, position
        self.loader.get_event()
        self._count(event)
        if event.anchor is not None:
            self._problem(position, f"anchor `&{event.anchor}` is not allowed: a claim file is plain data", path)
        if event.tag is not None:
            self._problem(position, f"explicit tag `{_tag_text(event.tag)}` is not allowed: a claim file is plain data", path)
        if not event.style and event.value == "<<":
            self._problem(position, "merge key `<<` is not allowed: write the keys out", path)
            return None, position
        return event.value, position

    def _scalar(self, event: Any, path: tuple[Any, ...]) -> Any:
        text = event.value
        if event.style:  # quoted or block scalars are strings ('' is plain in libyaml, None in PyYAML)
            return text
        tag = self.loader.resolve(yaml.ScalarNode, text, (True, False))
        if tag == _TAG_PREFIX + "str" or tag == _TAG_PREFIX + "timestamp":
            return text
        if self.record:
            self.doc.texts[path] = text
        if tag == _TAG_PREFIX + "null":
            return None
        if tag == _TAG_PREFIX + "bool":
            return text.lower() in ("yes", "true", "on")
        if tag == _TAG_PREFIX + "int":
            number = _to_int(text)
            return text if number is None else YamlInt(number, text)
        if tag == _TAG_PREFIX + "float":
            return YamlFloat(_to_float(text), text)
        return text  # `<<` or `=` as a value: harmless text

    def _count(self, event: Any) -> tuple[int, int]:
        position = _mark(event.start_mark)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self._problem(position, f"more than {MAX_NODES} YAML nodes; a claim file is small")
            raise _Stop
        return position

    def _problem(self, position: tuple[int, int], reason: str, path: tuple[Any, ...] | None = None) -> None:
        self.doc.problems.append(YamlProblem(position[0], position[1], reason))
        if path is not None:
            self.doc.problem_paths.add(path)

    def _syntax_problem(self, error: yaml.MarkedYAMLError) -> None:
        mark = error.problem_mark or error.context_mark
        position = _mark(mark) if mark is not None else (1, 1)
        reason = f"YAML syntax error: {error.problem or error.context or 'unreadable'}"
        if error.context and error.problem and error.context_mark is not None:
            line, column = _mark(error.context_mark)
            reason += f" ({error.context} at {line}:{column})"
        self.doc.problems.append(YamlProblem(position[0], position[1], reason))


def _mark(mark: Any) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _tag_text(tag: str) -> str:
    return "!!" + tag[len(_TAG_PREFIX):] if tag.startswith(_TAG_PREFIX) else tag


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


def _to_int(text: str) -> int | None:
    """YAML 1.1 integer text as int (what PyYAML's SafeConstructor would give); None if too big."""
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    digits = digits.lstrip("+-")
    try:
        if digits == "0":
            return 0
        if digits.startswith("0b"):
            return sign * int(digits[2:], 2)
        if digits.startswith("0x"):
            return sign * int(digits[2:], 16)
        if digits.startswith("0"):
            return sign * int(digits, 8)
        if ":" in digits:
            value = 0
            for part in digits.split(":"):
                value = value * 60 + int(part)
            return sign * value
        return sign * int(digits)
    except ValueError:  # more digits than int() accepts from text
        return None


def _to_float(text: str) -> float:
    digits = text.replace("_", "").lower()
    sign = -1.0 if digits[0] == "-" else 1.0
    digits = digits.lstrip("+-")
    if digits == ".inf":
        return sign * float("inf")
    if digits == ".nan":
        return float("nan")
    if ":" in digits:
        value = 0.0
        for part in digits.split(":"):
            value = value * 60 + float(part)
        return sign * value
    return sign * float(digits)
