"""`factcheck extract`: draft claim files from a document.

Writing dozens of claim files by hand from one article is the largest cost of using factcheck;
this package reads a document (text, Markdown, HTML or a URL), finds its numeric mentions with
the same vocabulary tables as the value grammar (`factcheck.grammar.vocab`), and writes draft claim
files that a reviewer completes and commits.

Layers, bottom up: `document` + `markup` (reading, paragraphs), `clauses` (sentences and
clauses as offsets), `numbers` (number tokens), `timing` (periods and dates), `classify` and
`words` (what a number is: statistic, rank, label; its unit, qualifier, kind), `ranks` (ranks
written as words), `mentions` (all of it per paragraph), `relations` (suggested checks), `names`
(file names), `drafts` (claim files as data and YAML), `command` (the typer command).
Nothing is imported here, so that mounting the command stays cheap.
"""
