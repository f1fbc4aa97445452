"""`--format claimreview`: schema.org ClaimReview JSON-LD, one review per checked claim.

For publishing fact checks on the web (embed in a `<script type="application/ld+json">`: `<`, `>`
and `&` are written as `\\u003c`, `\\u003e`, `\\u0026`, so no claim text can end the script).
Each claim becomes a `ClaimReview` whose `reviewRating` follows from its verdict:

| verdict | ratingValue | alternateName |
|---|---|---|
| confirmed | 5 | Confirmed by the source data |
| pass | 4 | Internally consistent |
| revised | 3 | Revised by later data |
| misquoted | 2 | Misquoted |
| fail | 1 | Internally inconsistent |
| contradicted | 1 | Contradicted by the source data |
| uncited, unverifiable, pending | (none) | Uncited / Unverifiable / Not yet checkable |

(bestRating 5, worstRating 1.) Claims that are `invalid`, `error` or `skipped` were not
reviewed and are left out. `itemReviewed` is a `Claim` whose `appearance` and `author` come
from the citation; `url` is the review's own address: `base_url` + claim id when given, else
the claim file.

Pass: `{"@type": "ClaimReview", "claimReviewed": "国家级38家", "reviewRating": {"ratingValue": 4,
"alternateName": "Internally consistent", …}, …}`; a failed sum check gives ratingValue 1,
"Internally inconsistent". Google is phasing ClaimReview out of Search: this is an export, nothing more.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Mapping

NAME = "claimreview"

RATINGS: dict[str, tuple[int | None, str]] = {
    "confirmed": (5, "Confirmed by the source data"),
    "pass": (4, "Internally consistent"),
    "revised": (3, "Revised by later data"),
    "misquoted": (2, "Misquoted"),
    "fail": (1, "Internally inconsistent"),
    "contradicted": (1, "Contradicted by the source data"),
    "uncited": (None, "Uncited"),
    "unverifiable": (None, "Unverifiable"),
    "pending": (None, "Not yet checkable"),
}


def render(doc: Mapping[str, Any], base_url: str | None = None) -> str:
    published = str(doc.get("generated") or date.today().isoformat())[:10]
    reviews = [
        _review(claim, published, base_url) for claim in doc.get("claims", []) if claim.get("verdict") in RATINGS
    ]
    graph = {"@context": "https://schema.org", "@graph": reviews}
    return script_safe(json.dumps(graph, ensure_ascii=False, indent=2)) + "\n"


def script_safe(text: str) -> str:
    """JSON that stays JSON inside `<script type="application/ld+json">`: a claim's `</script>`
    cannot close the element (nor `<!--` open a comment), since `<`, `>` and `&` are written as
    JSON escapes, which every JSON reader turns back into the same characters."""
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _review(claim: Mapping[str, Any], published: str, base_url: str | None) -> dict[str, Any]:
    value, name = RATINGS[str(claim["verdict"])]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name}
    if value is not None:
        rating.update(ratingValue=value, bestRating=5, worstRating=1)
    messages = [str(f.get("message", "")) for f in claim.get("findings", []) if f.get("message")]
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": f"{base_url.rstrip('/')}/{claim.get('id', '')}" if base_url else str(claim.get("file", "")),
        "claimReviewed": str(claim.get("claim") or claim.get("id", "")),
        "author": {"@type": "Organization", "name": "factcheck"},
        "datePublished": published,
        "reviewRating": rating,
        "itemReviewed": _item(claim),
    }
    if messages:
        review["reviewBody"] = "; ".join(messages)
    return review


def _item(claim: Mapping[str, Any]) -> dict[str, Any]:
    citation = claim.get("citation") or {}
    item: dict[str, Any] = {"@type": "Claim"}
    if citation.get("publisher"):
        item["author"] = {"@type": "Organization", "name": citation["publisher"]}
    if citation.get("published"):
        item["datePublished"] = citation["published"]
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    for source, target in (("url", "url"), ("title", "headline"), ("published", "datePublished")):
        if citation.get(source):
            appearance[target] = citation[source]
    if citation.get("publisher"):
        appearance["publisher"] = {"@type": "Organization", "name": citation["publisher"]}
    if len(appearance) > 1:
        item["appearance"] = appearance
    return item
