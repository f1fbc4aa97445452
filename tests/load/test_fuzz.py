"""Properties: no bytes or text given as a claim file escape as an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.load.claims import load_claims
from factcheck.yamlio.reader import parse_yaml

# Pieces of YAML syntax, so that generated text reaches the parser's deeper states.
TOKENS = st.sampled_from(
    [
        "claim",
        "value",
        "citation",
        "checks",
        "compare",
        "unit",
        "period",
        "kind",
        "quote",
        "x-a",
        "<<",
        ": ",
        ":",
        "- ",
        "-",
        "? ",
        "&a ",
        "*a",
        "!foo ",
        "!!str ",
        "!!python/object ",
        "[",
        "]",
        "{",
        "}",
        ", ",
        "'",
        '"',
        "|",
        ">",
        "#",
        "---",
        "...",
        "%YAML 1.1",
        "\n",
        "\n  ",
        "  ",
        "\t",
        "1793",
        "57.90",
        "no",
        "~",
        "010",
        "1:20",
        "2023-01-05",
        "725万",
        "家",
        "\ufeff",
        "\x85",
        "\u2028",
        "😀",
        "\\",
        "\x00",
        "\r",
    ]
)
YAMLISH = st.lists(TOKENS, max_size=40).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_sane(doc) -> None:
    if doc.ok:
        assert isinstance(doc.data, dict)
    for problem in doc.problems:
        assert problem.line >= 1 and problem.column >= 1
        assert problem.reason and "\n" not in problem.reason


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes(raw: bytes) -> None:
    assert_sane(parse_yaml(raw))


@SETTINGS
@given(st.text(max_size=200))
def test_arbitrary_text(text: str) -> None:
    assert_sane(parse_yaml(text.encode("utf-8", "surrogatepass")))


@SETTINGS
@given(YAMLISH)
def test_yaml_like_text(text: str) -> None:
    assert_sane(parse_yaml(text.encode("utf-8")))


CLAIM_LIKE = st.tuples(
    st.sampled_from(["claim: x\n", "claim: 全市1793家\n", "", "claim: [\n"]),
    st.sampled_from(["value: 1793\n", "value: 57.90\n", "value: '725万'\n", "value: no\n", "value:\n", ""]),
    st.sampled_from(["citation: {}\n", "citation:\n  quote: 1793\n", "citation: x\n", ""]),
    YAMLISH,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(CLAIM_LIKE.map(str.encode), st.binary(max_size=200)))
def test_whole_loader_turns_anything_into_a_claim_or_findings(tmp_path: Path, raw: bytes) -> None:
    folder = tmp_path / "claims"
    folder.mkdir(exist_ok=True)
    (folder / "c.yaml").write_bytes(raw)
    loaded = load_claims([folder], tmp_path)
    assert len(loaded.claims) + len(loaded.failed) == 1
    for result in loaded.failed:
        assert result.findings
        for finding in result.findings:
            assert "internal error" not in finding.message, finding.message
            assert finding.position.line >= 1 and finding.position.column >= 1
            assert "\n" not in finding.message
