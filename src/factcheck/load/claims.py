"""Claim files → Claims, or failed ClaimResults listing every problem with file:line:col.

Each file is loaded on its own: a bad file becomes `invalid` findings and the others go on (see
docs/report.md). A claim's id is its path under the `claims` folder (or under the folder that was
given, when there is none), without `.yaml`/`.yml`, with `/` (see docs/claim-format.md).

A file's problems are collected in three passes that do not stop each other: the YAML itself
(`yamlio`), the schema (`schema`), then each field's own grammar (value, period, checks,
compare). A field that already failed an earlier pass is not read again.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from factcheck.errors import UsageError
from factcheck.files import repository_root
from factcheck.load.cache import LoadCache, cache_folder
from factcheck.load.normalize import build_claim, invalid
from factcheck.load.parallel import load_all
from factcheck.load.schema import schema_problems
from factcheck.model import Claim, ClaimResult, Finding, Position, Verdict
from factcheck.yamlio.reader import YamlDoc, parse_yaml, read_yaml

SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadResult:
    """The claims that loaded (by id), the files that did not, and where they live.

    `base` is the folder ids are relative to (the `claims` folder); `root` is the claims
    repository root (the parent of `claims`, else the nearest folder holding sources.yaml,
    else the working directory): citations' documents and sources.yaml are found from it.
    """

    claims: dict[str, Claim]
    failed: list[ClaimResult]
    base: Path
    root: Path
    cwd: Path = field(default_factory=Path.cwd)
    _extra: dict[str, Claim | ClaimResult | None] = field(default_factory=dict, repr=False)
    _failed_by_id: dict[str, ClaimResult] = field(default_factory=dict, repr=False)
    _failed_indexed: int = field(default=-1, repr=False)  # len(failed) when _failed_by_id was built
    cache: LoadCache = field(default_factory=lambda: LoadCache(None), repr=False)
    judged: dict[str, Any] = field(default_factory=dict, repr=False)  # see `load_claims(judge=...)`

    def load_extra(self, claim_id: str) -> Claim | ClaimResult | None:
        """The claim `claim_id` of the same base, loading its file if it was not given.

        For the relation graph: a check may name a claim outside the paths of the run.
        None when no file holds that id.
        """
        if claim_id in self.claims:
            return self.claims[claim_id]
        if self._failed_indexed != len(self.failed):  # an index, not a scan per reference
            self._failed_by_id, self._failed_indexed = {}, len(self.failed)
            for result in self.failed:
                self._failed_by_id.setdefault(result.id, result)
        if claim_id in self._failed_by_id:
            return self._failed_by_id[claim_id]
        if claim_id not in self._extra:
            self._extra[claim_id] = self._load_outside(claim_id)
        return self._extra[claim_id]

    def _load_outside(self, claim_id: str) -> Claim | ClaimResult | None:
        base = Path(os.path.abspath(self.base))
        found = [Path(os.path.normpath(base / (claim_id + suffix))) for suffix in SUFFIXES]
        found = [path for path in found if _is_file(path) and _inside(path, base)]
        if not found:
            return None
        results = [
            _load_guarded(path, claim_id, display_path(path, self.cwd, self.root), self.root, self.cache)
            for path in found
        ]
        if len(results) > 1:
            return _duplicate_ids(claim_id, results)[0]
        return results[0]


def load_claims(
    paths: Sequence[Path],
    cwd: Path,
    *,
    cache: bool = False,
    exclude: Sequence[str] = (),
    judge: Callable[[Claim, Path], Any] | None = None,
) -> LoadResult:
    """Load every claim file under `paths` (files or folders), sorted, one file at a time.

    No paths: the `claims` folder of `cwd` (or `cwd` itself). A path that does not exist is
    a UsageError: a mistyped folder must not pass as an empty, successful run. `cache`: use
    and update the loaded-claims cache in the repository's `.factcheck/` (see `load.cache`).
    `exclude`: glob patterns; a file whose shown path or id matches one is left out of the run
    (a claim that refers to it still finds it, as it finds any claim outside the paths).
    `judge(claim, root)`: a claim's own findings, asked of the claims a worker process loads
    (`load.parallel`); its answers are in `LoadResult.judged` by id, the other claims are not judged.
    """
    cwd = Path(os.path.abspath(cwd))
    _real.cache_clear()  # links may have changed since the last run in this process
    targets = [_absolute(path, cwd) for path in paths] or [_default_path(cwd)]
    missing = [str(path) for path in targets if not path.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    bases = [claims_base(path) for path in targets]
    root = repository_root(bases[0], cwd)
    store = LoadCache(cache_folder(root) if cache else None)
    by_id: dict[str, Claim | ClaimResult | list[Claim | ClaimResult]] = {}  # a list: one id, several files
    seen: set[str] = set()
    overlapping = len(targets) > 1  # one folder's walk names each file once: no set of 100,000 paths
    under_cwd = _prefix(cwd)
    under_root = _prefix(Path(os.path.abspath(root)))
    climbing = _inside(cwd, Path(os.path.abspath(root)))  # the working directory is in the repository
    jobs: list[tuple[str, str, str]] = []  # path, id, shown path: listed first, then loaded (`load.parallel`)
    for target, base in zip(targets, bases):
        under_base = _prefix(base)
        for path in _claim_files(target):  # plain strings: 100,000 Path objects cost seconds
            if overlapping:
                if path in seen:
                    continue
                seen.add(path)
            claim_id = _id_of(path[len(under_base) :] if path.startswith(under_base) else os.path.basename(path))
            if path.startswith(under_cwd):
                display = path[len(under_cwd) :]
            elif climbing and path.startswith(under_root):  # run from a subfolder: ../../claims/a.yaml
                display = os.path.relpath(path, cwd)
            else:
                display = path
            if os.sep != "/":
                display = display.replace(os.sep, "/")
            if exclude and _excluded(display, claim_id, exclude):
                continue
            # `path` stays a string: a Path per file interns every file name for the life of the process
            jobs.append((path, claim_id, display))
    on_its_own = None if judge is None else (lambda result: judge(result, root) if isinstance(result, Claim) else None)
    loaded_all, answers = load_all(jobs, lambda job: _load_guarded(*job, root, store), store, on_its_own)
    for (_, claim_id, _), loaded in zip(jobs, loaded_all):
        earlier = by_id.setdefault(claim_id, loaded)
        if earlier is not loaded:
            by_id[claim_id] = [*earlier, loaded] if isinstance(earlier, list) else [earlier, loaded]
    claims: dict[str, Claim] = {}
    failed: list[ClaimResult] = []
    for claim_id in sorted(by_id):
        found = by_id[claim_id]
        results = _duplicate_ids(claim_id, found) if isinstance(found, list) else [found]
        for result in results:
            if isinstance(result, Claim):
                claims[claim_id] = result
            else:
                failed.append(result)
    store.save()
    judged = {jobs[i][1]: answer for i, answer in answers.items() if claims.get(jobs[i][1]) is loaded_all[i]}
    return LoadResult(claims, failed, bases[0], root, cwd, cache=store, judged=judged)


# -- paths and ids ---------------------------------------------------------------------------


def claims_base(path: Path) -> Path:
    """The nearest folder named `claims` at or above `path`, else the folder given (or the file's)."""
    for candidate in (path, *path.parents):
        if candidate.name == "claims" and candidate.is_dir():
            return candidate
    return path if path.is_dir() else path.parent


def claim_id_for(path: Path, base: Path) -> str:
    relative = path.relative_to(base) if _inside(path, base) else Path(path.name)
    return _id_of(relative.as_posix())


def _prefix(folder: Path) -> str:
    """`folder` as the start of the paths inside it (normalised, absolute)."""
    text = str(folder)
    return text if text.endswith(os.sep) else text + os.sep


def _id_of(relative: str) -> str:
    """The id of a claim file from its path relative to the base: no suffix, `/` between folders."""
    text = relative.replace(os.sep, "/") if os.sep != "/" else relative
    for suffix in SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def display_path(path: Path, cwd: Path, root: Path | None = None) -> str:
    """The path as the user should see it: relative to the working directory when inside it,
    or when both are inside the repository `root` (run from a subfolder: `../../claims/a.yaml`)."""
    if _inside(path, cwd):
        return path.relative_to(cwd).as_posix()
    if root is not None and _inside(path, root) and _inside(cwd, root):
        return Path(os.path.relpath(path, cwd)).as_posix()
    return path.as_posix()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _absolute(path: Path, cwd: Path) -> Path:
    return Path(os.path.normpath(path if path.is_absolute() else cwd / path))


def _default_path(cwd: Path) -> Path:
    return cwd / "claims" if (cwd / "claims").is_dir() else cwd


def _excluded(shown: str, claim_id: str, patterns: Sequence[str]) -> bool:
    return any(
        fnmatch.fnmatchcase(shown, pattern) or fnmatch.fnmatchcase(claim_id, pattern.removesuffix(".yaml"))
        for pattern in patterns
    )


def _claim_files(target: Path) -> Iterator[str]:
    """Every *.yaml / *.yml under `target`, sorted; hidden files and folders are skipped."""
    if not target.is_dir():
        if target.exists() or target.is_symlink():
            yield str(target)  # named on purpose: loaded whatever its suffix
        return
    for folder, dirs, files in os.walk(target):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.endswith(SUFFIXES) and not name.startswith("."):
                yield os.path.join(folder, name)


def _duplicate_ids(claim_id: str, results: list[Claim | ClaimResult]) -> list[ClaimResult]:
    """Two files with one id (a.yaml and a.yml): a reference to it would be ambiguous."""
    files = [result.file for result in results]
    out = []
    for result in results:
        others = ", ".join(name for name in files if name != result.file)
        finding = Finding(
            "schema",
            Verdict.INVALID,
            f"duplicate claim id `{claim_id}`: also defined by {others}",
            Position(result.file),
        )
        previous = result.findings if isinstance(result, ClaimResult) else []
        out.append(ClaimResult(claim_id, result.file, [finding, *previous]))
    return out


# -- one file ----------------------------------------------------------------------------------


def _is_file(path: Path) -> bool:
    """Whether a file is there; a name the system refuses (too long, a NUL) names no file."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _load_guarded(path: str | Path, claim_id: str, display: str, root: Path, cache: LoadCache) -> Claim | ClaimResult:
    if not _is_utf8(display):  # a name with bytes that are not UTF-8 cannot be an id, nor printed as JSON
        claim_id, display = _escaped(claim_id), _escaped(display)
        reason = "the file name is not valid UTF-8: rename the file (a claim id is text)"
        return ClaimResult(claim_id, display, [invalid("schema", Position(display, 1, 1), reason)])
    if _under(os.path.abspath(path), os.path.abspath(root)) and not _under(_realpath(path), _real(root)):
        # A link in the repository to a file elsewhere (~/.config/gh/hosts.yml, /proc/self/environ):
        # not opened, so that nothing of it is printed. (A file outside, named on the command line, is read.)
        reason = "the file is a link to a file outside the repository: not read (copy the file in instead)"
        return ClaimResult(claim_id, display, [invalid("schema", Position(display, 1, 1), reason)])
    try:
        return cache.load(path, claim_id, display, lambda raw: load_file(path, claim_id, display, raw))
    except Exception as error:  # a bug of ours must not stop the other files; say it plainly
        message = f"internal error while loading this file ({type(error).__name__}: {error}); please report it"
        return ClaimResult(claim_id, display, [Finding("schema", Verdict.ERROR, message, Position(display))])


def _under(path: str, folder: str) -> bool:
    """`_inside` on strings (normalised, absolute): no Path objects, whose parts are interned."""
    return path == folder or path.startswith(folder if folder.endswith(os.sep) else folder + os.sep)


@functools.lru_cache(maxsize=4096)  # folders resolved once per run, not once per file in them
def _real(folder: str | Path) -> str:
    return os.path.realpath(folder)


def _realpath(path: str | Path) -> str:
    """`os.path.realpath`, with each folder resolved once: a file that is not a link itself is
    its resolved folder plus its name (one lstat per file instead of one per path component)."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return os.path.realpath(path)
    except (OSError, ValueError):
        return os.path.realpath(path)
    folder, name = os.path.split(os.path.abspath(path))
    return os.path.join(_real(folder), name)


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # os.fsdecode kept the undecodable bytes as lone surrogates
        return False
    return True


def _escaped(name: str) -> str:
    """`bad\\xff.yaml` for a name whose byte 0xFF is not UTF-8."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def load_file(path: Path, claim_id: str, display: str, raw: bytes | YamlDoc | None = None) -> Claim | ClaimResult:
    """One claim file as a Claim, or a ClaimResult with every problem found in it.

    `raw`: the file's bytes when already read (or the YamlDoc of why they could not be).
    """

    if raw is None:
        doc = read_yaml(path)
    else:
        doc = raw if isinstance(raw, YamlDoc) else parse_yaml(raw)
    findings = [invalid("schema", Position(display, p.line, p.column), p.reason) for p in doc.problems]
    if doc.data is None:
        return ClaimResult(claim_id, display, findings)
    for problem in schema_problems(doc):
        findings.append(invalid("schema", Position(display, problem.line, problem.column), problem.reason))
        if problem.path:
            doc.problem_paths.add(problem.path[:1])  # the grammar pass leaves that field alone
    checks: list = []
    claim = build_claim(doc, claim_id, display, findings, checks)
    if claim is None or findings:
        return ClaimResult(
            claim_id, display, sorted(findings, key=lambda f: (f.position.line, f.position.column)), checks=checks
        )
    return claim
