"""Gate policy: which verdicts fail the run, and the exit status that follows.

The default gate fails on `invalid`, `error`, `fail`, `contradicted` and `misquoted`: problems
of the claim files, of the sources, and of the claims themselves. `--strict` adds `uncited`
and `unverifiable` (a claim nobody can check is not accepted). `--fail-on` replaces the list
(`--fail-on none` gates on nothing); `--strict` adds to whatever list is in force.

Both can be set for a repository, in `pyproject.toml`:

    [tool.factcheck]
    fail-on = ["fail", "contradicted", "invalid", "error", "uncited"]   # or "fail,contradicted"
    strict = false
    baseline = "factcheck-baseline.json"

or in `factcheck.yaml` at the root with the same keys (`fail_on` is accepted too). When both
files exist, `factcheck.yaml` is used. The command line wins over either.

The decision itself (which finding fails the gate, the exit status) is `decision.py`'s.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from factcheck.errors import ConfigError, UsageError
from factcheck.files import read_config_text
from factcheck.gate.decision import DEFAULT_FAIL_ON, Policy
from factcheck.model import Verdict

CONFIG_KEYS = ("fail-on", "fail_on", "strict", "baseline")


def parse_verdicts(raw: str | Iterable[str], where: str = "--fail-on") -> frozenset[Verdict]:
    """`"fail,contradicted"` or a list of names → verdicts; `none` or empty means none.

    Raises ValueError naming the unknown word; callers turn it into a UsageError or ConfigError.
    An empty string is refused (an unset variable must not switch the gate off): say `none`.
    """
    if isinstance(raw, str) and not raw.replace(",", "").strip():  # "" or ",,," alike
        raise ValueError(f"{where}: empty; write `none` to fail on nothing")
    words = raw.split(",") if isinstance(raw, str) else list(raw)
    verdicts: set[Verdict] = set()
    for word in words:
        if not isinstance(word, str):
            raise ValueError(f"{where}: expected verdict names, got {word!r}")
        name = word.strip().lower()
        if name in ("", "none"):
            continue
        try:
            verdicts.add(Verdict(name))
        except ValueError:
            known = ", ".join(v.value for v in Verdict)
            raise ValueError(f"{where}: unknown verdict {word.strip()!r} (known: {known})") from None
    return frozenset(verdicts)


def load_policy(root: Path, fail_on: str | None = None, strict: bool | None = None) -> Policy:
    """The policy for a run in the claims repository at `root`; command-line values win.

    `fail_on`/`strict` are the command-line values, None when not given. Raises UsageError for
    a bad `--fail-on` and ConfigError (with file:line) for a bad configuration file.
    """
    config, origin = read_config(root)
    base, configured_strict, baseline = (
        _settings(config, origin, _config_text(origin)) if config else (DEFAULT_FAIL_ON, False, None)
    )
    if fail_on is not None:
        try:
            base = parse_verdicts(fail_on)
        except ValueError as error:
            raise UsageError(str(error)) from None
        origin = "command line"
    return Policy(base, configured_strict if strict is None else strict, baseline, origin)


def read_config(root: Path) -> tuple[dict[str, Any], str]:
    """The factcheck settings of the repository at `root` and the file they came from."""
    yaml_path = root / "factcheck.yaml"
    if yaml_path.is_file():
        return _read_yaml_config(yaml_path), str(yaml_path)
    toml_path = root / "pyproject.toml"
    if toml_path.is_file():
        return _read_toml_config(toml_path), str(toml_path)
    return {}, "default"


def _read_toml_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(read_config_text(path, "the configuration"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from None
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to be read") from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: [tool] must be a table")
    section = tool.get("factcheck", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.factcheck] must be a table")
    return section


def _read_yaml_config(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(read_config_text(path, "the configuration"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ConfigError(f"{where}: invalid YAML: {getattr(error, 'problem', error)}") from None
    except RecursionError:  # PyYAML composes nodes recursively
        raise ConfigError(f"{path}: nested too deeply to be read") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1:1: factcheck.yaml must be a mapping of settings")
    return data


def _config_text(origin: str) -> str:
    try:
        return Path(origin).read_text(encoding="utf-8")
    except OSError:
        return ""


def _settings(config: Mapping[str, Any], origin: str, text: str) -> tuple[frozenset[Verdict], bool, str | None]:
    """(fail-on before --strict, strict, baseline path) from a configuration mapping."""
    for key in config:
        if key not in CONFIG_KEYS:
            close = difflib.get_close_matches(str(key), CONFIG_KEYS, n=1)
            hint = f" (did you mean `{close[0]}`?)" if close else f" (known: {', '.join(CONFIG_KEYS)})"
            raise ConfigError(f"{_where(origin, text, str(key))}: unknown setting `{key}`{hint}")
    fail_on = DEFAULT_FAIL_ON
    raw = config.get("fail-on", config.get("fail_on"))
    if raw is not None:
        key = "fail-on" if "fail-on" in config else "fail_on"
        if not isinstance(raw, (str, list)):
            raise ConfigError(f"{_where(origin, text, key)}: {key} must be a list or a comma-separated string")
        try:
            fail_on = parse_verdicts(raw, key)
        except ValueError as error:
            raise ConfigError(f"{_where(origin, text, key)}: {error}") from None
    strict = config.get("strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(f"{_where(origin, text, 'strict')}: strict must be true or false")
    baseline = config.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError(f"{_where(origin, text, 'baseline')}: baseline must be a file path")
    return fail_on, strict, baseline


def _where(origin: str, text: str, key: str) -> str:
    """`file:line` of `key` in the configuration text (the first setting line naming it)."""
    in_section = not origin.endswith(".toml")
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[:=]")
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_section = stripped.replace(" ", "") in ("[tool.factcheck]",)
            continue
        if in_section and pattern.match(line):
            return f"{origin}:{number}"
    return origin
