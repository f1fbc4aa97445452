"""Baseline round trip: an old failure is accepted, a new one fails, fixed and stale entries show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import ConfigError
from factcheck.gate.baseline import BaselineEntry, apply_baseline, read_baseline, write_baseline
from factcheck.gate.decision import Policy, exit_code
from factcheck.interval import Interval
from factcheck.model import Claim, ClaimResult, Finding, Kind, Position, Quantity, RunResult, Verdict


def claim(claim_id: str, content_hash: str) -> Claim:
    return Claim(
        id=claim_id,
        file=f"claims/{claim_id}.yaml",
        text="t",
        value_text="1",
        quantity=Quantity(Interval.point(1)),
        kind=Kind.FACT,
        position=Position(f"claims/{claim_id}.yaml"),
        positions={},
        content_hash=content_hash,
    )


def result(*claims: tuple[str, str, list[tuple[str, str, int | None]]]) -> RunResult:
    """claims: (id, content hash, [(check, verdict, index)])."""
    results = []
    for claim_id, content_hash, findings in claims:
        items = [
            Finding(
                check, Verdict(verdict), f"{check} is {verdict}", Position(f"claims/{claim_id}.yaml", 4, 3), index=index
            )
            for check, verdict, index in findings
        ]
        results.append(ClaimResult(claim_id, f"claims/{claim_id}.yaml", items, claim(claim_id, content_hash)))
    return RunResult(results)


TODAY = result(
    ("b/total", "h1", [("sum", "fail", 0), ("compare", "confirmed", None)]),
    ("a/share", "h2", [("citation", "uncited", None), ("share", "fail", 1)]),
    ("c/ok", "h3", [("same", "pass", 0)]),
)


def test_write_baseline_is_sorted_readable_and_only_failing(tmp_path: Path) -> None:
    path = tmp_path / "factcheck-baseline.json"
    entries = write_baseline(TODAY, path)
    assert [e.key for e in entries] == [("a/share", "share", 1), ("b/total", "sum", 0)]
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and '\n  "findings": [' in text
    document = json.loads(text)
    assert document["version"] == 1
    assert document["findings"][1] == {
        "id": "b/total",
        "check": "sum",
        "index": 0,
        "hash": "h1",
        "verdict": "fail",
        "message": "sum is fail",
    }
    assert read_baseline(path) == entries


def test_strict_baseline_includes_uncited(tmp_path: Path) -> None:
    entries = write_baseline(TODAY, tmp_path / "b.json", Policy(strict=True))
    assert ("a/share", "citation", None) in [e.key for e in entries]


def test_round_trip_old_failure_passes_new_failure_fails(tmp_path: Path) -> None:
    path = tmp_path / "factcheck-baseline.json"
    write_baseline(TODAY, path)
    entries = read_baseline(path)
    outcome = apply_baseline(TODAY, entries)
    assert outcome.accepted == {("a/share", "share", 1), ("b/total", "sum", 0)}
    assert exit_code(TODAY, Policy()) == 1
    assert exit_code(TODAY, Policy(), outcome.accepted) == 0

    tomorrow = result(
        ("b/total", "h1", [("sum", "fail", 0)]),
        ("a/share", "h2", [("share", "fail", 1)]),
        ("c/ok", "h3", [("same", "fail", 0)]),
    )  # a new failure
    outcome = apply_baseline(tomorrow, entries)
    assert exit_code(tomorrow, Policy(), outcome.accepted) == 1
    assert not outcome.fixed and not outcome.stale


def test_fixed_and_stale_entries(tmp_path: Path) -> None:
    path = tmp_path / "factcheck-baseline.json"
    write_baseline(TODAY, path)
    later = result(
        ("b/total", "h1", [("sum", "pass", 0)]),  # fixed
        ("a/share", "CHANGED", [("share", "fail", 1)]),  # stale: edited, still failing
        ("c/ok", "h3", []),
    )
    outcome = apply_baseline(later, read_baseline(path))
    assert [e.key for e in outcome.fixed] == [("b/total", "sum", 0)]
    assert [e.key for e in outcome.stale] == [("a/share", "share", 1)]
    assert outcome.accepted == frozenset()
    assert exit_code(later, Policy(), outcome.accepted) == 1  # the edited claim is judged afresh
    notes = outcome.notes()
    assert any("b/total sum[0] is fixed" in n for n in notes)
    assert any("a/share share[1] is stale" in n for n in notes)


def test_partial_runs_do_not_call_other_claims_fixed(tmp_path: Path) -> None:
    entries = [BaselineEntry("z/elsewhere", "sum", 0, "h")]
    partial = result(("c/ok", "h3", []))
    assert apply_baseline(partial, entries).fixed == ()
    assert [e.id for e in apply_baseline(partial, entries, complete=True).fixed] == ["z/elsewhere"]
    (tmp_path / "claims" / "z").mkdir(parents=True)
    (tmp_path / "claims" / "z" / "elsewhere.yml").write_text("claim: x\n", encoding="utf-8")
    partial.root = tmp_path
    assert apply_baseline(partial, entries).fixed == ()  # its file is still there
    (tmp_path / "claims" / "z" / "elsewhere.yml").unlink()
    assert [e.id for e in apply_baseline(partial, entries).fixed] == ["z/elsewhere"]  # deleted: fixed


def test_file_that_did_not_load_is_hashed_by_its_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "bad.yaml").write_text("value: [\n", encoding="utf-8")
    problem = Finding("schema", Verdict.INVALID, "bad YAML", Position("claims/bad.yaml", 2, 1))
    broken = RunResult([ClaimResult("bad", "claims/bad.yaml", [problem])])
    entries = write_baseline(broken, tmp_path / "b.json")
    assert entries[0].hash.startswith("file:")
    assert apply_baseline(broken, entries).accepted == {("bad", "schema", None)}
    (tmp_path / "claims" / "bad.yaml").write_text("value: [1\n", encoding="utf-8")
    assert apply_baseline(broken, entries).stale == tuple(entries)


def test_missing_baseline_is_empty_and_bad_one_is_a_config_error(tmp_path: Path) -> None:
    assert read_baseline(tmp_path / "none.json") == []
    bad = tmp_path / "bad.json"
    bad.write_text("{\n  nope", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.json:2:3: invalid JSON"):
        read_baseline(bad)
    bad.write_text('{"version": 1, "findings": [{"id": 3}]}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"findings\[0\]"):
        read_baseline(bad)
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a factcheck baseline"):
        read_baseline(bad)


@pytest.mark.parametrize(
    "text, match",
    [
        ('{"version": 1, "findings": 5}', "not a factcheck baseline"),
        ('{"version": 1, "findings": {"a": 1}}', "not a factcheck baseline"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"version": 1, "findings": [{"id": "a", "check": "sum", "index": true}]}', r"findings\[0\]\.index"),
    ],
)
def test_a_baseline_of_the_wrong_shape_is_a_config_error(tmp_path: Path, text: str, match: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=match):
        read_baseline(bad)


def test_partial_rewrite_keeps_entries_of_claims_not_in_the_run(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    old = [BaselineEntry("z/other", "sum", 0, "hz", "fail", "kept"), BaselineEntry("b/total", "sum", 0, "old")]
    entries = write_baseline(TODAY, path, keep=old)
    assert [e.key for e in entries] == [("a/share", "share", 1), ("b/total", "sum", 0), ("z/other", "sum", 0)]
    assert [e.hash for e in entries if e.id == "b/total"] == ["h1"]  # judged again, not carried over


# -- through the command line ------------------------------------------------------------------


def cli_app():
    import typer

    from factcheck.cli import app as cli
    from factcheck.cli.baseline import baseline_command

    app = typer.Typer()
    app.command("run")(cli.run)
    app.command("baseline")(baseline_command)
    return app


def test_baseline_command_then_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_TODAY", "2026-11-26")
    claims = tmp_path / "claims" / "g"
    claims.mkdir(parents=True)
    (claims / "a.yaml").write_text("claim: a\nvalue: 38\nunit: 家\ncitation: {title: t}\n", encoding="utf-8")
    (claims / "b.yaml").write_text("claim: b\nvalue: 320\nunit: 家\ncitation: {title: t}\n", encoding="utf-8")
    total = "claim: total\nvalue: 359\nunit: 家\ncitation: {title: t}\nchecks:\n  - sum: [./a, ./b]\n"
    (claims / "total.yaml").write_text(total, encoding="utf-8")
    app, runner = cli_app(), CliRunner()

    assert runner.invoke(app, ["run", "-q"]).exit_code == 1  # 38 + 320 ≠ 359
    made = runner.invoke(app, ["baseline"])
    assert made.exit_code == 0, made.output
    assert "wrote 1 accepted findings" in made.output
    entries = read_baseline(tmp_path / "factcheck-baseline.json")
    assert [e.key for e in entries] == [("g/total", "sum", 0)]

    accepted = runner.invoke(app, ["run", "--format", "json"])
    assert accepted.exit_code == 0, accepted.output  # the known failure no longer fails the gate
    report = json.loads(accepted.stdout)
    (finding,) = [f for c in report["claims"] for f in c["findings"] if f["check"] == "sum"]
    assert finding["baseline"] is True and finding["gate"] is False

    (claims / "a.yaml").write_text("claim: a\nvalue: 37\nunit: 家\ncitation: {title: t}\n", encoding="utf-8")
    (claims / "c.yaml").write_text(
        "claim: c\nvalue: 2\ncitation: {title: t}\nchecks:\n  - same: ./a\n", encoding="utf-8"
    )
    assert runner.invoke(app, ["run", "-q"]).exit_code == 1  # a new failure fails

    (claims / "c.yaml").unlink()
    (claims / "total.yaml").write_text(total.replace("359", "357"), encoding="utf-8")
    fixed = runner.invoke(app, ["run", "--format", "json"])
    assert fixed.exit_code == 0
    assert any("g/total sum[0] is fixed" in note for note in json.loads(fixed.stdout)["notes"])

    (claims / "total.yaml").write_text(total.replace("359", "360"), encoding="utf-8")
    stale = runner.invoke(app, ["run", "--format", "json"])
    assert stale.exit_code == 1  # edited and failing: judged afresh
    assert any("g/total sum[0] is stale" in note for note in json.loads(stale.stdout)["notes"])
    assert runner.invoke(app, ["run", "-q", "--no-baseline"]).exit_code == 1


def test_a_baseline_that_cannot_be_written_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "factcheck-baseline.json").mkdir()  # a folder where the file should go
    with pytest.raises(ConfigError, match="cannot write the baseline"):
        write_baseline(TODAY, tmp_path / "factcheck-baseline.json")
    with pytest.raises(ConfigError, match="cannot write the baseline"):
        write_baseline(TODAY, tmp_path / "no-such-folder" / "b.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["factcheck-baseline.json"]  # no .tmp left over
