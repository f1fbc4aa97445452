"""When an English date is the date of an event (drafted as a fact) and when it only dates a level.

"the Bank raised rates on 3 August 2023": an event, its date a fact. "the week ending 5 May 2023",
"as of June 30, 2023": the bounds of a period. "the 93.7 million head on January 1, 2017", "totaled
14.0 million head on January 1, 2018": the moment a stock is counted, which dates the figure before it.
"""

from __future__ import annotations

import re

_ON = re.compile(r"(?i)\bon\s+(?:[A-Z][a-z]+day,?\s+)?$")
_FIGURE = r"\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?(?:\s*%|\s+[a-z]+){0,2}"
#: a level dated by the date after it: "the 93.7 million head on", "totaled 14.0 million head on"
_LEVEL_ON = re.compile(
    rf"(?i)(?:\bthe\s+|\b(?:totaled|totalled|totalling|totaling|numbered|stood\s+at|amounted\s+to)\s+){_FIGURE}\s+on\s+$"
    r"|(?i:\bof\s+the\s+total\s+[a-z][a-z\s]{0,40}?\s+on\s+$)"  # "82.0 percent of the total cattle on feed on"
)


def event_date(text: str, start: int) -> bool:
    """Whether the English date at `start` of `text` dates an event: after "on", and not the moment
    a level stated right before it was counted."""
    before = text[max(0, start - 80) : start]
    return bool(_ON.search(before[-24:])) and not _LEVEL_ON.search(before)


def is_event(text: str, start: int, end: int, english: bool) -> bool:
    """Whether the date at `start`-`end` of `text` is an event's: in English `event_date`; in Chinese any
    date but a census's moment (2020年11月1日零时 bounds a period), the moment a level is counted at
    (截至2019年10月31日,户籍人口243.47万人: "as of", no event), and the day a bureau told the figures
    (省统计局4月18日通报, 新闻发布会1月24日举行) or a wire sent them (昆明4月18日电)."""
    if not english:
        if _AS_OF.search(text[max(0, start - 6) : start]):
            return False
        if _ANNOUNCED.match(text, end) and _ANNOUNCER.search(text[max(0, start - 16) : start]):
            return False  # 云南省统计局4月18日通报: the day the figures were told, no event they report
        if _DATELINE.match(text, end):
            return False  # 中新网昆明4月18日电: a news wire's dateline
        if re.search(r"发布会\s?$", text[max(0, start - 6) : start]):
            return False  # …情况新闻发布会1月24日在长沙举行: the conference that told the figures
        return not re.match(r"\s?(?:零时|零点|(?:0|24)[时点])", text[end : end + 4]) and not _stamp(text, start, end)
    return event_date(text, start)


#: A verb of telling right after a date, and who tells before it: a release's or a news wire's date.
_ANNOUNCED = re.compile(r"\s?(?:[上下]午)?(?:通报|发布|公布|宣布|表示|介绍|披露|透露|称)")
_ANNOUNCER = re.compile(r"(?:统计局|统计处|调查总队|调查队|海关总署|海关|新闻办(?:公室)?|发言人|记者)[^，。；,;]{0,4}$")
#: 电 or 讯 right after a date, then a bracket, a space or the text: a dateline (昆明4月18日电 (记者…), 长沙3月9日讯).
_DATELINE = re.compile(r"(?:电|讯)(?:$|[\s(（【\[])")
#: "as of" before a Chinese date: 截至, 截止, 截止到, 截至到.
_AS_OF = re.compile(r"(?:截至|截止)(?:到|至)?\s?$")
#: A date written in figures alone: 2020-12-18, 2020/12/18, 2020.12.18.
_NUMERIC_DATE = re.compile(r"(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2}")


def _stamp(text: str, start: int, end: int) -> bool:
    """A page's date stamp: a date in figures ending a line that is no sentence ("2020年11月工业生产情况
    2020-12-18", "发布时间: 2020-12-18"): when the page was posted, no event the release reports."""
    line_end = text.find("\n", end)
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return bool(
        _NUMERIC_DATE.fullmatch(text[start:end].strip())
        and not text[end : len(text) if line_end < 0 else line_end].strip()
        and not re.search(r"[，。；！？,;]", line)
    )
