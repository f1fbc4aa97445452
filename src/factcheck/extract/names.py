"""Readable file names for drafts: `tech-platforms-total.yaml`, else `para11-1793-jia.yaml`.

A claim's id is its file name, and ids are how checks refer to each other, so names must be
readable, stable from run to run (derived from the text only) and unique within a folder. A
glossary of common statistical terms (`glossary.py`) gives English words for Chinese subjects
(国内生产总值 → gdp); a subject it does not cover is romanised (pypinyin: 液晶显示屏 → yejingxianshi); an
English subject gives its own words; otherwise the paragraph, the number and the unit make the
name. Ids are never a bare number or a stop word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.errors import ValueParseError
from factcheck.extract.glossary import FILLER_CHARACTERS, SUBJECT_WORDS
from factcheck.grammar.units import parse_unit
from factcheck.grammar.values import parse_quantity

_TERMS_BY_FIRST: dict[str, list[str]] = {}
for _term in sorted(SUBJECT_WORDS, key=len, reverse=True):  # longest first within each first character
    _TERMS_BY_FIRST.setdefault(_term[0], []).append(_term)
_ROLE_BY_TYPE = {
    "rank": "rank",
    "only": "only",
    "growth": "growth",
    "change": "change",
    "difference": "gap",
    "date": "date",
    "label": "label",
    "range": "range",
}
_EN_STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "for",
    "and",
    "to",
    "by",
    "its",
    "their",
    "this",
    "that",
    "with",
    "from",
    "at",
    "as",
    "total",
    "while",
    "which",
    "has",
    "have",
    "had",
    "new",
    "number",
    "percent",
    "level",
    "levels",
    "or",
    "but",
    "these",
    "those",
    "individuals",
    "was",
    "were",
    "is",
    "are",
}
_UNIT_SLUGS = {"万": "wan", "亿": "yi", "万亿": "wan-yi", "%": "pct", "个百分点": "pp", "百分点": "pp"}


def slug_for(
    subject: str, clause_head: str, type_: str, kind: str, value: str, unit: str | None, paragraph: int, english: bool
) -> str:
    """A file name stem (no suffix) for one mention; `unique()` makes it unique in its folder."""
    words = _english_words(subject) if english else list(_table_words(subject))
    if not words and english and unit and re.fullmatch(r"[a-z][a-z-]{3,}s", unit):
        words = _english_words(unit)  # "There were 8 more bankruptcies": what is counted names the figure
    role = _role(clause_head, type_, kind)
    if words:
        return "-".join(words + ([role] if role and role not in words else []))[:60].strip("-")
    parts = [f"para{paragraph}", _value_slug(value), _unit_slug(unit)]
    if role:
        parts.append(role)
    return "-".join(part for part in parts if part)


def unique(stem: str, used: set[str]) -> str:
    name, counter = stem, 2
    while name in used:
        name = f"{stem}-{counter}"
        counter += 1
    used.add(name)
    return name


@lru_cache(maxsize=4096)
def _table_words(subject: str) -> tuple[str, ...]:
    """English words for a Chinese subject: glossary terms, longest first. What the glossary does not
    cover is romanised when the terms alone say only what kind of figure it is (稻谷产量 → rice-output,
    but 木材产量 → mucai-output, not output)."""
    pieces: list[tuple[str, bool]] = []  # (word, from the glossary), in the subject's order
    index, pending = 0, ""
    while index < len(subject):
        term = next((t for t in _TERMS_BY_FIRST.get(subject[index], ()) if subject.startswith(t, index)), None)
        if term is None:
            pending += subject[index]
            index += 1
            continue
        pieces += [(word, False) for word in _romanised(pending)]
        if SUBJECT_WORDS[term] and all(SUBJECT_WORDS[term] != word for word, _ in pieces):
            pieces.append((SUBJECT_WORDS[term], True))
        pending = ""
        index += len(term)
    pieces += [(word, False) for word in _romanised(pending)]
    terms = [word for word, glossary in pieces if glossary]
    words = terms if terms and not set(terms) <= _KINDS_OF_FIGURE else [word for word, _ in pieces]
    # A Chinese noun phrase ends with what is measured: keep the first term and the last two.
    return tuple(words) if len(words) <= 3 else (words[0], *words[-2:])


#: Glossary words that name only the kind of figure (产量, 价格, 面积): the thing measured must come with them.
_KINDS_OF_FIGURE = frozenset(
    "output output-value gross-output prices area enterprises value-added investment income share".split()
)


_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}|[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")


def _romanised(text: str) -> list[str]:
    """Pinyin words for text the glossary does not cover (液晶显示屏 → yejingxianshi); ASCII words as written."""
    words = []
    for run in _CJK_RUN.findall(text.strip(FILLER_CHARACTERS)):
        if run.isascii():
            words.append(run.lower())
            continue
        run = run.strip(FILLER_CHARACTERS)
        if len(run) >= 2:
            words.append("".join(_pinyin(run)[:4]))  # four syllables name a term; more make ids unreadable
    return [w for w in words if w]


@lru_cache(maxsize=4096)
def _pinyin(text: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin  # here: its dictionaries load in 0.5 s, only when a draft needs them

    return tuple(s for s in lazy_pinyin(text, errors="ignore") if s.isascii() and s.isalpha())


def _english_words(subject: str) -> list[str]:
    words = [w for w in re.findall(r"[a-z0-9]+", subject.lower()) if w not in _EN_STOP and not w.isdigit()]
    words = [w for w in words if len(w) > 1]  # "[M-o-M basis]": the letters of an abbreviation name nothing
    return words[:3] if any(len(w) > 2 for w in words) else []


_SHARE_HEAD = re.compile(r"(?:^|[，,；;])\s*占(?:[^，,；;。\d]{0,16}?(?:比重|比例))?(?:为|达到?)?\s*$")
_TOTAL_HEAD = re.compile(r"共|总数|总量|合计|总计|累计|total", re.IGNORECASE)
_NEW_HEAD = re.compile(r"新增|新入选|新建|new", re.IGNORECASE)


def _role(clause_head: str, type_: str, kind: str) -> str:
    if type_ in _ROLE_BY_TYPE:
        return _ROLE_BY_TYPE[type_]
    if _SHARE_HEAD.search(clause_head):
        return "share"  # 男性人口为6906858人，占53.38%: the part's share, named by the part
    if _TOTAL_HEAD.search(clause_head):
        return "total"
    if _NEW_HEAD.search(clause_head):
        return "new"
    return "target" if kind == "target" else ""


def _value_slug(value: str) -> str:
    text = value.replace(",", "")
    for word, slug in sorted(_UNIT_SLUGS.items(), key=lambda item: -len(item[0])):
        text = text.replace(word, f"-{slug}-")
    if not re.search(r"\d", text):
        try:
            interval = parse_quantity(value, rounded=False).interval
            text = str(int(interval.lo)) if interval.lo is not None else "n"
        except ValueParseError:  # a value the grammar refuses gets a neutral name; the draft is dropped anyway
            text = "n"
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")


def _unit_slug(unit: str | None) -> str:
    if not unit:
        return ""
    if unit in _UNIT_SLUGS:
        return _UNIT_SLUGS[unit]

    scale, parsed = parse_unit(unit)
    prefix = {10**4: "wan-", 10**8: "yi-"}.get(int(scale), "") if scale != 1 else ""
    symbol = parsed.symbol if parsed.symbol.isascii() else ""
    if parsed.dimension == "count":
        symbol = "count"
    return (prefix + re.sub(r"[^a-z0-9]+", "-", symbol.lower())).strip("-")
