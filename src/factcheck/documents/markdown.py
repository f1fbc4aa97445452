"""Visible text of Markdown, one block (paragraph, heading, list item) per entry.

A claim's quote must read as the document reads, so markup is dropped but words are never
reordered; lines wrapped inside one Markdown paragraph are joined (with no space between
Chinese characters, with one space otherwise). A table row (a line starting with `|`) is one
block, its cells joined by " | ", as an HTML table's row is read.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u3000]+")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]) (?=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f])")


def _clean(text: str) -> str:
    return _CJK_GAP.sub("", _SPACE.sub(" ", text)).strip()


_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
# Linear on any line: a span's text cannot hold its own opening bracket or marker, so a line of
# 50,000 unclosed `[` or `*` is one pass, not a scan to the end of the line from each of them.
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_EMPHASIS = re.compile(
    r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*|__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__"
    r"|\*(?=\S)([^*]+?)(?<=\S)\*|`(?=\S)([^`]+?)(?<=\S)`"
)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def markdown_to_blocks(markdown: str) -> tuple[str, list[str]]:
    """(title, visible blocks) of Markdown: front matter `title:`, else the first heading."""
    lines = markdown.split("\n")
    title = ""
    if lines and lines[0].strip() == "---" and "---" in (line.strip() for line in lines[1:]):
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
        for line in lines[1:end]:
            if line.startswith("title:"):
                title = line[6:].strip().strip("'\"")
        lines = lines[end + 1 :]
    blocks: list[str] = []
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        if current:
            blocks.append(_join_lines(current))
            current.clear()

    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
            flush()
            continue
        if in_fence or _RULE.match(line) or _TABLE_RULE.match(line):
            continue
        if line.strip().startswith("|"):  # a table row: one block, its cells joined by " | " as HTML's are
            flush()
            blocks.append(_clean(" | ".join(_inline(cell) for cell in line.strip().strip("|").split("|"))))
            continue
        heading = _HEADING.match(line)
        if heading or not line.strip() or _LIST.match(line):
            flush()
        if heading:
            blocks.append(_inline(heading.group(1)))
            title = title or blocks[-1]
        elif line.strip():
            current.append(_inline(_LIST.sub("", _QUOTE.sub("", line), count=1)))
    flush()
    return title, [block for block in blocks if block]


def _inline(text: str) -> str:
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(_span_text, text)
    text = _TAG.sub("", text).replace("|", " ")
    return _clean(text)


def _span_text(match: re.Match[str]) -> str:
    return next(group for group in match.groups() if group is not None)


def _join_lines(lines: list[str]) -> str:
    return _clean(" ".join(line for line in lines if line))
