"""Files the tool writes and reads for itself: atomic writes, config files, the repository root.

One writer for the cache, the pin file, the baseline and reports, so that a crash, a full disk
or a second run at the same time never leaves half a file, and a link planted at a temporary
name is never followed. One reader for JSON and text configuration, so that every unreadable
file is reported the same way: `file[:line:col]: reason`, exit status 2.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable

from factcheck.errors import ConfigError


def atomic_write(path: Path, data: str | bytes | Iterable[str] | Iterable[bytes], *, parents: bool = False) -> None:
    """Replace `path` with `data` in one step; OSError when that cannot be done.

    `data` may also be an iterable of pieces (text or bytes), written as they come (a large report).

    `parents`: create missing folders first (a cache, a report), rather than refuse (a baseline).

    The temporary file has a unique name in the target's folder (created with O_EXCL, so a
    symlink there is never followed), is flushed to disk, renamed over the target and removed
    on any failure. The rename replaces a link at `path` itself rather than writing through it.
    Temporaries of the same target left by a writer that was killed (SIGKILL, a power cut) are
    removed once they are older than `STALE_SECONDS`: a writer still at work is never disturbed.
    """
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    if _is_device(path):  # /dev/null, /dev/stdout, a FIFO: write through it, never rename over it
        with open(path, "wb") as out:
            _write_all(out, data)
        return
    _remove_stale_temporaries(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            _write_all(out, data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _write_all(out: Any, data: str | bytes | Iterable[str] | Iterable[bytes]) -> None:
    if isinstance(data, (str, bytes)):
        data = (data,)
    for piece in data:
        out.write(piece.encode("utf-8") if isinstance(piece, str) else piece)


def _is_device(path: Path) -> bool:
    try:
        mode = os.stat(path).st_mode  # follows a link: a link to /dev/null is a device too
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode)


STALE_SECONDS = 3600.0  # far longer than any write takes
RESCAN_SECONDS = 60.0  # a folder's temporaries are listed at most once a minute by one process

#: folder → (when it was listed, its temporaries then old enough to be stale: (name, path)).
_STALE_SEEN: dict[str, tuple[float, list[tuple[str, str]]]] = {}


def _remove_stale_temporaries(path: Path) -> None:
    """Remove the temporaries of `path` that a killed writer left. The folder is listed once a
    minute, not once a write: writing N drafts into one folder would otherwise read it N times."""
    prefix = f".{path.name}."
    folder = str(path.parent)
    now = time.time()
    seen = _STALE_SEEN.get(folder)
    if seen is None or now - seen[0] > RESCAN_SECONDS:
        try:
            with os.scandir(folder) as entries:
                stale = [
                    (entry.name, entry.path)
                    for entry in entries
                    if entry.name.startswith(".")
                    and entry.name.endswith(".tmp")
                    and entry.is_file(follow_symlinks=False)
                    and now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
                ]
        except OSError:  # a folder we cannot list: the write itself will say what is wrong
            return
        if len(_STALE_SEEN) > 1024:
            _STALE_SEEN.clear()
        _STALE_SEEN[folder] = seen = (now, stale)
    for name, full in seen[1]:
        if name.startswith(prefix):
            with contextlib.suppress(OSError):
                os.unlink(full)


def read_config_text(path: Path, what: str) -> str:
    """The UTF-8 text of a configuration file; FileNotFoundError passes, other trouble is a ConfigError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise ConfigError(f"{path}: cannot read {what}: {reason}") from None


def read_json_config(path: Path, what: str, hint: str = "") -> Any:
    """A JSON configuration file's data; every problem a ConfigError at file:line:col."""
    text = read_config_text(path, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ConfigError(
            f"{path}:{error.lineno}:{error.colno}: invalid JSON: {error.msg} (unreadable {what}){hint}"
        ) from None
    except RecursionError:
        raise ConfigError(f"{path}: unreadable {what} (JSON nested too deeply){hint}") from None
    except ValueError as error:  # a whole number of more than 4300 digits, which int() refuses
        raise ConfigError(f"{path}: unreadable {what} ({error}){hint}") from None


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, every link on the way followed, is `root` or lies under it (`root` resolved too).

    For files named by input (a claim file, a data file, a cited document): a link planted in
    the repository must not make the tool read, print or overwrite a file elsewhere.
    """
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))
    except (OSError, ValueError):  # a name the system refuses: not a file of the repository
        return False


def repository_root(path: Path, cwd: Path) -> Path:
    """The claims repository that `path` (a claim file or folder, which may not exist yet) belongs to.

    Walking up from `path`: the parent of a folder named `claims`, or a folder holding
    `sources.yaml`, whichever comes first; the working directory when neither does.
    """
    absolute = Path(os.path.abspath(path))
    for candidate in (absolute, *absolute.parents):
        if candidate.name == "claims":
            return candidate.parent
        if (candidate / "sources.yaml").is_file():
            return candidate
    return cwd


def default_claims(cwd: Path) -> Path | None:
    """The claims to check when none are named, from any folder of a repository; None when there are none.

    Inside a `claims` folder: that folder (only its claims are checked). Elsewhere: the `claims/`
    folder of `cwd` or of the nearest folder above that has one. The path is relative to `cwd`.
    """
    here = Path(os.path.abspath(cwd))
    for folder in (here, *here.parents):
        if folder.name == "claims" and folder.is_dir():
            return Path(".")
        if (folder / "claims").is_dir():
            return Path(os.path.relpath(folder / "claims", here))
    return None
