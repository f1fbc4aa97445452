"""load_claims: ids, bases and roots, display paths, independence of files, extras, lookups."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from factcheck.files import repository_root
from factcheck.interval import Interval
from factcheck.load.claims import LoadResult, claims_base, load_claims
from factcheck.model import Claim, ClaimResult, Kind, Position, Verdict

GOOD = """
claim: 全市共建设科技创新平台1793家
value: 1793
unit: 家
citation: {}
"""


def messages(result: ClaimResult) -> list[str]:
    return [f"{f.position.line}:{f.position.column}: {f.message}" for f in result.findings]


def test_ids_are_paths_under_claims(tree) -> None:
    root = tree(
        {
            "repo/claims/weifang-2022/total.yaml": GOOD,
            "repo/claims/top.yml": GOOD,
            "repo/claims/a/b/c/deep.yaml": GOOD,
            "repo/claims/notes.txt": "not a claim",
        }
    )
    loaded = load_claims([root / "repo/claims"], root)
    assert sorted(loaded.claims) == ["a/b/c/deep", "top", "weifang-2022/total"]
    assert loaded.base == root / "repo/claims" and loaded.root == root / "repo"
    claim = loaded.claims["weifang-2022/total"]
    assert claim.file == "repo/claims/weifang-2022/total.yaml"
    assert claim.position == Position("repo/claims/weifang-2022/total.yaml", 1, 1)


def test_a_subfolder_or_file_still_gets_ids_from_the_claims_folder(tree) -> None:
    root = tree({"claims/weifang-2022/total.yaml": GOOD, "claims/other/x.yaml": GOOD})
    loaded = load_claims([Path("claims/weifang-2022")], root)
    assert list(loaded.claims) == ["weifang-2022/total"]
    assert loaded.base == root / "claims" and loaded.root == root
    loaded = load_claims([root / "claims/other/x.yaml"], root)
    assert list(loaded.claims) == ["other/x"]


def test_without_a_claims_folder_ids_are_under_the_given_folder(tree) -> None:
    root = tree({"facts/2022/a.yaml": GOOD, "facts/b.yaml": GOOD})
    loaded = load_claims([root / "facts"], root)
    assert sorted(loaded.claims) == ["2022/a", "b"]
    assert loaded.base == root / "facts" and loaded.root == root  # no sources.yaml: the cwd


def test_root_is_the_folder_holding_sources_yaml(tree) -> None:
    root = tree({"project/sources.yaml": "sources: {}\n", "project/facts/a.yaml": GOOD, "elsewhere/.keep": ""})
    loaded = load_claims([root / "project/facts"], root / "elsewhere")
    assert loaded.root == root / "project"
    assert repository_root(root / "project/facts", root) == root / "project"
    assert claims_base(root / "project/facts/a.yaml") == root / "project/facts"


def test_files_outside_the_working_directory_are_shown_absolute(tree) -> None:
    root = tree({"claims/a.yaml": GOOD, "work/.keep": ""})
    elsewhere = root.parent / f"{root.name}-elsewhere"  # run from outside the repository
    elsewhere.mkdir()
    loaded = load_claims([root / "claims"], elsewhere)
    assert loaded.claims["a"].file == (root / "claims/a.yaml").as_posix()


def test_from_a_subfolder_of_the_repository_files_are_shown_relative(tree) -> None:
    root = tree({"claims/a.yaml": GOOD, "work/notes/.keep": ""})
    loaded = load_claims([root / "claims"], root / "work" / "notes")
    assert loaded.claims["a"].file == "../../claims/a.yaml"


def test_hidden_folders_and_files_are_skipped_and_order_is_sorted(tree) -> None:
    root = tree(
        {
            "claims/.git/x.yaml": GOOD,
            "claims/.hidden.yaml": GOOD,
            "claims/b.yaml": GOOD,
            "claims/a.yaml": GOOD,
            "claims/c/.cache/y.yml": GOOD,
        }
    )
    loaded = load_claims([root / "claims"], root)
    assert list(loaded.claims) == ["a", "b"]


def test_same_file_given_twice_is_loaded_once(tree) -> None:
    root = tree({"claims/a.yaml": GOOD})
    loaded = load_claims([root / "claims", root / "claims/a.yaml"], root)
    assert list(loaded.claims) == ["a"] and loaded.failed == []


def test_duplicate_ids_are_invalid_both_ways(tree) -> None:
    root = tree({"claims/a.yaml": GOOD, "claims/a.yml": GOOD, "claims/b.yaml": GOOD})
    loaded = load_claims([root / "claims"], root)
    assert list(loaded.claims) == ["b"]
    assert sorted(r.file for r in loaded.failed) == ["claims/a.yaml", "claims/a.yml"]
    for result in loaded.failed:
        assert result.verdict is Verdict.INVALID
        assert "duplicate claim id `a`" in result.findings[0].message


def test_bad_files_do_not_stop_the_others(tree) -> None:
    root = tree(
        {
            "claims/1-bad.yaml": b"claim: \xff\n",
            "claims/2-good.yaml": GOOD,
            "claims/3-bad.yaml": "value: [\n",
            "claims/4-good.yaml": GOOD,
        }
    )
    loaded = load_claims([root / "claims"], root)
    assert list(loaded.claims) == ["2-good", "4-good"]
    assert [r.id for r in loaded.failed] == ["1-bad", "3-bad"]
    assert all(f.verdict is Verdict.INVALID and f.check == "schema" for r in loaded.failed for f in r.findings)


def test_a_claim_keeps_what_was_written(tree) -> None:
    root = tree(
        {
            "claims/c.yaml": """
        claim: 常住人口城镇化率达到57.90%
        value: 57.90
        unit: "%"
        kind: estimate
        subject: 城镇化率
        period: 2022
        tolerance: 0.1
        rounded: false
        citation:
          title: 报告
          published: 2023-01-05
          quote: 城镇化率达到57.90%
        x-reviewer: 张三
        x-notes: [a, b]
    """
        }
    )
    loaded = load_claims([root / "claims"], root)
    assert loaded.failed == []
    claim = loaded.claims["c"]
    assert (claim.value_text, claim.unit_text, claim.kind, claim.subject) == ("57.90", "%", Kind.ESTIMATE, "城镇化率")
    assert claim.period is not None and claim.period.text == "2022"
    assert (claim.tolerance, claim.rounded) == ("0.1", False)
    assert claim.citation is not None and claim.citation.published == "2023-01-05"
    assert claim.citation.quote == "城镇化率达到57.90%"
    assert dict(claim.extras) == {"x-reviewer": "张三", "x-notes": ["a", "b"]}
    assert claim.where("citation", "quote") == Position("claims/c.yaml", 12, 10)
    assert claim.where("citation", "nothing", 3) == Position("claims/c.yaml", 10, 3)
    assert claim.positions.key(("value",)) == Position("claims/c.yaml", 2, 1)
    assert claim.content_hash_text() == hashlib.sha256((root / "claims/c.yaml").read_bytes()).hexdigest()


def test_exact_count_and_kind_default(tree) -> None:
    root = tree({"claims/a.yaml": GOOD})
    claim = load_claims([root / "claims"], root).claims["a"]
    assert claim.kind is Kind.FACT and claim.quantity.interval == Interval(1793, 1793, True, True)
    assert claim.citation is not None and claim.citation.is_empty()


def test_citation_null_and_missing_unit(tree) -> None:
    root = tree({"claims/a.yaml": "claim: x\nvalue: 12\ncitation:\n"})
    claim = load_claims([root / "claims"], root).claims["a"]
    assert claim.citation is None and claim.unit_text is None


@pytest.mark.parametrize("written, text", [("010", "010"), ("0x1F", "0x1F"), ("1_000", "1_000"), ("1e3", "1e3")])
def test_yaml_11_numbers_keep_their_text(tree, written: str, text: str) -> None:
    root = tree({"claims/a.yaml": f"claim: x\nvalue: {written}\ncitation: {{}}\n"})
    loaded = load_claims([root / "claims"], root)
    if "a" in loaded.claims:
        assert loaded.claims["a"].value_text == text
    else:  # the value grammar may refuse it; the finding then names the text as written
        (result,) = loaded.failed
        assert messages(result) == [f"2:8: cannot read value `{text}`: {result.findings[0].message.split(': ', 1)[1]}"]
        assert result.findings[0].check == "value"


def test_yes_no_are_wrong_types(tree) -> None:
    root = tree({"claims/a.yaml": "claim: x\nvalue: 1\nkind: no\nrounded: yes\ncitation: {}\n"})
    (result,) = load_claims([root / "claims"], root).failed
    assert messages(result) == [
        '3:7: `kind` must be text, not a boolean (YAML reads `no` as false; quote it: "no")',
    ]


def test_unparsable_value_names_the_text(tree) -> None:
    root = tree({"claims/a.yaml": "claim: x\nvalue: 待定\nunit: 家\ncitation: {}\n"})
    (result,) = load_claims([root / "claims"], root).failed
    (finding,) = result.findings
    assert (finding.check, finding.verdict, finding.position.line, finding.position.column) == (
        "value",
        Verdict.INVALID,
        2,
        8,
    )
    assert finding.message.startswith("cannot read value `待定 家`: ")


@pytest.mark.parametrize("tolerance", ["abc", "-5", "5 家"])
def test_a_bad_tolerance_is_reported_at_the_tolerance(tree, tolerance: str) -> None:
    root = tree({"claims/a.yaml": f"claim: x\nvalue: 1\ncitation: {{}}\ntolerance: {tolerance}\n"})
    (result,) = load_claims([root / "claims"], root).failed
    (finding,) = result.findings
    assert (finding.check, finding.position.line, finding.position.column) == ("value", 4, 12)
    assert finding.message.startswith(f"cannot read tolerance `{tolerance}`: ")


def test_a_bad_qualifier_does_not_hide_a_bad_value(tree) -> None:
    root = tree({"claims/a.yaml": "claim: x\nvalue: abc\nqualifier: maybe\ncitation: {}\n"})
    (result,) = load_claims([root / "claims"], root).failed
    got = messages(result)
    assert got[0].startswith("2:8: cannot read value `abc`: ")
    assert got[1].startswith("3:12: cannot read qualifier `maybe`: ")


def test_a_unit_that_cannot_be_read_is_reported_at_the_unit(tree) -> None:
    root = tree({"claims/a.yaml": "claim: x\nvalue: 1\nunit: " + "u" * 100 + "\ncitation: {}\n"})
    (result,) = load_claims([root / "claims"], root).failed
    (finding,) = result.findings
    assert (finding.check, finding.position.line, finding.position.column) == ("value", 3, 7)
    assert finding.message.startswith("cannot read unit `uuu")


def test_bad_period_and_unknown_key_both_reported(tree) -> None:
    root = tree({"claims/a.yaml": "claim: x\nvalue: 1\nperiod: 2022-Q5\ncitaton: {}\n"})
    (result,) = load_claims([root / "claims"], root).failed
    got = messages(result)
    assert got[0].startswith("1:1: missing required key `citation`")
    assert got[1].startswith("3:9: cannot read period `2022-Q5`: ")
    assert got[2] == "4:1: unknown key `citaton` (did you mean `citation`?)"
    assert [f.check for f in result.findings] == ["schema", "value", "schema"]


def test_bad_check_item_is_reported_with_the_other_problems(tree) -> None:
    root = tree(
        {
            "claims/a.yaml": """
        claim: x
        value: 1
        citation: {}
        checks:
          - sum: [./b, ./c]
          - summ: [./b]
          - 12
        x-ok: 1
        extra: 2
    """
        }
    )
    (result,) = load_claims([root / "claims"], root).failed
    got = [(f.check, f.position.line, f.position.column, f.index) for f in result.findings]
    assert got == [("schema", 6, 5, 1), ("schema", 7, 5, 2), ("schema", 9, 1, None)]
    assert "unknown check 'summ'" in result.findings[0].message


def test_checks_and_compare_are_parsed(tree) -> None:
    root = tree(
        {
            "claims/w/total.yaml": """
        claim: 全市共建设科技创新平台1793家
        value: 1793
        unit: 家
        period: "2022"
        citation: {}
        checks:
          - sum: [./national, ../other/x, 61.5]
        compare:
          source: nbs
          series: platforms
          where: {region: 潍坊市}
    """
        }
    )
    claim = load_claims([root / "claims"], root).claims["w/total"]
    (spec,) = claim.checks
    assert spec.kind == "sum" and spec.index == 0
    ids = [getattr(op, "id", None) for op in spec.operands()]
    assert ids[:2] == ["w/national", "other/x"]
    assert claim.compare is not None and claim.compare.period == "2022"
    assert claim.compare.where == (("region", "潍坊市"),)
    assert claim.compare.position == Position("claims/w/total.yaml", 9, 3)


def test_bad_compare_is_invalid_at_its_place(tree) -> None:
    root = tree({"claims/a.yaml": "claim: x\nvalue: 1\ncitation: {}\ncompare: {source: nbs}\n"})
    (result,) = load_claims([root / "claims"], root).failed
    assert [(f.check, f.position.line, f.position.column) for f in result.findings] == [("compare", 4, 10)]


@pytest.mark.parametrize("scale", ["'1e99999'", "'1e999999999'", "'1e401'", "'" + "9" * 300 + "'"])
def test_a_compare_scale_too_large_is_invalid_at_the_scale(tree, scale: str) -> None:
    text = f"claim: x\nvalue: 1\ncitation: {{}}\ncompare:\n  source: s\n  series: g\n  scale: {scale}\n"
    root = tree({"claims/a.yaml": text})
    (result,) = load_claims([root / "claims"], root).failed
    assert [(f.verdict, f.position.line, f.position.column) for f in result.findings] == [(Verdict.INVALID, 7, 10)]
    assert "too large" in result.findings[0].message or "too long" in result.findings[0].message


def test_load_extra_finds_claims_outside_the_given_paths(tree) -> None:
    root = tree(
        {
            "claims/a/x.yaml": GOOD,
            "claims/b/y.yaml": GOOD,
            "claims/b/bad.yaml": "value: 1\n",
            "claims/b/dup.yaml": GOOD,
            "claims/b/dup.yml": GOOD,
            "outside.yaml": GOOD,
        }
    )
    loaded = load_claims([root / "claims/a"], root)
    assert list(loaded.claims) == ["a/x"]
    assert loaded.load_extra("a/x") is loaded.claims["a/x"]
    extra = loaded.load_extra("b/y")
    assert isinstance(extra, Claim) and extra.id == "b/y" and extra.file == "claims/b/y.yaml"
    assert loaded.load_extra("b/y") is extra  # loaded once
    bad = loaded.load_extra("b/bad")
    assert isinstance(bad, ClaimResult) and bad.verdict is Verdict.INVALID
    assert isinstance(loaded.load_extra("b/dup"), ClaimResult)
    assert loaded.load_extra("b/none") is None
    assert loaded.load_extra("../outside") is None
    assert loaded.load_extra("a/../../outside") is None  # the file exists, but outside the base
    assert "b/y" not in loaded.claims  # extras are not part of the run's own claims


def test_load_extra_of_an_id_too_long_for_a_file_name_is_no_file(tree) -> None:
    root = tree({"claims/a.yaml": GOOD})
    loaded = load_claims([root / "claims"], root)
    assert loaded.load_extra("x" * 5000) is None
    assert loaded.load_extra("a\x00b") is None


def test_no_paths_means_the_claims_folder(tree) -> None:
    root = tree({"claims/a.yaml": GOOD})
    loaded = load_claims([], root)
    assert isinstance(loaded, LoadResult) and list(loaded.claims) == ["a"]


def test_an_explicitly_named_file_loads_whatever_its_suffix(tree) -> None:
    root = tree({"claims/a.txt": GOOD})
    assert list(load_claims([root / "claims/a.txt"], root).claims) == ["a.txt"]


def test_oversized_file_is_invalid_at_1_1(tree) -> None:
    root = tree(
        {
            "claims/big.yaml": "claim: x\nvalue: 1\ncitation: {}\nx-pad: " + "x" * (1 << 20) + "\n",
            "claims/small.yaml": GOOD,
        }
    )
    loaded = load_claims([root / "claims"], root)
    (result,) = loaded.failed
    assert messages(result)[0].startswith("1:1: file is larger than 1 MiB")
    assert list(loaded.claims) == ["small"]


def test_crlf_line_endings(tree) -> None:
    root = tree({"claims/a.yaml": b"claim: x\r\nvalue: 1\r\ncitation: {}\r\nvaule: 2\r\n"})
    (result,) = load_claims([root / "claims"], root).failed
    assert messages(result) == ["4:1: unknown key `vaule` (did you mean `value`?)"]


def test_newlines_in_quoted_text_do_not_break_a_finding_line(tree) -> None:
    root = tree({"claims/a.yaml": 'claim: x\nvalue: "a\\nb"\ncitation: {}\n'})
    (result,) = load_claims([root / "claims"], root).failed
    assert all("\n" not in f.message for f in result.findings) and "a\\nb" in result.findings[0].message


def test_a_problem_inside_a_check_is_reported_once(tree) -> None:
    root = tree({"claims/a.yaml": "claim: x\nvalue: &v 1\ncitation: {}\nchecks:\n  - sum: [*v, ./b]\n"})
    (result,) = load_claims([root / "claims"], root).failed
    assert messages(result) == [
        "2:8: anchor `&v` is not allowed: a claim file is plain data",
        "5:11: alias `*v` is not allowed: write the value out",
    ]


def test_a_path_that_does_not_exist_is_a_usage_error(tree) -> None:
    from factcheck.errors import UsageError

    root = tree({"claims/a.yaml": GOOD})
    with pytest.raises(UsageError, match="no such file or folder"):
        load_claims([root / "claims", root / "clams"], root)


def test_a_file_name_that_is_not_utf8_is_invalid_and_printable(tmp_path: Path) -> None:
    import json
    import os

    (tmp_path / "claims").mkdir()
    with open(os.path.join(os.fsencode(tmp_path / "claims"), b"bad\xff.yaml"), "wb") as handle:
        handle.write(GOOD.encode("utf-8"))
    (tmp_path / "claims/good.yaml").write_text(GOOD, encoding="utf-8")
    loaded = load_claims([tmp_path / "claims"], tmp_path)
    assert list(loaded.claims) == ["good"]
    (result,) = loaded.failed
    assert (result.id, result.file) == ("bad\\xff", "claims/bad\\xff.yaml")
    assert messages(result) == ["1:1: the file name is not valid UTF-8: rename the file (a claim id is text)"]
    json.dumps([result.id, result.file], ensure_ascii=False).encode("utf-8")  # the reports can print it
