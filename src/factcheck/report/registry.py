"""Every `--format` and the module that renders it.

A format is a module with `NAME` and `render(doc) -> str` over the JSON record built by
`records.build_report` (the terminal report also prints to a rich Console). Adding a format is
adding its module here. Nothing on the start-up path imports this registry.
"""

from __future__ import annotations

from types import ModuleType

from factcheck.report import (
    claimreview,
    concise,
    github,
    gitlab,
    html,
    json_,
    junit,
    junit_strict,
    markdown,
    sarif,
    terminal,
)

REPORTERS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (terminal, concise, json_, junit, junit_strict, sarif, github, gitlab, markdown, html, claimreview)
}


def get(name: str) -> ModuleType:
    try:
        return REPORTERS[name]
    except KeyError:
        raise ValueError(f"no such format {name!r} (known: {', '.join(REPORTERS)})") from None
