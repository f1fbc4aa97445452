"""A pattern's relations, found once per document.

The registry asks every pattern; a pattern built on another's answers (`zh_change_sum` on the sums
of `partition` and `zh_breakdown`) asks that one again, and gets the same list instead of a second run.
"""

from __future__ import annotations

from types import ModuleType

from factcheck.extract.infer.base import Context, Relation


def relations_of(ctx: Context, pattern: ModuleType) -> list[Relation]:
    """Every relation `pattern.infer` finds in this document, in its order."""
    key = f"relations of {pattern.ID}"
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = list(pattern.infer(ctx))
    return found
