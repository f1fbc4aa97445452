"""The mentions of a paragraph found once per distinct text: a document repeats paragraphs (a section
copied, a running header, a note under every table), and finding a paragraph's mentions (periods, noise
patterns, numbers, their classes, units and subjects) is most of `find_mentions`' time.

What a paragraph's mentions are depends on its text, the language, the reporting period and the way the
document writes numbers, and on nothing else; its number is only stamped on each mention. The mentions
kept are copies, and so are those handed out: the steps after this one change mentions in place.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

_LIMIT = 1024  # distinct paragraphs kept: bounded memory on a long document
_KEPT: OrderedDict[tuple[Any, ...], tuple[Any, ...]] = OrderedDict()


def _copy(mention: Any, number: int) -> Any:
    return replace(mention, paragraph=number, notes=list(mention.notes))


def mentions_once(find: Callable[..., list[Any]], text: str, number: int, *rest: Any) -> list[Any]:
    """`find(text, number, *rest)` (`mentions.paragraph_mentions`), found once per (text, *rest)."""
    key = (find, text, *rest)
    kept = _KEPT.get(key)
    if kept is None:
        found = find(text, number, *rest)
        _KEPT[key] = tuple(_copy(mention, number) for mention in found)
        if len(_KEPT) > _LIMIT:
            _KEPT.popitem(last=False)
        return found
    _KEPT.move_to_end(key)
    return [_copy(mention, number) for mention in kept]
