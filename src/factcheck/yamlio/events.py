"""The event walk behind `yamlio.parse_yaml`: parser events → plain data, positions, problems.

Reading events instead of nodes or objects is what makes a claim file safe to read: an alias
is reported where it stands and never followed, a tag is reported and never acted on, and a
duplicate key is seen (PyYAML's constructors silently keep the last one). The walk keeps
going after such a problem so that one run reports all of them; only a syntax error or a
cap (depth, node count) ends it.
"""

from __future__ import annotations

from typing import Any

import yaml

from factcheck.yamlio.doc import YamlDoc, YamlFloat, YamlInt, YamlProblem, describe
from factcheck.yamlio.strict import Layout

MAX_DEPTH = 64  # a claim file nests 4 or 5 levels; the cap keeps the walk's recursion bounded
MAX_NODES = 20_000  # a claim file has tens of nodes; the cap bounds time and memory

_TAG_PREFIX = "tag:yaml.org,2002:"


SHORT = 16  # characters: texts this short are shared between files (see EventReader._shared)
MAX_SHORT_TEXTS = 100_000
_SHORT_TEXTS: dict[str, str] = {}


class _Stop(Exception):
    """The walk cannot go on (a cap was hit); problems found so far are kept."""


class EventReader:
    """Builds plain data from parser events, recording positions and problems on the way."""

    def __init__(self, loader_class: type, text: str, doc: YamlDoc) -> None:
        self.loader = loader_class(text)
        self.doc = doc
        self.nodes = 0
        self.record = True  # False while reading the value of a refused key: no positions
        self.layout = Layout(text)  # what YAML 1.2 forbids and libyaml lets through
        self._equal: dict[str, str] = {}  # see _shared

    def read(self) -> None:
        try:
            self._stream()
            self.doc.problems.extend(YamlProblem(*problem) for problem in self.layout.problems)
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
        self.layout.node(event)
        position = self._count(event)
        if self.record:
            self.doc.positions[path] = position
        if isinstance(event, yaml.AliasEvent):
            self._problem(position, f"alias `*{event.anchor}` is not allowed: write the value out", path)
            return None
        if event.anchor is not None:
            self._problem(position, f"anchor `&{event.anchor}` is not allowed: a claim file is plain data", path)
        if event.tag is not None:
            self._problem(
                position, f"explicit tag `{_tag_text(event.tag)}` is not allowed: a claim file is plain data", path
            )
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event, path)
        if depth >= MAX_DEPTH:
            self._problem(position, f"nested deeper than {MAX_DEPTH} levels; a claim file is shallow", path)
            raise _Stop
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not self.loader.check_event(yaml.SequenceEndEvent):
                items.append(self._node(path + (len(items),), depth + 1))
            self.layout.end(self.loader.get_event())
            return items
        return self._mapping(path, depth)

    def _mapping(self, path: tuple[Any, ...], depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, tuple[int, int]] = {}
        while not self.loader.check_event(yaml.MappingEndEvent):
            key, key_position = self._key(path, depth)
            child = path + (key,) if key is not None else None
            if key is not None and key in seen:
                first = seen[key]
                self._problem(key_position, f"duplicate key `{key}` (first at {first[0]}:{first[1]})", child)
                child = None
            elif key is not None:
                seen[key] = key_position
            if child is None:  # read the value for its problems, keep nothing of it
                record, self.record = self.record, False
                self._node(path + ("\0refused",), depth + 1)
                self.record = record
                continue
            if self.record:
                self.doc.key_positions[child] = key_position
            result[key] = self._node(child, depth + 1)
        self.layout.end(self.loader.get_event())
        return result

    def _key(self, path: tuple[Any, ...], depth: int) -> tuple[str | None, tuple[int, int]]:
        """A key as text, or None for a refused one (not a scalar, or a merge key)."""
        event = self.loader.peek_event()
        position = _mark(event.start_mark)
        if not isinstance(event, yaml.ScalarEvent):
            record, self.record = self.record, False
            self._node(path + ("\0key",), depth + 1)
            self.record = record
            self._problem(position, "a mapping key must be plain text, not a list, mapping or alias", path + ("\0key",))
            return None, position
        self.loader.get_event()
        self.layout.node(event)
        self._count(event)
        child = path + (event.value,)  # problems of a key concern its entry, not its siblings
        if event.anchor is not None:
            self._problem(position, f"anchor `&{event.anchor}` is not allowed: a claim file is plain data", child)
        if event.tag is not None:
            self._problem(
                position, f"explicit tag `{_tag_text(event.tag)}` is not allowed: a claim file is plain data", child
            )
        if not event.style and event.value == "<<":
            self._problem(position, "merge key `<<` is not allowed: write the keys out", child)
            return None, position
        return event.value, position

    def _scalar(self, event: Any, path: tuple[Any, ...]) -> Any:
        text = self._shared(event.value)
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
            number = to_int(text)
            return text if number is None else YamlInt(number, text)
        if tag == _TAG_PREFIX + "float":
            return YamlFloat(to_float(text), text)
        return text  # `<<` or `=` as a value: harmless text

    def _shared(self, text: str) -> str:
        return shared_text(text, self._equal)

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


def shared_text(text: str, equal: dict[str, str]) -> str:
    """One string for equal texts: short ones (units, periods, kinds) across files, any within
    a file (`equal`: a claim and its quote are often the same words): loaded claims keep these."""
    if len(text) <= SHORT:
        if len(_SHORT_TEXTS) < MAX_SHORT_TEXTS:
            return _SHORT_TEXTS.setdefault(text, text)
        return _SHORT_TEXTS.get(text, text)
    return equal.setdefault(text, text)


def _mark(mark: Any) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _tag_text(tag: str) -> str:
    return "!!" + tag[len(_TAG_PREFIX) :] if tag.startswith(_TAG_PREFIX) else tag


def to_int(text: str) -> int | None:
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


def to_float(text: str) -> float:
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
