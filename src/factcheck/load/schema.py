"""The shape of a claim file (docs/claim-format.md): validation with pydantic v2, and its JSON Schema.

Validation runs on the plain data that `yamlio` built and reports every problem at once, each
as one line at the right place: an unknown key at the key (with a "did you mean"), a wrong
type at the value, a missing key at the mapping. pydantic is imported only when a file is
validated or the schema is asked for, so `factcheck --help` stays light.

The JSON Schema (`claim_json_schema()`) is for editors' YAML language servers
(`# yaml-language-server: $schema=...`). The items of `checks` are described by
`factcheck.checks.registry.check_json_schemas()` (kind → schema of the value under the kind's key).
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
from typing import Annotated, Any, Optional

from factcheck.checks.registry import JUDGES, check_json_schemas
from factcheck.grammar.periods import SCHEMA_PATTERN as PERIOD_PATTERN
from factcheck.grammar.refs import SOURCE_REF_KEYS
from factcheck.grammar.vocab import QUALIFIER_WORDS, QUALIFIERS
from factcheck.yamlio.doc import YamlDoc, YamlProblem, describe

TOP_KEYS = (
    "claim",
    "value",
    "unit",
    "per",
    "qualifier",
    "tolerance",
    "rounded",
    "kind",
    "subject",
    "period",
    "citation",
    "checks",
    "compare",
    "accept",
)
CITATION_KEYS = ("title", "publisher", "url", "document", "published", "accessed", "quote", "locator")
KINDS = ("fact", "estimate", "target", "label")
#: What an `accept:` entry may name: the checks, the citation and the compare block.
ACCEPTABLE = tuple(JUDGES)

_REQUIRED_HINTS = {
    "claim": "the claim as stated, verbatim",
    "value": "the number as stated",
    "citation": "use `citation: {}` for an uncited claim",
}


def is_extension_key(key: object) -> bool:
    """`x-` keys are kept and ignored (see docs/claim-format.md)."""
    return isinstance(key, str) and key.startswith("x-")


def schema_problems(doc: YamlDoc) -> list[YamlProblem]:
    """Every schema problem of a loaded mapping, placed and worded for a person."""
    from pydantic import ValidationError  # pydantic only when a file is validated

    data = {key: value for key, value in doc.data.items() if not is_extension_key(key)}
    try:
        _claim_model().model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False):
            path = tuple(item["loc"])
            if _already_reported(path, doc):
                continue
            problems.append(_translate(item, path, doc))
        return problems
    return []


def _already_reported(path: tuple[Any, ...], doc: YamlDoc) -> bool:
    return any(path[:length] in doc.problem_paths for length in range(1, len(path) + 1))


def _translate(item: dict[str, Any], path: tuple[Any, ...], doc: YamlDoc) -> YamlProblem:
    kind = item["type"]
    name = ".".join(str(part) for part in path)
    if kind == "extra_forbidden":
        line, column = doc.key_positions.get(path) or doc.positions.get(path, (1, 1))
        return YamlProblem(line, column, _unknown_key(path), path)
    if kind == "missing":
        line, column = doc.positions.get(path[:-1], (1, 1))
        hint = _REQUIRED_HINTS.get(name)
        return YamlProblem(line, column, f"missing required key `{name}`" + (f" ({hint})" if hint else ""), path)
    line, column = doc.positions.get(path) or doc.positions.get(path[:-1], (1, 1))
    value = item.get("input")
    context = item.get("ctx") or {}
    if kind == "fc_type":
        reason = f"`{name}` must be {context['expected']}, not {describe(value)}"
        reason += _written_hint(value, doc.texts.get(path))
    elif kind == "fc_choice":
        reason = f"`{name}` must be one of {context['choices']}, not `{value}`"
        reason += _suggestion(str(value), context["choices"].split(", "))
    elif kind == "fc_format":
        reason = f"`{name}` must be {context['expected']}, not `{value}`"
    elif kind == "fc_empty":
        reason = f"`{name}` must not be empty"
    else:
        reason = f"`{name}`: {item['msg']}"
    return YamlProblem(line, column, reason, path)


def _unknown_key(path: tuple[Any, ...]) -> str:
    key = str(path[-1])
    if len(path) == 1:
        tail = _suggestion(key, TOP_KEYS) or " (keys of your own must start with `x-`)"
        return f"unknown key `{key}`{tail}"
    if path[0] == "citation" and len(path) == 2:
        return f"unknown key `{key}` in `citation`{_suggestion(key, CITATION_KEYS)}"
    return f"unknown key `{key}` in `{'.'.join(str(part) for part in path[:-1])}`"


def _suggestion(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean `{close[0]}`?)" if close else ""


def _written_hint(value: Any, text: str | None) -> str:
    if isinstance(value, bool) and text is not None:
        return f' (YAML reads `{text}` as {"true" if value else "false"}; quote it: "{text}")'
    if value is None:
        return " (the key has no value)" if text is None or text == "" else ""
    return ""


# -- the models (built on first use: pydantic costs ~80 ms to import) ---------------------------


def _type_error(expected: str) -> Exception:
    from pydantic_core import PydanticCustomError  # pydantic only when a file is validated

    return PydanticCustomError("fc_type", "must be {expected}", {"expected": expected})


def _text(value: Any) -> str:
    """Free text; a YAML number is taken as the text it was written as (`period: 2022`)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise _type_error("text")


def _claim_text(value: Any) -> str:
    from pydantic_core import PydanticCustomError  # pydantic only when a file is validated

    text = _text(value)
    if not text.strip():
        raise PydanticCustomError("fc_empty", "must not be empty")
    return text


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def _format_error(expected: str) -> Exception:
    from pydantic_core import PydanticCustomError  # pydantic only when a file is validated

    return PydanticCustomError("fc_format", "must be {expected}", {"expected": expected})


def _date_text(value: Any) -> str:
    """A date written YYYY-MM-DD (docs/claim-format.md: `published`, `accessed`); the loader keeps it as text."""

    text = _text(value).strip()
    try:
        if _DATE.match(text):
            datetime.date.fromisoformat(text)
            return text
    except ValueError:
        pass
    raise _format_error("a date YYYY-MM-DD")


def _url_text(value: Any) -> str:
    """An http(s) URL (docs/claim-format.md: `url`)."""
    text = _text(value).strip()
    if _URL.match(text):
        return text
    raise _format_error("an http(s) URL")


def _value(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _type_error("a number or a string")
    return value


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _type_error("true or false")


def _kind(value: Any) -> str:
    from pydantic_core import PydanticCustomError  # pydantic only when a file is validated

    text = _text(value)
    if text not in KINDS:
        raise PydanticCustomError("fc_choice", "must be one of {choices}", {"choices": ", ".join(KINDS)})
    return text


def _acceptable(value: Any) -> str:
    from pydantic_core import PydanticCustomError  # pydantic only when a file is validated

    text = _text(value)
    if text not in ACCEPTABLE:
        raise PydanticCustomError("fc_choice", "must be one of {choices}", {"choices": ", ".join(ACCEPTABLE)})
    return text


def _mapping_or_null(what: str) -> Any:
    def check(value: Any) -> Any:
        if value is None or isinstance(value, dict):
            return value
        raise _type_error(what)

    return check


def _accept_list(value: Any) -> Any:
    if value is None or isinstance(value, list):
        return value
    raise _type_error("a list of accepted findings (each item `- check: ...` with `reason: ...`)")


def _list_or_null(value: Any) -> Any:
    if value is None or isinstance(value, list):
        return value
    raise _type_error("a list of checks (each item `- kind: ...`)")


@functools.cache
def _claim_model() -> Any:
    from pydantic import (  # not at start-up
        BaseModel,
        BeforeValidator,
        ConfigDict,
        Field,
        PlainValidator,
        WithJsonSchema,
    )

    text_schema = {"type": ["string", "number"]}
    Text = Annotated[str, PlainValidator(_text), WithJsonSchema(text_schema)]
    Claim_ = Annotated[str, PlainValidator(_claim_text), WithJsonSchema({"type": ["string", "number"], "minLength": 1})]
    Value = Annotated[Any, PlainValidator(_value), WithJsonSchema({"type": ["number", "string"]})]
    Flag = Annotated[bool, PlainValidator(_flag), WithJsonSchema({"type": "boolean"})]
    KindText = Annotated[str, PlainValidator(_kind), WithJsonSchema({"enum": list(KINDS)})]
    DateText = Annotated[str, PlainValidator(_date_text), WithJsonSchema({"type": "string", "format": "date"})]
    UrlText = Annotated[
        str, PlainValidator(_url_text), WithJsonSchema({"type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"})
    ]

    CheckName = Annotated[str, PlainValidator(_acceptable), WithJsonSchema({"enum": list(ACCEPTABLE)})]

    class Accept(BaseModel):
        """A known finding, accepted on purpose: it is reported as accepted and does not fail the gate."""

        model_config = ConfigDict(extra="forbid", title="accept")
        check: CheckName = Field(description="The check whose findings on this claim are accepted.")
        reason: Claim_ = Field(description="Why: shown beside the finding in every report.")

    Accepts = Annotated[
        Optional[list[Accept]],
        BeforeValidator(_accept_list),
    ]

    QualifierText = Annotated[
        str,
        PlainValidator(_text),
        WithJsonSchema({"enum": [*QUALIFIERS, *sorted(set(QUALIFIER_WORDS) - set(QUALIFIERS))]}),
    ]
    PeriodText = Annotated[
        str,
        PlainValidator(_text),
        WithJsonSchema({"anyOf": [{"type": "integer"}, {"type": "string", "pattern": PERIOD_PATTERN}]}),
    ]

    class Citation(BaseModel):
        """Where the claim was made (see docs/claim-format.md). `citation: {}` or `citation: null`: uncited."""

        model_config = ConfigDict(extra="forbid", title="citation")
        title: Optional[Text] = Field(None, description="The document's title.")
        publisher: Optional[Text] = Field(None, description="Who published it.")
        url: Optional[UrlText] = Field(
            None, description="Where it can be read: an http(s) URL (never fetched by validate)."
        )
        document: Optional[Text] = Field(
            None, description="A local copy: a path relative to the claims repository root."
        )
        published: Optional[DateText] = Field(None, description="Publication date, YYYY-MM-DD.")
        accessed: Optional[DateText] = Field(None, description="Date the citation was checked, YYYY-MM-DD.")
        quote: Optional[Text] = Field(
            None, description="The document's words that make the claim; must contain the value as written."
        )
        locator: Optional[Text] = Field(None, description="Page, paragraph or section.")

    CitationSlot = Annotated[
        Optional[Citation], BeforeValidator(_mapping_or_null("a mapping of citation keys, {} or null"))
    ]
    Checks = Annotated[Optional[list[Any]], BeforeValidator(_list_or_null), WithJsonSchema(_checks_schema())]
    Compare = Annotated[
        Optional[dict[str, Any]],
        BeforeValidator(_mapping_or_null("a source reference mapping (source:, series:, ...)")),
        WithJsonSchema({"anyOf": [_source_ref_schema(), {"type": "null"}]}),
    ]

    class ClaimFile(BaseModel):
        """One numeric claim (factcheck claim file, format version 1). Keys starting with `x-` are kept and ignored."""

        model_config = ConfigDict(extra="forbid", title="factcheck claim")
        claim: Claim_ = Field(description="The claim as stated (verbatim text).")
        value: Value = Field(description='The number as stated: 1793, 57.9, "725万", "30%-50%", "三千五百".')
        unit: Optional[Text] = Field(
            None, description="The unit as stated: 家, 千瓦, 万千瓦, %, 个百分点, 亿元, USD ..."
        )
        qualifier: Optional[QualifierText] = Field(
            None,
            description="about, at-least, more-than, at-most, less-than, nearly, odd (or the words: 约, 以上, 超过, ...).",  # noqa: E501
        )
        tolerance: Optional[Text] = Field(None, description="Extra widening: absolute (0.5, 5万) or relative (2%).")
        rounded: Optional[Flag] = Field(
            None, description="Override the rounding rule: true for a rounded count, false for an exact measure."
        )
        per: Optional[Text] = Field(
            None,
            description="The unit the value is per, when the unit does not say: 人 for 人均…元, household, 亩; none to turn off.",  # noqa: E501
        )
        kind: Optional[KindText] = Field(None, description="fact (default), estimate, target or label.")
        subject: Optional[Text] = Field(None, description="What is measured, free text.")
        period: Optional[PeriodText] = Field(
            None, description="2022, 2022-11, 2022-Q3, 2022-H1, 2022-01/2022-11 or 2022-08-26."
        )
        citation: CitationSlot = Field(description="Where the claim was made; {} or null for an uncited claim.")
        checks: Checks = Field(
            None,
            description="Relations this claim's value must satisfy (sum, difference, ratio, share, growth, contributions, rank, order, same, formula).",  # noqa: E501
        )
        compare: Compare = Field(None, description="Comparison with public data: a source reference.")
        accept: Accepts = Field(
            None,
            description="Known findings accepted on purpose, each with its reason: [{check: difference, reason: ...}].",
        )

    return ClaimFile


def _source_ref_schema() -> dict[str, Any]:
    text = {"type": ["string", "number"]}
    descriptions = {
        "source": "A key of sources.yaml.",
        "series": "The source's own series or indicator code.",
        "where": "Dimension filters in the source's own terms.",
        "period": "Defaults to the claim's period.",
        "scale": "The source's unit in base units (1e8 or 亿).",
        "unit": "The source value's unit when the source gives none.",
        "tolerance": "Accepted relative (1%) or absolute difference.",
        "across": "rank: the dimension whose members are ranked.",
        "self": "rank: the member that is the claim's own.",
    }
    properties: dict[str, Any] = {key: {**text, "description": descriptions.get(key, "")} for key in SOURCE_REF_KEYS}
    properties["where"] = {"type": "object", "additionalProperties": text, "description": descriptions["where"]}
    return {
        "type": "object",
        "properties": properties,
        "required": ["source", "series"],
        "additionalProperties": False,
        "description": "A source reference (see docs/sources.md).",
    }


def _checks_schema() -> dict[str, Any]:
    """The `checks` list: per-kind schemas from the checks package when it provides them."""
    item = {
        "oneOf": [
            {"type": "object", "properties": {kind: body}, "required": [kind], "additionalProperties": False}
            for kind, body in sorted(check_json_schemas().items())
        ]
    }
    return {"type": ["array", "null"], "items": item}


def claim_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a claim file, for editors and CI validators."""
    schema = _claim_model().model_json_schema()
    schema["patternProperties"] = {"^x-": {"description": "Kept and ignored: keys of your own."}}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
