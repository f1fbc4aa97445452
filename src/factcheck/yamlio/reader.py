"""Safe YAML reading for claim files: plain data, a position for every key and value.

A claim file is plain data (see docs/claim-format.md). PyYAML's loaders construct objects, expand aliases and
silently keep the last of two duplicate keys, so we never ask them for data: we read the
parser's *events* (libyaml's C parser when present, 8.7× faster than the pure one) and build
dicts, lists and scalars ourselves. Anchors, aliases, explicit tags, merge keys, duplicate
keys, several documents, oversized files and undecodable bytes are reported as problems with
1-based line:col (columns in code points); nothing in the file is ever expanded or constructed.
A clean file (nearly every one) is read faster from the node tree libyaml composes in C
(`yamlio.composed`), which builds the same data; a file with anything to report takes the event
walk, so every problem is worded and placed as the event walk says.

Scalars keep the text the author wrote: `value: 57.90` must stay "57.90" for the value grammar
to know its rounding, so numbers arrive as `YamlInt`/`YamlFloat`, whose `str()` is that text,
and timestamps stay strings (`published: 2023-01-05` → "2023-01-05"). Mapping keys are text.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from factcheck.yamlio.composed import read_composed
from factcheck.yamlio.doc import YamlDoc, YamlFloat, YamlInt, YamlProblem, describe, line_col, scalar_text
from factcheck.yamlio.events import EventReader

__all__ = [
    "LOADER",
    "MAX_BYTES",
    "YamlDoc",
    "YamlFloat",
    "YamlInt",
    "YamlProblem",
    "describe",
    "line_col",
    "parse_yaml",
    "read_bytes",
    "read_yaml",
    "scalar_text",
]

#: The event source: libyaml's parser when PyYAML was built with it, else the pure one.
LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1 << 20  # 1 MiB: docs/claim-format.md

# Characters YAML forbids in a stream (the same set as PyYAML's and libyaml's readers).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def read_yaml(path: Path) -> YamlDoc:
    """Read and parse one file; I/O trouble and bad bytes become problems, never exceptions."""
    raw = read_bytes(path)
    return raw if isinstance(raw, YamlDoc) else parse_yaml(raw)


def read_bytes(path: Path) -> bytes | YamlDoc:
    """The bytes of one claim file, or a YamlDoc holding why they cannot be read."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # a FIFO or a device would block or never end
            return _refused("not a regular file: a claim file is a plain file")
        with open(path, "rb") as handle:
            size = _size_of(handle)
            if size is not None and size > MAX_BYTES:
                return _refused(f"file is larger than 1 MiB ({size} bytes); a claim file is small")
            # Ask for the size plus one byte: `read(MAX_BYTES + 1)` allocates a 1 MiB buffer for
            # every small file (3× slower to read). A file that grew since is read on to the limit.
            raw = handle.read(MAX_BYTES + 1 if size is None else size + 1)
            if size is not None and len(raw) > size:
                raw += handle.read(MAX_BYTES + 1 - len(raw))  # a size we could not trust is checked again here
    except OSError as error:
        return _refused(f"cannot read file: {error.strerror or error}")
    if len(raw) > MAX_BYTES:
        return _refused("file is larger than 1 MiB; a claim file is small")
    return raw


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
    if not read_composed(LOADER, text, doc):  # a file with a problem: the event walk says what and where
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
