"""Sign words of a quote: what says that a number is a decline or a rise (the citation's sign rule).

A decline word right before a number makes it negative (下降3.5%, "fell 3.5 percent"), a rise word
positive; longest first wins, so 负增长 is a decline. The growth and decline words of the value
grammar (`vocab.GROWTH_WORDS`, `vocab.DECLINE_WORDS`) are all sign words too.
"""

from __future__ import annotations

import re

from factcheck.grammar.vocab import DECLINE_WORDS, GROWTH_WORDS

#: Words right before a number that make it a decline.
DECLINE_SIGN_WORDS: tuple[str, ...] = (
    *DECLINE_WORDS,
    "负增长",
    "降幅",
    "跌幅",
    "减幅",
    "下降幅度",
    "降幅为",
    "跌幅为",
    "减幅为",
    "下降幅度为",
    "decrease of",
    "a decrease of",
    "decrease by",  # "what means a year-on-year decrease by 0.2%"
    "a decrease by",
    "decline by",
    "a decline by",
    "reduction of",
    "亏损",
    "净减少",
    "净流出",
    "下调",
    "缩减",
    "萎缩",
    "fell by",
    "fall of",
    "a fall of",
    "shrank",
    "shrank by",
    "contracted",
    "contracted by",
    "lost",
    "decline of",
    "drop of",
    "lower by",
    "slid",
    "slumped",
    "plunged",
    "tumbled",
    "cut by",
    # read by `factcheck extract` as declines too, so that its drafts' quotes carry their sign
    "贬值",
    "降",
    "缩小",
    "比上年少",
    "比上年末少",
    "比去年少",
    "比年初少",
    "同比少",
    "少增",
    "shed",
    "slipped",
    "slipped by",
    "eased",
    "eased by",
    "down by",
    "dropped by",
    "revised down by",
    "falling",
    "falling by",
    "declining",
    "declining by",
    "decreasing",
    "decreasing by",
    "dropping",
    "dropping by",
    "contracting",
    "contracting by",
    "shrinking",
    "shrinking by",
    "fallen",
    "fallen by",
    "shrunk",
    "shrunk by",
    # a loss or a dip: "a loss of 3.4 percent", "dipped by 0.1 per cent", "costs reduced 1.3 percent"
    "reduced",
    "reduced by",
    "loss of",
    "losses of",
    "falls of",  # plural: "following falls of 0.2 percent in both quarters"
    "declines of",
    "drops of",
    "decreases of",
    "dipped",
    "dipped by",
    "dip of",
    "sank",
    "sank by",
    "edged down",
    "edged down by",
    # a gap or a deficit that narrows is smaller: "services' imports narrowed by 23.61 per cent"
    "narrowed",
    "narrowed by",
    "narrowing by",
    # the present tense of a release's summary: "employment decreases at a rate of 0.3%"
    "decreases",
    "decreases by",
    "declines",
    "declines by",
)
RISE_SIGN_WORDS: tuple[str, ...] = (
    *GROWTH_WORDS,
    "增",
    "涨幅",
    "增幅为",
    "涨幅为",
    "增长了",
    "净增",
    "净增加",
    "gained",
    "added",
    "climbed",
    "jumped",
    "rose by",
    "grew by",
    "increase of",
    "higher by",
    "rising",
    "rising by",
    "increasing",
    "increasing by",
    "growing",
    "growing by",
    "risen",
    "risen by",
    "grown",
    "grown by",
)
#: Words right AFTER a number that make it a decline ("12,000 fewer jobs", "3.5 percent lower").
DECLINE_AFTER_WORDS: tuple[str, ...] = (
    "fewer",
    "less",
    "lower",
    "below",
    "down",
    "smaller",
    "weaker",
    # a decline noun after the number: "a 15% decrease", "a 2.1 percent decline"
    "decrease",
    "decline",
    "fall",
    "drop",
    "reduction",
    "contraction",
)
#: Words that may stand between such a word and the number ("下降了3.5%", "fell by about 3.5").
SIGN_FILLERS: tuple[str, ...] = (
    "了",
    "约",
    "近",
    "大约",
    "by",
    "of",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "approximately",
    "an estimated",
    "a further",
    "another",
    # a currency mark or a bound between the word and the number: "decreased $0.5 billion", "fell
    # NZ$22 million", "decreased less than $0.1 billion"
    "$",
    "us$",
    "nz$",
    "a$",
    "c$",
    "hk$",
    "nt$",
    "€",
    "£",
    "¥",
    "s$",
    "rm",
    "r",
    "usd",
    "eur",
    "gbp",
    "myr",
    "sgd",
    "sek",  # "decreased by SEK 3 billion"
    "nok",
    "dkk",
    "chf",
    # local currencies: "fell by KSh 3 billion", "declined by Rs 12.3 crore", "decreased by N$ 450 million"
    *("ksh", "kshs", "kes", "rs", "rs.", "n$", "inr", "zar", "huf", "nad", "tsh", "ush", "rwf", "₹", "₦"),
    # Pacific and Caribbean offices: "increased by VT 146 million", "fell by BND 0.3 billion"
    *("vt", "vuv", "bnd", "pgk", "sbd", "si$", "xcd", "ec$", "btn", "t$"),
    # Gulf, Arab and South Asian offices: "an increase of SR11.5 billion", "fell by Tk 1,250 crore"
    *("sr", "qr", "bd", "kd", "ro", "jd", "le", "dh", "dhs", "tk", "tk.", "nu", "nu."),
    "less than",
    "more than",
    "just over",
    "just under",
    "over",
    "at least",
    # a revised figure: "fell by a revised 0.1%"
    "a revised",
    "an upwardly revised",
    "a downwardly revised",
    # the figures in brackets after the verb: "decreased (15.9% and 12.3%, respectively)", "fell the most (29%)"
    "(",
    "the most",
    # "decreased at a 0.5-percent annual rate", "fell at an annual rate of 2.0 percent"
    "at a",
    "at an",
    "at an annual rate",
    "at an annualized rate",
    "at an annualised rate",
    "at a seasonally adjusted annual rate",
    "at a seasonally adjusted annualized rate",
    "at a rate",
    # the bounds of several changes: 降幅在0.1至0.6个百分点之间 (each end a fall)
    "在",
    "介于",
)

#: A currency written between a change word and the number: $, US$, €, RM, S$, USD, KSh, Rs ("fell by RM3.2 billion").
_CURRENCY_MARK = (
    r"(?:(?<![a-z])(?:us|nz|a|c|hk|s|n)?\$|[€£¥₹₦]|(?<![a-z])(?:rm|usd|eur|gbp|myr|sgd|inr|zar|cad|aud|nzd|sek|nok|dkk|chf|r|"
    r"kshs?|kes|rs\.?|huf|nad|tsh|ush|rwf|vt|vuv|bnd|pgk|sbd|si\$|xcd|ec\$|btn|t\$)"
    r"\s?)?$"
)

#: A minus written before the currency of the number: "(-RM2.7 billion)", "-$2.7 billion", "−€2.3 bn".
MINUS_BEFORE_CURRENCY = re.compile(
    r"(?i)(?<![\w.,%)])[-−－]\s?(?:us\$|hk\$|nz\$|s\$|a\$|c\$|[$€£¥₹]|rm|usd|eur|gbp|myr|sgd)\s?$"
)

#: A minus written as a word right before the number: "an inflation rate of negative 0.2 percent",
#: "minus 1.5 degrees" (as 负 in 负0.2%). Not a margin of error: "plus or minus 2.1 percent", "+/- 3".
MINUS_WORD = re.compile(r"(?i)(?<![\w/])(?<!plus or )(?<!\+/)(?<!plus/)(?:minus|negative)\s*$")

#: A change noun, what it changes, then "of" and the number: "a decrease in the goods deficit of $5.3
#: billion" (a decline), "an increase in the services surplus of $0.1 billion", "the decline in the index
#: for the division ‘Transport’ of 0.8 per cent" (a name in quotes), "a decrease in gold supplies by 17
#: percent" (by). No figure, no clause break.
CHANGE_NOUN_OF = re.compile(
    r"(?i)\b(decrease|decline|fall|drop|reduction|increase|rise)\s+in\s+[a-z'‘’“” -]{1,50}?\s+(?:of|by)\s*"
    r"(?:(?:less|more) than\s*|about\s*|nearly\s*|almost\s*)?" + _CURRENCY_MARK
)

#: A change verb, a short phrase of when or where (words only: no figure, no clause break, no other
#: clause), then "by" and the number: "decreased over the year by 1.7 percent", "rose in March by 2%".
_CHANGE_VERBS = (
    r"decreased|declined|fell|dropped|dipped|slipped|eased|shrank|contracted|reduced|increased|rose|grew|climbed"
)
CHANGE_VERB_BY = re.compile(
    rf"(?i)\b({_CHANGE_VERBS})"
    r"\s+(?:(?!(?:and|but|while|whereas|which|that|who|or|as|when|after|before|than|because|if|"
    rf"{_CHANGE_VERBS})\b)(?:[a-z][a-z'-]*|q[1-4]|(?:19|20)\d\d)\s+){{1,6}}by\s*"  # "declined in Q4 2017 by"
    r"(?:(?:less|more) than\s*|about\s*|nearly\s*|almost\s*|an estimated\s*|a revised\s*)?" + _CURRENCY_MARK
)

#: A decline noun said to be a figure: "total wage declines were 5.0 percent or more", "employment
#: losses were above 3.0 percent", "the decrease was $2 million". The figure is the decline's size.
DECLINE_NOUN_BE = re.compile(
    r"(?i)\b(?:declines?|decreases?|loss(?:es)?|drops?|reductions?|contractions?)\s+"
    r"(?:was|were|is|are|totaled|totalled|amounted to|reached)\b\s*"
    r"(?:(?:less|more) than\s*|above\s*|below\s*|over\s*|under\s*|at least\s*|at most\s*|about\s*"
    r"|around\s*|nearly\s*|almost\s*|just over\s*|just under\s*)?" + _CURRENCY_MARK
)

#: A decline noun said to be seen in what the sentence then lists with its figures: "Decline, in turn,
#: was recorded in prices of fresh fruit (of 7.8%), and coffee (7.2%)", "A decrease was observed in
#: exports (3.1%)", "With regard to exports, the main decrease was registered in mineral fuels (€244.9
#: million)", "A decline in prices is also noticed in “Transport” by 0.4%", "there has been a decrease in
#: price levels in other groups: …". Every figure up to the sentence's end is a decline, unless a rise is
#: named between.
DECLINE_RECORDED = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:[a-z][a-z0-9 ]{0,40},\s+)?(?:(?:an?\s+|the\s+)?"
    r"(?:main\s+(?:decline|decrease|fall|drop|reduction)|(?:decline|decrease|fall|drop|reduction)s?)"
    r"(?:\s+in\s+(?:prices|price\s+levels))?,?(?:\s+in\s+turn,)?\s+"  # "A decline in prices is also noticed in"
    r"(?:was|were|is|are)\s+(?:also\s+)?(?:recorded|observed|registered|seen|noted|noticed)\s+(?:in|for)\b"
    # "there has been a decrease in price levels in other groups: “Food” by 1.3%, …"
    r"|there\s+(?:has|have)\s+(?:also\s+)?been\s+(?:an?\s+)?(?:decline|decrease|fall|drop|reduction)s?\s+in\s+"
    r"[a-z ]{1,40}?(?:\s+in\s+[a-z ]{1,30}?)?(?:\s*:|,?\s+namely\b:?)"
    # "the main commodities groups which witnessed a decrease in their prices were “Transport” by 0.38 percentage
    # points", "the groups which contributed to this decrease were …": each a fall, or a pull down
    r"|(?:the\s+)?(?:[a-z]+\s+){0,3}(?:groups?|items?|categories|components|divisions)\s+(?:which|that)\s+"
    r"(?:(?:witnessed|recorded|registered|saw|showed)\s+(?:an?\s+)?(?:decline|decrease|fall|drop|reduction)s?"
    r"(?:\s+in\s+(?:their\s+)?prices?)?|contributed\s+to\s+(?:this|the)\s+(?:decline|decrease|fall|drop))"
    r"\s+(?:were|was|are|is)\b)"
    r"(?:(?!\b(?:increase|rise|growth|upturn|gain|while|whereas|but)s?\b)(?:(?<=\d)\.(?=\d)|[^.!?;:]))*$"
)

#: A change noun, then the range its changes span: 降幅在0.1至0.6个百分点之间 (the smallest and the
#: largest fall: two figures, each a fall), 涨幅在1.2%-3.5%之间. The head before the range's first figure.
RANGE_OF_CHANGES = re.compile(r"(?:降幅|跌幅|减幅|下降幅度|下滑幅度|涨幅|增幅|增速|上涨幅度|增长幅度)(?:在|介于)$")
#: The text before the range's last figure when its changes are falls: 降幅在0.1至.
FALLS_RANGE_END = re.compile(
    r"(?:降幅|跌幅|减幅|下降幅度|下滑幅度)(?:在|介于)\d[\d,]*(?:\.\d+)?\s*(?:%|个百分点|百分点)?\s*(?:至|到|~|-|—)$"
)

#: A change of a rate of change: 降幅扩大0.6个百分点 (the fall widened: negative), 降幅收窄 (positive),
#: 增幅收窄 (the growth slowed: negative), 增幅扩大 (positive). The noun is in the number's clause.
_FALL_NOUNS: tuple[str, ...] = ("降幅", "跌幅", "减幅", "下降幅度", "下滑幅度")
_RISE_NOUNS: tuple[str, ...] = ("增幅", "涨幅", "增速", "增长幅度", "上涨幅度")
_WIDEN_WORDS: tuple[str, ...] = ("扩大", "加深", "加大", "加快")
_NARROW_WORDS: tuple[str, ...] = ("收窄", "缩小", "放缓", "减小")
_CLAUSE_MARKS = "，,；;。：:！？!?\n"

#: Between two figures of one verb, each with its own place: "decreased by 1.9%| in the euro area and
#: by |0.8% in the EU27", "down 0.17 points| from September 2021, and |0.60 points from March 2021".
#: The place names no "and" and no figure; the second figure shares the verb.
SHARED_VERB_GAP = (
    r"\s*(?:(?:in|for|among|at|across|from|since|over|against)\s+(?:(?!\band\b)[^,;:%.!?。，；：]){1,40}?)?"
    r",?\s+and\s+(?:by\s+)?"
)

#: "decreased by 0.01%, clothing and footwear by 0.06%", "decreased by 39 or 3.5 percent to 1083, the number of
#: maternal deaths by 17": a new subject, then "by", under the verb written once before the figure "by" ahead.
ELIDED_VERB = re.compile(
    r"(?i)\bby\s+(?:about\s+)?(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent|percentage points?|[a-z]{1,12})?"
    r"(?:\s*(?:\(|or\s+)\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per cent)\)?)?(?:\s+to\s+\d[\d,]*(?:\.\d+)?)?"
    r"(?P<gap>\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?P<noun>[^\d;:.!?%()]{2,80}?)\s+by$"
)
#: A subject with a change or a contrast of its own is no elided verb's: "while bread rose by".
ELIDED_OWN_VERB = re.compile(
    r"(?i)\b(?:increas|decreas|ris[ei]|rose|fell|fall|declin|grew|grow|gain|los[st]|drop|reduc|contract|expand|"
    r"jump|climb|slid|slip|edg|up|down|high|low|while|whereas|but|compared|than|driven|offset)"
)

#: 下拉全市工业增加值增速1.2个百分点: a pull-down verb, then what it pulls (no clause break, no figure),
#: then the points it takes off: a negative contribution, though a rise noun (增速) stands before it.
PULLED_DOWN = re.compile(r"(?:下拉|拉低|拖累|拉下)[^，,；;。：:！？!?\d%]{0,24}$")


def rate_change_sign(before: str) -> int | None:
    """−1 or 1 when `before` (the text up to a number, fillers removed) ends with a word that widens
    or narrows a fall or a rise named earlier in its clause (降幅比1—6月份扩大), else None."""
    if not before.endswith(_WIDEN_WORDS + _NARROW_WORDS):  # one test in C for the common case
        return None
    word = next(w for w in _WIDEN_WORDS + _NARROW_WORDS if before.endswith(w))
    head = before[: -len(word)]
    cut = max(head.rfind(mark) for mark in _CLAUSE_MARKS)
    clause = head[cut + 1 :]
    falls = max((clause.rfind(noun) for noun in _FALL_NOUNS), default=-1)
    rises = max((clause.rfind(noun) for noun in _RISE_NOUNS), default=-1)
    if falls < 0 and rises < 0:
        return None
    widened = word in _WIDEN_WORDS
    about_fall = falls > rises
    return -1 if widened == about_fall else 1
