"""Speaker labels of transcripts and briefings: "JANE ROE, DEFENCE MINISTRY SPOKESPERSON:"
on a first turn, "ROE:" after it, a header line "Jane Roe, Deputy Spokesperson"; and which
labels are the broadcaster's own journalists, whose words are the report, not a source's.
"""

from __future__ import annotations

import re
from typing import Any

from briefdeck.extract.person_name_words import FIRST

# A broadcast or briefing transcript labels a speaker's first turn with name and role, all in
# capitals: "JANE ROE, DEFENCE MINISTRY SPOKESPERSON: ...", "GEN. JOHN DOE (RET.), NETWORK
# ANALYST: ..."; later turns carry the surname alone ("ROE: ...").
TRANSCRIPT_LABEL_RE = re.compile(
    r"\n(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?(?P<rank>(?:[A-Z]{2,5}\.[ \t]+){0,2})"
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Z'’-]+){1,3})"
    r"(?P<reserve>[ \t]+\((?:RET|RES)\.?\))?,[ \t]+(?P<role>[A-Z][A-Z0-9 .,'’&/()-]{2,80}?):[ \t]")
# The broadcaster's own journalists, who put the questions: their turns are not sourcing.
JOURNALIST_ROLE = re.compile(r"\b(?:ANCHOR|CO-ANCHOR|CORRESPONDENT|REPORTER|HOST|CO-HOST|"
                             r"PRESENTER|PRODUCER|MODERATOR)\b")
# A title that makes its holder the page's own journalist ("Our Iraq correspondent"): their
# words are the report, not a source's.
_REPORTER_TITLE = re.compile(r"(?i)\b(?:correspondent|reporter|anchor|presenter|columnist|"
                             r"(?:news|foreign|defen[cs]e|security)\s+editor)\b")


def reporter(people: Any, name: str) -> bool:
    """Whether the person the text names so is titled as a journalist."""
    person = people.by_key.get(name.casefold())
    return person is not None and _REPORTER_TITLE.search(person.title) is not None


# A briefing's header names its speaker in full on a line of their own, "Jane Roe, Deputy
# Spokesperson", whom the turns then label by surname ("MS. ROE: ...").
HEADER_NAME_ROLE_RE = re.compile(
    rf"\n(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}}),[ \t]+"
    r"(?P<role>[A-Z][^\n,:;.]{2,60}?)[ \t]*(?=\n)")
# Any capitals speaker label opening a line, with a courtesy title or rank maybe ("MR. ROE:").
CAPS_TURN = re.compile(r"\n(?:[A-Z]{2,5}\.[ \t]+)?[A-Z][A-Z'’-]{2,}:[ \t]")
