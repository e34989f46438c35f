"""Letters: the close (sign-off, typed signatures, signers' titles, copy list) and a title for
a letter that has none ("United States Senate letter to the Secretary of Defense").

A letter is recognised by its salutation ("Dear Secretary Ames:") near the top, under a date;
its close by a sign-off alone on a line ("Sincerely,") with only short lines under it.
"""

from __future__ import annotations

import re

from briefdeck.ingest.mail import HEADER_FIELD

# "Sincerely,", "Respectfully,", "Yours faithfully,", "Very respectfully,": a letter's sign-off.
VALEDICTION = re.compile(
    r"^(?:(?:very |most )?(?:sincerely|respectfully|cordially|truly)(?: yours)?|yours (?:sincerely|"
    r"faithfully|truly|respectfully)|(?:with )?(?:best|kind|warm) regards|regards"
    r"|//\s*(?:original\s+)?signed\s*//)\s*,?$",  # "//SIGNED//": a staff memo's signed copy
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;][\"'”’)\]]*$")
CLOSE_LINES = 16  # two or three signers, their titles and a copy list
# "cc:", "CF:" (copy furnished), "Encl" (a memo's enclosures, with or without a colon)
_COPY = re.compile(
    r"^(?:(?:cc|bcc|cf|copy to|copies to|distribution)\s*[:.]|(?:enclosures?|encls?)\s*(?:[:.]|$))",
    re.IGNORECASE,
)


def _short(text: str) -> bool:
    return len(text.split()) <= 14 and not _SENTENCE_END.search(text)


def flag_letter_close(texts: list[str], flags: dict[int, str]) -> None:
    """The last sign-off with only short lines (names, titles, a copy list) under it to the
    end: flagged as the letter's signature, the copy list as a distribution note. The typed
    names stay in the text; drafting reads signers from them."""
    start = len(texts) - CLOSE_LINES - 1
    # (the last line too: a page's letter may end on its sign-off, its signature an image)
    for i in range(len(texts) - 1, max(-1, start), -1):
        if not VALEDICTION.match(texts[i]):
            continue
        below = texts[i + 1 :]
        if not all(_short(t) or _COPY.match(t) for t in below):
            return
        flags[i] = "signature"
        copy = False
        for k in range(i + 1, len(texts)):
            copy = copy or _COPY.match(texts[k]) is not None
            flags[k] = "distribution note" if copy else "signature"
        return


_SIGNED_LINES = 3  # a company's name, perhaps a department and a place
# "Norrland Ocean Line A/S", "Customer Service, Acme Shipping Ltd.": a company's name signing
_COMPANY = re.compile(r"^(?:The )?[A-Z][\w&'’./-]*(?:,? (?:[A-Z][\w&'’./()-]*|of|the|for|and|on|&))"
                      r"{0,7}$")


def flag_signed_close(texts: list[str], flags: dict[int, str]) -> None:
    """A business letter without a sign-off ("Dear Customer," ... "We thank you for your
    patience ...") signed by the company's name alone under its closing courtesy: the name
    lines to the end are its signature."""
    last = len(texts) - 1
    for i in range(last, max(-1, last - _SIGNED_LINES - 1), -1):
        if flags.get(i) != "letter furniture":
            continue
        below = range(i + 1, len(texts))
        if below and all(k not in flags and _short(texts[k]) and _COMPANY.match(texts[k])
                         for k in below):
            for k in below:
                flags[k] = "signature"
        return


# "HEADQUARTERS", "DEPARTMENT OF THE ARMY": the first line of an official letterhead, the
# unit and place in capitals under it, down to its postal address ("APO AE 09316").
_HEADQUARTERS = re.compile(
    r"^(?:HEADQUARTERS|DEPARTMENT OF (?:THE )?[A-Z][A-Z ]{2,40}|OFFICE OF THE [A-Z][A-Z ,]{2,60}"
    r"|THE WHITE HOUSE)$"
)
# "WASHINGTON": the seat's city alone in capitals under the office's name ("THE WHITE HOUSE").
_SEAT = re.compile(r"^[A-Z][A-Z.'-]{2,20}(?: [A-Z][A-Z.'-]{1,20}){0,2}(?:, [A-Z][A-Z.]{1,5})?$")
_POSTAL = re.compile(
    r"^(?:(?:APO|FPO|DPO) (?:AE|AP|AA) \d{5}|[A-Z][A-Z .,'-]{2,60} \d{5})(?:-\d{4})?$"
)


def flag_letterhead(texts: list[str], flags: dict[int, str]) -> None:
    """Above the text (`texts`: the lines before its first paragraph): the letterhead of an
    official letter or memo, when its capitals run from the headquarters line to an address."""
    for i, text in enumerate(texts[:6]):
        if not _HEADQUARTERS.match(text):
            continue
        flags.setdefault(i, "letterhead")
        after = texts[i + 2] if i + 2 < len(texts) else ""  # (the text's first paragraph)
        if i + 1 < len(texts) and _SEAT.match(texts[i + 1]) and after != after.upper():
            flags.setdefault(i + 1, "letterhead")  # the office over its city, no street
            return
        for k in range(i + 1, min(i + 6, len(texts))):
            if texts[k] != texts[k].upper() or len(texts[k].split()) > 16:
                return
            if _POSTAL.match(texts[k]):
                for m in range(i + 1, k + 1):
                    flags.setdefault(m, "letterhead")
                return
        return



def flag_sender_name(texts: list[str], flags: dict[int, str]) -> None:
    """A letter's first line, the sender's name in capitals ("FAMILIES FOR FORCE PROTECTION"),
    over its flagged address or contact line: the letterhead, furniture like the address.
    (Only in a letter: a salutation follows in its head.)"""
    if len(texts) < 3 or 0 in flags or flags.get(1) not in _ADDRESS_KINDS:
        return
    name = texts[0]
    if name != name.upper() or not _LETTERHEAD.match(name) or not 2 <= len(name.split()) <= 8:
        return
    if any(SALUTATION.match(t) for t in texts[2:_HEAD_LINES]):
        flags[0] = "letterhead"


_ADDRESS_KINDS = {"contact", "postal address", "letterhead"}

# "Dear Secretary Ames:", "Dear Mr. President,", "Dear Minister Roe,": a letter's salutation
# to a person (not "Dear readers,", a newsletter's greeting).
SALUTATION = re.compile(
    r"^Dear (?!(?:readers?|subscribers?|friends|colleagues|all|members|supporters|"
    r"listeners|viewers)\b)(?P<whom>[A-Z][\w.'’ -]{1,60}?)\s*[:,]$"
)
# The addressee's office on the line under their name: "Secretary of Defense".
_OFFICE = re.compile(
    r"^(?:The )?(?:[A-Z][\w'’.-]*\s+){0,3}(?:Secretary|Minister|Director|Commander|Chair(?:man|"
    r"woman)?|Administrator|Ambassador|President|Governor|Attorney General|Speaker|Leader|"
    r"Chief|Inspector General|Comptroller|Mayor|Representative|Under Secretary)"
    r"(?:\s+(?:of|for|to|the|and|[A-Z][\w'’.-]*)){0,8}$"
)
_ADDRESSEE = re.compile(r"^(?:The Honou?rable|Hon\.|His Excellency|Her Excellency) ")
_SUBJECT = re.compile(r"^(?:re|subject|subj)\s*:\s*(?P<subject>\S.{3,150})$", re.IGNORECASE)
_LETTERHEAD = re.compile(
    r"^(?:The )?[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|the|for|and|on)){0,7}$"
)
HEAD_LINES = _HEAD_LINES = 30  # how far down a letter's head (letterhead to salutation) runs


def letter_title(lines: list[tuple[str, bool]], headline: str, headline_at: int) -> str:
    """'Letter to the Secretary of Defense: <its subject line>' for a letter whose only
    "headline" above its salutation is its letterhead (or nothing), or without a subject line
    '<letterhead> letter to the Secretary of Defense' (the addressee's office, or the person
    greeted); "Open letter" when it calls itself one; '' for any other text.
    `lines`: (line, inside boilerplate) for the text's non-blank lines."""
    head = [line for line, _ in lines[:_HEAD_LINES]]
    if not any(line.startswith("Dear ") for line in head):
        return ""
    at = next((i for i, t in enumerate(head) if SALUTATION.match(t)), -1)
    if (
        at < 1
        or headline_at >= at
        or any(len(t.split()) > 25 for t in head[:at])  # a story before it: a quoted letter
        or any(HEADER_FIELD.match(t) and not _SUBJECT.match(t) for t in head[:at])
    ):
        return ""  # (an e-mail is titled by its subject line)
    # the headline found above the salutation, else the letter's first line (a name too
    # short for a headline: "Northern Council")
    first = next((line for line, boiler in lines[:at] if not boiler), "")
    letterhead = headline if headline_at >= 0 else first
    if headline_at >= 0 and not _LETTERHEAD.match(letterhead):
        return ""  # a real title ("Senators' letter on air defence gaps") stays
    if not _LETTERHEAD.match(letterhead) or letterhead.startswith(("The Honorable", "Dear ")):
        letterhead = ""
    whom = ""
    for i in range(at):
        if _ADDRESSEE.match(head[i]) and i + 1 < at and _OFFICE.match(head[i + 1]):
            office = head[i + 1]
            whom = office if office.startswith("The ") else f"the {office}"
            whom = whom[0].lower() + whom[1:]
            break
    if not whom:
        whom = SALUTATION.match(head[at]).group("whom")
    kind = "Open letter" if any("open letter" in t.lower() for t in head[: at + 3]) else "Letter"
    subject = next(
        (m.group("subject") for t in head[at + 1 : at + 4] + head[:at] if (m := _SUBJECT.match(t))),
        "",
    )
    if subject:  # the letter names its own subject: the letterhead over it is furniture
        return f"{kind} to {whom}: {subject.rstrip('.')}"
    if letterhead and len(letterhead.split()) <= 8:  # else the sender is all there is to say
        return f"{letterhead} {kind.lower()} to {whom}"
    return f"{kind} to {whom}"


# "MEMORANDUM FOR ... SUBJECT: Air Defense Posture, 1-13 May 2026 1. PURPOSE. ...": a staff
# memo's subject field, up to its first numbered paragraph when the lines ran together.
_MEMO_SUBJECT = re.compile(
    r"(?:^|\s)SUBJ(?:ECT)?\s*:\s*(?P<subject>\S.{3,200}?)\s*(?=\s\d{1,2}\.\s+[A-Z]{3,}\b|$)"
)


def memo_subject(lines: list[tuple[str, bool]]) -> str:
    """The subject of a memo (a text opening 'MEMORANDUM FOR' or with a 'SUBJECT:' line above
    its first paragraph) that has no headline of its own: its title; '' for any other text."""
    for line, _ in lines[:_HEAD_LINES]:
        if line.startswith(("MEMORANDUM", "SUBJECT", "SUBJ:")):
            m = _MEMO_SUBJECT.search(line)
            if m:
                return m.group("subject").rstrip(" .")
    return ""
