"""The one door to relation inference: PATTERNS by id, `infer_relations` for a document.

Each mention gets the checks inferred for it (operands are draft ids of the same document)
and, separately, the checks that need a figure from outside the document (`x-todo`). A check
found twice (two patterns, or two readings) is kept once, with the higher confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from factcheck.extract.document import Document
from factcheck.extract.infer import (
    attributed,
    back_reference,
    balance,
    bare_share,
    base_after,
    basis_change,
    box,
    bracket_change,
    bracketed_levels,
    change,
    change_and_rate,
    change_to_level,
    columns,
    compared,
    compared_rates,
    complements,
    components,
    contributions,
    daily_average,
    demand_contributions,
    earlier,
    earlier_rate_points,
    equivalent,
    first_time,
    from_level,
    gaps,
    group_table,
    groups,
    hundred_parts,
    including_other,
    index_columns,
    labour_force,
    later_levels,
    lead,
    level_before,
    level_gap,
    levels,
    levels_after,
    levels_then_rate,
    listed_changes,
    listed_order,
    listed_parts,
    month_series,
    named_level,
    natural_change,
    numbered_rows,
    of_total,
    of_which,
    of_which_shares,
    order,
    other_parts,
    other_unit,
    outside,
    partition,
    per_person,
    percent_of,
    points_before,
    points_gap,
    points_or_percent,
    rate_and_levels,
    rate_levels,
    rate_row,
    rate_then_change,
    rates,
    records,
    repeated,
    restate,
    resulting_growth,
    row_change,
    same,
    series,
    sexes,
    share,
    similar_earlier,
    superlative_after,
    table,
    table_earlier,
    telescoping,
    text_cell,
    than_bracketed,
    than_level,
    than_period,
    than_stated,
    these_figures,
    top_few,
    total_lines,
    total_row,
    within,
    zh_age_groups,
    zh_among,
    zh_bracket_gap,
    zh_breakdown,
    zh_change_sum,
    zh_compared_level,
    zh_continued,
    zh_contribution_rates,
    zh_counted_rows,
    zh_defined_ratio,
    zh_equal_to,
    zh_increment_share,
    zh_industry,
    zh_items_total,
    zh_list_share,
    zh_listed_sectors,
    zh_named_parts,
    zh_parts_below,
    zh_per_gdp,
    zh_rank_change,
    zh_rate_again,
    zh_ratio_again,
    zh_ratio_outside,
    zh_restate,
    zh_row_pair,
    zh_row_sequence,
    zh_second_set,
    zh_section_title,
    zh_sex_ratio,
    zh_share_change,
    zh_space_table,
    zh_table_groups,
    zh_text_row,
    zh_three_pulls,
    zh_title,
    zh_with_others,
)
from factcheck.extract.infer.answers import relations_of
from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.mentions import Mention


@dataclass
class Suggestions:
    checks: list[dict[str, Any]] = field(default_factory=list)  # complete: every operand is a draft
    todos: list[dict[str, Any]] = field(default_factory=list)  # an operand is a placeholder
    inferred: list[dict[str, Any]] = field(default_factory=list)  # rule and confidence of each
    fields: dict[str, Any] = field(default_factory=dict)  # claim fields a complete check needs


PATTERNS: dict[str, ModuleType] = {
    module.ID: module
    for module in (
        partition,
        share,
        equivalent,
        change,
        compared,
        levels,
        balance,
        contributions,
        demand_contributions,
        rates,
        natural_change,
        same,
        repeated,
        restate,
        order,
        gaps,
        level_gap,
        level_before,
        outside,
        points_gap,
        named_level,
        earlier,
        listed_changes,
        table,
        table_earlier,
        columns,
        groups,
        group_table,
        box,
        zh_restate,
        zh_industry,
        zh_row_pair,
        zh_share_change,
        zh_continued,
        zh_title,
        zh_ratio_outside,
        zh_space_table,
        zh_table_groups,
        zh_list_share,
        zh_listed_sectors,
        zh_among,
        zh_bracket_gap,
        zh_compared_level,
        zh_three_pulls,
        zh_contribution_rates,
        zh_named_parts,
        zh_parts_below,
        zh_section_title,
        zh_sex_ratio,
        zh_age_groups,
        zh_second_set,
        zh_row_sequence,
        zh_rank_change,
        zh_change_sum,
        zh_breakdown,
        zh_rate_again,
        zh_ratio_again,
        zh_text_row,
        zh_items_total,
        zh_counted_rows,
        zh_defined_ratio,
        zh_equal_to,
        zh_increment_share,
        zh_with_others,
        zh_per_gdp,
        components,
        series,
        sexes,
        complements,
        labour_force,
        month_series,
        base_after,
        rate_then_change,
        per_person,
        than_period,
        levels_after,
        later_levels,
        compared_rates,
        hundred_parts,
        superlative_after,
        daily_average,
        top_few,
        first_time,
        similar_earlier,
        bracketed_levels,
        records,
        within,
        row_change,
        index_columns,
        numbered_rows,
        rate_row,
        text_cell,
        lead,
        listed_order,
        listed_parts,
        telescoping,
        other_parts,
        of_which,
        of_which_shares,
        including_other,
        total_row,
        total_lines,
        rate_levels,
        resulting_growth,
        basis_change,
        bracket_change,
        percent_of,
        of_total,
        points_before,
        earlier_rate_points,
        than_bracketed,
        than_stated,
        than_level,
        these_figures,
        back_reference,
        from_level,
        change_to_level,
        points_or_percent,
        rate_and_levels,
        change_and_rate,
        attributed,
        bare_share,
        levels_then_rate,
        other_unit,
    )
}


def find_relations(document: Document, mentions: list[Mention], names: list[str]) -> list[Relation]:
    """Every relation the patterns find, in mention order; duplicates dropped."""
    ctx = Context(document, mentions, names)
    found: dict[tuple[int, str], Relation] = {}
    for module in PATTERNS.values():
        for relation in relations_of(ctx, module):
            key = (relation.claim, repr(relation.check))
            if key not in found or found[key].confidence < relation.confidence:
                found[key] = relation
    _one_same(ctx, found)
    by_claim: dict[int, list[Relation]] = {}  # _settled compares a relation with its claim's only
    for relation in found.values():
        by_claim.setdefault(relation.claim, []).append(relation)
    ordered = sorted(found.values(), key=lambda r: (r.claim, r.todo, -r.confidence))
    return [r for r in ordered if not _settled(r, by_claim[r.claim])]


def _one_same(ctx: Context, found: dict[tuple[int, str], Relation]) -> None:
    """One fact stated twice is one check: of `same` on a and `same` on b naming each other, the
    one with the lower confidence (the later claim when equal) is dropped."""
    index = {name: i for i, name in enumerate(ctx.names)}
    for key, relation in list(found.items()):
        target = relation.check.get("same") if not relation.todo else None
        other = index.get(target[2:]) if isinstance(target, str) and target.startswith("./") else None
        back = found.get((other, repr({"same": ctx.ref(relation.claim)}))) if other is not None else None
        if (
            back is not None
            and key in found
            and (back.confidence, -back.claim) > (relation.confidence, -relation.claim)
        ):
            del found[key]


def _settled(relation: Relation, found: list[Relation]) -> bool:
    """A placeholder another rule has filled: the claim also has a complete check of the same kind
    whose operands include every operand the placeholder names and more (城镇化率 from the population lines
    settles 占总人口比重 whose whole one rule could not name)."""
    if not relation.todo:
        return False
    kind = next(iter(relation.check))
    if kind == "share" and "the level before the change" in repr(relation.check):
        # "increased by 542,000 (1.3%) as against 42.714 million": the growth from the stated level settles it
        return any(not other.todo and next(iter(other.check)) == "growth" for other in found)
    named = set(re.findall(r"\./[A-Za-z0-9._-]+", repr(relation.check)))
    if not named and kind == "share":  # a contribution rate's increases, not needed once its pull is read
        return any(not other.todo and next(iter(other.check)) == kind for other in found)
    return bool(named) and any(
        not other.todo
        and other.claim == relation.claim
        and next(iter(other.check)) == kind
        and named < set(re.findall(r"\./[A-Za-z0-9._-]+", repr(other.check)))
        for other in found
    )


def infer_relations(document: Document, mentions: list[Mention], names: list[str]) -> list[Suggestions]:
    """One Suggestions per mention (same order), from the patterns."""
    result = [Suggestions() for _ in mentions]
    for relation in find_relations(document, mentions, names):
        target = result[relation.claim]
        if relation.todo:
            item: dict[str, Any] = dict(relation.check)
            if relation.note:
                item["note"] = relation.note
            target.todos.append(item)
        else:
            target.checks.append(relation.check)
            target.fields.update(relation.fields)
        target.inferred.append(
            {"check": next(iter(relation.check)), "rule": relation.rule, "confidence": round(relation.confidence, 2)}
        )
    return result
