"""A change against a named earlier period of a level the text states neither now nor then.

"EIA estimates total U.S. crude oil production declined by 140,000 b/d in August compared with
July production", "household consumption of goods decreased by 0.2% compared to that of the fourth
quarter of 2022", 年末户籍人口比上年末增加4384人: the words name the period compared with (read by the
`earlier` pattern) but no figure stands before the change in its sentence. The check is the change
between two source placeholders under `x-todo`, the level now and the level then: `growth` for a
change in percent, else `difference`. When a figure stands before the change, which one changed is
the `earlier` pattern's question, never this one's. A change in percent in Chinese (比上年增长5.8%)
is not drafted: a bulletin states hundreds, and each is the growth of its own published series.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, core, label_of, words

#: The words of a change that are not its subject (比上年末增加, "declined by", "was an increase of", "up").
_NOT_SUBJECT = re.compile(
    r"(?:比|较)[^，,；;。]*$"
    r"|(?i:\s*\b(?:(?:was|were|is|are|with) )?(?:an? (?:\w+ )?(?:increase|decrease|rise|fall|drop|decline|gain|loss) of"
    r"|(?:increased|decreased|rose|fell|declined|grew|dropped|gained|lost|was|were|up|down)\b.*"
    r"|(?:(?:recorded|posted|saw|showed|registered|had|reported|experienced|marked)\s+)?an?)\s*$)"  # "posted a"
)
_LEAD_EN = re.compile(r"(?i)^.*?\b(?:estimates|shows|reports|says|finds|estimated that|showed that)\s+(?:that\s+)?")
#: "The consumer price index in August 1997": the period is the check's, not the series' name.
_PERIOD_EN = re.compile(r"(?i)\s+(?:in|for|during) (?:the )?(?:[a-z]+ )?(?:quarter of )?(?:19|20)\d\d$")
#: "This was an increase of 148 000 persons": the level is named (and stated) before.
_BACK_REFERENCE = re.compile(r"(?i)^(?:this|that|these|those|it|they|which|of|with)\b")


def both_outside(ctx: Context, i: int, when: str, fall: bool) -> Iterator[Relation]:
    """Mention i, a change the words compare with period `when`, as the change between the level
    now and the level then, both from a source (`fall`: the value is unsigned and the words say it fell)."""
    mention = ctx.mentions[i]
    if any(ctx.statistic(j) for j in ctx.in_sentence(i) if j < i):
        return
    percent = ctx.dimension(i) == "percent"
    if percent and (not ctx.english or mention.type != "growth"):
        return
    subject = _subject(ctx, i)
    if not subject or _stated_before(ctx, i, subject):
        return
    now = {"source": FILL + "a source id", "series": FILL + f"the level of {subject}"}
    if mention.period:
        now["period"] = mention.period
    then = {**now, "period": FILL + f"the period compared with ({when})"}
    if percent:
        check: dict = {"growth": {"from": then, "to": now}}
    else:
        check = {"difference": [then, now] if fall else [now, then]}
    note = "neither level is in the document: name the source that gives them"
    rule = "earlier: a change of a level the document does not state, against an earlier period"
    yield Relation(i, check, 0.5, rule, todo=True, note=note)


def _subject(ctx: Context, i: int) -> str:
    """The words naming what changed: the clause before the change, its change words dropped."""
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    begin = max(text.rfind(mark, 0, start) for mark in ("。", "；", ";", ". ", "，", ", ")) + 1
    clause = text[begin:start]
    if not ctx.english:
        return _NOT_SUBJECT.sub("", clause).strip(" ，,")
    subject = _PERIOD_EN.sub("", _NOT_SUBJECT.sub("", _LEAD_EN.sub("", clause)).strip(" ,")).strip()
    return "" if _BACK_REFERENCE.match(subject) or not re.search(r"[A-Za-z]{3}", subject) else subject


def _stated_before(ctx: Context, i: int, subject: str) -> bool:
    """ "The Consumer Price Index was 104.35 in December 2018. The index decreased 0.3 percent from the
    preceding month": a level of the period named like the subject is stated before it in the paragraph
    (one content word in common in English, the same core in Chinese)."""
    wanted = words(subject) if ctx.english else core(subject)
    for j in ctx.in_paragraph(i):
        if j >= i or ctx.mentions[j].type != "count" or ctx.dimension(j) in ("percent", "points", "permille"):
            continue
        if ctx.statistic(j) and ctx.mentions[j].period == ctx.mentions[i].period:
            named = words(ctx.mentions[j].head) if ctx.english else core(label_of(ctx, j))
            if (wanted & named) if ctx.english else wanted == named:
                return True
    return False
