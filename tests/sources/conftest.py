"""Helpers for the source tests: a sources.yaml, references, options, and one `resolve()` call.

Every test talks real HTTP to a loopback server (pytest-httpserver); the cache lives in the
test's tmp_path, so tests never share state and never touch the network.
"""

from __future__ import annotations

import json
import textwrap
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from factcheck.model import Position, SourceRef
from factcheck.sources.config import SourcesConfig, load_sources
from factcheck.sources.fetch import FetchOptions
from factcheck.sources.resolve import resolve_refs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> Any:
    return json.loads(fixture_bytes(name))


def write_sources(folder: Path, text: str) -> SourcesConfig:
    path = folder / "sources.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_sources(path)


def ref(
    source: str,
    series: str,
    period: str | None = None,
    *,
    where: dict[str, str] | None = None,
    unit: str | None = None,
    scale: Fraction | None = None,
    tolerance: str | None = None,
    across: str | None = None,
    self_member: str | None = None,
    line: int = 3,
) -> SourceRef:
    return SourceRef(
        source=source,
        series=series,
        position=Position("claims/x.yaml", line, 1),
        where=tuple(sorted((where or {}).items())),
        period=period,
        scale=scale,
        unit=unit,
        tolerance=tolerance,
        across=across,
        self_member=self_member,
    )


def options(tmp_path: Path, **overrides: Any) -> FetchOptions:
    settings: dict[str, Any] = {
        "cache_dir": tmp_path / "cache",
        "pin_path": tmp_path / "sources.lock.json",
        "timeout": 5.0,
        "retries": 2,
        "backoff": 0.01,
        "progress": False,
    }
    settings.update(overrides)
    return FetchOptions(**settings)


def resolve(refs: list[SourceRef], config: SourcesConfig, opts: FetchOptions) -> dict:
    return resolve_refs(refs, config, opts)


@pytest.fixture
def base_url(httpserver) -> str:  # type: ignore[no-untyped-def]
    return httpserver.url_for("").rstrip("/")
