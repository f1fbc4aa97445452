"""Internal consistency: one module per check kind, plus the citation and compare findings.

`registry.py` is the one door: `parse_check()` reads an item of a claim's `checks` list,
`claim_specs()` lists everything a claim is judged by, and `evaluate()` judges one spec.
"""
