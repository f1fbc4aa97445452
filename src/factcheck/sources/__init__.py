"""Public data sources: sources.yaml, one adapter module per `type:`, and resolving references.

`registry.ADAPTERS` maps each type to its adapter (the contract is in `base.py`);
`resolve.resolve_refs()` turns every source reference of a run into one `Resolved` value
through the pin, the cache and the network (`fetch.py`), planned once (`plan.py`).
"""
