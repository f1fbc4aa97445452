"""Keep docs/sources.md, docs/ci.md and docs/extract.md true to the code.

- every `factcheck ...` command and option that they mention exists in the real CLI's --help;
- every `--option` they mention on its own exists in some command's --help;
- every help text they copy ("Usage: factcheck ...") is the real one (whitespace aside);
- every YAML block parses; a sources.yaml block (top-level `sources:`) loads with
  `load_sources`; a claim block (`claim:` and `value:`) loads with `load_claims` without
  invalid findings, and names only sources defined in a sources.yaml block of the same page;
- the [tool.factcheck] and factcheck.yaml blocks of ci.md load with `load_policy`;
- the CI snippets that docs/ci.md shares with README.md are identical in both.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
DOCS = ("docs/sources.md", "docs/ci.md", "docs/extract.md", "docs/check.md")

FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)
INLINE = re.compile(r"`([^`\n]+)`")
MENTION = re.compile(r"(?<![\w/@.-])factcheck[ \t]+(\S.*)$")
OPTION = re.compile(r"^--?[A-Za-z][\w-]*$")


def _text(name: str) -> str:
    return (REPO / name).read_text(encoding="utf-8")


def _blocks(name: str) -> list[tuple[str, str]]:
    """(language, body) of every fenced block."""
    return [(match[1], match[2]) for match in FENCE.finditer(_text(name))]


def _prose(name: str) -> str:
    return FENCE.sub("", _text(name))


def _code_lines(name: str) -> list[str]:
    """Every line of every code block, and every inline code span outside blocks."""
    lines = [line for _, body in _blocks(name) for line in body.splitlines()]
    return lines + INLINE.findall(_prose(name))


# -- the CLI, in-process ------------------------------------------------------------------


@functools.cache
def _help(path: tuple[str, ...]) -> str:
    from typer.testing import CliRunner

    from factcheck.cli import app as cli

    result = CliRunner().invoke(cli.app, [*path, "--help"], env={"COLUMNS": "80"}, catch_exceptions=False)
    assert result.exit_code == 0, f"factcheck {' '.join(path)} --help failed: {result.output}"
    return result.stdout


def _subcommands(path: tuple[str, ...]) -> set[str]:
    """The commands listed under "Commands:" in the help of `path` (empty for a leaf)."""
    names, inside = set(), False
    for line in _help(path).splitlines():
        if line.strip() == "Commands:":
            inside = True
        elif inside and line.startswith("  ") and not line.startswith("   ") and line.strip():
            names.add(line.split()[0])  # a summary's second line is indented further
        elif inside and line.strip() and not line.startswith(" "):
            inside = False
    return names


def _has_option(path: tuple[str, ...], option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", _help(path)) is not None


def _all_command_paths() -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    todo: list[tuple[str, ...]] = [()]
    while todo:
        path = todo.pop()
        found.append(path)
        todo.extend(path + (name,) for name in sorted(_subcommands(path)))
    return found


def _mentions(name: str) -> list[tuple[str, list[str]]]:
    """(the text as written, its tokens after `factcheck`) for every command mention."""
    out = []
    for line in _code_lines(name):
        match = MENTION.search(line.lstrip("$ "))
        if match is None:
            continue
        tokens = match[1].split()
        if tokens and re.match(r"^[a-z][a-z|-]*$|^--?[a-z]", tokens[0]):
            out.append((line.strip(), tokens))
    return out


@pytest.mark.parametrize("name", DOCS)
def test_every_command_and_option_mentioned_exists(name: str) -> None:
    problems = []
    mentions = _mentions(name)
    assert mentions, f"{name} mentions no factcheck command"
    for written, tokens in mentions:
        paths: list[tuple[str, ...]] = [()]
        rest = list(tokens)
        # Walk down the command groups: each word names a subcommand (`a|b|c`: each of them).
        while rest and _subcommands(paths[0]) and not rest[0].startswith("-"):
            word = rest.pop(0).strip("`,.;:()")
            if word.upper() == word and word.strip("[]").isalpha():  # Usage: ... [OPTIONS]
                break
            choices = [w for w in word.split("|") if w]
            for path in paths:
                missing = [w for w in choices if w not in _subcommands(path)]
                if missing:
                    problems.append(
                        f"{written!r}: `factcheck {' '.join(path + (missing[0],))}` is no command "
                        f"(known: {', '.join(sorted(_subcommands(path)))})"
                    )
            paths = [path + (w,) for path in paths for w in choices if w in _subcommands(path)]
            if not paths:
                break
        for token in rest:
            option = token.split("=", 1)[0].strip("`,.;:()")
            if not OPTION.match(option):
                continue
            for path in paths:
                if not _has_option(path, option):
                    problems.append(f"{written!r}: `factcheck {' '.join(path)}` has no option {option}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DOCS)
def test_every_option_named_alone_exists(name: str) -> None:
    """`--offline`, `--strict` / `--no-strict`, `--baseline FILE` in the prose: some command has it."""
    everything = [_help(path) for path in _all_command_paths()]
    problems = []
    for span in INLINE.findall(_prose(name)):
        first = span.split()[0] if span.split() else ""
        if not first.startswith("-"):
            continue
        for option in re.findall(r"(?<![\w-])--?[A-Za-z][\w-]*", span):
            option = option.split("=", 1)[0]
            if not any(re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) for text in everything):
                problems.append(f"{name}: `{span}`: no factcheck command has {option}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DOCS)
def test_copied_help_texts_are_the_real_ones(name: str) -> None:
    copies = [body for lang, body in _blocks(name) if not lang and body.startswith("Usage: factcheck")]
    if name == "docs/sources.md":
        assert len(copies) == 4, "sources.md copies the help of sources list, check, pin and update"
    for body in copies:
        words = body.split("\n", 1)[0].split()[2:]
        path = tuple(word for word in words if not word.startswith("["))
        real = _help(path)
        assert " ".join(body.split()) == " ".join(real.split()), (
            f"the help of `factcheck {' '.join(path)}` in {name} is out of date; it is now:\n{real}"
        )


# -- YAML examples ---------------------------------------------------------------------------


def _yaml_blocks(name: str) -> list[str]:
    return [body for lang, body in _blocks(name) if lang == "yaml"]


def _load(body: str) -> Any:
    return yaml.safe_load(body)


@pytest.mark.parametrize("name", DOCS)
def test_every_yaml_block_parses(name: str) -> None:
    for body in _yaml_blocks(name):
        try:
            _load(body)
        except yaml.YAMLError as error:  # pragma: no cover - the message is the point
            pytest.fail(f"{name}: a YAML block does not parse: {error}\n{body}")


def _sources_blocks() -> list[str]:
    return [
        body for body in _yaml_blocks("docs/sources.md") if isinstance(_load(body), dict) and "sources" in _load(body)
    ]


def _claim_blocks() -> list[str]:
    return [
        body
        for body in _yaml_blocks("docs/sources.md")
        if isinstance(_load(body), dict) and "claim" in _load(body) and "value" in _load(body)
    ]


def test_sources_yaml_examples_load(tmp_path: Path) -> None:
    from factcheck.sources.config import load_sources

    blocks = _sources_blocks()
    assert len(blocks) >= 6, "sources.md shows a sources.yaml for the whole file and for each type"
    types = set()
    for number, body in enumerate(blocks):
        path = tmp_path / f"example-{number}" / "sources.yaml"
        path.parent.mkdir()
        path.write_text(body, encoding="utf-8")
        config = load_sources(path)  # a ConfigError names the line of the block
        types |= {source.type for source in config.sources.values()}
    from factcheck.sources.registry import ADAPTERS

    assert types == set(ADAPTERS), f"no sources.yaml example of type {sorted(set(ADAPTERS) - types)}"


def test_claim_examples_load_without_invalid_findings(tmp_path: Path) -> None:
    from factcheck.load.claims import load_claims
    from factcheck.model import SourceRef

    defined = {name for body in _sources_blocks() for name in _load(body)["sources"]}
    blocks = _claim_blocks()
    assert len(blocks) >= 6, "sources.md shows a claim for each source type"
    for number, body in enumerate(blocks):
        folder = tmp_path / f"example-{number}" / "claims"
        folder.mkdir(parents=True)
        (folder / "example.yaml").write_text(body, encoding="utf-8")
        loaded = load_claims([folder], tmp_path)
        problems = [f"{f.position}: {f.message}" for result in loaded.failed for f in result.findings]
        assert not problems, f"a claim example of sources.md is invalid:\n{body}\n" + "\n".join(problems)
        claim = loaded.claims["example"]
        refs = [claim.compare] if claim.compare is not None else []
        refs += [op for spec in claim.checks for op in spec.operands() if isinstance(op, SourceRef)]
        assert refs, f"a claim example of sources.md refers to no source:\n{body}"
        unknown = {ref.source for ref in refs} - defined
        assert not unknown, f"source {sorted(unknown)} is in no sources.yaml example of sources.md:\n{body}"


def test_project_settings_examples_load(tmp_path: Path) -> None:
    from factcheck.gate.policy import load_policy
    from factcheck.model import Verdict

    tomls = [body for lang, body in _blocks("docs/ci.md") if lang == "toml"]
    settings = [
        body
        for body in _yaml_blocks("docs/ci.md")
        if isinstance(_load(body), dict) and {"fail-on", "fail_on", "strict"} & set(_load(body))
    ]
    assert tomls and settings, "ci.md shows [tool.factcheck] and factcheck.yaml"
    policies = []
    for number, body in enumerate(tomls):
        tomllib.loads(body)
        root = tmp_path / f"toml-{number}"
        root.mkdir()
        (root / "pyproject.toml").write_text(body, encoding="utf-8")
        policies.append(load_policy(root))
    for number, body in enumerate(settings):
        root = tmp_path / f"yaml-{number}"
        root.mkdir()
        (root / "factcheck.yaml").write_text(body, encoding="utf-8")
        policies.append(load_policy(root))
    for policy in policies:
        assert Verdict.UNCITED in policy.fail_on  # the examples add uncited to the default list
        assert policy.baseline == "factcheck-baseline.json"
    assert len({policy.fail_on for policy in policies}) == 1, "the toml and yaml examples say the same"


def test_ci_snippets_match_the_readme() -> None:
    """The snippets that README.md and docs/ci.md share are identical (the first line names each)."""
    readme = REPO / "README.md"
    if not readme.exists():
        pytest.skip("no README.md")
    ours = {body.split("\n", 1)[0]: body for _, body in _blocks("docs/ci.md")}
    shared = 0
    for _, body in FENCE.findall(readme.read_text(encoding="utf-8")):
        first = body.split("\n", 1)[0]
        if first in ours and first.startswith(("# ", "[tool.factcheck]")):
            shared += 1
            assert ours[first] == body, f"docs/ci.md and README.md differ in the snippet {first!r}"
    assert shared >= 4, "docs/ci.md carries README.md's pre-commit, GitHub, GitLab and [tool.factcheck] snippets"
