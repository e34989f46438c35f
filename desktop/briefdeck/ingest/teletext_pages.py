"""Teletext pages pasted as text: each page's own furniture, line by line.

A teletext page opens with a header row ("P141  TXT1 141  Sat 05 Dec  19:03:10": the page
number, the service, the page number again, the day and the clock), then the service's
section line ("TXT1 NEWS   MIDDLE EAST   1/2", a subpage count at its end), and closes with
a link to the next page ("continues 141/2", "Next: Strikes 142") and the Fastext row of
coloured-key links. An index page lists other pages' headlines, each ending in its page
number ("Missile hits bulk carrier off Yemen 141"). None of this is reporting: the header's
page numbers read as figures, the index's headlines as stories. The story under its
capitals headline is the record and is left to the general rules (its 40-column lines are
hard-wrapped text, which the extractor's paragraphs already join).
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# "P141  TXT1 141  Sat 05 Dec  19:03:10": page number, service, page again, then a clock.
_HEADER = re.compile(
    r"^P([1-8]\d\d)[ \t]++(\S{1,16}+)[ \t]++\1\b[^\n]{0,40}?\b\d\d:\d\d(?::\d\d)?$"
)
# (a line break before the "P", not "^" in multiline mode: searched several times faster)
_HEADER_START = re.compile(r"\nP[1-8]\d\d[ \t]")
# "continues 141/2", "Next: Strikes 142", "More on 143", "Back to index 100": the page's link
# to the page (or subpage) after it.
_LINK = re.compile(
    r"^(?:continues|continued|cont'?d|next|more|see|back|index)\b[^\n]{0,30}?"
    r"\b[1-8]\d\d(?:/\d{1,2})?$",
    re.I,
)
# An index entry: a headline, then (after spaces) the page it is on.
_INDEX_ENTRY = re.compile(r"^[^\n]{6,40}?[ \t]+[1-8]\d\d$")
_SUBPAGE = re.compile(r"\b\d{1,2}/\d{1,2}$")
_PAGES = 2  # fewer headers than this: a stray "P141 ..." line, not pasted pages
_INDEX_RUN = 3  # an index lists at least this many pages


def has_pages(text: str) -> bool:
    """Cheap: two or more lines that open like a teletext page header."""
    count = 1 if _HEADER_START.match("\n" + text[:6]) else 0
    for _ in _HEADER_START.finditer(text):
        count += 1
        if count >= _PAGES:
            return True
    return False


def flag_pages(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag every page's header, section line, index entries, links and Fastext row."""
    if not has_pages(text):
        return
    heads = [i for i, ln in enumerate(lines) if ln.text[:1] == "P" and _HEADER.match(ln.text)]
    if len(heads) < _PAGES:
        return
    services = {_HEADER.match(lines[i].text).group(2) for i in heads}
    bounds = [*heads, len(lines)]
    for n, head in enumerate(heads):
        end = bounds[n + 1]
        flags[head] = "teletext page header"
        page = range(head + 1, end)
        for i in page:
            line = lines[i].text
            # the service's section line: "TXT1 NEWS   MIDDLE EAST   1/2"
            if i <= head + 2 and line.split(maxsplit=1)[0] in services and not line.endswith("."):
                flags[i] = "teletext section line"
            elif lines[i].words <= 6 and _LINK.match(line):
                flags[i] = "teletext page link"
            elif i == head + 1 and _SUBPAGE.search(line) and lines[i].words <= 8:
                flags[i] = "teletext section line"
        run: list[int] = []
        for i in [*page, end]:  # runs of index entries, one under another
            if i < end and i not in flags and _is_index_entry(lines[i]):
                run.append(i)
                continue
            if len(run) >= _INDEX_RUN:
                for j in run:
                    flags[j] = "teletext index"
            run = []
    # the Fastext row, the same under every page: each page's last line
    last = {bounds[n + 1] - 1 for n, head in enumerate(heads) if bounds[n + 1] - 1 > head}
    if len(last) == len(heads) and len({lines[i].text for i in last}) == 1:
        for i in last:
            flags.setdefault(i, "teletext fastext row")


def _is_index_entry(line: ArticleLine) -> bool:
    return line.text[-1:].isdigit() and bool(_INDEX_ENTRY.match(line.text))
