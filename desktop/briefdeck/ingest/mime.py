"""A raw e-mail message (a saved .eml, or one pasted or saved as text with its MIME headers):
the standard library's e-mail parser decodes its parts (quoted-printable, base64, charsets), so
the reader gets the words and not "=E2=80=99" escapes, soft line breaks and boundary lines.

The message's own header lines (From, To, Date, Subject) are kept over the body, as in a mail
program's printout: the e-mail rules flag them and the metadata reads the date and subject. A
forwarded message attached whole follows with its own header lines. A message the parser
cannot make sense of is left to be read as plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the e-mail package loads only when a message is read (start-up cost)
    from email.message import EmailMessage

# A message starts with header fields (after an mbox "From " line); one of them says MIME.
_FIRST_FIELD = re.compile(r"\A\s*(?:From [^\n]*\n)?[A-Za-z][\w-]{1,40}:[ \t]*\S")
_MBOX_LINE = re.compile(r"\A\s*From [^\n]*\n")
_MIME_MARK = re.compile(
    r"^(?:MIME-Version:|Content-Type:[ \t]*(?:multipart/|text/)|"
    r"Content-Transfer-Encoding:[ \t]*(?:quoted-printable|base64))",
    re.IGNORECASE | re.MULTILINE,
)
_SHOWN = ("From", "To", "Cc", "Date", "Subject")
_HEAD = 65_536  # a long chain of Received lines still fits; the body is not searched
_MOST_PARTS = 500  # more boundary lines than this is no message anyone reads: plain text
_FORWARDS = 3  # forwarded messages followed inside one another
_UNENCODED = ("", "7bit", "8bit", "binary")


@dataclass
class Message:
    header: str  # the shown header lines, one per field
    body: str  # the text part, or the HTML part's markup when html is set
    html: bool = False
    hints: dict[str, str] = field(default_factory=dict)


def looks_like_mime(text: str) -> bool:
    head = text[:_HEAD]
    if not _FIRST_FIELD.match(head):
        return False
    header = head.split("\n\n", 1)[0]  # the marks must be in the header, not in the body
    return bool(_MIME_MARK.search(header))


def message_to_text(text: str) -> Message | None:
    """The message's headers and decoded body, or None when it has no readable text part or
    is not a message the parser can read."""
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    if text.count("\n--") > _MOST_PARTS:
        return None
    text = _MBOX_LINE.sub("", text, count=1)
    try:  # the text was decoded already: as UTF-8 bytes, unencoded parts read back unchanged
        message = message_from_bytes(text.encode("utf-8", "surrogateescape"),
                                     policy=policy.default)
        if not isinstance(message, EmailMessage):
            return None
        body, html = _body(message, _FORWARDS)
        if not body.strip():
            return None
        header = _header_lines(message)
        hints = {"headline": _one_line(message["Subject"] or ""),
                 "published": _date(message["Date"])}
    except (RecursionError, LookupError, ValueError, TypeError, IndexError, AttributeError):
        return None  # a malformed header or structure: read as plain text instead
    return Message(header, body, html, {k: v for k, v in hints.items() if v})


def _body(message: EmailMessage, forwards: int) -> tuple[str, bool]:
    """The text of the message's body part (an attachment's when it has no body), followed by
    any forwarded message attached whole."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:  # the words only in an attached text file
        part = next((p for p in message.iter_attachments()
                     if p.get_content_type() in ("text/plain", "text/html")), None)
    body = _decoded(part) if part is not None else ""
    html = part is not None and part.get_content_subtype() == "html"
    if forwards and not html:
        from email.message import EmailMessage

        for inner in message.walk():
            if inner.get_content_type() != "message/rfc822" or inner is message:
                continue
            attached = inner.get_content()
            if isinstance(attached, EmailMessage):
                words, inner_html = _body(attached, forwards - 1)
                if words.strip() and not inner_html:
                    body += f"\n\n{_header_lines(attached)}\n\n{words}"
    return body, html


def _decoded(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    # unencoded words are the text already read (as UTF-8 above); encoded ones are in the
    # part's declared charset
    charset = "utf-8" if encoding in _UNENCODED else (part.get_content_charset() or "utf-8")
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return payload.decode("utf-8", errors="replace")


def _header_lines(message: EmailMessage) -> str:
    return "\n".join(f"{name}: {_one_line(message[name])}" for name in _SHOWN if message[name])


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())


def _date(value: object) -> str:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(str(value)).date().isoformat() if value else ""
    except (TypeError, ValueError, IndexError):
        return ""
