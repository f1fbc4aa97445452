"""The composed-node fast path reads a clean file exactly as the event walk does, and leaves
every file with a problem to the event walk (so each refusal keeps its line:col and reason)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.yamlio import reader
from factcheck.yamlio.composed import read_composed
from factcheck.yamlio.doc import YamlDoc
from factcheck.yamlio.events import EventReader

pytestmark = pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT.parent.parent / "shared" / "fixtures" / "yaml-test-suite"


def _both(text: str) -> tuple[YamlDoc | None, YamlDoc]:
    fast = YamlDoc()
    walked = YamlDoc()
    EventReader(yaml.CSafeLoader, text, walked).read()
    return (fast if read_composed(yaml.CSafeLoader, text, fast) else None), walked


def _same(fast: YamlDoc, walked: YamlDoc) -> None:
    assert not walked.problems
    assert fast.data == walked.data
    assert repr(fast.data) == repr(walked.data)  # numbers keep their written text
    assert fast.positions == walked.positions
    assert fast.key_positions == walked.key_positions
    assert fast.texts == walked.texts


def _texts() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "claims").rglob("*.yaml"))
    if SUITE.is_dir():
        paths += sorted(SUITE.glob("*/in.yaml"))
    texts = []
    for path in paths:
        raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if not reader._NON_PRINTABLE.search(text):
            texts.append((str(path), text))
    return texts


def test_clean_files_read_the_same_and_files_with_problems_go_to_the_event_walk() -> None:
    fast_count = 0
    for name, text in _texts():
        fast, walked = _both(text)
        if fast is not None:
            fast_count += 1
            _same(fast, walked)
        else:
            assert walked.problems or not isinstance(walked.data, dict) or len(text) > 2000, name
    assert fast_count > 10


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: 2\n",  # an anchor never used
        "a: &x 1\nb: *x\n",
        "a: !!str 5\n",
        "? !!str a\n: 1\n",  # a tag on a key
        "a: !custom [1]\n",
        "a: 1\na: 2\n",
        "<<: {a: 1}\n",
        "[1]: 2\n",
        "a: 1\n---\nb: 2\n",
        "a: [1, 2]#c\n",
        'a: "x"#c\n',
        "- 1\n",
        "",
        "a: " + "[" * 70 + "]" * 70 + "\n",
        "a: " + "[" * 2000 + "]" * 2000 + "\n",
        "a: *nowhere\n",
        "a: [1\n",
    ],
)
def test_what_the_event_walk_reports_is_left_to_it(text: str) -> None:
    fast, walked = _both(text)
    assert fast is None
    assert walked.problems
    doc = reader.parse_yaml(text)
    assert [(p.line, p.column, p.reason) for p in doc.problems] == [
        (p.line, p.column, p.reason) for p in walked.problems
    ]


@pytest.mark.parametrize(
    "text",
    [
        "claim: R&D rose 5%!\nvalue: 5\nunit: '%'\nnote: \"a*b & c!\"\n",  # & * ! inside texts, not properties
        "a: 010\nb: 0x1F\nc: 57.90\nd: ~\ne: yes\nf: 2023-01-05\ng: '12'\nh: |\n  text\n",
        "a:\n  - {b: 1, c: [2, 3]}\n  - ? d\n    : 4\n",
    ],
)
def test_clean_texts_read_the_same(text: str) -> None:
    fast, walked = _both(text)
    assert fast is not None
    _same(fast, walked)
