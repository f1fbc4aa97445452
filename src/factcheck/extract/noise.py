"""Numbers in a paragraph that are not statistics: markers, references, contacts, times, definitions.

A statistic is a quantity of something. Official releases are full of other numbers: footnote
markers (国内生产总值[2]), references to figures, tables and sections (图3, "(See table A-1.)",
"section 8"), phone numbers, clock times, web and mail addresses, year spans (2018-2022年),
durations that define a category ("unemployed for 27 weeks or more", "the prior 6 months",
"12-month rate"), age brackets (16-59岁, 65岁及以上, "aged 16 and over"), scope words (31个省,
"在监测的339个城市中"), index bases (以女性为100, 2015=100) and section numbers at the head of a
paragraph ("1. Main points"). `noise_spans` returns where they are, so that the mention finder
drafts none of them. Every pattern runs on the same-length folded text, so spans are offsets.
"""

from __future__ import annotations

import re

from factcheck.extract.prefilter import scans

_SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
_DIGIT = re.compile(r"\d")
_SUPERSCRIPT = re.compile(f"[{re.escape(_SUPERSCRIPTS)}]")

_ALWAYS = (
    # footnote markers: 国内生产总值[2], 人口［5］, note【3】, (注1)
    re.compile(r"[\[【〔]\s*(?:注\s*)?\d{1,3}\s*[\]】〕]"),
    # figure, table, chart, section, page references
    re.compile(
        r"(?:(?<=[见如])|(?<![\u4e00-\u9fff]))(?:附图|附表|图表|图|表|附件|附录)\s?[0-9]{1,3}(?:[-.][0-9]{1,3})*"
        r"(?![0-9.]*[%万亿元个人])"
    ),
    re.compile(
        r"(?i)\b(?:tables?|charts?|figures?|figs?\.|sections?|annex(?:es)?|appendix|appendices|pages?|pp?\.|"
        r"notes?|boxes|box|footnotes?|paragraphs?|chapters?|articles?|items?)\s+"
        r"(?:[A-Z]{1,2}-?)?\d{1,3}(?:[-.]\d{1,3})*[a-z]?"
        r"(?:\s*(?:,|and|or|to|through|&)\s*(?:and\s+)?(?:[A-Z]{1,2}-?)?\d{1,3}(?:[-.]\d{1,3})*[a-z]?)*"
    ),
    re.compile(r"\b[A-Z]{1,2}-\d{1,3}[a-z]?\b"),  # table ids: A-1, B-8
    # phone numbers: (202) 691-6378, +44 20 7946 0000, 0551-63678123, 电话：12345
    re.compile(r"\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b"),
    re.compile(r"(?<![\d.,])\+\d{1,3}(?:[\s-]\d{1,5}){2,5}(?![\d.,])"),
    re.compile(r"(?<![\d.,-])0\d{2,3}-\d{7,8}(?![\d])"),
    re.compile(r"(?i)(?:电话|传真|热线|手机|邮编|tel|phone|fax|telephone)[:：.\s]*[\d\s()+-]{5,}"),
    # clock times: 8:30 a.m., 14:00, 上午9时30分, 9点
    re.compile(r"(?i)(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"),
    re.compile(r"(?i)\b\d{1,2}\s?[ap]\.m\.?"),
    re.compile(r"(?:上午|下午|晚上|凌晨|中午)?(?<![\d.])\d{1,2}[时点](?:\d{1,2}分)?(?=[^\d万亿元个人%]|$)"),
    # web and mail addresses, ISBN-like ids, document numbers (〔2023〕12号)
    re.compile(r"(?i)\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"[〔\[（(]\d{4}[〕\]）)]\s?\d+号"),
    re.compile(r"第\d+号"),
    # day ranges that define a reference week: "April 10 to 16", "10-16 April"
    re.compile(
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
        r"\d{1,2}\s*(?:-|–|to|through)\s*\d{1,2}\b(?!,?\s*(?:19|20)\d\d)"
    ),
    re.compile(
        r"\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)\b"
    ),
    # year spans: 2018-2022年, 2018—2022, 2018 to 2022 (periods, not values)
    re.compile(r"(?<![\d.,])(?:19|20)\d\d\s?(?:-|—|–|~|至|到)\s?(?:19|20)\d\d(?:年度?|年间)?(?![\d.,%])"),
    # age brackets and age definitions
    re.compile(r"\d{1,3}(?:岁)?(?:\s?[-~至到—–]\s?\d{1,3})岁(?:及以上|以上|以下|及以下|之间)?"),
    re.compile(r"\d{1,3}(?:周)?岁(?:及以上|以上|以下|及以下|以内|之前|之后|前|后)"),
    re.compile(r"(?<![\d.,])\d{1,3}周岁"),
    re.compile(
        r"(?i)\b(?:aged?|ages)\s+(?:from\s+|between\s+)?\d{1,3}(?:\s*(?:-|–|to|and)\s*(?:over|older|above|under|\d{1,3}))?"
        r"(?:\s+years?(?:\s+old)?)?(?:\s+and\s+(?:over|older|above|under))?"
    ),
    re.compile(
        r"(?i)\b\d{1,3}\s*(?:-|–|to)\s*\d{1,3}[- ]years?[- ]olds?\b|\b\d{1,3}\s+years?\s+and\s+(?:over|older)\b"
    ),
    # grades and magnitudes that define a category: 5.0级以上地震, 6级及以上, 三级以上
    re.compile(r"(?<![\d.])\d{1,2}(?:\.\d)? ?级(?:及以上|以上|及以下|以下)"),
    # rate bases: 每10万人, 每千人口, 就业人员10万人生产安全事故死亡人数, 万车死亡人数
    re.compile(r"每\s?[\d一二两三四五六七八九十百千万]+(?:\.\d+)?[万千百]?(?:人口|人|户|辆|车|吨|平方公里|公里|元)"),
    re.compile(
        r"(?<![\d.,])\d+(?:\.\d+)?[万千百]?(?:人|辆|车|吨|户)"
        r"(?=[\u4e00-\u9fff]{2,14}(?:死亡人数|死亡率|发病率|发生率|拥有量|床位数|人数)\s?(?:为|达)?\d)"
    ),
    # index bases and definitions of a category: 以女性为100, 以上年为100, 2015=100
    re.compile(r"以[^，,。；;]{1,12}为100"),
    re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s?[-–]\s?\d{2,4})?\s?=\s?100\b"),
    re.compile(r"\b[A-Z]{2,}-\d{2,}-\d{2,}\b"),  # release numbers: USDL-25-0459
    re.compile(r"(?<![\d.,/])\d{1,3}/(?:19|20)\d\d\b(?![/\d])"),  # euro indicators 17/2018
    re.compile(r"(?i)\b(?:ISBN|ISSN|DOI|No\.)[:\s]*[\dX][\dX./-]*"),
    # dates written with digits only: 31.01.2018, 01/31/2018, 2018/01/31
    re.compile(r"(?<![\d.,])\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b|(?<![\d.,])(?:19|20)\d\d[./]\d{1,2}[./]\d{1,2}\b"),
    # scope: 31个省（区、市）, 全国31个省份, 70个大中城市中, 在监测的339个地级及以上城市中
    re.compile(r"(?:(?<=全国)|(?<=我国)|(?<=大陆))\d+个省(?:份|区市)?(?:（区、市）|\(区、市\)|、自治区、直辖市)?"),
    re.compile(r"\d+个省(?:份|区市)?(?:（区、市）|\(区、市\)|、自治区、直辖市)"),
    re.compile(r"(?<![\d.,])\d+个[\u4e00-\u9fff（）()、Ⅰ-Ⅻ~]{1,24}中(?=[,，：:]|$)"),
    # a paragraph that is only a year or a page number ("2024 [1]" under a title, "12")
    re.compile(r"^\s*\d{1,4}\s*(?:[\[【〔]\s*\d{1,3}\s*[\]】〕])?\s*$"),
    # records and windows: 创近9年新高, 近3年来, 十年来
    re.compile(r"近 ?\d{1,2} ?年(?=同期|新高|新低|最高|最低|来|以来|内|间)"),
    re.compile(r"(?<![\d.,])\d{1,2} ?年(?:来|以来)"),
    # durations that define a category or a window: "the prior 6 months", "27 weeks or more"
    re.compile(
        r"(?i)\b(?:prior|past|previous|preceding|last|next|first|coming|following|latest|recent)\s+"
        r"\d{1,3}\s+(?:days?|weeks?|months?|quarters?|years?)\b"
    ),
    re.compile(r"(?i)\b(?:for|within|during the|in the|over the)\s+\d{1,3}\s+(?:days?|weeks?|months?|years?)\b"),
    re.compile(
        r"(?i)\b\d{1,3}\s+(?:days?|weeks?|months?|quarters?|years?)\s+"
        r"(?:or more|or longer|or less|preceding|ending|to)\b"
    ),
    re.compile(r"(?i)\b\d{1,3}-(?:day|week|month|quarter|year)s?\b"),
)

# A section number at the head of a paragraph: "1. Main points", "2.3 Prices", "（一）", "一、"
_SECTION = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.\s+(?=[A-Z\u4e00-\u9fff])|\d{1,2}\.\d{1,2}\s+(?=[A-Z])|\d{1,2}[、.](?=[\u4e00-\u9fff]))"
)


def noise_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Where `text` (folded: its same-length fold) holds numbers that are not statistics."""
    if not _DIGIT.search(folded):
        return [(m.start(), m.end()) for m in _SUPERSCRIPT.finditer(text)]
    spans = [(m.start(), m.end()) for pattern in scans(_ALWAYS) for m in pattern.finditer(folded)]
    spans.extend((m.start(), m.end()) for m in _SUPERSCRIPT.finditer(text))
    section = _SECTION.match(folded)
    if section and len(text) < 120 and not re.search(r"\d[\d,.]*\s*(?:%|percent)", text[section.end() :]):
        spans.append((section.start(), section.end()))
    return spans


def is_furniture(text: str, start: int, end: int) -> bool:
    """A date or number that is the whole paragraph, or one with a label ("Release date: …")."""
    rest = (text[:start] + text[end:]).strip(" \t:：,，.。()（）")
    return len(rest) <= 24 and not re.search(r"\d", rest)


_RELEASE = re.compile(
    r"(?i)\b(?:released?|publish(?:ed)?|scheduled|next release|embargo(?:ed)?|updated)\b|发布|印发|公布于|更新于|发稿"
)


def is_release_date(sentence: str) -> bool:
    """A date in a sentence about publishing the document is not a fact the document states."""
    return bool(_RELEASE.search(sentence))


_RATE = re.compile(
    r"(?<![\d.,])1\s?(?P<base>美元|欧元|英镑|日元|港元|港币|人民币|元|卢布|韩元|US dollars?|dollars?|euros?|pounds?)"
    r"\s?(?:兑换?|折合|=|to|buys?)\s?(?=\d)",
    re.IGNORECASE,
)


def exchange_rates(folded: str) -> dict[int, tuple[int, int, str]]:
    """1美元兑7.1217元人民币: {where 7.1217 starts: (start, end of "1美元", 美元)}; "1美元" defines the rate."""
    return {m.end(): (m.start(), m.end("base"), m.group("base")) for m in _RATE.finditer(folded)}
