"""Rules for the set formulas that documents of a kind print round their news, line by line.

A standard form's printed labels and instructions, a research note's analyst certification and
disclosures, a decision's appeal-rights notice and service sheet, a translation desk's job line,
an appeal's giving ladder and postscript, a bulletin's dues reminder and sign-off, a guest
advisory's disclaimer, a match report's scoreboard lines. Each is told by its own wording or
shape, never by whose document it is; the figures in them (a "$45" gift, "30 days" to appeal,
a "54%" ratings split) are no facts of the story.
"""

from __future__ import annotations

from briefdeck.ingest.letter_closings import with_closings
from briefdeck.ingest.rules import Rule, _rule

# A player or a club as a scoreboard writes it: "Ben-Haim", "O'Neill", "Kiryat Gat".
_NAME = r"[A-Z][\w.'’-]{1,25}"

# fmt: off
RULES: tuple[Rule, ...] = (
    # A government form's title and authority lines ("STANDARD FORM 30 (REV. 11/2016)",
    # "Prescribed by GSA - FAR (48 CFR) 53.243"; its edition line is rules_forms') and the
    # instructions printed on every copy whatever the contract ("11. THIS ITEM ONLY APPLIES
    # TO ...", "Offers must acknowledge receipt of this amendment ...", "E. IMPORTANT:
    # Contractor [ ] is not [X] is required to sign ...", "14. DESCRIPTION OF AMENDMENT/
    # MODIFICATION (...)"), and its rows of lettered choices ("[ ] B. THE ABOVE NUMBERED
    # ...", "[X] C. THIS SUPPLEMENTAL AGREEMENT ..."): the contract's legal basis, no news.
    _rule("form furniture", r"^(?:standard|optional) form \d{1,4}[a-z]? \((?:rev\.? ?)?"
          r"\d{1,2}[-/]\d{2,4}\)|^prescribed by (?:GSA|OPM|OMB|NARA)\b"
          r"|\bthis item only applies to\b"
          r"|^offers must acknowledge receipt of this amendment\b"
          r"|^(?:[A-Z]\.\s)?important:\s+contractor\s+\[\s?x?\s?\]\s"
          r"|^\d{1,2}[a-z]?\.\s+description of amendment/modification\b"
          r"|^\[[ x]\]\s+(?-i:[A-Z]\.\s+[A-Z]{2,})", 40,
          hints=("form", "previous edition", "prescribed by", "this item only applies",
                 "offers must", "important", "description of amendment", "[ ]", "[x]")),
    # "Except as provided herein, all terms and conditions of the document referenced ...
    # remain unchanged", a modification's release clause, "END OF MODIFICATION P00017".
    _rule("contract clause", r"^except as provided herein, all terms and conditions\b"
          r"|^(?:\d{1,2}\.\s+)?(?:release\.\s+)?in consideration of the modification agreed "
          r"to herein\b|^end of (?:modification|amendment|task order|solicitation|contract|"
          r"document)\b[\w ./-]{0,30}$", 80,
          hints=("except as provided herein", "in consideration of", "end of")),
    # "NOTICE OF APPEAL RIGHTS: To appeal, you must file ...", "SERVICE SHEET: A copy of this
    # Decision and Order was sent ...": what every decision of the office closes with.
    _rule("appeal rights", r"^notice of appeal rights\b|^(?:service sheet|certificate of "
          r"service)\s*:", 90, hints=("appeal rights", "service sheet", "certificate of service")),
    # A research note's analyst certification and its disclosures.
    _rule("disclosure", r"\bcertif(?:y|ies) that the views expressed (?:in this report )?"
          r"accurately reflect\b|\bmakes a market in the securities of\b|\bhas received "
          r"compensation for investment banking services\b|^ratings distribution\b"
          r"|^price charts and rating histories\b|\bintended for institutional investors only\b"
          r"|\bis not an offer to (?:buy or sell|sell or (?:the )?solicit)", 80,
          hints=("views expressed", "makes a market", "investment banking",
                 "ratings distribution", "price charts", "institutional investors",
                 "not an offer to")),
    # "Translated: 8 May 2026, 09:10 | Translator: A.B. | Reviewed: C.D.": the desk's job line.
    _rule("translation notice", r"\|\s*translator:\s*\S|^translator:\s*[A-Z.]{1,12}\s*(?:\||$)",
          25, hints=("translator:",)),
    # An appeal's giving ladder ("$60 buys a winter coat for a child.": a gift's price) and
    # its postscript ("P.S. Every gift made today is matched ...").
    _rule("donation appeal", r"^[$£€]\d{1,5}(?:\.\d\d)?\s+(?:a month\s+|a year\s+|monthly\s+)?"
          r"(?:gives|keeps|buys|provides|shelters|feeds|pays for|covers|funds|sends|supplies|"
          r"can (?:buy|provide|feed|give|keep))\b|^P\.\s?S\.\s[^\n]{0,200}?\b(?:gifts?|give|"
          r"giving|donat\w*|match\w*|support us|chip in)\b", 50,
          hints=("$", "£", "€", "p.s.", "p. s.")),
    # "Dues reminder: ..." closing a union's or a club's bulletin.
    _rule("member notice", r"^(?:dues|membership|subscription) (?:reminder|renewal)s?\s*:", 40,
          hints=("reminder", "renewal")),
    # "With gratitude,", "In solidarity,": a sign-off, on its own line or with the signer
    # after it ("In solidarity, the Executive Board"). The signer's own line is left alone:
    # a name there may be someone the story quotes.
    # (what may follow "With" is one list with the signers' reader: letter_closings)
    _rule("letter closing", rf"^(?:with (?:{with_closings(' ')})|in solidarity|"
          r"yours in solidarity|gratefully|warmly|fraternally)\s*,$", 4,
          hints=("with", "solidarity", "gratefully", "warmly", "fraternally")),
    _rule("letter closing", r"^(?:yours )?in solidarity,\s+(?:the\s+)?[A-Z][\w'’&. -]{2,60}$",
          10, in_prose=False, hints=("solidarity",)),
    # A blotter's notes on what it leaves out and what an entry is.
    _rule("privacy notice", r"\bnames of (?:subjects|victims|suspects|juveniles)\b[^.]{0,80}?"
          r"\bwithheld\b|\bis not a finding of guilt\b", 60,
          hints=("withheld", "finding of guilt")),
    # A notice's own disclaimer and its copies: "This advisory is based on information
    # available at the time of writing", "French versions of this notice are available at
    # the front desk", "Please keep this notice in your room."
    _rule("disclaimer", r"^this (?:advisory|bulletin|update|notice|note|summary|leaflet) is "
          r"based on\b[^.]{0,120}?\bat the time of (?:writing|publication|issue)\b", 60,
          hints=("at the time of",)),
    _rule("reader note", r"\bversions? of this (?:advisory|notice|letter|bulletin|leaflet|"
          r"document) (?:is |are )?available\b|^please keep this (?:advisory|notice|letter|"
          r"leaflet|card)\b", 30, hints=("versions of this", "version of this", "please keep")),
    # A match report's scoreboard: "FT | Rovers 2-1 United", "Goals: Smith 18', Lee 87'
    # (pen)", "Yellow cards: Ames 34'", "Player ratings: Smith 8, Lee 7", a line-up
    # ("Rovers: Keeper; Back, Back, Back, Back; ..."), a league table's top rows.
    _rule("scoreboard", r"^(?:FT|HT|AET|FULL[- ]TIME|Full[- ]time|FINAL|Final)\s?[|:]\s?"
          r"[^|\d]{2,60}\d{1,2}\s?[-–]\s?\d{1,2}\b"
          rf"|^(?:Goals|Scorers|Yellow cards|Red cards|Bookings|Booked|Sent off)\s?:\s?"
          rf"{_NAME}(?: {_NAME})?\s\d{{1,3}}['’]"
          rf"|^Player ratings\s?:\s?{_NAME}\s\d{{1,2}}(?:\.\d)?,"
          rf"|^[A-Z][\w.'’ -]{{1,40}}:\s?{_NAME};\s?(?:{_NAME}(?: \({_NAME} \d{{1,3}}\))?,\s?)"
          rf"{{2,5}}{_NAME}"
          r"|^1\.\s[^|\d]{2,40}\s\d{1,3}\s?(?i:pts?)\b[^|]{0,10}\|\s?2\.\s", 60, flags=0,
          hints=("|", ":")),
    # "Comments (37) | Log in to comment": the comment box's head; "Share   Post   WhatsApp
    # Copy link": the sharing buttons.
    _rule("comments", r"^comments \(\d{1,6}\)\s?(?:\||$)|\blog in to (?:comment|reply)\b", 8,
          hints=("comment", "reply")),
    _rule("share buttons", r"^(?:share|post|tweet|whatsapp|e-?mail|copy link|facebook|"
          r"telegram|print|linkedin|reddit)(?:(?: {2,8}|\t| ?[|·•] ?)(?:share|post|tweet|"
          r"whatsapp|e-?mail|copy link|facebook|telegram|print|linkedin|reddit|x)){2,8}$", 12,
          in_prose=False, hints=("  ", "\t", "|", "·", "•")),
)
# fmt: on
