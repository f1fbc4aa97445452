"""The loaded-claims cache: unchanged files are not parsed again; every change is seen.

Real files, real stat and real pickles; a spy on the parser only counts what was parsed.
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import invoke, run_json
from factcheck.load import cache as cache_module
from factcheck.load import claims as claims_module
from factcheck.load.cache import cache_folder, clean
from factcheck.load.claims import load_claims

CLAIM = "claim: 建成加氢站{n}座\nvalue: {n}\nunit: 座\ncitation: {{quote: 建成加氢站{n}座}}\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    claims = tmp_path / "claims"
    claims.mkdir()
    for n in range(1, 6):
        (claims / f"c{n}.yaml").write_text(CLAIM.format(n=n), encoding="utf-8")
    (claims / "broken.yaml").write_text("claim: x\nvalue: [\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def parsed(monkeypatch) -> list[bytes]:
    """Every file the loader parses, in order (a spy: parsing itself is the real one)."""
    seen: list[bytes] = []
    real = claims_module.parse_yaml

    def spy(raw):
        seen.append(raw)
        return real(raw)

    monkeypatch.setattr(claims_module, "parse_yaml", spy)
    return seen


def age(path: Path, seconds: float = 10) -> None:
    """Make a file look written `seconds` ago, outside the racy window of its reading."""
    when = path.stat().st_mtime_ns - int(seconds * 1e9)
    os.utime(path, ns=(when, when))


def aged_repo(repo: Path) -> Path:
    for path in (repo / "claims").iterdir():
        age(path)
    return repo


def values(loaded) -> dict[str, str]:
    return {claim_id: claim.value_text for claim_id, claim in loaded.claims.items()}


def test_an_unchanged_repository_is_not_parsed_again(repo: Path, parsed: list[bytes]) -> None:
    aged_repo(repo)
    first = load_claims([repo / "claims"], repo, cache=True)
    assert len(parsed) == 6
    second = load_claims([repo / "claims"], repo, cache=True)
    assert len(parsed) == 6  # nothing parsed the second time
    assert values(second) == values(first) == {f"c{n}": str(n) for n in range(1, 6)}
    assert second.claims["c3"] == first.claims["c3"]
    assert [f.message for f in second.failed[0].findings] == [f.message for f in first.failed[0].findings]
    assert second.claims["c3"].where("citation", "quote") == first.claims["c3"].where("citation", "quote")
    assert (cache_folder(repo) / ".gitignore").read_text().splitlines()[-1] == "*"


def test_an_edit_is_seen_even_with_the_same_size_and_mtime(repo: Path, parsed: list[bytes]) -> None:
    aged_repo(repo)
    path = repo / "claims" / "c2.yaml"
    load_claims([repo / "claims"], repo, cache=True)
    before = path.stat()
    path.write_text(CLAIM.format(n=7), encoding="utf-8")  # same length as n=2
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # mtime put back: ctime moves
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    count = len(parsed)
    loaded = load_claims([repo / "claims"], repo, cache=True)
    assert loaded.claims["c2"].value_text == "7"
    assert len(parsed) == count + 1  # only the edited file


def test_a_recent_file_is_hashed_again(repo: Path, parsed: list[bytes]) -> None:
    """A file written within the racy window is checked by content on the next run."""
    load_claims([repo / "claims"], repo, cache=True)  # files just written: not trusted by stat
    path = repo / "claims" / "c4.yaml"
    stat = path.stat()
    with open(path, "r+b") as handle:  # same size, same inode, mtime put back below
        handle.write(b"claim: \xe5\xbb\xba\xe6\x88\x90\xe5\x8a\xa0\xe6\xb0\xa2\xe7\xab\x999\xe5\xba\xa7")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    loaded = load_claims([repo / "claims"], repo, cache=True)
    assert loaded.claims["c4"].text == "建成加氢站9座"


def test_renames_and_deletions(repo: Path, parsed: list[bytes]) -> None:
    aged_repo(repo)
    load_claims([repo / "claims"], repo, cache=True)
    (repo / "claims" / "c1.yaml").rename(repo / "claims" / "renamed.yaml")
    (repo / "claims" / "c5.yaml").unlink()
    loaded = load_claims([repo / "claims"], repo, cache=True)
    assert sorted(loaded.claims) == ["c2", "c3", "c4", "renamed"]
    assert loaded.claims["renamed"].file == "claims/renamed.yaml"
    # the dropped entries are gone from the file written
    again = cache_module.LoadCache(cache_folder(repo))
    assert sorted(Path(key[0]).name for key in again.old) == [
        "broken.yaml",
        "c2.yaml",
        "c3.yaml",
        "c4.yaml",
        "renamed.yaml",
    ]


def test_another_working_directory_gets_its_own_display_paths(repo: Path) -> None:
    aged_repo(repo)
    load_claims([repo / "claims"], repo, cache=True)
    loaded = load_claims([Path("..") / "claims"], repo / "claims", cache=True)
    assert loaded.claims["c1"].file == "c1.yaml"
    assert load_claims([repo / "claims"], repo, cache=True).claims["c1"].file == "claims/c1.yaml"


def test_no_cache_writes_nothing(repo: Path) -> None:
    load_claims([repo / "claims"], repo)
    assert not (repo / ".factcheck").exists()
    code, out, _ = invoke("validate", str(repo / "claims"), "--no-cache", "--format", "json")
    assert code == 1 and not (repo / ".factcheck").exists()


def test_a_cache_not_written_in_place_is_ignored(repo: Path, parsed: list[bytes]) -> None:
    """A cache file copied (committed, planted) has another inode than its name says."""
    aged_repo(repo)
    load_claims([repo / "claims"], repo, cache=True)
    folder = cache_folder(repo)
    (written,) = folder.glob("claims.*.bin")
    copy = folder / "copy"
    shutil.copyfile(written, copy)
    written.unlink()
    copy.rename(written)  # same name, another inode
    count = len(parsed)
    load_claims([repo / "claims"], repo, cache=True)
    assert len(parsed) == count + 6


class _Boom:
    def __reduce__(self):
        return (os.system, ("echo planted > planted.txt",))


def test_a_forged_cache_cannot_run_code(repo: Path, parsed: list[bytes], monkeypatch) -> None:
    monkeypatch.chdir(repo)
    folder = cache_folder(repo)
    folder.mkdir(parents=True)
    fresh = folder / "forged"
    fresh.write_bytes(pickle.dumps((cache_module._stamp(), {"x": _Boom()})))
    fresh.rename(folder / f"claims.{fresh.stat().st_ino}.bin")  # even with the right inode
    loaded = load_claims([repo / "claims"], repo, cache=True)
    assert not (repo / "planted.txt").exists()
    assert len(loaded.claims) == 5 and len(parsed) == 6


def test_another_version_of_the_code_drops_the_cache(repo: Path, parsed: list[bytes], monkeypatch) -> None:
    aged_repo(repo)
    load_claims([repo / "claims"], repo, cache=True)
    monkeypatch.setattr(cache_module, "_stamp", lambda: ("another", "version"))
    load_claims([repo / "claims"], repo, cache=True)
    assert len(parsed) == 12


def test_clean_removes_only_the_cache(repo: Path, tmp_path_factory) -> None:
    load_claims([repo / "claims"], repo, cache=True)
    (repo / ".factcheck" / "cache").mkdir()
    (repo / ".factcheck" / "cache" / "keep.bin").write_text("fetched data")
    code, out, _ = invoke("cache", "clean", str(repo))
    assert code == 0 and "removed" in out
    assert not cache_folder(repo).exists()
    assert (repo / ".factcheck" / "cache" / "keep.bin").exists()
    code, out, _ = invoke("cache", "clean", str(repo))
    assert code == 0 and "no cache" in out


def test_a_linked_cache_folder_is_neither_written_nor_cleaned_through(repo: Path, tmp_path_factory) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (outside / "claims.1.bin").write_text("not ours")
    (repo / ".factcheck").mkdir()
    (repo / ".factcheck" / "loaded").symlink_to(outside)
    loaded = load_claims([repo / "claims"], repo, cache=True)
    assert len(loaded.claims) == 5
    assert sorted(p.name for p in outside.iterdir()) == ["claims.1.bin"]
    code, _, err = invoke("cache", "clean", str(repo))
    assert code == 2 and "symbolic link" in err
    assert (outside / "claims.1.bin").read_text() == "not ours"


def test_policy_and_sources_still_act_on_cached_claims(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    monkeypatch.setenv("FACTCHECK_TODAY", "2026-11-26")
    aged_repo(repo)
    code, doc = run_json()
    assert code == 1 and doc["summary"]["gate"] == "fail"  # broken.yaml is invalid
    (repo / "factcheck.yaml").write_text("fail-on: [fail]\n", encoding="utf-8")
    code, doc = run_json()
    assert code == 0 and doc["summary"]["gate"] == "pass"
    (repo / "sources.yaml").write_text("sources: [\n", encoding="utf-8")
    code, _, err = invoke("run", "--format", "json")
    assert code == 2 and "sources.yaml" in err


@pytest.mark.slow
def test_two_runs_at_once(repo: Path) -> None:
    for n in range(6, 200):
        (repo / "claims" / f"c{n}.yaml").write_text(CLAIM.format(n=n), encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "run", "--offline", "--format", "json"]
    env = {**os.environ, "FACTCHECK_TODAY": "2026-11-26"}
    runs = [subprocess.Popen(command, cwd=repo, env=env, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [process.communicate(timeout=120)[0] for process in runs]
    assert [process.returncode for process in runs] == [1, 1, 1]
    assert outputs[0] == outputs[1] == outputs[2]
    again = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert again.stdout == outputs[0]
    assert len(list(cache_folder(repo).glob("claims.*.bin"))) == 1
    assert clean(repo) >= 2


def test_a_cache_in_many_chunks_reads_whole(repo: Path, parsed: list[bytes], monkeypatch) -> None:
    monkeypatch.setattr(cache_module, "CHUNK", 2)  # 6 files: the stamp and three chunks
    aged_repo(repo)
    first = load_claims([repo / "claims"], repo, cache=True)
    second = load_claims([repo / "claims"], repo, cache=True)
    assert len(parsed) == 6 and values(second) == values(first)


def test_a_first_load_holds_no_more_than_a_chunk_of_entries(repo: Path, parsed: list[bytes], monkeypatch) -> None:
    monkeypatch.setattr(cache_module, "CHUNK", 2)
    held: list[int] = []
    real = cache_module.LoadCache._spool_new

    def spy(self) -> None:
        held.append(len(self.new))
        real(self)

    monkeypatch.setattr(cache_module.LoadCache, "_spool_new", spy)
    aged_repo(repo)
    first = load_claims([repo / "claims"], repo, cache=True)
    assert held and max(held) <= 2  # pickled as they came, not kept until the end
    second = load_claims([repo / "claims"], repo, cache=True)
    assert len(parsed) == 6 and values(second) == values(first)  # and all of them read back


def test_another_yaml_parser_drops_the_cache(repo: Path, parsed: list[bytes], monkeypatch) -> None:
    """Pure-Python and libyaml parsers word syntax errors differently: a file loads differently."""
    import yaml

    from factcheck.yamlio import reader

    aged_repo(repo)
    load_claims([repo / "claims"], repo, cache=True)
    cache_module._stamp.cache_clear()
    monkeypatch.setattr(reader, "LOADER", yaml.SafeLoader if reader.LOADER is not yaml.SafeLoader else yaml.CSafeLoader)
    try:
        load_claims([repo / "claims"], repo, cache=True)
    finally:
        cache_module._stamp.cache_clear()
    assert len(parsed) == 12


def test_the_bundled_corpus_reads_the_same_cold_warm_and_without_cache(tmp_path: Path, monkeypatch) -> None:
    root = Path(__file__).resolve().parents[2]
    for name in ("claims", "data"):
        shutil.copytree(root / name, tmp_path / name)
    for name in ("sources.yaml", "sources.lock.json", "factcheck-baseline.json"):
        shutil.copyfile(root / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_TODAY", "2026-11-26")
    when = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")  # a local data file is read (and stamped) each run

    def report(*extra: str) -> tuple[int, str]:
        code, out, _ = invoke("run", "--offline", "--format", "json", *extra)
        return code, when.sub("<retrieved>", out)

    cold = report()
    assert cache_folder(tmp_path).is_dir()
    assert cold == report() == report("--no-cache")
    assert cold[1].count('"id"') > 50
