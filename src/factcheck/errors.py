"""The exception tree.

FactcheckError
├── ToolError           the tool could not run at all: exit status 2, one stderr line
│   ├── UsageError      a bad option value or combination on the command line
│   └── ConfigError     sources.yaml, factcheck.yaml or [tool.factcheck] is unreadable or invalid
└── ClaimError          one problem with one claim file: becomes an `invalid` finding, never a crash
    └── ValueParseError a value, unit, qualifier, tolerance or period that the grammar refuses

A ClaimError carries its position when the raiser knows it; the loader fills it in otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.model import Position


class FactcheckError(Exception):
    """Base of every error the project raises on purpose."""


class ToolError(FactcheckError):
    """The run cannot go on: reported as one line on stderr, exit status 2."""


class UsageError(ToolError):
    """A bad command line that click itself could not catch."""


class ConfigError(ToolError):
    """An invalid configuration file; the message already names file:line:col."""


class ClaimError(FactcheckError):
    """A problem with one claim file, reported as an `invalid` finding at `position`."""

    def __init__(self, reason: str, position: Position | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.position = position

    def at(self, position: Position) -> ClaimError:
        """Return the same error placed at `position` unless it already has one."""
        if self.position is None:
            self.position = position
        return self


class ValueParseError(ClaimError):
    """Text that the value, unit, qualifier, tolerance or period grammar refuses."""
