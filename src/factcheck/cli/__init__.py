"""The command line: thin typer commands over the pipeline, the gate and the reports."""

from factcheck.cli.app import main

__all__ = ["main"]
