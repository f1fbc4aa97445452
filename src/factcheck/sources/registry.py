"""Every `type:` of sources.yaml and the adapter module that speaks to it.

An adapter is one module (see `base.py` for the contract); adding a source type is adding its
module here. Nothing on the start-up path imports this registry, so `--help` stays light.
"""

from __future__ import annotations

from types import ModuleType

from factcheck.sources import csv_, datacommons, dbnomics, jsonstat, nbs, sdmx, worldbank

ADAPTERS: dict[str, ModuleType] = {
    module.TYPE: module for module in (worldbank, dbnomics, sdmx, jsonstat, csv_, nbs, datacommons)
}


def get(kind: str) -> ModuleType:
    try:
        return ADAPTERS[kind]
    except KeyError:
        raise ValueError(f"no such source type: {kind!r} (known: {', '.join(sorted(ADAPTERS))})") from None
