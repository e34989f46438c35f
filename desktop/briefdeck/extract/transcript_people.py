"""People a transcript names in its labels: "JANE ROE, MINISTRY SPOKESPERSON:", a header's
"Jane Roe, Deputy Spokesperson" whom the turns label "MS. ROE:", and the names a web
interview sets on lines of their own. A transcript says who speaks in its labels, not in
sentences, so these are read over the whole text."""

from __future__ import annotations

import re

from briefdeck.extract.labelled_people import recased
from briefdeck.extract.person_patterns import (
    CAPS_TURN,
    FIRST,
    HEADER_NAME_ROLE_RE,
    JOURNALIST_ROLE,
    ROLE_WORD,
    TRANSCRIPT_LABEL_RE,
)
from briefdeck.extract.person_titles import recased_role
from briefdeck.extract.plausible_names import plausible_name

# An interview written up for the web labels each turn with the speaker's name on a line of its
# own ("Jane Roe:"), the answer below; two or more people so labelled, each at least twice, are a
# dialogue, and a label naming no one known yet is still a person (the host who asks).
_OWN_LINE_NAME = re.compile(rf"\n(?P<name>{FIRST}(?:[ \t]+[A-Z][a-z'’-]+){{1,2}})"
                            r"[ \t]*:[ \t]*(?=\n)")

_ANY_OWN_LINE_LABEL = re.compile(r"\n([A-Z][^\n:]{2,60}):[ \t]*(?=\n)")


def _own_line_speakers(text: str, add, is_place) -> None:
    if ":\n" not in text:
        return
    spans: dict[str, list[int]] = {}
    for m in _OWN_LINE_NAME.finditer(text):
        spans.setdefault(m.group("name"), []).append(m.start("name"))
    labels = _ANY_OWN_LINE_LABEL.findall(text)
    if len(set(labels)) < 2 or len(labels) < 4:
        return  # (a heading repeated is not a dialogue)
    for name, at in spans.items():
        if len(at) >= 2 and plausible_name(name, is_place):
            add(name, "", "", at[0], at[0] + len(name))


# A panel's or a show's transcript in capitals labels each turn with the bare name ("JANE ROE:
# ..."), the bios that said who they are left on the page: a name so labelled twice or more,
# where four labels or more and two names at least make a dialogue, is a person. (Labels that
# name a part, not a person, are none: "AUDIENCE MEMBER:", "UNIDENTIFIED MALE:".)
_CAPS_NAME_LABEL = re.compile(r"\n(?P<name>[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?"
                              r"(?:[ \t]+[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?){1,2}):[ \t]+(?=\S)")
_PARTS = frozenset("UNIDENTIFIED UNKNOWN MALE FEMALE VOICE VOICES AUDIENCE MEMBER SPEAKER "
                   "ANNOUNCER NARRATOR MODERATOR REPORTER PARTICIPANT OPERATOR CALLER ANCHOR HOST "
                   "TRANSLATOR INTERPRETER CORRESPONDENT CROWD GROUP MAN WOMAN OFFICIAL "
                   "QUESTION ANSWER THE AND OF".split())


def _caps_name_labels(text: str, add, is_place) -> None:
    counts: dict[str, list[int]] = {}
    for m in _CAPS_NAME_LABEL.finditer(text):
        counts.setdefault(m.group("name"), []).append(m.start("name"))
    if len(counts) < 2 or sum(len(at) for at in counts.values()) < 4:
        return
    for label, at in counts.items():
        if len(at) < 2 or _PARTS.intersection(label.split()):
            continue
        name = recased(label)
        if plausible_name(name, is_place) and not re.search(
                re.escape(label) + r",[ \t]+[^\n:]{2,60}:", text[:at[0] + 400]) or False:
            add(name, "", "", at[0], at[0] + len(name))


def transcript_speakers(text: str, add, is_place) -> None:
    """People a transcript names in its labels: 'JANE ROE, MINISTRY SPOKESPERSON:' (not the
    broadcaster's anchor or correspondent) and a header's 'Jane Roe, Deputy Spokesperson' whom
    the turns label 'MS. ROE:'."""
    _own_line_speakers(text, add, is_place)
    if ":" in text:
        _caps_name_labels(text, add, is_place)
    if CAPS_TURN.search(text) is None and ", " not in text:
        return
    for m in TRANSCRIPT_LABEL_RE.finditer(text) if ", " in text else ():
        role = " ".join(m.group("role").split())
        if JOURNALIST_ROLE.search(role) or not ROLE_WORD.search(role):
            continue
        name = recased(m.group("name"))
        if not plausible_name(name, is_place):
            continue
        rank = recased(m.group("rank").strip()) if m.group("rank") else ""
        rank += " (ret.)" if m.group("reserve") else ""
        title = ", ".join(t for t in (rank, recased_role(role)) if t)
        add(name, title, "", m.start("name"), m.start("name") + len(name))
    if CAPS_TURN.search(text) is None:
        return
    for m in HEADER_NAME_ROLE_RE.finditer(text):
        name, role = m.group("name"), m.group("role")
        last = name.split()[-1].upper()
        if not ROLE_WORD.search(role) or not plausible_name(name, is_place) or not re.search(
                rf"\n(?:[A-Z]{{2,5}}\.[ \t]+)?{re.escape(last)}:[ \t]", text):
            continue  # only the one whose surname labels the turns
        add(name, " ".join(role.split()), "", m.start("name"), m.end("name"))
