"""People a broadcast names on screen: a lower-third caption or a script's name super.

Television shows who speaks in a caption, not a sentence: subtitles carry it as a cue of its
own, the name in capitals and the role after it ("CAPT. JANE ROE" / "Master, MV Example"), and
the speaker's words follow as cues opened by a dash ("- We heard the first missile ..."). A
newsroom script writes the same caption as a super above the bite ("SUPER: JANE ROE /
SPOKESWOMAN, THE ARMY"), its IN/OUT cue lines, then the bite in quotation marks. The caption is
the only place the person is named and the only thing that says whose words follow. A caption
of a place ("SUPER: THE PENTAGON — WASHINGTON") names no role; the broadcaster's own reporter
("SUPER: JANE ROE / REPORTING") is no source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.labelled_people import recased
from briefdeck.extract.person_patterns import ROLE_WORD

_RANK = (r"(?:(?:BRIG|MAJ|LT|GEN|COL|CAPT|CPT|CMDR|CDR|ADM|SGT|CPL|DR|PROF|REV|AMB|SEN|REP|MR|MS|"
         r"MRS)\.?[ \t]+){0,2}")
_CAPS_NAME = r"(?:(?:AL|EL|ABU|BIN|IBN|DE|VAN|VON)[- ])?[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?"
_NAME = rf"(?P<name>{_CAPS_NAME}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAPS_NAME}){{1,3}})"
# "SUPER: BRIG. GEN. JANE ROE / SPOKESMAN, THE ARMY" (also "CG:", "CHYRON:", "LOWER THIRD:")
_SUPER = re.compile(rf"(?m)^[ \t]*(?:SUPER|CG|CHYRON|LOWER[ \t]+THIRD|L3|NAME[ \t]+SUPER)[ \t]*:"
                    rf"[ \t]*(?P<rank>{_RANK}){_NAME}[ \t]*(?:/|—|–|--|,)[ \t]*"
                    r"(?P<role>[^\n]{3,90}?)[ \t]*$")
# A subtitle caption as a paragraph: the name in capitals, then the role in title case (on the
# same line, after a slash, or on the line below): "CMDR. JANE ROE Spokesperson, Navy"
_CAPTION = re.compile(rf"(?P<rank>{_RANK}){_NAME}[ \t]*(?:/[ \t]*|\n[ \t]*|[ \t])"
                      r"(?P<role>[A-Z][^\n]{2,90}?)[ \t]*$")
# ... and the cue below it, a speaker's dash opening it
_DASH_CUE = re.compile(r"(?:-|–|—|>>)[ \t]+(?=\S)")
# Roles ROLE_WORD does not know, as captions give them
_MORE_ROLES = re.compile(r"\b(?:master|captain|skipper|former|retired|witness|resident|survivor|"
                         r"doctor|surgeon|nurse|medic|paramedic|pilot|engineer|worker|farmer|"
                         r"fisherman|owner|manager|lawyer|lawmaker|senator|activist|officer|"
                         r"soldier|sailor|crew|father|mother|brother|sister|relative)\b", re.I)
_REPORTER = re.compile(r"\b(?:reporting|reporter|correspondent|anchor|presenter|host|producer|"
                       r"editor|camera|cameraman|photographer)\b", re.I)
_RANK_NAMES = {"BRIG": "Brig.", "MAJ": "Maj.", "LT": "Lt.", "GEN": "Gen.", "COL": "Col.",
               "CAPT": "Capt.", "CPT": "Capt.", "CMDR": "Cmdr.", "CDR": "Cmdr.", "ADM": "Adm.",
               "SGT": "Sgt.", "CPL": "Cpl.", "DR": "Dr.", "PROF": "Prof.", "REV": "Rev.",
               "AMB": "Amb.", "SEN": "Sen.", "REP": "Rep."}
_MAX_CAPTION = 130


def _role(role: str) -> str:
    """The role as a reader writes it ('SPOKESMAN, JORDAN ARMED FORCES' -> 'Spokesman, Jordan
    Armed Forces'); a role in title case is kept."""
    if not role.isupper():
        return role
    small = {"OF", "THE", "FOR", "AND", "ON", "IN", "AT", "TO"}
    return " ".join(w.lower() if w in small else w if len(w) <= 4 and not any(
        c in "AEIOU" for c in w) else w.capitalize() for w in role.split())


def _name(caps: str) -> str:
    """'RAMI AL-KHALAYLEH' -> 'Rami al-Khalayleh' (the particle in lower case after a name)."""
    name = recased(caps)
    return re.sub(r"(?<=\s)(Al|El)-", lambda m: m.group(1).lower() + "-", name)


def _title(rank: str, role: str) -> str:
    ranks = " ".join(_RANK_NAMES.get(w.rstrip("."), "") for w in rank.split()).strip()
    return ", ".join(t for t in (ranks, _role(role)) if t)


def _a_person(role: str) -> bool:
    return bool(ROLE_WORD.search(role) or _MORE_ROLES.search(role)) and \
        not _REPORTER.search(role)


def captions(text: str) -> tuple[tuple[int, int, str, str, int, bool], ...]:
    """(name start, name end, name, title, caption end, whether a script's super) of each
    caption naming a speaker (a tuple: the cached answer is shared, so no caller may change it)."""
    global _last
    last = _last  # (one read: another thread's draft may replace it meanwhile)
    if last[0] is text:
        return last[1]
    out: list[tuple[int, int, str, str, int, bool]] = []
    if "SUPER" in text or "CG:" in text or "CHYRON" in text or "LOWER THIRD" in text or \
            "L3:" in text:
        for m in _SUPER.finditer(text):
            if _a_person(m.group("role")):
                out.append((m.start("name"), m.end("name"), _name(m.group("name")),
                            _title(m.group("rank"), m.group("role")), m.end(), True))
    if "\n- " in text or "\n– " in text or "\n— " in text or "\n>> " in text:
        for start, end in _paragraphs(text):
            if end - start > _MAX_CAPTION or text[start:start + 1] in "-–—>" or \
                    not _DASH_CUE.match(text, _next_start(text, end)):
                continue
            m = _CAPTION.fullmatch(text, start, end)
            if m and not m.group("role").rstrip().endswith((".", "!", "?")) and \
                    _a_person(m.group("role")):
                out.append((m.start("name"), m.end("name"), _name(m.group("name")),
                            _title(m.group("rank"), m.group("role")), m.end(), False))
    found = tuple(sorted(out))
    _last = (text, found)  # (people and quotes each ask of the same text)
    return found


_last: tuple[str | None, tuple[tuple[int, int, str, str, int, bool], ...]] = (None, ())


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for block in text.split("\n\n"):
        start, pos = pos, pos + len(block) + 2
        lead = len(block) - len(block.lstrip())
        body = block.strip()
        if body:
            yield start + lead, start + lead + len(body)


def _next_start(text: str, end: int) -> int:
    at = end
    while at < len(text) and text[at] in " \t\n":
        at += 1
    return at


def caption_people(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) of each person a caption names."""
    for start, end, name, title, _end, _super in captions(text):
        yield name, title, start, end


def dash_cue_turns(text: str, paras: list[tuple[int, int, int]]
                   ) -> list[tuple[int, int, str, int, str]]:
    """The dash cues right under a subtitle caption, each a quote of the one it names:
    (start, end, words, paragraph number, speaker)."""
    found: list[tuple[int, int, str, int, str]] = []
    heads = [c for c in captions(text) if not c[5]]
    if not heads:
        return found
    by_end = {c[4]: c[2] for c in heads}
    speaker = ""
    for start, end, number in paras:
        if speaker:
            dash = _DASH_CUE.match(text, start, end)
            if dash:
                body = text[dash.end():end].rstrip()
                found.append((dash.end(), dash.end() + len(body), body, number, speaker))
                continue
            speaker = ""
        speaker = by_end.get(end, by_end.get(len(text[:end].rstrip()), ""))
    return found


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1 if pos else 0


# Between a super and its bite: the cue sheet's IN/OUT lines, timings, directions in brackets
# (one run of blanks a line, which the line's own [^\n]* may end with: two runs of blanks side
# by side split a blank line's spaces many ways, and the splits multiply line by line)
_CUE_LINES = re.compile(r"(?:[ \t]*(?:(?:IN|OUT|DUR|RUNS|TRT|CUE|TIME)\b[^\n]*|"
                        r"(?:\([^\n]*\)|\[[^\n]*\])[ \t]*)?\n)*[ \t]*")
_BITE_REACH = 400


def super_speaker(text: str, quote_start: int) -> str:
    """The person a script's super names just above a bite opening at quote_start (only cue
    lines between), or ''."""
    supers = [c for c in captions(text) if c[5]]  # (read once a text: no scan per quote)
    if not supers:
        return ""
    line = _line_start(text, quote_start)
    if text[line:quote_start].strip():
        return ""
    for _start, _end, name, _title, cap_end, _super in supers:
        if cap_end > line or line - cap_end > _BITE_REACH:
            continue
        nl = text.find("\n", cap_end)
        if nl >= 0 and _CUE_LINES.fullmatch(text, nl + 1, line):
            return name
    return ""
