"""The gate: which findings fail a run (one decision), the policy that says so, and the baseline."""
