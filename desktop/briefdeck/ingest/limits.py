"""Size limits for input files; module attributes so tests (and callers) can lower them."""

MB = 1024 * 1024

MAX_TEXT_BYTES = 60 * MB  # .txt, .md, .html and pasted text
MAX_DOCUMENT_BYTES = 200 * MB  # .pdf and .docx files on disk
MAX_DOCX_XML_BYTES = 60 * MB  # word/document.xml once uncompressed (zip bombs)
MAX_DOCX_TOTAL_BYTES = 300 * MB  # every member of a .docx once uncompressed
MAX_DOCX_MEMBERS = 5000
MAX_PDF_PAGES = 3000
