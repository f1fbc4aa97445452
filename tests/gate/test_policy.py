"""Gate policy: defaults, --strict, --fail-on, configuration files, and the exit code."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import ConfigError, UsageError
from factcheck.gate.decision import DEFAULT_FAIL_ON, Policy, exit_code, gating_findings
from factcheck.gate.policy import load_policy, parse_verdicts
from factcheck.model import ClaimResult, Finding, Position, RunResult, Verdict


def run_with(*verdicts: str) -> RunResult:
    findings = [
        Finding("sum", Verdict(v), f"{v} finding", Position("claims/a.yaml", 3, 1), index=i)
        for i, v in enumerate(verdicts)
    ]
    return RunResult([ClaimResult("a", "claims/a.yaml", findings)])


def doc_with(*verdicts: str, baseline: bool = False) -> dict:
    findings = [{"check": "sum", "verdict": v, "baseline": baseline} for v in verdicts]
    return {
        "version": 1,
        "claims": [
            {"id": "a", "file": "claims/a.yaml", "verdict": verdicts[0] if verdicts else "pass", "findings": findings}
        ],
    }


@pytest.mark.parametrize(
    ("verdicts", "policy", "expected"),
    [
        ((), Policy(), 0),
        (("pass", "confirmed", "pending", "skipped"), Policy(), 0),
        (("uncited", "unverifiable", "revised"), Policy(), 0),
        (("fail",), Policy(), 1),
        (("invalid",), Policy(), 1),
        (("error",), Policy(), 1),
        (("contradicted",), Policy(), 1),
        (("misquoted",), Policy(), 1),
        (("uncited",), Policy(strict=True), 1),
        (("unverifiable",), Policy(strict=True), 1),
        (("revised",), Policy(strict=True), 0),
        (("fail",), Policy(fail_on=frozenset({Verdict.UNCITED})), 0),
        (("uncited",), Policy(fail_on=frozenset({Verdict.UNCITED})), 1),
        (("fail",), Policy(fail_on=frozenset()), 0),
    ],
)
def test_exit_code_for_results_and_documents(verdicts: tuple[str, ...], policy: Policy, expected: int) -> None:
    assert exit_code(run_with(*verdicts), policy) == expected
    assert exit_code(doc_with(*verdicts), policy) == expected


def test_baseline_accepted_findings_do_not_fail() -> None:
    assert exit_code(run_with("fail"), Policy(), accepted={("a", "sum", 0)}) == 0
    assert exit_code(run_with("fail", "fail"), Policy(), accepted={("a", "sum", 0)}) == 1
    assert exit_code(doc_with("fail", baseline=True), Policy()) == 0


def test_gating_findings_name_what_failed() -> None:
    assert gating_findings(run_with("pass", "fail", "uncited"), Policy()) == [("a", "sum", "fail")]


def test_parse_verdicts() -> None:
    assert parse_verdicts("fail, contradicted") == {Verdict.FAIL, Verdict.CONTRADICTED}
    assert parse_verdicts(["FAIL"]) == {Verdict.FAIL}
    assert parse_verdicts("none") == frozenset()
    assert parse_verdicts([]) == frozenset()
    with pytest.raises(ValueError, match="empty; write `none`"):
        parse_verdicts(" ")
    with pytest.raises(ValueError, match="empty; write `none`"):
        parse_verdicts(" , ,,")  # only separators: as empty, it must not switch the gate off
    with pytest.raises(ValueError, match="unknown verdict 'failed'"):
        parse_verdicts("fail,failed")


def test_strict_is_folded_into_fail_on() -> None:
    assert Policy(strict=True).fail_on == DEFAULT_FAIL_ON | {Verdict.UNCITED, Verdict.UNVERIFIABLE}
    assert Policy(frozenset({Verdict.FAIL}), strict=True).fail_on == {
        Verdict.FAIL,
        Verdict.UNCITED,
        Verdict.UNVERIFIABLE,
    }


def test_command_line_no_strict_removes_configured_strict(tmp_path: Path) -> None:
    (tmp_path / "factcheck.yaml").write_text("strict: true\n", encoding="utf-8")
    assert Verdict.UNCITED in load_policy(tmp_path).fail_on
    assert load_policy(tmp_path, strict=False).fail_on == DEFAULT_FAIL_ON


def test_default_policy_without_configuration(tmp_path: Path) -> None:
    policy = load_policy(tmp_path)
    assert policy.fail_on == DEFAULT_FAIL_ON and not policy.strict and policy.origin == "default"
    assert policy.names() == ["invalid", "error", "fail", "contradicted", "misquoted"]
    assert load_policy(tmp_path, strict=True).names() == [
        "invalid",
        "error",
        "fail",
        "contradicted",
        "misquoted",
        "uncited",
        "unverifiable",
    ]


def test_command_line_fail_on(tmp_path: Path) -> None:
    assert load_policy(tmp_path, fail_on="fail,uncited").fail_on == {Verdict.FAIL, Verdict.UNCITED}
    with pytest.raises(UsageError, match="unknown verdict 'nope'"):
        load_policy(tmp_path, fail_on="fail,nope")


def test_pyproject_configuration(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = ["fail", "uncited"]\nstrict = true\n'
        'baseline = "fc-baseline.json"\n',
        encoding="utf-8",
    )
    policy = load_policy(tmp_path)
    assert policy.fail_on == {Verdict.FAIL, Verdict.UNCITED, Verdict.UNVERIFIABLE}  # strict folded in
    assert policy.strict and policy.baseline == "fc-baseline.json"
    assert exit_code(run_with("unverifiable"), policy) == 1


def test_yaml_configuration_and_comma_string(tmp_path: Path) -> None:
    (tmp_path / "factcheck.yaml").write_text("fail_on: contradicted, error\nstrict: false\n", encoding="utf-8")
    policy = load_policy(tmp_path)
    assert policy.fail_on == {Verdict.CONTRADICTED, Verdict.ERROR}
    assert exit_code(run_with("fail"), policy) == 0
    assert exit_code(run_with("contradicted"), policy) == 1


def test_factcheck_yaml_is_preferred_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "uncited"\n', encoding="utf-8")
    (tmp_path / "factcheck.yaml").write_text("fail-on: [fail]\n", encoding="utf-8")
    assert load_policy(tmp_path).fail_on == {Verdict.FAIL}


def test_command_line_wins_over_configuration(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "uncited"\nstrict = true\n', encoding="utf-8")
    policy = load_policy(tmp_path, fail_on="fail", strict=False)
    assert policy.fail_on == {Verdict.FAIL}
    assert exit_code(run_with("uncited"), policy) == 0
    assert exit_code(run_with("fail"), policy) == 1
    assert load_policy(tmp_path, strict=None).strict is True  # not given: configuration stands


def test_unknown_verdict_in_pyproject_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\nfail-on = 1\n\n[tool.factcheck]\nstrict = false\nfail-on = ["fial"]\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"pyproject\.toml:7: fail-on: unknown verdict 'fial'"):
        load_policy(tmp_path)


def test_bad_yaml_configuration(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.yaml"
    path.write_text("strict: false\nfail-on: [nope]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"factcheck\.yaml:2: fail-on: unknown verdict 'nope'"):
        load_policy(tmp_path)
    path.write_text("strict: maybe\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"factcheck\.yaml:1: strict must be true or false"):
        load_policy(tmp_path)
    path.write_text("strict: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"factcheck\.yaml:2:1: invalid YAML"):
        load_policy(tmp_path)
    path.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a mapping"):
        load_policy(tmp_path)


def test_broken_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="pyproject.toml"):
        load_policy(tmp_path)


@pytest.mark.parametrize(
    "text, says",
    [("tool = 5\n", r"\[tool\] must be a table"), ("[tool]\nfactcheck = 5\n", r"\[tool.factcheck\] must be a table")],
)
def test_pyproject_tool_that_is_not_a_table(tmp_path: Path, text: str, says: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=says):
        load_policy(tmp_path)


# -- through the command line ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "args", "expected"),
    [
        ("", [], 0),  # uncited does not fail by default
        ("", ["--strict"], 1),
        ("", ["--fail-on", "uncited"], 1),
        ("[tool.factcheck]\nstrict = true\n", [], 1),  # configured
        ("[tool.factcheck]\nstrict = true\n", ["--no-strict"], 0),  # the command line wins
        ('[tool.factcheck]\nfail-on = "uncited"\n', ["--fail-on", "fail"], 0),
        ('[tool.factcheck]\nfail-on = "nonsense"\n', [], 2),
        ("", ["--fail-on", "nonsense"], 2),
    ],
)
def test_exit_status_of_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str, args: list[str], expected: int
) -> None:
    import typer
    from typer.testing import CliRunner

    from factcheck.cli import app as cli
    from factcheck.errors import ToolError

    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("claim: a\nvalue: 3\ncitation: {}\n", encoding="utf-8")
    if config:
        (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    app = typer.Typer()
    app.callback()(lambda: None)  # a group, so that `run` is a subcommand as in the real CLI
    app.command("run")(cli.run)
    result = CliRunner().invoke(app, ["run", "-q", *args])
    # the CLI's main() turns a ToolError into exit status 2
    status = 2 if isinstance(result.exception, ToolError) else result.exit_code
    assert status == expected, result.output


def test_unknown_setting_is_a_config_error(tmp_path):
    import pytest

    from factcheck.errors import ConfigError
    from factcheck.gate.policy import load_policy

    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfailon = ["fail"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject.toml:2: unknown setting `failon` \(did you mean `fail_on`\?\)"):
        load_policy(tmp_path)


@pytest.mark.parametrize(
    "name, text",
    [
        ("factcheck.yaml", "fail-on: " + "[" * 5000 + "]" * 5000 + "\n"),
        ("pyproject.toml", "[tool.factcheck]\nfail-on = " + "[" * 5000 + "]" * 5000 + "\n"),
    ],
)
def test_configuration_nested_too_deeply_is_a_config_error(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="nested too deeply"):
        load_policy(tmp_path)
