"""The English words of a change against an earlier period, around its figure (`earlier`): before it
("a year-on-year increase of", "was higher by"), and after it, the period compared with ("when compared
to the July 2015 figure", "year-on-year")."""

from __future__ import annotations

import re

#: "a year-on-year increase of more than EUR", "was higher by EUR": the words of a change before its figure.
CHANGE_EN = re.compile(
    r"(?i)(?:\ban? (?:(?P<when>(?:year|month|quarter)-on-(?:year|month|quarter)) )?"
    r"(?:increase|decrease|rise|fall|drop|gain|decline|loss) of(?: (?:more|less) than)?"
    r"|\b(?:increased|decreased|rose|fell|declined|grew|dropped|gained|lost|was up|was down"
    r"|(?:was|were) (?:higher|lower))(?: by)?|\bup|\bdown)"
    r"\s*(?:[A-Z]{1,3}\s?)?[$£€¥]?\s*$"
)
#: After the change: the earlier period named, and no figure of it ("when compared to the July 2015 figure").
SINCE_EN = re.compile(
    r"(?i)^[^.;\d]{0,20}?\b(?:when )?(?:compared (?:to|with)|(?:as )?against|relative to|from|on|over|since) "
    r"(?:(?:that|those) of )?(?:the |a )?"  # "compared to that of the fourth quarter of 2022"
    r"(?P<when>(?:previous|preceding|prior|last|same|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|(?:first|second|third|fourth) quarter|(?:19|20)\d\d|"
    r"(?:year|month|quarter)\b(?=\s*(?:$|[.;,]|\s(?:or|and|but)\b)))"
    r"(?:[^.;,\d]|\b(?:19|20)\d\d\b){0,30}?)"
    r"\s*(?=$|[.;,]|\s(?:or|and|but)\b)"
)

#: "61.5 percent in September, up 0.3%p year-on-year", "increased by 2 percentage points in one year's time":
#: the same period a year (month, quarter) before.
ON_YEAR_EN = re.compile(
    r"(?i)^\s*(?P<when>(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)|on the (?:year|month|quarter)"
    r"|from a year (?:earlier|ago)|in (?:one|a) year(?:'s|’s)? time)(?=\s*(?:$|[.;,]|\s(?:or|and|but)\b))"
)

#: A change followed by the level it started from: "increased by VT 146 million from VT 26 million".
FROM_LEVEL_EN = re.compile(r"(?i)^\s*,?\s*from\s+(?:[A-Z][A-Za-z]{0,2}\$?\s?|[$£€]\s?)?\d")
