"""Loaded claims kept between runs, so that an unchanged claim file is never parsed again.

One file per claims repository, `.factcheck/loaded/claims.<inode>.bin`, holding for each claim
file what loading it gave (a Claim, or the invalid findings of a file that did not load) with
the sha256 of the bytes it was loaded from. An entry is used when the file's bytes hash to the
same sha256; the file is not even read when its size, mtime, ctime and inode are the ones
recorded and it had not been modified within two seconds of being read (a later edit in the
same clock tick could otherwise go unseen: git's "racy" rule).

The whole cache is dropped when anything that changes how a file loads changes: the tool's
version, its code (size and mtime of each of its modules), Python's version. What a file loads
to depends on nothing else: sources.yaml, the gate policy and the date act on loaded claims on
every run, and relations between claims are worked out every run from the loaded claims.

The cache is trusted only as far as it is ours. It is written with `files.atomic_write` (two
runs at once each write a whole file; the last one stays), then renamed to carry its own inode
number: a file that was not written here in place (committed, copied, planted) has another
inode and is ignored. Reading it accepts only the classes loading produces (a restricted
unpickler), so a forged file cannot run code. Any unreadable cache is ignored and rewritten.
"""

from __future__ import annotations

import contextlib
import copyreg
import gc
import hashlib
import io
import itertools
import os
import pickle
import stat
import struct
import tempfile
import time
from dataclasses import dataclass, is_dataclass
from enum import Enum
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

from factcheck.files import atomic_write
from factcheck.load.slotpickle import Reducers
from factcheck.load.stamp import stamp as _stamp
from factcheck.model import Claim, ClaimResult, Verdict
from factcheck.yamlio.reader import YamlDoc, read_bytes

FOLDER = ("loaded",)  # under the repository's .factcheck/
RACY_NS = 2_000_000_000
CHUNK = 2_000  # entries per pickle in the file  # a file modified this close to its reading is hashed again next time

Result = Claim | ClaimResult


def cache_folder(root: Path) -> Path:
    return root.joinpath(".factcheck", *FOLDER)


#: size, mtime, ctime, inode and device packed in 40 bytes: a tuple of five integers is 240
#: (at 100,000 files the entries are alive together until the cache is written).
_STAT = struct.Struct("<QqqQQ")


@dataclass(slots=True)
class _Entry:
    stat: bytes  # _STAT of size, mtime, ctime, inode, device when it was read
    digest: bytes  # sha256 of the bytes the result was loaded from
    trusted: bool  # the stat alone may vouch for the bytes next time
    result: Result


class LoadCache:
    """Look up and record loaded files; `save()` writes the cache when something changed."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.old: dict[tuple[str, str, str], _Entry] = {} if folder is None else _read(folder)
        self.new: dict[tuple[str, str, str], _Entry] = {}
        # With no cache to start from, new entries are pickled a chunk at a time as files load,
        # to a temporary file copied into the cache at `save()`: 100,000 entries held until then
        # were ~40 MB at the peak of a run.
        self.spool: BinaryIO | None = None
        self.changed = False
        self.written: set[tuple[str, str, str]] | None = None  # a worker's keys in its shard (`shard`)

    def load(self, path: Path, claim_id: str, display: str, load: Callable[[bytes | YamlDoc], Result]) -> Result:
        """What `load` gives for the file's bytes, from the cache when they are unchanged."""
        if self.folder is None:  # no cache (--no-cache, or saved already)
            return load(read_bytes(path))
        key = (str(path), claim_id, display)
        entry = self.old.get(key)
        try:
            status = os.stat(path)
        except (OSError, ValueError):
            return load(read_bytes(path))
        stat = _STAT.pack(status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev)
        if entry is not None and entry.trusted and entry.stat == stat:
            self.new[key] = entry
            return entry.result
        started = time.time_ns()
        raw = read_bytes(path)
        if isinstance(raw, YamlDoc):  # unreadable or refused: cheap to find again, nothing kept
            return load(raw)
        digest = hashlib.sha256(raw).digest()
        result = entry.result if entry is not None and entry.digest == digest else load(raw)
        if _keepable(result):
            trusted = status.st_mtime_ns < started - RACY_NS and status.st_ctime_ns < started - RACY_NS
            self.new[key] = _Entry(stat, digest, trusted, result)
            self.changed = self.changed or entry is None or entry.digest != digest or entry.stat != stat
            if not self.old and len(self.new) >= CHUNK:
                self._spool_new()
        return result

    def save(self) -> None:
        """Write the cache if anything changed; entries of files gone since are dropped.

        The entries are let go afterwards (their claims live on in the run): at 100,000 files
        their stat, digest and keys are ~40 MB. A file looked up later is read afresh.
        """
        if self.folder is None:
            return
        try:
            self._save()
        finally:
            self.folder, self.old, self.new = None, {}, {}

    # -- a worker process's share of a first load (`load.parallel`) --------------------------
    def open_shard(self) -> BinaryIO | None:
        """A temporary file in the cache's folder for a worker's entries; None with no cache to
        write, or with an old one to update (a worker is only for a cache written from nothing)."""
        with contextlib.suppress(OSError):
            return None if self.folder is None or self.old else self._temporary()
        return None

    @contextlib.contextmanager
    def shard(self, shard: BinaryIO) -> Iterator[set[tuple[str, str, str]]]:
        """In the worker: entries go to `shard` as the cache file's chunks; the keys written."""
        self.spool, self.new, self.written = shard, {}, set()
        yield self.written
        if self.new:
            self._spool_new()

    def adopt(self, shard: BinaryIO) -> dict[tuple[str, str, str], Result]:
        """In the parent: the worker's entries read back as a cache file's are, and their bytes
        added to this run's cache unchanged (each claim is pickled once)."""
        shard.seek(0)
        results = {key: entry.result for key, entry in _entries(shard)}
        if self.folder is not None and self.spool is None:
            with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
                self.spool = self._temporary()
        if self.spool is not None:
            shard.seek(0)
            for piece in iter(lambda: shard.read(1 << 20), b""):
                self.spool.write(piece)
        return results

    def _temporary(self) -> BinaryIO:
        """In the cache's own folder: a run writes nothing outside `.factcheck/`."""
        if self.folder is None or _linked(self.folder):
            raise OSError("no cache folder")
        self.folder.mkdir(parents=True, exist_ok=True)
        return tempfile.TemporaryFile(dir=self.folder)

    def _spool_new(self) -> None:
        if self.spool is None:
            try:
                self.spool = self._temporary()
            except OSError:  # a cache that cannot be written only costs time
                self.folder, self.new = None, {}
                return
        with _no_collection():
            self.spool.write(_chunk(list(self.new.items())))
        if self.written is not None:
            self.written.update(self.new)
        self.new = {}

    def _save(self) -> None:
        if self.spool is not None:
            with self.spool, contextlib.suppress(OSError):  # a cache that cannot be written only costs time
                if self.new:
                    self._spool_new()
                self.spool.seek(0)
                _write(self.folder, iter(lambda: self.spool.read(1 << 20), b""))
            return
        kept = dict(self.new)
        for key, entry in self.old.items():
            if key not in kept and os.path.isfile(key[0]):
                kept[key] = entry
        if not self.changed and len(kept) == len(self.old):
            return
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            _write(self.folder, _pickles(kept))


def _keepable(result: Result) -> bool:
    """An internal error is not kept: the next version may load the file."""
    return isinstance(result, Claim) or all(finding.verdict is not Verdict.ERROR for finding in result.findings)


# -- the file --------------------------------------------------------------------------------


def _read(folder: Path) -> dict[tuple[str, str, str], _Entry]:
    try:
        names = os.listdir(folder)
    except OSError:
        return {}
    for name in names:
        parts = name.split(".")
        if len(parts) != 3 or parts[0] != "claims" or parts[2] != "bin" or not parts[1].isdigit():
            continue
        path = folder / name
        try:
            status = os.lstat(path)
            if not stat.S_ISREG(status.st_mode) or status.st_ino != int(parts[1]):
                continue  # not the file written here (or a link, a FIFO): ignored
            with open(path, "rb") as handle:
                if os.fstat(handle.fileno()).st_ino != status.st_ino:
                    continue
                entries = _unpickle(handle)
        except OSError:
            continue
        if entries is not None:
            return entries
    return {}


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """Tens of thousands of objects made at once, none of them garbage: collecting only costs time
    (unpickling 10,000 claims: 0.96 s with the collector, 0.29 s without)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _unpickle(handle: BinaryIO) -> dict[tuple[str, str, str], _Entry] | None:
    """The stamp, then chunks of entries, each its own pickle, read from the file as they come."""
    try:
        with _no_collection():
            if _Unpickler(handle).load() != _stamp():
                return None
            return dict(_entries(handle))
    except Exception:  # a cache from another version, cut short or forged: ignored
        return None


def _entries(handle: BinaryIO) -> Iterator[tuple[tuple[str, str, str], _Entry]]:
    """The entries of the chunks from here to the end of the file."""
    with _no_collection():
        while True:
            try:  # one unpickler per pickle: protocol 5 numbers its memo from each pickle's start
                chunk = _Unpickler(handle).load()
            except EOFError:
                return
            yield from ((key, entry) for key, entry in chunk if isinstance(entry, _Entry))


def _pickles(entries: dict[tuple[str, str, str], _Entry]) -> Iterator[bytes]:
    """The entries in chunks, pickled one chunk at a time: memory stays bounded by a chunk (one
    pickle of 100,000 claims held its memo and its bytes whole: ~150 MB)."""
    items = list(entries.items())
    for start in range(0, len(items), CHUNK):
        yield _chunk(items[start : start + CHUNK])


def _chunk(chunk: list[tuple[tuple[str, str, str], _Entry]]) -> bytes:
    try:
        return dumps(chunk)
    except (pickle.PicklingError, TypeError, AttributeError):  # an entry that cannot be stored
        return dumps([(key, entry) for key, entry in chunk if _picklable(entry)])


def _fraction(value: Fraction) -> tuple[Any, ...]:
    return (Fraction, (value.numerator, value.denominator))


#: Fractions as two integers, not as text: Fraction's own pickling writes str() and parses it
#: back with a regular expression (a fifth of unpickling 10,000 claims).
_REDUCERS = Reducers({**copyreg.dispatch_table, Fraction: _fraction})  # and slotted dataclasses by their slots


def dumps(value: Any) -> bytes:
    """Pickled as the cache pickles (fractions as two integers)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    pickler.dump(value)
    return out.getvalue()


def _write(folder: Path, chunks: Iterator[bytes]) -> None:
    """The stamp, then the pickled chunks of entries, as the cache file of `folder`."""
    if _linked(folder):
        return  # a link at .factcheck or below would take the cache out of the repository
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        atomic_write(ignore, "# written by factcheck: a local cache, never committed\n*\n")
    fresh = folder / "claims.new"
    with _no_collection():
        atomic_write(fresh, itertools.chain([pickle.dumps(_stamp(), protocol=pickle.HIGHEST_PROTOCOL)], chunks))
    inode = os.stat(fresh).st_ino
    os.replace(fresh, folder / f"claims.{inode}.bin")
    for name in os.listdir(folder):
        if name.startswith("claims.") and name.endswith(".bin") and name != f"claims.{inode}.bin":
            with contextlib.suppress(OSError):
                os.unlink(folder / name)


def _picklable(entry: _Entry) -> bool:
    try:
        dumps(entry)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True


_ALLOWED_MODULES = ("factcheck.model", "factcheck.interval", "factcheck.checks.", "factcheck.grammar.")
_ALLOWED_EXACT = {
    ("fractions", "Fraction"),
    ("datetime", "date"),
    ("factcheck.yamlio.doc", "YamlInt"),
    ("factcheck.yamlio.doc", "YamlFloat"),
    ("factcheck.load.normalize", "PositionMap"),
    ("factcheck.load.normalize", "NO_EXTRAS"),
    ("factcheck.load.cache", "_Entry"),
    ("factcheck.load.slotpickle", "set_slots"),
}


class _Unpickler(pickle.Unpickler):
    """Builds only the records loading produces: dataclasses and enums of the model, checks and
    grammar, fractions, dates and YAML numbers; any other global refuses the whole file."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED_EXACT or module.startswith(_ALLOWED_MODULES):
            found = super().find_class(module, name)
            if (module, name) in _ALLOWED_EXACT or (
                isinstance(found, type) and (is_dataclass(found) or issubclass(found, Enum))
            ):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a loaded claim")


def _linked(folder: Path) -> bool:
    """Whether the cache folder or `.factcheck` is a symbolic link."""
    return folder.is_symlink() or folder.parent.is_symlink()


def _ours(name: str) -> bool:
    return name == ".gitignore" or name.startswith(("claims.", ".claims.", ".gitignore."))


def clean(root: Path) -> int:
    """Remove the loaded-claims cache of the repository at `root`; how many files went.

    Only the cache's own files are removed, and nothing through a link: a link in their
    place is removed itself, never what it points to.
    """
    folder = cache_folder(root)
    if folder.is_symlink() or folder.parent.is_symlink():
        raise OSError(f"{folder} or its parent is a symbolic link; remove it by hand")
    if not folder.is_dir():
        return 0
    removed = 0
    for name in os.listdir(folder):
        if _ours(name):
            try:
                (folder / name).unlink()
            except OSError:  # gone meanwhile, or a folder of that name: not a cache file
                continue
            removed += 1
    with contextlib.suppress(OSError):
        folder.rmdir()
    return removed
