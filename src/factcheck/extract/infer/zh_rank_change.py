"""A rank's move between two ranks stated: `difference`.

从第134位跃升至119位，提升15位: the move up is the earlier rank minus the later one (134 − 119 = 15);
下降/后退N位 after 从第A位…至第B位 is the later rank minus the earlier one.

- the two ranks are the figures just before the move in its sentence, written 第A位 (or A位) and,
  after 至/到 (跃升至, 上升到, 下降至), B位;
- the move says its way: 提升, 上升, 前移, 提高, 跃升 (up) or 下降, 后退, 下滑, 回落 (down), in 位.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "zh-rank-change"

_UP = re.compile(r"(?:提升|上升|前移|提高|跃升|前进)了?$")
_DOWN = re.compile(r"(?:下降|后退|下滑|回落|后移)了?$")
_TO = re.compile(r"^\s*位?\s*[^，,。；;\d]{0,6}(?:至|到)\s*第?\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i in range(2, len(ctx.mentions)):
        mention = ctx.mentions[i]
        if mention.unit != "位" or ctx.quantities[i] is None:
            continue
        clause = re.split(r"[，,；;。]", mention.head)[-1]
        up, down = _UP.search(clause), _DOWN.search(clause)
        if not up and not down:
            continue
        earlier, later = i - 2, i - 1
        if any(ctx.sentence_of[j] != ctx.sentence_of[i] for j in (earlier, later)):
            continue
        if not re.search(r"第\s*$", ctx.before(earlier, 4)) or not _TO.match(ctx.between(earlier, later)):
            continue
        if not ctx.paragraph_text(later)[ctx.mentions[later].value_start :].lstrip("0123456789").startswith("位"):
            continue
        if not re.fullmatch(r"\s*位?\s*[，,]\s*[^，,。；;\d]{0,4}", ctx.between(later, i)):
            continue
        pair = [earlier, later] if up else [later, earlier]
        check = {"difference": [ctx.ref(pair[0]), ctx.ref(pair[1])]}
        yield Relation(i, check, 0.75, f"{ID}: the move between the two ranks stated")
