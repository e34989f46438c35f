"""Headlines and cited documents' titles: capitalised words there are no names to draft."""

from __future__ import annotations

import re

_LONG_WORD = re.compile(r"(?<!\S)[^\W\d_]\S{3,}")  # words of four letters or more
_LOWER_WORD = re.compile(r"(?<!\S)[a-zß-öø-ÿ]\S{3,}")


def title_case(line: str) -> bool:
    """Most longer words capitalised (two regex counts: this runs on every sentence); a
    sentence with its full stop is prose crowded with names, not a headline."""
    if line.endswith(".") and not line.endswith("..."):
        return False
    words = len(_LONG_WORD.findall(line))
    return words >= 3 and (words - len(_LOWER_WORD.findall(line))) / words > 0.8


_TITLE_OPENER = re.compile(r"[\"“‘'](?:Statement|Report|Remarks|Readout|Transcript|Fact\s+Sheet|"
                           r"Briefing|Update|Assessment|Testimony|Press\s+Release)\b")


def document_title(quoted: str) -> bool:
    """A quoted title of a cited document: in title case, opening on a document's word or
    long ('"Statement on the Transition of the Coalition Mission in Iraq,"')."""
    inner = quoted.strip("\"“”‘’' ").rstrip(",.")
    return title_case(inner) and (bool(_TITLE_OPENER.match(quoted)) or
                                   len(_LONG_WORD.findall(inner)) >= 6)


# A trip or visit report's kind line in capitals ("STAFF TRIP REPORT"); the line under it is
# its subject ("Congressional Delegation to X, Y and Z, November 19-23"), which names the
# report: the letterhead above (the committee's name) only says who issued it.
_REPORT_KIND = re.compile(r"(?m)^[ \t]*(?:[A-Z]+[ \t]+){0,2}(?:TRIP|VISIT|TRAVEL)[ \t]+REPORT"
                          r"[ \t]*$")
# A file's name for a title ("Northern Front Weekly - ... - 03 Dec 2026.pptx"): an export of
# slides or notes names its file first; the first slide's "Title:" line names the deck.
_FILE_NAME = re.compile(r".+\.(?:pptx?|docx?|xlsx?|pdf|key|odp|odt)", re.I)
_SLIDE_TITLE = re.compile(r"(?m)^[ \t]*Title:[ \t]*(\S[^\n]{2,150})$")
_HEAD = 1500  # characters of a document's top read for its subject or first slide's title


# A congressional print's masthead ("119th Congress      Rept. 119-487"): the session and the
# report's number; the bill's or report's name is the first line in capitals under it
# ("DEPARTMENT OF DEFENSE APPROPRIATIONS BILL, 2027"), past the chamber and the session.
_MASTHEAD = re.compile(r"\d{1,3}(?:st|nd|rd|th)[ \t]+Congress\b")
_CHAMBER = re.compile(r"(?:HOUSE\s+OF\s+REPRESENTATIVES|SENATE|\d\w*\s+SESSION|"
                      r"R\s+E\s+P\s+O\s+R\s+T|CONGRESS(?:IONAL)?\b.*|REPORT)$")


def _print_title(text: str) -> str:
    """The first line in capitals under a congressional masthead, or ''."""
    for line in text[:_HEAD].splitlines()[1:]:
        line = " ".join(line.split())
        if len(line.split()) < 3 or not line.isupper() or _CHAMBER.match(line) or \
                not any(c.isalpha() for c in line) or len(line) > 150:
            continue
        return line
    return ""


# An office's letterhead for a headline ("Department of Fisheries", "Office of Hearings"): a
# ruling it issues names itself in a line in capitals ("DECISION AND ORDER DENYING CLAIM")
_OFFICE = re.compile(r"(?:U\.S\.\s+|United\s+States\s+)?(?:Department|Ministry|Office|Bureau|"
                     r"Board)\s+of\s+[A-Z][\w'’ -]{2,60}")
_RULING = re.compile(r"(?m)^[ \t]*((?:DECISION|ORDER|JUDGMENT|JUDGEMENT|RULING|OPINION|"
                     r"DETERMINATION)\b[A-Z ,&'’-]{0,100}?)[ \t]*$")


def _ruling_title(text: str, headline: str) -> str:
    """The ruling's own heading under an office's letterhead, or ''."""
    if not _OFFICE.fullmatch(headline):
        return ""
    ruling = _RULING.search(text, 0, _HEAD)
    return " ".join(ruling.group(1).split()) if ruling and " " in ruling.group(1) else ""


# A form's field in its head: "Effective:" then its value on the same or the next line.
_FIELD = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z .'’/-]{1,30}:[ \t]*(?:\n[ \t]*)*([^\n]*\S)")
_SUBJECT = re.compile(r"(?m)^[ \t]*(?:Subject|SUBJECT|Subj|SUBJ)[ \t]*:[ \t]*(?:\n[ \t]*)*"
                      r"([^\n]*\S)")
# A notice's or advisory's kind line in capitals with its number ("SERVICE NOTICE No. 14/2026");
# the line under it, in sentence case, is what the notice is about.
_NOTICE_KIND = re.compile(r"(?m)^[ \t]*(?:[A-Z]+[ \t]+){0,3}(?:NOTICE|ADVISORY|BULLETIN|CIRCULAR)"
                          r"[ \t]+(?:No\.|NO\.|Number)[ \t]*[\w/.-]{1,12}[ \t]*\n[ \t]*([^\n]*\S)")


def _subject_line(line: str) -> bool:
    words = len(line.split())
    return 3 <= words <= 25 and not line.endswith(".") and not line.isupper() and \
        ":" not in line[:32]


def _subject_title(text: str, headline: str) -> str:
    """A notice's subject where the headline drafted is the value of one of its fields (the
    effective time) or a line of the letterhead above the notice's kind line; ''
    otherwise."""
    head = text[:_HEAD]
    subject = _SUBJECT.search(head)
    if subject and _subject_line(subject.group(1).strip()) and any(
            m.group(1).strip() == headline for m in _FIELD.finditer(head, 0, subject.start())):
        return subject.group(1).strip()
    kind = _NOTICE_KIND.search(head)
    if kind and _subject_line(kind.group(1).strip()) and 0 <= head.find(headline) < kind.start():
        return kind.group(1).strip()
    return ""


def own_title(text: str, headline: str) -> str:
    """The title a document gives itself where its headline is only its letterhead (a trip
    report's subject line, a congressional print's masthead, a notice's subject) or its
    file's name (a slide deck's first title); '' otherwise."""
    headline = headline.strip()
    if headline and (subject := _subject_title(text, headline)):
        return subject
    if _MASTHEAD.match(headline):
        return _print_title(text)
    if ruling := _ruling_title(text, headline):
        return ruling
    if _FILE_NAME.fullmatch(headline):
        slide = _SLIDE_TITLE.search(text, 0, _HEAD)
        return slide.group(1).strip() if slide else headline.rsplit(".", 1)[0].strip()
    if not headline.isupper() or "REPORT" not in text[:_HEAD]:
        return ""
    kind = _REPORT_KIND.search(text, 0, _HEAD)
    if kind is None:
        return ""
    for line in text[kind.end():kind.end() + 400].splitlines():
        line = line.strip()
        if line:
            words = len(line.split())
            return line if 3 <= words <= 25 and not line.endswith(".") and \
                not line.isupper() else ""
    return ""
