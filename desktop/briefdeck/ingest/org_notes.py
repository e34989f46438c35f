"""An Emacs Org-mode file read as lines of text.

An analyst's Org notes carry the editor's own markup: "#+TITLE:", "#+AUTHOR:", "#+DATE:" and
setting lines ("#+STARTUP:", "#+FILETAGS:", "#+TBLFM:"), heading stars with TODO/DONE keywords
and :tags:, SCHEDULED/CLOSED planning lines, :PROPERTIES: drawers of ids, timestamps in angle
or square brackets, [[url][desc]] links, "# " comment lines (the local-variables footer). Read
as plain text, all of it reads as words and the first line's date wins over "#+DATE:". Here the
title, author and date become hints (as YAML front matter does), a heading is its words, a
wrapped list item is one line, and the editor's furniture is left out of the reading: settings,
planning lines, machine properties, comments, a finished or pending chore ("TODO ask Farid
re: ...") with its subtree, a note to self about the diary or another notes file.

Timestamps read as dates the extractor knows: "<2026-11-27 Fri 21:30>" alone under a heading
is that section's "Date: Nov 27, 2026, 21:30" (a form's field, see body_fields); inside a line
"[2026-12-02 Wed 14:05] UPDATE: ..." reads "Dec 2, 2026, 14:05: UPDATE: ...".
"""

from __future__ import annotations

import re

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

_KEYWORD = re.compile(r"^[ \t]*#\+([A-Za-z_]+):[ \t]*(.*)$")
_BLOCK_MARK = re.compile(r"^[ \t]*#\+(BEGIN|END)_([A-Za-z]+)\b", re.I)
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_HEADING = re.compile(r"^(\*+)[ \t]+(.*)$")
_TODO = re.compile(r"^(?:TODO|DONE|NEXT|WAITING|WAIT|HOLD|CANCELL?ED|DOING|STARTED)\b[ \t]*")
_PRIORITY = re.compile(r"^\[#[A-Z0-9]\][ \t]*")
# (each tried from the start of a run of blanks only: from every blank, a long run costs its
# square)
_TAGS = re.compile(r"(?<![ \t])[ \t]+:[\w@#%:]+:[ \t]*$")
_COOKIE = re.compile(r"(?<![ \t])[ \t]*\[\d*(?:%|/\d*)\]")
_PLANNING = re.compile(
    r"^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[][^>\]\n]*[>\]][ \t]*)+$")
_DRAWER = re.compile(r"^[ \t]*:([A-Za-z][\w-]*):[ \t]*$")
_PROPERTY = re.compile(r"^[ \t]*:([A-Za-z][\w-]*)\+?:(?:[ \t]+(.*))?$")
_SIGNS = re.compile(r"(?m)^[ \t]*(?::PROPERTIES:|:END:|(?:SCHEDULED|CLOSED|DEADLINE): [<\[])")
_ITEM = re.compile(r"^([ \t]*)(?:[-+]|\d{1,3}[.)])[ \t]+(?:\[[ X-]\][ \t]+)?")
_TABLE_RULE = re.compile(r"^[ \t]*\|[-+]+\|?[ \t]*$")
_TIMESTAMP = re.compile(
    r"[<\[](\d{4})-(\d{2})-(\d{2})(?:[ \t]+[A-Za-z]{2,9}\.?)?(?:[ \t]+(\d{1,2}:\d{2})"
    r"(?:-\d{1,2}:\d{2})?)?(?:[ \t]+[.+-]{1,2}\d+[hdwmy])*[>\]]"
)
_RANGE = re.compile(r"(?<=[>\]])--(?=[<\[]\d{4}-)")
_LINK = re.compile(r"\[\[([^\]\n]{1,400})\](?:\[([^\]\n]{1,200})\])?\]")
_FOOTNOTE = re.compile(r"\[fn:[\w-]{0,40}\]")
_EMPHASIS = re.compile(r"(?<![\w*=~/])([*=~/])(?=\S)([^*=~/\n]{1,200}?\S)\1(?![\w*=~/])")
_FINDING = re.compile(r"[\d\"“”→]")
# A chore on the analyst's list ("TODO ask Farid re: guard names", "DONE send weekly table")
_CHORE = re.compile(
    r"^(?:pull|check|ask|call|e-?mail|send|get|find|add|update|draft|write|read|review|file|"
    r"book|share|post|follow up|chase|request|confirm|verify|upload|download|save|print|flag|"
    r"tag|archive|fix|look|ping|message|forward|reconcile|remind|renew|submit|clean up|tidy)\b",
    re.I,
)
# A note to self about the diary: "Weekly call with Farid moved to Friday 10:00."
_DIARY = re.compile(
    r"^(?:(?:weekly|daily|monthly|next|our|the)\s+)?(?:call|meeting|sync|catch-?up|stand-?up|"
    r"check-?in)\b[^.\n]{0,60}\b(?:moved|rescheduled|pushed|postponed|cancell?ed|now)\b", re.I)
_NOTE_FILE = re.compile(r"\[\[file:[^\[\]\n]+\](?:\[[^\]\n]*\])?\]")  # no "[": linear

# the file's keywords kept as hints (the first of each wins)
_HINT_KEYS = {"title": "headline", "author": "byline", "date": "published", "email": ""}
# property drawers' keys read as a form's fields; the rest (ids, categories, efforts) are the
# editor's own
_READ_KEYS = {
    "source": "Source",
    "sources": "Sources",
    "location": "Location",
    "place": "Location",
    "where": "Location",
    "date": "Date",
    "when": "Date",
}
# blocks whose lines are not the note's text
_HIDDEN_BLOCKS = frozenset({"comment", "src", "export"})


def looks_like_org(text: str) -> bool:
    """Two of the editor's keyword lines, or headings with Org's drawers or planning lines."""
    head = text[:4000]
    keywords = len(re.findall(r"(?m)^#\+[A-Za-z_]+:", head))
    if keywords >= 2:
        return True
    headings = len(re.findall(r"(?m)^\*+ \S", head))
    signs = len(_SIGNS.findall(head))
    return headings >= 2 and signs >= 2


def _date(m: re.Match) -> str:
    year, month, day, clock = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    if not 1 <= month <= 12:
        return m.group(0)
    when = f"{_MONTHS[month - 1]} {day}, {year}"
    return f"{when}, {clock}" if clock else when


def iso_date(value: str) -> str:
    """An Org timestamp's day as YYYY-MM-DD ("<2026-12-03 Thu>"), else the value as given."""
    m = _TIMESTAMP.search(value)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else value.strip()


def words(value: str) -> str:
    """A line's text as a reader sees it: links as their words, dates as dates, no markup."""
    value = _FOOTNOTE.sub("", value)
    value = _LINK.sub(lambda m: m.group(2) or re.sub(r"^(?:file|id):.*$", "", m.group(1)), value)
    value = _RANGE.sub(" to ", value)
    value = _TIMESTAMP.sub(_date, value)
    value = _EMPHASIS.sub(r"\2", value)
    return re.sub(r"[ \t]{2,}", " ", value).strip()


def _stopped(text: str) -> str:
    # A note's items seldom end in a full stop: unstopped they run on into the next one.
    if text[-1].isalnum() and text.count(" ") >= 3 and any(w[0].islower() for w in text.split()):
        return text + "."
    return text


def _closed(lines: list[str]) -> set[int]:
    """The lines opening a drawer or a block that a matching end line closes (a drawer before
    the next heading): Org reads an unclosed one as text, and so must we, or the rest of the
    notes is lost. One pass from the end."""
    closed: set[int] = set()
    drawer_end = False  # an ":END:" below, before any heading
    block_ends: set[str] = set()  # the blocks whose "#+END_..." line is below
    for at in range(len(lines) - 1, -1, -1):
        raw = lines[at]
        if raw.startswith("*") and _HEADING.match(raw):
            drawer_end = False
            continue
        mark = _BLOCK_MARK.match(raw)
        if mark:
            name = mark.group(2).lower()
            if mark.group(1).upper() == "END":
                block_ends.add(name)
            elif name in block_ends:
                closed.add(at)
            continue
        if raw.strip().upper() == ":END:":
            drawer_end = True
        elif drawer_end and _DRAWER.match(raw):
            closed.add(at)
    return closed


def org_to_text(source: str) -> tuple[str, dict[str, str]]:
    """The notes' reading (a heading, an item or a paragraph a line) and their hints."""
    hints: dict[str, str] = {}
    out: list[str] = []
    pending: list[tuple[int, str]] = []  # headings not yet shown: shown with their first words
    para: list[str] = []  # the current item or paragraph's lines, joined on one line
    skip_below = 0  # the level of a chore heading whose subtree is skipped (0: none)
    drawer = ""  # the drawer being read (PROPERTIES, LOGBOOK ...)
    hidden = ""  # the hidden block being read (COMMENT, SRC ...)
    held: list[str] = []  # a drawer's fields, shown under the section's date stamp if one follows

    def flush() -> None:
        if para:
            text = words(" ".join(para))
            para.clear()
            if text:
                emit(_stopped(text))

    def emit(text: str) -> None:
        for _level, heading in pending:
            out.append("")  # a heading starts a section, as a markdown heading does
            out.append(heading)
        pending.clear()
        dated = text.startswith("Date: ")
        if held and not dated:
            out.extend(held)
            held.clear()
        out.append(text)
        if dated:
            out.extend(held)
            held.clear()

    lines = source.split("\n")
    closed = _closed(lines)
    for at, raw in enumerate(lines):
        heading = _HEADING.match(raw)
        if heading:
            flush()
            level, title = len(heading.group(1)), heading.group(2)
            drawer = hidden = ""
            if skip_below and level > skip_below:
                continue
            skip_below = 0
            keyword = _TODO.match(title)
            title = _TAGS.sub("", _PRIORITY.sub("", title[keyword.end():] if keyword else title))
            title = _COOKIE.sub("", title).strip()
            if keyword and _CHORE.match(title) and not _FINDING.search(title):
                skip_below = level
                continue
            while pending and pending[-1][0] >= level:
                pending.pop()  # an empty section's heading: nothing under it to show
            text = words(title)
            if text:
                pending.append((level, text))
            continue
        if skip_below:
            continue
        if hidden:
            mark = _BLOCK_MARK.match(raw)
            if mark and mark.group(1).upper() == "END":
                hidden = ""
            continue
        if drawer:
            if raw.strip().upper() == ":END:":
                drawer = ""
            elif drawer == "PROPERTIES":
                prop = _PROPERTY.match(raw)
                label = _READ_KEYS.get(prop.group(1).lower()) if prop else None
                value = words(prop.group(2) or "") if prop else ""
                if label and value:
                    held.append(f"{label}: {value}")
            continue
        if not raw.strip():
            flush()
            continue
        mark = _BLOCK_MARK.match(raw)
        if mark:
            flush()
            if mark.group(1).upper() == "BEGIN" and mark.group(2).lower() in _HIDDEN_BLOCKS \
                    and at in closed:
                hidden = mark.group(2)
            continue
        keyword = _KEYWORD.match(raw)
        if keyword:
            flush()
            key = keyword.group(1).lower()
            target = _HINT_KEYS.get(key)
            value = keyword.group(2).strip()
            if target and value and target not in hints:
                hints[target] = iso_date(value) if target == "published" else words(value)
                if target == "headline":
                    emit(hints[target])
            elif key == "caption" and value:
                emit(words(value))
            continue
        if _COMMENT.match(raw) or _PLANNING.match(raw) or _TABLE_RULE.match(raw):
            continue
        box = _DRAWER.match(raw)
        if box and at in closed:
            flush()
            drawer = box.group(1).upper()
            continue
        line = raw.strip()
        if line.startswith("|"):  # a table row: its cells on one line, as markdown's are
            flush()
            cells = [words(c.strip()) for c in line.strip("|").split("|")]
            if any(cells):
                emit("\t".join(cells).rstrip("\t"))
            continue
        item = _ITEM.match(raw)
        if item:
            flush()
            line = raw[item.end():].strip()
        if _TIMESTAMP.fullmatch(line):  # a section's date stamp: read as a form's date
            flush()
            emit(f"Date: {words(line)}")
            continue
        if not para and (_DIARY.match(line) or _NOTE_FILE.search(line)):
            continue  # a note to self about the diary or another notes file
        para.append(line)
    flush()
    return "\n".join(out).strip("\n"), hints
