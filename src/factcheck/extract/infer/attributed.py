"""A rate the text attributes to a component's rate (English): a contribution whose weight the text
does not state, drafted under `x-todo` with source placeholders.

- "Transport prices climbed 2.8%, driven by a 7.1% increase in airfares": the cause
  words ("driven by", "due to", "on the back of", "owing to") inside the rate's sentence;
- "Clothing prices fell 1.5%. This was due to a fall in footwear prices of 3.3%" / "The main
  contributor was a 1.1% increase in …": a sentence of its own that points back at the rate of the
  sentence before;
- "The agency attributes the rise to an increase in city rents to 4.5%": "the rise" is the nearest rate
  before that the text says rose.
How much of the rate the component explains is its weight times its change: the weights are a
source's, so the check waits for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation

ID = "attributed"

_CAUSE = r"(?:on the back of|due to|driven by|owing to|thanks to|(?:caused|led|pushed|fuell?ed) by)"
_INLINE = re.compile(rf"(?i),\s*(?:mainly\s+|largely\s+|partly\s+)?{_CAUSE}\s")
_BACK = re.compile(
    rf"(?i)^\s*(?:this|that|it|the (?:rise|increase|fall|decline|drop))\s+(?:was|is|came)\s+"
    rf"(?:mainly\s+|largely\s+|partly\s+)?{_CAUSE}\s"
    r"|^\s*the\s+(?:main|largest|biggest|major|key)\s+(?:contributor|driver)s?\s+(?:was|were|is|to\s+(?:this|the))\b"
)
_ATTRIBUTES = re.compile(r"(?i)\battribut\w*\s+the\s+(?:(rise|increase)|fall|decline|drop)\s+to\s")
_ROSE = re.compile(r"(?i)\b(?:rose|increased|climbed|accelerated|went up|rise of|increase of|up)\s*(?:by\s*)?$")
_FELL = re.compile(r"(?i)\b(?:fell|decreased|declined|dropped|slowed|went down|fall of|decrease of|down)\s*(?:by\s*)?$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    seen: set[tuple[int, int]] = set()
    for first, sentence in _sentences(ctx):
        text = ctx.paragraph_text(first)
        start = ctx.mentions[first].start - len(ctx.mentions[first].head)
        rates = [k for k in sentence if _rate(ctx, k)]
        aggregate = component = None
        inline = _INLINE.search(text, start, ctx.mentions[sentence[-1]].start)
        attributes = _ATTRIBUTES.search(text, start, ctx.mentions[sentence[-1]].start)
        if inline is not None:
            aggregate = next((k for k in rates if ctx.mentions[k].start < inline.start()), None)
            component = next((k for k in rates if ctx.mentions[k].start > inline.end()), None)
        elif _BACK.match(ctx.mentions[first].head):
            aggregate = next((k for k in _previous_sentence(ctx, first) if _rate(ctx, k)), None)
            component = rates[0] if rates else None
        elif attributes is not None:
            aggregate = _rate_that_moved(ctx, first, rose=attributes.group(1) is not None)
            component = next((k for k in rates if ctx.mentions[k].start > attributes.end()), None)
        if aggregate is None or component is None or (aggregate, component) in seen:
            continue
        seen.add((aggregate, component))
        yield _relation(ctx, aggregate, component)


def _rate(ctx: Context, k: int) -> bool:
    return ctx.statistic(k) and ctx.dimension(k) == "percent"


def _sentences(ctx: Context) -> Iterator[tuple[int, list[int]]]:
    """Each sentence's mentions, by its first mention."""
    done: set[tuple[int, int]] = set()
    for k in range(len(ctx.mentions)):
        if ctx.sentence_of[k] not in done:
            done.add(ctx.sentence_of[k])
            yield k, ctx.in_sentence(k)


def _previous_sentence(ctx: Context, first: int) -> list[int]:
    """The mentions of the sentence before the one `first` opens, in its paragraph."""
    before = first - 1
    if before < 0 or ctx.mentions[before].paragraph != ctx.mentions[first].paragraph:
        return []
    return ctx.in_sentence(before)


def _rate_that_moved(ctx: Context, first: int, rose: bool) -> int | None:
    """ "attributes the rise to": the nearest rate before (this paragraph or the two before) stated
    with a verb of that direction ("rose 3.2%")."""
    verb = _ROSE if rose else _FELL
    paragraph = ctx.mentions[first].paragraph
    for k in range(first - 1, -1, -1):
        if ctx.mentions[k].paragraph < paragraph - 2:
            return None
        if _rate(ctx, k) and verb.search(ctx.before(k, 24)):
            return k
    return None


def _relation(ctx: Context, aggregate: int, component: int) -> Relation:
    period = ctx.mentions[aggregate].period
    weight = {
        "source": FILL + "a source id",
        "series": FILL + f"the weight of the component of ./{ctx.names[component]}",
    }
    others = {"source": FILL + "a source id", "series": FILL + "the contributions of the other components"}
    if period:
        weight["period"] = others["period"] = period
    check = {"contributions": [weight, others]}
    note = "what a component contributes is its weight times its change: name the source of the weights"
    rule = f"{ID}: a rate attributed to a component's rate, whose weight the document does not state"
    return Relation(aggregate, check, 0.5, rule, todo=True, note=note)
