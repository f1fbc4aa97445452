"""Every adapter of ADAPTERS is complete: user docs, options, and the pure functions."""

from __future__ import annotations

import inspect

import pytest

from factcheck.sources.registry import ADAPTERS


@pytest.mark.parametrize("name", sorted(ADAPTERS))
def test_adapter_is_complete_and_documented(name: str) -> None:
    adapter = ADAPTERS[name]
    assert adapter.TYPE == name
    doc = inspect.getdoc(adapter) or ""
    assert doc.startswith(f"{name}: ") and "```yaml" in doc and "Pass" in doc and "Fail" in doc
    assert isinstance(adapter.OPTIONS, dict) and isinstance(adapter.DEFAULT_URL, str)
    for function in ("check_options", "requests", "decode", "follow", "rows"):
        assert callable(getattr(adapter, function)), function
    assert list(inspect.signature(adapter.decode).parameters) == ["body", "request", "source"]
    assert list(inspect.signature(adapter.rows).parameters) == ["doc", "request", "source"]
