"""A court's docket sheet (a PACER / CM/ECF docket report saved as text, HTML or PDF).

The report opens with the court system's menu bar, then the case's head: court, case number,
judges and each party with its counsel set beside it in a second column ("represented by").
Each attorney's name and office are who acts in the case; the street address, telephone,
e-mail and the role flags under them ("LEAD ATTORNEY", "ATTORNEY TO BE NOTICED",
"Designation: ...") are the court's address book. The filings follow as rows under a
"Date Filed  #  Docket Text" header: the date filed, the entry's number, then what was filed
or held. The entry number indexes the record (other entries cite it: "re 10 Motion"); it
counts nothing, so only that number is flagged, and the date stays in the text where a
relative day inside the entry ("arrested yesterday") can count from it. A PACER transaction
receipt may close the report: its heading and billing lines are furniture (its time stamp,
the day the docket was pulled, is left to date the page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefdeck.ingest.line_kinds import ArticleLine

# "Date Filed  #  Docket Text", "Date Filed # Page Docket Text", "Filing Date # Docket Text"
_ENTRIES_HEAD = re.compile(
    r"^(?:Date\s+Filed|Filing\s+Date|Date|Filed)[ \t]+#[ \t]+(?P<page>Page[ \t]+)?"
    r"Docket[ \t]+Text$",
    re.I,
)
# "11/04/2026   1   SEALED COMPLAINT ...": the date filed, the entry's number (a page count
# after it when the header has that column), then the text. Unnumbered entries (an arrest, a
# text-only order) have the date alone.
_ENTRY_ROW = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}[ \t]++(?P<no>\d{1,5})(?P<pages>[ \t]++\d{1,4})?"
    r"[ \t]++(?=\S)"
)
_TITLE = re.compile(r"\bDOCKET FOR CASE #", re.I)  # "CRIMINAL DOCKET FOR CASE #: 1:26-cr-..."
_REPRESENTED = "represented by"
_CELL_GAP = re.compile(r"[ \t]{2,}|\t")  # how a copied table's columns are set apart
_MENU_CELL = re.compile(r"[A-Z][A-Za-z]*(?: [A-Za-z]+)?")  # "Query", "Log Out"
# The receipt's heading and billing lines: "PACER Service Center", "Transaction Receipt",
# "PACER Login: ...  Client Code: ...", "Billable Pages: 4  Cost: 0.40".
_RECEIPT = re.compile(
    r"^(?:PACER Service Center|Transaction Receipt|(?:PACER Login|Description|"
    r"Billable Pages)\s*:.*)$"
)
# An attorney's second line is the office or firm, unless it is already the address:
# "271 Cadman Plaza East", "One Pierrepont Plaza, 16th Floor", "P.O. Box 12", "Suite 400".
_ADDRESS = re.compile(
    r"^(?:\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) [A-Z]|"
    r"P\.? ?O\.? Box\b|Suite\b|Room\b|Floor\b)|\b[A-Z]{2} \d{5}(?:-\d{4})?$|@|"
    r"^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|^(?:Email|Fax|Phone|Tel)\s*:",
    re.I,
)
_HEAD_LINES = 12  # the menu bar stands within the first lines, above the docket's title
_CELL_SLACK = 3  # a right-hand cell starts within a few characters of its column


def is_docket_sheet(text: str) -> bool:
    """A docket report: its entries' column header stands on a line of its own."""
    if "Docket Text" not in text and "DOCKET TEXT" not in text:
        return False
    return any(
        _ENTRIES_HEAD.match(line.strip())
        for line in text.split("\n")
        if "ocket" in line or "OCKET" in line
    )


# "Case title: USA v. Alwan et al      Date Filed: 11/19/2026": the case, the docket's title
_CASE_TITLE = re.compile(
    r"^Case title:[ \t]*+(?P<title>\S(?:[^\t\n]*?\S)??)(?:[ \t]{2,}|\t|$)", re.I
)
# "Smith et al v. Acme Corp", "USA v. Alwan": a civil docket's title line, the parties
_PARTIES = re.compile(r"^\S[^\t]{0,80}? v\.? \S[^\t]{0,80}$")


def case_title(lines: Sequence[tuple[str, bool]]) -> tuple[str, int]:
    """A docket sheet's title, the case ("USA v. Alwan et al"), and its line; ('', -1) when
    the text is no docket. The court's name above it says where, not what (a headline of
    "U.S. District Court" sends the summary to whichever sentence names the Court)."""
    if not any(_ENTRIES_HEAD.match(t) for t, _ in lines if "ocket" in t or "OCKET" in t):
        return "", -1
    for i, (line, _) in enumerate(lines):
        if _ENTRIES_HEAD.match(line) or line.startswith(("Assigned to", "Pending Counts")):
            break
        if m := _CASE_TITLE.match(line):
            return m.group("title"), i
        if _PARTIES.match(line) and i and _TITLE.search(lines[i - 1][0]):
            return line, i  # the parties under "CIVIL DOCKET FOR CASE #: ..."
    return "", -1


def flag_docket_sheet(
    text: str, lines: Sequence[ArticleLine], flags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Flag a docket sheet's furniture lines in flags; return the spans inside lines (an
    entry's number, an address beside a party's alias) as (start, end, kind)."""
    if not is_docket_sheet(text):
        return []
    spans: list[tuple[int, int, str]] = []
    _flag_menu_bar(lines, flags)
    spans += _flag_counsel(text, lines, flags)
    head = next((i for i, ln in enumerate(lines) if _ENTRIES_HEAD.match(ln.text)), None)
    if head is None:
        return spans
    flags[head] = "docket furniture"
    pages = bool(_ENTRIES_HEAD.match(lines[head].text).group("page"))
    for i in range(head + 1, len(lines)):
        line = lines[i]
        if line.text[:1].isdigit() and (row := _ENTRY_ROW.match(line.text)):
            spans.append(
                (line.start + row.start("no"), line.start + row.end("no"), "docket entry number")
            )
            if pages and row.group("pages"):
                at = line.start + row.start("pages")
                spans.append(
                    (
                        at + len(row.group("pages")) - len(row.group("pages").lstrip()),
                        line.start + row.end("pages"),
                        "docket entry number",
                    )
                )
        elif line.words <= 12 and _RECEIPT.match(line.text):
            flags[i] = "docket furniture"
    return spans


def _flag_menu_bar(lines: Sequence[ArticleLine], flags: dict[int, str]) -> None:
    """The court system's menu above the docket's title: short capitalised words in cells."""
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if _TITLE.search(line.text):
            return
        cells = _CELL_GAP.split(line.text)
        if len(cells) >= 3 and all(c.isascii() and _MENU_CELL.fullmatch(c) for c in cells):
            flags[i] = "navigation"


def _right_cell(raw: str, column: int) -> int | None:
    """Where the cell of the right-hand column starts in a raw line, if it has one."""
    if "\t" in raw:  # cells set apart by tabs: the last one, after a tab
        cut = raw.rstrip().rfind("\t")
        return cut + 1 if cut >= 0 and raw[cut + 1 :].strip() else None
    for m in re.finditer(r"(?:^|[ ]{2,})(?=\S)", raw):
        if abs(m.end() - column) <= _CELL_SLACK:
            return m.end()
    return None


def _flag_counsel(
    text: str, lines: Sequence[ArticleLine], flags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Each attorney's address, phones, e-mail and role flags in the "represented by"
    column: the lines under the name and office, down to the block's end (a blank line
    before a line of the left-hand column)."""
    spans: list[tuple[int, int, str]] = []
    index = {line.start: i for i, line in enumerate(lines)}
    pos = 0
    while (at := text.find(_REPRESENTED, pos)) >= 0:
        pos = at + len(_REPRESENTED)
        line_start = text.rfind("\n", 0, at) + 1
        name_at = pos + len(text[pos:]) - len(text[pos:].lstrip(" \t"))
        if text[name_at : name_at + 1] in ("\n", ""):
            continue  # the name on the next line: a layout this reading does not know
        column = name_at - line_start
        seen = 1  # the name is the attorney's first line, the office the second
        cur = text.find("\n", name_at)
        blank = False
        while cur >= 0:
            nxt = text.find("\n", cur + 1)
            raw = text[cur + 1 : nxt if nxt >= 0 else len(text)]
            if not raw.strip():
                blank, cur = True, nxt
                continue
            cell = _right_cell(raw, column)
            left = raw[:cell].strip() if cell is not None else raw.strip()
            if cell is None or (blank and left):
                break  # the left-hand column again: the next party or section
            if blank:  # another attorney for the same party, under a blank line
                seen, blank = 0, False
            content = raw[cell:].strip()
            seen += 1
            if seen == 2 and not _ADDRESS.search(content):
                cur = nxt
                continue  # the office: who the attorney works for
            if seen >= 2:
                start = cur + 1 + cell
                i = index.get(start)
                if i is not None and not left:
                    flags[i] = "counsel contact"
                else:
                    spans.append((start, start + len(raw[cell:].rstrip()), "counsel contact"))
            cur = nxt
    return spans
