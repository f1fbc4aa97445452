"""ClaimReview JSON-LD: ratings from verdicts, the citation as itemReviewed."""

from __future__ import annotations

import json
from typing import Any

from factcheck.report import claimreview


def reviews(doc: dict[str, Any], **options: Any) -> dict[str, dict[str, Any]]:
    graph = json.loads(claimreview.render(doc, **options))
    assert graph["@context"] == "https://schema.org"
    return {review["url"].rsplit("/", 1)[-1].removesuffix(".yaml"): review for review in graph["@graph"]}


def test_ratings_follow_the_verdicts(sample_doc: dict[str, Any]) -> None:
    by_name = reviews(sample_doc)
    assert "broken" not in by_name  # invalid: nothing was reviewed
    ratings = {
        name: (r["reviewRating"].get("ratingValue"), r["reviewRating"]["alternateName"]) for name, r in by_name.items()
    }
    assert ratings == {
        "tech-platforms-total": (1, "Internally inconsistent"),
        "power-capacity": (1, "Contradicted by the source data"),
        "gdp": (5, "Confirmed by the source data"),
        "rd-share": (None, "Uncited"),
        "industry-target": (None, "Not yet checkable"),
        "tech-platforms-national": (4, "Internally consistent"),
    }
    rated = by_name["gdp"]["reviewRating"]
    assert rated["bestRating"] == 5 and rated["worstRating"] == 1 and rated["@type"] == "Rating"


def test_required_and_recommended_fields(sample_doc: dict[str, Any]) -> None:
    review = reviews(sample_doc, base_url="https://example.org/checks/")["tech-platforms-total"]
    assert review["@type"] == "ClaimReview"
    assert review["url"] == "https://example.org/checks/weifang-2022/tech-platforms-total"
    assert review["claimReviewed"].startswith("全市共建设科技创新平台1794家")
    assert review["author"] == {"@type": "Organization", "name": "factcheck"}
    assert review["datePublished"] == "2026-11-26"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"] == "潍坊日报"
    assert item["appearance"]["url"] == "https://example.org/weifang/2023-01-05.html"
    assert item["appearance"]["headline"] == "问道万事有解 踔厉改革创新"


def test_uncited_claim_has_no_appearance(sample_doc: dict[str, Any]) -> None:
    assert reviews(sample_doc)["rd-share"]["itemReviewed"] == {"@type": "Claim"}
