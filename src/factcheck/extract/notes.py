"""Notes sections: the paragraphs of a document that explain definitions, scopes and sources (附注,
注释, "Notes to editors", "Methodology"), whose numbers are not facts."""

from __future__ import annotations

import re

_NOTES_HEADING_ZH = re.compile(
    r"^\s*[【\[]?(?:附注|注释|注|说明|指标解释|名词解释|统计范围|调查方法|数据来源|资料来源|统计口径)[】\]]?\s*[:：]?\s*$"
)
_NOTES_HEADING_EN = re.compile(
    r"(?i)^\s*(?:notes?(?: to (?:editors|readers))?|methodology|technical notes?|definitions|background notes?|"
    r"about (?:this|the) (?:release|data|statistics)|quality and methodology|data sources?)\s*[:.]?\s*$"
)
_NOTES_LEAD = re.compile(
    r"^\s*[【\[]?(?:附注|注释|注|资料来源|数据来源)[】\]]?\s*[:：]|(?i:^\s*(?:notes?|sources?|definitions|methodology|"
    r"methods and definitions|geographical information|technical notes?|note to (?:readers|editors))\s*:)"
)
_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.、]?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])\s*"
)
_HEADING = re.compile(r"^[^。.;；:：!?！？]{1,40}$")


def notes_section(text: str, in_notes: bool) -> tuple[bool, bool]:
    """(the paragraph is a note, notes go on after it): a notes section (附注, 注释, "Notes to
    editors", "Methodology") explains definitions, scopes and sources, which are not facts. It
    runs from its heading to the next heading; a paragraph led by 注：/资料来源： is a note."""
    title = _NUMBERED.sub("", text, count=1).strip()  # "2.统计范围", "3. Unemployment": the heading's words
    if _NOTES_HEADING_ZH.match(title) or _NOTES_HEADING_EN.match(title):
        return True, True
    if in_notes and _HEADING.match(title):
        return False, False
    return in_notes or bool(_NOTES_LEAD.match(text)), in_notes
