"""What decides how a claim file loads, as one value: the loaded-claims cache (`load.cache`)
is dropped whole when it changes."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.yamlio import reader

FORMAT = 2  # raised when what a cache entry holds changes shape


#: Libraries whose answers are part of a loaded file: the YAML parser's problems, the schema's.
LIBRARIES = ("yaml", "_yaml", "pydantic", "pydantic_core")


@functools.cache  # the code does not change under a running process
def stamp() -> tuple[Any, ...]:
    """What decides how a file loads: version, Python, the code of this package, the YAML
    parser in use and the libraries the loader asks (each by its files' size and mtime, so
    that a warm run never has to import them to learn their version)."""
    package = Path(__file__).resolve().parents[1]
    code = []
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(name for name in dirs if name != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                status = os.stat(os.path.join(folder, name))
                code.append((os.path.relpath(os.path.join(folder, name), package), status.st_size, status.st_mtime_ns))
    for library in LIBRARIES:
        code.append((library, *_installed(library)))
    return (
        FORMAT,
        __version__,
        sys.version_info[:3],
        reader.LOADER.__name__,
        hashlib.sha256(repr(code).encode()).hexdigest(),
    )


def _installed(name: str) -> tuple[Any, ...]:
    """Where a library is installed and its entry file's size and mtime; () when absent."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return ()
    if spec is None or not spec.origin or not os.path.isfile(spec.origin):
        return ()
    status = os.stat(spec.origin)
    return (spec.origin, status.st_size, status.st_mtime_ns)
