"""yamlio: plain data from parser events, positions for every key and value, refusals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from factcheck.yamlio import events as yamlevents
from factcheck.yamlio import reader as yamlio
from factcheck.yamlio.reader import MAX_BYTES, YamlFloat, YamlInt, parse_yaml, read_yaml


def problems(text: str | bytes) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.reason) for p in parse_yaml(text).problems]


def only(text: str | bytes) -> tuple[int, int, str]:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(params=["c", "pure"])
def loader(request, monkeypatch):
    """Every behaviour holds with libyaml's parser and with the pure-Python one."""
    if request.param == "c" and not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML built without libyaml")
    monkeypatch.setattr(yamlio, "LOADER", yaml.CSafeLoader if request.param == "c" else yaml.SafeLoader)
    return request.param


def test_scalars_keep_their_written_text(loader):
    doc = parse_yaml("value: 57.90\nperiod: 2022\npublished: 2023-01-05\nn: 010\nt: 1:20\nbig: 1_000\n")
    assert doc.ok
    data = doc.data
    assert isinstance(data["value"], YamlFloat) and str(data["value"]) == "57.90" and data["value"] == 57.9
    assert isinstance(data["period"], YamlInt) and str(data["period"]) == "2022"
    assert data["published"] == "2023-01-05" and type(data["published"]) is str
    assert data["n"] == 8 and str(data["n"]) == "010"  # YAML 1.1 octal, text kept
    assert data["t"] == 80 and str(data["t"]) == "1:20"  # YAML 1.1 sexagesimal, text kept
    assert str(data["big"]) == "1_000"


def test_booleans_nulls_and_quoted_strings(loader):
    doc = parse_yaml("a: no\nb: Yes\nc: ~\nd:\ne: 'no'\nf: \"57.90\"\ng: |\n  text\n")
    assert doc.data == {"a": False, "b": True, "c": None, "d": None, "e": "no", "f": "57.90", "g": "text\n"}
    assert doc.texts[("a",)] == "no" and doc.texts[("c",)] == "~" and doc.texts[("d",)] == ""
    assert ("e",) not in doc.texts


def test_positions_of_keys_and_values(loader):
    text = "claim: 全市共建设\nvalue: 1793\nchecks:\n  - sum: [./a, ./b, 中文c]\ncitation: {quote: 😀😀x}\n"
    doc = parse_yaml(text)
    assert doc.ok
    assert doc.key_positions[("value",)] == (2, 1)
    assert doc.positions[("value",)] == (2, 8)
    assert doc.positions[("checks", 0)] == (4, 5)
    assert doc.key_positions[("checks", 0, "sum")] == (4, 5)
    assert doc.positions[("checks", 0, "sum", 2)] == (4, 21)  # columns count code points
    assert doc.positions[("citation", "quote")] == (5, 19)
    assert doc.positions[()] == (1, 1)


def test_anchor_alias_tag_merge_and_duplicate_all_reported(loader):
    text = "a: &x 1\nb: *x\nc: !!python/object:os.system {}\nd: !foo bar\n<<: {e: 1}\na: 2\n"
    assert problems(text) == [
        (1, 4, "anchor `&x` is not allowed: a claim file is plain data"),
        (2, 4, "alias `*x` is not allowed: write the value out"),
        (3, 4, "explicit tag `!!python/object:os.system` is not allowed: a claim file is plain data"),
        (4, 4, "explicit tag `!foo` is not allowed: a claim file is plain data"),
        (5, 1, "merge key `<<` is not allowed: write the keys out"),
        (6, 1, "duplicate key `a` (first at 1:1)"),
    ]
    doc = parse_yaml(text)
    assert doc.data["a"] == 1  # the first of two duplicates is kept, the second reported
    assert ("b",) in doc.problem_paths


def test_standard_tag_is_refused_too(loader):
    assert only("value: !!str 12\n") == (1, 8, "explicit tag `!!str` is not allowed: a claim file is plain data")


def test_complex_key_refused(loader):
    line, column, reason = only("? [a, b]\n: 1\n")
    assert (line, column) == (1, 3) and "key must be plain text" in reason


def test_empty_files_and_non_mappings(loader):
    assert only("")[:2] == (1, 1) and "empty file" in only("")[2]
    assert only("# only a comment\n")[:2] == (1, 1)
    assert only("- 1\n- 2\n") == (1, 1, "the top level must be a mapping (claim:, value:, ...), not a list")
    assert only("\n\njust text\n") == (3, 1, "the top level must be a mapping (claim:, value:, ...), not text")
    assert only("---\n")[2].endswith("not null")


def test_second_document(loader):
    doc = parse_yaml("a: 1\n---\nb: 2\n")
    assert [(p.line, p.column) for p in doc.problems] == [(2, 1)]
    assert "one YAML document" in doc.problems[0].reason


def test_syntax_error_keeps_earlier_problems(loader):
    found = problems("a: &x 1\nb: [1, 2\nc: 3\n")
    assert found[0] == (1, 4, "anchor `&x` is not allowed: a claim file is plain data")
    assert found[1][:2] == (3, 2) and found[1][2].startswith("YAML syntax error: ")
    assert parse_yaml("a: &x 1\nb: [1, 2\nc: 3\n").data is None


def test_syntax_error_position(loader):
    line, column, reason = only("claim: x\nvalue: a: b\n")
    assert (line, column) == (2, 9) and "mapping values are not allowed" in reason


def test_undecodable_bytes_position():
    assert only(b"claim: x\nvalue: 12\xff3\n") == (
        2,
        10,
        "bytes are not valid UTF-8 (byte 0xFF); save the file as UTF-8",
    )
    assert only("claim: 中文".encode() + b"\xe4\xb8\n")[:2] == (1, 10)
    # a BOM is allowed, and not counted as a column
    assert parse_yaml(b"\xef\xbb\xbfclaim: x\n").data == {"claim": "x"}
    assert only(b"\xef\xbb\xbfab\xc3(\n")[:2] == (1, 3)


def test_control_character_refused():
    assert only("claim: a\x07b\n") == (1, 9, "character U+0007 is not allowed in YAML")
    assert only("a: 1\r\nb: \x00\n")[:2] == (2, 4)


def test_size_limit_checked_before_reading(tmp_path: Path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * MAX_BYTES + b"\n")
    doc = read_yaml(path)
    assert [(p.line, p.column) for p in doc.problems] == [(1, 1)]
    assert "larger than 1 MiB" in doc.problems[0].reason
    exact = tmp_path / "exact.yaml"
    exact.write_bytes(b"a: " + b"x" * (MAX_BYTES - 4) + b"\n")
    assert read_yaml(exact).ok


def test_unreadable_file_is_a_problem(tmp_path: Path):
    doc = read_yaml(tmp_path / "missing.yaml")
    assert doc.problems[0].line == 1 and "cannot read file" in doc.problems[0].reason
    assert "cannot read file" in read_yaml(tmp_path).problems[0].reason  # a folder


def test_a_fifo_is_refused_without_blocking(tmp_path: Path):
    path = tmp_path / "fifo.yaml"
    os.mkfifo(path)
    doc = read_yaml(path)
    assert doc.problems[0].line == 1 and "not a regular file" in doc.problems[0].reason


def test_depth_and_node_caps(loader):
    deep = "a: " + "[" * 100 + "]" * 100 + "\n"
    line, column, reason = only(deep)
    assert (line, column) == (1, 3 + yamlevents.MAX_DEPTH) and "nested deeper" in reason
    many = "a: [" + ", ".join(["1"] * (yamlevents.MAX_NODES + 10)) + "]\n"
    assert "more than" in only(many)[2]


def test_alias_bomb_is_not_expanded(loader):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[index]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    doc = parse_yaml("\n".join(lines) + "\n")
    assert len(doc.problems) == 9 + 8 * 9  # every anchor and alias, nothing expanded


def test_merge_key_bomb_is_refused_quickly(loader):
    text = "a: &a {x: 1}\n" + "".join(f"b{i}: &b{i} {{<<: [*a, *a]}}\n" for i in range(200))
    doc = parse_yaml(text)
    assert any("merge key" in p.reason for p in doc.problems)


def test_content_hash_is_of_the_bytes():
    import hashlib

    raw = "claim: 中文\n".encode()
    assert parse_yaml(raw).content_hash == hashlib.sha256(raw).hexdigest()


def test_huge_integer_stays_text(loader):
    digits = "9" * 5000
    doc = parse_yaml(f"value: {digits}\n")
    assert doc.ok and doc.data["value"] == digits


def test_special_floats_keep_text(loader):
    doc = parse_yaml("a: .inf\nb: -.Inf\nc: .NaN\nd: 1.5e+3\ne: 190:20:30.15\n")
    assert [str(v) for v in doc.data.values()] == [".inf", "-.Inf", ".NaN", "1.5e+3", "190:20:30.15"]
    assert doc.data["d"] == 1500.0 and doc.data["e"] == 190 * 3600 + 20 * 60 + 30.15


def test_duplicate_inside_a_refused_value_names_the_first(loader):
    found = problems("a: 1\na:\n  b: 1\n  b: 2\n")
    assert found == [(2, 1, "duplicate key `a` (first at 1:1)"), (4, 3, "duplicate key `b` (first at 3:3)")]


def test_a_refused_key_does_not_hide_its_siblings(loader):
    doc = parse_yaml("citation:\n  <<: {}\n  titel: x\n")
    assert ("citation",) not in doc.problem_paths and ("citation", "<<") in doc.problem_paths


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('claim: "有5家"# comment\nvalue: 5\n', 1, 13),
        ("claim: '有5家'#c\n", 1, 13),
        ("claim: >#c\n  有5家\n", 1, 9),
        ("checks: [a, b]#c\n", 1, 15),
        ('claim: "有5家\nvalue: 5"\n', 2, 1),
        ("claims: [a,\nb]\n", 2, 1),
        ('claim: "a\n\tb"\n', 2, 1),
        ("claim: >\n   \n # c\n", 1, 8),
    ],
)
def test_what_yaml_forbids_and_libyaml_accepts_is_a_problem_at_its_place(text: str, line: int, column: int) -> None:
    doc = parse_yaml(text)
    assert [(p.line, p.column) for p in doc.problems] == [(line, column)], doc.problems


@pytest.mark.parametrize(
    "text",
    ['claim: "有5家" # c\n', 'claim: "a\n  b"\n', "a:\n  - [x,\n     y]\n", "a: |\n   \nb: 1\n", "a: 'x' #c\n"],
)
def test_the_same_layouts_written_as_yaml_allows_are_fine(text: str) -> None:
    assert parse_yaml(text).problems == []
