"""The fast path of `yamlio.parse_yaml`: libyaml composes the nodes, a short walk builds the data.

The event walk (`yamlio.events`) reads one parser event at a time in Python, which was most of
the cost of loading a claim file. libyaml's composer builds the same tree in C, each node with
its marks, so for a clean file a walk over the nodes gives the same data, positions and texts
at a fraction of the cost. Only a clean file: the walk gives up (returns False, the doc
untouched) at the first thing the event walk would report, and the caller reads the file again
with the event walk, which says what is wrong, where, exactly as before. Nodes keep no trace of
what the composer resolved for us, so those cases are told from the text:

- an anchor, an alias or an explicit tag: a node that starts with `&` or `!` (an alias is its
  anchored node met twice, and that node starts with `&`), looked for only when the text holds
  one of these characters;
- several documents, an undefined alias, a syntax error: the composer raises;
- a nesting deeper than libyaml's own limit could exhaust the C stack: the composer is used only
  when the text has fewer indicator characters than that limit, each level needing one.

Everything else the event walk refuses is seen in the nodes (a key that is not text, a merge
key, a duplicate key, a top level that is not a mapping, the depth and node caps, the layouts of
`yamlio.strict`), and gives up the same way.
"""

from __future__ import annotations

from typing import Any

import yaml

from factcheck.yamlio import events
from factcheck.yamlio.doc import YamlDoc, YamlFloat, YamlInt
from factcheck.yamlio.events import MAX_DEPTH, MAX_NODES, to_float, to_int
from factcheck.yamlio.strict import Layout

_TAG = "tag:yaml.org,2002:"
_STR, _TIMESTAMP, _NULL, _BOOL = _TAG + "str", _TAG + "timestamp", _TAG + "null", _TAG + "bool"
_INT, _FLOAT = _TAG + "int", _TAG + "float"
_INDICATORS = "[{-?:"  # every collection starts with or holds one of its own (`- `, `key:`, `[`, `{`, `? `)
_CPARSER: type | None = getattr(getattr(yaml, "cyaml", None), "CParser", None)  # PyYAML built with libyaml
_MAX_INDICATORS = 1000  # far below any C stack limit, far above a claim file's few dozen
_SCALAR, _SEQUENCE, _MAPPING = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode


class _GiveUp(Exception):
    """Something the event walk reports: let it read the file."""


def read_composed(loader_class: type, text: str, doc: YamlDoc) -> bool:
    """Fill `doc` from libyaml's nodes; False (doc untouched) when the event walk must read it."""
    if _CPARSER is None or not issubclass(loader_class, _CPARSER):
        return False  # the pure-Python composer recurses in Python: the event walk is as fast
    if sum(map(text.count, _INDICATORS)) >= _MAX_INDICATORS:
        return False
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError:
        return False
    finally:
        loader.dispose()
    if type(root) is not _MAPPING:
        return False
    walk = _Walk(text)
    try:
        walk.positions[()] = walk.start(root)
        data = walk.value(root, (), 0, -1, False)
    except _GiveUp:
        return False
    doc.data, doc.positions, doc.key_positions, doc.texts = data, walk.positions, walk.key_positions, walk.texts
    return True


class _Walk:
    def __init__(self, text: str) -> None:
        self.text = text
        self.properties = "&" in text or "!" in text  # an anchor or a tag may be written: look at node starts
        self.positions: dict[tuple[Any, ...], tuple[int, int]] = {}
        self.key_positions: dict[tuple[Any, ...], tuple[int, int]] = {}
        self.texts: dict[tuple[Any, ...], str] = {}
        self.equal: dict[str, str] = {}
        self.nodes = 1
        self._layout: Layout | None = None

    def start(self, node: Any) -> tuple[int, int]:
        """Where a node starts (1-based); gives up at an anchor or a tag written there."""
        mark = node.start_mark
        if self.properties and self.text[mark.index : mark.index + 1] in ("&", "!"):
            raise _GiveUp
        return mark.line + 1, mark.column + 1

    def layout(self, node: Any, parent: int, in_flow: bool) -> None:
        """`yamlio.strict`'s checks of a styled scalar or a flow collection, when they can apply:
        a node on one line with no `#` right after it has nothing for them to find."""
        end = node.end_mark
        block = type(node) is _SCALAR and node.style in ("|", ">")  # its header and leading lines are checked
        if not block and end.line == node.start_mark.line and self.text[end.index : end.index + 1] != "#":
            return
        if self._layout is None:
            self._layout = Layout(self.text)
        self._layout.composed(node, parent, in_flow)
        if self._layout.problems:
            raise _GiveUp

    def value(self, node: Any, path: tuple[Any, ...], depth: int, parent: int, in_flow: bool) -> Any:
        kind = type(node)
        if kind is _SCALAR:
            return self.scalar(node, path, parent, in_flow)
        if depth >= MAX_DEPTH:
            raise _GiveUp
        if node.flow_style:
            items = self.collection(node, kind, path, depth, parent, True)
            self.layout(node, parent, in_flow)
            return items
        return self.collection(node, kind, path, depth, node.start_mark.column, in_flow)

    def collection(self, node: Any, kind: type, path: tuple[Any, ...], depth: int, parent: int, in_flow: bool) -> Any:
        if kind is _MAPPING:
            return self.mapping(node, path, depth, parent, in_flow)
        self.nodes += len(node.value)
        if self.nodes > MAX_NODES:
            raise _GiveUp
        items = []
        positions, start, value = self.positions, self.start, self.value
        for item in node.value:
            child = path + (len(items),)
            positions[child] = start(item)
            items.append(value(item, child, depth + 1, parent, in_flow))
        return items

    def mapping(self, node: Any, path: tuple[Any, ...], depth: int, parent: int, in_flow: bool) -> dict[str, Any]:
        pairs = node.value
        self.nodes += 2 * len(pairs)
        if self.nodes > MAX_NODES:
            raise _GiveUp
        result: dict[str, Any] = {}
        positions, key_positions, start, value = self.positions, self.key_positions, self.start, self.value
        for key_node, value_node in pairs:
            if type(key_node) is not _SCALAR:
                raise _GiveUp
            key, style = key_node.value, key_node.style
            if (not style and key == "<<") or key in result:
                raise _GiveUp
            child = path + (key,)
            key_positions[child] = start(key_node)
            if style:
                self.layout(key_node, parent, in_flow)
            positions[child] = start(value_node)
            result[key] = value(value_node, child, depth + 1, parent, in_flow)
        return result

    def scalar(self, node: Any, path: tuple[Any, ...], parent: int, in_flow: bool) -> Any:
        text = node.value
        if len(text) <= events.SHORT:  # as events.shared_text, inline: one call less per value
            shared = events._SHORT_TEXTS
            text = shared.setdefault(text, text) if len(shared) < events.MAX_SHORT_TEXTS else shared.get(text, text)
        else:
            text = self.equal.setdefault(text, text)
        if node.style:  # quoted or block: a string, whatever it looks like
            self.layout(node, parent, in_flow)
            return text
        tag = node.tag
        if tag == _STR or tag == _TIMESTAMP:
            return text
        self.texts[path] = text
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return text.lower() in ("yes", "true", "on")
        if tag == _INT:
            number = to_int(text)
            return text if number is None else YamlInt(number, text)
        if tag == _FLOAT:
            return YamlFloat(to_float(text), text)
        return text
