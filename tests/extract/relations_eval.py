"""Score relation inference against the labelled relations of tests/extract/data/*.yaml.

A labelled statistic is the draft of its paragraph whose number starts inside its `near` text.
A stated relation is drafted right when the claim's draft carries a check of the matching kind
whose operands are exactly the labelled ones (a per-mille formula may also name the population's
change, for the average population); an `outside` relation is right when the claim's draft has
an `x-todo` check with a source placeholder; `same` is drafted right on either of its two
statements. A drafted check that matches no labelled relation
is wrong; a false alarm is a failing relation on a document whose labels say it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.documents.reading import reading_text
from factcheck.extract import checkdoc
from factcheck.extract.drafts import Draft
from factcheck.run.pipeline import RunOptions

DATA = Path(__file__).parent / "data"
DOCUMENTS = sorted(
    p.stem for p in DATA.glob("*.yaml") if re.match(r"(zh|en)-", p.stem) and (DATA / f"{p.stem}.txt").exists()
)
KINDS = {
    "sum": ("sum",),
    "share": ("share", "formula"),
    "difference": ("difference",),
    "same": ("same",),
    "rank": ("rank", "order"),
    "contributions": ("contributions",),
    "rate-per-mille": ("formula",),
    "per-capita": ("formula",),
    "change-percent": ("formula",),
    "growth": ("growth",),
    "pp-change": ("difference",),
}


@dataclass
class RelationScore:
    name: str
    stated: int = 0
    right: int = 0
    drafted: int = 0
    waiting: int = 0  # complete (every operand a draft) but under x-todo: a unit rule is missing
    wrong: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def _refs(check: dict) -> set[str]:
    text = repr(check)
    return set(re.findall(r"\./([A-Za-z0-9._-]+)", text))


def _draft_for(drafts: list[Draft], document, stat: dict) -> Draft | None:
    paragraph = document.paragraphs[stat["p"] - 1]
    near = reading_text(stat["near"])[0]  # the file's words, read as the document is
    at = paragraph.text.find(near)
    if at < 0:
        return None
    inside = [d for d in drafts if d.mention.paragraph == stat["p"] and at <= d.mention.value_start < at + len(near)]
    digits = re.sub(r"[^\d.]", "", str(stat.get("value", "")))
    same = [d for d in inside if re.sub(r"[^\d.]", "", d.mention.value) == digits]
    return (same or inside or [None])[0]


def score(name: str, text_override: str | None = None, tmp: Path | None = None) -> RelationScore:
    labels = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
    source = DATA / f"{name}.txt"
    if text_override is not None and tmp is not None:
        source = tmp / f"{name}.txt"
        source.write_text(text_override, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    checked = prepared[0]
    by_id = {s["id"]: _draft_for(checked.drafts, checked.document, s) for s in labels["statistics"] if "id" in s}
    result = RelationScore(name)
    matched: set[tuple[str, str]] = set()
    for relation in labels.get("relations", []):
        result.stated += 1
        claim = by_id.get(relation["claim"])
        label = f"{relation['check']} on {relation['claim']}"
        if claim is None:
            result.missed.append(label + " (claim not drafted)")
            continue
        if relation["check"] == "outside":
            if any("source" in repr(item) for item in claim.data.get("x-todo", [])):
                result.right += 1
            else:
                result.missed.append(label)
            continue
        wanted = {by_id[o].name for o in relation.get("operands", []) if by_id.get(o) is not None}
        if len(wanted) != len(set(relation.get("operands", []))):  # [t-pop, t-pop]: the total as its own share
            result.missed.append(label + " (an operand not drafted)")
            continue
        candidates = list(claim.data.get("checks", []))
        hit = None
        for check in candidates:
            kind = next(iter(check))
            refs = _refs(check)
            if kind in KINDS[relation["check"]] and (
                refs == wanted
                or (
                    relation["check"] in ("rate-per-mille", "per-capita")
                    and wanted <= refs
                    and len(refs) <= len(wanted) + 1
                )
            ):
                hit = check
                break
        if hit is None and relation["check"] == "same" and len(wanted) == 1:
            # one fact stated twice: drafted right on either statement, pointing at the other
            other = by_id[relation["operands"][0]]
            back = [c for c in other.data.get("checks", []) if next(iter(c)) == "same" and _refs(c) == {claim.name}]
            if back:
                result.right += 1
                matched.add((other.name, repr(back[0])))
                continue
        waiting = [
            t
            for t in claim.data.get("x-todo", [])
            if "source" not in repr(t) and next(iter(t)) in KINDS[relation["check"]] and wanted <= _refs(t)
        ]
        if hit is None and waiting:
            result.waiting += 1
            result.missed.append(label + " (complete, waiting under x-todo for a unit rule)")
        elif hit is None:
            result.missed.append(label)
        else:
            result.right += 1
            matched.add((claim.name, repr(hit)))
    for draft in checked.drafts:
        for check in draft.data.get("checks", []):
            result.drafted += 1
            if (draft.name, repr(check)) not in matched:
                result.wrong.append(f"{draft.name}: {check}")
    holds_false = {(r["claim"]) for r in labels.get("relations", []) if r.get("holds") is False}
    run = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    names = {f"{checked.folder}/{d.name}": d for d in checked.drafts}
    by_name = {d.name: i for i, d in by_id.items() if d is not None}
    for claim_result in run.claims:
        for finding in claim_result.findings:
            if finding.index is None or finding.verdict.value not in ("fail", "error", "invalid"):
                continue
            draft = names.get(claim_result.id)
            label_id = by_name.get(draft.name) if draft else None
            if label_id not in holds_false:
                result.false_alarms.append(f"{claim_result.id}: {finding.message}")
    return result
