"""A museum's panel copy (or any copy sent for print): the notes to the people who make it.

Exhibition text goes to the fabricator as a document: the panels and object labels (the
story and the objects) among lines written for the team, not the visitor: the production
line ("Panel copy for fabrication | Rev. 4, <date>"), the credits of who wrote, edited and
built it ("Curatorial lead: ... | Copy editor: ... | Fabricator: ..."), the type sizes in
brackets, each panel's word budget ("(Target 120 words / Actual 117)"), a curator's note in
brackets ("[CURATOR NOTE: ... Do not revert.]"), the object checklist (accession number,
case, mount, status), the photo credits, the sponsor line and the visitor card. Their point
sizes, word counts, towns and photographers are no facts of the story.
"""

from __future__ import annotations

import re
import string

from briefdeck.ingest.line_kinds import ArticleLine
from briefdeck.ingest.opening_rules import OpeningRule
from briefdeck.ingest.rules import _rule

# the roles who make a publication or an exhibition, as a credit labels them (any case)
_ROLES = (
    r"(?:curator(?:ial)?(?: lead| team)?|(?:copy |managing |senior |text )?editors?|"
    r"(?:exhibit(?:ion)? |graphic |lighting )?design(?:ers?)?|fabricat(?:or|ion)|"
    r"photograph(?:er|y|s)|research(?:ers?)?|writers?|text|proof(?:reader|reading)|"
    r"illustrat(?:ors?|ions)|graphics|layout|translat(?:ors?|ion)|producers?|"
    r"install(?:er|ation)|conservat(?:or|ion)|mount ?maker|printer|project (?:lead|"
    r"manager))"
)

_CAPITALS = string.ascii_uppercase

# fmt: off
# "(Target 120 words / Actual 117)": a panel's word budget, for the writer.
_BUDGET = _rule("copy budget", r"^\(?(?:target|budget|limit|max(?:imum)?)[ \t]*+:?[ \t]*+\d{1,4} "
                r"words?[ \t]*+[/|;,][ \t]*+(?:actual|count|current|now)[ \t]*+:?[ \t]*+\d{1,4}"
                r"(?: words?)?\)?$", 8)
# "[Type sizes: titles 72 pt ...]", "[Note to designer: ...]", "[CURATOR NOTE: ...]": a
# bracketed note to the team that makes the copy (a news story's "[Editor's note: ...]" and
# a translation's "[Translator's note: ...]" speak to the reader and are not these).
_NOTE = _rule("production note", r"^\[(?:type ?sizes?|font sizes?|fonts?|typefaces?|layout|"
              r"print|fabrication|production|mounting|install(?:ation)?|(?:note|notes|query) to "
              r"(?:the )?(?:designer|printer|fabricator|layout|production|installer|curator)s?|"
              r"(?:curator(?:ial)?|designer|fabricator|proofreader|installer|printer|layout)"
              r"(?:['’]s|s['’])? (?:notes?|query|queries)|TK)[ \t]*+:[^\]\n]{0,600}+\]$", 120)
# "Curatorial lead: Dr. A | Copy editor: B | Fabricator: C, Town": who made it, by role.
_CREDITS = _rule("production credits", rf"^{_ROLES}[ \t]*+:[^|:\n]{{2,80}}+(?:\|[ \t]*+{_ROLES}"
                 r"[ \t]*+:[^|:\n]{2,80}+){1,6}$", 30)
# "Gallery, Town | Panel copy for fabrication | Rev. 4, <date>": the production line, the
# phrase a field of its own among others (a sentence's "sent the text for approval" is not).
_PRODUCTION = _rule("production line", r"(?:^|\|)[ \t]*+(?:(?:panel|label|wall|exhibit(?:ion)?|"
                    r"object|gallery|catalog(?:ue)?|final|print) )?(?:copy|text|labels?|proofs?) "
                    r"for (?:fabrication|production|print(?:ing)?|layout|installation|sign-off|"
                    r"approval)[ \t]*+(?:\||$)", 24)
# "Photographs: U.S. Army / Spc. A; U.S. Air Force / Staff Sgt. B.": photo credits, each an
# agency or service and the photographer after a slash.
_PHOTOS = _rule("photo caption or credit", r"^(?:photo(?:graph)?s|images|pictures|(?:photo|"
                r"image) credits?)[ \t]*+:[ \t]*+[A-Z][^/;:\n]{1,60}+/[ \t]*+[A-Z][^/;\n]{1,60}+"
                r"(?:;[ \t]*+[A-Z][^/;:\n]{1,60}+/[ \t]*+[A-Z][^/;\n]{1,60}+){0,8}$", 60)
# "This exhibit was made possible by ... and by gifts from ...": whose money made it (only
# the things that thank their sponsors: "This project is funded by the State Department" may
# be news of a programme).
_SPONSOR = _rule("sponsor line", r"^this (?:exhibit(?:ion)?|gallery|display|installation|"
                 r"publication|catalog(?:ue)?|podcast|episode|broadcast|newsletter|website|page|"
                 r"series|production) (?:was|is|has been) (?:made possible|(?:generously |partly |"
                 r"jointly )?(?:funded|sponsored|supported|underwritten))(?: in part)? (?:by|"
                 r"through|with|thanks to)\b", 40)
# "Visitor question card: ...": the exhibition's prompt to its visitors.
_PROMPT = _rule("visitor prompt", r"^(?:visitor|reader|audience|family|student)s?['’]?(?: "
                r"question| response| comment| feedback)? (?:card|prompt|station|wall)[ \t]*+:", 30)
RULES: tuple[OpeningRule, ...] = (
    OpeningRule(_BUDGET, "(TtBbLlMm", ("ords", "ORDS")),
    OpeningRule(_NOTE, "["),
    OpeningRule(_CREDITS, _CAPITALS, ("|",)),
    OpeningRule(_PRODUCTION, _CAPITALS, ("|",)),
    OpeningRule(_PHOTOS, "PpIi", (":",)),
    OpeningRule(_SPONSOR, "Tt", ("possible", "funded", "sponsored", "supported",
                                 "underwritten")),
    OpeningRule(_PROMPT, "VvRrAaFfSs", (":",)),
)
# fmt: on

# "OBJECT CHECKLIST", "Loan inventory": the heading over a list of objects and where they go.
# (not "Equipment list": a report's table of weapons and their numbers is no bookkeeping)
_CHECKLIST = re.compile(
    r"^(?:objects?|loans?|packing|artefacts?|artifacts?) (?:check ?list|"
    r"list|inventory|register|schedule)$",
    re.I,
)
# "Accession no.\tCase\tMount\tStatus": a collection's table, by its number column.
_NUMBER_HEAD = re.compile(
    r"^(?:accession|catalog(?:ue)?|inventory|inv\.|object|loan)"
    r"(?: no\.?| number| #| id)\t",
    re.I,
)


def flag_object_tables(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A checklist heading and the table rows under it, or a table headed by an accession
    number column: the collection's bookkeeping (where each object sits, its mount, its
    status), not the objects' story."""
    done = 0  # the rows of a table already flagged (each row is looked at once)
    for i, line in enumerate(lines):
        if i < done:
            continue
        heading = line.words <= 4 and "\t" not in line.text and _CHECKLIST.match(line.text)
        if not heading and not ("\t" in line.text and _NUMBER_HEAD.match(line.text)):
            continue
        k = i + 1 if heading else i
        if k >= len(lines) or "\t" not in lines[k].text:
            continue
        if heading:
            flags.setdefault(i, "object checklist")
        while k < len(lines) and "\t" in lines[k].text:
            flags.setdefault(k, "object checklist")
            k += 1
        done = k
