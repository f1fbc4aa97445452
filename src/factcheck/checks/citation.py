"""citation: where a claim was made, and whether its quote holds up (see docs/claim-format.md).

```yaml
citation:
  title: 问道万事有解 踔厉改革创新
  document: docs/weifang-2022.html     # a local copy, relative to the repository root
  quote: 全市共建设科技创新平台1793家
```

- An empty slot (`citation: {}` or `citation: null`) → `uncited`.
- A `quote` must contain the claim's number as written in `value` (`value: 1793` passes with
  the quote above; `value: 1794` is `misquoted`). `725万` matches "725万"; `725` with unit
  万千瓦 (the scale word at the front of the unit) needs 万 after it: "725万千瓦", not "725千瓦";
  the number must stand alone: 1793 does not match 17930 or 1.793. A scale written once for a list
  of amounts in one currency is each amount's: "SEK 24 and SEK 10 billion" holds `24 billion`.
- A local `document` must contain the quote (whitespace and full-/half-width punctuation
  folded), read exactly as `factcheck extract` reads it: text, Markdown (markup dropped), HTML
  (the main content, without menus and footers), PDF and .docx (with the documents extra):
  found → `pass`, not found → `misquoted`, unreadable → `unverifiable`, an absolute path or
  one that leaves the repository → `invalid`.

URLs are never fetched here: `url` is recorded for the reports, and only a local `document`
is read, so `factcheck validate` stays offline.

The quote must carry the value's sign (`quote_sign.py`): for a negative value a minus sign,
parentheses around the number or a decline word right before it (下降3.5%, "fell 3.5 percent",
(12,000)); a rise word before a negative value's number, or a decline word before a positive
one, is `misquoted` and the message names the word.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Mapping

from factcheck.checks.quote_sign import sign_of, sign_problem
from factcheck.documents.reading import reading_text
from factcheck.errors import ValueParseError
from factcheck.grammar.decimalcomma import NumberStyle, may_write_decimal_commas, number_style
from factcheck.grammar.numtokens import normalize
from factcheck.grammar.qualifiers import strip_qualifiers
from factcheck.grammar.textnorm import fold
from factcheck.grammar.units import scale_prefix
from factcheck.grammar.valuetext import split_range
from factcheck.model import Claim, Finding, Position, Verdict

ID = "citation"
SUMMARY = "The claim is cited, and the quote contains the number as written."

_DIGIT = re.compile(r"\d")
_CJK_NUMERAL = "零〇一二两三四五六七八九十百千"


@dataclass(frozen=True)
class CitationSpec:
    """A claim's citation slot as a spec: judged through the same door as the checks.

    `root` is the repository root that a local `document` is read relative to.
    """

    root: Path
    position: Position
    kind: str = ID
    index: int | None = None
    paths: CitedPaths | None = field(default=None, compare=False)  # shared by one run's claims

    def operands(self) -> tuple[()]:
        return ()


class CitedPaths:
    """The cited documents of one run, each resolved and looked at (stat) once.

    A document of 20,000 figures is cited 20,000 times: resolving the root and the document
    for each claim (twice: for its number style and for its own finding) was a fifth of
    `factcheck check`. One run reads the file system once per document; a new run (a new
    CitedPaths) looks again, so an edited, moved or relinked document is seen.
    """

    def __init__(self) -> None:
        self._roots: dict[Path, Path] = {}
        self._documents: dict[tuple[Path, str], Path] = {}
        self._status: dict[Path, os.stat_result] = {}

    def root(self, root: Path) -> Path:
        """`root.resolve()`."""
        found = self._roots.get(root)
        if found is None:
            found = self._roots[root] = root.resolve()
        return found

    def document(self, root: Path, document: str) -> Path:
        """`(root.resolve() / document).resolve()`; OSError and RuntimeError as Path.resolve raises them."""
        key = (root, document)
        found = self._documents.get(key)
        if found is None:
            found = self._documents[key] = (self.root(root) / document).resolve()
        return found

    def stat(self, path: Path) -> os.stat_result:
        found = self._status.get(path)
        if found is None:
            found = self._status[path] = path.stat()  # a failure is not kept: it is raised each time
        return found


class _NoCache(CitedPaths):
    """Every call looks at the file system: for a claim judged outside a run."""

    def root(self, root: Path) -> Path:
        return root.resolve()

    def document(self, root: Path, document: str) -> Path:
        return (root.resolve() / document).resolve()

    def stat(self, path: Path) -> os.stat_result:
        return path.stat()


_NO_CACHE = _NoCache()


def evaluate(spec: CitationSpec, claim: Claim, values: Mapping[Any, Any]) -> list[Finding]:
    return citation_findings(claim, spec.root, spec.paths)


def citation_findings(claim: Claim, root: Path, paths: CitedPaths | None = None) -> list[Finding]:
    """The citation findings of one claim; an empty list when there is nothing to say."""
    paths = _NO_CACHE if paths is None else paths
    citation = claim.citation
    if citation is None or citation.is_empty():
        return [Finding(ID, Verdict.UNCITED, "no citation: the `citation` slot is empty", claim.where("citation"))]
    findings = []
    quote = reading_text(citation.quote)[0] if citation.quote else citation.quote  # as the document is read
    if quote:
        scale_word = scale_prefix(claim.unit_text)
        read = _quote_as_read(quote, claim.value_text, scale_word, _number_style(citation.document, root, paths))
        if read is None:
            space = " " if scale_word[:1].isascii() else ""
            written = f"{claim.value_text}{space}{scale_word}" if scale_word else claim.value_text
            findings.append(
                Finding(
                    ID,
                    Verdict.MISQUOTED,
                    f"the quote does not contain the value `{written}` as written",
                    claim.where("citation", "quote"),
                )
            )
        else:
            problem = sign_problem(read, claim.value_text, sign_of(claim.quantity.interval))
            if problem is not None:
                findings.append(Finding(ID, Verdict.MISQUOTED, problem, claim.where("citation", "quote")))
    if citation.document:
        findings.append(_document_finding(claim, citation.document, quote, root, paths))
    return findings


@functools.lru_cache(maxsize=4096)  # a pure function of its arguments; a long document quotes its clauses again
def quote_reads_value(quote: str, value_text: str, unit_text: str | None, style: NumberStyle | None) -> bool:
    """Whether this check would find `value_text` (with the unit's scale word) in `quote` as written:
    what `factcheck extract` asks of a draft before it keeps the draft's quote."""
    return _quote_as_read(reading_text(quote)[0], value_text, scale_prefix(unit_text), style) is not None


def quote_has_number(quote: str, value_text: str, scale_word: str = "", style: NumberStyle | None = None) -> bool:
    """Whether the quote holds the number as written, standing alone (not inside 17930 or 1.793).

    `scale_word` is a scale word written at the front of the unit (万 of 万千瓦): the quote must
    have it right after the number (docs/claim-format.md: "`725` with `万` after it"). `style`
    is how the quoted document writes numbers: with decimal commas, "32,6%" holds `32.6`.
    """
    return _holds_number(style.points(quote) if style is not None else quote, value_text, scale_word)


_EITHER = NumberStyle(decimal_comma=True, three_decimals=True)


def _quote_as_read(quote: str, value_text: str, scale_word: str, style: NumberStyle | None) -> str | None:
    """The quote with its numbers read as its document writes them ("decreased by 0,7" as
    "decreased by 0.7", for the sign rule too), or None when the value is not in it. With no
    document to say (`style` None), "32,6%" and "1,234" may hold 32.6 and 1.234 unless the
    quote itself rules decimal commas out; the ordinary reading is tried first."""
    if style is not None:
        read = style.points(quote)
        return read if _holds_number(read, value_text, scale_word) else None
    if _holds_number(quote, value_text, scale_word):
        return quote
    read = _EITHER.points(quote)
    if read != quote and may_write_decimal_commas(quote) and _holds_number(read, value_text, scale_word):
        return read
    return None


def _holds_number(quote: str, value_text: str, scale_word: str) -> bool:
    needle = fold(value_text) + fold(scale_word)
    if not needle:
        return False
    candidates = {needle}
    number = _without_qualifier(value_text)
    if number is not None:  # 约800 in `value`, "约有800家" or "800家左右" in the quote
        candidates.add(fold(number) + fold(scale_word))
    for candidate in list(candidates):
        if candidate[:1] in ("-", "+"):  # "下降2.3%" states −2.3 in words
            candidates.add(candidate[1:])
    haystack = fold(quote)
    if any(_occurs_alone(haystack, candidate) for candidate in candidates if candidate):
        return True
    unstarred = fold(_FOOTNOTE_STARS.sub("", quote))  # "5.46** million": a footnote mark inside the number
    if unstarred != haystack and any(_occurs_alone(unstarred, candidate) for candidate in candidates if candidate):
        return True
    if any(_occurs_alone(fold(word), candidate) for word in quote.split() for candidate in candidates if candidate):
        return True  # "1,446,000 1,353,000 1,710,000": figures apart only by spaces, which folding drops
    from factcheck.checks.quote_tables import cells_hold  # not at start-up: the table readers, rarely needed
    from factcheck.grammar.thousands import with_comma_groups  # (as cells_hold's)

    if cells_hold(quote, candidates, scale_word):
        return True
    if (grouped := with_comma_groups(quote)) != quote and _holds_number(grouped, value_text, scale_word):
        return True  # "1.074.552": thousands grouped by points
    if (loose := _loosened(quote)) != quote and _holds_number(loose, value_text, scale_word):
        return True  # "10.2 (22.3%) billion tugrugs", "532.0 thous.persons": the figure's scale apart
    return _range_in_quote(haystack, number or value_text, scale_word)


_BRACKETED_PERCENT = re.compile(r"(?<=\d)\s?\(\s?[-+−]?\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent)\s?\)(?=\s)")
_ABBREVIATED_DOT = re.compile(r"(?i)(?:(?<=\d\sthous)|(?<=\d\smln)|(?<=\d\sbln))\.(?=[a-z])")


def _loosened(quote: str) -> str:
    """The quote with what stands between a figure and its scale or unit taken out: a change in percent in
    brackets ("10.2 (22.3%) billion"), the dot of an abbreviated scale ("532.0 thous.persons")."""
    return _ABBREVIATED_DOT.sub(" ", _BRACKETED_PERCENT.sub("", quote))


_FOOTNOTE_STARS = re.compile(r"(?<=\d)(?:\*{1,3}|[†‡])(?=\s)")


def _range_in_quote(haystack: str, value_text: str, scale_word: str) -> bool:
    """A range (30%-50%, 30-50 with unit %) whose two ends the quote writes with its own
    separator or units: "30%至50%", "30%-50%", "3万-5万"."""

    ends = split_range(normalize(value_text).strip())
    if len(ends) != 2:
        return False
    low, high = fold(ends[0]), fold(ends[1]) + fold(scale_word)
    return bool(low) and _occurs_alone(haystack, low) and _occurs_alone(haystack, high)


def _without_qualifier(value_text: str) -> str | None:
    """The number of a value that has a qualifier word around it (约800 → 800), else None.

    A qualifier word is not part of the number: the quote may place it elsewhere. The words
    of `odd` (800多, 70余) are written as part of the number and stay.
    """

    try:
        name, core = strip_qualifiers(normalize(value_text))
    except ValueParseError:
        return None
    return core if name is not None and name != "odd" and core else None


def _occurs_alone(haystack: str, needle: str) -> bool:
    arabic = bool(_DIGIT.search(needle))
    start = haystack.find(needle)
    while start >= 0:
        before, after = haystack[:start], haystack[start + len(needle) :]
        if arabic and not _continues_before(before, needle) and not _continues_after(after, needle):
            return True
        # 万/亿 after a Chinese numeral is its scale word; before it, part of a longer number
        if (
            not arabic
            and not (before[-1:] and before[-1] in _CJK_NUMERAL + "万亿")
            and not (after[:1] and after[0] in _CJK_NUMERAL)
        ):
            return True
        start = haystack.find(needle, start + 1)
    return False


def _continues_before(before: str, needle: str) -> bool:
    """A digit, or `digit.` (1.793), or `digit,` before a 3-digit group (1,793), joins the number."""
    if not needle[0].isdigit():
        return False
    if before[-1:].isdigit():
        return True
    if before[-1:] == "." and before[-2:-1].isdigit():
        return True
    leading = re.match(r"\d*", needle).group()
    return before[-1:] == "," and before[-2:-1].isdigit() and len(leading) == 3


def _continues_after(after: str, needle: str) -> bool:
    """A digit, a decimal part, or a thousands group after the number makes a longer number."""
    if not needle[-1].isdigit():
        return False
    if after[:1].isdigit():
        return True
    if after[:1] == "." and after[1:2].isdigit():
        return True
    return (
        after[:1] == ","
        and bool(re.match(r",\d{3}(?!\d)", after))
        and len(re.search(r"\d*$", needle).group()) <= 3
        and "." not in needle
    )


def _document_finding(claim: Claim, document: str, quote: str | None, root: Path, paths: CitedPaths) -> Finding:
    where = claim.where("citation", "document")
    if PurePosixPath(document).is_absolute() or PureWindowsPath(document).is_absolute():
        return Finding(
            ID, Verdict.INVALID, f"cited document `{document}` must be a path relative to the repository root", where
        )
    if "\0" in document:
        return Finding(ID, Verdict.INVALID, "cited document path contains a NUL character", where)
    base = paths.root(root)
    try:
        path = paths.document(root, document)
    except (OSError, RuntimeError) as error:  # RuntimeError: a symlink loop (Python < 3.13)
        return Finding(ID, Verdict.UNVERIFIABLE, f"cited document `{document}` could not be read: {error}", where)
    if not path.is_relative_to(base):
        return Finding(ID, Verdict.INVALID, f"cited document `{document}` is outside the repository", where)
    try:
        status = paths.stat(path)
        if not stat.S_ISREG(status.st_mode):  # a folder, a FIFO (would block), a device
            raise ValueError("not a regular file")
        text = _folded_document(str(path), status.st_mtime_ns, status.st_size)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return Finding(ID, Verdict.UNVERIFIABLE, f"cited document `{document}` could not be read: {reason}", where)
    if not quote:
        return Finding(
            ID, Verdict.UNVERIFIABLE, f"cited document `{document}` was not checked: the citation has no `quote`", where
        )
    if fold(quote) in text:
        return Finding(ID, Verdict.PASS, f"the quote occurs in `{document}`", where)
    shown = quote if len(quote) <= 40 else quote[:39] + "…"
    return Finding(
        ID, Verdict.MISQUOTED, f"the quote «{shown}» does not occur in `{document}`", claim.where("citation", "quote")
    )


def _number_style(document: str | None, root: Path, paths: CitedPaths) -> NumberStyle | None:
    """How the quoted text writes numbers (32,6% or 32.6%): the cited local document's
    convention, as `factcheck extract` reads it; None when there is no document to read."""
    if not document or "\0" in document or PurePosixPath(document).is_absolute():
        return None
    try:
        base = paths.root(root)
        path = paths.document(root, document)
        status = paths.stat(path)
        if path.is_relative_to(base) and stat.S_ISREG(status.st_mode):
            return _document_style(str(path), status.st_mtime_ns, status.st_size)
    except (OSError, RuntimeError, ValueError):
        pass  # unreadable: the document's own finding says why
    return None


@functools.lru_cache(maxsize=64)
def _document_style(path: str, mtime_ns: int, size: int) -> NumberStyle:
    return number_style(_document_text(path, mtime_ns, size))


@functools.lru_cache(maxsize=64)
def _folded_document(path: str, mtime_ns: int, size: int) -> str:
    return fold(_document_text(path, mtime_ns, size))


@functools.lru_cache(maxsize=8)
def _document_text(path: str, mtime_ns: int, size: int) -> str:
    """A document's text as `extract` reads it (any format it reads), folded; read once for the
    many claims citing it. The modification time and size are part of the cache key so that an
    edited file is reread. An unreadable document raises ValueError with the reader's reason.
    """
    from factcheck.documents.read import read_path  # not at start-up: only claims citing a local document
    from factcheck.documents.text import DocumentError  # (the HTML, PDF and DOCX readers) need these

    try:
        document = read_path(Path(path))
    except DocumentError as error:
        raise ValueError(str(error).removeprefix(f"{path}: ")) from None
    return document.text
