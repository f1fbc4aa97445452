"""Periods and dates written in running text: 2022年, 2022年1-11月份, 12月17日, 到2026年, Q3 2022.

A draft's `period` uses the canonical forms (`2022`, `2022-11`, `2022-Q3`, `2022-H1`,
`2022-01/2022-11`, `2022-08-26`). A month or a date written without its year (1-11月, 12月17日)
takes the document's year, the year the document mentions most often outside targets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from factcheck.extract.bases import is_base, of_compared_number, relative_period
from factcheck.extract.clauseperiods import (
    another_figures,
    aside_closed,
    clause_period,
    cn_earlier,
    left_from,
    sentence_periods,
)
from factcheck.extract.clauses import Span, between_commas
from factcheck.extract.namedmonths import (
    AXIS_YEAR,
    day_right_after,
    first_point_between,
    level_left,
    months_before,
    named_figure_period,
    one_of_two_levels,
    period_right_after,
    previous_period,
    same_part_of_year,
    short_year,
)
from factcheck.extract.periodforms import canonical_period, month_number
from factcheck.extract.prefilter import scans
from factcheck.extract.reference import Reference
from factcheck.extract.topicperiods import (
    english_topic,
    listed_period,
    paragraph_topic,
    pronoun_topic,
    sentence_topic,
    unglossed,
)

_Y = r"(?P<y>(?:19|20)\d\d)"
#: A word glued to a year by a copy that lost the space: "The most notable change in October 2019was".
_GLUED_WORD = r"(?=(?:was|were|is|are|saw|and)\b)"
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

# Order matters: the longest forms first; a span once matched is not matched again.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(rf"{_Y} ?年 ?(?P<m>\d{{1,2}}) ?月 ?(?P<d>\d{{1,2}}) ?[日号]")),
    ("date", re.compile(r"(?<![\d年])(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?[日号]")),
    ("range", re.compile(rf"(?:{_Y} ?年 ?)?(?P<m>\d{{1,2}}) ?月? ?[-~至到—–] ?(?P<m2>\d{{1,2}}) ?月(?:份)?")),
    ("range", re.compile(rf"(?<![\d.]){_Y} ?[-—–~至到] ?(?P<y2>(?:19|20)\d\d) ?年(?:度|间)?")),
    ("range", re.compile(rf"(?:{_Y} ?年 ?)?前(?P<q>[一二三四1-4]) ?季度")),
    # 今年首八个月 (Jan-Aug); 至今年8月为止的十二个月 (the twelve months to August): Macao and Hong Kong
    # 2019年前5个月, 前两个月: the first months of a year, as 首 writes them (not 提前3个月, ahead of time)
    (
        "range",
        re.compile(
            rf"(?:{_Y} ?年|今年|本年)?(?:首|(?<![提之以超])前)"
            rf"(?P<cn>[一二两三四五六七八九十]{{1,3}}|\d{{1,2}}) ?个月"
        ),
    ),
    ("range", re.compile(rf"至(?:{_Y} ?年|今年|本年)?(?P<m>\d{{1,2}}) ?月底?为止的?(?P<ye>十二|12) ?个月")),
    ("quarter", re.compile(rf"(?:{_Y} ?年 ?)?第?(?P<q>[一二三四1-4]) ?季度")),
    ("half", re.compile(rf"(?:{_Y} ?年 ?)?(?P<h>上|下)半年")),
    ("month", re.compile(rf"{_Y} ?年 ?(?P<m>\d{{1,2}}) ?月(?:份|底|末|初|上旬|中旬|下旬)?")),
    ("month", re.compile(r"(?<!\d)(?:(?<=今年)|(?<=本年)|(?<!年))(?P<m>\d{1,2}) ?月(?:份|底|末|初|上旬|中旬|下旬)")),
    ("year", re.compile(rf"{_Y} ?年(?:度)?")),
    ("date", re.compile(rf"(?i)\b(?P<mn>{_MONTH_NAME})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}\b")),
    # not the decimals of a figure before it: "September 2014 - 225.9 October 2014" has no 9 October;
    # a comma may follow the month ("ZAGREB, 12 OCTOBER, 2009")
    ("date", re.compile(rf"(?i)(?<!\d[.,])\b(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH_NAME}),?\s+{_Y}\b")),
    ("date", re.compile(rf"(?<![\d.-]){_Y}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d.])")),
    (
        "range",
        re.compile(
            rf"(?i)\b(?:(?P<between>between)\s+)?(?P<mn>{_MONTH_NAME})\s*(?:-|–|to|through|and)\s*(?P<mn2>{_MONTH_NAME})\s+{_Y}\b"
        ),
    ),
    (  # "Over the year June 2022 to May 2023": a year named by its first and last months ("From December
        # 2010 to December 2011", "March 2014 - October 2014" are changes between two months)
        "range",
        re.compile(
            rf"(?i)(?<=\byear )(?P<mn>{_MONTH_NAME})\s+{_Y}\s*(?:-|–|to|through)\s*(?P<mn2>{_MONTH_NAME})\s+"
            r"(?P<y2m>(?:19|20)\d\d)\b"
        ),
    ),
    ("quarter", re.compile(rf"(?i)\b(?:Q|quarter\s+)(?P<q>[1-4])[,:]?(?:\s*\([A-Za-z .]{{3,20}}\))?\s+{_Y}\b")),
    ("quarter", re.compile(rf"(?i)\b(?:{_Y}\s*-?\s*Q|quarter\s+)(?P<q2>[1-4])\b(?![.,:]?\d)")),  # 2023Q3, quarter 2
    (
        "quarter",
        re.compile(rf"(?i)(?<![\d.,])(?P<q>[1-4])Q\s?{_Y}\b"),
    ),  # "2Q 2024", "3Q2019": the quarter, then its year
    # "June quarter 2017", "March Quarter, 2021": the quarter named by its last month, then its year
    ("quarter", re.compile(rf"(?i)\b(?P<mn>March|June|September|December)\s+quarter,?\s+(?:of\s+)?{_Y}\b")),
    ("quarter", re.compile(rf"(?i)\b(?P<mn>March|June|September|December)\s+(?:{_Y}\s+)?quarter\b")),  # NZ, AU
    ("range", re.compile(rf"(?i)\bfirst\s+(?P<en>\d{{1,2}}|[a-z]{{3,6}})\s+months\s+of\s+(?:the\s+year\s+)?{_Y}\b")),
    ("range", re.compile(rf"(?i)\byears?\s+(?P<ye>ended|ending)\s+(?:in\s+)?(?P<mn>{_MONTH_NAME})\s+{_Y}\b")),
    (
        "quarter",
        re.compile(
            rf"(?i)\b(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th|I{{1,3}}|IV)\s+quarter,?\s+(?:of\s+(?:the\s+(?:year\s+)?)?)?{_Y}\b"
        ),
    ),
    # "In the second quarter, real GDP increased 4.2 percent": a quarter without its year is the reference year's
    ("quarter", re.compile(r"(?i)\b(?P<qw>first|second|third|fourth)\s+quarter\b(?![- ]on[- ])(?!\s+(?:of\s+)?\d)")),
    ("half", re.compile(rf"(?i)\b(?P<hw>first|second)\s+half(?:[- ]year)?\s+(?:of\s+)?{_Y}\b")),  # "half-year of"
    # "July-June (2019-20)": a fiscal year's months, from the first year into the next
    (
        "range",
        re.compile(
            rf"(?i)\b(?P<mn>{_MONTH_NAME})\s*(?:-|–|to|through)\s*(?P<mn2>{_MONTH_NAME})\s*\(?\s*{_Y}\s?[-–/]\s?"
            rf"(?P<y2s>\d\d)\b(?![-–./]?\d)\)?"
        ),
    ),
    # "the September 2010-11 period": September 2011 against September 2010, a change of September 2011
    ("month", re.compile(rf"(?i)\b(?P<mn>{_MONTH_NAME})\s+{_Y}\s?[-–]\s?(?P<later>\d\d)\b(?![-–./]?\d)")),
    ("month", re.compile(rf"(?i)\b(?P<mn>{_MONTH_NAME}),?\s+{_Y}(?:\b|{_GLUED_WORD})")),  # "the end of October, 2010"
    ("month", re.compile(rf"(?i)\b(?P<mn>{_MONTH_NAME})\s+of\s+{_Y}\b")),  # "in January of 2004"
    ("range", re.compile(rf"(?i)\b(?P<mn>{_MONTH_NAME})\s+and\s+(?P<mn2>{_MONTH_NAME})\s+(?:{_Y}\s+)?combined\b")),
    (
        "year",
        re.compile(
            rf"(?i)(?:(?<=\bin )|(?<=\bby )|(?<=\bsince )|(?<=\bof )|(?<=\bfor )|(?<=\bfrom )|"
            rf"(?<=\bto )|(?<=\buntil )|(?<=\bduring )|(?<=\byear )|(?<=\bfiscal )|"
            rf"(?<=\bend-)|(?<=\bmid-)|(?<=\bearly )|(?<=\blate )|(?<=\bmid )|(?<=\bthrough )|(?<=\bbefore )|"
            rf"(?<=\bafter ))\b{_Y}\b(?![\d%.,]\d|\s*(?:%|percent|per cent)|[-–/]\d\d\b)"  # not 2019-20: two years
        ),
    ),
)
_PATTERNS += (
    (
        "month",
        re.compile(
            r"(?:(?<=\bin )|(?<=\bfor )|(?<=\bof )|(?<=\bsince )|(?<=\bduring )|(?<=\bthrough )|(?<=\buntil )|"
            r"(?<=\bfrom )|(?<=\bto )|(?<=\band )|(?<=\bbetween )|(?<=\bwith )|(?<=\bthan )|(?<=\bending )|"
            r"(?<=\bended ))"
            r"(?P<mn>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
            r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"  # "in Jan.": a month abbreviated
            r"(?![ ,]*\d)"
        ),
    ),
)
_PATTERNS += (("month", re.compile(rf"(?i)\b(?P<mn>{_MONTH_NAME}){AXIS_YEAR}")),)  # Jun-19 (chart axes)
# "the preliminary details of the 2021 census": the year whose census or survey the document gives results of
_RESULTS_OF = "|".join(
    f"(?<={w} the )" for w in ("results of", "results for", "results from", "details of", "data of", "findings of")
)
_CENSUS_YEAR = re.compile(rf"(?i)(?:{_RESULTS_OF}){_Y}(?=\s+(?:[a-z]+\s+){{0,4}}?(?:census|survey)\b)")
_PATTERNS += (("year", _CENSUS_YEAR),)
# "up from 138 in the 2008.": a year after "in the" or "from the" that ends its phrase (not "the 2030 Agenda")
_PATTERNS += (("year", re.compile(rf"(?i)(?:(?<=\bin the )|(?<=\bfrom the )|(?<=\bsince the )){_Y}(?=\s*[.,;)])")),)
# A change in the sentence before "between June and September 2022": a change from June to September.
_CHANGED_BEFORE = re.compile(
    r"(?i)\b(?:increas|decreas|rose|rise|rising|fell|fall|grew|grow|gain|declin|drop|climb|chang|"
    r"(?:quarter|year|month)-on-(?:quarter|year|month))\w*\b(?:[^.;]|\.\d)*$"
)
# A change from one level to another after it in its sentence: "between February and March 2015 … decreased by
# 4.7 percent from K4.44 to K4.23" names two points, not a span (the first is the level left, see namedmonths).
_TWO_LEVELS_AFTER = re.compile(
    r"(?i)(?:[^.;]|\.\d)*?\bfrom\s+\S{0,3}?\d[\d.,]*\s*(?:%|percent|per cent)?\s+to\s+\S{0,3}?\d"
)
_TARGET_BEFORE = re.compile(r"(?:到|至|力争到|争取到|目标到)$|(?i:\bby\s+(?:the\s+end\s+of\s+)?)$")


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    text: str
    period: str  # canonical (see docs/claim-format.md); "" when the year is unknown
    type: str  # date, range, quarter, half, month, year
    year: int | None
    target: bool = False  # written as a deadline: 到2026年, by 2026
    day: str = ""  # for a date: the day of the month as written ("26")


def find_periods(text: str, folded: str, year: int | None, month: int | None = None) -> list[PeriodMention]:
    """Every period or date in `folded` (a same-length fold of `text`), left to right; a month
    written without its year takes `year`, or the year before when it comes after `month` (the
    reference month: "in December" in a January release)."""
    starts: list[int] = []  # the spans taken so far, disjoint, sorted: an overlap test is one bisect
    ends: list[int] = []  # (a scan of every span taken was quadratic over a whole document)
    found: list[PeriodMention] = []
    for type_, pattern in scans(_PATTERNS):  # the same matches as _PATTERNS, found faster
        for match in pattern.finditer(folded):
            at = bisect_left(starts, match.end())  # spans before `at` start before the match ends
            if at and ends[at - 1] > match.start():
                continue
            mention = _build(type_, match, text, folded, year, month)
            if mention is not None:
                starts.insert(at, match.start())
                ends.insert(at, match.end())
                found.append(mention)
    return unglossed(folded, sorted(found, key=lambda mention: mention.start))  # "2015 (January to December)"


def _build(
    type_: str, match: re.Match[str], text: str, folded: str, doc_year: int | None, doc_month: int | None
) -> PeriodMention | None:
    groups = match.groupdict()
    year = int(groups["y"]) if groups.get("y") else doc_year
    year = short_year(groups.get("yy")) or year  # Jun-19: 2019
    if groups.get("later"):  # "September 2010-11": the later year, which must follow the first
        later = year // 100 * 100 + int(groups["later"])
        if later != year + 1:
            return None
        year = later
    written = month_number(groups.get("m"), groups.get("mn"))
    if type_ == "quarter" and groups.get("qw") and not groups.get("y"):  # its first month, for the test below
        written = 3 * ["first", "second", "third", "fourth"].index(groups["qw"].lower()) + 1
    if not groups.get("y") and not groups.get("yy") and year and doc_month and written and written > doc_month:
        year -= 1
    target = bool(_TARGET_BEFORE.search(folded[max(0, match.start() - 20) : match.start()]))
    canonical = canonical_period(type_, groups, year)
    if canonical is None:
        return None
    if groups.get("between") and (
        _CHANGED_BEFORE.search(folded, max(0, match.start() - 120), match.start())
        or _TWO_LEVELS_AFTER.match(folded, match.end())
    ):
        canonical, type_ = canonical[-7:], "month"  # "rose 2% between June and September 2022": September's change
    day = text[match.start("d") : match.end("d")] if groups.get("d") else ""
    return PeriodMention(
        match.start(), match.end(), text[match.start() : match.end()], canonical, type_, year, target, day
    )


# "4.3% a year earlier" is then; "0.6 points higher than a year earlier", "4 percent above a year
# earlier" (changes) are now.
_EARLIER = re.compile(
    r"(?:(?!\b(?:than|compared|from|on|over|above|below)\b)[^,;])*?"
    r"\b(?:a year earlier|a year ago|last year|the previous year|the year before)\b",
    re.IGNORECASE,
)
_EARLIER_HEAD = re.compile(r"(?i)\W*(?:a year earlier|a year ago|last year|in the previous year|the year before)\b")
_EARLIER_ASIDE = re.compile(r"(?i)\b(?:a year earlier|a year ago|the previous year|the year before)\s*\($")
# "rising 5.1% … and up from a 4.8% gain in December 2021": December is the period of 4.8%.
# "… by 35.09% to N886.7 billion from N656.4 billion in 2016": 2016 is the period of the amount left.
# "from an index of 129.29 in January", "compared to a surplus of $48.1 billion in the first quarter".
_OTHER_FIGURE = re.compile(
    r"(?i)\b(?:from|than|after|compared (?:with|to)|(?:as\s+)?against|versus|vs\.?)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:(?:[a-z][a-z-]*\s+){1,3}?of\s+(?=\d|[$€£¥₦₹]\s?\d|(?-i:[A-Z]{1,3})\$?\s?\d))?"
    r"(?:\d[\d.,]*\s*(?:%|percent|per cent)|[$€£¥₦₹]\s?\d|(?-i:(?![QH]\d)[A-Z]{1,3}\$?)\s?\d"
    r"|\d[\d,]*(?:\.\d+)?\s*(?:trillion|billion|million|thousand|bn|mn)\b"
    r"|(?!(?:19|20)\d\d\b)\d)"  # "compared to 99,03 units in December 2017", not "compared with 2017"
)
_MARKER = re.compile(r"(?i)\((?:revised|r|p|provisional|preliminary|e|est\.?)\)")
# the amount in another currency, in brackets: "46.4 trillion tenge (about $102.5 billion) from January through
# December 2023" (no period inside, so the period after it is still the figure's own)
_CONVERTED = re.compile(
    r"(?i)\(\s?(?:about|around|approximately|some|nearly|almost|or)?\s?(?:us\$|\$|€|£|[a-z]{3}\s?)?"
    r"\d[\d,]*(?:\.\d+)?\s?(?:thousand|million|billion|trillion|bn|mn)?\s?\)"
)
_SAME_MONTH = re.compile(r"(?i)\bsame\s+month\s+(?:of|in)\s+(?:the\s+year\s+)?$")
# a period's figure in brackets: "compared with September 2018 (€186.5 bn)", "than Q3 2017 value (N285.3 bn)"
_BRACKET_AFTER = re.compile(
    r"(?:,?\s(?i:figure|value|level|total|amount))?\s?\(\s?[+-]?(?:[€$£¥₦₹]|(?![QH]\d)[A-Z]{1,3}\$?)?\s?"
)
_WINDOW = re.compile(r"(?i)\b(?:over|in|during|for)\s+the\s+(?:prior|previous|preceding)\s+(\d{1,2})\s+months\b")
_THAN = re.compile(r"(?i)\b(?:than|compared\s+(?:with|to))\s*$")


def period_for(
    folded: str,
    periods: list[PeriodMention],
    sentence: tuple[int, int],
    clause: Span,
    value_start: int,
    reference: Reference | None,
    kind: str,
) -> str | None:
    """The period of a number, nearest first: written before it in its clause; a window of prior
    months around it ("over the prior 6 months"); after it in its clause (English writes "… $2.4
    billion in 2023"); before it in its sentence, or opening the sentence (12月份，…；…); "a year
    earlier"; else the document's period (none for a target). Comparison bases ("below its
    February 2020 level", 比2020年) are not the number's period."""
    year, month = (reference.year, reference.month) if reference else (None, None)
    periods = sentence_periods(folded, periods, reference and reference.period)  # "corresponding quarter of 2010"
    named = named_figure_period(folded, max(sentence[0], value_start - 80), value_start, year, month)
    if named:  # "the revised May rate of 1,399,000", "the June 2023 rate of 1,493,000": the figure's own month
        return named
    first_point = first_point_between(folded, periods, sentence, value_start)
    if first_point is not None:  # "Between February 2011 and February 2012, … from 9.7% to 10.7%"
        return first_point.period
    stock_day = reference is not None and reference.period.count("-") == 2  # stocks "as of March 1, 2031"
    on_day = day_right_after(folded, periods, value_start) if stock_day else None
    if on_day is not None:  # "… below the 5.3 million on March 1, 2030": that day's stock
        return on_day.period
    bracketed = next((p for p in periods if p.period and _BRACKET_AFTER.fullmatch(folded, p.end, value_start)), None)
    bracketed = bracketed or period_right_after(folded, periods, value_start)  # "from 13.2% in August"
    if bracketed is not None and bracketed.type == "year" and reference is not None and reference.month:
        if _SAME_MONTH.search(folded, max(0, bracketed.start - 30), bracketed.start):  # "during the same month of 2018"
            return f"{bracketed.period}-{reference.month:02d}"
    if (
        bracketed is not None
        and bracketed.type == "year"
        and reference is not None
        and one_of_two_levels(folded, value_start)
    ):
        if same := same_part_of_year(
            reference.period, bracketed.period
        ):  # a quarter's "from 148 thousand in 2018 to …"
            return same
    if bracketed is not None and bracketed.type != "date":  # "compared with September 2018 (€186.5 bn)"
        return bracketed.period
    if described := clause_period(
        folded, periods, sentence, value_start, reference and reference.period
    ):  # "since 2016, when it was 7.0%"
        return described
    own = [
        p
        for p in periods
        if p.type != "date"
        and p.period
        and not is_base(folded, p, value_start)
        and not left_from(folded, p.start, p.end, value_start)
    ]
    before = [
        p
        for p in own
        if sentence[0] <= p.start < value_start
        and not of_compared_number(folded, p)
        and not aside_closed(folded, p.start, p.end, value_start)
    ]
    in_clause = [p for p in before if p.start >= clause.start]
    segment_start, segment_end = between_commas(folded, clause, value_start)
    aside = folded.find("(", value_start, segment_end)  # "0.5% … (after +0.8% in the first quarter)"
    if aside >= 0 and (_MARKER.match(folded, aside) or _CONVERTED.match(folded, aside)):  # "(revised) in June"
        aside = folded.find("(", folded.find(")", aside), segment_end)
    if reference is not None and cn_earlier(folded, value_start):
        return reference.earlier()  # 由上年的10.3:37.4:52.3调整为…
    segment_end = segment_end if aside < 0 else aside
    window = _WINDOW.search(folded, segment_start, segment_end)
    if window and window.start() > value_start and _THAN.search(folded, max(0, window.start() - 16), window.start()):
        window = None  # "25.7% less than in the previous 12 months": the base, not the figure's months
    if window and reference is not None and reference.month:
        return months_before(reference.year, reference.month, int(window.group(1)))
    in_segment = [p for p in in_clause if p.start >= segment_start]
    if in_segment:
        return in_segment[-1].period
    if listed := listed_period(folded, own, value_start, sentence[1]):  # "7.9 percent, … respectively in 2015"
        return listed.period
    relative = relative_period(folded, value_start, segment_end)
    if relative and reference is not None:
        previous = previous_period(reference.period, relative.group(1).lower())
        if previous:
            return previous
    after = next(
        (
            p
            for p in own
            if value_start < p.start < segment_end
            and (not p.target or kind == "target")
            and not _OTHER_FIGURE.search(folded, value_start + 1, p.start)
            and not another_figures(folded, value_start, p.start, p.end)
        ),
        None,
    )
    if after is not None:
        return after.period
    taken = bool(in_clause) and re.search(r"\d", folded[in_clause[-1].end : value_start]) is not None
    if reference is not None and (taken or not in_clause) and _EARLIER.match(folded, value_start, clause.end):
        return reference.earlier()  # "in September 2019 reached USD14.92 billion, … from the USD16.13
        # billion … in the same month of the previous year": September 2019 is the first figure's
    if in_clause:
        return in_clause[-1].period
    if before:
        return before[-1].period
    opening = (
        sentence_topic(folded, own, sentence[0])
        or paragraph_topic(folded, own, sentence[0])
        or english_topic(folded, own, sentence[0], periods)
        or pronoun_topic(folded, own, sentence[0])
    )
    if opening is not None:
        return opening.period
    if reference is not None and (
        _EARLIER.match(folded, value_start, clause.end)
        or _EARLIER_HEAD.match(folded, sentence[0], value_start)
        or _EARLIER_ASIDE.search(folded[max(0, value_start - 30) : value_start])
    ):
        return reference.earlier()
    if kind == "target" or reference is None:
        return None
    if level_left(folded, value_start):  # "rose from 88% to 91%", no period named: the period before's 88%
        if re.fullmatch(r"\d{4}", reference.period):
            return reference.earlier()
        return previous_period(reference.period, "quarter" if "Q" in reference.period else "month") or reference.period
    return reference.period
