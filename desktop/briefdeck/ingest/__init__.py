"""Ingest: an article file (or pasted text) to an Article. No Qt.

    read_article(path) -> Article             .txt .md .html .pdf .docx .eml, by suffix and content
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
from briefdeck.ingest.calendar_invites import calendar_to_text, starts_calendar
from briefdeck.ingest.caption_titles import own_title
from briefdeck.ingest.credits import is_outlet_initials, split_credit
from briefdeck.ingest.feeds import looks_like_feed
from briefdeck.ingest.headlines import undecorated
from briefdeck.ingest.issue_months import issue_month
from briefdeck.ingest.line_numbers import strip_line_numbers
from briefdeck.ingest.meeting_chats import call_hints
from briefdeck.ingest.metadata import date_in_url, masthead_line, metadata_from_text, parse_date
from briefdeck.ingest.mime import looks_like_mime, message_to_text
from briefdeck.ingest.mojibake import repair as repair_mojibake
from briefdeck.ingest.phone_chats import phone_chat_hints
from briefdeck.ingest.saved_exports import read_saved_export
from briefdeck.ingest.subtitles import (
    export_day,
    looks_like_subtitles,
    programme_title,
    subtitles_to_text,
)
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
    ".eml": "eml",  # a saved e-mail: read as the message it is (ingest/mime.py)
    ".srt": "txt",  # subtitles: their cues' words (ingest/subtitles.py)
    ".vtt": "txt",
    ".org": "txt",  # Emacs Org-mode notes: read as such by their content (ingest/org_notes.py)
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
            if len(text) > limits.MAX_HTML_BYTES:  # the largest limit: decide before decoding
                raise InputError(limits.too_large(name, len(text), limits.MAX_HTML_BYTES, "text"))
            text = decode(bytes(text), name)
        html = _sniff_text(text, default="txt", markdown=False) == "html"
        cap = limits.MAX_HTML_BYTES if html else limits.MAX_TEXT_BYTES
        if len(text) > cap:  # characters, counted before any work is done on them
            raise InputError(
                f"{name}: too much text ({len(text):,} characters; the limit for pasted "
                f"{'HTML' if html else 'text'} is {cap:,})"
            )
        warnings: list[str] = []
        text = require_text(clean(repair_mojibake(text, warnings)), name)
        kind = _sniff_text(text, default="txt", markdown=True)
        article = _from_markup(text, kind, name, warnings)
        if article.format == "txt":  # a pasted e-mail or feed keeps what it was read as
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
            head = f.read(4096)
            kind = _sniff_bytes(path.suffix.lower(), head, name)
            cap, what, why = _byte_limit(kind, head)
            # Refused on its size alone, before a byte more is read: a 50 MB text file
            # must fail in a moment, not after decoding and boilerplate-finding.
            if size > cap:
                raise InputError(limits.too_large(name, size, cap, what, why))
            data = head + f.read(cap + 1 - len(head))
    except OSError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror or err})") from None
    if len(data) > cap:  # the file grew while we read it
        raise InputError(limits.too_large(name, len(data), cap, what, why))
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
        text = require_text(clean(repair_mojibake(text, warnings)), name)
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


def _byte_limit(kind: str, head: bytes) -> tuple[int, str, str]:
    """The byte limit for a file of this kind, its name in a message, and a note on why."""
    if kind in ("pdf", "docx"):
        return limits.MAX_DOCUMENT_BYTES, "a PDF or Word file", ""
    if kind == "eml":  # attachments make a message large; only its text is drafted
        return limits.MAX_EMAIL_BYTES, "an e-mail file", ""
    text = head.decode("utf-8", errors="ignore")  # enough to spot a page saved as .txt
    if kind == "html" or _sniff_text(text, default="txt", markdown=False) == "html":
        return limits.MAX_HTML_BYTES, "a web page", ""
    why = f": a briefing is drafted from at most {limits.MAX_ARTICLE_CHARS:,} characters"
    return limits.MAX_TEXT_BYTES, "a text file", why


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
    if looks_like_mime(text):  # before the tags are sniffed: an HTML mail is still a mail
        article = _from_message(text, name, warnings)
        if article is not None:
            return article
    if starts_calendar(text) and (invite := calendar_to_text(text)):  # an .ics invitation
        return _finish(invite.text, "calendar", invite.hints, warnings, name)
    if saved := read_saved_export(text):  # Kindle clippings, a list digest, a KML map
        return _finish(saved[0], saved[1], saved[2], warnings, name)
    if kind != "html" and looks_like_subtitles(text):
        words = subtitles_to_text(text)
        programme = programme_title(words)  # titled by the programme that aired it
        hints = {"headline": programme} if programme else {}
        if day := export_day(text):  # the captions' own export stamp, in an editor's note
            hints["published"] = day
        return _finish(words, "subtitles", hints, warnings, name)
    if "<" in text and looks_like_feed(text):  # an RSS or Atom feed saved as .xml, .html, .txt
        from briefdeck.ingest.feeds import feed_to_text

        feed = feed_to_text(text)
        if feed is not None:
            return _finish(feed.text, "feed", feed.hints, warnings, name)
    if kind == "html":
        from briefdeck.ingest.html import html_to_text

        page = html_to_text(text, name)
        return _finish(page.text, "html", page.hints, warnings + page.warnings, name)
    if "#+" in text[:4000] or ":PROPERTIES:" in text[:4000]:  # cheap test first
        from briefdeck.ingest.org_notes import looks_like_org, org_to_text

        if looks_like_org(text):
            org, hints = org_to_text(text)
            return _finish(org, "org", hints, warnings, name)
    if kind == "md":
        from briefdeck.ingest.markdown import markdown_to_text

        md = markdown_to_text(text)
        return _finish(md.text, "md", md.hints, warnings, name)
    hints = call_hints(text, name)  # a saved call chat: dated by its folder's name
    if not hints:  # a phone chat export: its group's name, else its span of stamps
        hints = phone_chat_hints(text)
    return _finish(strip_line_numbers(text, warnings), "txt", hints, warnings, name)


def _from_message(text: str, name: str, warnings: list[str]) -> Article | None:
    """A raw e-mail: its header lines over its decoded body (an HTML body read as a page)."""
    message = message_to_text(text)
    if message is None:
        return None
    hints = dict(message.hints)
    body = clean(message.body)
    if message.html:
        from briefdeck.ingest.html import html_to_text

        page = html_to_text(body, name)
        body, warnings = page.text, warnings + page.warnings
        hints = {**page.hints, **hints}
    return _finish(f"{message.header}\n\n{body}", "email", hints, warnings, name)


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
    if len(text) > limits.MAX_ARTICLE_CHARS:  # before boilerplate, the costly part
        raise InputError(limits.too_long(name, len(text)))
    if "message" in text[:1500]:  # a mail program's print of a thread: its subject and date
        from briefdeck.ingest.mail_prints import thread_print_hints

        hints = {**hints, **thread_print_hints(text)}
    boilerplate = find_boilerplate(text)
    found = metadata_from_text(text, boilerplate)
    masthead = masthead_line(text, hints.get("outlet") or found.outlet, found.headline)
    if masthead and masthead not in boilerplate:
        boilerplate = sorted([*boilerplate, masthead])
    published = _iso_date(hints["published"]) if hints.get("published") else ""
    url = hints.get("url") or found.url
    # a page's stamp over its story (the story's text lost it): after the text's own date
    fallback = hints.get("published_fallback")
    fallback_published = _iso_date(fallback) if fallback else ""
    # A page's author field often holds an agency or a staff credit ("AFP", "Reuters Staff").
    byline, credited = split_credit(hints.get("byline") or found.byline)
    outlet = hints.get("outlet") or found.outlet or credited
    if byline and is_outlet_initials(byline, outlet):  # "By JT" in The Jordan Times: its desk
        byline = ""
    day = published or found.published or fallback_published or date_in_url(url)
    return Article(
        text=text,
        boilerplate=boilerplate,
        headline=own_title(
            text,
            undecorated(  # a caption is no title (caption_titles.py)
                hints.get("headline") or found.headline or hints.get("headline_fallback", "")
            ),
        ),
        outlet=outlet,
        byline=byline,
        published=day,
        issue_month="" if day else issue_month(text),  # "Issue 12 | December 2026": no day
        url=url,
        format=fmt,
        warnings=warnings,
    )
