"""Whole runs kept between runs: a `run` or `validate` whose every input is unchanged prints the
report the last such run printed, without loading anything.

A record (`.factcheck/runs/<key>.<inode>`) holds what a finished run wrote to stdout and stderr,
its exit status, and every input it read with that input's `stat` at the end of the run. It is
found by a key over everything that is not a file: the command line, the working directory,
the environment (FACTCHECK_TODAY, NO_COLOR, COLUMNS, ...), whether each standard stream is a
terminal and its size, today's date (a target becomes due, a staleness note appears), Python's
version and the code of factcheck and of the libraries whose answers reach a report. It is
replayed only when each input still has the recorded size, modification and change times,
inode and device (absent inputs still absent), so that an edit, a rename, a deleted or a new
file makes the run happen again.

The inputs are what the run opened or listed, seen through Python's audit hooks (claim files,
claims folders, sources.yaml, the pin file, source cache entries, cited documents, the gate's
configuration, the baseline), plus the files whose absence decided something (see `observe`).

A run is not recorded when something could make the next answer differ with all of that
unchanged: a source asked over the network or a `file:` source read fresh (`--offline` runs
read only pins and the cache), an input modified within two seconds of the run (a later edit
in the same clock tick could keep its `stat`: git's "racy" rule), a write outside the caches,
an exit status other than 0 or 1. Never used with `--no-cache`, `--output`, `--refresh`,
`--changed-since`, or when $GITHUB_STEP_SUMMARY is set (those write files or read git).

Records are trusted only as far as they are ours, as the loaded-claims cache: written
atomically, then renamed to carry their own inode number, so a committed or copied record is
ignored.

Only the standard library's lightest modules are imported here: a replayed run pays start-up
and this module, nothing of the pipeline, typer or rich.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from typing import Any, Callable, Iterator

from factcheck import __version__
from factcheck.cli.runstore import CHUNK, FOLDER, FORMAT, find_folder, path_text, replay, signature, write

RACY_NS = 2_000_000_000
COMMANDS = ("run", "validate")
REFUSED = ("--no-cache", "--output", "-o", "--refresh", "--changed-since", "--help")
#: Libraries whose answers reach a report: the YAML parser, the schema, the terminal report, the CLI.
LIBRARIES = ("yaml", "_yaml", "pydantic", "pydantic_core", "rich", "typer", "click")
#: Variables a shell changes between two commands without changing anything a run does.
VOLATILE_ENV = ("_", "OLDPWD")

_recorder: Recorder | None = None


def replay_or_record(arguments: list[str]) -> Recorder | None:
    """Print a stored run and exit when one matches; else a Recorder for this run (None: not kept)."""
    if not eligible(arguments):
        return None
    cwd = os.getcwd()
    key = run_key(arguments, cwd)
    folder = find_folder(cwd)
    if folder is not None:
        replay(folder, key)  # exits when the record is there and every input unchanged
    return Recorder(key, cwd, arguments[0])


def eligible(arguments: list[str]) -> bool:
    if not arguments or arguments[0] not in COMMANDS or "GITHUB_STEP_SUMMARY" in os.environ:
        return False
    for argument in arguments[1:]:
        if argument in REFUSED or argument.startswith(("--output=", "--changed-since=")):
            return False
        if argument.startswith("-o") and not argument.startswith("--"):
            return False
    return True


def run_key(arguments: list[str], cwd: str) -> str:
    """Everything but the files: command line, folder, environment, streams, date, code."""
    env = sorted((name, value) for name, value in os.environ.items() if name not in VOLATILE_ENV)
    streams = []
    for fd in (0, 1, 2):
        try:
            terminal = os.isatty(fd)
            size = tuple(os.get_terminal_size(fd)) if terminal else None
        except OSError:
            terminal, size = False, None
        streams.append((terminal, size))
    parts = (FORMAT, arguments, cwd, env, streams, time.strftime("%Y-%m-%d"), _code_stamp())
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _code_stamp() -> tuple[Any, ...]:
    """The tool's version, Python's, and each file of this package and of LIBRARIES by size and
    mtime (read from the file system: a replayed run imports none of them)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    code: list[Any] = []
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(name for name in dirs if name != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                status = os.stat(os.path.join(folder, name))
                code.append((folder[len(package) :], name, status.st_size, status.st_mtime_ns))
    from importlib.machinery import PathFinder  # only here; cheaper than importlib.util (8 ms)

    for library in LIBRARIES:
        try:
            spec = PathFinder.find_spec(library)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None
        if origin and os.path.isfile(origin):
            status = os.stat(origin)
            code.append((library, origin, status.st_size, status.st_mtime_ns))
        else:
            code.append((library, None))
    return (__version__, sys.version, hashlib.sha256(repr(code).encode("utf-8", "surrogateescape")).hexdigest())


# -- recording ---------------------------------------------------------------------------------


class _Tee:
    """A standard stream that also spools what is written to it, as UTF-8, to a temporary file
    (a 100,000-claim report is not kept in memory a second time)."""

    def __init__(self, stream: Any) -> None:
        import tempfile  # only when a run is recorded

        self._stream = stream
        self.spool = tempfile.TemporaryFile()

    def write(self, text: str) -> int:
        self.spool.write(text.encode("utf-8", "surrogatepass"))
        return self._stream.write(text)

    def writelines(self, lines: Any) -> None:
        """In pieces of about 1 MB: one write per piece, not two per line of a long report."""
        piece: list[str] = []
        size = 0
        for line in lines:
            piece.append(line)
            size += len(line)
            if size >= CHUNK:
                self.write("".join(piece))
                piece, size = [], 0
        if piece:
            self.write("".join(piece))

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding, flush, buffer, ...
        return getattr(self._stream, name)

    def read(self) -> Any:
        """The spooled bytes, in pieces."""
        self.spool.seek(0)
        return iter(lambda: self.spool.read(CHUNK), b"")


class Recorder:
    """Watches one run: what it opens and lists, what it prints; `run()` stores it when it may."""

    def __init__(self, key: str, cwd: str, command: str) -> None:
        self.key = key
        self.command = command
        self.cwd = cwd
        self.started = time.time_ns()
        self.date = time.strftime("%Y-%m-%d")
        self.opened: dict[str, None] = {}  # in order, once each
        self.wrote_elsewhere = False
        self.probes: list[str] = []
        self.root: str | None = None
        self.storable = False
        self.watching = False
        self.skip = tuple(
            os.path.join(os.path.abspath(prefix), "")
            for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix}
            | {os.path.dirname(os.path.dirname(os.path.abspath(__file__)))}
        )

    def run(self, main: Callable[[], None]) -> None:
        """Call `main` (the typer app) watching it; store the record afterwards if it may be."""
        global _recorder
        out, err = _Tee(sys.stdout), _Tee(sys.stderr)
        sys.stdout, sys.stderr = out, err
        _recorder, self.watching = self, True
        sys.addaudithook(_audit)
        status: Any = 0
        try:
            main()
        except SystemExit as done:
            status = done.code
            raise
        finally:
            self.watching, _recorder = False, None
            sys.stdout, sys.stderr = out._stream, err._stream
            if status is None:
                status = 0
            if status in (0, 1) and self.storable and not self.wrote_elsewhere and self.root is not None:
                with contextlib.suppress(Exception):  # a record that cannot be stored only costs time
                    self._store(status, out, err)
            out.spool.close()
            err.spool.close()

    def _opened(self, path: Any, writing: bool) -> None:
        try:
            path = os.path.abspath(os.fsdecode(path))
        except (TypeError, ValueError):
            return
        if path.startswith(self.skip) or path.startswith(("/dev/", "/proc/", "/sys/")):
            return
        parts = path.split(os.sep)
        if ".factcheck" in parts and parts[parts.index(".factcheck") + 1 : parts.index(".factcheck") + 2] in (
            ["loaded"],
            [FOLDER],
        ):
            return  # the caches' own files: written by every run, never what a report says
        if writing:
            self.wrote_elsewhere = self.wrote_elsewhere or ".factcheck" not in parts
            return
        self.opened[path] = None

    def _store(self, status: int, out: _Tee, err: _Tee) -> None:
        root = self.root
        if not (self.cwd == root or self.cwd.startswith(os.path.join(root, ""))):
            return  # a record is found from the working directory: only inside the repository
        if time.strftime("%Y-%m-%d") != self.date:
            return  # the run went past midnight: its key names the day before
        stderr = b"".join(err.read()).decode("utf-8", "surrogatepass")
        header = json.dumps({"format": FORMAT, "status": status, "stderr": stderr})
        recent = self.started - RACY_NS

        def pieces() -> Any:  # written as made: 100,000 inputs are never a list of lines
            yield header + "\n"
            for path in (*self.opened, *self.probes):
                status_line = signature(path)
                fields = status_line.split()
                if len(fields) == 5 and max(int(fields[1]), int(fields[2])) >= recent:
                    raise _Racy  # changed within two seconds of the run: its stat may not tell the next edit
                yield f"{status_line}\t{path_text(path)}\n"
            yield "\n"
            yield from out.read()

        with contextlib.suppress(_Racy):  # the half-written record is removed by the writer
            write(os.path.join(root, ".factcheck", FOLDER), self.key, pieces())


class _Racy(Exception):
    """An input changed too recently for its stat to be trusted: the run is not stored."""


def _audit(event: str, args: tuple[Any, ...]) -> None:
    recorder = _recorder
    if recorder is None or not recorder.watching or event not in ("open", "os.scandir", "os.listdir"):
        return
    if "importlib" in sys._getframe(1).f_code.co_filename:
        return  # the import system looking through sys.path (the working directory, with -m)
    if event == "open":
        path, mode, flags = args
        if isinstance(path, int) or path is None:
            return
        writing = any(c in (mode or "") for c in "wax+") if mode else bool(flags & (os.O_WRONLY | os.O_RDWR))
        recorder._opened(path, writing)
    elif event in ("os.scandir", "os.listdir") and args and args[0] is not None and not isinstance(args[0], int):
        recorder._opened(args[0], False)


def observe(result: Any, options: Any, baseline: Any = None) -> None:
    """Told by `run` and `validate` once the run is done: the root, whether nothing but files
    decided the run, and the files whose absence counted (see `probes`). A probe in a folder
    the run listed needs no line of its own: a file made there changes the folder's stat."""
    recorder = _recorder
    if recorder is None:
        return
    recorder.root = os.path.abspath(os.fspath(result.root or options.cwd))
    recorder.storable = _only_files(result, options)
    if recorder.storable:
        opened = recorder.opened
        kept = (path for path in probes(result, options, baseline) if os.path.dirname(path) not in opened)
        recorder.probes = list(dict.fromkeys(path for path in kept if path not in opened))


def _only_files(result: Any, options: Any) -> bool:
    """Whether nothing but files decided the run: no source asked over the network, no `file:`
    source (read fresh, stamped with the time), no cached answer that could expire."""
    origins = {evidence.get("origin") for evidence in result.sources_used}
    if options.offline:
        return origins <= {"pin", "cache"}
    fetching = _recorder is not None and _recorder.command == "run"
    return not fetching or not any(r.claim is not None and r.claim.source_refs() for r in result.claims)


def probes(result: Any, options: Any, baseline: Any) -> Iterator[str]:
    """Files whose presence or absence a run decides on without opening them when absent: the
    configuration at the root, the baseline, the pin file, each cited document, each claim a
    check names, a `claims/` folder that would be found first and a sources.yaml that would
    make another folder the root."""
    from pathlib import Path  # only when a run is stored

    from factcheck.gate.baseline import DEFAULT_BASELINE  # only when a run is stored
    from factcheck.gate.policy import load_policy  # only when a run is stored
    from factcheck.load.claims import SUFFIXES, claims_base  # only when a run is stored
    from factcheck.model import ClaimRef  # only when a run is stored
    from factcheck.sources.base import PIN_NAME  # only when a run is stored

    paths, sources_file = options.paths, options.sources_file
    cwd = Path(os.path.abspath(options.cwd))
    root = Path(os.path.abspath(result.root or cwd))
    policy = load_policy(root, None, None)
    found = [root / name for name in ("sources.yaml", "factcheck.yaml", "pyproject.toml", DEFAULT_BASELINE, "claims")]
    for given in (sources_file, baseline, root / (policy.baseline or DEFAULT_BASELINE)):
        if given is not None:
            found.append(Path(os.path.abspath(given)))
    sources = Path(os.path.abspath(sources_file)) if sources_file is not None else root / "sources.yaml"
    found.append(sources.parent / PIN_NAME)
    for folder in (cwd, *cwd.parents):  # where `factcheck run` without paths looks for claims/
        found.append(folder / "claims")
        if folder == root or folder.name == "claims":
            break
    bases = [claims_base(Path(os.path.abspath(cwd / path))) for path in paths] or [root / "claims"]
    for base in bases:
        if base.name != "claims":  # the root was looked for above the folder: a sources.yaml there
            for folder in (base, *base.parents):
                found.append(folder / "sources.yaml")
                if folder == root:
                    break
    yield from (os.path.abspath(path) for path in dict.fromkeys(found))
    # Per claim: plain strings, not Path objects (pathlib interns every part, for good).
    folder, folders, documents = str(root), [str(base) for base in bases], set()
    for claim_result in result.claims:
        claim = claim_result.claim
        citation = getattr(claim, "citation", None)
        if citation is not None and citation.document and citation.document not in documents:
            documents.add(citation.document)
            yield os.path.normpath(os.path.join(folder, citation.document))
        for spec in claim.checks if claim is not None else claim_result.checks:
            for operand in spec.operands():
                if isinstance(operand, ClaimRef):
                    for base in folders:
                        for suffix in SUFFIXES:
                            yield os.path.normpath(os.path.join(base, operand.id + suffix))
