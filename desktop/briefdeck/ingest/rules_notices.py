"""Boilerplate rules for standing notices: a printed hearing's caption page (Congress, session,
"Printed for the use of", the printing office and its jacket number), an inserted statement's
pointer, an app's store badges and promo line, a shared document's sharing and pinned-note lines,
and a think tank's standard statement that it takes no policy positions; a Federal Register
rule's legal frame (federal_register).
"""

from __future__ import annotations

import re

from briefdeck.ingest.federal_register import RULES as _FEDERAL_REGISTER
from briefdeck.ingest.rules import Rule, _rule

_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
            r"nineteenth|twentieth|twenty-\w+|thirtieth)")

# fmt: off
RULES: tuple[Rule, ...] = (
    # A printed hearing's caption page: "HEARING", "ONE HUNDRED NINETEENTH CONGRESS",
    # "SECOND SESSION" (upper case, each on its own line).
    _rule("hearing front matter", r"^(?:JOINT )?HEARINGS?$|^(?:ONE HUNDRED (?:AND )?)?"
          r"(?i:" + _ORDINAL + r") CONGRESS$|^(?i:" + _ORDINAL + r") SESSION$", 5, flags=0,
          hints=("hearing", "congress", "session")),
    # "[H.A.S.C. No. 119-71]", "[Serial No. 118-45]", "S. Hrg. 118-301": the record's number;
    # "HOUSE OF REPRESENTATIVES", "HEARING HELD", "WASHINGTON : 2026": the rest of its cover.
    _rule("hearing front matter", r"^\[(?:(?:[A-Z]\.\s?){1,6}\s*|Serial )No\.\s*"
          r"\d{2,3}[-–]\d{1,4}\]$|^S\.\s?(?:HRG|Hrg)\.\s*\d{2,3}[-–]\d{1,4}$|"
          r"^(?:HOUSE OF REPRESENTATIVES|UNITED STATES SENATE|HEARINGS? HELD(?: [A-Z]+ \d{1,2}, "
          r"\d{4})?|WASHINGTON\s*:\s*(?:19|20)\d\d)$", 6,
          flags=0, hints=("no.", "hrg.", "representatives", "united states senate",
                          "hearing held", "hearings held", "washington :", "washington:")),
    # "[Whereupon, at 11:42 a.m., the subcommittee proceeded in closed session.]": the record's
    # stage direction, bracketed or in parentheses.
    _rule("transcript furniture", r"^(?:\[whereupon\b[^\[\]]{0,200}\]|\(whereupon\b[^()]{0,200}\))"
          r"\.?$", 40, hints=("whereupon",)),
    # "Printed for the use of the Committee on ...": whose copy the printed record is.
    _rule("hearing front matter", r"^printed for the use of the (?:committee|subcommittee|"
          r"select committee|joint committee|commission)\b.{0,80}$", 16, hints=("printed",)),
    # "Available via the World Wide Web: http://...": where the record is published online.
    _rule("hearing front matter", r"^available(?: via the world wide web| online)?\s*:\s*"
          r"(?:https?://|www\.)", 30, hints=("available",)),
    # "U.S. GOVERNMENT PUBLISHING OFFICE" and its jacket line "64-512PDF WASHINGTON : 2026".
    _rule("hearing front matter", r"^U\.?S\.? GOVERNMENT (?:PUBLISHING|PRINTING) OFFICE$|"
          r"^\d{2}[-–]\d{3}\s?(?:PDF|CC)?\s+WASHINGTON\s*:\s*(?:19|20)\d\d$", 6, flags=0,
          hints=("office", "washington")),
    # "[The prepared statement of General X follows:]": the record's pointer to an insert.
    _rule("section label", r"^\[(?:the )?(?:prepared |written )?(?:statements?|information|"
          r"letters?|material|documents?|article|testimony)\b[^\]]{0,120}\bfollows?\s*:?\s*\]$",
          25, hints=("follow",)),
    # A Westminster-style committee report's title page: "Fourth Report of Session 2026-27",
    # "Report, together with formal minutes ...", "Ordered by the House of Commons to be printed
    # 16 March 2027", "HC 123" / "HL Paper 45", "Published on ... by authority of the House".
    _rule("report front matter", r"^(?:(?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)) )?"
          r"(?:Special )?Report "
          r"of Session \d{4}\s?[–—-]\s?\d{2,4}$|^HC \d{1,4}(?:-[IVX]+)?$|^HL Paper \d{1,4}"
          r"(?:-[IVX]+)?$|^House of (?:Commons|Lords)$", 6, flags=0,
          hints=("session", "hc ", "hl paper", "house of")),
    _rule("report front matter", r"^(?:report|volume [ivx\d]+),? together with (?:the )?formal "
          r"minutes\b.{0,80}$|^ordered by the house of (?:commons|lords|representatives) to be "
          r"printed\b.{0,40}$|^published on .{4,40} by authority of the house of "
          r"(?:commons|lords)\b.{0,10}$", 24, hints=("formal minutes", "to be printed",
          "by authority of")),
    # "Extract: Chapter 2, paragraphs 12 to 20. The full report is available on ...": the note on
    # which part of a document the text reproduces.
    _rule("report front matter", r"^(?:extract|excerpt)s?\s*:\s*(?:chapters?|sections?|parts?|"
          r"pages?|paragraphs?|annex(?:es)?|appendix)\b[^\"“”]{0,200}$", 45,
          hints=("extract", "excerpt")),
    # App store badges and the promo above them: "Download on the App Store", "Get it on
    # Google Play", "Free on iOS and Android."
    _rule("app promotion", r"^(?:download (?:it )?on|get it on|available on) (?:the )?"
          r"(?:app store|google play|apple app store)$|\bfree on (?:ios|iphone) (?:and|&) "
          r"android\b|\bon (?:ios|iphone) and android\.?$", 20,
          hints=("app store", "google play", "android")),
    # A shared document's sharing line: "Shared with: desk (7 people) | Can edit".
    _rule("sharing notice", r"^shared with\s*:?\s.{0,80}(?:\b(?:can|only) (?:edit|view|comment)"
          r"\b|\(\d+ (?:people|members|others|users)\))", 20, hints=("shared with",)),
    # A pinned note on how the document is kept: "Pinned: newest at the bottom. ..."
    _rule("house rules", r"^pinned\s*:\s*(?:the )?(?:newest|latest|oldest|most recent)"
          r"(?: entries| updates| posts| items)? (?:at the (?:top|bottom)|first|last)\b", 80,
          hints=("pinned",)),
    # A search box's placeholder naming what it finds: "Search places, groups, sources".
    _rule("navigation", r"^Search (?:for )?[a-z]+s(?:, [a-z]+s)+(?:,? (?:and|or) [a-z]+s)?"
          r"\s*(?:\.{3}|…)?$", 8, flags=0, hints=("search",)),
    # The heading over a list of links: "Links", "Useful links".
    _rule("section label", r"^(?:links|useful links|key links|source links|links and sources)"
          r"\s*:?$", 3, hints=("links",)),
    # A think tank's standing note: "... does not take specific policy positions. ... views
    # ... should be understood to be solely those of the author(s)."
    _rule("disclaimer", r"\b(?:does|do) not take (?:specific |institutional |any )?(?:policy )?"
          r"positions\b|\bshould be understood to be solely those of the authors?\b|"
          r"\bis a private,? (?:tax-exempt|non-?profit|nonpartisan) (?:institution|"
          r"organi[sz]ation)\b.{0,300}\bnonpartisan\b", 120,
          hints=("positions", "solely", "private")),
    # "Its publications do not necessarily reflect the opinions of its research clients and
    # sponsors": an institute disowning the views of those who pay for its work.
    _rule("disclaimer", r"\b(?:do|does) not necessarily reflect the (?:views?|opinions?|"
          r"positions?|policies) of (?:its|their|our) (?:[\w-]+ ){0,2}(?:clients|sponsors|funders|"
          r"donors|supporters|members|partners)\b", 120, hints=("necessarily",)),
    # A charity's standing notices, the same in every report, appeal and flyer it prints: its
    # tax status ("Acme Fund is a 501(c)(3) nonprofit. Gifts are tax-deductible ..."), where
    # its audited accounts are, who sits on its board, how to give, and its thanks to donors.
    _rule("charity notice", r"^[A-Z][^.!?]{0,80}\bis an? (?:registered )?501\s?\(c\)\s?\(\d{1,2}\)"
          r"|\b(?:gifts|donations|contributions) (?:are|is|may be) (?:fully )?tax[- ]deductible\b"
          r"|\bregistered charity (?:no\.?|number)\s*:?\s*\d", 60,
          hints=("501", "deductible", "registered charity")),
    _rule("charity notice", r"^(?:our |the |full |complete )?(?:audited |annual )?(?:financial "
          r"statements|accounts|form 990)(?: and (?:[\w-]+ ){1,3})? (?:are|is) available\b"
          r"[^.!?]{0,80}[.!]?$", 25, hints=("available",)),
    _rule("charity notice", r"^(?:board of (?:directors|trustees|governors)|trustees|advisory "
          r"(?:board|council)|officers and directors)\s*:\s*[A-Z]", 80, in_prose=False,
          hints=("board", "trustees", "council", "directors")),
    _rule("charity notice", r"^(?:to (?:give|donate)|ways to (?:give|donate|help)|give|donate"
          r"(?: now| today| online)?|make a (?:gift|donation))\s*:\s*\S"
          r"|\btext (?-i:[A-Z0-9]{3,12}) to \d{4,6}\b", 40,
          flags=re.IGNORECASE, hints=("give", "donat", "gift", "text ")),
    # "None of it happens without you. Thank you.": the letter's thanks to its donors.
    _rule("charity notice", r"\bwithout (?:you|your (?:support|help|gifts?|generosity|"
          r"donations?))\b[^.!?\"“”]{0,40}[.!]\s+thank you(?: all)?[.!]?$", 16,
          hints=("without you", "without your")),
    # An employer's standing line under every posting: "Acme is an Equal Opportunity
    # Employer, including disability and protected veterans."
    _rule("job posting notice", r"\ban? equal (?:employment )?opportunity(?: and affirmative "
          r"action)? employer\b|\ban? (?:EEO|EOE|affirmative action) employer\b", 60,
          hints=("opportunity", "employer")),
    # "A volunteer effort of the Family Readiness Group. Not an official Department of the Army
    # event.": who runs an event or a page, and whose it is not (a sentence with no subject).
    _rule("disclaimer", r"(?:^|[.!]\s+)not an? official\b[^.!?]{0,100}\b(?:event|activity|"
          r"fundraiser|publication|page|site|website|account|product|communication)s?\.?$",
          50, hints=("not an official", "not a official")),
) + _FEDERAL_REGISTER  # a Federal Register rule's comment address, formulas, printer's lines
# fmt: on


_CAPITALS = re.compile(r"^[A-Z0-9][A-Z0-9 .,:;'’&/()-]*$")


def flag_hearing_title(lines: list, flags: dict[int, str]) -> None:
    """A printed hearing's title on its cover: the lines in capitals over 'HEARING' (or
    'JOINT HEARING'), up to the record's number or the top (call when the cover was found)."""
    for i, line in enumerate(lines[:12]):
        if flags.get(i) != "hearing front matter" or not line.text.endswith("HEARING"):
            continue
        j = i - 1
        while j >= 0 and j not in flags and j >= i - 4 and _CAPITALS.match(lines[j].text) \
                and any(c.isalpha() for c in lines[j].text):
            j -= 1
        if j < 0 or flags.get(j) == "hearing front matter":
            for k in range(j + 1, i):
                flags[k] = "hearing front matter"
        return


_COVER_LINES = 4
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def flag_report_cover(lines: list, flags: dict[int, str]) -> None:
    """A committee report's title page: the report's title between 'House of Commons' and
    'Fourth Report of Session ...' when its pages repeat it as their running head (call when
    front matter was found). The committee's name there is left: it is who wrote the report."""
    heads = {lines[i].text for i, rule in flags.items() if rule == "running header or footer"}
    if not heads:
        return
    for i, line in enumerate(lines[:12]):
        if flags.get(i) != "report front matter" or not line.text.startswith("House of "):
            continue
        run = []
        for j in range(i + 1, min(i + 1 + _COVER_LINES, len(lines))):
            if flags.get(j) == "report front matter":
                flags.update({k: "report front matter" for k in run if lines[k].text in heads})
                break
            if j in flags or lines[j].words > 16 or _SENTENCE_END.search(lines[j].text):
                break
            run.append(j)
        return
