"""The canonical text of a period matched in a document ("2023-01/2023-05" for "January-May 2023",
"2010-01/2010-10" for "the first ten months of 2010" or 前10个月), apart from the patterns that find it."""

from __future__ import annotations

from factcheck.grammar.numwords import ONES

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_CN_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ORDINAL_WORDS = {w: i % 4 + 1 for i, w in enumerate("first second third fourth 1st 2nd 3rd 4th i ii iii iv".split())}


def canonical_period(type_: str, groups: dict[str, str | None], year: int | None) -> str | None:
    month = month_number(groups.get("m"), groups.get("mn"))
    if type_ == "year":
        return str(year)
    if year is None:
        return ""
    if type_ == "date":
        day = int(groups["d"] or 0)
        return f"{year}-{month:02d}-{day:02d}" if month and 1 <= day <= 31 else None
    if type_ == "month":
        return f"{year}-{month:02d}" if month else None
    if type_ == "range" and groups.get("y2"):  # 2018-2022年: an interval of years
        return f"{year}/{groups['y2']}" if int(groups["y2"]) > year else None
    if type_ == "range" and groups.get("y2s"):  # July-June (2019-20): July 2019 to June 2020
        later, last = year // 100 * 100 + int(groups["y2s"]), month_number(None, groups.get("mn2"))
        return (
            f"{year}-{month:02d}/{later}-{last:02d}" if later == year + 1 and month and last and last < month else None
        )
    if type_ == "range" and groups.get("y2m"):  # "June 2022 to May 2023"
        later, last = int(groups["y2m"]), month_number(None, groups.get("mn2"))
        return f"{year}-{month:02d}/{later}-{last:02d}" if month and last and (later, last) > (year, month) else None
    if type_ == "range" and groups.get("ye") and month:  # "year ended September 2016": 12 months
        return f"{year - 1}-{month + 1:02d}/{year}-{month:02d}" if month < 12 else str(year)
    if type_ == "range":
        quarters = groups.get("q")
        if quarters:
            return f"{year}-01/{year}-{3 * _CN_Q[quarters]:02d}"
        if groups.get("en"):  # "the first ten months of 2010"; the first three or six are a quarter, a half
            written = groups["en"].lower()
            count = int(written) if written.isdigit() else ONES.get(written, 0)
            named = {3: f"{year}-Q1", 6: f"{year}-H1", 12: str(year)}.get(count)
            return named or (f"{year}-01/{year}-{count:02d}" if 1 < count < 12 else None)
        if groups.get("cn"):  # 首八个月: January to the eighth month
            written = groups["cn"].replace("两", "二")
            count = _CN_MONTHS.index(written) + 1 if written in _CN_MONTHS else int(written) if written.isdigit() else 0
            return f"{year}-01/{year}-{count:02d}" if 1 < count <= 12 else None
        last = month_number(groups.get("m2"), groups.get("mn2"))
        return f"{year}-{month:02d}/{year}-{last:02d}" if month and last and month < last else None
    if type_ == "quarter":
        quarter = (
            _CN_Q.get(groups.get("q") or groups.get("q2") or "")
            or _ORDINAL_WORDS.get((groups.get("qw") or "").lower())
            or (month // 3 if month and month % 3 == 0 else None)  # "the September 2016 quarter" ends in September
        )
        return f"{year}-Q{quarter}" if quarter else None
    if type_ == "half":
        first = groups.get("h") == "上" or (groups.get("hw") or "").lower() == "first"
        return f"{year}-H{1 if first else 2}"
    return None


def month_number(number: str | None, name: str | None) -> int | None:
    if number:
        value = int(number)
        return value if 1 <= value <= 12 else None
    if name:
        key = name.lower().rstrip(".")[:3]
        return next((i for i, month in enumerate(_MONTHS, 1) if month.startswith(key)), None)
    return None
