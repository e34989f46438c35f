"""Size limits for input files; module attributes so tests (and callers) can lower them.

An article longer than the drafting limit is refused here, before the costly steps (decoding
a guessed encoding, boilerplate, extraction), so that a user learns at once, and cheaply.
"""

MB = 1024 * 1024

# The longest article text drafted (the same number as briefdeck.extract.MAX_DRAFT_CHARS).
MAX_ARTICLE_CHARS = 1_000_000
# .txt, .md and pasted plain text: 1,000,000 characters take at most 4 bytes each (UTF-8,
# UTF-16, UTF-32), so a bigger file cannot hold an article that can be drafted.
MAX_TEXT_BYTES = 4 * MB
# .html: markup and inline scripts or images weigh far more than the words; the page's text
# is counted again once parsed (html.check_page_text), before the story is looked for.
MAX_HTML_BYTES = 16 * MB
MAX_DOCUMENT_BYTES = 200 * MB  # .pdf and .docx files on disk (scans, photos)
MAX_EMAIL_BYTES = 40 * MB  # a saved .eml with its attachments
MAX_DOCX_XML_BYTES = 60 * MB  # word/document.xml once uncompressed (zip bombs)
MAX_DOCX_TOTAL_BYTES = 300 * MB  # every member of a .docx once uncompressed
MAX_DOCX_MEMBERS = 5000
MAX_PDF_PAGES = 3000


def too_long(name: str, chars: int, where: str = "") -> str:
    """The message for text past MAX_ARTICLE_CHARS: how much there is and the limit."""
    return (
        f"{name}: too long ({where}{chars:,} characters of text; the limit is "
        f"{MAX_ARTICLE_CHARS:,}); split it into parts"
    )


def too_large(name: str, size: int, cap: int, kind: str, note: str = "") -> str:
    """The message for a file past its byte limit: its size and the limit."""
    return f"{name}: too large ({_size(size)}; the limit for {kind} is {_size(cap)}){note}"


def _size(n: int) -> str:
    if n >= 10 * MB:
        return f"{n / MB:.0f} MB"
    if n >= MB:
        return f"{n / MB:.1f} MB"
    return f"{n:,} bytes"
