"""Each format rendered from tests/golden/sample-report.json matches its golden file."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, Callable

import pytest

FORMATS = {
    "concise": "sample.concise.txt",
    "gitlab": "sample.gitlab.json",
    "junit": "sample.junit.xml",
    "junit_strict": "sample.junit-strict.xml",
    "sarif": "sample.sarif",
    "github": "sample.github.txt",
    "markdown": "sample.md",
    "html": "sample.html",
    "claimreview": "sample.claimreview.jsonld",
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_format_matches_golden(name: str, sample_doc: dict[str, Any], golden: Callable[[str, str], None]) -> None:
    module = importlib.import_module(f"factcheck.report.{name}")
    assert module.NAME == name.replace("_", "-")
    golden(FORMATS[name], module.render(sample_doc))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_render_does_not_change_the_document(name: str, sample_doc: dict[str, Any]) -> None:
    before = repr(sample_doc)
    importlib.import_module(f"factcheck.report.{name}").render(sample_doc)
    assert repr(sample_doc) == before


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_has_user_docs(name: str) -> None:
    module = importlib.import_module(f"factcheck.report.{name}")
    assert module.__doc__ and f"--format {name.replace('_', '-')}" in module.__doc__


def test_registered_in_the_format_registry() -> None:
    from factcheck.report.registry import REPORTERS, get

    for name in [name.replace("_", "-") for name in FORMATS_UNDER_TEST]:
        assert name in REPORTERS, f"{name} is not registered in factcheck.report.registry.REPORTERS"
        assert get(name).NAME == name


def test_each_command_offers_the_registered_formats() -> None:
    from factcheck.cli.options import RUN_FORMATS, VALIDATE_FORMATS
    from factcheck.report.registry import REPORTERS

    assert set(RUN_FORMATS) == set(REPORTERS)
    assert set(VALIDATE_FORMATS) == set(REPORTERS) - {"html", "claimreview"}


FORMATS_UNDER_TEST = sorted(FORMATS)


def test_each_registered_format_names_its_module() -> None:
    """The registry imports a format's module when asked: each key must be that module's NAME,
    and every reporter module in factcheck/report is registered."""
    from factcheck.report.registry import MODULES, REPORTERS

    for name in REPORTERS:
        assert REPORTERS[name].NAME == name
    folder = Path(importlib.import_module("factcheck.report").__file__).parent
    with_name = {path.stem for path in folder.glob("*.py") if "\nNAME = " in path.read_text(encoding="utf-8")}
    assert set(MODULES.values()) == with_name - {"docview"}  # docview is `check DOC`'s page, not a --format
