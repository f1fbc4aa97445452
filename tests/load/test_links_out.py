"""A claim file that is a link out of the repository is `invalid` and never read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cli_support import run_json

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")

SECRET = "oauth_token: gho_secretsecretsecret"


def test_a_link_out_is_invalid_and_its_text_never_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "home" / "hosts.yml"
    outside.parent.mkdir()
    outside.write_text(f"claim: 有5家\nvalue: 5\ncitation: {{quote: 有5家}}\n{SECRET}\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / "claims" / "sub").mkdir(parents=True)
    (repo / "claims" / "ok.yaml").write_text("claim: 有5家\nvalue: 5\nunit: 家\ncitation: {quote: 有5家}\n")
    (repo / "claims" / "x.yaml").symlink_to(outside)
    (repo / "claims" / "env.yaml").symlink_to("/proc/self/environ")
    (repo / "claims" / "sub" / "linked").symlink_to(outside.parent, target_is_directory=True)
    (repo / "claims" / "inside.yaml").symlink_to(repo / "claims" / "ok.yaml")  # a link that stays: fine
    monkeypatch.chdir(repo)
    code, doc = run_json("--explain")
    by_id = {claim["id"]: claim for claim in doc["claims"]}
    assert by_id["ok"]["verdict"] == by_id["inside"]["verdict"] == "pass"
    for claim_id in ("x", "env"):
        assert by_id[claim_id]["verdict"] == "invalid"
        assert "link to a file outside the repository" in by_id[claim_id]["findings"][0]["message"]
    assert "gho_secret" not in json.dumps(doc) and "PATH=" not in json.dumps(doc)
    assert code == 1
