"""Suggested checks where the text states a relation between its numbers.

- "共…其中…" (a total, then its parts in the same sentence) → `sum` on the total: a real check,
  since every operand is a draft of the same folder.
- "新增X…总数达到Y" → on X, `difference: [./Y, <previous total>]` (X = Y − previous, docs/checks.md);
  the previous total is not in the text, so the check is a to-do.
- "居…第N位", "均居…首位", "ranked second" → `rank: {of: ./the-figure, among: <to fill>}`.
- "高于全国X个百分点" → `difference: [./the-figure, <national figure>]`; 低于 the other way round.
- "增长12%" → `growth: {from: <previous>, to: <current>}`.
A check with an operand to fill in goes under `x-todo` (kept and ignored by the loader), so that
every draft validates as written; the reviewer fills the blank and moves it into `checks`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from factcheck.extract.clauses import sentences
from factcheck.extract.document import Document
from factcheck.extract.mentions import Mention

FILL = "FILL IN: "
_DURATIONS = ("年", "个月", "天", "日", "years", "months", "days")  # 连续两年位居第一: the years are not ranked
_STATISTIC_TYPES = ("count", "range", "growth", "change", "difference")


@dataclass
class Suggestions:
    checks: list[dict[str, Any]] = field(default_factory=list)
    todos: list[dict[str, Any]] = field(default_factory=list)


def suggest(document: Document, mentions: list[Mention], names: list[str]) -> list[Suggestions]:
    """One Suggestions per mention (same order); `names` are the mentions' draft ids."""
    result = [Suggestions() for _ in mentions]
    by_paragraph: dict[int, list[int]] = {}  # one pass over the mentions, not one per paragraph
    for i, mention in enumerate(mentions):
        by_paragraph.setdefault(mention.paragraph, []).append(i)
    for number, indexes in by_paragraph.items():
        text = document.paragraphs[number - 1].text
        indexes.sort(key=lambda i: mentions[i].value_start)
        starts = [mentions[i].value_start for i in indexes]
        for sentence in sentences(text):
            members = indexes[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
            if members:
                _sentence(text, sorted(members), mentions, names, result)
    return result


def _sentence(
    text: str, members: list[int], mentions: list[Mention], names: list[str], result: list[Suggestions]
) -> None:
    for position, i in enumerate(members):
        mention = mentions[i]
        head = mention.head
        earlier = [j for j in members[:position] if mentions[j].type in _STATISTIC_TYPES]
        later = members[position + 1 :]
        if mention.type in _STATISTIC_TYPES and re.search(r"共|合计|总计", head):
            _sum(text, i, later, mentions, names, result)
        if re.search(r"新增|新入选", head) and mention.type == "count":
            _new_and_total(text, i, later, mentions, names, result)
        if mention.type == "rank" and earlier:
            _rank(text, i, members[:position], mentions, names, result)
        if mention.type == "difference" and earlier:
            _difference(head, i, earlier, mentions, names, result)
        if mention.type == "change":
            result[i].todos.append(
                {
                    "difference": [
                        FILL + "the value of this period (a claim id)",
                        FILL + "the value of the earlier period",
                    ]
                }
            )
        if mention.type == "growth":
            result[i].todos.append(
                {"growth": {"from": FILL + "the value of the earlier period", "to": FILL + "the value of this period"}}
            )


def _sum(
    text: str, total: int, later: list[int], mentions: list[Mention], names: list[str], result: list[Suggestions]
) -> None:
    parts = [
        j
        for j in later
        if "其中" in text[mentions[total].value_start : mentions[j].value_start]
        and mentions[j].unit == mentions[total].unit
        and mentions[j].type == "count"
    ]
    if len(parts) >= 2:
        result[total].checks.append({"sum": [f"./{names[j]}" for j in parts]})


def _new_and_total(
    text: str, new: int, later: list[int], mentions: list[Mention], names: list[str], result: list[Suggestions]
) -> None:
    for j in later[:2]:
        head = mentions[j].head
        if re.search(r"总数|总量|累计|总计", head) and mentions[j].unit == mentions[new].unit:
            result[new].todos.append(
                {"difference": [f"./{names[j]}", FILL + "the previous total (a claim id or a number)"]}
            )
            return


def _rank(
    text: str, rank: int, earlier: list[int], mentions: list[Mention], names: list[str], result: list[Suggestions]
) -> None:
    """`earlier`: every mention before the rank in its sentence; the figure ranked is the last
    statistic, or with 均 ("both") every statistic since the previous rank."""
    head = mentions[rank].head
    since = [j for j in earlier if mentions[j].type == "rank"]
    figures = [
        j
        for j in earlier
        if mentions[j].type in _STATISTIC_TYPES and (not since or j > since[-1]) and mentions[j].unit not in _DURATIONS
    ]
    # 均/both, 新增数、总数: the figures named just before (most often two), not the whole sentence.
    ranked = figures[-2:] if re.search(r"均|都|、|both|all", head, re.IGNORECASE) else figures[-1:]
    for j in ranked:
        result[rank].todos.append(
            {
                "rank": {
                    "of": f"./{names[j]}",
                    "among": FILL + "the others ranked (claim ids, or a source reference with across:)",
                }
            }
        )


def _difference(
    head: str, diff: int, earlier: list[int], mentions: list[Mention], names: list[str], result: list[Suggestions]
) -> None:
    figure = earlier[-1]
    national = FILL + "the figure compared with (a claim id, a number or a source reference)"
    pair = (
        [national, f"./{names[figure]}"]
        if re.search(r"低于|低出|少于|lower|below", head)
        else [f"./{names[figure]}", national]
    )
    result[diff].todos.append({"difference": pair})
