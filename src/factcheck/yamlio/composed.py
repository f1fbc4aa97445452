"""The fast path of `yamlio.parse_yaml`: libyaml composes the nodes, a short walk builds the data.

The event walk (`yamlio.events`) reads one parser event at a time in Python, which is most of
the cost of loading a claim file. libyaml's composer builds the same tree in C, each node with
its start mark, so for a clean file a walk over the nodes gives the same data, positions and
texts at a fraction of the cost. Only a clean file: the walk gives up (returns False, the doc
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

from factcheck.yamlio.doc import YamlDoc, YamlFloat, YamlInt
from factcheck.yamlio.events import MAX_DEPTH, MAX_NODES, shared_text, to_float, to_int
from factcheck.yamlio.strict import Layout

_TAG = "tag:yaml.org,2002:"
_STR, _TIMESTAMP, _NULL, _BOOL = _TAG + "str", _TAG + "timestamp", _TAG + "null", _TAG + "bool"
_INT, _FLOAT = _TAG + "int", _TAG + "float"
_INDICATORS = "[{-?:"  # every collection starts with or holds one of its own (`- `, `key:`, `[`, `{`, `? `)
_CPARSER: type | None = getattr(getattr(yaml, "cyaml", None), "CParser", None)  # PyYAML built with libyaml
_MAX_INDICATORS = 1000  # far below any C stack limit, far above a claim file's few dozen


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
    if not isinstance(root, yaml.MappingNode):
        return False
    walk = _Walk(text, "&" in text or "!" in text)
    try:
        data = walk.node(root, (), 0)
    except _GiveUp:
        return False
    if walk.layout.problems:
        return False
    doc.data, doc.positions, doc.key_positions, doc.texts = data, walk.positions, walk.key_positions, walk.texts
    return True


class _Walk:
    def __init__(self, text: str, properties: bool) -> None:
        self.text = text
        self.properties = properties  # an anchor or a tag may be written: look at each node's start
        self.layout = Layout(text)
        self.positions: dict[tuple[Any, ...], tuple[int, int]] = {}
        self.key_positions: dict[tuple[Any, ...], tuple[int, int]] = {}
        self.texts: dict[tuple[Any, ...], str] = {}
        self.equal: dict[str, str] = {}
        self.nodes = 0

    def count(self, node: Any) -> tuple[int, int]:
        self.nodes += 1
        mark = node.start_mark
        if self.nodes > MAX_NODES or (self.properties and self.text[mark.index : mark.index + 1] in ("&", "!")):
            raise _GiveUp
        return mark.line + 1, mark.column + 1

    def node(self, node: Any, path: tuple[Any, ...], depth: int) -> Any:
        self.positions[path] = self.count(node)
        if type(node) is yaml.ScalarNode:
            return self.scalar(node, path)
        if depth >= MAX_DEPTH:
            raise _GiveUp
        self.layout.node(node)
        if type(node) is yaml.SequenceNode:
            items = [self.node(item, path + (index,), depth + 1) for index, item in enumerate(node.value)]
        else:
            items = self.mapping(node, path, depth)
        self.layout.end(node)
        return items

    def mapping(self, node: Any, path: tuple[Any, ...], depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        key_positions = self.key_positions
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode or (not key_node.style and key_node.value == "<<"):
                raise _GiveUp
            position = self.count(key_node)
            if key_node.style:
                self.layout.node(key_node)
            key = key_node.value
            if key in result:
                raise _GiveUp
            child = path + (key,)
            key_positions[child] = position
            result[key] = self.node(value_node, child, depth + 1)
        return result

    def scalar(self, node: Any, path: tuple[Any, ...]) -> Any:
        text = shared_text(node.value, self.equal)
        if node.style:  # quoted or block: a string, whatever it looks like
            self.layout.node(node)
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
