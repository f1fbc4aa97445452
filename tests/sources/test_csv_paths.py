"""A CSV `path:` stays inside the repository unless the source opts out (`outside_repository: true`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.model import Verdict

from .conftest import options, ref, resolve, write_sources

TABLE = "series,period,value\nshadow-root-line,2022,5\n"


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "etc" / "shadow.csv"
    outside.parent.mkdir()
    outside.write_text(TABLE, encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    (repo / "data" / "ok.csv").write_text(TABLE, encoding="utf-8")
    if hasattr(os, "symlink"):
        (repo / "data" / "link.csv").symlink_to(outside)
    return repo, outside


@pytest.mark.parametrize("written", ["absolute", "../etc/shadow.csv", "data/link.csv"])
def test_a_path_out_of_the_repository_is_refused(layout, written: str) -> None:  # type: ignore[no-untyped-def]
    repo, outside = layout
    path = str(outside) if written == "absolute" else written
    config = write_sources(
        repo, f"sources:\n  t: {{type: csv, path: '{path}'}}\n  ok: {{type: csv, path: data/ok.csv}}\n"
    )
    bad, good = ref("t", "shadow-root-line", "2022"), ref("ok", "shadow-root-line", "2022")
    out = resolve([bad, good], config, options(repo))
    assert out[bad.key()].verdict is Verdict.ERROR and "outside the repository" in out[bad.key()].problem
    assert "shadow-root-line,2022" not in out[bad.key()].problem
    assert out[good.key()].quantity is not None  # the other sources still read


def test_the_source_may_opt_in(layout) -> None:  # type: ignore[no-untyped-def]
    repo, outside = layout
    config = write_sources(repo, f"sources:\n  t: {{type: csv, path: '{outside}', outside_repository: true}}\n")
    bad = ref("t", "shadow-root-line", "2022")
    assert resolve([bad], config, options(repo))[bad.key()].quantity is not None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
@pytest.mark.parametrize("planted", [".factcheck", "sources.lock.json"])
def test_a_cache_or_pin_linked_out_of_the_repository_stops_the_run(layout, planted: str) -> None:  # type: ignore[no-untyped-def]
    from factcheck.errors import ConfigError
    from factcheck.sources.fetch import FetchOptions

    repo, outside = layout
    (repo / planted).symlink_to(outside.parent if planted == ".factcheck" else outside)
    config = write_sources(repo, "sources:\n  ok: {type: csv, path: data/ok.csv}\n")
    r = ref("ok", "shadow-root-line", "2022")
    with pytest.raises(ConfigError, match="links out of the repository"):
        resolve([r], config, FetchOptions(progress=False))
    assert outside.read_text(encoding="utf-8") == TABLE
