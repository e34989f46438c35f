"""Boilerplate rules for a newsroom system's own lines, left in a story or script exported
from it: the slug and status lines ("SLUG: BASE-BLISS   DESK: METRO/MIL   ED: RCH"), a
script's running time ("TRT: 1:45"), the jump lines of a printed story ("See BASE, Page A6",
"A1 JUMP", "Continued from A1"), the rule lines the system draws with ^ or > and the writer's
"can be reached at" line. Labels in capitals with a colon, page codes, numbers: never a
sentence of the story. Also a corrections column's standing policy lines.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# the labels a newsroom system prints over a story or script
_LABEL = (r"(?:SLUG|STATUS|DATE|DESK|WRITER|REPORTER|PROD|PRODUCER|ED|EDITOR|LEN|LENGTH|PG|"
          r"PAGE|SHOW|TRT|FORMAT|VERSION|BUDGET|SENT|BY|ANCHOR|EDITION|ZONE|WORDS)")

# a reporter's name and the town they filed from, in a story's closing credit line
_WRITER = r"[A-Z][\w'’-]+(?: [A-Z][\w.'’-]*){0,3}"
_PLACE = r"[A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,3}"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "SLUG: JORDAN BASE DRONES": the story's name in the system.
    _rule("production slug", r"^SLUG\s*:\s*\S[^a-z]{0,120}$", 20, flags=0, hints=("slug",)),
    # "DATE: 11/10/26   WRITER: KRAMER   PROD: OYELARAN": labelled fields, wide apart.
    _rule("production slug", rf"^{_LABEL}\s*:\s*\S.*?\s{{2,}}{_LABEL}\s*:\s*\S[^a-z]*$", 30,
          flags=0, hints=(":",)),
    # "STATUS: APPROVED 5:41P", "TRT: 1:45": the script's state and running time.
    _rule("production slug", r"^(?:STATUS\s*:\s*(?:APPROVED|FINAL|READY|DRAFT|KILLED|HOLD|"
          r"OK|EDITED|SENT|MOVED|RUN)\b[^a-z]{0,40}|TRT\s*:\s*\d{1,2}:\d{2}(?::\d{2})?)$", 8,
          flags=0, hints=("status", "trt")),
    # "See BASE, Page A6", "Continued on Page 4", "Please turn to STRIKES, A8".
    _rule("jump line", r"^(?i:see|please see|turn to|please turn to|continued on|cont(?:inued|"
          r"['’]d)? on)\s+(?:[A-Z][A-Z-]{1,20},?\s+)?(?:(?i:page|pg\.?|p\.)\s*)?[A-Z]?\d{1,2}"
          r"\.?$", 6, flags=0, hints=("see", "turn", "on")),
    # "Continued from A1", "Continued from Page 1", "A1 JUMP >>>>>".
    _rule("jump line", r"^(?i:continued|cont(?:inued|['’]d)?\.?) (?i:from) (?:(?i:page)\s*)?"
          r"[A-Z]?\d{1,2}\.?$|^[A-Z]?\d{1,2} JUMP\b[^a-z]{0,80}$"
          r"|^From (?:(?i:page) )?[A-Z]\d{1,2}$",  # "From A1": the jump's other end
          6, flags=0, hints=("from", "jump")),
    # "^^^^^^^^", ">>>>>>>>", "—————": a rule line drawn with characters.
    _rule("separator", r"^[\^<>#+~=_*•·—–―-]{3,}$", 1),
    # "Staff writer Jo Ames can be reached at jo@example.com or 915-555-0100."
    _rule("contact", r"\bcan be (?:reached|contacted|e-?mailed) (?:at|by|via|on)\b[^\"“”]{0,120}"
          r"(?:@[\w-]+\.\w|\d{3}[-. ]\d{4}\b)", 40, hints=("can be",)),
    # "— Jo Ames reported from Erbil. Staff writer Li Wei contributed from Washington.": the
    # trailer a draft or printed story closes with, where its reporters worked (a dash may
    # lead it; the names have one to four words).
    _rule("story credits", rf"^(?:[-—–]\s*)?{_WRITER}(?: and {_WRITER})? reported (?:from|in|"
          rf"this story from) {_PLACE}\.(?: [A-Z][^.!?\"“”]{{0,120}}? contributed(?: reporting)?"
          rf"(?: (?:from|in) {_PLACE})?\.)?$", 40, flags=0, hints=("reported",)),
    # "The Sentinel corrects significant errors of fact as soon as ...", "This column lists
    # corrections to stories published ...": a corrections column's standing policy lines,
    # printed over every week's corrections (the corrections themselves are content).
    _rule("corrections policy", r"^(?:the |our )?(?:[\w&'’.-]+ ){0,4}(?:corrects|will correct|"
          r"(?:is|are) committed to correcting) (?:all |any )?(?:significant |substantive |"
          r"factual |material )?(?:errors|mistakes|inaccuracies)(?: of fact)? (?:as soon as|"
          r"promptly|when|once|that)\b|^this (?:column|page|section|"
          r"list) (?:lists|contains|collects|gathers) (?:the )?corrections\b", 60,
          hints=("correct",)),
)
# fmt: on
