"""The plural noun a figure counts when it follows the figure: "14 regions", "2.9 million
overnight stays", "1,067,416 tourist arrivals".

A count is often named by a noun phrase: one or two modifiers before the plural head. After a bare
number the phrase is taken only when the paragraph names it or counts its head elsewhere ("188,000
arrivals … 1,067,416 tourist arrivals"): "1,793 research platforms" alone may as well be a name. A modifier
is a plain word in lower case (not a plural, a past participle, a superlative or a function word): "15
regions reported increases" still counts regions and "3 million from imports" counts nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Protocol

#: Words that are never the head of what a figure counts ("5 was", "3 as", "10 versus").
NOT_NOUNS = {"was", "has", "is", "this", "its", "as", "plus", "thus", "less", "across", "towards", "versus"}

#: Words that cannot modify the counted noun: the phrase after them is not the figure's.
_NOT_MODIFIERS = {
    "and", "the", "than", "from", "with", "that", "were", "have", "been", "into", "over", "under", "more",
    "fewer", "less", "each", "for", "are", "was", "per", "all", "other", "about", "above", "below", "after",
    "before", "since", "during", "which", "while", "when", "where", "who", "would", "will", "could", "also",
    "only", "just", "year", "month", "week", "day", "between", "among", "both", "same", "then", "due",
    "through", "against", "compared", "higher", "lower", "not", "but", "nor", "some", "any",
    "most", "many", "much", "such", "those", "these", "their", "there", "here", "what", "out", "off",
    "down", "via", "till", "until", "within", "without", "onto", "upon", "like", "unlike", "plus", "minus",
    "versus", "following", "including", "excluding", "according", "respectively", "every", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million",
    "billion", "trillion", "percent", "cent", "point", "points",
    # words that rate or add to what is counted, not name it: "41 new wind farms", "395 key tasks"
    "new", "key", "major", "main", "additional", "further", "extra", "total", "net", "own",
}  # fmt: skip

#: Up to two modifiers, each a word or a hyphened compound ("55 thousand full-time jobs"), then the head.
_PHRASES = tuple(re.compile(rf" ((?:[a-z]{{3,}}(?:-[a-z]{{2,}})* ){{{n}}})([a-z]{{3,}}s)\b(?![-'])") for n in (2, 1, 0))


def plural_noun_end(lowered: str, at: int, written: str, scaled: bool = False) -> int | None:
    """Where the counted noun phrase after `at` ends ("2.9 million| overnight stays"), or None: the
    longest phrase that is one. `written` is the text as written (same offsets): a phrase of
    modifiers must be in lower case, as "Metal Components" after a table cell is the next row's
    name, not what the cell counts. `scaled`: the number has a scale word ("2.9 million")."""
    for phrase in _PHRASES:
        found = phrase.match(lowered, at)
        if found is None or found.group(2) in NOT_NOUNS:
            continue
        modifiers = found.group(1).split()
        if any(word in _NOT_MODIFIERS or word.endswith(("s", "ed", "est")) for word in modifiers):
            continue
        if modifiers and not written[at : found.end()].islower():
            continue
        if modifiers and not scaled and not _counted_elsewhere(lowered, found, at):
            continue
        return found.end()
    return None


def _counted_elsewhere(lowered: str, found: re.Match[str], at: int) -> bool:
    """Whether the paragraph names the phrase elsewhere ("the most overnight stays … almost 365,000
    overnight stays") or another figure counts its head ("188,000 arrivals … 1,067,416 tourist arrivals")."""
    phrase = found.group().strip()
    if lowered.find(phrase) not in (-1, at + 1) or lowered.find(phrase, at + 2) >= 0:
        return True
    head = re.escape(found.group(2))
    pattern = rf"\d(?:\s+(?:thousand|million|billion|trillion))?\s+(?:[a-z]{{3,}}\s+){{0,2}}{head}\b"
    return any(match.start() < at - 1 or match.start() > at for match in re.finditer(pattern, lowered))


class _Counted(Protocol):
    unit: str | None
    kind: str


def one_counted_noun(found: list[_Counted]) -> None:
    """ "1,067,416 tourist arrivals … about 188,000 arrivals … 879,000 arrivals": where a paragraph
    counts the head of a noun phrase bare twice or more, the phrase's figure counts that head too (its modifier is a
    word of its subject, as "domestic" and "foreign" are of the parts), so the total and its parts
    are in one unit and can be added. In place."""
    counts = Counter(figure.unit for figure in found if figure.unit and figure.kind != "label")
    bare = {unit for unit, count in counts.items() if count >= 2}  # parts, not one figure compared with
    for figure in found:
        unit = figure.unit or ""
        if figure.kind == "label" or not re.fullmatch(r"[a-z]+(?: [a-z]+){1,2}", unit):
            continue
        heads = [unit.split(" ", k)[-1] for k in (1, 2) if unit.count(" ") >= k]
        head = next((h for h in heads if h in bare and h.endswith("s") and h not in NOT_NOUNS), None)
        if head is not None:
            figure.unit = head
