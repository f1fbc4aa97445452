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

from factcheck.extract.document import Document, read_document
from factcheck.extract.mentions import Mention, find_mentions

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
    start = paragraph.text.index(entry["near"])
    end = start + len(entry["near"])
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
