"""Who published the story: a wire dateline's agency, the outlet named with the byline, an
issuer's header line, the masthead, the copyright holder, or the story naming itself.
"""

from __future__ import annotations

import re

from briefdeck.ingest import credits, format_headers
from briefdeck.ingest.bill_headers import bill_source
from briefdeck.ingest.closing_credits import closing_credit
from briefdeck.ingest.daybooks import daybook_agency
from briefdeck.ingest.document_issuers import document_issuer
from briefdeck.ingest.full_dates import FULL_DATE, only_a_date
from briefdeck.ingest.header_lines import _HEADER_LINES
from briefdeck.ingest.issuer_letterheads import letterhead_issuer
from briefdeck.ingest.source_fields import masthead_name, source_field

_AGENCIES = credits.AGENCIES
_DATELINE_AGENCY = re.compile(
    r"\((Reuters|AP|AFP|UPI|dpa|Bloomberg|CNN|ANI)\)\s*[-—–]", re.IGNORECASE
)
# "KYIV, June 3 (Eastline) — ...": a wire dateline names its service in brackets.
_DATELINE_SERVICE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:,[\w .]{2,30})?\s"
    r"\(([A-Z][\w&.' -]{1,30})\)\s*(?:[-—–]{1,2}|:)\s"
)
# "UPDATE (Saturday morning): ...": a label with its time in brackets, no news service
_WHEN = re.compile(r"\b(?:morning|afternoon|evening|night|noon|midnight|today|yesterday|"
                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}:\d{2}|GMT|UTC)\b",
                   re.IGNORECASE)
_APP_OUTLET = re.compile(
    r"\b(?i:download|get|install)\s+(?i:the|our)\s+(?i:free\s+)?"
    r"((?:[A-Z0-9][\w&'.-]*\s+){1,4}?)apps?\b"
)
# A press release closes with "About <issuer>": the issuer is the source.
_ABOUT_ISSUER = re.compile(r"^About (?:the )?([A-Z][\w&'.-]*(?: [\w&'.-]+){0,6}?)\s*(?::|$)")
# "All rights reserved © Saudi Press Agency 2026", "Subtitles by X Access Services (c) X
# Broadcasting Ltd 2026": a copyright after the formula or the subtitler's credit (not after a
# photo caption or a platform's footer menu, whose holder is no publisher of the story).
_COPYRIGHT_PART = re.compile(r"^(?:all rights reserved\.?|(?:subtitles|captions|captioning|"
                             r"transcription|transcript) by [^©()]{2,60}?)\s+(?=©|\(c\)\s)",
                             re.IGNORECASE)

# "© 2026 Government Executive Media Group LLC": a holder named as a company, the parent of the
# outlet whose masthead tops the page ("DEFENSE ONE")
_PARENT_COMPANY = re.compile(r"\b(?:Group|Media|LLC|Inc|Ltd|Holdings|Corp(?:oration)?|"
                             r"Company|Co|plc|GmbH|Enterprises|Publishing)\b\.?")
# a masthead set in capitals over the page: one to four words of letters
_CAPITALS_MASTHEAD = re.compile(r"^[A-Z][A-Z&'’]*(?: [A-Z][A-Z&'’]*){0,3}$")
# capitals at the top that are labels, menus or handling lines, not a paper's name
_NOT_MASTHEAD = frozenset("urgent breaking update wrapup menu subscribe search home news "
                          "advertisement sponsored live exclusive opinion analysis for only "
                          "use draft confidential restricted unclassified classified".split())


def _page_masthead(lines: list[tuple[str, bool]]) -> str:
    """The outlet's name in capitals over the page (often, not always, flagged as furniture)."""
    for line, _ in lines[:3]:
        name = line.strip()
        if _CAPITALS_MASTHEAD.match(name) and len(name) >= 4 and \
                not set(name.lower().split()) & _NOT_MASTHEAD:
            return name.title() if len(name.split()) > 1 else name
    return ""


def _signs_the_story(holder: str, lines: list[tuple[str, bool]]) -> bool:
    """Whether the copyright holder is the writer signing over the story: "Maya Lindqvist Jun
    17, 2024" (or the name over its date line) in the header, as a self-published newsletter
    signs its posts."""
    header = [line.strip() for line, _ in lines[:_HEADER_LINES]]
    for i, line in enumerate(header):
        if not line.startswith(holder):
            continue
        rest = line[len(holder) :].strip(" ·|,")
        if _a_date(rest) or not rest and i + 1 < len(header) and _a_date(header[i + 1]):
            return True
    return False


def _a_date(line: str) -> bool:
    return bool(line) and FULL_DATE.search(line) is not None and only_a_date(line)


def find_outlet(
    lines: list[tuple[str, bool]], text: str, headline: str, byline: tuple[str, str, int]
) -> str:
    names, byline_outlet, byline_at = byline
    found = bill_source(lines)  # a bill's number and chamber
    if found:
        return found
    for line, _ in lines[:_HEADER_LINES]:
        m = _DATELINE_AGENCY.search(line[:120])
        if m:
            return _AGENCIES[m.group(1).lower()]
        m = _DATELINE_SERVICE.match(line[:120])
        # ("JOC (IQ) -- ...": two capitals in brackets are a country's code, no news service)
        if m and (len(m.group(1)) > 2 or credits.agency(m.group(1))) and \
                not _WHEN.search(m.group(1)):
            return credits.agency(m.group(1)) or m.group(1)
    if byline_outlet:
        return byline_outlet
    if byline_at >= 0:
        found = credits.credit_beside_byline(lines, byline_at, text)
        if found:
            return found
    header = lines[:_HEADER_LINES]
    for line, _ in header:  # "From: Ministry of ...", "Prepared by the ... Desk", "FM AMEMBASSY"
        found = (
            credits.issuer_from_line(line)
            or credits.preparer(line)
            or format_headers.header_issuer(line)
            or source_field(line)
            or daybook_agency(line)
        )
        if found:
            return found
    found = credits.masthead_over_release(header, headline) or masthead_name(header)
    if found:
        return found
    for line, boiler in lines:
        m = _APP_OUTLET.search(line) if boiler else None
        if m:
            return m.group(1).strip()
    for line, boiler in lines:
        holder = credits.copyright_holder(_COPYRIGHT_PART.sub("", line, 1)) if boiler else ""
        if holder and _signs_the_story(holder, lines):
            break  # a writer's own newsletter: the copyright is the writer's, no outlet's
        if holder:
            # the page's masthead over its parent company's copyright: the masthead
            # (a holder sharing a word with it is the outlet's own company: "GNN Broadcasting"
            # over its programme "GNN WORLD TONIGHT")
            top = _page_masthead(lines) if _PARENT_COMPANY.search(line) else ""
            if top and credits.masthead_for(holder, lines) == holder and \
                    not set(top.lower().split()) & set(holder.lower().split()):
                return top
            return credits.masthead_for(holder, lines)
    for line, boiler in lines:
        m = _ABOUT_ISSUER.match(line) if boiler else None
        if m:
            return m.group(1)
    for line, _ in lines:
        found = credits.self_reference(line) or credits.author_bio_outlet(line, names)
        if found:
            return found
    found = letterhead_issuer(lines, _HEADER_LINES)  # "Kingdom of ..." / "Ministry of ..."
    if found:
        return found
    found = closing_credit(lines)  # "Captions paid for by ...", "Transcript prepared by ..."
    if found:
        return found
    # a military letterhead's command, an organisation heading its own form
    return document_issuer([line for line, _ in lines[:_HEADER_LINES] if line.strip()], headline)
