"""Sign words of a quote: what says that a number is a decline or a rise (the citation's sign rule).

A decline word right before a number makes it negative (下降3.5%, "fell 3.5 percent"), a rise word
positive; longest first wins, so 负增长 is a decline. The growth and decline words of the value
grammar (`vocab.GROWTH_WORDS`, `vocab.DECLINE_WORDS`) are all sign words too.
"""

from __future__ import annotations

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
)
