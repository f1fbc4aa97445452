"""A first load shared with a forked worker (`load.parallel`): the same claims, findings and cache
as one process gives, and one process again whenever the worker cannot help."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from factcheck.load import cache as cache_module
from factcheck.load import claims as claims_module
from factcheck.load import parallel
from factcheck.load.cache import LoadCache, cache_folder
from factcheck.load.claims import load_claims

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")

CLAIM = "claim: 建成加氢站{n}座\nvalue: {n}\nunit: 座\ncitation: {{quote: 建成加氢站{n}座}}\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    claims = tmp_path / "claims"
    claims.mkdir()
    for n in range(1, 9):
        (claims / f"c{n}.yaml").write_text(CLAIM.format(n=n), encoding="utf-8")
        when = (claims / f"c{n}.yaml").stat().st_mtime_ns - 10**10  # outside the racy window
        os.utime(claims / f"c{n}.yaml", ns=(when, when))
    (claims / "z-broken.yaml").write_text("claim: x\nvalue: [\n", encoding="utf-8")
    (claims / "c1.yml").write_text(CLAIM.format(n=1), encoding="utf-8")  # a duplicate id, in both halves
    return tmp_path


@pytest.fixture
def forking(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "MIN_FILES", 2)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.9, 0.9, 0.9))
    # Earlier tests of the suite may leave an idle thread (a loopback server): the worker only loads.
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)


def shape(loaded) -> tuple:
    failed = [(r.id, r.file, [(f.check, f.verdict, f.message, f.position) for f in r.findings]) for r in loaded.failed]
    return list(loaded.claims.items()), failed


def one_process(repo: Path, monkeypatch, **options):
    with monkeypatch.context() as patch:
        patch.setattr(parallel, "MIN_FILES", 10**9)
        return load_claims([repo / "claims"], repo, **options)


@pytest.mark.parametrize("cache", [False, True])
def test_two_processes_load_what_one_does(repo: Path, forking, monkeypatch, cache: bool) -> None:
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(parallel.os, "fork", lambda: forks.append(1) or real_fork())
    loaded = load_claims([repo / "claims"], repo, cache=cache)
    assert forks == [1]
    assert shape(loaded) == shape(one_process(repo, monkeypatch))
    assert len(loaded.claims) == 7 and len(loaded.failed) == 3  # c1 twice, z-broken


def test_the_cache_written_from_both_halves_holds_every_file(repo: Path, forking, monkeypatch) -> None:
    first = load_claims([repo / "claims"], repo, cache=True)
    parsed: list[bytes] = []
    real = claims_module.parse_yaml
    monkeypatch.setattr(claims_module, "parse_yaml", lambda raw: parsed.append(raw) or real(raw))
    second = load_claims([repo / "claims"], repo, cache=True)  # a cache to update: one process
    assert parsed == []  # every file loaded from the cache (a recent one by its digest)
    assert shape(second) == shape(first)
    assert len(cache_module._read(cache_folder(repo))) == 10


def test_a_file_that_is_not_kept_in_the_cache_comes_back_from_the_worker(repo: Path, forking, monkeypatch) -> None:
    real = claims_module.build_claim

    def failing(doc, claim_id, *rest):
        if claim_id == "c8":
            raise RuntimeError("boom")
        return real(doc, claim_id, *rest)

    monkeypatch.setattr(claims_module, "build_claim", failing)
    loaded = load_claims([repo / "claims"], repo, cache=True)
    errors = [r for r in loaded.failed if r.id == "c8"]
    assert errors and "internal error" in errors[0].findings[0].message
    assert "c8" not in {key[1] for key in cache_module._read(cache_folder(repo))}
    assert len(cache_module._read(cache_folder(repo))) == 9


@pytest.mark.parametrize("cache", [False, True])
def test_a_worker_that_fails_costs_only_time(repo: Path, forking, monkeypatch, cache: bool) -> None:
    monkeypatch.setattr(parallel, "_work", lambda *args: os._exit(3))
    loaded = load_claims([repo / "claims"], repo, cache=cache)
    assert shape(loaded) == shape(one_process(repo, monkeypatch))


def test_no_fork_loads_in_one_process(repo: Path, forking, monkeypatch) -> None:
    def refused():
        raise OSError("no more processes")

    monkeypatch.setattr(parallel.os, "fork", refused)
    assert shape(load_claims([repo / "claims"], repo)) == shape(one_process(repo, monkeypatch))


def test_when_a_worker_is_not_used(repo: Path, forking, monkeypatch) -> None:
    assert parallel._worth_forking(10, LoadCache(None))
    assert not parallel._worth_forking(1, LoadCache(None))
    store = LoadCache(cache_folder(repo))
    store.old = {("a", "a", "a"): None}  # a cache to update: most files are not read again
    assert not parallel._worth_forking(10, store)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (1.8, 1.0, 1.0))  # no core to spare
    assert not parallel._worth_forking(10, LoadCache(None))
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (1.2, 1.0, 1.0))
    assert parallel._worth_forking(10, LoadCache(None))
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)
    assert not parallel._worth_forking(10, LoadCache(None))


OPENED: list[str] | None = None


def _hook(event: str, args: tuple) -> None:
    if OPENED is not None and event == "open" and isinstance(args[0], str):
        OPENED.append(args[0])


def test_the_files_the_worker_opened_are_told_to_this_process(repo: Path, forking) -> None:
    """A stored run (`cli.replay`) learns its inputs from audit events: the worker's count too."""
    global OPENED
    sys.addaudithook(_hook)  # a hook cannot be removed: it listens only while OPENED is a list
    OPENED = []
    try:
        load_claims([repo / "claims"], repo)
        opened = [path for path in OPENED if path.startswith(str(repo / "claims"))]
    finally:
        OPENED = None
    assert sorted(opened) == sorted(str(path) for path in (repo / "claims").iterdir())


def test_the_worker_judges_the_claims_it_loads(repo: Path, forking) -> None:
    """Only the worker's claims come back judged, each once, with what `judge` said of it."""
    loaded = load_claims([repo / "claims"], repo, judge=lambda claim, root: [f"{claim.id} under {root.name}"])
    assert loaded.judged  # the worker's share of the files, minus c1 (a duplicate id, so failed)
    assert set(loaded.judged) < set(loaded.claims)
    assert all(answer == [f"{claim_id} under {repo.name}"] for claim_id, answer in loaded.judged.items())
    assert "c1" not in loaded.judged


def test_no_claim_is_judged_without_a_worker(repo: Path, monkeypatch) -> None:
    loaded = one_process(repo, monkeypatch, judge=lambda claim, root: ["judged"])
    assert loaded.judged == {}


def test_documents_the_worker_reads_while_judging_are_told_to_this_process(repo: Path, forking) -> None:
    """A cited document read by the worker is an input of the run, as a claim file is."""
    global OPENED
    document = repo / "report.txt"
    document.write_text("建成加氢站8座", encoding="utf-8")

    def judge(claim, root) -> list[str]:
        return [(root / "report.txt").read_text(encoding="utf-8")]

    sys.addaudithook(_hook)
    OPENED = []
    try:
        loaded = load_claims([repo / "claims"], repo, judge=judge)
        opened = list(OPENED)
    finally:
        OPENED = None
    assert loaded.judged and str(document) in opened
