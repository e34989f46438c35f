"""Ingest: an article file (or pasted text) to an Article. No Qt.

    read_article(path) -> Article             .txt .md .html .pdf .docx, by suffix and content
    article_from_text(text, name) -> Article  pasted text (plain, markdown or HTML)

Every failure reaches the caller as an InputError with a one-line message.
"""

from __future__ import annotations

import codecs
import re
from os import PathLike
from pathlib import Path

from dateutil import parser as dateparser

from briefdeck.errors import InputError
from briefdeck.ingest import limits
from briefdeck.ingest.article import Article
from briefdeck.ingest.boilerplate import find_boilerplate
from briefdeck.ingest.metadata import metadata_from_text, parse_date
from briefdeck.ingest.text import bom_encoding, clean, decode, require_text

__all__ = ["Article", "article_from_text", "read_article"]

_SUFFIX_KIND = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
}
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b", re.IGNORECASE | re.DOTALL
)
_HTML_TAGS = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|article|li)\b[^>]*>", re.IGNORECASE)
_MD_SIGNALS = re.compile(
    r"^#{1,6}\s+\S|^\s*```|\[[^\]\n]+\]\([^)\s]+\)|^---\s*\n\w+:|\*\*\S", re.MULTILINE
)


def read_article(path: str | PathLike[str]) -> Article:
    """Read an article file; raises InputError with a one-line reason when it cannot."""
    name = str(path)
    try:
        return _read(Path(path), name)
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001 - the user gets a line, never a traceback
        raise InputError(f"{name}: could not be read ({type(err).__name__}: {err})"[:300]) from None


def article_from_text(text: str, name: str = "pasted") -> Article:
    """An Article from text the user pasted: plain text, markdown or HTML."""
    try:
        if isinstance(text, bytes | bytearray):
            text = decode(bytes(text), name)
        if len(text) > limits.MAX_TEXT_BYTES:
            raise InputError(
                f"{name}: too much text ({len(text) / limits.MB:.0f} MB; the "
                f"limit is {limits.MAX_TEXT_BYTES / limits.MB:.0f} MB)"
            )
        text = require_text(clean(text), name)
        kind = _sniff_text(text, default="txt", markdown=True)
        article = _from_markup(text, kind, name, [])
        if kind == "txt":
            article.format = "pasted"
        return article
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001
        raise InputError(f"{name}: could not be read ({type(err).__name__}: {err})"[:300]) from None


def _read(path: Path, name: str) -> Article:
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a folder, not a file")
    if not path.is_file():
        raise InputError(f"{name}: not a regular file")
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(1024)
            kind = _sniff_bytes(path.suffix.lower(), head, name)
            cap = limits.MAX_DOCUMENT_BYTES if kind in ("pdf", "docx") else limits.MAX_TEXT_BYTES
            if size > cap:
                raise InputError(
                    f"{name}: too large ({size / limits.MB:.0f} MB; the limit for "
                    f"this kind of file is {cap / limits.MB:.0f} MB)"
                )
            data = head + f.read(cap + 1 - len(head))
    except OSError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror or err})") from None
    if len(data) > cap:  # the file grew while we read it
        raise InputError(f"{name}: too large (the limit is {cap / limits.MB:.0f} MB)")
    if not data.strip():
        raise InputError(f"{name}: empty, no text to read")

    warnings: list[str] = []
    if kind == "pdf":
        from briefdeck.ingest.pdf import pdf_to_text

        pdf = pdf_to_text(data, name)
        article = _finish(pdf.text, "pdf", pdf.hints, warnings + pdf.warnings, name)
    elif kind == "docx":
        from briefdeck.ingest.docx import docx_to_text

        word = docx_to_text(data, name)
        article = _finish(word.text, "docx", word.hints, warnings + word.warnings, name)
    else:
        text = (
            _decode_html(data, name, warnings) if kind == "html" else decode(data, name, warnings)
        )
        text = require_text(clean(text), name)
        if kind == "txt":
            kind = _sniff_text(
                text, default="txt", markdown=path.suffix.lower() not in _SUFFIX_KIND
            )
        article = _from_markup(text, kind, name, warnings)
    article.path = str(path)
    return article


def _sniff_bytes(suffix: str, head: bytes, name: str) -> str:
    """The reader to use: the content's magic bytes win over the suffix."""
    if head.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in head):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return "docx"  # the docx reader explains what else the archive is
    if head.startswith(b"{\\rtf"):
        raise InputError(f"{name}: RTF is not supported; save it as .docx or .txt")
    kind = _SUFFIX_KIND.get(suffix, "txt")
    if kind == "pdf":
        raise InputError(f"{name}: not a PDF file (no PDF header)")
    return kind


def _sniff_text(text: str, default: str, markdown: bool) -> str:
    head = text[:4096]
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 5:
        return "html"
    if markdown and len(_MD_SIGNALS.findall(head)) >= 2:
        return "md"
    return default


def _decode_html(data: bytes, name: str, warnings: list[str]) -> str:
    """Like decode(), but a page's own <meta charset> beats guessing."""
    from briefdeck.ingest.html import declared_charset

    if not bom_encoding(data):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            charset = declared_charset(data)
            try:
                if charset and codecs.lookup(charset).name != "utf-8":
                    return data.decode(charset, errors="replace")
            except LookupError:
                pass
    return decode(data, name, warnings)


def _from_markup(text: str, kind: str, name: str, warnings: list[str]) -> Article:
    if kind == "html":
        from briefdeck.ingest.html import html_to_text

        page = html_to_text(text, name)
        return _finish(page.text, "html", page.hints, warnings + page.warnings, name)
    if kind == "md":
        from briefdeck.ingest.markdown import markdown_to_text

        md = markdown_to_text(text)
        return _finish(md.text, "md", md.hints, warnings, name)
    return _finish(text, "txt", {}, warnings, name)


def _iso_date(value: str) -> str:
    found = parse_date(value)
    if found:
        return found
    try:
        return dateparser.parse(value, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return ""


def _finish(text: str, fmt: str, hints: dict[str, str], warnings: list[str], name: str) -> Article:
    """Clean the text, find boilerplate, and fill metadata: the format's own first."""
    text = require_text(clean(text), name)
    boilerplate = find_boilerplate(text)
    found = metadata_from_text(text, boilerplate)
    published = _iso_date(hints["published"]) if hints.get("published") else ""
    return Article(
        text=text,
        boilerplate=boilerplate,
        headline=hints.get("headline") or found.headline or hints.get("headline_fallback", ""),
        outlet=hints.get("outlet") or found.outlet,
        byline=hints.get("byline") or found.byline,
        published=published or found.published,
        url=hints.get("url") or found.url,
        format=fmt,
        warnings=warnings,
    )
