"""Report formats: every one a view of the JSON record built by `records.build_report`.

Each format is a module with `NAME` and `render(doc) -> str` (the terminal report renders
to a rich Console instead). The registry maps `--format` names to modules and imports a
module only when its format is asked for, so `factcheck --help` stays fast.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: `--format` name → module that renders it. `rich` is the terminal report.
FORMATS: dict[str, str] = {
    "rich": "factcheck.report.terminal",
    "json": "factcheck.report.json_",
    "junit": "factcheck.report.junit",
    "sarif": "factcheck.report.sarif",
    "github": "factcheck.report.github",
    "markdown": "factcheck.report.markdown",
    "html": "factcheck.report.html",
    "claimreview": "factcheck.report.claimreview",
}


def reporter(name: str) -> ModuleType:
    """The module for a format name; KeyError names the known ones."""
    try:
        return importlib.import_module(FORMATS[name])
    except KeyError:
        raise KeyError(f"no such format {name!r} (known: {', '.join(FORMATS)})") from None
