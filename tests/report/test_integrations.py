"""The pre-commit hook and the composite GitHub Action: parsed, and their commands run locally.

The Action's `run:` steps are executed with bash the way a runner does (`bash -eo pipefail`),
with `${{ … }}` expressions replaced by the inputs, in a temporary claims repository; only the
install step is left out (the package is installed already and tests use no network).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = Path(__file__).resolve().parent / "examples"
EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")

CLAIMS = {
    "claims/g/a.yaml": "claim: a 38\nvalue: 38\nunit: 家\ncitation: {title: t}\n",
    "claims/g/b.yaml": "claim: b 321\nvalue: 321\nunit: 家\ncitation: {title: t}\n",
    "claims/g/total.yaml": "claim: total 358\nvalue: 358\nunit: 家\ncitation: {title: t}\n"
    "checks:\n  - sum: [./a, ./b]\n",
}


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture
def claims_repo(tmp_path: Path) -> Path:
    for name, text in CLAIMS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture(autouse=True)
def _command_of_this_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    """The `factcheck` installed beside the Python running the tests comes first on PATH,
    so that the hook and the Action steps run it even when the environment is not activated."""
    scripts = Path(sys.executable).parent
    if (scripts / "factcheck").exists():
        monkeypatch.setenv("PATH", f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}")


def needs_cli() -> None:
    if shutil.which("factcheck") is None:
        pytest.skip("the factcheck command is not installed")


# -- pre-commit ---------------------------------------------------------------------------


def test_pre_commit_hook_definition() -> None:
    (hook,) = load(ROOT / ".pre-commit-hooks.yaml")
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert (hook["id"], hook["entry"], hook["language"], hook["pass_filenames"]) == (
        "factcheck-validate",
        "factcheck validate",
        "python",
        True,
    )
    files = re.compile(hook["files"])
    assert all(files.search(p) for p in ("claims/a.yaml", "claims/潍坊/b.yml"))
    assert not any(files.search(p) for p in ("sources.yaml", "docs/claims/a.yaml", "claims/a.yaml.bak"))
    (repo,) = load(EXAMPLES / "pre-commit-config.yaml")["repos"]
    assert [h["id"] for h in repo["hooks"]] == [hook["id"]]


@pytest.mark.slow
def test_pre_commit_entry_runs_on_the_changed_files(claims_repo: Path) -> None:
    needs_cli()
    (hook,) = load(ROOT / ".pre-commit-hooks.yaml")
    files = sorted(str(p.relative_to(claims_repo)) for p in claims_repo.rglob("*.yaml"))
    done = subprocess.run([*shlex.split(hook["entry"]), *files], cwd=claims_repo, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    (claims_repo / "claims/g/a.yaml").write_text("claim: a\nvaule: 38\ncitation: {}\n", encoding="utf-8")
    done = subprocess.run(
        [*shlex.split(hook["entry"]), "claims/g/a.yaml"], cwd=claims_repo, capture_output=True, text=True
    )
    assert done.returncode == 1, done.stdout + done.stderr


# -- the GitHub Action ----------------------------------------------------------------------


def action() -> dict[str, Any]:
    return load(ROOT / "action.yml")


def test_action_definition() -> None:
    spec = action()
    assert spec["runs"]["using"] == "composite"
    assert {"paths", "fail-on", "strict", "version"} <= set(spec["inputs"])
    steps = spec["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif@") for step in steps)
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"], "pass inputs through env:, never into the script"
    workflow = load(EXAMPLES / "workflow.yml")
    (job,) = workflow["jobs"].values()
    used = [step for step in job["steps"] if "factcheck" in step.get("uses", "")]
    assert set(used[0]["with"]) <= set(spec["inputs"])
    assert workflow["permissions"]["security-events"] == "write"


def expand(text: str, inputs: dict[str, str], outputs: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        expression = match.group(1)
        if expression.startswith("inputs."):
            return inputs[expression.removeprefix("inputs.")]
        if expression.startswith("steps.run.outputs."):
            return outputs.get(expression.removeprefix("steps.run.outputs."), "")
        if expression == "github.action_path":
            return str(ROOT)
        raise AssertionError(f"unexpected expression {expression!r} in action.yml")

    return EXPRESSION.sub(value, text)


def run_action(repo: Path, **overrides: str) -> tuple[int, dict[str, str], str, str]:
    """Run every `run:` step but the install; return the gate's status, outputs, stdout, summary."""
    spec = action()
    inputs = {name: str(meta.get("default", "")) for name, meta in spec["inputs"].items()} | overrides
    outputs: dict[str, str] = {}
    output_file, summary = repo / "github-output", repo / "step-summary.md"
    output_file.touch()
    stdout, status = "", 0
    for step in spec["runs"]["steps"]:
        if "run" not in step or step.get("name") == "Install factcheck":
            continue
        env = {
            **os.environ,
            "GITHUB_OUTPUT": str(output_file),
            "GITHUB_STEP_SUMMARY": str(summary),
            "RUNNER_TEMP": str(repo),
        }
        env |= {key: expand(str(value), inputs, outputs) for key, value in step.get("env", {}).items()}
        cwd = repo / expand(step.get("working-directory", "."), inputs, outputs)
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        stdout += done.stdout
        status = done.returncode
        if step.get("id") == "run":
            assert done.returncode == 0, done.stderr
        outputs = dict(line.split("=", 1) for line in output_file.read_text(encoding="utf-8").splitlines())
    text = summary.read_text(encoding="utf-8") if summary.exists() else ""
    return status, outputs, stdout, text


@pytest.mark.slow
def test_action_fails_the_gate_annotates_and_writes_sarif_and_summary(claims_repo: Path) -> None:
    needs_cli()
    status, outputs, stdout, summary = run_action(claims_repo)
    assert status == 1 and outputs["exit-code"] == "1"
    assert "::error file=claims/g/total.yaml,line=" in stdout
    sarif = json.loads((claims_repo / outputs["sarif-file"]).read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["sum"]
    assert summary.startswith("## factcheck: ❌ gate failed")


@pytest.mark.slow
def test_action_inputs_reach_the_command(claims_repo: Path) -> None:
    needs_cli()
    status, outputs, _, _ = run_action(claims_repo, **{"fail-on": "contradicted"})
    assert status == 0 and outputs["exit-code"] == "0"
    (claims_repo / "claims/g/b.yaml").write_text("claim: b 320\nvalue: 320\nunit: 家\ncitation: {}\n", encoding="utf-8")
    assert run_action(claims_repo)[0] == 0  # consistent now; uncited does not fail by default
    assert run_action(claims_repo, strict="true")[0] == 1  # …but does under strict


@pytest.mark.slow
def test_action_reports_a_tool_error_as_status_2(claims_repo: Path) -> None:
    needs_cli()
    status, outputs, _, _ = run_action(claims_repo, **{"fail-on": "nonsense"})
    assert status == 2 and outputs["exit-code"] == "2" and "sarif-file" not in outputs


def test_readme_snippets_match_the_definitions() -> None:
    readme = ROOT / "README.md"
    blocks = re.findall(r"```ya?ml\n(.*?)```", readme.read_text(encoding="utf-8"), re.S) if readme.exists() else []
    snippets = [yaml.safe_load(block) for block in blocks if "factcheck" in block]
    hooks = [s for s in snippets if isinstance(s, dict) and "repos" in s]
    workflows = [s for s in snippets if isinstance(s, dict) and "jobs" in s]
    if not hooks and not workflows:
        pytest.skip("README.md has no pre-commit or workflow snippet yet")
    (hook,) = load(ROOT / ".pre-commit-hooks.yaml")
    for config in hooks:
        assert hook["id"] in [h["id"] for repo in config["repos"] for h in repo["hooks"]]
    inputs = set(action()["inputs"])
    for workflow in workflows:
        for job in workflow["jobs"].values():
            for step in job["steps"]:
                if "factcheck" in step.get("uses", "") and "with" in step:
                    assert set(step["with"]) <= inputs


@pytest.mark.slow
def test_action_changed_since(claims_repo: Path) -> None:
    needs_cli()
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    for args in (["init", "-q"], ["add", "claims"], ["commit", "-q", "-m", "claims"]):
        subprocess.run(["git", *args], cwd=claims_repo, env=env, check=True, capture_output=True)
    assert run_action(claims_repo, **{"changed-since": "HEAD"})[0] == 0  # nothing changed: nothing checked
    (claims_repo / "claims/g/a.yaml").write_text(CLAIMS["claims/g/a.yaml"] + "subject: s\n", encoding="utf-8")
    status, outputs, stdout, _ = run_action(claims_repo, **{"changed-since": "HEAD"})
    assert status == 1 and "claims/g/total.yaml" in stdout  # a feeds total, whose sum fails
