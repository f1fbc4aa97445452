"""Text from input is shown, never obeyed: no control code, markup or script reaches any output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cli_support import invoke
from factcheck.report.registry import REPORTERS
from factcheck.report.safe import printable, printable_tree

TITLE = "\x1b]0;pwned\x07"
CLEAR = "\x1b[2J"
LINK = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"
CSI = "\x9b31m"
BIDI = "\u202e"
HOSTILE = f"有5家{TITLE}{CLEAR}{LINK}{CSI}{BIDI}\r[link=https://evil.example]x[/link]</script><script>alert(1)</script>"
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


def _repo(tmp_path: Path) -> Path:
    claims = tmp_path / "claims"
    claims.mkdir()
    text = json.dumps(HOSTILE)  # a YAML double-quoted string: the escapes reach the claim as characters
    (claims / "a.yaml").write_text(
        f"claim: {text}\nvalue: 5\nunit: 家\ncitation: {{quote: {text}, publisher: {text}}}\nchecks:\n  - same: 6\n",
        encoding="utf-8",
    )
    odd = "b\x1b[2J\x07" if os.name == "posix" else "b"
    (claims / f"{odd}.yaml").write_text("claim: x\nvalue: [\n", encoding="utf-8")
    return tmp_path


def test_printable_escapes_what_a_terminal_obeys() -> None:
    assert printable("a\x1b[2Jb\tc\nd\x9b\u202e") == "a\\x1b[2Jb\tc\nd\\x9b\\u202e"


def test_printable_tree_escapes_keys_and_nested_values_and_keeps_clean_trees() -> None:
    clean = {"id": "a", "findings": [{"message": "1 + 2 = 3", "path": "C:\\b\\r", "n": 1.5, "x": None}], 5: "z"}
    assert printable_tree(clean) == clean  # a literal backslash before b or r is text, not a control code
    hostile = {
        f"k{TITLE}": [f"a{CLEAR}", {"deep": f"{BIDI}b", "ok": "tab\there\nline"}],
        "c1": f"x{CSI}\x85",
        "sep": "a\u2028b",
        7: ("tuple", "\x1b"),
    }
    shown = printable_tree(hostile)
    assert shown == {
        "k\\x1b]0;pwned\\x07": ["a\\x1b[2J", {"deep": "\\u202eb", "ok": "tab\there\nline"}],
        "c1": "x\\x9b31m\\x85",
        "sep": "a\\u2028b",
        7: ("tuple", "\x1b"),  # tuples are not part of a report record: left as they are, as before
    }


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_no_format_prints_a_control_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.chdir(_repo(tmp_path))
    code, out, err = invoke("run", "--format", fmt, "--explain")
    assert code == 1, out + err
    for char in RAW:
        assert char not in out and char not in err, (fmt, repr(char))
    if fmt in ("json", "markdown", "html", "rich"):
        assert "pwned" in out  # shown, as text


def test_the_terminal_report_does_not_obey_markup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_repo(tmp_path))
    code, out, _ = invoke("show", "a")
    assert "\\x1b]0;pwned" in out and "\x1b" not in out


def test_claimreview_cannot_end_its_script_element(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_repo(tmp_path))
    (tmp_path / "claims" / "a.yaml").write_text(
        'claim: "</script><script>alert(1)</script><!-- & >"\nvalue: 5\ncitation: {quote: x}\n', encoding="utf-8"
    )
    for name in os.listdir(tmp_path / "claims"):
        if name.startswith("b"):
            os.unlink(tmp_path / "claims" / name)
    code, out, err = invoke("run", "--format", "claimreview")
    assert "<" not in out and ">" not in out and "&" not in out, out
    reviews = json.loads(out)["@graph"]
    assert reviews[0]["claimReviewed"] == "</script><script>alert(1)</script><!-- & >"


@pytest.mark.parametrize("fmt", ["rich", "json"])
def test_extract_does_not_obey_the_documents_control_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.txt").write_text(f"全市有加氢站6座{TITLE}{CSI}{BIDI}，新能源装机725万千瓦。\n", encoding="utf-8")
    code, out, err = invoke("extract", "doc.txt", "--dry-run", "--verbose", "--format", fmt)  # --verbose: the table
    assert code == 0, out + err
    for char in RAW:
        assert char not in out and char not in err, repr(char)
    assert "pwned" in out
