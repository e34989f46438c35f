"""Staff products and a body's own reports that speak in a military note or a log: "The J1
casualty update of 23 NOV raised this", "The CJTF-OIR transition order directs", a line
headed "Initial battle damage assessment:", "UKMTO's first report gave one crew member
killed", an alert's "Health Ministry first toll from X:", "Its media office says",
"said the CENTCOM commander".

An RFI response, a SITREP or a PAG cites the staff's own products by what they are (an
update, an order, a spot report, a reference card) and by the section or command that issued
them, often with a date: each is a document, as a memo seen by a newspaper is. The story scans
read the capitals of such a name ("NOV raised this") as a body speaking. A body's report or
toll named as a noun ("UKMTO's first report gave", "Health Ministry revised toll:") is the
body speaking, as "the ministry said" is; so is its media office ("Its media office says")
and an office holder by title alone after a quotation ("said the CENTCOM commander").
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Sentence
from briefdeck.extract.sourcing_draft import SourcingDraft

# "The J1 casualty update of 23 NOV raised this", "The CJTF-OIR transition order directs":
# the staff's product by its issuer (capitals) and what it is, then what it does.
_STAFF_PRODUCT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:(?:first|initial|latest|updated|revised|final|second)[ \t]+)?"
    r"(?:[A-Z][\w/-]*[ \t]+){1,3}(?:[a-z-]+[ \t]+){0,2}"
    r"(?:update|order|spot[ \t]+report|summary|reference[ \t]+card|SITREP|INTSUM|FRAGO|OPORD|"
    # a section's report by its subject: "The J1 casualty report of 011300CDEC26 confirms"
    r"(?<=casualty[ \t])report|(?<=incident[ \t])report|(?<=damage[ \t])report)"
    # (its date, or its date-time group: "of 23 NOV", "of 011300CDEC26")
    r"(?:[ \t]+of[ \t]+(?:\d{1,2}[ \t]+[A-Z]{3}(?:[ \t]+\d{2,4})?|\d{6}[A-Z]?[A-Z]{3}\d{2}))?"
    r"[ \t]+(?:raised|lowered|revised|listed|lists|directs|directed|orders|ordered|gave|gives|"
    r"puts|put|shows|showed|records|recorded|confirms|confirmed)\b"
)

# Reporting an order cites by its reference letter: "Initial reporting (ref c) listed two
# soldiers hurt" (the reference, a report listed at the order's head, is the document).
_REFERENCED = re.compile(
    r"\b(?:[Ii]nitial|[Ee]arly|[Ee]arlier|[Ff]irst|[Ll]atest)[ \t]+report(?:ing|s)?[ \t]+"
    r"\((?:ref|reference)\.?[ \t]+[a-z0-9]{1,2}\)[ \t]+(?:listed|gave|showed|put|stated|"
    r"reported|indicated|said)\b"
)

# A line or an item headed by an assessment: "c. Initial battle damage assessment: 11 of 14".
_ASSESSMENT_HEAD = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=^[a-z]\. )|(?<=\n[a-z]\. )|(?<=\)\ ))"
    r"(?:Initial|Preliminary|Updated|Final|Latest)[ \t]+(?:[a-z-]+[ \t]+){0,3}"
    r"(?:assessment|estimate)(?=[ \t]*:)"
)  # ("Initial report:" heads a body's own update)

# A body's report named as a noun: "UKMTO's first report gave one crew member killed".
# (not a day's: "Monday's statement said" is the body's statement again, by its date)
_BODY_REPORT = re.compile(
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Last|This|Next)(?:'s|’s))"
    r"(?:[A-Z][A-Za-z-]*[ \t]+){0,2}[A-Z][A-Za-z-]*(?:'s|’s)[ \t]+(?:(?:first|initial|latest|"
    r"updated|revised|final|second|earlier)[ \t]+)?(?:report|notice|statement|update|count)"
    r"[ \t]+(?:gave|put|listed|counted)\b"
)

# A toll headed by its source in an alert: "Health Ministry first toll from Dahiyeh strikes:",
# "Health Ministry revised Dahiyeh toll:" (the body's noun last, so a place is no source).
_TOLL_HEAD = re.compile(
    r"\b(?:[A-Z][\w-]*[ \t]+){0,2}(?:Ministry|ministry|Army|army|Command|Directorate|"
    r"directorate|Police|police|Authority|Service)[ \t]+(?:first|initial|revised|latest|updated|"
    r"new|final)[ \t]+(?:[A-Z][\w-]*[ \t]+)?toll\b(?:[ \t]+(?:from|for|in)[ \t]+[A-Z][\w-]*"
    r"(?:[ \t]+[a-z]+)?)?"
)

# A body's media office by its pronoun: "Its media office says", "Their press office said".
_OWN_OFFICE = re.compile(
    r"\b(?:Its|its|Their|their)[ \t]+(?:media|press|information)[ \t]+(?:office|centre|center|"
    r"wing|department|cell)[ \t]+(?:says|said|reported|reports|announced|confirmed)\b"
)

# An office holder by title after the quotation: 'said the CENTCOM commander'.
_SAID_THE_TITLE = re.compile(
    r"\bsaid[ \t]+the[ \t]+(?:[A-Z][\w-]*[ \t]+){1,2}(?:commander|chief|director|spokesman|"
    r"spokeswoman|spokesperson)\b"
)


def staff_documents(d: SourcingDraft, sent: Sentence) -> None:
    """Count the staff products, body reports, tolls, media offices and titled office holders
    of one sentence (each scan runs only where its word is)."""
    text, st = d.text, sent.text
    # (an `or` chain of `in` tests: this runs on every sentence)
    if (
        "update " in st
        or "order " in st
        or "spot report " in st
        or "summary " in st
        or "card " in st
        or "SITREP" in st
        or "INTSUM" in st
        or "FRAGO" in st
        or "OPORD" in st
        or "casualty report" in st
        or "incident report" in st
        or "damage report" in st
    ):
        for m in _STAFF_PRODUCT.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "document", 1)
    if "(ref" in st:
        for m in _REFERENCED.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "document", 1)
    if ("ssessment" in st or "stimate" in st) and ":" in st:
        for m in _ASSESSMENT_HEAD.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "document", 1)
    if ("'s " in st or "’s " in st) and (
        " gave " in st or " put " in st or " listed " in st or " counted " in st
    ):
        for m in _BODY_REPORT.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "spokesperson", 1)
    if " toll" in st:
        for m in _TOLL_HEAD.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "spokesperson", 1)
    if ("ts " in st or "heir " in st) and (
        " office " in st
        or " centre " in st
        or " center " in st
        or " wing " in st
        or " department " in st
        or " cell " in st
    ):
        for m in _OWN_OFFICE.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "spokesperson", 1)
    if "said the " in st:
        for m in _SAID_THE_TITLE.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "spokesperson", 1)
