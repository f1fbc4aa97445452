"""What YAML 1.2 forbids but libyaml and PyYAML let through, checked on the parser's events.

A claim file that a stricter parser (an editor, a CI linter, another YAML library) would reject
must not pass `factcheck validate`. libyaml accepts four such layouts; each is reported at its
line:col (the six error cases of the YAML test suite that libyaml accepts):

- a comment glued to a value: `claim: "有5家"# note`, `block: ># note`, `[a, b]#note`
  (a comment needs a space or tab before `#`);
- a continuation line of a quoted value or a flow collection (`[…]`, `{…}`) that is not indented
  more than the block mapping or sequence holding it (a tab does not count as indentation);
- a block scalar (`|`, `>`) whose leading empty lines hold more spaces than its first line.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_BLOCK_HEADER = re.compile(r"[|>][0-9+-]*")


class Layout:
    """Fed the node events in order (`node`, `end`); collects (line, column, reason) problems, 1-based."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: list[str] | None = None
        self.blocks = [-1]  # columns of the enclosing block collections; -1 at the top
        self.flows: list[Any] = []  # start marks of the open flow collections
        self.open: list[bool] = []  # for each open collection: is it a flow one
        self.problems: list[tuple[int, int, str]] = []

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines

    def node(self, event: Any) -> None:
        """A node's event, or the node itself (libyaml's composed nodes carry the same marks)."""
        if isinstance(event, (yaml.ScalarEvent, yaml.ScalarNode)):
            if event.style in ('"', "'"):
                self._glued_comment(event.end_mark)
                if not self.flows:
                    self._continuation(event.start_mark, event.end_mark, "a quoted value")
            elif event.style in ("|", ">"):
                self._block_scalar(event.start_mark)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent, yaml.CollectionNode)):
            self.open.append(bool(event.flow_style))
            if event.flow_style:
                self.flows.append(event.start_mark)
            else:
                self.blocks.append(event.start_mark.column)

    def end(self, event: Any) -> None:
        """A SequenceEndEvent or MappingEndEvent, or the collection node that ends."""
        if not self.open:
            return
        if self.open.pop():
            start = self.flows.pop()
            self._glued_comment(event.end_mark)
            if not self.flows:
                self._continuation(start, event.end_mark, "a `[…]` or `{…}` value")
        else:
            self.blocks.pop()

    def composed(self, node: Any, parent: int, in_flow: bool) -> None:
        """The checks of one node of libyaml's composed tree, a styled scalar or a flow collection
        (when it ends), inside a block collection at column `parent` (-1 at the top);
        `in_flow`: inside a `[…]` or `{…}`. Nodes give no events, so no stacks are kept."""
        self.blocks, self.flows, self.open = [parent], ([node.start_mark] if in_flow else []), []
        if isinstance(node, yaml.ScalarNode):
            self.node(node)
            return
        self._glued_comment(node.end_mark)
        if not in_flow:
            self._continuation(node.start_mark, node.end_mark, "a `[…]` or `{…}` value")

    def _glued_comment(self, end: Any) -> None:
        if self.text[end.index : end.index + 1] == "#":
            self.problems.append((end.line + 1, end.column + 1, "a comment needs a space before `#`"))

    def _continuation(self, start: Any, end: Any, what: str) -> None:
        parent = self.blocks[-1]
        for number in range(start.line + 1, end.line + 1):
            line = self.lines[number] if number < len(self.lines) else ""
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip(" "))
            if indent <= parent:
                reason = (
                    f"this line continues {what} and must be indented more than the key or `-` that holds it "
                    f"(by spaces: {parent + 1} at least)"
                )
                self.problems.append((number + 1, indent + 1, reason))
                return

    def _block_scalar(self, start: Any) -> None:
        header = _BLOCK_HEADER.match(self.text, start.index)
        if header is None:
            return
        after = header.end()
        if self.text[after : after + 1] == "#":
            self.problems.append(
                (start.line + 1, start.column + 1 + after - start.index, "a comment needs a space before `#`")
            )
        if any(char.isdigit() for char in header.group()):
            return  # an explicit indentation: leading lines are not measured
        widest = 0
        for number in range(start.line + 1, len(self.lines)):
            line = self.lines[number]
            if line.strip():
                indent = len(line) - len(line.lstrip(" "))
                if indent > self.blocks[-1] and widest > indent:
                    reason = "a leading empty line of this block scalar has more spaces than its first line"
                    self.problems.append((start.line + 1, start.column + 1, reason))
                return
            widest = max(widest, len(line) - len(line.lstrip(" ")))
