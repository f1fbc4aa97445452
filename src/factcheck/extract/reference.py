"""The period a document reports on, as the period of each of its figures is read against it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.grammar.periods import parse_period


@dataclass(frozen=True)
class Reference:
    """The period a document reports on: its canonical text, its year and (for a month or an
    interval of months) its last month."""

    period: str
    year: int
    month: int | None = None

    @classmethod
    def of(cls, value: Reference | int | str | None) -> Reference | None:
        """A reference from a period as `--period` takes it (2023, 2023-03, 2023-Q1, 2023-01/2023-11)."""
        if value is None or isinstance(value, Reference):
            return value
        period = parse_period(value)
        one_month = period.start.year == period.end.year and re.search(r"\d{4}-\d{2}$", period.text)
        return cls(period.text, period.end.year, period.end.month if one_month else None)

    def earlier(self) -> str:
        """ "a year earlier": the same period one year before (2018-07/2018-09 → 2017-07/2017-09)."""
        return re.sub(r"\d{4}", lambda year: str(int(year.group()) - 1), self.period)
