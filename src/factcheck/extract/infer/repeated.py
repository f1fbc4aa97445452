"""A sentence stated twice word for word (a digest's lead copying the body's paragraph): `same`.

初步核算，全年全省实现地区生产总值14879.2亿元，比上年增长6.1% in a news digest's opening paragraph and
again, in the very same words, in the body's 国民经济 paragraph: each figure of the first statement is
the figure in the same place of the second, growth rates too (whose own words, 比上年增长, name nothing
the `same` pattern could match by).

Two sentences are one statement when their texts are the same (spaces aside) but for their figures,
long enough to say what they are about (16 characters or more, beyond the figures), in two paragraphs,
and every figure in turn has the same unit, qualifier, period and kind. At least half of the figures must
have the same value too: sentences alike but for all their figures are two statements of a series
(4月份… and 1—4月份…, the period said in the sentence before). The others may differ: one copy with a
digit changed is the inconsistency the check is there to catch (matching the sentences with their
figures written in would pair them only when they already agree). A table's row is no sentence:
rows of two tables may read alike. Chinese only: on the English releases of the labelled set,
sentences alike word for word were no one statement (three checks no label states, one of them
failing). The first statement carries the check (confidence 0.8).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "repeated"

#: The end of a sentence.
_END = re.compile(r"[。！？!?]")
_MIN_WORDS = 16


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    first_seen: dict[str, list[int]] = {}
    for paragraph, indexes in sorted(ctx.by_paragraph.items()):
        text = ctx.document.paragraphs[paragraph - 1].text
        if "|" in text or "\t" in text:
            continue
        for begin, end in _sentences(text):
            members = [i for i in indexes if begin <= ctx.mentions[i].start < end]
            sentence = re.sub(r"\s+", "", _figures_masked(ctx, text, begin, end, members))
            if not members or len(re.sub(r"[\d.,%:：\x00]", "", sentence)) < _MIN_WORDS:
                continue
            earlier = first_seen.setdefault(sentence, members)
            if earlier is members or ctx.mentions[earlier[0]].paragraph == paragraph:
                continue
            if len(earlier) != len(members) or not all(_alike(ctx, a, b) for a, b in zip(earlier, members)):
                continue
            if 2 * sum(ctx.mentions[a].value == ctx.mentions[b].value for a, b in zip(earlier, members)) < len(members):
                continue  # 4月份…其中…31290亿元 and 1—4月份…其中…135719亿元: alike words, two statements
            for a, b in zip(earlier, members, strict=True):
                if ctx.statistic(a):
                    yield Relation(a, {"same": ctx.ref(b)}, 0.8, f"{ID}: the sentence is stated again word for word")


def _figures_masked(ctx: Context, text: str, begin: int, end: int, members: list[int]) -> str:
    """The sentence with each figure (number, unit) replaced by one mark: its words, whatever the values."""
    pieces, cursor = [], begin
    for i in members:
        mention = ctx.mentions[i]
        if mention.start < cursor or mention.end > end:
            continue
        pieces += [text[cursor : mention.start], "\x00"]
        cursor = mention.end
    return "".join(pieces) + text[cursor:end]


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    begin = 0
    for stop in _END.finditer(text):
        yield begin, stop.end()
        begin = stop.end()
    if begin < len(text):
        yield begin, len(text)


def _alike(ctx: Context, a: int, b: int) -> bool:
    first, second = ctx.mentions[a], ctx.mentions[b]
    return (first.unit, first.qualifier, first.period, first.type) == (
        second.unit,
        second.qualifier,
        second.period,
        second.type,
    )
