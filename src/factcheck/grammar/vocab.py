"""The words of the value grammar, as data shared by the value parser and the extractor.

Scale words, Chinese numeral characters, unit rows, qualifier words and kind markers live here
once, so that `factcheck extract` finds exactly the mentions that `factcheck run` can parse.
Keys are written in folded form: half-width (NFKC), lower-case for Latin letters, simplified
characters (see `TRADITIONAL`).
"""

from __future__ import annotations

from fractions import Fraction

# -- scale words ------------------------------------------------------------------------

#: Scale words allowed in `value` or at the front of `unit` (see docs/claim-format.md). Chinese compounds are
#: listed whole so that the longest one wins (万亿 before 万).
SCALE_WORDS: dict[str, Fraction] = {
    "十": Fraction(10),
    "百": Fraction(100),
    "千": Fraction(1000),
    "万": Fraction(10**4),
    "十万": Fraction(10**5),
    "百万": Fraction(10**6),
    "千万": Fraction(10**7),
    "亿": Fraction(10**8),
    "万万": Fraction(10**8),
    "十亿": Fraction(10**9),
    "百亿": Fraction(10**10),
    "千亿": Fraction(10**11),
    "万亿": Fraction(10**12),
    "thousand": Fraction(10**3),
    "thous": Fraction(10**3),  # "532.0 thous.persons" (Mongolian and other former Soviet releases in English)
    "k": Fraction(10**3),
    "million": Fraction(10**6),
    "m": Fraction(10**6),
    "mn": Fraction(10**6),
    "mln": Fraction(10**6),
    "billion": Fraction(10**9),
    "bn": Fraction(10**9),
    "b": Fraction(10**9),
    "bln": Fraction(10**9),
    "bil": Fraction(10**9),  # "RM11.49bil" (Malaysian English)
    "trillion": Fraction(10**12),
    "lakh": Fraction(10**5),  # Indian English: "Rs 4.5 lakh" is 450,000 rupees
    "crore": Fraction(10**7),  # "Rs 12.3 crore" is 123 million rupees
    "tn": Fraction(10**12),
    "trn": Fraction(10**12),
}

#: English scale words as they may follow a number inside `value` ("3.5 million", "12k").
EN_SCALE_WORDS = {word: factor for word, factor in SCALE_WORDS.items() if word.isascii()}

#: Scale words that may stand at the front of an unknown unit ("亿斤"); 十/百/千 may not,
#: so that an unknown word such as "千岛湖" stays whole.
BIG_SCALE_PREFIXES = ("万亿", "万万", "十亿", "百亿", "千亿", "十万", "百万", "千万", "万", "亿")

# -- Chinese numerals -------------------------------------------------------------------

#: Financial and traditional forms folded to the plain simplified characters before parsing.
TRADITIONAL = str.maketrans(
    {
        "壹": "一",
        "贰": "二",
        "貳": "二",
        "弍": "二",
        "叁": "三",
        "參": "三",
        "叄": "三",
        "肆": "四",
        "伍": "五",
        "陆": "六",
        "陸": "六",
        "柒": "七",
        "捌": "八",
        "玖": "九",
        "拾": "十",
        "佰": "百",
        "仟": "千",
        "萬": "万",
        "億": "亿",
        "兩": "两",
        "倆": "两",
        "俩": "两",
        "負": "负",
        "點": "点",
        "幾": "几",
        "個": "个",
        "餘": "余",
        "貫": "贯",
        "塊": "块",
    }
)

#: Characters folded in units too (a safe subset of TRADITIONAL: no financial digits).
UNIT_TRADITIONAL = str.maketrans(
    {
        "萬": "万",
        "億": "亿",
        "個": "个",
        "點": "点",
        "噸": "吨",
        "畝": "亩",
        "時": "时",
        "輛": "辆",
        "項": "项",
        "處": "处",
        "戶": "户",
        "臺": "台",
        "條": "条",
        "隻": "只",
        "頭": "头",
        "屆": "届",
        "場": "场",
        "張": "张",
        "頃": "顷",
        "幣": "币",
        "釐": "厘",
        "裡": "里",
        "裏": "里",
        "標": "标",
        "準": "准",
        "間": "间",
        "門": "门",
        "顆": "颗",
        "棟": "栋",
        "盞": "盏",
        "冊": "册",
        "鐘": "钟",
        "鎊": "镑",
        "歐": "欧",
    }
)

CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
#: Digit positions inside a Chinese numeral (三千五百): not scale words there.
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
#: Section multipliers inside a Chinese numeral; they are scale words (两万 is rounded).
CN_BIG_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8, "兆": 10**12}
#: 兆 is 1e12 inside a numeral (五兆六十二亿) but the prefix mega before a unit (兆瓦, 兆字节).
CN_MEGA = "兆"
#: 两 is a digit before a position or a measure word (两千, 两个), never after a number.
CN_TWO = "两"
CN_MINUS = "负"
CN_POINT = "点"
CN_HALF = "半"
CN_FRACTION = "分之"  # 三分之一; 百分之五 is a percentage
CN_AND = "又"  # 一又二分之一
CN_DOZEN = "打"  # 一打 = 12 (Recognizers-Text)
#: Suffixes that make a percentage: 三成 = 30 %, 七五折 = 75 %.
CN_TENTHS = "成"
CN_DISCOUNT = "折"

#: Ranks: 第2, 第二位, 第一名 (an exact number; the unit word after it is part of the rank).
ORDINAL_PREFIX = "第"
ORDINAL_SUFFIXES = ("位", "名")

# -- qualifiers -------------------------------------------------------------------------

QUALIFIERS = ("about", "at-least", "more-than", "at-most", "less-than", "nearly", "odd")

#: Canonical qualifier → words written BEFORE the number.
QUALIFIER_PREFIXES: dict[str, tuple[str, ...]] = {
    "about": (
        "约",
        "大约",
        "大概",
        "约为",
        "近似",
        "approximately",
        "approx.",
        "about",
        "around",
        "roughly",
        "some",
        "circa",
        "c.",
    ),
    "at-least": (
        "不低于",
        "不少于",
        "至少",
        "最少",
        "at least",
        "no less than",
        "not less than",
        "no fewer than",
        "not fewer than",
    ),
    "more-than": (
        "超过",
        "逾",
        "突破",
        "超",
        "多于",
        "高于",
        "more than",
        "over",
        "above",
        "in excess of",
        "upwards of",
        "exceed",
        "exceeding",
        "surpass",
    ),
    "at-most": ("不超过", "不高于", "最多", "至多", "at most", "no more than", "not more than", "up to"),
    "less-than": ("不到", "未满", "不足", "不及", "少于", "低于", "less than", "fewer than", "under", "below"),
    "nearly": ("近", "将近", "接近", "逼近", "nearly", "almost", "close to", "just under"),
}

#: Canonical qualifier → words written AFTER the number (多/余 may also sit before 万/亿).
QUALIFIER_SUFFIXES: dict[str, tuple[str, ...]] = {
    "about": ("左右", "上下", "前后"),
    "at-least": ("以上", "及以上", "或以上", "or more", "and above"),
    "at-most": ("以下", "及以下", "以内", "之内", "or less", "and below"),
    "odd": ("多", "余", "有余", "来", "-odd", " odd", "-plus", " plus"),
}

#: Every word (either position) → canonical name, for `parse_qualifier`.
QUALIFIER_WORDS: dict[str, str] = {
    **{word: name for name, words in QUALIFIER_PREFIXES.items() for word in words},
    **{word.strip(" -"): name for name, words in QUALIFIER_SUFFIXES.items() for word in words},
    "odd": "odd",
    "plus": "odd",
}

#: Markers of a rough count inside a numeral: 十多万, 五百余万, 二十几万.
ODD_MARKERS = ("多", "余", "几")

#: Separators of a range: 30-50, 30~50, 30至50, 30到50, 30—50, "30 to 50".
RANGE_SEPARATORS = ("-", "~", "至", "到", "—", "–", "－", " to ")

#: Currency words and signs that may stand BEFORE the number: $3.5 billion, 人民币8千元.
CURRENCY_PREFIXES: tuple[str, ...] = (
    *("us$", "hk$", "nt$", "s$", "$", "€", "¥", "£", "rmb", "usd", "eur", "cny", "人民币"),
    *("rm", "myr", "sgd", "inr", "zar", "₹"),  # ringgit, Singapore dollar, rupee, rand: RM262.8 billion
)

# -- kinds ------------------------------------------------------------------------------

#: Words that mark a claim's kind (see docs/claim-format.md), for the extractor.
KIND_MARKERS: dict[str, tuple[str, ...]] = {
    "target": ("力争", "目标", "计划", "争取", "预期目标", "aims to", "target", "goal", "by 20"),
    "estimate": (
        "预计",
        "预期",
        "初步",
        "初步统计",
        "估计",
        "约计",
        "is expected to",
        "are expected to",
        "expected",
        "preliminary",
        "estimated",
        "projected",
        "expects",
        "forecast",
        "forecasts",
    ),
}

# -- extractor words (added by the extract helper; read by factcheck.extract) -----------------

#: Rank words that stand for a number: 首位 is first place; English ordinals (ranked second).
ORDINAL_WORDS: dict[str, int] = {
    "首": 1,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


#: Words before a number that make it a growth rate (增长12%) or a decline (下降2.3%).
GROWTH_WORDS: tuple[str, ...] = (
    "同比增长",
    "增长",
    "增加",
    "提高",
    "提升",
    "上升",
    "上涨",
    "增速",
    "增幅",
    "递增",
    "up",
    "rose",
    "grew",
    "increased by",
    "increased",
    "rise of",
    "growth of",
    "an increase of",
    "gain of",
    "spiked by",
    "surged by",
    "soared by",
)
DECLINE_WORDS: tuple[str, ...] = (
    "同比下降",
    "下降",
    "减少",
    "降低",
    "下滑",
    "回落",
    "下跌",
    "下修",  # a forecast revised down (Taiwan: 下修0.43個百分點)
    "down",
    "fell",
    "dropped",
    "declined by",
    "declined",
    "decreased by",
    "decreased",
    "a decline of",
    "a drop of",
)
