"""E-mail pasted as text: the header block over each message, the separators between the
messages of a forwarded chain, and the sign-off with the sender's signature under it.

Header fields are flagged only as a block (two or more field lines together, one of them
naming the sender or the recipients), so that a report's "To:" or "Subject:" line on its own
is left to the other rules.
"""

from __future__ import annotations

import re

# "From: ...", "Sent: ...", "Cc: ...", "Importance: High": one field of a message's header.
HEADER_FIELD = re.compile(
    r"^(?:from|sent|date|to|cc|bcc|subject|attachments?|importance|priority|reply-to)\s*:\s*\S",
    re.IGNORECASE,
)
_ADDRESS_FIELD = re.compile(r"^(?:from|to|cc|bcc|sent)\s*:", re.IGNORECASE)
SUBJECT = re.compile(r"^subject\s*:\s*(?:(?:re|fw|fwd|aw|tr)\s*:\s*)*(.+)$", re.IGNORECASE)
# "-----Original Message-----", "---------- Forwarded message ---------", "----- Pasted
# text of attachment (alert.pdf) -----", "Begin forwarded message:": where a message ends
# and the next (or a pasted document) begins.
SEPARATOR = re.compile(
    r"^[-=_]{2,}\s*[^-=_\s][^\n]{0,120}?\s*[-=_]{2,}$|^begin forwarded message\s*:?$",
    re.IGNORECASE,
)
# "Regards,", "Best regards,", "Many thanks,", "V/r,": the close of a letter, alone on a line.
_VALEDICTION = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks|thank you|"
    r"sincerely|cheers|respectfully|best|v/r|vr)\s*,?$|^yours(?: (?:sincerely|faithfully|"
    r"truly))?\s*,$",
    re.IGNORECASE,
)
# A person's name alone on a line, as under a sign-off: "Sam", "Sam Ames".
_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]+){0,2}$")
_SENTENCE_END = re.compile(r"[.!?;][\"'”’)\]]*$")
_SIGNATURE_LINES = 8  # name, title, company, site, phones: more is a message, not a signature


def _short(text: str) -> bool:
    return len(text.split()) <= 12 and not _SENTENCE_END.search(text)


def header_blocks(texts: list[str]) -> list[range]:
    """Runs of two or more header fields, one of them a sender, recipient or sent time."""
    blocks: list[range] = []
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and HEADER_FIELD.match(texts[j]):
            j += 1
        if j - i >= 2 and any(_ADDRESS_FIELD.match(t) for t in texts[i:j]):
            blocks.append(range(i, j))
        i = max(j, i + 1)
    return blocks


# Gate: a message header has a sender or recipient field at the start of a line.
HAS_HEADER = re.compile(r"^[ \t]*(?:from|to|sent)[ \t]*:", re.IGNORECASE | re.MULTILINE)


# "> ", ">> ": the marks a reply puts before each line of the message it quotes.
_QUOTE_MARKS = re.compile(r"^(?:>\s?)+")


def flag_mail(texts: list[str], flags: dict[int, str]) -> None:
    """Flag header blocks, chain separators and signatures in the non-blank lines `texts`."""
    if any(t[:1] == ">" for t in texts):  # a quoted message is read as the message itself
        texts = [_QUOTE_MARKS.sub("", t).strip() if t[:1] == ">" else t for t in texts]
    blocks = header_blocks(texts)
    if not blocks:
        return
    starts = set()
    for block in blocks:
        flags.update(dict.fromkeys(block, "e-mail header"))
        starts.add(block.start)
    for i, text in enumerate(texts):
        if SEPARATOR.match(text):
            flags[i] = "e-mail header"
            starts.add(i)
    for i, text in enumerate(texts):
        if i not in flags and _VALEDICTION.match(text):
            _flag_signature(texts, flags, i)
    # The sender's name and office over the next message's header, without a sign-off.
    for start in starts:
        above = range(start - 1, max(-1, start - 1 - _SIGNATURE_LINES), -1)
        run = []
        for k in above:
            if k in flags or not (_short(texts[k]) or _MOTTO.match(texts[k])) \
                    or texts[k].endswith(":"):
                break
            run.append(k)
        # (not a one-line message right under its own header)
        if run and flags.get(run[-1] - 1) != "e-mail header":
            flags.update(dict.fromkeys(run, "signature"))
    _flag_closing_contacts(texts, flags, starts)


# '"Safety is everyone's job."': a motto in quotes, closing a signature.
_MOTTO = re.compile(r'^["“][^"“”]{3,80}["”]$')


def _flag_closing_contacts(texts: list[str], flags: dict[int, str], starts: set[int]) -> None:
    """A desk's name and numbers closing a message with no sign-off ("Ops Center (24/7)",
    "+1 555 0100"): the short lines after its last sentence, one of them a phone or address,
    before the next message or the end of the chain."""
    for end in sorted(starts | {len(texts)}):
        k = end - 1
        while k >= 0 and (not texts[k] or flags.get(k, "e-mail header") not in (
                "e-mail header", "signature")):
            k -= 1  # blank quote lines, and a footer the rules already know
        run = []
        while k >= 0 and k not in flags and texts[k] and len(run) < _SIGNATURE_LINES \
                and (_short(texts[k]) or _is_contact(texts[k])) and not texts[k].endswith(":") \
                and not _RULE_LINE.match(texts[k]):
            run.append(k)
            k -= 1
        while k >= 0 and not texts[k]:
            k -= 1
        # the message's own text above it (a sentence, or a rule line drawn under it: the
        # run does not cross one), and a contact line among the run
        if run and k >= 0 and texts[k] and (not _short(texts[k]) or _RULE_LINE.match(texts[k])) \
                and any(_is_contact(texts[j]) for j in run):
            flags.update(dict.fromkeys(run, "signature"))


def _flag_signature(texts: list[str], flags: dict[int, str], at: int) -> None:
    """The sign-off and the short lines under it, up to the next message; the sender's name
    stays (it says who wrote the message), the rest (title, company, phones) is flagged."""
    end = at + 1
    while end < len(texts) and end - at <= _SIGNATURE_LINES and end not in flags:
        if not _short(texts[end]) and not _is_contact(texts[end]):
            return  # the message goes on: a sign-off in the middle of a text is not one
        end += 1
    flags[at] = "signature"
    k = at + 1
    while k < end and _PERSON.match(texts[k]):
        k += 1
    flags.update(dict.fromkeys(range(k, end), "signature"))


# "—————", "_____": a rule line, which closes the message above it ("-- " opens a signature)
_RULE_LINE = re.compile(r"^[_=*~•·—–―#^<>+-]{3,}$")
_CONTACT = re.compile(r"\+?\d[\d ()-]{6,}\d|@[\w-]+\.")


def _is_contact(text: str) -> bool:
    return len(text.split()) <= 20 and _CONTACT.search(text) is not None
