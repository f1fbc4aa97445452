"""Documents as text: the one reader shared by `factcheck extract` and the citation check.

A draft's quote is a piece of a paragraph as this package reads it, and the citation check
looks for quotes in the same text, so both read every format here and nowhere else:

- `read`: a path or URL → `Document` (size caps, decoding, the format by name or content type);
- `text`: the `Document` and `Paragraph` records, plain-text paragraphs, the language guess;
- `markdown`, `html_`: visible text as blocks (for HTML, the main content without site chrome);
- `pdf`, `docx_`: through optional libraries (`pip install 'factcheck[documents]'`).
"""
