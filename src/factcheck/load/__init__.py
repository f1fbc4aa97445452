"""Claim files in, `Claim` objects or `invalid` findings out: schema, then the grammar pass."""
