"""Words only the extractor reads: rank words, counting cues, measure words, false numerals.

The value grammar's own tables (scale words, qualifiers, units, rise and fall words) live in
`factcheck.grammar`; these only help find and classify mentions in running text.
"""

from __future__ import annotations

import re

#: Measure words the extractor keeps as the written unit beyond the value grammar's own
#: (`unit_table.OWN_UNITS`, such as 年 and 类): 届 only makes a label (二十届), never a quantity.
EXTRA_MEASURE_WORDS: tuple[str, ...] = ("届",)


#: Qualifier words the extractor reads besides the value grammar's (`QUALIFIER_PREFIXES`): past
#: and present forms of the grammar's verbs ("inflation surpassed 5%" is more than 5%).
EXTRA_QUALIFIER_PREFIXES: dict[str, tuple[str, ...]] = {
    "more-than": ("surpassed", "surpasses", "exceeded", "exceeds", "topped", "tops"),
    "less-than": ("fell short of", "falls short of"),
}


#: Measure words that make the number before them a name (成立75周年, 二十届二中全会).
LABEL_UNITS: tuple[str, ...] = ("周年", "届")


#: Words before a number that state a rank (居全省第2位, 位居全国第一, ranked second).
RANK_WORDS: tuple[str, ...] = (
    "居",
    "位居",
    "位列",
    "名列",
    "排名",
    "排在",
    "排",
    "列",
    "ranked",
    "ranks",
    "ranking",
    "placed",
)


#: Words before a number that make a count of something (连续两年, 共三个): a Chinese numeral
#: after one of these is a statistic even when it is small.
COUNT_CUES: tuple[str, ...] = (
    "连续",
    "共",
    "共计",
    "合计",
    "累计",
    "达到",
    "达",
    "新增",
    "超过",
    "近",
    "约",
    "建成",
    "引进",
    "获批",
    "新建",
)


#: Financial forms of the digits (壹 贰 … 拾 佰 仟): alone in running text they are usually words
#: (陆地 land, 队伍 team, 收拾 tidy, 放肆): the extractor reads them as numbers only next to
#: another numeral character or standing by themselves before punctuation.
FINANCIAL_DIGITS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"


#: Common words that contain a numeral character but state no number (the extractor skips them).
NON_NUMERAL_WORDS: tuple[str, ...] = (
    "四川",
    "一切",
    "一看",
    "一些",
    "一起",
    "一样",
    "一般",
    "一直",
    "一定",
    "一致",
    "一旦",
    "一同",
    "一再",
    "一向",
    "一律",
    "一概",
    "统一",
    "万一",
    "一下",
    "十分",
    "十足",
    "万分",
    "千万别",
    "五角大楼",
    "珠三角",
    "长三角",
    "金三角",
    "三角形",
    "九九归一",
    "三心二意",
    "一心一意",
    "四面八方",
    "七上八下",
)

#: A duration inside a phrase (两年平均增长, 三年来, 五年间): the numeral is part of the words, no count.
DURATION_PHRASE = re.compile(r"(?:年|个月|个季度|季度|周|天)(?:平均|以来|来|间|内)")

#: "made up 38% of all visitors": a share; its "up" is no rise.
MADE_UP = re.compile(r"(?i)\b(made|make|makes|making)\s+up$")

#: A counted noun between a number and its decline word, "a 196 person decrease": people or events counted one
#: by one (a measure, "a 12,000 tonne decrease", stays unsigned; "3 million people fall" is a verb).
NOUN_BEFORE_DECLINE = (
    r"(?:(?:person|visitor|tourist|passenger|worker|job|arrival|birth|death|case|student|patient|employee)\s+)?"
)
