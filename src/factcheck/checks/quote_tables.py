"""A quote's number read from a table copied as text: cells apart by spaces, a unit in a header row
or a label, a scale written once for a list or in a thousands header (see `citation._holds_number`).

Apart from `citation` because it is the slow, rarely needed part: the readers are imported only
when a quote does not hold the number as plain text, so a run whose quotes all do never loads them.
"""

from __future__ import annotations

from factcheck.grammar.flatcolumns import flat_column_values
from factcheck.grammar.flattables import flat_values
from factcheck.grammar.linetable import line_table_values
from factcheck.grammar.sharedscale import shared_scale_values
from factcheck.grammar.spacedgroups import spaced_figures
from factcheck.grammar.tables import spaced_values, table_values
from factcheck.grammar.textnorm import fold
from factcheck.grammar.thousands import thousands_header_values


def cells_hold(quote: str, candidates: set[str], scale_word: str) -> bool:
    """Whether a figure or cell of the quote, with the scale its table gives it, is a candidate."""
    if any(fold(figure + scale_word) in candidates for figure in spaced_figures(quote)):
        return True  # "2019 2 048 2 575": thousands apart by a space, in a row of cells apart by spaces
    if "|" in quote and any(fold(cell) + unit.scale in candidates for cell, unit in table_values(quote)):
        return True  # a table cell under "绝对数(万人)": the quote runs from the header row to the cell's row
    if any(fold(cell + unit.scale) in candidates for cell, unit in spaced_values(quote)):
        return True  # "单位:万人" over "城镇 90199 63.89": the unit line gives the scale
    if any(fold(cell + unit.scale) in candidates for cell, unit in flat_values(quote)):
        return True  # "FOB Value (in Million US Dollars) 5,898.02": the row's label gives the scale
    if any(fold(cell + unit.scale) in candidates for cell, unit in flat_column_values(quote)):
        return True  # "millions of dollars" under "March 2011 February 2012r …": the columns give it
    if any(fold(cell + unit.scale) in candidates for cell, unit in line_table_values(quote)):
        return True  # "NOK Billion … Exports 146.2": a whole table on one line, its header gives it
    if any(fold(amount + scale) in candidates for amount, scale in shared_scale_values(quote)):
        return True  # "SEK 24 and SEK 10 billion": a list's amounts share the scale written once
    # "Imports (US'000) $499,119": the header gives the scale
    return any(fold(figure + scale) in candidates for figure, scale in thousands_header_values(quote))
