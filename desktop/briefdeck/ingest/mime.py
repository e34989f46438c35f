"""A raw e-mail message (a saved .eml, or one pasted or saved as text with its MIME headers):
the standard library's e-mail parser decodes its parts (quoted-printable, base64, charsets), so
the reader gets the words and not "=E2=80=99" escapes, soft line breaks and boundary lines.

The message's own header lines (From, To, Date, Subject) are kept over the body, as in a mail
program's printout: the e-mail rules flag them and the metadata reads the date and subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import message_from_string, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

# A message starts with header fields; one of them says it is MIME-encoded.
_FIRST_FIELD = re.compile(r"\A\s*[A-Za-z][\w-]{1,40}:[ \t]*\S")
_MIME_MARK = re.compile(
    r"^(?:MIME-Version:|Content-Type:[ \t]*(?:multipart/|text/)|"
    r"Content-Transfer-Encoding:[ \t]*(?:quoted-printable|base64))",
    re.IGNORECASE | re.MULTILINE,
)
_SHOWN = ("From", "To", "Cc", "Date", "Subject")
_HEAD = 16_384  # the header block is near the top; the rest of the text is not searched


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
    """The message's headers and decoded body, or None when it has no readable text part."""
    message = message_from_string(text, policy=policy.default)
    if not isinstance(message, EmailMessage):
        return None
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return None
    try:
        body = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken encoding
        payload = part.get_payload(decode=True) or b""
        body = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(body, str) or not body.strip():
        return None
    lines = [f"{name}: {_one_line(message[name])}" for name in _SHOWN if message[name]]
    hints = {"headline": _one_line(message["Subject"] or ""), "published": _date(message["Date"])}
    return Message("\n".join(lines), body, part.get_content_subtype() == "html",
                   {k: v for k, v in hints.items() if v})


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())


def _date(value: object) -> str:
    try:
        return parsedate_to_datetime(str(value)).date().isoformat() if value else ""
    except (TypeError, ValueError, IndexError):
        return ""
