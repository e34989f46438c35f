"""Speakers a meeting tool's transcript names on a line of their own, with a time stamp.

Microsoft Teams writes "Roe, Jane MAJ USARMY UNIT (USA)   0:00:19" above what was said; Zoom
and Otter write "Jane Roe  0:03" or "Jane Roe  00:01:12". The paragraphs below, until the next
such line, are that person's words, unquoted. The header gives the person (given name first),
their rank in the service's capitals (MAJ: a major) and, in brackets, their organisation or a
"(Contractor)" mark; the "(USA)" at its end is the tenant's country, no place in the story.
"""

from __future__ import annotations

import re

from briefdeck.extract.dashed_speakers import dashed_lines
from briefdeck.extract.org_found import is_place

_STAMP = r"[ \t]+\d{1,2}:\d\d(?::\d\d)?[ \t]*$"
# "Okafor, Rachel MAJ USARMY CJTF-OIR (USA)   0:00:19": surname, given name, then the rest
_TEAMS = re.compile(r"(?P<surname>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?),[ \t]+"
                    r"(?P<given>[A-Z][\w'’-]+)(?P<rest>(?:[ \t]+[^\s\d][^\n]{0,80}?)?)" + _STAMP)
# "Jane Roe  0:03": a name (or "Speaker 1") and the stamp, nothing else
_PLAIN = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]+[ \t]){1,3}[A-Z][\w'’-]+|Speaker[ \t]\d{1,2})"
                    + _STAMP)
# what only a meeting tool writes: a tenant or "(Contractor)" tag, a stamp with seconds
_TENANT = re.compile(r"\([A-Z][\w .&-]{1,30}\)")
_SECONDS = re.compile(r"\d:\d\d:\d\d[ \t]*$")
_CHEAP = re.compile(r"\d:\d\d(?::\d\d)?[ \t]*\n")  # a line ending on a stamp
# Teams' rank codes and the titles a reader knows them by
_RANKS = {"GEN": "Gen.", "LTG": "Lt. Gen.", "MG": "Maj. Gen.", "BG": "Brig. Gen.",
          "COL": "Col.", "LTC": "Lt. Col.", "MAJ": "Maj.", "CPT": "Capt.", "1LT": "1st Lt.",
          "2LT": "2nd Lt.", "CW2": "CW2", "CW3": "CW3", "CW4": "CW4", "CW5": "CW5",
          "CSM": "Command Sgt. Maj.", "SGM": "Sgt. Maj.", "MSG": "Master Sgt.",
          "SFC": "Sgt. 1st Class", "SSG": "Staff Sgt.", "SGT": "Sgt.", "CPL": "Cpl.",
          "ADM": "Adm.", "VADM": "Vice Adm.", "RADM": "Rear Adm.", "CAPT": "Capt.",
          "CDR": "Cmdr.", "LCDR": "Lt. Cmdr.", "LT": "Lt.", "MAJGEN": "Maj. Gen.",
          "BRIGGEN": "Brig. Gen.", "LTCOL": "Lt. Col."}
# Words of a header that are no name: a "Meeting" or "Recording" title with a stamp
# (a live page's "Posted Sunday 10:45" or "BREAKING 10:45" is a stamp, no speaker: the plain
# shape takes names in title case, no weekday or month)
_NOT_NAMES = re.compile(r"\b(?:Meeting|Recording|Transcript|Duration|Page|Chapter|Part|AM|PM|"
                        r"Updated?|Posted|Published|Local|Time|GMT|UTC|"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|"
                        r"April|May|June|July|August|September|October|November|December)\b|"
                        r"\b[A-Z]{2,}\b")


def speaker_headers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, person, title) of each own-line speaker header, when the text has at least
    two: the person given name first ("Rachel Okafor"), the title their rank ("Maj.") or
    "contractor"; or a call transcript's "Jane Roe -- Chief Executive Officer" lines."""
    return [h for h in _all_headers(text) if h[2]]


def _all_headers(text: str) -> list[tuple[int, int, str, str]]:
    """The headers, with a call's operator lines and headings as (start, end, "", "")."""
    global _last
    last = _last  # (one read: another thread's draft may replace it meanwhile)
    if last[0] is text:
        return last[1]
    out = _headers(text) if len(_CHEAP.findall(text, 0, 200_000)) >= 2 else []
    out = out or dashed_lines(text)
    _last = (text, out)  # (people, quotes and sourcing each ask of the same text)
    return out


_last: tuple[str | None, list[tuple[int, int, str, str]]] = (None, [])


def _headers(text: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(line) > 130 or ":" not in line:
            continue
        line = line.rstrip()
        m = _TEAMS.fullmatch(line)
        if m:
            rest = m.group("rest").split()
            rank = _RANKS.get(rest[0], "") if rest else ""
            if not (rank or _TENANT.search(m.group("rest")) or _SECONDS.search(line)) or \
                    _NOT_NAMES.search(f"{m.group('surname')} {m.group('given')}") or \
                    (is_place(m.group("surname")) and is_place(m.group("given"))):
                continue  # a live page's "Beirut, Lebanon 10:45", no speaker
            title = rank or ("contractor" if "(Contractor)" in m.group("rest") else "")
            name = f"{m.group('given')} {m.group('surname')}"
        else:
            m = _PLAIN.fullmatch(line)
            if not m or _NOT_NAMES.search(m.group("name")):
                continue
            name, title = " ".join(m.group("name").split()), ""
        out.append((start, start + len(line), name, title))
    # a conversation: two people at least
    return out if len(out) >= 2 and len({h[2] for h in out}) >= 2 else []


def header_turns(text: str, paras: list[tuple[int, int, int]]
                 ) -> list[tuple[int, int, str, int, str]]:
    """Each paragraph under a speaker header, as that speaker's words:
    (start, end, words, paragraph number, speaker). A header with no words under it, right
    above another, is a roster of who was on the call: no turn follows it."""
    heads = _all_headers(text)
    if not heads:
        return []
    by_start = {h[0]: h for h in heads}
    found: list[tuple[int, int, str, int, str]] = []
    speaker, last_end = "", -1  # (the end of the last named header, while nothing follows it)
    for start, end, number in paras:
        head = by_start.get(start)
        if head:
            roster = last_end >= 0 and bool(head[2]) and not text[last_end:start].strip()
            speaker = "" if roster else head[2]
            start = head[1]  # (Otter may run the words on under the header)
            while start < end and text[start] in " \t\n":
                start += 1
            last_end = head[1] if start >= end and head[2] else -1
            if start >= end:
                continue
        last_end = -1
        if not speaker:
            continue
        body = text[start:end].rstrip()
        if body.endswith(("started transcription", "stopped transcription")):
            speaker = ""  # the tool's own line closes the last turn
            continue
        found.append((start, start + len(body), body, number, speaker))
    return found
