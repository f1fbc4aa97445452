"""A check's operand records: made when read, the same records every time, equal to a dict."""

from __future__ import annotations

import pickle
from pathlib import Path

from factcheck.run import pipeline


def test_operand_records_of_claims_literals_and_missing_ids(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "a.yaml").write_text("claim: a\nvalue: 38\nunit: 家\ncitation: {}\n", encoding="utf-8")
    (claims / "broken.yaml").write_text("claim: broken\nunit: 家\ncitation: {}\n", encoding="utf-8")
    (claims / "total.yaml").write_text(
        "claim: total\nvalue: 1793\nunit: 家\ncitation: {}\n"
        "checks:\n  - sum: [./a, 1755家]\n  - sum: [./a, ./broken]\n",
        encoding="utf-8",
    )
    result = pipeline.run(pipeline.RunOptions(paths=[claims], cwd=tmp_path, offline=True))
    total = next(r for r in result.claims if r.id == "total")
    by_index = {finding.index: finding for finding in total.findings if finding.check == "sum"}
    found = by_index[0].evidence
    expected = {
        "operands": [
            {"operand": "a", "written": "38家", "interval": [38, 38], "unit": "家"},
            {"operand": "number", "written": "1755家", "interval": [1755, 1755], "unit": "家"},
        ]
    }
    assert found == expected and dict(found) == expected and list(found) == ["operands"]
    assert found["operands"] == found["operands"] == expected["operands"]  # the same records on every read
    assert pickle.loads(pickle.dumps(found)) == expected
    assert repr(found) == repr(expected)
    missing = by_index[1].evidence["operands"]
    assert missing[1] == {"operand": "broken", "written": "./broken", "problem": "claim broken is invalid"}
