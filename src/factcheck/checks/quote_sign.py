"""The sign rule of a citation's quote: the quote must carry the claim's sign.

Documents write a negative value without a minus: 下降3.5%, "fell 3.5 percent", (12,000).
So a claim with a negative value is quoted rightly when the quote has, at the number,

- a minus sign (−3.5%, 增长-3.5%, 负3.5) or word ("negative 0.2 percent", "minus 3.5"), or
- parentheses around it: (12,000), or
- a decline word right before it (下降, 减少, 负增长, 降幅为, fell, declined by …; 了, by, about …
  may stand between: 下降了3.5%, "fell by about 3.5 percent"), or
- a word of less right after it, past its unit: "12,000 fewer jobs", "3.5 percent lower", "$10/b lower", or
- a list whose first figure has one: "下降0.5%、0.3%和0.2%", "fell 2.1% and 1.6%", or a figure
  under the same verb with its own place: "decreased by 1.9% in the euro area and by 0.8% in the EU27",
  or with its own subject: "decreased by 0.01%, clothing and footwear by 0.06%", or
- a pull-down verb before what it pulls: "下拉全市工业增加值增速1.2个百分点", or
- a change verb, a few words of when or where, then "by": "decreased over the year by 1.7 percent",
  or a decline noun said to be the figure: "wage declines were 5.0 percent or more", or seen in
  what the sentence lists: "Decline was recorded in prices of fresh fruit (of 7.8%), and coffee (7.2%)", or
- the range of several falls: "降幅在0.1至0.6个百分点之间" (each end a fall).

A rise word right before the number of a negative value (增长3.5% for −3.5%), or a decline word
before a positive one (下降3.5% for 3.5%), contradicts the sign: `misquoted`, naming the word.
"fell to 3.5 percent" says nothing about the sign of 3.5 (a level, not a change): only the
fillers above may separate the word from the number. Ranges and values whose interval holds
zero are not judged by this rule.
"""

from __future__ import annotations

import re

from factcheck.grammar.currencysigns import ISO_CODES
from factcheck.grammar.signs import (
    CHANGE_NOUN_OF,
    CHANGE_VERB_BY,
    DECLINE_AFTER_WORDS,
    DECLINE_NOUN_BE,
    DECLINE_RECORDED,
    DECLINE_SIGN_WORDS,
    ELIDED_OWN_VERB,
    ELIDED_VERB,
    FALLS_RANGE_END,
    MINUS_BEFORE_CURRENCY,
    MINUS_WORD,
    PULLED_DOWN,
    RISE_SIGN_WORDS,
    SHARED_VERB_GAP,
    SIGN_FILLERS,
    rate_change_sign,
)
from factcheck.grammar.textnorm import fold, fold_spaced
from factcheck.interval import Interval

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CJK_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千万亿点]+")
_WORDS = sorted(
    [(fold_spaced(word), "decline") for word in DECLINE_SIGN_WORDS]
    + [(fold_spaced(word), "rise") for word in RISE_SIGN_WORDS],
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_FILLERS = sorted((fold_spaced(word) for word in SIGN_FILLERS), key=len, reverse=True)
_WORD_ENDINGS = tuple(word for word, _ in _WORDS)
_FILLER_ENDINGS = tuple(_FILLERS)
_MINUS = ("-", "负")
#: A decline word after the number, past its unit: "12,000 fewer jobs", "3.5 percent lower".
_AFTER = re.compile(
    r"[\s-]*(?:%|percent|per cent|percentage[- ]points?|pp|个百分点|百分点|[^\W\d_]{1,12})?"
    r"(?:/[^\W\d_]{1,10})?[\s-]*"  # "a $10/b decrease", "85 cents/gal lower": a unit per unit
    r"(?:\([^()]{1,40}\)\*?\s*)?(?:"  # "4.4 percent (±12.7 percent)* below": a margin of error between
    + "|".join(DECLINE_AFTER_WORDS)
    + r")\b"
)


#: The figure before this one in a list: "0.5%、" "2.16和" "2.1% and" (same unit, no words between).
_LISTED = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<unit>%|‰|percent|per cent|percentage points?|个百分点|百分点|[万亿]?[^\W\d_]{0,3})?"
    r"\s*(?:、|和|与|及|,|, and|and)\s*$"
)

#: The change this figure restates: "decreased $0.5 billion, or 0.2 percent", "fell 25,000, or about 0.1%".
_RESTATED = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*%?\)?\s*(?:[^\W\d_]{1,12}\s*){0,2},?\s*or\s*"
    r"(?:about|around|nearly|almost|some|less than|more than)?\s*"
    r"(?:(?<![a-z])(?:us|nz|a|c|hk|s|n|si|ec|t)?\$|[€£¥₹]|(?<![a-z])(?:rm|r|vt|kshs?|rs\.?|tsh|ush|rwf|"
    + "|".join(sorted(code.lower() for code in ISO_CODES))
    + r")\s?)?$"
)  # "fell 3.4 percent, or $1.2 billion", "a decline of (27%) or VT 148 million": the restated amount's currency

#: The figure before this one under the same verb: "decreased by 1.9% in the euro area and by".
_SHARED = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|percent|per cent|percentage points?)" + SHARED_VERB_GAP + "$",
    re.IGNORECASE,
)


def sign_of(interval: Interval) -> int:
    """−1 for a wholly negative interval, 1 for a wholly positive one, else 0 (not judged)."""
    if interval.hi is not None and (interval.hi < 0 or (interval.hi == 0 and not interval.hi_closed)):
        return -1
    if interval.lo is not None and (interval.lo > 0 or (interval.lo == 0 and not interval.lo_closed)):
        return 1
    return 0


def sign_problem(quote: str, value_text: str, sign: int) -> str | None:
    """Why the quote contradicts the value's sign, or None when it carries it (see module doc)."""
    number = _number_of(value_text)
    if sign == 0 or number is None:
        return None
    text = fold_spaced(quote)
    seen: list[tuple[str, str | None]] = []  # (what the quote says of the sign, the word)
    for start in _occurrences(text, number):
        said = _sign_at(text, start, len(number))
        if said[0] == ("negative" if sign < 0 else "positive") or (sign > 0 and said[0] == "none"):
            return None
        seen.append(said)
    if not seen:
        return None  # the number is not in the quote: the number rule speaks
    against = next((word for _, word in seen if word is not None), None)
    if sign < 0 and against is not None:
        return f"the quote has '{against}' before {number}, a rise, but the value {value_text} is negative"
    if sign > 0 and against is not None:
        return (
            f"the quote has '{against}' before {number}, a decline, but the value {value_text} is positive"
            f" (a decline is written as a negative value: -{value_text})"
        )
    if sign < 0:
        return (
            f"the value {value_text} is negative, but the quote writes {number} with no minus sign,"
            " parentheses or decline word (下降, fell …) right before it"
        )
    return None


def _number_of(value_text: str) -> str | None:
    """The digits of a single value ("-3.5%" → "3.5"); None for a range or no number."""
    folded = fold(value_text).lstrip("+-−(").lower()
    found = _DIGITS.findall(folded) or _CJK_NUMBER.findall(folded)
    return found[0] if len(found) == 1 else None


def _occurrences(text: str, number: str) -> list[int]:
    starts, at = [], text.find(number)
    while at >= 0:
        before, after = text[at - 1 : at], text[at + len(number) : at + len(number) + 2]
        digit = number[0].isdigit()
        joined_before = digit and (before.isdigit() or (before in ".," and text[at - 2 : at - 1].isdigit()))
        joined_after = digit and (after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit()))
        if not joined_before and not joined_after:
            starts.append(at)
        at = text.find(number, at + 1)
    return starts


def _sign_at(text: str, start: int, length: int) -> tuple[str, str | None]:
    """("negative" | "positive" | "none", the word that says so) for the number at `start`."""
    before = text[:start].rstrip()
    if before.endswith(_MINUS) or MINUS_BEFORE_CURRENCY.search(before):  # -3.5%, (-RM2.7 billion)
        return "negative", None
    if MINUS_WORD.search(before):  # "negative 0.2 percent", "minus 3.5"
        return "negative", None
    if before.endswith("(") and ")" in text[start + length : start + length + 12]:
        return "negative", None
    if _LATIN.search(before):  # the English patterns: each tries every start of the text before the number
        said = _english_sign_at(text, start, length, before)
        if said is not None:
            return said
    if FALLS_RANGE_END.search(before):  # 降幅在0.1至0.6个百分点之间: the largest fall
        return "negative", None
    before = _strip_fillers(before)
    if PULLED_DOWN.search(before):  # 下拉全市工业增加值增速1.2个百分点: points taken off
        return "negative", None
    changed = rate_change_sign(before)  # 降幅扩大0.6个百分点: the fall widened
    if changed is not None:
        return ("negative" if changed < 0 else "positive"), None
    for word, kind in _WORDS if before.endswith(_WORD_ENDINGS) else ():  # one test in C first
        if before.endswith(word) and _word_boundary(before, word):
            return ("negative" if kind == "decline" else "positive"), word
    if _AFTER.match(text, start + length):
        return "negative", None
    listed = _LISTED.search(before)  # "下降0.5%、0.3%和0.2%", "fell 2.1% and 1.6%": the list's word
    unit = (listed.group("unit") or "").strip() if listed else ""
    if listed and (not unit or text[start + length :].lstrip().startswith(unit)):  # one unit for the list
        return _sign_at(text, listed.start("number"), len(listed.group("number")))
    return "none", None


#: Every English pattern of `_english_sign_at` needs a Latin letter (with IGNORECASE, [a-z] also
#: matches the four non-ASCII letters that case-fold to ASCII ones, as the patterns' words do).
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def _english_sign_at(text: str, start: int, length: int, before: str) -> tuple[str, str | None] | None:
    """The sign an English change word or restatement before the number gives it, else None."""
    noun = CHANGE_NOUN_OF.search(before)  # "a decrease in the goods deficit of $5.3 billion"
    if noun:
        return ("positive" if noun.group(1) in ("increase", "rise") else "negative"), noun.group(1)
    verb = CHANGE_VERB_BY.search(before)  # "decreased over the year by 1.7 percent"
    if verb:
        rise = verb.group(1).lower() in ("increased", "rose", "grew", "climbed")
        return ("positive" if rise else "negative"), verb.group(1)
    if DECLINE_NOUN_BE.search(before) or DECLINE_RECORDED.search(before):  # "wage declines were 5.0 percent",
        return "negative", None  # "Decline was recorded in prices of fresh fruit (of 7.8%)"
    restated = _RESTATED.search(before)  # "decreased $0.5 billion, or 0.2 percent": one change, two units
    if restated:
        said = _sign_at(text, restated.start("number"), len(restated.group("number")))
        if said[0] != "none":
            return said
    elided = ELIDED_VERB.search(before) if before.endswith("by") else None  # "fell by 0.5%, bread by 0.2%"
    if elided and "," not in elided.group("gap") and ";" not in elided.group("gap"):  # a bare "and" continues a list
        elided = elided if ELIDED_VERB.search(text[: elided.start("number")].rstrip()) else None
    if elided and not ELIDED_OWN_VERB.search(elided.group("noun")):
        said = _sign_at(text, elided.start("number"), len(elided.group("number")))
        if said[0] != "none":
            return said
    shared = _SHARED.search(before + " ")  # "decreased by 1.9% in the euro area and by 0.8%": one verb
    if shared and text[start + length :].lstrip().lower().startswith(shared.group("unit").lower()):
        return _sign_at(text, shared.start("number"), len(shared.group("number")))
    return None


def _strip_fillers(before: str) -> str:
    """The text before the number without the fillers next to it; a sign word ending in a filler
    stays whole ("a decline of $287.3 million": "of" is a filler but "decline of" the sign word)."""
    changed = True
    while (
        changed and before.endswith(_FILLER_ENDINGS) and not _ends_with_sign_word(before)
    ):  # one test in C before the word-by-word search
        changed = False
        for filler in _FILLERS:
            if before.endswith(filler) and _word_boundary(before, filler):
                before, changed = before[: -len(filler)].rstrip(), True
                break
    return before


def _ends_with_sign_word(before: str) -> bool:
    return before.endswith(_WORD_ENDINGS) and any(
        before.endswith(word) and _word_boundary(before, word) for word, _ in _WORDS
    )


def _word_boundary(text: str, word: str) -> bool:
    """An English word must start a word ("breakdown" does not end with the word "down")."""
    if not word[:1].isascii() or not word[:1].isalpha():
        return True
    previous = text[len(text) - len(word) - 1 : len(text) - len(word)]
    return not (previous.isascii() and previous.isalnum())
