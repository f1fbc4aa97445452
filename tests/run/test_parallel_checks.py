"""A run whose claims are loaded (and judged on their own) by two processes reports what one
process does: citations against a local document, unknown units, labels, a sum across both halves."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from factcheck.load import parallel
from factcheck.run.pipeline import RunOptions, run

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")

PART = "claim: 去年新建充电桩{n}个\nvalue: {n}\nunit: 个\ncitation: {{document: notes.txt, quote: {quote}}}\n"


def _repository(root: Path) -> Path:
    claims = root / "claims"
    claims.mkdir()
    (root / "notes.txt").write_text("去年新建充电桩1个。去年新建充电桩2个。", encoding="utf-8")
    for n in range(1, 7):
        quote = f"去年新建充电桩{n}个"  # in the document for 1 and 2 only: misquoted for the others
        (claims / f"part-{n}.yaml").write_text(PART.format(n=n, quote=quote), encoding="utf-8")
    (claims / "total.yaml").write_text(
        "claim: 合计新建21个\nvalue: 21\nunit: 个\ncitation: {quote: 合计新建21个}\n"
        "checks:\n  - sum: [part-1, part-2, part-3, part-4, part-5, part-6]\n",
        encoding="utf-8",
    )
    (claims / "odd-unit.yaml").write_text("claim: 长度3弗隆\nvalue: 3\nunit: 弗隆\ncitation: {}\n", encoding="utf-8")
    (claims / "name.yaml").write_text("claim: 一个名字\nvalue: 甲\nkind: label\n", encoding="utf-8")
    return root


def _findings(monkeypatch, root: Path, forking: bool) -> list[tuple]:
    with monkeypatch.context() as patch:
        patch.setattr(parallel, "MIN_FILES", 2 if forking else 10**9)
        patch.setattr(parallel.os, "cpu_count", lambda: 2)
        patch.setattr(parallel.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
        patch.setattr(parallel.threading, "active_count", lambda: 1)
        result = run(RunOptions(paths=[root / "claims"], cwd=root, offline=True, today=date(2026, 11, 26)))
    return [(r.id, [(f.check, f.verdict, f.message, f.position) for f in r.findings]) for r in result.claims]


def test_two_processes_judge_as_one(tmp_path: Path, monkeypatch) -> None:
    root = _repository(tmp_path)
    forks: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(parallel.os, "fork", lambda: forks.append(1) or real_fork())
    both = _findings(monkeypatch, root, forking=True)
    assert forks == [1]
    assert both == _findings(monkeypatch, root, forking=False)
    verdicts = {claim_id: {(check, verdict.value) for check, verdict, *_ in found} for claim_id, found in both}
    assert ("citation", "misquoted") in verdicts["part-6"] and ("citation", "pass") in verdicts["part-1"]
    assert ("sum", "pass") in verdicts["total"]
