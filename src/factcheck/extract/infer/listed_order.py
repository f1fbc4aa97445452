"""Figures listed in order after the words that rank them (English): `order`.

- "the prices of fresh vegetables, heating oil and milk have increased the most (40%, 26% and
  23.3%, respectively)": the figures in brackets right after "… the most", each at least the next;
  "prices of paprika and tomatoes decreased the most (29% and 26.3%, respectively)", the falls
  written without a minus, rank their sizes the same way; written negative ("(-29% and -26.3%)"),
  the signed values ascending;
- "mostly came from the regions in Luzon led by Region III (316,000); Region I (305,000) and
  Region V (154,000)": the members after "led by", each with its figure in brackets, in the order
  written, the first the largest.

The first figure carries the chain (`order: [...]`). Only figures of one dimension, one period and
one sign, side by side with nothing but the list's commas, "and" and names between
them, are chained; a list of fewer than two figures, or one that runs on past its closing bracket
into other words, ranks nothing. "the least", "the smallest" and a list without its ranking words
are left to other patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "listed-order"

_MOST = re.compile(
    r"(?i)\b(?:increased|rose|grew|gained|climbed|decreased|fell|declined|dropped|contracted)\s+(?:the\s+)?most"
    r"\s*\(\s*[+−-]?$"
)
_MOST_NEXT = re.compile(r"(?i)^\s*(?:%|percent|per cent)?\s*(?:,\s*and|,|\band)\s*[+−-]?$")
_MOST_END = re.compile(r"(?i)^\s*(?:%|percent|per cent)?\s*(?:,\s*respectively)?\s*\)")
_LED = re.compile(r"(?i)\bled by\s+(?:the\s+)?[A-Z][^.;:()\d]{0,60}\(\s*[+−-]?$")
_LED_NEXT = re.compile(
    r"(?i)^\s*(?:%|percent|per cent)?\s*\)\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+)"
    r"(?:the\s+)?[A-Z][^.;:()\d]{0,60}\(\s*[+−-]?$"
)
_LED_END = re.compile(r"(?i)^\s*(?:%|percent|per cent)?\s*\)")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions)):
        before = ctx.before(i, 120)
        if _MOST.search(before):
            chain = _chain(ctx, i, _MOST_NEXT, _MOST_END)
            why = "the figures listed after 'the most', in order"
            signed = True
        elif _LED.search(before):
            chain = _chain(ctx, i, _LED_NEXT, _LED_END)
            why = "the members listed after 'led by', in order"
            signed = False
        else:
            continue
        if len(chain) < 2:
            continue
        negative = _negative(ctx, chain[0])
        refs = [ctx.ref(j) for j in chain[1:]]
        if negative and not signed:
            continue  # "led by" a fall: whether sizes or signed values are ranked is not said
        body: object = {"then": refs, "order": "ascending"} if negative else refs
        yield Relation(chain[0], {"order": body}, 0.6, f"{ID}: {why}")


def _chain(ctx: Context, first: int, next_: re.Pattern[str], end: re.Pattern[str]) -> list[int]:
    """The figures of the list starting at `first`, when the list closes with its bracket."""
    if not _usable(ctx, first):
        return []
    chain = [first]
    for j in ctx.in_paragraph(first):  # "Region III (316,000); Region I (305,000)": a ';' splits no list
        if j <= chain[-1]:
            continue
        if j != chain[-1] + 1 or not next_.match(ctx.between(chain[-1], j)):
            break
        if not _usable(ctx, j) or not _alike(ctx, first, j):
            return []
        chain.append(j)
    last = chain[-1]
    return chain if end.match(ctx.paragraph_text(last)[ctx.mentions[last].end :]) else []


def _usable(ctx: Context, j: int) -> bool:
    return ctx.statistic(j) and ctx.quantities[j] is not None and ctx.dimension(j) is not None


def _alike(ctx: Context, a: int, b: int) -> bool:
    first, second = ctx.mentions[a], ctx.mentions[b]
    return (
        ctx.dimension(a) == ctx.dimension(b)
        and first.period == second.period
        and (first.unit or "") == (second.unit or "")
        and _negative(ctx, a) == _negative(ctx, b)
    )


def _negative(ctx: Context, j: int) -> bool:
    return ctx.mentions[j].value.lstrip().startswith(("-", "−"))
