"""Relations a document states between its own numbers, drafted as complete checks.

One module per relation pattern (`partition`, `share`, `change`, `contributions`, `rates`,
`same`, `outside`), each with an `ID` and an `infer(ctx)` that yields `Relation`s; `registry`
runs them all over one `Context` and merges what they found per mention.
"""
