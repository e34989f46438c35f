"""People a document names in its own furniture rather than its sentences: a pasted e-mail's
sender, a letter's addressee and signers, a memo's signature block, a parliamentary
record's "Asked by:" and a report's "Prepared by:" lines, each titled by the line that
goes with the name. They are read before the sentences, so they come first in the report."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.labelled_people import recased
from briefdeck.extract.person_patterns import FIRST
from briefdeck.extract.person_titles import has_role_word
from briefdeck.extract.plausible_names import plausible_name
from briefdeck.ingest.letter_closings import with_closings

# A pasted e-mail's sender: "From: Jane Roe <j.roe@example.org>" (a person's name, not a
# desk's: "CSS Ops Room <...>").
# Outlook writes the sender surname first: "From: Roe, Jane <jane.roe@example.org>" (read so
# only where the address spells the surname).
_MAIL_FROM = re.compile(r"(?m)^From:[ \t]+(?:(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})|"
                        r"(?P<last>[A-Z][a-z'’-]+),[ \t]+(?P<first>[A-Z][a-z'’-]+))"
                        r"[ \t]+<(?P<mail>[^<>\s@]+)@[^<>\s]+>")
_MAIL_DESK = re.compile(r"\b(?:Desk|Room|Team|Office|Cent(?:re|er)|Cell|Support|Service|Ops|Watch|"
                        r"Operations|Admin|Alerts?|News|Info|Security|Duty|Messaging|"
                        r"Voicemail|Notifications?|Mailer)\b")
# A sender whose address takes no reply is a machine ("Voice Mail <vm-noreply@...>").
_NO_REPLY = re.compile(r"(?i)no-?reply|do-?not-?reply")
_SIGNED_ROLE = re.compile(r"\b(?:Manager|Officer|Director|Coordinator|Adviser|Advisor|Analyst|"
                          r"Lead|Head|Chief|Supervisor|Specialist)\b")

_LETTER_NAME = re.compile(rf"(?m)^(?:The[ \t]+Honorable|/s/)[ \t]+(?P<name>{FIRST}"
                          rf"(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}})[ \t]*$")

_LETTER_ROLE = re.compile(r"\b(?:Secretary|Senator|Representative|Member|Minister|"
                          r"Chair(?:man|woman)?|Ambassador|Governor|Commander|President)\b")
# A memo's signature block: "//SIGNED//", then the name in capitals on a line of its own
# ("JANE Q. ROE"), then rank and office lines ("COL, IN" / "Chief, Plans Cell").
_SIGNED_BLOCK = re.compile(r"(?m)^[ \t]*(?://[ \t]*SIGNED[ \t]*//|/s/|\(signed\))[ \t]*\n\s*"
                           r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z]\.)?"
                           r"(?:[ \t]+[A-Z][A-Z'’-]+){1,2})"
                           r"[ \t]*\n(?P<after>(?:[ \t]*[^\n]*\n?){0,4})")

# A letter's or a rule's signature: a closing line ("Sincerely,", "Respectfully,", a rule's
# "Issued in Washington, DC, ..."), then the typed name alone on its line (a comma after it,
# as the Federal Register sets it), then the signer's office on the line under it.
_CLOSED_SIGNATURE = re.compile(
    rf"(?m)^[ \t]*(?:(?:Very[ \t]+)?(?:Sincerely|Respectfully|Cordially)(?:[ \t]+yours)?,|"
    rf"Yours[ \t]+(?:sincerely|faithfully|truly),?|(?:Kind|Best)[ \t]+regards,|"
    # (a hotel's or a charity's letter: "With kind regards,", "With gratitude,")
    rf"With[ \t]+(?:{with_closings()}),|"
    rf"(?:Issued|Signed|Dated)[ \t]+(?:in|at|on)[ \t][^\n]{{0,200}})[ \t]*\n(?:[ \t]*\n){{0,3}}"
    rf"[ \t]*(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}}),?[ \t]*\n"
    rf"(?:[ \t]*\n){{0,2}}[ \t]*(?P<title>[A-Z][^\n:]{{2,80}}?)[ \t.]*$")


# A message signed with no closing line: a paragraph of the typed name alone, the office on
# the line under it ("Jane Roe" / "Regional Security Officer" / "U.S. Embassy Kuwait").
_PARAGRAPH_OPENS = re.compile(r"\n[ \t]*\n[ \t]*(?=[A-Z])")
_BARE_SIGNATURE = re.compile(rf"(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}})"
                             r"[ \t]*\n[ \t]*(?P<title>[A-Z][^\n:@<>.]{2,60}?)[ \t]*(?:\n|$)")


# A UN letter signs on one line: "(Signed) Jane Roe, Coordinator, Panel of Experts on X".
_SIGNED_INLINE = re.compile(rf"(?m)^[ \t]*(?:\([Ss]igned\)|/s/)[ \t]+(?P<name>{FIRST}"
                            rf"(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}}),[ \t]+"
                            r"(?P<title>[A-Z][^\n]{2,80}?)[ \t]*$")

# A parliamentary record's labels: "Asked by: Jane Roe" (the member, her party and seat on the
# line under), "Answered by: John Doe" (the minister, his office on the line under).
_RECORD_BY = re.compile(rf"(?m)^(?:Asked|Answered|Tabled|Moved|Seconded)[ \t]+by:[ \t]+"
                        rf"(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}})"
                        rf"[ \t]*\n(?:[ \t]*(?P<title>[^\n:]{{3,60}})$)?")
# A report's staff lines: "Prepared by: Ops Cell (J. Roe, Senior Analyst).", "Approved: Jane
# Roe, Head of Research": the name (initials allowed) with a staff role after its comma.
# (A form's table sets the name in the cell under its label: "Reported by:" / "Jane Roe, ...";
# a tab ends the cell, and the title: "Jane Roe, Manager<TAB>Signature: J. Roe".)
_SIGN_OFF = re.compile(rf"\b(?:(?:Prepared|Approved|Reviewed|Compiled|Written|Checked|Released|"
                       rf"Reported|Submitted|Issued|Verified|Authori[sz]ed)"
                       rf"(?:[ \t]+by)?|Author|Editor):[ \t]*(?:\n[ \t]*){{0,2}}"
                       rf"(?<=[ \t\n])(?:[^\n:()]{{0,40}}\()?"
                       rf"(?P<name>(?:[A-Z]\.[ \t]?){{1,2}}[ \t]?[A-Z][a-z'’-]+|{FIRST}[ \t]+"
                       rf"(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’-]+),[ \t]+"
                       rf"(?P<title>[A-Z][^\n\t,;()]{{2,50}}?)(?=[ \t]*[).;,\n]|\t|$)")


# A letters page signs each letter on a line of its own under it: "Jane Roe, Springfield"
# (the writer and their town; "Jane Roe, Springfield, Ohio"). Read only where two letters or
# more are so signed, and never where the words after the comma are an outlet or a post.
_LETTER_SIGNATURE = re.compile(rf"(?<=[.!?\"”]\n\n)(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?"
                               rf"(?:[ \t]+[A-Z][a-z'’-]+){{1,2}}),[ \t]+(?P<town>[A-Z][a-z'’.-]+"
                               rf"(?:[ \t]+[A-Z][a-z'’.-]+){{0,2}}(?:,[ \t]+[A-Z][\w.]+"
                               rf"(?:[ \t]+[A-Z][\w.]+)?)?)[ \t]*(?=\n)")
_NOT_TOWN = re.compile(r"\b(?:Reuters|AP|AFP|Getty|Images|Photo|Staff|Writer|Correspondent|"
                       r"Editor|Press|News|Agency|Contributor|Reporter)\b")
_MIN_LETTERS = 2


def _letter_signatures(text: str, is_place) -> list[tuple[str, str, int, int]]:
    found = [(m.group("name"), "", m.start("name"), m.end("name"))
             for m in _LETTER_SIGNATURE.finditer(text)
             if not _NOT_TOWN.search(m.group("town")) and not _SIGNED_ROLE.search(
                 m.group("town")) and not _LETTER_ROLE.search(m.group("town")) and
             plausible_name(m.group("name"), is_place)]
    return found if len(found) >= _MIN_LETTERS else []


# A paper's authors under its title, each with an affiliation in brackets: "Jane Roe (X
# University) and John Doe (Y Institute)"; the affiliation names a seat of learning or research.
_AUTHOR = re.compile(rf"(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}})[ \t]+"
                     r"\((?P<affiliation>[^()\n]{0,60}\b(?:University|College|Institute|School|"
                     r"Cent(?:re|er)|Academy|Universit[éy]|Laboratory|Foundation)\b[^()\n]{0,60})\)")
_AUTHORS_LINE = re.compile(r"(?m)^(?=[A-Z][^\n]{0,40}\((?:[^()\n]{0,60}\b(?:University|College|"
                           r"Institute|School|Cent(?:re|er)|Academy|Universit[éy]|Laboratory|"
                           r"Foundation)\b))")

_AUTHORS_JOINED = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")


def _authors(text: str, is_place) -> Iterator[tuple[str, str, int, int]]:
    """Each author of a line of two or more with affiliations, in order."""
    for line in _AUTHORS_LINE.finditer(text, 0, 20000):  # (a paper's head: near the top)
        at, found = line.start(), []
        while (m := _AUTHOR.match(text, at)) is not None:
            found.append(m)
            sep = _AUTHORS_JOINED.match(text, m.end())
            if sep is None:
                break
            at = sep.end()
        if len(found) >= 2:
            for m in found:
                if plausible_name(m.group("name"), is_place):
                    yield m.group("name"), " ".join(m.group("affiliation").split()), \
                        m.start("name"), m.end("name")


# A sworn statement's witnesses sign on one line: "Witnesses: Jane Roe, Chief Officer · John
# Doe, Chief Engineer" (each name with its office, the pairs set apart by a dot or semicolon).
_WITNESS_LINE = re.compile(r"(?m)^[ \t]*Witness(?:es|ed[ \t]+by)?:[ \t]*(?P<names>[^\n]{5,300})$")
_WITNESS = re.compile(rf"^[ \t]*(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}}),"
                      r"[ \t]+(?P<title>[A-Z][^\n,;·•|]{2,50}?)[ \t]*$")


def _witnesses(text: str, is_place) -> Iterator[tuple[str, str, int, int]]:
    for line in _WITNESS_LINE.finditer(text):
        at = line.start("names")
        for part in re.split(r"([·•;|])", line.group("names")):
            m = _WITNESS.match(part)
            if m and _SIGNED_ROLE.search(m.group("title")) and \
                    plausible_name(m.group("name"), is_place):
                yield m.group("name"), m.group("title"), at + m.start("name"), at + m.end("name")
            at += len(part)


# A military order's signature block: the commander's surname in capitals over the rank, then
# "OFFICIAL:" and the surname and staff post of the officer who authenticates it ("ROE" / "COL"
# / "OFFICIAL:" / "DOE" / "S3"), each on a line of its own.
_ORDER_SIGNATURE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z'’-]{1,24})[ \t]*\n\s{0,8}"
    r"(?P<rank>GEN|LTG|MG|BG|COL|LTC|MAJ|CPT|CAPT|CDR|LCDR|RADM|VADM|ADM|Brig|Col|Lt[ \t]?Col)"
    r"[ \t]*\n\s{0,8}OFFICIAL:[ \t]*\n\s{0,8}(?P<officer>[A-Z][A-Z'’-]{1,24})[ \t]*\n\s{0,8}"
    r"(?P<post>[A-Z][A-Z0-9]{0,5}|[A-Z][A-Za-z]{2,12}(?:[ \t]+[A-Za-z0-9]{1,12}){0,2})[ \t]*$"
)


def _order_signatures(text: str, is_place) -> Iterator[tuple[str, str, int, int]]:
    for m in _ORDER_SIGNATURE.finditer(text):
        for group, title in (("name", m.group("rank")), ("officer", m.group("post"))):
            name = recased(m.group(group))
            if plausible_name(name, is_place):
                yield name, title, m.start(group), m.end(group)


def signed_people(text: str, is_place) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) of each person the furniture names, in the order read:
    e-mail senders, letters' names, signature blocks, signed lines, record labels and a
    report's staff lines."""
    for m in _MAIL_FROM.finditer(text) if "From:" in text else ():
        # a pasted e-mail's sender, titled by the signature under their name
        name = m.group("name") or f"{m.group('first')} {m.group('last')}"
        if m.group("last") and m.group("last").casefold() not in m.group("mail").casefold():
            continue
        if plausible_name(name, is_place) and not _MAIL_DESK.search(name) and \
                not _NO_REPLY.search(m.group("mail")):
            signature = rf"(?m)^{re.escape(name)}[ \t]*\n(?P<title>[^\n<>@:]{{3,60}})$"
            sign = re.compile(signature).search(text, m.end())
            title = " ".join(sign.group("title").split()) if sign and has_role_word(
                text, sign.start("title"), sign.end("title")) or sign and _SIGNED_ROLE.search(
                    sign.group("title")) else ""
            group = "name" if m.group("name") else "last"  # (the reversed name's span)
            yield name, title, m.start(group), m.end("name") if group == "name" else m.end()
    for m in _LETTER_NAME.finditer(text) if "/s/" in text or "Honorable" in text else ():
        # a letter's addressee ("The Honorable Jane Roe") and signers ("/s/ Jane Roe"), each
        # titled by the line under their typed name ("Secretary of Defense")
        name = m.group("name")
        if not plausible_name(name, is_place):
            continue
        under = re.compile(rf"(?m)^{re.escape(name)}[ \t]*\n\s*(?P<title>[^\n<>@:/]{{3,60}})$")
        sign = under.search(text, m.start("name"))
        title = " ".join(sign.group("title").split()) if sign and (_SIGNED_ROLE.search(
            sign.group("title")) or _LETTER_ROLE.search(sign.group("title"))) else ""
        yield name, title, m.start("name"), m.end("name")
    if "OFFICIAL:" in text:  # a military order's commander and authenticating officer
        yield from _order_signatures(text, is_place)
    for m in _SIGNED_BLOCK.finditer(text) if "SIGNED" in text or "igned)" in text else ():
        name = recased(m.group("name"))
        if plausible_name(name, is_place):
            roles = [line.strip() for line in m.group("after").splitlines()
                     if _SIGNED_ROLE.search(line) or _LETTER_ROLE.search(line)]
            yield name, roles[0] if roles else "", m.start("name"), m.end("name")
    for m in _CLOSED_SIGNATURE.finditer(text) if "ly," in text or "ssued " in text or \
            "egards," in text or "igned " in text or "ated " in text or "With " in text else ():
        # (the office under the name is the title; a name over no office is not taken)
        if (_SIGNED_ROLE.search(m.group("title")) or _LETTER_ROLE.search(m.group("title"))) \
                and plausible_name(m.group("name"), is_place):
            yield m.group("name"), " ".join(m.group("title").split()), m.start("name"), \
                m.end("name")
    for opening in _PARAGRAPH_OPENS.finditer(text):
        m = _BARE_SIGNATURE.match(text, opening.end())
        if m and (_SIGNED_ROLE.search(m.group("title")) or _LETTER_ROLE.search(
                m.group("title"))) and plausible_name(m.group("name"), is_place):
            yield m.group("name"), " ".join(m.group("title").split()), m.start("name"), \
                m.end("name")
    for m in _SIGNED_INLINE.finditer(text) if "igned)" in text or "/s/" in text else ():
        if plausible_name(m.group("name"), is_place):
            yield m.group("name"), " ".join(m.group("title").split()), m.start("name"), \
                m.end("name")
    for m in _RECORD_BY.finditer(text) if "d by:" in text else ():
        title = " ".join((m.group("title") or "").split())
        if plausible_name(m.group("name"), is_place):
            yield m.group("name"), title if _LETTER_ROLE.search(title) else "", \
                m.start("name"), m.end("name")
    if "Witness" in text:  # a sworn statement's witnesses, each with the office
        yield from _witnesses(text, is_place)
    if "niversit" in text or "nstitute" in text or "College" in text:  # a paper's authors
        yield from _authors(text, is_place)
    if "etter" in text:  # (a letters page, its letters signed "Jane Roe, Springfield")
        yield from _letter_signatures(text, is_place)
    for m in _SIGN_OFF.finditer(text) if "by:" in text or "Approved:" in text or \
            "Author:" in text or "Editor:" in text else ():
        if _SIGNED_ROLE.search(m.group("title")) and plausible_name(m.group("name"), is_place):
            yield m.group("name"), m.group("title").strip(), m.start("name"), m.end("name")
