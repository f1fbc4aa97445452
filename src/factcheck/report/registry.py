"""Every `--format` and the module that renders it.

A format is a module with `NAME` and `render(doc) -> str` over the JSON record built by
`records.build_report` (the terminal report also prints to a rich Console). Adding a format is
adding its module here. Nothing on the start-up path imports this registry, and a format's
module is imported when it is first asked for: a `--format json` run does not load rich.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Iterator, Mapping

#: `--format` name → module of factcheck.report (each module's NAME is its key; a test checks it).
MODULES: dict[str, str] = {
    "rich": "terminal",
    "concise": "concise",
    "json": "json_",
    "junit": "junit",
    "junit-strict": "junit_strict",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "markdown": "markdown",
    "html": "html",
    "claimreview": "claimreview",
}


class _Reporters(Mapping[str, ModuleType]):
    """The formats by name, each module imported on first use."""

    def __getitem__(self, name: str) -> ModuleType:
        return importlib.import_module(f"factcheck.report.{MODULES[name]}")

    def __iter__(self) -> Iterator[str]:
        return iter(MODULES)

    def __len__(self) -> int:
        return len(MODULES)


REPORTERS: Mapping[str, ModuleType] = _Reporters()


def get(name: str) -> ModuleType:
    try:
        return REPORTERS[name]
    except KeyError:
        raise ValueError(f"no such format {name!r} (known: {', '.join(REPORTERS)})") from None
