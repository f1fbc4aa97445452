"""Ranks written with words rather than numerals: 居全省首位, "ranked second", "the third-largest",
为我国第三大贸易伙伴 (第N大: the Nth largest).

Numerals after 第 (第2位, 第一名) are read by `classify`; these are the ranks whose number is an
ordinal word (`vocab.ORDINAL_WORDS`), kept as written so that the quote contains the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.lexicon import RANK_WORDS
from factcheck.extract.prefilter import scans
from factcheck.grammar.vocab import ORDINAL_WORDS

_WORDS = "|".join(sorted((w for w in ORDINAL_WORDS if w.isascii()), key=len, reverse=True))
_EN_RANK_VERBS = "|".join(sorted((w for w in RANK_WORDS if w.isascii()), key=len, reverse=True))
_CN_RANK_VERBS = "|".join(sorted((w for w in RANK_WORDS if not w.isascii()), key=len, reverse=True))
_PATTERNS = (
    re.compile(
        rf"(?i)\b(?:{_EN_RANK_VERBS}|came|finished|stood|was|is)\s+(?:at\s+)?(?:no\.\s*)?(?:the\s+)?"
        rf"(?:(?P<w>{_WORDS})|(?P<d>\d{{1,3}})(?![.,]?\d)(?:st|nd|rd|th)?)\b(?!\s*(?:%|percent|per cent|quarter|half|time|step|phase|batch|of|consecutive|straight|successive|day|week|month|year|estimate|release|edition|anniversary|round|wave))"  # noqa: E501
    ),
    re.compile(rf"(?i)\bthe\s+(?P<w>{_WORDS})[- ](?:largest|biggest|highest|most|best|top)\b"),
    # "is in second place", "took third place" (not "in the first place": at the outset)
    re.compile(
        rf"(?i)\b(?:in|took|takes|take|occupie[sd]|occupy|holds?|held)\s+(?:the\s+)?(?<!in the )(?P<w>{_WORDS})"
        r"\s+place\b"
    ),
    re.compile(r"(?i)\bno\.\s?(?P<d>\d{1,3})\b"),
    re.compile(rf"(?:{_CN_RANK_VERBS})[^,，。；;、\d]{{0,8}}(?P<w>首)位"),
    # "美国为我国第三大贸易伙伴", "是全球第二大经济体": the place among the largest, after a copula
    re.compile(
        r"(?:为|是|成为|仍为|仍是|稳居|位居)[^,，。；;、\d]{0,8}?第(?P<w>[一二三四五六七八九十]{1,2}|\d{1,2})大(?=[\u4e00-\u9fff])"
    ),
)


@dataclass(frozen=True)
class WordRank:
    start: int
    end: int
    value: str
    value_start: int


def find_word_ranks(text: str, folded: str, taken: list[tuple[int, int]]) -> list[WordRank]:
    """Ranks stated with ordinal words or after rank verbs, not overlapping `taken` spans."""
    found: list[WordRank] = []
    for pattern in scans(_PATTERNS):  # the same matches as _PATTERNS, found faster
        for match in pattern.finditer(folded):
            group = "w" if match.groupdict().get("w") else "d"  # "No. 45": a pattern with no word group
            start, end = match.start(group), match.end(group)
            if group == "d" and not _english_rank_context(folded, match):
                continue
            if any(a < match.end() and start < b for a, b in taken + [(r.start, r.end) for r in found]):
                continue
            found.append(WordRank(start, match.end(), text[start:end], start))
    return sorted(found, key=lambda rank: rank.start)


def _english_rank_context(folded: str, match: re.Match[str]) -> bool:
    """`was 2` is not a rank; `ranked 2nd`, `No. 1` and `ranked 3` are."""
    head = match.group(0).lower()
    return (
        head.startswith("no.")
        or bool(re.search(r"\d(st|nd|rd|th)$", head))
        or any(head.startswith(verb) for verb in ("rank", "placed"))
        or (any(head.startswith(verb) for verb in ("came", "finished", "stood")) and " at " not in head)
    )  # "stood at 112.3" is a level
