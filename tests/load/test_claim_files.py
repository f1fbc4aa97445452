"""Whole claim files: every file under tests/claims/invalid states what must be reported.

Each invalid file starts with comment lines `# expect: LINE:COL: reason fragment`; loading the
folder must report exactly those problems (one finding per line, at that position, whose
message contains the fragment), and every file under tests/claims/valid must load.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.load.claims import load_claims
from factcheck.model import Verdict

CLAIMS = Path(__file__).resolve().parents[1] / "claims"
INVALID = sorted((CLAIMS / "invalid").glob("*.y*ml"))
EXPECT = re.compile(r"^# expect: (\d+):(\d+): (.+)$")


def expectations(path: Path) -> list[tuple[int, int, str]]:
    text = path.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff")
    found = []
    for line in text.splitlines():
        match = EXPECT.match(line)
        if match:
            found.append((int(match.group(1)), int(match.group(2)), match.group(3)))
    return found


@pytest.fixture(scope="module")
def loaded_invalid():
    return load_claims([CLAIMS / "invalid"], CLAIMS.parent)


@pytest.mark.parametrize("path", INVALID, ids=lambda path: path.stem)
def test_invalid_file_reports_exactly_what_it_states(path: Path, loaded_invalid) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} states no `# expect:` line"
    claim_id = f"invalid/{path.stem}"
    assert claim_id not in loaded_invalid.claims
    (result,) = [result for result in loaded_invalid.failed if result.id == claim_id]
    assert result.file == f"claims/invalid/{path.name}"
    got = [(f.position.line, f.position.column, f.message) for f in result.findings]
    assert all(f.verdict is Verdict.INVALID for f in result.findings), got
    assert all(f.position.file == result.file for f in result.findings)
    assert len(got) == len(expected), got
    for line, column, fragment in expected:
        assert any((at_line, at_col) == (line, column) and fragment in message for at_line, at_col, message in got), (
            f"expected {line}:{column}: {fragment}\n got {got}"
        )


def test_every_invalid_file_failed_and_nothing_else(loaded_invalid) -> None:
    assert loaded_invalid.claims == {}
    assert sorted(result.id for result in loaded_invalid.failed) == sorted(f"invalid/{p.stem}" for p in INVALID)


def test_valid_files_all_load() -> None:
    loaded = load_claims([CLAIMS / "valid"], CLAIMS.parent)
    assert [(r.file, [f.message for f in r.findings]) for r in loaded.failed] == []
    assert sorted(loaded.claims) == [
        "valid/gdp-target",
        "valid/weifang-2022/five-optimisations",
        "valid/weifang-2022/installed-power",
        "valid/weifang-2022/tech-platforms-national",
        "valid/weifang-2022/tech-platforms-total",
        "valid/weifang-2022/urbanisation",
    ]
    assert loaded.base == CLAIMS and loaded.root == CLAIMS.parent


def test_one_bad_file_does_not_stop_the_others() -> None:
    loaded = load_claims([CLAIMS / "invalid", CLAIMS / "valid"], CLAIMS.parent)
    assert len(loaded.claims) == 6 and len(loaded.failed) == len(INVALID)
