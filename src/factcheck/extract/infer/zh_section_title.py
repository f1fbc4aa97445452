"""A section heading restating its section's body: `same`.

"二、前两个月人民币贷款增加6.37万亿元" heads a section whose body says "前两个月人民币贷款增加6.37万亿元";
"一、广义货币增长8.7%" one whose body says "广义货币(M2)余额299.56万亿元，同比增长8.7%". Monetary,
trade and monthly releases headline each section with its key figure.

- the heading: a numbered line (一、, （一）, 1.) with no full stop, short;
- its figure's subject: its words before it without the numbering, the period, the area and the
  verb (广义货币, 人民币贷款), at least two characters, not a comparison (高于全国…);
- the body figure: in the paragraphs up to the next numbered heading, one whose sentence names the
  subject before it, with the heading figure's unit, period, kind and sign; the same digits first
  (confidence 0.65), else the first such figure within one magnitude (0.55: a wrong digit on one
  side, which the check catches).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.zh_title import figure_key, sentence_before

ID = "zh-section-title"

_NUMBERED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．]\s*(?!\d))"
)
_COMPARED = re.compile(r"^(?:高于|低于|快于|慢于|超过|超出|比|较)")
_PERIOD = re.compile(
    r"\d{4}年|(?:前|1\s*[—–-]\s*)?[\d一二两三四五六七八九十]{1,3}个?月份?|[一二三四]季度|上半年|下半年|前三季度|全年|"
    r"[年月]末|年初"
)
_AREA = re.compile(r"^(?:全国|全省|全市|全县|全区)")
_MOVE = re.compile(r"(?:同比|环比|比上年同期|比上年末?|较上年)?(?:增长|下降|上涨|回落|提高|增加|减少|上升|为|达到?)$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    headings = [p.number for p in ctx.document.paragraphs if _heading(p.text)]
    for number in headings:
        following = [n for n in headings if n > number]
        end = following[0] if following else len(ctx.document.paragraphs) + 1
        section = [j for n in range(number + 1, end) for j in ctx.by_paragraph.get(n, []) if ctx.statistic(j)]
        for i in ctx.by_paragraph.get(number, []):
            if not ctx.statistic(i):
                continue
            yield from _restated(ctx, i, section)


def _heading(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 40 and "。" not in stripped and bool(_NUMBERED.match(stripped))


def _restated(ctx: Context, i: int, section: list[int]) -> Iterator[Relation]:
    named = _subject(ctx, i)
    if len(re.findall(r"[\u4e00-\u9fff]", named)) < 2 or _COMPARED.match(named):
        return
    key = figure_key(ctx, i)
    found = [j for j in section if figure_key(ctx, j)[1:] == key[1:] and named in sentence_before(ctx, j)]
    same_digits = [j for j in found if figure_key(ctx, j) == key]
    if same_digits:
        yield Relation(i, {"same": ctx.ref(same_digits[0])}, 0.65, f"{ID}: the section's heading restates its body")
        return
    if not found:
        return
    a, b = ctx.midpoint(i), ctx.midpoint(found[0])
    if a is not None and b is not None and abs(a - b) <= 0.5 * max(abs(a), abs(b)):
        rule = f"{ID}: the section's heading restates its body (digits differ)"
        yield Relation(i, {"same": ctx.ref(found[0])}, 0.55, rule)


def _subject(ctx: Context, i: int) -> str:
    """The heading's words before its figure without the numbering, the period, the area and the verb."""
    text = _NUMBERED.sub("", ctx.paragraph_text(i)[: ctx.mentions[i].start])
    text = re.split(r"[:：，,；;\s]", text)[-1]
    return _MOVE.sub("", _AREA.sub("", _PERIOD.sub("", text))).strip()
