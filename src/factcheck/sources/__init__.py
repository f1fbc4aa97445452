"""Public data sources (spec §8): the adapters, and resolving source references to values.

`ADAPTERS` maps each `type:` of sources.yaml to its module (see each module's docstring for
its YAML form). `resolve_refs()` is what the pipeline calls: every source reference of the
run in, one `Resolved` per `SourceRef.key()` out, never an exception for a source that
failed (its Resolved has verdict `error`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.checks.base import Resolved
    from factcheck.sources.fetch import FetchOptions
    from factcheck.model import SourceRef
    from factcheck.sources.config import SourcesConfig

    ADAPTERS: dict[str, Any]  # built on first use by __getattr__ below

__all__ = ["ADAPTERS", "FetchOptions", "resolve_refs"]


def __getattr__(name: str) -> Any:
    """`ADAPTERS` and `FetchOptions` on first use: `factcheck --help` need not import them."""
    if name == "ADAPTERS":
        from factcheck.sources import csv_, dbnomics, jsonstat, sdmx, worldbank

        adapters = {module.TYPE: module for module in (worldbank, dbnomics, sdmx, jsonstat, csv_)}
        globals()["ADAPTERS"] = adapters
        return adapters
    if name == "FetchOptions":
        from factcheck.sources.fetch import FetchOptions

        return FetchOptions
    raise AttributeError(name)


def resolve_refs(refs: Sequence[SourceRef], config: SourcesConfig | None, options: FetchOptions
                 ) -> dict[tuple, Resolved]:
    """Every reference's value, keyed by `SourceRef.key()`.

    `config is None` (no sources.yaml): every reference is `unverifiable`, "sources not
    configured". Otherwise pin, cache and network as FetchOptions say (see resolve.py).
    """
    from factcheck.checks.base import Resolved
    from factcheck.model import Verdict

    if config is None:
        return {ref.key(): Resolved(ref.describe(), problem="sources not configured", verdict=Verdict.UNVERIFIABLE)
                for ref in refs}
    from factcheck.sources.resolve import Resolver

    return Resolver(config, options).resolve(refs)
