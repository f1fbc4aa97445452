"""The run: load → relation graph → sources → checks, and runs limited to what changed."""
