"""A caption is not a title. A filing's item heading ("Item 7.01 Regulation FD Disclosure."),
a form's section caption ("SECTION A - REPORT DETAILS") or an issuing headquarters' letterhead
("HEADQUARTERS, U.S. ARMY CENTRAL") is read as the headline when it is the first title-like
line; the document's own subject says what it is about: the exhibit's headline under a
current report, the form's name and the place its location field gives, a letter's "Re:"
line (with what it encloses). A title printed in capitals is said in title case.
"""

from __future__ import annotations

import re

_HEAD = 6000  # a document's subject is named near its top (an 8-K's exhibit within a page or two)

# "Item 7.01 Regulation FD Disclosure.": a current report's item heading
_ITEM = re.compile(r"^Item\s+\d{1,2}\.\d{2}\b")
# "Exhibit 99.1" over the press release's own headline
_EXHIBIT = re.compile(r"^Exhibit\s+99(?:\.\d{1,2})?\s*\n+([^\n]{12,160})\n", re.M)
# "SECTION A - REPORT DETAILS", "PART 1: INCIDENT": a form's section caption
_SECTION = re.compile(r"^(?:SECTION|PART)\s+[A-Z0-9]{1,3}\b\s*[-–—:.]?\s*[A-Z][A-Z /&()-]{0,60}$")
# "SERIOUS INCIDENT REPORT (SIR)": the form's own name in capitals, over its sections
_FORM_NAME = re.compile(
    r"^[A-Z][A-Z' /&-]{2,60}(?:REPORT|FORM|RETURN|NOTIFICATION|LOG)"
    r"(?:\s+\([A-Z]{2,8}\))?$"
)
_LOCATION = re.compile(r"^Location\b[^\t\n:]{0,20}[\t:]\s*([^\n]{3,120})$", re.M)
# "HEADQUARTERS, U.S. ARMY CENTRAL", "DEPARTMENT OF THE ARMY": the issuer's letterhead
_LETTERHEAD = re.compile(r"^(?:HEADQUARTERS|DEPARTMENT|MINISTRY|OFFICE)\b[A-Z ,.'&-]{0,80}$")
_RE_LINE = re.compile(r"^(?:Re|Subject|Subj)\s*:\s*([^\n]{4,120})$", re.M)
_ENCLOSURE = re.compile(r"^Enclosures?\s*:\s*([^\n]{4,120}?)(?:\s*\(\d+\s+pages?\))?$", re.M)
_SMALL = frozenset("a an and as at by for from in of off on or the to with".split())


_PIECE = re.compile(r"([^A-Za-z]*)([A-Za-z']+)(.*)", re.S)
_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]?$")
_CAPITAL_WORD = re.compile(r"\b[A-Z]{2,}\b")


def _acronyms(text: str) -> frozenset[str]:
    """The words the text writes only in capitals ('INTSUM', 'UAS', 'GOJ'; not 'MASTER',
    which it also writes 'Master'), short ones or ones it writes so in its mixed-case lines:
    initials, which keep their capitals in a title said in title case."""
    head = text[:20000]
    words = set(re.findall(r"[A-Za-z]+", head))
    mixed: set[str] = set()
    for line in head.split("\n"):
        if any(c.islower() for c in line):
            mixed.update(_CAPITAL_WORD.findall(line))
    return frozenset(
        w
        for w in words
        if w.isupper()
        and len(w) > 1
        and w.lower() not in words
        and w.capitalize() not in words
        and (len(w) <= 4 or w in mixed)
    )


def _capitals_said(title: str, acronyms: frozenset[str] = frozenset()) -> str:
    """'MASTER'S STATEMENT OF FACTS' -> "Master's Statement of Facts"; initials ('U.S.',
    'M/V'), words with no vowel and the text's own acronyms keep their capitals."""
    words = []
    for i, word in enumerate(title.split()):
        if i and word.lower() in _SMALL:
            words.append(word.lower())
            continue
        pieces = []
        for piece in re.split(r"([-/])", word):
            m = _PIECE.match(piece)
            if not m or _INITIALS.match(word.strip("(),;:")) or any(c.isdigit() for c in piece):
                pieces.append(piece)
                continue
            lead, letters, rest = m.groups()
            bare = letters.split("'")[0]
            if bare in acronyms or not any(c in "AEIOUY" for c in bare) or len(bare) == 1:
                pieces.append(piece)
            else:
                pieces.append(lead + letters[:1] + letters[1:].lower() + rest.lower())
        words.append("".join(pieces))
    return " ".join(words)


def _in_capitals(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(title.split()) >= 3 and len(letters) >= 12 and all(c.isupper() for c in letters)


def _mostly_lower(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return sum(c.islower() for c in text) * 2 > letters


def _form_title(head: str, caption_at: int) -> str:
    """'Serious Incident Report (SIR): Eastern checkpoint ...' for a form whose first
    section caption was read as its title."""
    name = ""
    for line in head[:caption_at].split("\n"):
        line = line.strip()
        if _FORM_NAME.match(line):
            name = _capitals_said(line, _acronyms(head))
    if not name:
        return ""
    place = _LOCATION.search(head)
    where = place.group(1).split(",")[0].strip() if place else ""
    return f"{name}: {where}" if where else name


def own_title(text: str, headline: str) -> str:
    """The document's own subject where `headline` is a caption (an item heading, a section
    caption, a letterhead), the headline in title case where it is printed in capitals, else
    the headline."""
    if not headline:
        return headline
    first = headline[:1]
    if first in "IHDMOSP":
        head = text[:_HEAD]
        if first == "I" and _ITEM.match(headline):
            exhibit = _EXHIBIT.search(head)
            line = exhibit.group(1).strip() if exhibit else ""
            if line and not line.endswith((".", ":", ";")) and len(line.split()) >= 3:
                return line
        elif first in "SP" and _SECTION.match(headline):
            at = head.find(headline)
            form = _form_title(head, at) if at > 0 else ""
            if form:
                return form
        elif first in "HDMO" and _LETTERHEAD.match(headline):
            subject = _RE_LINE.search(head)
            if subject:
                title = subject.group(1).strip()
                enclosed = _ENCLOSURE.search(head)
                if enclosed:
                    title = f"{title}: {enclosed.group(1).strip().rstrip(',;')}"
                return title
    return headline
