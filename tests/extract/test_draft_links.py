"""Drafts are written in one step: a link planted at a draft's name is replaced, never written through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cli_support import invoke


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
@pytest.mark.parametrize("force", [False, True])
def test_extract_never_writes_a_draft_through_a_planted_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / "drafts").mkdir(parents=True)
    (repo / "doc.txt").write_text("全市有加氢站6座。\n", encoding="utf-8")
    (repo / "drafts" / "hydrogen-stations.yaml").symlink_to(victim)
    monkeypatch.chdir(repo)
    code, out, err = invoke("extract", "doc.txt", "--out", "drafts", *(["--force"] if force else []))
    assert code == 0, out + err
    assert victim.read_text(encoding="utf-8") == "precious"
