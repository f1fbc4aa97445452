"""Reports: every format is a view of the one JSON record built by `records.build_report`.

`registry.REPORTERS` maps `--format` names to their modules.
"""
