"""Plan: every source reference of a run, deduplicated, then grouped into batches per source.

The same observation is often asked for by a `compare` block and by a check operand in other
claims; it is fetched once. Adapters then batch what their API allows (several countries or
series in one call, one document per URL), so N distinct references cost at most N requests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.model import SourceRef


def ref_identity(ref: SourceRef) -> tuple[Any, ...]:
    """What makes two references ask for the same thing: the key plus `across`/`self`."""
    return ref.key() + (ref.across, ref.self_member)


def unique_refs(refs: Iterable[SourceRef]) -> list[SourceRef]:
    """The first reference of each identity, in a stable order."""
    seen: dict[tuple[Any, ...], SourceRef] = {}
    for ref in refs:
        seen.setdefault(ref_identity(ref), ref)
    return sorted(seen.values(), key=lambda ref: repr(ref_identity(ref)))


def refs_of_claims(claims: Iterable[Any]) -> list[SourceRef]:
    """Compare blocks and source operands of every check of the given claims."""
    return [ref for claim in claims for ref in claim.source_refs()]


def by_source(refs: Sequence[SourceRef]) -> dict[str, list[SourceRef]]:
    groups: dict[str, list[SourceRef]] = {}
    for ref in refs:
        groups.setdefault(ref.source, []).append(ref)
    return groups
