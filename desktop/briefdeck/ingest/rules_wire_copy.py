"""Boilerplate rules for wire copy and its pictures: the agency as byline or sign-off, the
desk's initials, the service's reuse terms, and the picture credits agencies attach.
"""

from __future__ import annotations

from briefdeck.ingest.publishing_words import _NOT_SOURCING_PERSON, _URL, _WIRES
from briefdeck.ingest.rules import _AGENCY, Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # Wire copy: the agency as byline or sign-off, the desk's initials, "and agencies".
    _rule("agency credit", rf"^(?:by|from|source:?)\s+(?:{_WIRES})(?:\s*(?:,|and|&|with)\s*"
          rf"(?:{_WIRES}|news agencies|agencies))*(?: staff| news)?$", 10),
    _rule("agency credit", rf"^[-—–]{{0,3}}\s*\(?(?:{_WIRES})\)?\s*[-—–]{{0,3}}$", 4),
    _rule("agency credit", r"^(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} )?(?:staff )?"
          r"(?:and|with|&) (?:news |wire )?agencies$|^(?:news )?agencies$", 8),
    # "lk/ser/jsa", "bur-sst/dw": the initials of the desk that handled a wire story.
    _rule("agency credit", r"^(?:[a-z]{2,4}-)?[a-z]{2,4}(?:/[a-z]{2,4}){1,6}$", 1, 0),
    # "Follow AP's coverage of the war at https://...": not "Follow the coverage closely."
    _rule("other stories", rf"^(?:follow|read|see|find) (?:more of |all of )?(?:[\w'’.]+ ){{0,3}}"
          rf"coverage (?:of|on|at|about)\b.*{_URL}", 25, hints=("http", "www.")),
    _rule("other stories", r"^(?:follow|read|see|find) (?:more of |all of )?(?:[\w'’.]+ ){0,3}"
          r"coverage (?:of|on|at|about)\b", 25, in_prose=False),
    # "YEMEN-SECURITY/HODEIDAH (URGENT)", "YEMEN-SECURITY/WRAPUP": a wire item's slug line,
    # topic codes in capitals joined by a slash, with the item's stage; the desk's filing
    # label, not a headline ("YPG/PKK" alone, no code joined by a hyphen nor a stage, is a tag).
    _rule("production slug", r"^(?=[^(]*-|.*\()[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*"
          r"(?:/[A-Z0-9]+(?:-[A-Z0-9]+)*)+"
          r"(?:\s*\((?:URGENT|FLASH|ALERT|UPDATE \d{1,2}|WRAPUP(?: \d{1,2})?|REFILE|RPT|"
          r"CORRECTED|FACTBOX|ANALYSIS|INSIGHT|EXCLUSIVE|PIX|TV|VIDEO)\))?$", 4, flags=0,
          hints=("/",)),
    _rule("licence", r"\bis solely responsible for all content\b|^this material may not be "
          r"(?:published|broadcast|rewritten|redistributed)\b", 40, hints=("solely", "material")),

    # Picture credits: "FILE - ...", "(Handout / Reuters)", "Fot. Name", "Source: PAP".
    _rule("photo caption or credit", r"^FILE(?: PHOTO)?\s*[-–—:]\s", 80, 0),
    _rule("photo caption or credit", r"(?:/|\|)\s*(?:Handout|HO|Pool|dpa|PAP|ANSA|EFE|Belga|ANP"
          r"|Keystone|picture alliance|IMAGO|Abaca|MAXPPP|SANA|IRNA|WANA|Ukrinform)"
          r"(?:\s*(?:/|via)\s*(?:" + _AGENCY + r"))?\s*\)?$", 80, 0, hints=("/", "|")),
    _rule("photo caption or credit", r"(?:^|[(\s])(?:[Ff]ot|FOT|[Zz]dj)\.\s*:?\s*(?:[A-ZŁŚŻŹĆ]"
          r"|[\w-]+/)|^(?i:foto|zdjęcie|źródło zdjęcia|bildquelle|crédit photo)\s*:", 80, 0,
          hints=("fot", "zdj", "foto", "źródło", "bildquelle", "crédit")),
    _rule("story credits", r"^(?:sources?|źródło|źródła|quelle|fuente|fonte)\s*:\s*"
          + _NOT_SOURCING_PERSON + r"[\w&.,/'’ -]{1,60}$", 8, in_prose=False),
)
# fmt: on
