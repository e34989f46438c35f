"""The standing text of a rule printed in the U.S. Federal Register.

Every rule or notice in the Register carries the same legal frame round what the agency
decided: where to send comments (ADDRESSES), the paragraph citing 5 U.S.C. 553 for skipping
notice and comment, the "List of Subjects" with its index terms, the amendatory formula
("For the reasons stated above, the agency amends ...") and its numbered instructions, the
Authority citation, the "Issued in Washington, DC, under the authority of ..." line, and the
printer's "[FR Doc. ... Filed ...]" and "BILLING CODE" lines. None of it tells what
happened; its section and statute numbers read as figures. The rule's own text (agency,
action, summary, dates, background and the regulatory text) stays.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine
from briefdeck.ingest.rules import Rule, _rule

_SUBJECTS = re.compile(r"^List of Subjects(?: in \d{1,2} CFR Parts? [\d, and]{1,60})?$")
# the index terms under it: "Air traffic control, Aircraft, Airports, Iraq."
_TERMS = re.compile(r"^[A-Z][\w ,;()'’-]{1,600}\.?$")

# fmt: off
RULES: tuple[Rule, ...] = (
    _rule("document furniture", r"^ADDRESSES:\s", 150, flags=0, hints=("addresses:",)),
    # "Section 553(b)(3)(B) of title 5, United States Code, authorizes agencies to dispense
    # with notice and comment ...": the good-cause paragraph, the same in every such rule.
    _rule("legal notice", r"^(?:Section|Under) 553\(b\)(?:\(\d\))?(?:\([A-B]\))? of (?:title "
          r"5|the Administrative Procedure Act)\b|\bauthorizes agencies to dispense with "
          r"(?:prior )?notice and (?:public )?comment\b", 200, hints=("553(b)", "dispense")),
    _rule("document furniture", _SUBJECTS.pattern, 12, flags=0, hints=("subjects",)),
    # "For the reasons stated above, the FAA amends chapter I of title 14 ... as follows:"
    _rule("legal notice", r"^For the reasons (?:stated|set (?:forth|out)|discussed) (?:above|in "
          r"the preamble)\b.{0,300}\bamends?\b.{0,300}\bas follows:$", 60, flags=0,
          hints=("for the reasons",)),
    # "1. The authority citation for part 91 continues to read as follows:", "2. Amend
    # § 91.1605 by revising paragraph (b) to read as follows:": amendatory instructions.
    _rule("legal notice", r"^\d{1,3}\. (?:The authority citation for parts? [\d, and]{1,40} "
          r"(?:continues to read|is revised to read)|(?:Amend|Revise|Add|Remove|Redesignate) "
          r"(?:§§?|part|subpart|appendix|section)\s?[\d.A-Z]).{0,300}:$", 50, flags=0,
          hints=("authority citation", "amend ", "revise ", "add ", "remove ", "redesignate ")),
    _rule("legal notice", r"^Authority:\s*\d{1,2} U\.\s?S\.\s?C\. \d", 60, flags=0,
          hints=("authority:",)),
    _rule("signature", r"^Issued in [A-Z][\w .,]{1,60}?,? under the authority of\b.{0,300}$", 60,
          flags=0, hints=("issued in",)),
    _rule("document furniture", r"^\[FR Doc\.? [\w-]{4,20} Filed [\d/-]{6,10};? \d{1,2}:\d{2} ?"
          r"[ap]\.?m\.?\]$", 10, flags=0, hints=("fr doc",)),
    _rule("document furniture", r"^BILLING CODE [\d-]{4,12}[A-Z]?(?:-[A-Z])?$", 4, flags=0,
          hints=("billing code",)),
)
# fmt: on


def flag_subject_terms(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The index terms under "List of Subjects in 14 CFR Part 91": the next line."""
    for i, line in enumerate(lines[:-1]):
        if flags.get(i) and _SUBJECTS.match(line.text):
            nxt = lines[i + 1]
            if i + 1 not in flags and nxt.text.count(",") >= 2 and _TERMS.match(nxt.text):
                flags[i + 1] = "document furniture"
