"""A safe reader for sources.yaml: plain data plus the line:col of every key and value.

sources.yaml is configuration, so its problems are ConfigErrors (exit 2) rather than
findings. The file is composed into nodes (never constructed from tags), and anchors,
aliases, explicit tags, merge keys and duplicate keys are refused, as for claim files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError
from factcheck.model import Position

MAX_BYTES = 1 << 20
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq",
                                                         "timestamp")}


@dataclass
class YamlTree:
    file: str
    data: Any = None
    positions: dict[tuple[Any, ...], Position] = field(default_factory=dict)
    key_positions: dict[tuple[Any, ...], Position] = field(default_factory=dict)

    def position(self, path: tuple[Any, ...]) -> Position:
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, Position(self.file))

    def error(self, path: tuple[Any, ...], reason: str, at_key: bool = False) -> ConfigError:
        """A ConfigError at the value of `path` (or at its key, for an unknown key)."""
        where = self.key_positions.get(path) if at_key else None
        return ConfigError(f"{where or self.position(path)}: {reason}")


def read_tree(path: Path) -> YamlTree:
    import yaml

    tree = YamlTree(str(path))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    if len(raw) > MAX_BYTES:
        raise ConfigError(f"{path}:1:1: larger than 1 MiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}:1:1: not UTF-8 (byte {error.start})") from None
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        _refuse_anchors(text, loader_class, str(path))
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        raise ConfigError(f"{path}:{where}: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}:1:1: {error}") from None
    finally:
        loader.dispose()
    if node is None:
        raise ConfigError(f"{path}:1:1: the file is empty; it needs a `sources` mapping")
    scalars = yaml.SafeLoader("")
    tree.data = _walk(node, (), tree, scalars, set())
    return tree


def _refuse_anchors(text: str, loader_class: Any, file: str) -> None:
    """Anchors and aliases, found on the parser's events where their own marks still are."""
    import yaml

    for event in yaml.parse(text, Loader=loader_class):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            mark = event.start_mark
            raise ConfigError(f"{file}:{mark.line + 1}:{mark.column + 1}: anchors and aliases are not allowed")


def _walk(node: Any, path: tuple[Any, ...], tree: YamlTree, scalars: Any, seen: set[int]) -> Any:
    import yaml

    at = Position(tree.file, node.start_mark.line + 1, node.start_mark.column + 1)
    tree.positions[path] = at
    if id(node) in seen:
        raise ConfigError(f"{at}: anchors and aliases are not allowed")
    seen.add(id(node))
    if node.tag not in _PLAIN_TAGS:
        raise ConfigError(f"{at}: explicit tag {node.tag!r} is not allowed")
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_at = f"{tree.file}:{key_node.start_mark.line + 1}:{key_node.start_mark.column + 1}"
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise ConfigError(f"{key_at}: merge keys (<<) are not allowed")
            if not isinstance(key_node, yaml.ScalarNode):
                raise ConfigError(f"{key_at}: a key must be plain text")
            key = key_node.value
            tree.key_positions[path + (key,)] = Position(tree.file, key_node.start_mark.line + 1,
                                                         key_node.start_mark.column + 1)
            if key in result:
                raise ConfigError(f"{key_at}: duplicate key {key!r}")
            result[key] = _walk(value_node, path + (key,), tree, scalars, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, path + (i,), tree, scalars, seen) for i, item in enumerate(node.value)]
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value
    return scalars.construct_object(node)
