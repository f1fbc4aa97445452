"""What a number token is, read from the words around it: a statistic, a rank, a label, or nothing.

Chinese official prose writes statistics in Arabic digits; Chinese numerals mostly appear in
names (“五个优化”, 两篇文章, 二十大), in words (一系列, 一年来, 第一时间, 之一) and in ranks (第一名,
唯一). So an Arabic number is a statistic unless it is an ordinal that is not a rank, while a
small Chinese numeral is a statistic only after a counting word (连续两年) or before a measured
unit, a name when a noun follows it, and nothing otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.lexicon import COUNT_CUES, DURATION_PHRASE, LABEL_UNITS, MADE_UP, NOUN_BEFORE_DECLINE, RANK_WORDS
from factcheck.extract.numbers import Number
from factcheck.extract.words import compared_noun, unit_after
from factcheck.grammar.currencysigns import ISO_CODES, SIGN_AT_END, sign_before
from factcheck.grammar.signs import (
    CHANGE_NOUN_OF,
    CHANGE_VERB_BY,
    DECLINE_NOUN_BE,
    DECLINE_RECORDED,
    DECLINE_SIGN_WORDS,
    MINUS_BEFORE_CURRENCY,
    MINUS_WORD,
    PULLED_DOWN,
    RANGE_OF_CHANGES,
    SIGN_FILLERS,
    rate_change_sign,
)
from factcheck.grammar.units import parse_unit
from factcheck.grammar.vocab import GROWTH_WORDS

_CJK = re.compile(r"[\u3400-\u9fff]")
_CLAUSE_END = re.compile(r"[,，。；;：:!?！？、\s]|$")
_RANGE = re.compile(
    r"(%?)\s*(?:-|~|至|到|—|–|to)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|[.,]\d)"
    r"(?:万亿|万|亿|\s?(?:thousand|million|billion|trillion|bn|mn)\b)?(%?)",
    re.ASCII,
)
_DIFFERENCE = re.compile(
    r"(?:高于|低于|高出|低出|超出|多于|少于|比)(?:全国|全省|全市|全球|国家|平均|全国平均|全省平均)"
    r"(?:平均|水平|平均水平)?(?:高|低)?$"
)
_EN_DIFFERENCE = re.compile(
    r"\s*(?:percentage points?|points?|pp)\s+(?:higher|lower|above|below)\s+(?:than\s+)?"
    r"(?:the\s+)?(?:national|provincial|regional|state|eu|oecd|average)",
    re.IGNORECASE,
)

_MINUS_SIGNS = ("-", "−", "－")
# In a sentence about a change, "X to Y" (the word) runs from one level to another, not a range.
_OUTLOOK = re.compile(r"(?i)\b(?:expect\w*|forecast\w*|project\w*|predict\w*|estimat\w*|will|would|could|may|might)\b")
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:increas\w*|decreas\w*|rise|rises|rising|rose|risen|fell|fall|falls|falling|fallen|declin\w*|"
    r"grew|grow|grows|growing|grown|jump\w*|drop\w*|climb\w*|went|gone|moved?|changed?|up|down)\b"
)


def _from_level_to_level(folded: str, token: Number, match: re.Match[str]) -> bool:
    """ "increases … (14.3% to 21.0%)", "rose … 9.7% to 10.7%": both ends written alike in a sentence
    about a past change; "expected to rise 2% to 3%" stays a range."""
    sentence = _sentence_before(folded, token.start)
    if not _CHANGE_BEFORE.search(sentence) or _OUTLOOK.search(sentence):
        return False
    return folded[token.start - 1 : token.start] == "(" or bool(match.group(1) and match.group(3))


def _sentence_before(folded: str, start: int) -> str:
    """The text of the sentence that holds `start`, up to `start`."""
    window = folded[max(0, start - 300) : start]
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind("? "), window.rfind("! "), window.rfind("。"))
    return window[cut + 1 :]


_LESS_THAN_BEFORE = re.compile(r"比(?:上年末|上年|去年|年初|上月|上季度|同期|上年同期)[^，,。；;]{0,4}少增?$")
_EN_LOWER = re.compile(
    r"(?i)\s*(?:percentage points?|per cent|percent|points?|pp|%|"
    r"(?:(?:thousand|million|billion)\s+)?(?!or\b|and\b)[a-z]+)?"
    r"(?:/[a-z]{1,10})?\s*"  # "85 cents/gal lower", "$5/b lower", "0.1 million b/d lower": a unit per unit
    r"(?:\([^()]{1,40}\)\*?\s*)?"  # "4.4 percent (±12.7 percent)* below": a margin of error between
    r"(?:lower|less|fewer|smaller|below)\b"
    r"(?!\s+(?:than\s+)?(?:the\s+)?(?:average|age\s+of))"  # "8,894 are below the age of 18": an age bracket
)
_EN_DECLINE_NOUN = re.compile(  # "a 15% decrease", "a $10/b decrease", "a 196 person decrease" (its noun between)
    r"(?i)(?:[-\s]*(?:%|percent|per cent|percentage[- ]points?|points?|pp)[-\s]*(?:[a-z]+(?:-[a-z]+)*\s+)?"
    r"|(?:/[a-z]{1,10})?\s+" + NOUN_BEFORE_DECLINE + r")"
    r"(?:decrease|decline|fall|drop|reduction|contraction)\b"
)
#: A minus apart from its number after a word that cannot end a label: "at - 0.3", "(- 1.2" ("Food - 2.1%": a dash).
_SPACED_MINUS = re.compile(r"(?i)(?:\b(?:at|between|of|by|to|from|was|were|is|are|and|or)\s+|\()-\s$")
# 录得1.0%的实质跌幅, 有2.5%的实质下跌, 3.2%的增长: the change named after its size (Hong Kong's wording)
_CN_CHANGE_AFTER = re.compile(
    r"\s*(?:%|个百分点|百分点)的(?:实质|名义)?(跌幅|降幅|减幅|下跌|下降|升幅|增幅|涨幅|上升|增长)"
)
_EN_BELOW_BY = re.compile(r"(?i)\b(?:below|lower than|less than|under|short of)\b[^,.;()]{0,70}\bby\s*$")


@dataclass(frozen=True)
class Reading:
    type: str  # count, rank, only, growth, difference, range, label
    value: str
    value_start: int
    end: int
    unit: str | None = None
    negative: bool = False
    confidence: float = 0.8


def classify_number(text: str, folded: str, token: Number, english: bool) -> Reading | None:
    """How to read `token`; None when it is not a numeric mention (一系列, 第一时间, 之一)."""
    before = folded[max(0, token.start - 40) : token.start]
    clause_head = re.split(r"[,，。；;：:!?！？]", before)[-1]
    if before.endswith("第"):
        return _ordinal(text, folded, token, clause_head)
    label_next = folded[token.end : token.end + 2].lstrip()[:1] in {word[0] for word in LABEL_UNITS}
    _, unit, unit_end = unit_after(text, folded, token.end, english) if label_next else (False, None, token.end)
    if unit in LABEL_UNITS:  # 成立75周年, 二十届: an anniversary or a session is a name, not a quantity
        return Reading("label", token.text, token.start, unit_end, unit=unit, confidence=0.7)
    if token.script == "chinese" and not token.scale and not re.search(r"[百千]", token.text):
        return _small_chinese(text, folded, token, clause_head)
    if english and re.search(r"(?i)\bno\.\s?$", before):
        return Reading("rank", token.text, token.start, token.end, confidence=0.8)
    if english and _not_english_quantity(folded, token, before):
        return None
    name = _name_end(folded, token, before)
    if name is not None:  # G20, COVID-19, 5G, Article 5: a number inside a name
        return Reading("label", token.text, token.start, name, confidence=0.7)
    ranged = _range(text, folded, token)
    if ranged is not None:
        return ranged
    type_, negative = _relation_type(folded, token, clause_head, english)
    negative = negative or bool(MINUS_BEFORE_CURRENCY.search(before))  # (-RM2.7 billion), -$2.7 billion
    negative = negative or bool(english and _SPACED_MINUS.search(before))  # "the extremes at - 0.3 and + 0.5"
    negative = negative or bool(english and MINUS_WORD.search(before))  # "a rate of negative 0.2 percent"
    value = ("-" + token.text) if negative and token.text[:1] not in _MINUS_SIGNS else token.text
    confidence = 0.9 if token.script == "arabic" else 0.7
    return Reading(type_, value, token.start, token.end, negative=negative, confidence=confidence)


_NAME_WORDS = re.compile(
    r"\b(?:article|section|chapter|clause|phase|stage|route|level|grade|tier|part|room|gate|"
    r"platform|version|model|series|windows|iphone|boeing|airbus|covid|sars|mers|wave|round|band|zone|cohort|"
    r"s&p|ftse|nasdaq|stoxx|nikkei|dax|cac|fortune|russell|topix|kospi|sensex|nifty|ibex)-?\s?$"
    r"|(?<![A-Za-z])[A-Za-z]-?$",
    re.IGNORECASE,
)


# "12th consecutive month", "the 3rd estimate": an ordinal that is not a rank (ranks are read first).
_EN_ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.IGNORECASE)
# After the number: a unit, a scale or a percent makes it a quantity even after an acronym ("CPI 3%").
_EN_MEASURED_AFTER = re.compile(r"\s?(?:%|per ?cent|percentage|points?|pp\b|[$€£¥])", re.IGNORECASE)
_EN_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?P<code>[A-Z]{2,6})\)?(?:\s+Rev\.?)?\s$")  # "(NSE) 20 share index"
_EN_CURRENCIES = ISO_CODES | {"RM"}  # "HUF 2048" is an amount, "NAICS 722" a code
_EN_YEAR = re.compile(r"(?:19|20)\d\d")
_CONFIDENCE = re.compile(r"(?i)\b(?:CI|confidence (?:interval|level)s?(?: of)?)\s*\(?\s*$")
_CONFIDENCE_AFTER = re.compile(r"(?i)\s?(?:%|percent|per cent)?[\s-]*(?:level of )?(?:confidence|significance)\b")


def _not_english_quantity(folded: str, token: Number, before: str) -> bool:
    """English numbers that are no quantity: ordinals (12th), years standing alone or in a name
    ("the 2020 Census", "ESA 2010": English writes counts of thousands with a comma, 2,020), and
    classification codes after an acronym ("NAICS 722", "SIC 47", "ISIC Rev. 4")."""
    if token.script != "arabic" or token.scale or token.text[:1] in _MINUS_SIGNS:
        return False
    if _EN_ORDINAL.match(folded, token.end) or _CONFIDENCE.search(before) or _CONFIDENCE_AFTER.match(folded, token.end):
        return True  # 12th; "CI (95%)", "a 90 percent confidence interval": the confidence of an estimate
    if re.fullmatch(r"\d+", token.text) is None or _EN_MEASURED_AFTER.match(folded, token.end):
        return False
    if token.end - token.start > len(token.text):  # "2 000" grouped by a space: a count, never a year
        return False
    if _EN_YEAR.fullmatch(token.text):
        return not SIGN_AT_END.search(before[-6:])  # "HUF 2048", "$2019" are amounts
    code = _EN_CODE_BEFORE.search(before)
    return bool(code) and code.group("code") not in _EN_CURRENCIES


_CURRENCY_CODE = re.compile(rf"(?:{'|'.join(sorted(ISO_CODES))}|US|HK|S|RM)\$?\s?$")
_QUOTED_NAME_REST = re.compile(r"(?:\+[\dA-Za-z]+)*[”」』][\u4e00-\u9fff]")  # “1+5+N”政策: the rest of a name


def _name_end(folded: str, token: Number, before: str) -> int | None:
    """Where a name containing the number ends, when the number is part of a name."""
    if token.script != "arabic" or token.scale:
        return None
    signed = re.search(r"[$€£¥]\s?$", before) or sign_before(folded, token.start)[0] is not None  # "P6,052": pula
    if _NAME_WORDS.search(before[-12:]) and not signed:
        glued = re.match(r"[A-Za-z0-9-]*", folded[token.end :])
        return token.end + (glued.end() if glued else 0)
    if re.search(r"[“「『](?:[\dA-Za-z]+\+)*$", before) and _QUOTED_NAME_REST.match(folded, token.end):
        return token.end + 1  # 市委“316”总体思路, “1+5+N”政策: numbers in quotes before a noun name it
    # a name's number is short (EU272 is EU27 with footnote 2 glued on); GDP136063 is a value
    short = re.fullmatch(r"\d{1,3}(?:\.\d)?", token.text)
    if short and re.search(r"(?<![A-Za-z])(?:[A-Z]{1,4}|COVID-|H\dN)$", before) and not _CURRENCY_CODE.search(before):
        return token.end  # EU28, EA19, PM2.5, CO2, H7N9: a number inside a name
    glued = re.match(r"[GD](?![A-Za-z])", folded[token.end : token.end + 2])
    if glued and len(token.text) <= 2:  # 5G, 3D
        return token.end + 1
    return None


def _ordinal(text: str, folded: str, token: Number, clause_head: str) -> Reading | None:
    """第N: a rank after a rank verb or before 名/位 (居全省第2位, 第一名); else a name (第一时间)."""
    after = folded[token.end : token.end + 1]
    rank_verb = any(
        re.search(re.escape(word) + r"[^,，。；;]{0,8}第$", clause_head) for word in RANK_WORDS if not word.isascii()
    )
    listed = rank_verb and re.match(r"[和、]第?\d+[名位]", folded[token.end : token.end + 8])  # 第1和第2位
    if after == "名" and re.match(r"\s?\d", folded[token.end + 1 : token.end + 3]):
        return None  # "获得第一名53个": the number of first places, a category counted, no rank
    if after in ("名", "位") or (rank_verb and _CLAUSE_END.match(folded, token.end)) or listed:
        end = token.end + (1 if after in ("名", "位") else 0)
        return Reading("rank", token.text, token.start, end, confidence=0.8)
    return None


#: After 一, words that make it an article or a phrase, no count: 一批 一些 一系列 一方面.
_ARTICLE_AFTER = re.compile(r"批|些|系列|揽子|大批|定|般|直|起|同|样|方面")


def _small_chinese(text: str, folded: str, token: Number, clause_head: str) -> Reading | None:
    before = folded[max(0, token.start - 1) : token.start]
    if token.text == "一" and before == "唯":
        return Reading("only", token.text, token.start, token.end, confidence=0.6)
    if token.text in ("零", "〇") or (token.text == "一" and before in ("之", "统", "万", "专", "合")):
        return None
    if token.text == "一" and _ARTICLE_AFTER.match(folded[token.end : token.end + 2]):
        return None  # 建成一批重大项目, 一些, 一系列, 另一方面: no count even after a counting word
    if re.fullmatch(r"十[一二三四五六七八九]五", token.text):
        return Reading("label", token.text, token.start, token.end, confidence=0.8)  # 十四五: a plan's name
    if any(clause_head.endswith(cue) for cue in COUNT_CUES):
        return Reading("count", token.text, token.start, token.end, confidence=0.6)

    odd, unit, end = unit_after(text, folded, token.end, english=False)
    if unit is not None and (_measured(unit) or odd):
        return Reading("count", token.text, token.start, token.end, confidence=0.6)  # 一吨, 三十余家
    if unit is not None and len(token.text) > 1 and folded[end : end + 1] != "大":
        return Reading("count", token.text, token.start, token.end, confidence=0.5)  # 二十个: rarely a name
    if token.text == "一" or DURATION_PHRASE.match(folded, token.end):  # 两年平均增长: a phrase, not a count
        return None  # 一系列, 一年来, 一批: an article, not a number
    if unit is not None and folded[end : end + 1] == "、" and _names_in_list(folded, end, unit):
        return Reading("label", token.text, token.start, end, unit=unit, confidence=0.6)
    if unit is not None and _CLAUSE_END.match(folded, end):
        return Reading("count", token.text, token.start, token.end, confidence=0.5)
    if (unit is not None or folded[end : end + 1] == "大") and _CJK.match(folded, end):
        return Reading("label", token.text, token.start, end, unit=unit, confidence=0.7)
    return None  # 四肢, 三思: a numeral inside a word


def _names_in_list(folded: str, end: int, unit: str) -> bool:
    """三次、四次、五次、六次全会: a list of numerals with one measure word whose last item runs into
    a noun names sessions (labels), like its last item does."""
    listed = re.compile(rf"(?:、[一二三四五六七八九十]+{re.escape(unit)})+")
    match = listed.match(folded, end)
    return bool(match) and bool(_CJK.match(folded, match.end())) and folded[match.end()] not in "和及与等"


def _measured(unit: str) -> bool:
    _, parsed = parse_unit(unit)
    return (
        parsed.dimension not in ("count", "")
        and not parsed.dimension.startswith("unit:")
        and parsed.dimension != "time"
    )


def _range(text: str, folded: str, token: Number) -> Reading | None:
    """30%-50%, 30-50, 30至50: one value for the whole range, as written."""
    if token.script == "arabic" and re.search(r"(?i)\bbetween\s*$", folded[max(0, token.start - 12) : token.start]):
        return _between(text, folded, token)
    match = _RANGE.match(folded, token.end)
    if not match or token.script != "arabic" or token.scale:
        return None
    if bool(match.group(1)) != bool(match.group(3)) and match.group(1):
        return None
    if re.search(r"(?i)(?:\bby|\bfrom|\bbetween|从|由)\s*$", folded[max(0, token.start - 12) : token.start]):
        return None  # "increased by 172,000 to 1.6 million", 从A到B: a change and a level, or two levels
    if "to" in match.group(0) and _after_english_change_word(folded[max(0, token.start - 40) : token.start]):
        return None  # "Employment increased 26,900 to 12,562,800": a change and a new level
    if token.text[:1] in _MINUS_SIGNS:
        return None
    if RANGE_OF_CHANGES.search(folded[max(0, token.start - 8) : token.start]):
        return None  # 降幅在0.1至0.6个百分点之间: the smallest and the largest change, two figures
    if "to" in match.group(0) and _from_level_to_level(folded, token, match):
        return None  # "the highest increases were in Greece (14.3% to 21.0%)": from one level to another
    if re.match(r"%?\s+[-−]\S", folded[token.end : match.end()]):
        return None  # "2,194 -1.0 -1.4" (a table row): a spaced minus before a number is its sign
    end = match.end()
    unit = "%" if match.group(3) else None
    return Reading("range", text[token.start : end], token.start, end, unit=unit, confidence=0.8)


def _after_english_change_word(head: str) -> bool:
    """ "increased", "fell about" right before the number: an English change verb, so "X to Y" after it
    is a change then the level it reached (a Chinese 增长6%-6.5% stays a range)."""
    head = _without_fillers(head.rstrip())
    return _ends_with_any(head, _EN_CHANGES)


_BETWEEN = re.compile(
    r"(%?)(\s?(?:thousand|million|billion|trillion))?\s+and\s+(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d.,]\d)"
    r"(\s?(?:thousand|million|billion|trillion))?(%?)",
    re.ASCII | re.IGNORECASE,
)


def _between(text: str, folded: str, token: Number) -> Reading | None:
    """ "between 2 and 3 percent", "between 10,000 and 20,000 jobs": one range, written low-high
    (the citation check finds both ends in the quote); anything else is two numbers."""
    match = _BETWEEN.match(folded, token.end)
    if not match or match.group(2) or (match.group(1) and not match.group(5)):
        return None  # "between 2 million and 3 million": two levels, each with its scale
    high = match.group(3) + (match.group(4) or "")
    unit = "%" if match.group(5) else None
    return Reading("range", f"{token.text}-{high}", token.start, match.end(), unit=unit, confidence=0.7)


_FILLERS = sorted(SIGN_FILLERS, key=len, reverse=True)


def _without_fillers(text: str, stop: tuple[str, ...] = ()) -> str:
    """下降约3.5%, "fell by about 3.5": the words that may stand between a decline word and the number.
    Stops at a word of `stop`: "a decline of $287.3 million" keeps "decline of" ("of" is a filler too)."""
    changed = True
    while (
        changed and text.endswith(_FILLER_ENDINGS) and not (stop and _ends_with_any(text, stop))
    ):  # one test in C before the word-by-word search
        changed = False
        for filler in _FILLERS:
            if _ends_with_word(text, filler):
                text, changed = text[: -len(filler)].rstrip(), True
                break
    return text


def _ends_with_word(text: str, word: str) -> bool:
    """`text` ends with `word`, a whole word in English ("increased" does not end with "eased")."""
    if not text.endswith(word):
        return False
    before = text[len(text) - len(word) - 1 : len(text) - len(word)]
    return not word.isascii() or not before.isalpha()


_DECLINES = tuple(DECLINE_SIGN_WORDS)
_FILLER_ENDINGS = tuple(_FILLERS)
_GROWTHS = tuple(GROWTH_WORDS)
_SIGN_WORDS = _DECLINES + _GROWTHS
_EN_CHANGES = tuple(w for w in (*GROWTH_WORDS, *DECLINE_SIGN_WORDS) if w.isascii()) + ("gained",)


def _ends_with_any(text: str, words: tuple[str, ...]) -> bool:
    """`_ends_with_word` for any of `words`; one test in C first (most heads end with none)."""
    return text.endswith(words) and any(_ends_with_word(text, word) for word in words)


def _relation_type(folded: str, token: Number, clause_head: str, english: bool) -> tuple[str, bool]:
    """growth (增长12%, up 12%), decline (下降2.3%: negative), difference (高于全国7.5个百分点) or count."""
    full = MADE_UP.sub(r"\1", clause_head.lower().rstrip()) if english else clause_head  # a share, no rise
    wide = re.split(r"[,;:!?]", folded[max(0, token.start - 100) : token.start])[-1] if english else ""
    if english and (noun := CHANGE_NOUN_OF.search(wide)):  # "a decrease in the goods deficit of $5.3 billion"
        return "growth", noun.group(1).lower() not in ("increase", "rise")
    if english and (verb := CHANGE_VERB_BY.search(wide)):  # "decreased over the year by 1.7 percent"
        return "growth", verb.group(1).lower() not in ("increased", "rose", "grew", "climbed")
    if english and DECLINE_NOUN_BE.search(wide):  # "employment losses were above 3.0 percent"
        return "growth", True
    if english and DECLINE_RECORDED.search(folded[max(0, token.start - 300) : token.start]):
        return "growth", True  # "Decline was recorded in prices of fresh fruit (of 7.8%), and coffee (7.2%)"
    if english:  # "grew by an estimated 4.5%": the estimate word sits between the verb and the number
        full = re.sub(r"\s+(?:an\s+)?(?:estimated|expected|about|around|some|nearly|almost|roughly)$", "", full)
    head = re.sub(r"(?:了|by|of)\s*$", "", full).rstrip()
    if english and (compared := compared_noun(folded, token.end)):
        return "difference", compared[1]  # "8 more bankruptcies … than", "12 fewer … than"
    if english and re.match(_EN_LOWER, folded[token.end : token.end + 40]):
        return "difference", True  # "17,000 lower than previously reported"
    if english and _EN_DECLINE_NOUN.match(folded, token.end):
        return "growth", True  # "a 15% decrease from 694"
    if english and _EN_BELOW_BY.search(folded[max(0, token.start - 90) : token.start]):
        return "difference", True  # "below its February 2020 level by 368,000"
    if not english and (changed := rate_change_sign(_without_fillers(full))) is not None:
        return "growth", changed < 0  # 降幅扩大0.6个百分点: the fall widened; 降幅收窄: it narrowed
    if not english and PULLED_DOWN.search(full):
        return "growth", True  # 下拉全市工业增加值增速1.2个百分点: a negative contribution
    if not english and (after := _CN_CHANGE_AFTER.match(folded, token.end)):
        return "growth", after.group(1) in ("跌幅", "降幅", "减幅", "下跌", "下降")
    if not english and _LESS_THAN_BEFORE.search(full):
        return "growth", True  # 比上年少3.3万亿元: a fall; 至少 (at least) is no comparison
    for text in (full, head, _without_fillers(full, _SIGN_WORDS)):
        if _ends_with_any(text, _DECLINES):
            return "growth", True  # the citation check's own decline words (grammar.signs): the quote carries the sign
        if _ends_with_any(text, _GROWTHS):
            return "growth", False
    if _DIFFERENCE.search(clause_head) or (english and _EN_DIFFERENCE.match(folded, token.end)):
        return "difference", False
    if english and re.match(
        r"%?\s*(?:per ?cent\s+)?(?:growth|increase|rise)\b", folded[token.end : token.end + 24], re.IGNORECASE
    ):
        return "growth", False  # "3.1% growth"
    return "count", False
