"""Numbers that name a publication or a span rather than state a quantity, in English releases:
catalogue and release numbers, year spans written with two zero-padded digits, and the caption a screen-capture
tool stamps under its picture.

Each entry is a pattern and the words that must be in the paragraph for it to run
(`noise.noise_spans`), or a pattern alone (it always runs).
"""

from __future__ import annotations

import re

_ID_WORDS = (
    "catalogue",
    "cat.",
    "reference",
    "release",
    "product",
    "document",
    "publication",
    "series",
    "issue",
    "volume",
    "vol.",
)

NUMBERED_IDS: tuple[re.Pattern[str] | tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # "Catalogue No. 71-001", "release number 23", "Series ID: 3.2"
    (
        re.compile(
            r"(?i)\b(?:catalogue|cat\.|reference|release|product|document|publication|series|issue|volume|vol\.)\s+"
            r"(?:number|no\.?|nr\.?|id)\s*:?\s*\d[\d./-]*"
        ),
        _ID_WORDS,
    ),
    # a release's number after its label and a colon: "Press release: 12.113-179/19", "Bulletin: 45/2019"
    (
        re.compile(r"(?i)\b(?:press release|news release|media release|bulletin|communiqu[eé])\s*:\s*\d[\d./-]*"),
        ("release", "bulletin", "communiqu"),
    ),
    # a span of years by their last two digits, zero-padded: "Jamaica Trade Partners 04-11" (2004-2011);
    # a quantity is not written with a leading zero
    re.compile(r"(?<![\w.,/+−-])0\d[-–]\d{2}(?![\w.,/%-])"),
    # a code of three or more dotted parts, perhaps with a slash: "NUMBER: 4.4.1/8.", "section 3.2.1"; never
    # a figure (one point), nor thousands grouped by points ("1.074.552": every later part three digits)
    re.compile(r"(?<![\w.,])(?!\d{1,3}(?:\.\d{3}){2,}(?![\d./]))\d{1,3}(?:\.\d{1,3}){2,}(?:/\d{1,3})?(?![\d/])"),
    # a post-office box: "P.O.B. 80", "P.O. Box 1234", "PO Box 12"
    (re.compile(r"(?i)\bP\.?\s?O\.?\s?(?:B\.|Box)\s*\d+"), ("p.o", "po ")),
    # a screen capture's caption, its date and clock time run together: "Fullscreen capture 8132015 121203 PM"
    (
        re.compile(r"(?im)^\s*(?:(?:full\s?screen|screen|window|region)\s+capture|screen\s?shot)\b.*$"),
        ("capture", "shot"),
    ),
)
