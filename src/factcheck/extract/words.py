"""The words around a number: unit after it, qualifier before or after it, kind markers, labels.

Every word list here is a table of `factcheck.grammar.vocab` (the value grammar's own), matched
longest first, so a qualifier or unit the extractor writes into a draft is one the value parser
accepts. Matching runs on the same-length folded text (`numbers.fold_same_length`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.errors import ValueParseError
from factcheck.extract import afternumber as after
from factcheck.extract.afternumber import SLASH_WORD
from factcheck.extract.clauses import Span
from factcheck.extract.countnouns import NOT_NOUNS, plural_noun_end
from factcheck.extract.lexicon import EXTRA_MEASURE_WORDS, EXTRA_QUALIFIER_PREFIXES
from factcheck.extract.numbers import find_numbers
from factcheck.extract.subjects import english_subject
from factcheck.extract.wordnumbers import STREAK
from factcheck.grammar.currencysigns import sign_before
from factcheck.grammar.signs import DECLINE_SIGN_WORDS
from factcheck.grammar.unit_table import OWN_UNITS
from factcheck.grammar.units import UNIT_TABLE, known_unit, parse_unit
from factcheck.grammar.vocab import GROWTH_WORDS, KIND_MARKERS, QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES

_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _unit_words() -> tuple[str, ...]:
    words = set(UNIT_TABLE) | set(OWN_UNITS) | set(EXTRA_MEASURE_WORDS)
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _prefixes() -> tuple[tuple[str, str], ...]:
    pairs = [
        (word, name)
        for table in (QUALIFIER_PREFIXES, EXTRA_QUALIFIER_PREFIXES)
        for name, words in table.items()
        for word in words
    ]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


@lru_cache(maxsize=1)
def _prefix_endings() -> tuple[str, ...]:
    return tuple(word.lower() for word, _ in _prefixes())


@lru_cache(maxsize=1)
def _chinese_prefix_endings() -> tuple[str, ...]:
    return tuple(word for word, _ in _prefixes() if not word.isascii())


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, str], ...]:
    pairs = [(word, name) for name, words in QUALIFIER_SUFFIXES.items() for word in words if name != "odd"]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


@lru_cache(maxsize=1)
def _unit_words_by_first() -> dict[str, tuple[str, ...]]:
    """`_unit_words()` by their first character (longest first in each): only words that begin
    with the character at a position can match there."""
    table: dict[str, list[str]] = {}
    for word in _unit_words():
        table.setdefault(word[0], []).append(word)
    return {char: tuple(words) for char, words in table.items()}


#: Percent words a release may glue to its figure ("+1.2per cent", "0.2pps"), unlike other words ("5kids").
_GLUED_RATE = re.compile(r"per ?cent|pps|ppts?|pts")
_SPACES_BEFORE_PERCENT = re.compile(r"( {2,3})(?:%|per ?cent\b)")


@lru_cache(maxsize=8)
def _lowered(folded: str) -> str:
    """A paragraph in lower case, once per paragraph rather than once per number in it."""
    return folded.lower()


#: A "p" glued to a whole number of one to three digits, then a word or a stop: pence.
_PENCE = re.compile(r"p(?=\s+[a-z]|[,;.)](?!\d)|$)")


def unit_after(text: str, folded: str, index: int, english: bool) -> tuple[bool, str | None, int]:
    """(odd, unit as written, end) for what follows a number: 800多家 → (True, 家)."""
    odd = False
    lowered = _lowered(folded)
    if not english and folded[index : index + 1] in ("多", "余"):
        odd, index = True, index + 1
    elif english:
        index = after.STARS.match(lowered, index).end()  # "5.4* percent": a footnote star
        margin = after.MARGIN.match(lowered, index)
        index = margin.end() if margin else index  # "54,100 (±6,000) individuals": a margin of error, then the unit
        match = after.ODD_AFTER.match(lowered, index)
        if match:
            odd, index = True, match.end()
    gap = 1 if lowered[index : index + 1] == " " and (english or _CJK.match(lowered, index + 1)) else 0
    if lowered[index : index + 2] in (" %", " ‰"):  # 增长1.4 %: a space before the percent sign
        gap = 1
    if english and after.HYPHEN_PERCENT.match(lowered, index, index + 20):
        gap = 1  # "a 0.2-percent increase"
    if english and (spaces := _SPACES_BEFORE_PERCENT.match(lowered, index)):
        gap = len(spaces.group(1))  # "culture (0.69  per cent)": two spaces before the percent
    at = index + gap
    points = after.POINTS.match(lowered, at, at + 7) if english else None
    if points and _INDEX_LEVEL.search(lowered[max(0, at - 90) : at]):  # "the share index … to 1,647 points"
        return odd, "index points", points.end()
    if points and _CONTRIBUTION.search(lowered[max(0, at - 160) : at]):  # "the contribution of demand … 0.7 points"
        return odd, "percentage points", points.end()  # a contribution to a growth rate is in percentage points
    if points and _OF_A_RATE.search(lowered[max(0, at - 120) : at]):  # "the unemployment rate fell 0.3 points"
        return odd, "percentage points", points.end()
    for word in _unit_words_by_first().get(lowered[at : at + 1], ()):
        if word == "p":
            continue  # pence only where `_PENCE` reads them: "2019p", "105.2p" are provisional figures
        if lowered.startswith(word, at) and _word_ends(lowered, at + len(word), word):
            if english and gap == 0 and word[0].isalpha() and len(word) > 2 and not _GLUED_RATE.fullmatch(word):
                continue  # "5kids": a unit word glued to a number only when it is a symbol or a rate's
            if english and after.AREA.match(lowered, at + len(word), at + len(word) + 6):
                continue  # "20 euro area Member States": euro names the area, not the money
            end = _per_unit_end(lowered, at + len(word), at)
            counts = english and word.isalpha() and getattr(known_unit(word), "dimension", "") != "percent"
            noun = plural_noun_end(lowered, end, folded, True) if counts else None  # not "percent indicates"
            if noun:  # "2.9 million overnight stays": the noun phrase
                end = noun
            return odd, text[at:end], end
    if english and _PENCE.match(folded, index) and re.search(r"(?<![\d.,])\d{1,3}$", folded[max(0, index - 4) : index]):
        return odd, "p", index + 1  # "88p higher", "43p per pack": pence (not "2019p", "105.2p", "123p 456")
    compared = compared_noun(folded, index) if english else None
    if compared:  # "8 more bankruptcies … than": the figure counts bankruptcies (its span ends at the number)
        return odd, compared[0], index
    streak = _STREAK.match(folded, index) if english else None
    if streak and (streak.group(1) or streak.group(3)):  # "rose for 3 consecutive months": months
        return odd, text[streak.start(2) : streak.end(2)], streak.end(2)
    if english:  # a plural count noun ("14 regions") or an acronym unit ("2.1m TEU") after the number
        rate = after.RATE_UNIT.match(folded, index)
        if rate and rate.group(1).lower() not in ("n/a", "w/o", "c/o"):  # "9.2 million b/d", "40 t/ha"
            return odd, text[index + 1 : rate.end()], rate.end()
        acronym = after.ACRONYM_UNIT.match(folded, index)
        if acronym and acronym.group(1) not in ("UK", "US", "EU", "GDP", "CEO"):
            return odd, text[index + 1 : acronym.end()], acronym.end()
        scaled = bool(_SCALED_END.search(lowered, max(0, index - 9), index))  # "55 thousand full-time jobs"
        millions = bool(_MILLIONS_BEFORE.search(lowered, max(0, index - 12), index))  # a count, not a name
        noun = plural_noun_end(lowered, index, folded, scaled or millions)
        if noun:  # "14 regions", "1,067,416 tourist arrivals", "18 542 706 tourist nights"
            return odd, text[index + 1 : noun], noun
    latin = after.LATIN_UNIT.match(folded, index) if not english else None
    if latin and _CJK.search(folded[latin.end() : latin.end() + 1] or "x"):
        return odd, text[index : latin.end()], latin.end()
    return odd, None, index


_STREAK = re.compile(STREAK)
_CONTRIBUTION = re.compile(r"\bcontribut(?:ion|ions|ed|es|ing)\b(?:[^.;!?]|\.(?=\d))*$")
_SCALED_END = re.compile(r"(?:thousand|million|billion|trillion)$")
#: A figure grouped into millions ("18 542 706", "1,067,416") just before: the phrase after it is what it counts.
_MILLIONS_BEFORE = re.compile(r"\d[ ,\u00a0]\d{3}[ ,\u00a0]\d{3}$")
_NUMBER_OF = re.compile(r"(?i)\bthe (?:total |[a-z]{3,}est )?number of ((?:[a-z]+ ){0,2}?[a-z]{3,}s)\b")


def counted_noun(sentence: str, at: int) -> str | None:
    """ "the number of job openings in June was 3.1 million": what a bare figure at `at` in the
    sentence counts (None for people or things the unit table counts): the nearest "the number of
    X" before it, else the first after it ("At 4.1
    million in June, the number of hires is up")."""
    found = [(match.start(), match.group(1).lower()) for match in _NUMBER_OF.finditer(sentence)]
    before = [noun for start, noun in found if start < at]
    noun = before[-1] if before else found[0][1] if found else None
    head = UNIT_TABLE.get(noun.split()[-1]) if noun else None
    # "the number of unemployed persons": people, as a bare figure counts them (a part and its
    # whole then share their unit); "job openings", "hires": the noun is the unit
    return None if head is not None and head.dimension == "count" else noun


#: "8 more bankruptcies in September than in August", "12 fewer vessels than a year ago": the
#: noun compared is what the figure counts (a difference of two counts of it).
_COMPARED_NOUN = re.compile(
    r"(?i) (more|fewer|less) ((?:[a-z]+-)?[a-z]{3,}s)\b(?![-'])(?=(?:[^.;:!?]|\.(?=\d))*?\bthan\b)"
)


def compared_noun(folded: str, end: int) -> tuple[str, bool] | None:
    """(noun, fewer) when the words after a number at `end` are "more/fewer NOUNs … than"."""
    found = _COMPARED_NOUN.match(folded, end, end + 200)
    if found is None or found.group(2).lower() in _NOT_NOUNS:
        return None
    return found.group(2), found.group(1).lower() != "more"


def _per_unit_end(lowered: str, end: int, start: int) -> int:
    """元/人, 公斤/亩, 元/吨, kg/m², "hours per week": a unit per another unit is one unit; where it ends."""
    per = re.match(r" per ((?:square |sq\.? )?[a-z]+)\b", lowered[end : end + 30])
    if per:  # "35.3 hours per week", "persons per square kilometre": units the grammar knows (not "percent per year")
        try:
            dimension = parse_unit(lowered[start : end + per.end()])[1].dimension
        except ValueParseError:
            dimension = ""
        return end + per.end() if "/" in dimension else end
    if lowered[end : end + 1] not in ("/", "每"):
        return end
    for word in _unit_words_by_first().get(lowered[end + 1 : end + 2], ()):
        if lowered.startswith(word, end + 1) and _word_ends(lowered, end + 1 + len(word), word):
            return end + 1 + len(word)
    slash = SLASH_WORD.match(lowered, end)  # "16 cents/gal": per an abbreviation the table does not know
    return slash.end() if slash else end


#: A share or price index is the clause's subject: its "points" are index points, not percentage points.
_INDEX_LEVEL = re.compile(r"\bindex\b(?![^.;]*\b(?:rates?|percentage|per ?cent)\b)[^.;]*$")

#: "Points" of a growth rate, a contribution to growth or a share are percentage points.
_OF_A_RATE = re.compile(r"(?:\b(?:rate|growth|percent|per cent|share)\b|%)(?:[^.;!?]|\.(?=\d))*$")

_NOT_NOUNS = NOT_NOUNS


def _word_ends(lowered: str, end: int, word: str) -> bool:
    if not word[-1].isalpha() or not word.isascii():
        return True
    return end >= len(lowered) or not lowered[end].isalpha()


def currency_before(folded: str, value_start: int) -> tuple[str | None, int]:
    """A currency sign written before the number ($3.5 million, US$2bn, KSh 4.6 billion): (sign, its start)."""
    return sign_before(folded, value_start)


_ABOUT_CONVERTED = ("约折合", "约合", "约折", "约为", "约计")


def prefix_qualifier(folded: str, value_start: int, english: bool) -> tuple[str | None, int]:
    """(canonical qualifier, start of its word) for a qualifier written right before the number."""
    _, start = currency_before(folded, value_start)
    head = folded[max(0, start - 24) : start].lower()
    if english:
        head = head.rstrip()
    elif head.endswith("了"):  # 超过了340亿元
        head = head[:-1]
    elif head.endswith(_ABOUT_CONVERTED):  # 约合20533美元: about 20533 (a conversion, rounded)
        written = next(word for word in _ABOUT_CONVERTED if head.endswith(word))
        return dict(_prefixes()).get("约"), start - len(written)
    if not head.endswith(_prefix_endings()):  # one test in C before the word-by-word search
        return None, start
    for word, name in _prefixes():
        if head.endswith(word.lower()):
            before = head[: len(head) - len(word)]
            if word.isascii() and before[-1:].isalpha():
                continue  # "cover 5" is not "over 5"
            if word == "up to" and re.search(r"(?:-|\b[a-z]+ed\s|\b(?:went|go|goes|came|comes)\s)$", before):
                continue  # "picked-up to 11.4 per cent", "moved up to 3%": a phrasal verb, no bound
            begin = start - (len(folded[max(0, start - 24) : start].lower()) - len(before))
            if name == "more-than" and english and _NEGATED.search(folded[max(0, begin - 40) : begin]):
                name = "at-most"  # "have not changed by more than 0.6 percent": at most 0.6
            return name, begin
    return None, start


_NEGATED = re.compile(r"(?i)(?:\bnot|\bnever|n't)\s+(?:[a-z]+\s+){0,3}$")


def suffix_after(folded: str, index: int, english: bool) -> tuple[str | None, int]:
    """A qualifier written after the number and its unit: 以上, 左右, "or more"."""
    lowered = _lowered(folded)
    for word, name in _suffixes():
        at = index + (1 if english and word[0].isalpha() and lowered[index : index + 1] == " " else 0)
        if lowered.startswith(word, at) and (
            not word[-1].isalpha() or not lowered[at + len(word) : at + len(word) + 1].isalpha()
        ):
            if word == "以上" and lowered[at + 2 : at + 3] in ("率", "级"):
                continue  # 以上率下 is an idiom, not "or more"
            if english and re.match(r"\s+than\b", lowered[at + len(word) :]):
                continue  # "$0.5 billion or less than 0.1 percent": "or" restates, "less than" bounds the next
            return name, at + len(word)
    return None, index


def kind_of(folded: str, clause: Span, value_start: int, periods: list, year: int | None) -> tuple[str, int | None]:
    """(kind, target year) from markers earlier in the clause and deadlines (到2026年, by 2026)."""
    head = folded[clause.start : value_start].lower()
    for period in periods:
        inside = clause.start <= period.start < clause.end
        if inside and period.target and period.year and (year is None or period.year > year):
            return "target", period.year
    if any(_target_marker(head, marker) for marker in KIND_MARKERS["target"] if not marker.startswith("by ")):
        return "target", None
    if any(marker in head for marker in KIND_MARKERS["estimate"]):
        return "estimate", None
    return "fact", None


# Target words that are also nouns or past tense: 行动计划 (a plan, named), 新争取 (newly won).
_NOT_TARGET = {
    "计划": re.compile(r"计划(?![到在于用实现完成新增建成达到\d])"),
    "目标": re.compile(r"目标(?![是为到:：\d])"),
    "争取": re.compile(r"(?:新|已)争取|争取(?=了)"),
}


def _target_marker(head: str, marker: str) -> bool:
    if marker not in head:
        return False
    exclusion = _NOT_TARGET.get(marker)
    return exclusion is None or len(exclusion.findall(head)) < head.count(marker)


_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"]{1,12})[”」』\"]")
_CN_NUMERAL = re.compile(r"[一二两三四五六七八九十]")


def find_labels(text: str, folded: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Short quoted names that hold a Chinese numeral (“五个优化”, “三争三创一保持”): (start, end, value)."""
    labels = []
    for match in _QUOTED.finditer(folded):
        content = match.group(1)
        if not _CN_NUMERAL.search(content) or re.search(r"\d", content):
            continue
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        tokens = find_numbers(content)
        if not tokens:
            continue
        start = match.start(1) + tokens[0].start
        labels.append((match.start(), match.end(), text[start : start + len(tokens[0].text)]))
    return labels


_CHANGE_WORDS = "|".join(
    sorted((w for w in GROWTH_WORDS + DECLINE_SIGN_WORDS if not w.isascii()), key=len, reverse=True)
)
_LEAD = re.compile(
    r"^(?:其中|截至目前|截至年底|截至年末|目前|同时|此外|另外|全年|当年|今年|年末|年底|初步核算|初步测算|据初步核算|"
    r"前?[一二三四1-4]季度|[上下]半年|\d{1,2}(?:-\d{1,2})?月份?|(?:19|20)\d\d年|"
    r"岁(?:及以上|以上|及以下|以下)?|年(?![均末底度])|元|[,，、\s])+"
)
_FOOTNOTE = re.compile(r"[\[【〔]\s*(?:注\s*)?\d{1,3}\s*[\]】〕]")
_TRAIL = re.compile(
    r"(?:比上年末|比上年|比去年|较上年|同比|环比)?(?:已经|已|共计|共|累计|分别|总计|合计|全年|当年|预计|力争|争取|计划|目标|均|将)?"
    rf"(?:达到了|达到|达|为|是|超过|突破|逾|近|约|(?:{_CHANGE_WORDS})(?:到|至)?|完成|实现|形成|有|居|位居|占比达到|占比|占|从|由)?$"
)


@lru_cache(maxsize=4096)  # a pure function of its text; long documents repeat their clause heads
def subject_of(head: str, english: bool) -> str:
    """What is measured, best effort: the clause before the number without verbs and qualifiers."""
    text = _FOOTNOTE.sub("", head).strip()
    if english:
        return english_subject(text)
    text = _LEAD.sub("", text)
    for _ in range(3):
        text = _TRAIL.sub("", text)
        if text.endswith(_chinese_prefix_endings()):  # one test in C before the word-by-word search
            word = next(word for word, _name in _prefixes() if not word.isascii() and text.endswith(word))
            text = text[: -len(word)]
    text = re.sub(r"(?:提出)?(?:力争|争取)?到?(?:19|20)\d\d年(?:\d{1,2}(?:-\d{1,2})?月份?)?", "", text)
    text = re.sub(r"(?:由|从)(?:上年|去年|上年末|年初|上年同期)?的?$", "", text)  # 三次产业结构由上年的15.7:…
    return _trimmed(text.rstrip("第唯"))


def _trimmed(subject: str) -> str:
    """A subject without cell separators, bullets and unpaired brackets at its ends: "地区生产总值 |" and
    "(按年平均汇率折合" name 地区生产总值 and 按年平均汇率折合; "生产总值（GDP）" keeps its pair."""
    previous = None
    while previous != subject:
        previous = subject
        subject = subject.strip(" ,，、:：;；∶|#*•·")
        for opening, closing in ("()", "（）", "[]", "【】"):
            if subject.endswith(opening) or subject.startswith(closing):
                subject = subject.removesuffix(opening).removeprefix(closing)
            if subject.startswith(opening) and closing not in subject:
                subject = subject[1:]
            if subject.endswith(closing) and opening not in subject:
                subject = subject[:-1]
    return subject
