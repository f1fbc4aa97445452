"""The records of stored runs (`.factcheck/runs/<key>.<inode>`): written, found, checked, replayed.

A record is a JSON header line (format, exit status, stderr), one line per input (its `stat`
as text, a tab, its path), an empty line, then the bytes the run wrote to stdout, as UTF-8.
It is replayed line by line and piece by piece, so a 100,000-claim report is never held whole.
See `cli.replay` for what a record stands for and when one is kept.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import stat
import sys
from typing import Any

FORMAT = 2
FOLDER = "runs"  # under .factcheck/
KEEP = 8  # records per repository; the oldest go first
CHUNK = 1 << 20


def signature(path: str) -> str:
    """What must not change, as text: size, mtime, ctime, inode, device and kind; `-` when absent."""
    try:
        status = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "-"
    except (OSError, ValueError) as error:
        return f"E{getattr(error, 'errno', 0)}"
    return (
        f"{status.st_size} {status.st_mtime_ns} {status.st_ctime_ns} {status.st_ino}"
        f" {status.st_dev}:{stat.S_IFMT(status.st_mode)}"
    )


def path_text(path: str) -> str:
    """A path on one line: JSON-quoted when it holds a line break, a tab or starts with a quote."""
    if "\n" in path or "\r" in path or "\t" in path or path.startswith('"'):
        return json.dumps(path)
    return path


def find_folder(cwd: str) -> str | None:
    """The nearest `.factcheck/runs` at or above the working directory."""
    folder = cwd
    while True:
        candidate = os.path.join(folder, ".factcheck", FOLDER)
        if os.path.isdir(candidate) and not os.path.islink(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def replay(folder: str, key: str) -> None:
    """Print the record of `key` and exit, if there is one of ours and every input is unchanged."""
    try:
        names = [name for name in os.listdir(folder) if name.startswith(key + ".")]
    except OSError:
        return
    for name in names:
        inode = name[len(key) + 1 :]
        path = os.path.join(folder, name)
        try:
            handle = open(path, "rb")
        except OSError:
            continue
        with handle:
            try:
                if not inode.isdigit() or os.fstat(handle.fileno()).st_ino != int(inode):
                    continue  # not written here in place (committed, copied): ignored
                if not stat.S_ISREG(os.lstat(path).st_mode):
                    continue
                header = json.loads(handle.readline())
                fresh = current(handle, header)
            except (OSError, ValueError, UnicodeError):
                continue
            if not fresh:
                return
            sys.stdout.flush()
            decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")
            while piece := handle.read(CHUNK):
                sys.stdout.write(decoder.decode(piece))
            sys.stdout.write(decoder.decode(b"", final=True))
        sys.stdout.flush()
        sys.stderr.write(header["stderr"])
        raise SystemExit(header["status"])


def current(handle: Any, header: Any) -> bool:
    """Whether the record is of this format and each input it lists still has its recorded stat."""
    if not (
        isinstance(header, dict)
        and header.get("format") == FORMAT
        and header.get("status") in (0, 1)
        and isinstance(header.get("stderr"), str)
    ):
        return False
    while (raw := handle.readline()) != b"\n":
        if not raw.endswith(b"\n"):
            return False  # cut short: not a record this tool finished writing
        recorded, tab, path = raw[:-1].decode("utf-8", "surrogatepass").partition("\t")
        if not tab:
            return False
        if path.startswith('"'):
            path = json.loads(path)
        if signature(path) != recorded:
            return False
    return True


def write(folder: str, key: str, pieces: Any) -> None:
    from pathlib import Path  # only when a run is stored

    from factcheck.files import atomic_write  # only when a run is stored

    parent = os.path.dirname(folder)
    if os.path.islink(parent) or os.path.islink(folder):
        return  # a link would take the records out of the repository
    os.makedirs(folder, exist_ok=True)
    ignore = os.path.join(folder, ".gitignore")
    if not os.path.exists(ignore):
        atomic_write(Path(ignore), "# written by factcheck: a local cache, never committed\n*\n")
    fresh = Path(folder) / f"{key}.new"
    atomic_write(fresh, pieces)
    inode = os.stat(fresh).st_ino
    os.replace(fresh, os.path.join(folder, f"{key}.{inode}"))
    prune(folder, key, f"{key}.{inode}")


def prune(folder: str, key: str, kept: str) -> None:
    """Older records of the same key go; beyond KEEP records, the oldest go."""
    entries = []
    for name in os.listdir(folder):
        if name == ".gitignore" or name == kept:
            continue
        path = os.path.join(folder, name)
        if name.startswith(key + "."):
            with contextlib.suppress(OSError):
                os.unlink(path)
            continue
        with contextlib.suppress(OSError):
            entries.append((os.lstat(path).st_mtime_ns, path))
    for _, path in sorted(entries)[: max(0, len(entries) + 1 - KEEP)]:
        with contextlib.suppress(OSError):
            os.unlink(path)


def clean(root: Any) -> int:
    """Remove the stored runs of the repository at `root`; how many files went."""
    folder = os.path.join(os.fspath(root), ".factcheck", FOLDER)
    if os.path.islink(folder) or os.path.islink(os.path.dirname(folder)):
        raise OSError(f"{folder} or its parent is a symbolic link; remove it by hand")
    if not os.path.isdir(folder):
        return 0
    removed = 0
    for name in os.listdir(folder):
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(folder, name))
            removed += 1
    with contextlib.suppress(OSError):
        os.rmdir(folder)
    return removed
