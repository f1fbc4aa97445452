"""`factcheck extract`: draft claim files from a document.

Writing dozens of claim files by hand from one article is the largest cost of using factcheck;
this package reads a document (text, Markdown, HTML or a URL), finds its numeric mentions with
the same vocabulary tables as the value grammar (`factcheck.vocab`), and writes draft claim
files that a reviewer completes and commits.

Modules: `document` (reading), `clauses` (paragraphs, sentences, clauses), `numbers` (number
tokens in running text), `mentions` (statistical mentions: qualifiers, units, kinds, periods),
`relations` (suggested checks), `names` (file names), `drafts` (claim-file drafts and YAML),
`command` (the typer command). Kept import-light: nothing is imported here.
"""
