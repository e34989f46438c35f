"""People a document's own fields name: a note's owner, a message's point of contact.

Working notes and trackers carry their author in a header field ("owner: J. Roe",
"_Owner: Jane Roe · last edited ..."), and military messages end on a point of contact
("POC: MAJ J. ROE, JOC BATTLE CAPTAIN, DSN ..."). A White House pool report never names the
President: it writes "POTUS", which stands as his name. A blog page ends on its author's card,
a line "Written by Jane Roe", and a shared document its last editor ("Last edited by Jane Roe
on ..."). These names often have an initial for a given name and, in a message, are written
in capitals; no sentence around them says who they are, so the field does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.own_line_speakers import speaker_headers
from briefdeck.extract.person_patterns import FIRST

_SURNAME = r"(?:(?:al-|el-|Mc|Mac|O')?[A-Z][a-z'’-]+)"
_INITIAL_OR_FIRST = rf"(?:[A-Z]\.[ \t]*|{FIRST}[ \t]+(?:[A-Z]\.[ \t]+)?)"
# "owner: R. Roe", "_Owner: Jane Roe ·" at a line's start (a header's field)
_OWNER = re.compile(rf"(?m)^[_*]*(?i:owner)[_*]*:[ \t]+(?P<name>{_INITIAL_OR_FIRST}{_SURNAME})"
                    r"(?=[ \t]*(?:$|[·|,;(_*]))")
# "Written by Jane Roe" as a line of its own (a blog's author card, maybe a heading)
_WRITTEN_BY = re.compile(rf"(?m)^(?:#+[ \t]+)?Written[ \t]+by[ \t]+(?P<name>{FIRST}[ \t]+"
                         rf"(?:[A-Z]\.[ \t]+)?{_SURNAME})[ \t]*$")
# "Last edited by Jane Roe on 24 November" as a line of its own (a shared document's editor)
_EDITED_BY = re.compile(rf"(?m)^[ \t]*Last[ \t]+(?:edited|modified)[ \t]+by[ \t]+"
                        rf"(?P<name>{FIRST}[ \t]+(?:[A-Z]\.[ \t]+)?{_SURNAME})"
                        r"(?=[ \t]+(?:on|at)\b|[ \t]*[,·|(]|[ \t]*$)")
# "POC: MAJ K. ROE, JOC BATTLE CAPTAIN," or "POC/MAJ K. ROE/JOC BATTLE CAPTAIN/": a grade in
# capitals, an initial and the surname in capitals, then the post
_GRADE = r"(?:GEN|LTG|MG|BG|COL|LTC|MAJ|CPT|1LT|2LT|CW[2-5]|SGM|CSM|MSG|SFC|SSG|SGT|CAPT|CDR|LCDR)"
_POC = re.compile(rf"\bPOC[ \t]*[:/][ \t]*(?P<grade>{_GRADE})[ \t]+(?P<name>[A-Z]\.[ \t]*"
                  r"[A-Z][A-Z'’-]+)[ \t]*[,/][ \t]*(?P<post>[A-Z][A-Z -]{3,40}?)[ \t]*[,/]")


# A cable's classifying officer, a field of its header: "Classified By: Ambassador R. Roe for
# reasons 1.4 (b) and (d)" (the line is the cable's furniture, the name its author's)
_CLASSIFIED_BY = re.compile(rf"(?m)^[ \t]*Classified[ \t]+[Bb]y[ \t]*:[ \t]*"
                            r"(?P<title>(?:[A-Z][\w.'’-]*[ \t]+){0,4}?)"
                            r"(?!(?:Ambassador|Charg|Deputy|Acting|Political|Economic|Consul|"
                            r"Counselor|Chief|Principal|Minister|Mission|Affairs|General|"
                            r"Director|Secretary|Officer|Head)\b)"
                            rf"(?P<name>(?:[A-Z]\.[ \t]*){{1,2}}{_SURNAME}|{FIRST}[ \t]+"
                            rf"(?:[A-Z]\.[ \t]+)?{_SURNAME})"
                            r"(?=[ \t]*(?:,|;|$|[ \t]for[ \t]|[ \t]\(?[Rr]eason))")
# A record titled by the one who answers it: "Advance Policy Questions for Jane Q. Roe",
# "Questions for the Record for ...", "Nomination of ..."; the line under it may give the
# post ("Nominee for Assistant Secretary of ...")
_RECORD_OF = re.compile(rf"(?m)^[ \t]*(?:Advance[ \t]+Policy[ \t]+Questions[ \t]+for|Questions"
                        r"[ \t]+for[ \t]+the[ \t]+Record[ \t]+(?:for|to)|Nomination[ \t]+of|"
                        r"Responses?[ \t]+of)[ \t]+(?:(?:Mr|Ms|Mrs|Dr|Hon|the[ \t]+Honorable)\.?"
                        rf"[ \t]+)?(?P<name>{FIRST}[ \t]+(?:[A-Z]\.[ \t]+)?{_SURNAME})[ \t]*\n"
                        r"(?:\s*(?P<post>Nominee[ \t]+(?:for|to[ \t]+be)[ \t]+[^\n]{3,100}?)"
                        r"(?=[ \t]+Submitted\b|[ \t]*\n|[ \t]*$))?")
# A cable's signature: its sender's surname in capitals on a line of its own, closing it
_SIGNATURE = re.compile(r"\n\n[ \t]*(?P<name>[A-Z][A-Z'’-]{2,})[ \t]*\n(?=[ \t]*(?:BT|NNNN|#\d|"
                        r"\Z)|\s*\Z)")


# A release's or an advisory's contacts: under a "CONTACTS" / "Media contact:" head, each line a
# person (rank or honorific first, maybe), their post, then a phone number or an address.
_CONTACT_HEAD = re.compile(r"(?m)^[ \t]*(?:(?i:media|press)[ \t]+)?(?:CONTACTS?|Contacts?)"
                           r"(?:[ \t]+(?:for|FOR)[ \t]+[^\n]{1,30})?[ \t]*:?[ \t]*$")
_CONTACT = re.compile(rf"[ \t]*(?P<rank>(?:(?:[A-Z][a-z]{{0,4}}\.|1st|Class|Staff|Master|"
                      rf"Command)[ \t]+){{1,4}})?(?P<name>{FIRST}[ \t]+(?:[A-Z]\.[ \t]+)?"
                      rf"{_SURNAME}),[ \t]+(?P<post>[A-Z][^,\n@()]{{2,60}}?),[ \t]+"
                      r"(?=[^\n]*(?:\(?\+?\d{2,4}\)?[ .-]?\d{3}[ .-]?\d{3,4}|@))")
_CONTACT_REACH = 800


# The White House pool's shorthand, written as a name: "POTUS said ..." (twice at least: a
# single "POTUS" may be a headline's or a hashtag's)
_POTUS = re.compile(r"(?<![\w#@])POTUS(?![\w@])")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]+")


def recased(name: str) -> str:
    """A name in capitals in title case: 'JANE Q. ROE' -> 'Jane Q. Roe', 'K. AL-ROE' ->
    'K. Al-Roe' (initials kept, each part of a hyphenated word capitalised)."""
    return _CAPS_WORD.sub(_title_case, " ".join(name.split()))


def _title_case(word: re.Match[str]) -> str:
    return "-".join(p[:1] + p[1:].lower() for p in word.group(0).split("-"))


def labelled_people(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) for each person a header field or a contact line names."""
    seen = set()
    for start, end, name, title in speaker_headers(text):  # a meeting transcript's speakers
        if name not in seen and not name.startswith("Speaker "):
            seen.add(name)
            yield name, title, start, end
    if "ONTACT" in text or "ontact" in text:
        for head in _CONTACT_HEAD.finditer(text):
            lines = text[head.end():head.end() + _CONTACT_REACH]
            for line in re.finditer(r"(?m)^.+$", lines):
                m = _CONTACT.match(text, head.end() + line.start(), head.end() + line.end())
                if m:
                    rank = " ".join((m.group("rank") or "").split())
                    post = " ".join(m.group("post").split())
                    yield " ".join(m.group("name").split()), f"{rank}, {post}" if rank else post, \
                        m.start("name"), m.end("name")
    if "POTUS" in text:  # a pool report's word for the President, who it never names
        for m in _POTUS.finditer(text):
            if len(_POTUS.findall(text, m.start())) >= 2:
                yield m.group(0), "President of the United States", m.start(), m.end()
            break
    if "wner:" in text or "WNER:" in text:
        for m in _OWNER.finditer(text):
            yield " ".join(m.group("name").split()), "owner", m.start("name"), m.end("name")
    if "Written by" in text:
        for m in _WRITTEN_BY.finditer(text):
            yield " ".join(m.group("name").split()), "author", m.start("name"), m.end("name")
    if "Last edited by" in text or "Last modified by" in text:
        for m in _EDITED_BY.finditer(text):
            yield " ".join(m.group("name").split()), "last editor", m.start("name"), m.end("name")
    if "lassified" in text:
        for m in _CLASSIFIED_BY.finditer(text):
            title = " ".join(m.group("title").split())
            yield " ".join(m.group("name").split()), title, m.start("name"), m.end("name")
    if "NNNN" in text or "TAGS:" in text and "SUBJECT:" in text:
        for m in _SIGNATURE.finditer(text, max(0, len(text) - 3000)):
            yield recased(m.group("name")), "", m.start("name"), m.end("name")
    if "Questions" in text or "Nomination" in text or "Response" in text:
        for m in _RECORD_OF.finditer(text):
            post = " ".join((m.group("post") or "").split())
            yield " ".join(m.group("name").split()), post, m.start("name"), m.end("name")
    if "POC" in text:
        for m in _POC.finditer(text):
            # "CJTF-OIR JOC BATTLE CAPTAIN" -> "CJTF-OIR JOC battle captain": the short words
            # first are the unit's initials, the rest the post
            words, initials = m.group("post").split(), True
            for i, w in enumerate(words):
                initials = initials and all(len(p) <= 4 for p in w.split("-"))
                words[i] = w if initials else w.lower()
            title = " ".join(words) if len(words) > 1 else ""
            yield recased(m.group("name")), title, m.start("name"), m.end("name")
