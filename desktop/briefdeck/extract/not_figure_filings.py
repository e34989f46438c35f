"""Numbers that cite a court filing or a charge, not count anything.

A docket's entries cite earlier entries by their number ("LETTER in Opposition re 10 LETTER
MOTION", "ORDER granting 15 Motion", "ECF No. 22", "Dkt. 14"), and a charging document names
its counts by number ("count(s) 1, 2, 3-6", "Counts 3 through 6"). A figure drafted from one
("10 motions", "3-6 indictments") would count nothing the record tells.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# What a docket entry cites by number: the filing's kind, singular (a count of ten motions
# would say "10 motions"), after the number or one descriptive word ("10 Letter Motion").
_FILINGS = (
    r"motion|letter|order|application|complaint|indictment|information|memorandum|"
    r"notice|stipulation|request|petition|response|reply|declaration|affidavit|"
    r"exhibit|brief|report|judgment|transcript|minute\s+entry|objection|opposition"
)
_FILING_AFTER = re.compile(rf"[ \t]++(?:[A-Za-z]++[ \t]++)?(?:{_FILINGS})\b(?!s)", re.I)
# The words that cite an entry just before its number: "re 10", "re: 10", "granting 10",
# "denying in part 12", "ECF No. 10", "Dkt. No. 10", "Doc. 10", "D.E. 10".
_CITES_BEFORE = re.compile(
    r"(?:\bre:?|\b(?:granting|denying|terminating|mooting|withdrawing|"
    r"striking|adopting)(?: in part)?|\bECF(?: No\.)?|\bDkt\.?(?: No\.)?|"
    r"\bDoc\.(?: No\.)?|\bD\.E\.)[ \t]$",
    re.I,
)
_CITE_REACH = 24  # "denying in part " is the longest lead
# "count(s) 1, 2, 3-6", "Counts 3 through 6", "COUNT 2": counts of a charge, named by number.
# A count told as a count puts its number before the word ("six counts"); "counts" before a
# number in lower case is also a verb ("the tally counts 12 attacks"), so only the docket's
# "count(s)" and the capitalised heading forms are read.
_COUNTS_BEFORE = re.compile(
    r"(?:\bcount\(s\)|\b(?-i:Counts?|COUNTS?))[ \t]++"
    r"(?:[0-9]{1,3}+(?:[ \t]*+[-–][ \t]*+[0-9]{1,3}+)?+"
    r"(?:[ \t]*+,[ \t]*+(?:and[ \t]++)?+|[ \t]++(?:and|through|to)"
    r"[ \t]++))*+$",
    re.I,
)
_COUNTS_REACH = 60


def a_filing_cited(text: str, q: Quantity, sent_start: int) -> bool:
    """Is q a docket entry's number cited by another entry, or a charge's count number?"""
    if q.money or q.percent or not q.text[:1].isdigit() or not q.text[-1:].isdigit():
        return False
    before_start = max(sent_start, q.start - _COUNTS_REACH)
    before = text[before_start : q.start]
    if ("ount" in before or "OUNT" in before) and _COUNTS_BEFORE.search(
        text, before_start, q.start
    ):
        return True
    if q.value_high is not None or not q.text.isdigit():
        return False
    after = _FILING_AFTER.match(text, q.end) if text[q.end : q.end + 1] in " \t" else None
    lead = before[-_CITE_REACH:]
    if after is None and not ("No." in lead or "Dkt" in lead or "Doc." in lead or "D.E." in lead):
        return False
    cited = _CITES_BEFORE.search(text, max(sent_start, q.start - _CITE_REACH), q.start)
    if cited and cited.group(0).lower().startswith(("ecf", "dkt", "doc", "d.e")):
        return True  # "ECF No. 10": the court's own citation form
    if after is None:
        return False
    # uncited, the docket's capitalised kind tells it ("15 Motion for ..."); a count in a
    # sentence is lower case ("3 response teams")
    return bool(cited) or (q.value > 1 and after.group(0).lstrip()[:1].isupper())
