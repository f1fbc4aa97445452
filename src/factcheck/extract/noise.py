"""Numbers in a paragraph that are not statistics: markers, references, contacts, times, definitions.

A statistic is a quantity of something. Official releases are full of other numbers: footnote markers
(国内生产总值[2]), references to figures, tables and sections (图3, "(See table A-1.)", "section 8"), phone
numbers, clock times, web and mail addresses, year spans (2018-2022年), durations that define a category ("unemployed
for 27 weeks or more", "the prior 6 months", "12-month rate"), age brackets (16-59岁, 65岁及以上, "aged 16 and over"),
scope words (31个省, "在监测的339个城市中"), index bases (以女性为100, 2015=100), section numbers heading a paragraph
("1. Main points"). `noise_spans` returns where they are, so that the mention finder drafts none of them. Every
pattern runs on the same-length folded text, so spans are offsets.
"""

from __future__ import annotations

import re

from factcheck.extract.cjknoise import CJK_FURNITURE as _CJK
from factcheck.extract.cjknoise import CJK_WORD_FURNITURE
from factcheck.extract.cjknoise import CN_DATE as _CN_DATE
from factcheck.extract.classnoise import COVERAGE_CLASS, DURATION_CLASS, ITEM_DEFINITIONS, RANKING_CUT, WEIGHT_CLASS
from factcheck.extract.classnoise import SIZE_CLASS as _SIZE_CLASS
from factcheck.extract.idnoise import NUMBERED_IDS
from factcheck.extract.notemarks import GLUED_MARK, NOTE_LINE, ROW_CODE, YEAR_MARK
from factcheck.extract.prefilter import scans
from factcheck.extract.ticks import axis_ticks

_SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
_DIGIT = re.compile(r"\d")
#: A paragraph that is one bare number, no unit, no word: chart furniture, not a statistic.
#: (or a note's number alone on its line before the note: "1.")
#: (or a bullet and a number alone: "• 18", a list item's day in a news feed)
_LONE_NUMBER = re.compile(
    r"(?:\s*[•▪◦‣●]\s?)?(?:\s*[-+−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*$|\s*[-+−]?\d+(?:\.\d+)?\s*$|\s*\d{1,2}[.)]\s*$)"
)
_SUPERSCRIPT = re.compile(f"[{re.escape(_SUPERSCRIPTS)}]")

_ALWAYS = (
    # footnote markers: 国内生产总值[2], 人口［5］, note【3】, (注1), "utilization.<1>" (a plain-text release),
    # "(annual rate)2 -3.9": a digit glued to a closing bracket
    re.compile(r"[\[【〔]\s*(?:注\s*)?\d{1,3}\s*[\]】〕]|<\d{1,2}>|(?<=[A-Za-z]\))\d{1,2}(?=[\s,;]|$)"),
    # figure, table, chart, section, page references
    re.compile(
        r"(?:(?<=[见如])|(?<![\u4e00-\u9fff]))(?:附图|附表|图表|图|表|附件|附录)\s?[0-9]{1,3}(?:[-.][0-9]{1,3})*"
        r"(?![0-9.]*[%万亿元个人])"
    ),
    re.compile(
        r"(?i)\b(?:tables?|charts?|figures?|figs?\.|exhibits?|schedules?|graphs?|panels?|sections?|annex(?:es)?|"
        r"appendix|appendices|pages?|pp?\.|"
        r"notes?|boxes|box|footnotes?|paragraphs?|chapters?|articles?|items?|lines?|rows?|columns?|weeks?|waves?)"
        # a plural before one number is a row label and its cell ("Manufactured Articles 11.0"), not a
        # reference: references to several name them ("tables 2 and 3", "pages 11-14")
        r"(?!(?<=s)\s+\d{1,3}(?:\.\d+)?(?![\d.,\-–]|\s*(?:,|and\b|or\b|to\b|through\b|&)))\s+"
        r"(?:(?-i:[A-Z]{1,2})\s+(?:and|or|to|through|&)\s+)?"  # "(See tables A and 2.)"
        r"(?P<b>\()?(?:[A-Z]{1,2}-?)?\d{1,3}(?:[-.]\d{1,4})*[a-z]?(?(b)\))"  # "Graph (4) and (5)"
        r"(?:\s*(?:,|and|or|to|through|&)\s*(?:and\s+)?(?P<c>\()?(?:[A-Z]{1,2}-?)?\d{1,3}(?:[-.]\d{1,4})*[a-z]?(?(c)\)))*"
    ),
    re.compile(r"\b[A-Z]{1,2}-\d{1,3}[a-z]?\b"),  # table ids: A-1, B-8
    # statistical release codes: G.17, G.19, H.8, Z.1 (a capital letter, a dot, the number, no space)
    re.compile(r"(?<![\w.])[A-Z]\.\d{1,3}(?:\.\d{1,2})?\b(?!\s?(?:%|per ?cent|percentage))"),
    # identifiers of three or more digit groups: table 18-10-0006-01, 1-800-263-1136, 514-283-8300
    re.compile(r"(?<![\w.,-])\d+(?:-\d+){2,}(?![\w-])"),
    # compact dates: 来源:20200325四川日报, file stamps 20231215
    re.compile(r"(?<![\d.,])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d.,%万亿元])"),
    # numbers in groups of digits with spaces: telephone numbers "1300 175 070", "0800 123 4567", "029 551 3043,"
    # (not a figure grouped by spaces, "18 542 706": two or three digits, no leading zero, then groups of three)
    re.compile(r"(?<![\d.,])(?![1-9]\d{1,2}(?: \d{3}){2,}(?! ?\d))\d{2,4}(?: \d{3,4}){2,}(?!\d|[.,]\d)"),
    # a footnote mark after a unit or a bracket: "…, % 1) Cumulative", "(4711, 472) 2) Turnover"
    re.compile(r"(?<=[%)] )\d\)(?=\s|$)"),
    # classification codes: "trade (4711, 472)", "(474-477)", "TOL 2008", "NIC-2008"; a row's leading code
    re.compile(
        r"(?<=[A-Za-z] )\((?!(?:19|20)\d\d\)|\d\d\d?(?:,\d{3})+\))\d{2,5}(?:-\d{2,5})?(?:,\s?\d{2,5}(?:-\d{2,5})?)*\)"
    ),
    re.compile(r"\b(?:TOL|NIC|NACE|ISIC|NAICS|SITC|ANZSIC)[\s-]?(?:Rev\.?\s?)?\d{1,4}\b"),
    ROW_CODE,  # "011 Wheat 4.2"
    NOTE_LINE,  # "1 Seasonally and calendar adjusted": a note under the text
    # column headers of periods: "11/20-01/21", "02-04/2021", "01-10/2021"
    re.compile(r"(?<![\d.,/-])\d{1,2}(?:/\d{2})?-\d{1,2}/(?:(?:19|20)\d\d|\d{2})(?![/\d])"),
    re.compile(r"\(\+\d{1,3}\)"),
    # list numbers at the head of a paragraph or after a sentence: "1. The estimates ...", "2) Data"
    re.compile(r"^\s*\d{1,2}(?:[.)]\s+(?=[A-Z\"“(])|、|[.)）](?=[\u4e00-\u9fff]))"),
    re.compile(r"^\s*[•▪◦‣●]\s?\d{1,2}\)(?=\s+[A-Za-z])"),  # a note in a bulleted list: "• 1) constant prices are"
    re.compile(
        r"(?<=[.:;] )\d{1,2}\.(?= [A-Z])|(?<=[：:。；;])\s?\d{1,2}[.、](?=[\u4e00-\u9fff])|(?<=[：:])\s?\d{1,2}\.(?=\s)"
    ),
    re.compile(r"(?i)±\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|percentage points?|pp))?"),
    # phone numbers: (202) 691-6378, +44 20 7946 0000, 0551-63678123, 电话：12345
    re.compile(r"(?<![\w.])\((?!(?:19|20)\d\d\))\d{3,4}\)\s?\d{3,4}[-.\s]\d{3,4}(?!\d|[.,]\d)"),  # (248) 4679 400
    re.compile(r"(?<![\d.,])\+\d{1,3}(?:\s?\(0\)\s?\d{1,5})?(?:[\s-]\d{1,5}){2,5}(?![\d.,])"),  # +353 (0)21 453 5491
    re.compile(r"(?<![\d.,-])0\d{2,3}-\d{7,8}(?![\d])"),
    re.compile(r"(?<![\d.,])\d{2,4}\.\d{3,4}\.\d{4}(?![\d.])"),  # dotted: (042.481.2264), 613.555.0199
    # (one line may list several: "Telp (62-21) 3841195; 3842508", "Faks", "Telefon")
    re.compile(
        r"(?i)(?:电话|传真|热线|手机|邮编|tel|telp|phone|fax|faks|telefon|telephone)[:：.\s]*[\d\s()+-]{5,}(?:[;/][\d\s()+-]{5,})*"
    ),
    # clock times: 8:30 a.m., 14:00, 上午9时30分, 9点
    # (not a part of a ratio chain: 三次产业结构为13:53.8:33.6)
    re.compile(r"(?i)(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?![.:∶︰：]\d)(?:\s?[ap]\.?m\.?)?"),
    re.compile(r"(?i)\b\d{1,2}\s?[ap]\.m\.?"),
    re.compile(r"(?:上午|下午|晚上|凌晨|中午)?(?<![\d.])\d{1,2}[时点](?:\d{1,2}分)?(?=[^\d万亿元个人%]|$)"),
    # web and mail addresses, ISBN-like ids, document numbers (〔2023〕12号)
    re.compile(r"(?i)\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # a site path written without its host: "help/faq/1417", "statistics/notices/FAQ900.pdf"
    re.compile(r"(?<![\w/])[A-Za-z][\w.-]*(?:/[\w.-]+){2,}", re.ASCII),
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
    re.compile(r"\d{1,3}(?:周?岁)?(?:\s?[-~至到—–]\s?\d{1,3})\s?周?岁(?:及以上|以上|以下|及以下|之间)?"),
    re.compile(r"\d{1,3}(?:周)?岁(?:及以上|以上|以下|及以下|以内|之前|之后|前|后)|(?<![\d.,])\d{1,3}\s?周岁"),
    re.compile(
        r"(?i)\b(?:aged?|ages)\s+(?:from\s+|between\s+)?\d{1,3}(?:\s*(?:-|–|to|and)\s*(?:over|older|above|under|\d{1,3}))?"
        r"(?:\s+years?(?:\s+old)?)?(?:\s+and\s+(?:over|older|above|under))?"
        r"|(?<=(?:force|ation|eople|rsons|rkers) )\d{1,2}\s?[-–]\s?\d{2}\s+years\b"  # "Labour force 16–74 years"
    ),
    # grades and magnitudes that define a category: 5.0级以上地震, 6级及以上, 三级以上
    re.compile(r"(?<![\d.])\d{1,2}(?:\.\d)? ?级(?:及以上|以上|及以下|以下)"),
    # rate bases: 每10万人, 每千人口, 就业人员10万人生产安全事故死亡人数, 万车死亡人数
    re.compile(r"每\s?[\d一二两三四五六七八九十百千万]+(?:\.\d+)?[万千百]?(?:人口|人|户|辆|车|吨|平方公里|公里|元)"),
    re.compile(
        r"(?<![\d.,])\d+(?:\.\d+)?[万千百]?(?:人|辆|车|吨|户)"
        r"(?=[\u4e00-\u9fff]{2,14}(?:死亡人数|死亡率|发病率|发生率|拥有量|床位数|人数)\s?(?:为|达)?\d)"
    ),
    # fiscal and school years: FY2022/23, 2022-23, 2022/23 (periods, not values)
    re.compile(r"(?i)\bFY\s?\d{2,4}(?:[/-]\d{2,4})?\b|(?<![\d.,/-])(?:19|20)\d\d[/-]\d{2}(?![\d%-]|[.,]\d)"),
    # index bases and definitions of a category: 以女性为100, 以上年为100, 2015=100
    re.compile(r"以[^，,。；;]{1,12}为(?:100|1)(?![\d.])"),
    re.compile(r"(?<=\d[∶:])\s?1(?![\d.,])"),  # the base of a ratio: 城乡收入比为2.39∶1
    re.compile(r"(?<!\d)(?:(?:19|20)\d\d(?:\s?[-–]\s?\d{2,4})?年?|[上本去同][\u4e00-\u9fff]{0,5})\s?[=＝]\s?100\b"),
    re.compile(r"\b[A-Z]{2,}-\d{2,}-\d{2,}\b"),  # release numbers: USDL-25-0459
    re.compile(r"(?<![\d.,/])\d{1,3}/(?:19|20)\d\d\b(?![/\d])"),  # euro indicators 17/2018
    re.compile(r"(?i)\b(?:ISBN|ISSN|DOI|No\.|(?-i:No)(?= \d)|n\s?[°º])[:\s]*[\dX][\dX./-]*|№\s?\d+"),  # "n° 111"
    # dates written with digits only: 31.01.2018, 01/31/2018, 2018/01/31
    re.compile(r"(?<![\d.,])\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b|(?<![\d.,])(?:19|20)\d\d[./]\d{1,2}[./]\d{1,2}\b"),
    # scope: 31个省（区、市）, 全国31个省份, 70个大中城市中, 在监测的339个地级及以上城市中
    re.compile(r"(?:(?<=全国)|(?<=我国)|(?<=大陆))\d+个省(?:份|区市)?(?:（区、市）|\(区、市\)|、自治区、直辖市)?"),
    re.compile(r"\d+个省(?:份|区市)?(?:（区、市）|\(区、市\)|、自治区、直辖市)"),
    re.compile(
        r"(?<![\d.])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+)(?:个|种|类|项|家)[\u4e00-\u9fff（）()、Ⅰ-Ⅻ~]{1,24}中(?=[,，：:]|有|$)"
    ),
    # a paragraph that is only a year or a page number ("2024 [1]" under a title, "12")
    re.compile(r"^\s*\d{1,4}\s*(?:[\[【〔]\s*\d{1,3}\s*[\]】〕])?\s*$"),
    # records and windows: 创近9年新高, 近3年来, 十年来
    re.compile(r"近 ?\d{1,2} ?年(?=同期|新高|新低|最高|最低|来|以来|内|间)"),
    re.compile(r"(?<![\d.,])\d{1,2} ?年(?:来|以来)"),
    # durations that define a category or a window: "the prior 6 months", "27 weeks or more", "40 hours and over"
    re.compile(
        r"(?i)\b(?:prior|past|previous|preceding|last|next|first|coming|following|latest|recent)\s+"
        r"\d{1,3}\s+(?:days?|weeks?|months?|quarters?|years?)\b|\b(?:for|within|during the|in the|over the)\s+"
        r"(?:(?:over|more than|less than|at least|up to|under|nearly|almost|about|around)\s+)?"
        r"\d{1,3}\s+(?:days?|weeks?|months?|years?)\b"
    ),
    re.compile(
        r"(?i)\b\d{1,3}\s+(?:days?|weeks?|months?|quarters?|years?)\s+"
        r"(?:or more|or longer|or less|preceding|ending|to|ago|earlier|before|later|previously|after the end|"
        r"moving|rolling|running)\b"  # a window an average runs over: "3 months moving average"
        r"|\b\d{1,3}\s+hours?\s+(?:or|and)\s+(?:more|over|above|less|fewer)\b|\b\d{1,3}-(?:day|week|month|"
        r"quarter|year)s?\b|\bwork(?:ed|ing|s)?\s+(?:less|more|fewer)\s+than\s+\d{1,3}\s+hours?\b"
        r"|\b(?:per|a|each)\s+(?:pack|packet|box|carton|bottle|case|tin|can|bag)\s+of\s+\d{1,3}\b"  # "per pack of 20"
    ),
)

# Furniture written with Latin letters (English releases), read only where a paragraph has some.
#: The size of a set ranked by size that is no round cut-off: "in 266 of the 322 largest U.S. counties"
#: counts the counties above a size threshold (a measured count, a statistic); "the 20 largest economies"
#: and "the top 10" are cut-offs the writer chose (round), and "of the 16 industries" a classification.
_MEASURED_SET = r"(?=\d{2,3}\s)\d*[1-46-9]\s+(?:[a-z]+est|most|least)\b"
# the length of a clip or a recording: "a 38-second quote", "a 5-minute video" (no statistic)
_CLIP = r"(?:quote|clip|video|audio|recording|soundbite|excerpt|podcast|interview|trailer)s?\b"
_LATIN: tuple[re.Pattern[str] | tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    _SIZE_CLASS,
    WEIGHT_CLASS,  # "heifers 500 pounds and over"
    COVERAGE_CLASS,  # "hotels with at least 40 beds"
    DURATION_CLASS,  # "registration periods of 7 to 11 months"
    RANKING_CUT,  # "the top five occupations"
    *ITEM_DEFINITIONS,  # "the price of a 25kg bag", "a food basket representing 2 100 calories"
    # a catalogue number opening a title: "6202.0 - Labour Force, Australia"
    re.compile(r"^\s*\d{3,5}\.\d{1,3}\s+[-–—]\s+(?=[A-Z])"),
    # document numbers after an acronym: "BEA 23-33", "STAT/12/144", "MEMO/12/5"; catalogue, series and
    # release numbers; file names
    re.compile(r"\b[A-Z]{2,6}[ /-]\d{1,4}(?:[-–—/]\d{1,5})+\b"),
    GLUED_MARK,  # footnote marks flattened from superscripts: "production1 grew", "by 2.4%1,"
    YEAR_MARK,  # a year with a mark glued on: "in the first quarter 20141."
    *NUMBERED_IDS,  # "Catalogue No. 71-001", "Press release: 12.113-179/19", "Trade Partners 04-11"
    re.compile(r"(?i)(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{1,80}\.(?:xlsx?|csv|pdf|docx?|zip|xml|json|ods|txt|html?)\b"),
    # the denominator of "8 in 10 workers", "1 out of 5": the share is the first number
    re.compile(r"(?i)(?<=\d in )\d{1,3}(?![\d.,])|(?<=\d out of )\d{1,3}(?![\d.,])"),
    # ranges of mixed fractions, as the Federal Reserve writes a target range: "5-1/4 to 5-1/2 percent"
    re.compile(r"(?<![\d.,])\d{1,2}-\d/\d{1,2}\s*(?:to|-)\s*\d{1,2}-\d/\d{1,2}(?![\d/])"),
    # release codes: CB23-113; margins of error (±0.5 percent) and confidence levels ("90 percent confidence")
    re.compile(r"\b[A-Z]{1,5}\d{1,4}(?:-\d{1,5})+\b"),
    (
        re.compile(r"(?i)\b\d{2}(?:\.\d)?\s?(?:%|percent|per cent)\s+(?:confidence|credible|prediction)\b"),
        ("confidence", "credible", "prediction"),
    ),
    # footnote markers in parentheses: "(1) Includes ...", "employment(2)"
    re.compile(r"^\s*\(\d{1,2}\)(?=\s)|(?<=[A-Za-z%])\(\d{1,2}\)"),
    re.compile(r"(?i)(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b"),
    # a day of a month written without its year: "released on July 18", "on 4 August"
    re.compile(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.,]?\d)"
    ),
    re.compile(
        r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)\b"
    ),
    # decades and age groups: the 1990s, under 25s, over-65s
    re.compile(r"(?<![\d.,])\d{2,4}'?s\b"),
    (
        re.compile(r"(?i)\((?:aged\s+)?(?:under|over|below|above)\s+\d{1,2}s?\)"),
        ("(under", "(over", "(aged", "(below", "(above"),
    ),  # "young persons (under 25)"
    (
        re.compile(r"(?i)\b\d{1,2}\+(?=\s(?:population|age|years|year-olds|people|adults|workers|group|cohort)\b)"),
        ("+",),
    ),
    (re.compile(r"(?i)\b\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?\s+years?\s+(?:of\s+age|old)\b"), ("of age", "old")),
    (
        re.compile(
            r"(?i)\b(?:children|people|persons|adults|those|individuals|pupils|young people|women|men)\s+(?:aged\s+)?"
            r"(?:under|over|below|above)\s+\d{1,2}\b(?![\d.,%])|\bunder-\d{1,2}s?\b"
            r"|\b(?:under|over|below|above)\s+the\s+age\s+of\s+\d{1,3}\b(?![\d%]|[.,]\d)"  # "below the age of 18"
        ),
        ("under", "over", "below", "above"),
    ),
    # categories defined by a count: "households of 3 or more people", "firms with 10 or fewer employees"
    (
        re.compile(
            r"(?i)(?:(?<=\bof )|(?<=\bwith )|(?<=\bhaving )|(?<=\bemploying ))"
            r"\d{1,3}(?:,\d{3})?\s+or\s+(?:more|fewer|less|over)\s+(?=[a-z])"
        ),
        ("or more", "or fewer", "or less", "or over"),
    ),
    # a release-date line: "Release Date : Friday 15, August 2014 1201" (a date and a clock time)
    (
        re.compile(
            r"(?i)^\s*(?:release date|date of release|released on|for release|embargoed until|publication date|"
            r"date published|issued on|published (?:at|on)|posted (?:at|on)|last updated|updated (?:at|on))"
            r"\b[^%\n]{0,80}$"
        ),  # "Published at: 2017 он 05 сар 11. 12 цаг 35 минут": a page's stamp above each news item
        ("release", "published", "publication", "issued", "posted", "updated"),
    ),
    # a half or a quarter named before its year: "(1H 2013: 4.4 per cent)", "2Q 2014"
    (re.compile(r"\b(?:[12]H|[1-4]Q)(?=\s?(?:19|20)\d\d\b)"), ("h", "q")),
    # a product's specification, no statistic: file sizes (PDF 243 KB), a fuel's grade ("91 octane petrol")
    (re.compile(r"\b\d+(?:\.\d+)?\s?(?:KB|kB|MB|GB)\b|(?i:\b\d{2,3}[- ]octane)\b"), ("kb", "mb", "gb", "octane")),
    (
        re.compile(
            r"(?i)\b\d{1,3}-?\s*(?:-|–|to)\s*\d{1,3}[- ]years?[- ]olds?\b"
            r"|\b\d{1,3}\s+years?\s+(?:and|&)\s+(?:over|older)\b"
        ),
        ("year", "years"),
    ),
    # the quantity a price is of: "Average price for 1 kilogram of cashmere was 100.0 thousand togrogs"
    (
        re.compile(
            r"(?i)\b(?:price|cost)s?\s+(?:of|for|per)\s+(?P<t>1)\s+(?:kilo(?:gram)?s?|kg|litres?|liters?|tonnes?|tons?|"
            r"units?|heads?|pieces?|metres?|meters?)\b"
        ),
        ("price", "cost"),
    ),
    # rate bases in English: "3.9 deaths per 1,000 live births", "per 100,000 population"
    (re.compile(r"(?i)\bper\s+\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million))?(?![\d%])"), ("per ",)),
    # a group defined by a share: "the 10% most deprived areas", "the top 1 percent"
    (
        re.compile(
            r"(?i)\bthe\s+(?:(?:top|bottom)\s+\d{1,2}(?:\.\d)?\s?(?:%|per ?cent)|"
            r"\d{1,2}(?:\.\d)?\s?(?:%|per ?cent)\s+(?:most|least|richest|poorest|highest|lowest|best|worst)\b)"
        ),
        ("top", "bottom", "most", "least", "richest", "poorest", "highest", "lowest", "best", "worst"),
    ),
    # groups named by their size or rank: "the top 10 exporters", "the 20 largest economies"
    (
        re.compile(
            r"(?i)\b(?:top|bottom)\s+\d{1,3}\b(?![\d.,%])|\bthe\s+(?!"
            + _MEASURED_SET
            + r")\d{1,3}\s+(?:largest|biggest|smallest|richest|"
            r"poorest|most|least|highest|lowest|leading|main|major)\b"
        ),
        (
            "top",
            "bottom",
            "largest",
            "biggest",
            "smallest",
            "richest",
            "poorest",
            "most",
            "least",
            "highest",
            "lowest",
            "leading",
            "main",
            "major",
        ),
    ),
    # a window of time: "after 3 months of decline", "2 consecutive quarters of growth"
    (re.compile(r"(?i)\b\d{1,3}\s+(?:consecutive\s+)?(?:days|weeks|months|quarters|years)\s+of\b"), (" of",)),
    # the size of the set a share is taken of: "twenty-one of the 28 sectors", "half of the 50 states"
    (
        re.compile(r"(?i)\b(?:of|among|across) the (?!" + _MEASURED_SET + r")\d{1,3}(?![\d.,%])(?= [a-z])"),
        ("of the", "among the", "across the"),
    ),
    # the size of a whole set: "falls in all 13 sub-sectors", "in all 27 Member States"
    (re.compile(r"(?i)(?<=\ball )\d{1,3}(?![\d.,%])(?= (?:[A-Za-z-]+ )?[A-Za-z-]+s\b)"), ("all ",)),
    # a survey's design, not a finding: "a monthly sample survey of about 60,000 eligible households"
    (
        re.compile(
            r"(?i)\b(?:survey|sample|panel)(?:\s+size)?\s+(?:of|covering)\s+(?:(?:about|approximately|around|roughly|some|"
            r"nearly|almost|over|more than)\s+)?\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million))?(?=\s+(?:[a-z-]+\s+){0,2}"
            r"(?:households|businesses|establishments|firms|respondents|persons|people|individuals|enterprises|"
            r"addresses|dwellings|worksites|companies|employers|farms|outlets|stores|schools)\b)"
        ),
        ("survey", "sample", "panel"),
    ),
    # the depth of a classification: "at Sectoral, 2-digit level of NIC-2008"
    (re.compile(r"(?i)\b\d{1,2}-digit\b"), ("digit",)),
    (
        re.compile(r"(?i)\b\d+(?:\.\d+)?[- ](?:second|minute)s?[- ](?:(?:audio|video|sound)[- ])?" + _CLIP),
        ("second", "minute"),
    ),
)

_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_PATTERNS = tuple(p if isinstance(p, re.Pattern) else p[0] for p in _LATIN)  # for the prefilter


def _gate_open(entry: re.Pattern[str] | tuple[re.Pattern[str], tuple[str, ...]], lowered: str) -> bool:
    return isinstance(entry, re.Pattern) or any(word in lowered for word in entry[1])


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

# A section number at the head of a paragraph: "1. Main points", "2.3 Prices", "（一）", "一、"
_SECTION = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.\s+(?=[A-Z\u4e00-\u9fff])|\d{1,2}\.\d{1,2}\s+(?=[A-Z])|\d{1,2}[、.](?=[\u4e00-\u9fff]))"
)


#: A telephone or fax number after its label: the line holding it is the issuer's address.
_CONTACT = re.compile(r"(?i)\b(?:phone|tel|telephone|fax)\.?\s?:\s?\+?\(?\d")


def noise_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Where `text` (folded: its same-length fold) holds numbers that are not statistics."""
    if _LONE_NUMBER.match(folded):  # "2,100" alone on its line: a chart's axis tick or a page number
        return [(0, len(text))]
    dates = [(m.start(), m.end()) for m in _CN_DATE.finditer(folded)] if "月" in folded or "年" in folded else []
    if _CJK_CHAR.search(folded):  # 五升三降, 连续十年: furniture in Chinese numerals
        dates += [m.span() for pattern in CJK_WORD_FURNITURE for m in pattern.finditer(folded)]
    if not _DIGIT.search(folded):  # word numbers only: superscripts, dates, "with five units or more"
        spans = [(m.start(), m.end()) for m in _SIZE_CLASS[0].finditer(folded)] if " or " in folded else []
        return [(m.start(), m.end()) for m in _SUPERSCRIPT.finditer(text)] + dates + spans
    patterns = list(scans(_ALWAYS)) + (list(scans(_CJK)) if _CJK_CHAR.search(folded) else [])  # prefiltered
    if _LATIN_LETTER.search(folded):
        lowered = folded.lower()  # a pattern led by a word runs only where its words are
        patterns += [scan for p, scan in zip(_LATIN, scans(_LATIN_PATTERNS)) if _gate_open(p, lowered)]
    spans = [m.span("t" if "t" in m.re.groupindex else 0) for p in patterns for m in p.finditer(folded)] + dates
    spans.extend((m.start(), m.end()) for m in _SUPERSCRIPT.finditer(text))
    spans.extend(axis_ticks(folded))
    if len(text) < 200 and _CONTACT.search(folded) and "%" not in folded:
        spans.append((0, len(text)))  # "10000 ZAGREB, ILICA 3, PHONE: +385 …, P.O.B. 80": an address line
    section = _SECTION.match(folded)
    if section and len(text) < 120 and not re.search(r"\d[\d,.]*\s*(?:%|percent)", text[section.end() :]):
        spans.append((section.start(), section.end()))
    return spans


def is_furniture(text: str, start: int, end: int) -> bool:
    """A date or number that is the whole paragraph, or one with a label ("Release date: …")."""
    if _CLOCK_AFTER.match(text, end):
        return True  # "2019-05-20 14:03:13": a date-time stamp is when a page was posted
    rest = text[:start] + "\n" + text[end:]
    folded = rest.replace("−", "-")  # a release number beside the date ("89/2023 - 31 July 2023") is furniture too
    for a, b in sorted(noise_spans(rest, folded), reverse=True):
        rest = rest[:a] + rest[b:]
    rest = rest.replace("\n", "").strip(" \t:：,，.。()（）-–—")
    return len(rest) <= 24 and not re.search(r"\d", rest)


_CLOCK_AFTER = re.compile(r"\s{1,3}\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_RELEASE = re.compile(
    r"(?i)\b(?:released?|publish(?:ed)?|scheduled|next release|embargo(?:ed)?|updated"
    r"|(?:press|news|media|monthly|quarterly) (?:briefing|conference))\b|发布|印发|公布于|更新于|发稿"
)


def is_release_date(sentence: str) -> bool:
    """A date in a sentence about publishing the document, or the briefing that presented it ("said this
    during the monthly briefing on March 26th 2015"), is not a fact the document states."""
    return bool(_RELEASE.search(sentence))
