"""Footnote marks that lost their superscript when a release was copied as text.

"production1 grew", "increased by 2.4%1,", ").1 The": a mark glued after a word or a unit names a note;
the note itself then opens a line with the same mark and its words alone ("1 Seasonally and calendar
adjusted"). Neither number is a statistic. A code keeps its digits (G7, EU27, COVID-19, PM2.5, Q3,
H1, 4G: capitals lead), and a table row that opens with a code keeps its figures ("011 Wheat 4.2").
"""

from __future__ import annotations

import re

#: A mark glued after a lower-case word or a percent sign: "production1 grew", "July3 production",
#: "by 2.4%1, exports", ").1 The", "investment.2 In"; or a heading's mark in a bracket, the heading's
#: only number: "National Accounts 1)" (the whole heading is matched: it holds no other figure), or its mark
#: after the year that ends it ("TOURISM, AUGUST 2009 1)"); a mark after a sentence's full stop: "quarter.2)"; or the
#: part of a table split over pages, in a bracket ending its title: "(2019–)*(4/4)".
GLUED_MARK = re.compile(
    r"(?<=[a-z][a-z]|\d%)\d{1,2}(?=[\s,;:)]|\.(?!\d)|$)|(?<=[a-z)][.,;])\d{1,2}(?=\s+[A-Z])"
    r"|^[A-Z][^()\d]{2,80}\s\d{1,2}\)$|(?<=\b(?:19|20)\d\d )\d{1,2}\)$"
    r"|(?<=[a-z]\.)\d{1,2}(?=\)(?:\s|$))"
    r"|(?<=[)*])\(\d{1,2}/\d{1,2}\)$"  # a table title's part: "… employees (2019–)*(4/4)"
)

#: A year that ends a period's name with a note's mark glued to it: "in the first quarter 20141.",
#: "in December 20232,": the five digits are 2014 and mark 1, no figure.
YEAR_MARK = re.compile(
    r"(?i)\b(?:quarter|half|semester|year|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s(?:19|20)\d\d\d(?=[\s,;:)]|\.(?!\d)|$)"
)

#: A note's mark opening its line, words only after it: "1 Seasonally and calendar adjusted". A line with
#: figures after its words is a table row ("011 Wheat 4.2": its code, `ROW_CODE`).
NOTE_LINE = re.compile(r"^\d{1,2}(?= [A-Z][a-z]+(?: [a-z]+){0,12}\.?$)")
ROW_CODE = re.compile(r"^\d{1,5}(?= [A-Z][A-Za-z]*(?: [A-Za-z]+)*(?:\s[-+−]?\d[\d,]*(?:\.\d+)?)+$)")
