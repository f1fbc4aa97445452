"""Score the mention finder against a hand-annotated list (tests/extract/data/*.yaml).

A statistic is found when a mention of the same paragraph has its number inside the
annotation's `near` text; it is right when value, unit and qualifier are what the annotation
says (kind is reported apart). Labels must come out as `label` or not at all; `ignore` words
must not come out as statistics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.documents.reading import reading_text
from factcheck.errors import ValueParseError
from factcheck.extract.document import Document, read_document
from factcheck.extract.drafts import Draft, build_drafts
from factcheck.extract.mentions import Mention, find_mentions
from factcheck.grammar.values import parse_quantity

DATA = Path(__file__).parent / "data"


@dataclass
class Score:
    statistics: int = 0
    found: int = 0
    right: int = 0
    kind_right: int = 0
    labels: int = 0
    labels_as_statistics: list[str] = field(default_factory=list)
    ignored_as_statistics: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    dates_right: int = 0
    dates: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.statistics

    @property
    def accuracy(self) -> float:
        return self.right / self.statistics

    def summary(self) -> str:
        return (
            f"recall {self.found}/{self.statistics} = {self.recall:.1%}; value+unit+qualifier right "
            f"{self.right}/{self.statistics} = {self.accuracy:.1%}; kind right {self.kind_right}/{self.statistics}; "
            f"labels as statistics {len(self.labels_as_statistics)}/{self.labels}; dates {self.dates_right}/{self.dates}"  # noqa: E501
        )


def load(name: str, document_path: Path) -> tuple[dict, Document, list[Mention]]:
    annotations = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    document = read_document(str(document_path))
    return annotations, document, find_mentions(document)


def _at(document: Document, mentions: list[Mention], entry: dict) -> list[Mention]:
    paragraph = document.paragraphs[entry["p"] - 1]
    near = reading_text(entry["near"])[0]  # the file's words, read as the document is
    start = paragraph.text.index(near)
    end = start + len(near)
    return [m for m in mentions if m.paragraph == entry["p"] and start <= m.value_start < end]


def score(annotations: dict, document: Document, mentions: list[Mention]) -> Score:
    result = Score()
    for entry in annotations["statistics"]:
        result.statistics += 1
        hits = [m for m in _at(document, mentions, entry) if m.kind != "label"]
        if not hits:
            result.missed.append(entry["near"])
            continue
        result.found += 1
        mention = hits[0]
        got = (mention.value, mention.unit, mention.qualifier)
        want = (str(entry["value"]), entry.get("unit"), entry.get("qualifier"))
        if got == want:
            result.right += 1
        else:
            result.wrong.append(f"{entry['near']}: got {got}, want {want}")
        result.kind_right += mention.kind == entry.get("kind", "fact") and (
            "period" not in entry or mention.period == entry["period"]
        )
    for entry in annotations.get("labels", []):
        result.labels += 1
        if any(m.kind != "label" for m in _at(document, mentions, entry)):
            result.labels_as_statistics.append(entry["near"])
    for entry in annotations.get("ignore", []):
        if any(m.kind != "label" for m in _at(document, mentions, entry)):
            result.ignored_as_statistics.append(entry["near"])
    for entry in annotations.get("dates", []):
        result.dates += 1
        result.dates_right += any(
            m.type == "date" and m.period == entry["period"] for m in _at(document, mentions, entry)
        )
    return result


# --- Drafts against the labelled evaluation set (real releases: statistics, noise, labels, dates) ---


@dataclass
class DraftScore:
    """Recall: labelled statistics with a draft of the right signed value and unit at their place.
    Precision: non-label drafts that are a labelled statistic (right value and unit) or date."""

    statistics: int = 0
    found: int = 0
    drafts: int = 0
    drafts_right: int = 0
    missed: list[str] = field(default_factory=list)
    wrong_drafts: list[str] = field(default_factory=list)
    noise_drafted: list[str] = field(default_factory=list)
    labels_drafted: list[str] = field(default_factory=list)
    periods_right: int = 0
    wrong_periods: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.statistics if self.statistics else 1.0

    @property
    def precision(self) -> float:
        return self.drafts_right / self.drafts if self.drafts else 1.0

    def summary(self) -> str:
        return (
            f"recall {self.found}/{self.statistics} = {self.recall:.1%}; "
            f"precision {self.drafts_right}/{self.drafts} = {self.precision:.1%}; "
            f"noise drafted {len(self.noise_drafted)}; labels drafted as facts {len(self.labels_drafted)}; "
            f"period right {self.periods_right}/{self.statistics}"
        )


def _quantity(value: object, unit: object, qualifier: object) -> tuple[object, str] | None:
    """(interval, dimension) as the value grammar reads them; counts of any noun are one dimension. A
    label's unit "points" names the dimension (percentage points, however the release abbreviates
    them: "0.2 pts"); index points are labelled "index points"."""
    if unit == "points":
        unit = "percentage points"
    try:
        quantity = parse_quantity(str(value), None if unit is None else str(unit), qualifier=qualifier)
    except ValueParseError:
        return None
    dimension = quantity.unit.dimension
    if dimension.startswith("unit:") and " " in str(unit).strip():  # a noun phrase counts its head noun:
        return _quantity(value, str(unit).split()[-1], qualifier)  # "job openings" what "openings" does
    return quantity.interval, ("count" if dimension in ("count", "") else dimension)


def same_quantity(draft: dict, entry: dict) -> bool:
    """The draft states the labelled number: same signed interval, same kind of unit."""
    want = _quantity(entry["value"], entry.get("unit"), entry.get("qualifier"))
    got = _quantity(draft["value"], draft.get("unit"), draft.get("qualifier"))
    if want is not None and got is not None and want[1] == "count" and str(got[1]).startswith("unit:"):
        # the label counts people or things ("persons"); the draft names what ("job losers",
        # from "the number of job losers"): right when the number is. Not the other way round: a
        # label that names its noun ("job openings") needs a draft that names it.
        return _quantity(draft["value"], entry.get("unit"), draft.get("qualifier")) == want
    return want is not None and got == want


def _span(document: Document, entry: dict) -> tuple[int, int, int]:
    text = document.paragraphs[entry["p"] - 1].text
    near = reading_text(entry["near"])[0]  # the file's words, read as the document is
    start = text.index(near)
    return entry["p"], start, start + len(near)


def _inside(draft: Draft, where: tuple[int, int, int]) -> bool:
    paragraph, start, end = where
    return draft.mention.paragraph == paragraph and start <= draft.mention.value_start < end


def draft_document(name: str) -> tuple[dict, Document, list[Draft]]:
    """The annotations of DATA/name and the drafts `factcheck extract` makes of its document."""
    annotations = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    document = read_document(str(DATA / annotations["document"]))
    lang = annotations.get("lang", "auto")
    return annotations, document, build_drafts(document, find_mentions(document, lang), None, lang)


def score_drafts(annotations: dict, document: Document, drafts: list[Draft]) -> DraftScore:
    result = DraftScore()
    period = str(annotations.get("period", ""))
    facts = [d for d in drafts if d.data["kind"] != "label"]
    statistics = [(entry, _span(document, entry)) for entry in annotations.get("statistics", [])]
    dates = [(entry, _span(document, entry)) for entry in annotations.get("dates", [])]
    for entry, where in statistics:
        result.statistics += 1
        hits = [d for d in facts if _inside(d, where) and same_quantity(d.data, entry)]
        if not hits:
            got = [(d.data["value"], d.data.get("unit")) for d in facts if _inside(d, where)]
            result.missed.append(
                f"p{entry['p']} {entry['near']!r}: want {entry['value']} {entry.get('unit')}, got {got}"
            )
            continue
        result.found += 1
        want = str(entry.get("period", period))
        if any(str(d.data.get("period", "")) == want for d in hits):
            result.periods_right += 1
        else:
            result.wrong_periods.append(
                f"p{entry['p']} {entry['near']!r}: want {want}, got {hits[0].data.get('period')}"
            )
    for draft in facts:
        result.drafts += 1
        right = any(_inside(draft, where) and same_quantity(draft.data, entry) for entry, where in statistics) or any(
            _inside(draft, where) and draft.data.get("period") == entry["period"] for entry, where in dates
        )
        if right:
            result.drafts_right += 1
            continue
        data = draft.data
        unit = data.get("unit") or ""
        label = f"p{draft.mention.paragraph} {draft.name}: {data['value']} {unit} in {data['claim'][:60]!r}"
        result.wrong_drafts.append(label)
        if any(_inside(draft, _span(document, entry)) for entry in annotations.get("noise", [])):
            result.noise_drafted.append(label)
    for entry in annotations.get("labels", []):
        if any(_inside(d, _span(document, entry)) for d in facts):
            result.labels_drafted.append(entry["near"])
    return result
