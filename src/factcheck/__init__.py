"""factcheck: a command-line fact checker for numeric claims.

Claims live as one YAML file each; `factcheck run` checks them against each other and
against public statistical data, and gates CI on the result.
"""

__version__ = "0.1.0"
