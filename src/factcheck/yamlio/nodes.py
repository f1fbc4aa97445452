"""sources.yaml read like a claim file: plain data plus the line:col of every key and value.

The reading is `factcheck.yamlio.reader`'s (anchors, aliases, tags, merge keys, duplicate keys,
oversized and undecodable files refused); sources.yaml is configuration, so its first problem
becomes a ConfigError "file:line:col: reason" (exit status 2) rather than a finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError
from factcheck.model import Position
from factcheck.yamlio.reader import read_yaml


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
    """Read sources.yaml with the project's safe reader; its first problem is a ConfigError."""

    doc = read_yaml(path)
    if doc.problems:
        problem = doc.problems[0]
        reason = problem.reason.replace("a claim file", "sources.yaml")
        if doc.data is None and "empty file" in reason:
            reason = "the file is empty; it needs a `sources` mapping"
        raise ConfigError(f"{path}:{problem.line}:{problem.column}: {reason}")
    tree = YamlTree(str(path), doc.data)
    tree.positions = {key: Position(str(path), *where) for key, where in doc.positions.items()}
    tree.key_positions = {key: Position(str(path), *where) for key, where in doc.key_positions.items()}
    return tree
