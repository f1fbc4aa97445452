"""Periods as Hong Kong and Taiwan releases write them: years in Chinese numerals (二零一五年,
二〇二三年), quarters without 度 (第四季, 2015年第4季, 第3、4季: the third and fourth, a
period of no one figure).

The mainland forms (2015年, 第四季度) are read by `timing`; these add to them. 季 after 第 and a
numeral is a quarter unless a word goes on (季节, 季调)."""

from __future__ import annotations

import re

from factcheck.extract.timing import PeriodMention

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_HAN_YEAR = r"[一二][零〇○一二三四五六七八九]{3}"
_QUARTERS = r"第 ?(?P<q>[一二三四1-4])(?:[、及和至到-](?:第)?(?P<q2>[一二三四1-4]))? ?季(?![度节節调調])"
_PERIOD = re.compile(
    rf"(?:(?P<hy>{_HAN_YEAR})|(?<![\d.])(?P<y>(?:19|20)\d\d)) ?年(?:度)? ?{_QUARTERS}"
    rf"|(?P<hy2>{_HAN_YEAR}) ?年(?:度)?"
    rf"|{_QUARTERS.replace('(?P<q>', '(?P<q3>').replace('(?P<q2>', '(?P<q4>')}"
)


def han_year(written: str) -> int:
    """二零一五 → 2015 (a year written digit by digit in Chinese numerals)."""
    return int("".join(str(_DIGITS[c]) for c in written))


def written_periods(text: str, folded: str, year: int | None) -> list[PeriodMention]:
    """The periods of a paragraph written in these forms; a quarter without its year takes `year`."""
    found = []
    if "年" not in folded and "季" not in folded:  # every match holds one: most English paragraphs skip the scan
        return found
    for match in _PERIOD.finditer(folded):
        groups = match.groupdict()
        written = groups["hy"] or groups["hy2"]
        at = han_year(written) if written else int(groups["y"]) if groups["y"] else year
        first, last = groups["q"] or groups["q3"], groups["q2"] or groups["q4"]
        if first is None:
            type_, period = "year", str(at)
        elif at is None:
            type_, period = "quarter", ""
        elif last:  # 第3、4季: each figure after it is of one of them, "分别": no period of its own
            type_, period = "quarter", ""
        else:
            type_, period = "quarter", f"{at}-Q{_Q[first]}"
        found.append(PeriodMention(match.start(), match.end(), text[match.start() : match.end()], period, type_, at))
    return found


def first_written_period(line: str) -> str | None:
    """The first period a title line names in these forms (二零一五年第四季 → 2015-Q4)."""
    found = [m for m in written_periods(line, line, None) if m.period]
    return found[0].period if found else None
