"""Boilerplate rules for released records and printed programmes.

A records office's response letter (a FOIA release) has a one-line address in its
letterhead, the requester's appeal rights in a set formula, its valediction and a list of
what is enclosed; the government form it encloses prints its instruction line ("For use of
this form, see ..."), a page-count cell, the officer's signature block and the form's edition
line, and heads its log's columns in capitals. A ceremony's printed programme heads its
order of service, asks guests to silence their phones, announces the reception, prints a
verse with its reference and names who prepared it. None of it is the record.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule
from briefdeck.ingest.rules_newsletter import _STREET

# The books a programme's verse is cited from ("John 15:13", "1 Corinthians 13:4-7").
_BOOKS = (
    r"(?:Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|"
    r"Chronicles|Ezra|Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Song of Solomon|"
    r"Isaiah|Jeremiah|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Obadiah|Jonah|Micah|Nahum|"
    r"Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|Romans|"
    r"Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Timothy|Titus|"
    r"Philemon|Hebrews|James|Peter|Jude|Revelation)"
)

# fmt: off
RULES: tuple[Rule, ...] = (
    # "1 GABRESKI DRIVE, SHAW AIR FORCE BASE, SC 29152": a letterhead's address on one line,
    # street, town, state and ZIP (the two-line form is rules_reports').
    _rule("postal address", rf"^\d{{1,6}} (?:[A-Z0-9][\w.'’-]*\.? ){{1,4}}{_STREET}\.?,? "
          r"(?:[A-Z][\w.'’-]*\.? ){0,4}[A-Z][\w.'’-]*,? [A-Z]{2} \d{5}(?:-\d{4})?$", 16,
          hints=("drive", "street", "avenue", "road", "blvd", "boulevard", "way", "place",
                 "lane", "court", "square", "parkway", "highway", "plaza", "suite", "ave", "st",
                 "rd", "dr")),
    # "You may appeal this decision within 90 days of the date of this letter ...": a records
    # office's appeal-rights formula (its deadline is no figure of the story).
    _rule("appeal rights", r"^you (?:may|can|have the right to) (?:file an? )?(?:administrative"
          r"(?:ly)? )?appeal\b[^.]{0,200}?\b(?:within|no later than) \d{1,3} (?:calendar |"
          r"working |business )?days\b", 90, hints=("appeal",)),
    # "Sincerely,": a letter's valediction on its own line, wherever the letter ends (a release
    # letter goes on with its enclosure; the closing block itself is letter.flag_letter_close').
    _rule("letter closing", r"^(?:(?:very )?(?:sincerely|respectfully|cordially)(?: yours)?|"
          r"yours (?:sincerely|faithfully|truly))\s*,$", 3,
          hints=("sincerely", "respectfully", "cordially", "yours")),
    # "Enclosure: DA Form 1594, ... (1 page)", "Encls (2): ...": what the letter encloses.
    _rule("enclosure line", r"^(?:enclosures?|encls?\.?)(?: \(\d{1,2}\))?\s*:\s*\S", 30,
          in_prose=False, hints=("encl",)),
    # "For use of this form, see AR 220-15; the proponent agency is ...": a form's instruction.
    _rule("form furniture", r"^for use of this form,? see\b", 30, hints=("for use of this form",)),
    # "PAGE NO. 1 NO. OF PAGES 1": a form's page-count cell.
    _rule("form furniture", r"^page no\.? ?\d{1,3},?\s+no\.? of pages ?\d{1,3}$", 10,
          hints=("of pages",)),
    # "TYPED NAME AND GRADE OF OFFICER ...: (b)(6) SIGNATURE: ...": a form's signature block.
    _rule("form furniture", r"^typed (?:or printed )?name,? (?:and|&) (?:grade|rank|title)\b", 30,
          in_prose=False, hints=("typed",)),
    # "DA FORM 1594, NOV 1962 PREVIOUS EDITIONS ARE OBSOLETE.", "Previous edition unusable":
    # a form's edition line.
    _rule("form furniture", r"\bprevious editions? (?:(?:are|is|may be|will not be) (?:obsolete|"
          r"used|usable)\b|(?:are |is )?(?:unusable|not usable)\.?$)"
          r"|\bedition of [a-z]{3,9} \d{2,4},? is obsolete\b", 20,
          hints=("previous edition", "is obsolete")),
    # "ITEM NO.<tab>TIME<tab>INCIDENTS, MESSAGES, ORDERS, ETC.<tab>ACTION TAKEN": a printed
    # form's column heads, a row of capitals with no figure (a table's heads in a story are
    # written in words: "Date", "Killed").
    _rule("form furniture", r"^(?:[A-Z][A-Z.,'’/&() -]{0,60}\t){2,9}[A-Z][A-Z.,'’/&() -]{0,60}$",
          40, flags=0, in_prose=False, hints=("\t",)),
    # "ORDER OF CEREMONY", "Order of Service": the heading over a programme's rites.
    _rule("programme furniture", r"^(?:(?:the )?order of (?:ceremony|service|worship|events|"
          r"proceedings)|program(?:me)? of (?:events|ceremony|service))$", 5,
          hints=("order of", "program")),
    # "Please silence all electronic devices. Guests are asked to ...": the programme's etiquette.
    _rule("programme furniture", r"^please (?:silence|turn off|switch off|mute|set)\b[^.]{0,40}?"
          r"\b(?:electronic devices|devices|(?:cell(?:ular)?|mobile) ?phones|phones)\b", 40,
          hints=("please",)),
    # "A reception will follow in the battalion dining facility.": what comes after the rites.
    _rule("programme furniture", r"^(?:an? )?(?:reception|luncheon|repast|light refreshments|"
          r"refreshments|fellowship hour)(?: will)? (?:follow|be (?:held|served))\b[^.]{0,100}"
          r"\.?$", 25, hints=("reception", "luncheon", "repast", "refreshments", "fellowship")),
    # "Program prepared by the battalion S-1 and Unit Ministry Team.": the programme's credit.
    _rule("programme furniture", r"^(?:this )?(?:program(?:me)?|bulletin|booklet|order of "
          r"(?:service|ceremony)) (?:was )?(?:prepared|compiled|produced|designed|printed) by\b"
          r"[^.]{0,100}\.?$", 25, hints=("prepared by", "compiled by", "produced by",
                                         "designed by", "printed by")),
    # '"Greater love ..." John 15:13': a verse quoted with its reference (book chapter:verse):
    # an epigraph, never anyone's words on the story.
    _rule("programme furniture", rf"^[\"“][^\"“”]{{5,400}}[\"”]\s*[-–—]?\s*(?:[1-3] )?{_BOOKS}"
          r"\.? \d{1,3}:\d{1,3}(?:[-–]\d{1,3})?(?: \([A-Z]{2,5}\))?$", 80, flags=0,
          hints=('"', "“")),
)
# fmt: on
