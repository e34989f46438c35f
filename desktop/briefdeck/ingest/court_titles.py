"""A court filing's title: its caption opens with the court's name ("UNITED STATES DISTRICT
COURT" / "FOR THE DISTRICT OF COLUMBIA"), which names where it was filed, not what it is. The
filing names itself below the parties ("COMPLAINT FOR WRONGFUL" / "DEATH AND RELATED CLAIMS"),
its lines read as one; that is the headline an analyst looks for.
"""

from __future__ import annotations

import re

# "UNITED STATES DISTRICT COURT", "IN THE SUPERIOR COURT OF THE STATE OF ...": a court's name
COURT_NAME = re.compile(r"^(?:IN THE )?(?:[A-Z.]+ ){0,4}COURT(?: (?:OF|FOR) [A-Z .,]+)?$")
# "COMPLAINT FOR ...", "MOTION TO DISMISS", "INDICTMENT": what the filing is
_FILING = re.compile(r"^(?:(?:FIRST |SECOND )?AMENDED |VERIFIED |CRIMINAL |CIVIL )?(?:COMPLAINT|"
                     r"PETITION|INDICTMENT|INFORMATION|MOTION|MEMORANDUM(?: OPINION)?|BRIEF|"
                     r"ORDER|ANSWER|JUDGMENT|AFFIDAVIT|DECLARATION|NOTICE OF)\b[A-Z ,'’-]*$")
_CAPS_LINE = re.compile(r"^[A-Z][A-Z ,'’-]+$")
_SEARCH_LINES = 60


def filing_title(lines: list[tuple[str, bool]], court_at: int) -> str:
    """The filing's own title under the court's name at `court_at`, or ''."""
    titles = []
    end = min(len(lines), court_at + _SEARCH_LINES)
    for i in range(court_at + 1, end):
        line = lines[i][0]  # (flagged or not: a caption's lines may be read as its furniture)
        if not _FILING.match(line):
            continue
        parts = [line]
        for below, _ in lines[i + 1 : i + 3]:  # the title wrapped in the caption box
            if not _CAPS_LINE.match(below) or _FILING.match(below):
                break
            parts.append(below)
        titles.append(" ".join(parts))
        if len(titles[-1].split()) > 1:  # "COMPLAINT" alone is the heading over the pleading
            return titles[-1]
    return titles[0] if titles else ""


# "TRANSCRIPT OF SENTENCING HEARING", "TRANSCRIPT OF PROCEEDINGS": a transcript's caption names
# the proceeding but not the case; the case is the parties set either side of "v." above it
_TRANSCRIPT = re.compile(r"^(?:(?:CERTIFIED|OFFICIAL|EXCERPTED|PARTIAL) )?TRANSCRIPT OF "
                         r"([A-Z][A-Z ,'’-]{2,80})$")
_VERSUS = ("v", "v.", "vs", "vs.", "versus", "against")
# Its parties' role words under their names, never a party
_ROLE = re.compile(r"^(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|"
                   r"appellees?|movants?)\b", re.IGNORECASE)
_CAPTION_LINES = 30
# "UNITED STATES OF AMERICA": the prosecuting sovereign, called "United States" in a case name
_SOVEREIGN = {"UNITED STATES OF AMERICA": "United States", "THE UNITED STATES": "United States"}


def _party(cell: str) -> str:
    """The party named in one caption cell ("KAREEM ADNAN HADDAD,   )   December 2"), in case
    name type, or '' when the cell names no party (a bracket, a role word, a case number)."""
    name = cell.split(")", 1)[0].split(";", 1)[0].split(",", 1)[0].strip()
    if not name or _ROLE.match(name) or name.lower() in _VERSUS:
        return ""
    if not name.replace(" ", "").replace(".", "").replace("-", "").replace("'", "").isupper():
        return ""  # a party's name is in capitals in the caption; lower case is its prose
    if name in _SOVEREIGN:
        return _SOVEREIGN[name]
    words = name.removeprefix("THE ").split()
    return " ".join(_capitalized(word) for word in words)


def _capitalized(word: str) -> str:
    """"AL-HASHIMI" -> "Al-Hashimi", "O'NEILL" -> "O'Neill"; "II" and initials kept."""
    if len(word.rstrip(".")) < 2 or word in ("II", "III", "IV", "JR.", "SR."):
        return word.title() if word in ("JR.", "SR.") else word
    for mark in "-'’":
        if mark in word:
            return mark.join(_capitalized(part) for part in word.split(mark))
    return word[:1] + word[1:].lower()


def _case_name(lines: list[tuple[str, bool]], start: int, end: int) -> str:
    """"United States v. Kareem Adnan Haddad": the parties either side of the caption's "v."."""
    cells = [line.split(")", 1)[0].strip() for line, _ in lines[start:end]]
    for at, cell in enumerate(cells):
        if cell.lower() not in _VERSUS:
            continue
        first = next((p for c in reversed(cells[:at]) if (p := _party(c))), "")
        second = next((p for c in cells[at + 1 :] if (p := _party(c))), "")
        return f"{first} v. {second}" if first and second else ""
    return ""


def proceeding_title(lines: list[tuple[str, bool]], court_at: int) -> str:
    """A transcript's title under the court's name at `court_at`: the case and the proceeding
    ("United States v. Kareem Adnan Haddad — Sentencing Hearing"), or ''."""
    end = min(len(lines), court_at + _CAPTION_LINES)
    for i in range(court_at + 1, end):
        found = _TRANSCRIPT.match(lines[i][0])
        if not found:
            continue
        proceeding = found.group(1).strip(" ,").title().replace(" Of ", " of ")
        case = _case_name(lines, court_at + 1, i)
        return f"{case} — {proceeding}" if case else f"Transcript of {proceeding}"
    return ""
