"""bench/plant_errors.py: a planted digit in a release whose figures agree is reported as caught."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "plant_errors.py"
RELEASE = "全年全市粮食总产量500万吨，其中夏粮产量200万吨，秋粮产量300万吨。\n"


def test_a_planted_digit_in_a_sum_is_caught(tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "release.yaml").write_text("document: release.txt\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("a record with no labels: not a release\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "--per", "3", "-v"], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[0].startswith("planted 3, caught 3 (100.0 %)")
    assert "sum" in done.stdout and "missed:" not in done.stdout
