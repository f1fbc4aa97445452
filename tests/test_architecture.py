"""The house rules of the source tree: stages in layers, no import cycles, small modules, lint.

The layers themselves are written once, as an import-linter contract in pyproject.toml; these
tests run it, and add what a layers contract cannot say: no cycle between any two modules
(imports inside functions count), at most six modules beside the stage folders, none over
400 lines, and the linter and formatter settings kept.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

from factcheck.run.graph import strongly_connected  # the claims' cycle finder serves modules too

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "factcheck"
STAGES = {"yamlio", "grammar", "load", "checks", "sources", "run", "gate", "report", "extract", "cli"}


def test_the_layers_contract_holds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def test_no_import_cycle_between_any_two_modules() -> None:
    graph = grimp.build_graph("factcheck", cache_dir=None)
    edges = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    cycles = [group for group in strongly_connected(edges) if len(group) > 1]
    assert cycles == [], "import cycles: " + "; ".join(" ↔ ".join(sorted(c)) for c in cycles)


def test_a_folder_per_stage_and_few_modules_beside_them() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == STAGES
    modules = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(modules) <= 6, modules


def test_no_module_over_400_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text().splitlines())) > 400}
    assert long == {}


def test_imports_inside_functions_say_why() -> None:
    """A lazy import is there for start-up time or an optional library, and its line says so."""
    silent = []
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, (ast.Import, ast.ImportFrom)) and "#" not in lines[inner.lineno - 1]:
                        silent.append(f"{path.relative_to(ROOT)}:{inner.lineno}: {lines[inner.lineno - 1].strip()}")
    assert silent == []


def test_help_imports_no_heavy_library() -> None:
    heavy = "('httpx', 'pydantic', 'jsonschema', 'asyncio')"
    code = f"import sys, factcheck.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
    reason="ruff is not installed (pip install -e '.[test]')",
)
@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_is_clean(command: list[str]) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    done = subprocess.run([ruff, *command, "src", "tests", "bench"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
