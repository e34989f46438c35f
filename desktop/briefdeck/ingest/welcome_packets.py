"""A newcomers' welcome packet (or an installation's handbook): its service sections.

An installation's packet for newcomers is set in numbered sections ("2. Before you arrive",
"3. In-processing schedule", "5. Important numbers", "6. Map legend", "7. Life at Camp X").
Around the one or two sections that report (the commander's welcome, force protection)
stand sections that only serve the reader: what to pack, a schedule table (day, time,
event), a table of offices and their phone numbers, a map's legend and note, the camp's
opening hours and amenities. They are furniture: their clock times and phone numbers read
as figures, an office's name over "DSN" as a person. A section is known by its heading;
each section runs to the next heading.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# "3. In-processing schedule", "5 Important numbers": a numbered section heading, no stop.
_HEADING = re.compile(r"^\d{1,2}[.)]?[ \t]++[A-Z][^.!?:\n]{2,60}+$")
_SERVICE = re.compile(
    r"\b(?:before you (?:arrive|travel|deploy|report)|what to (?:bring|pack)|packing|checklist|"
    r"(?:in-?processing|arrival|reception|orientation) schedule|schedule|timetable|"
    r"important (?:numbers|contacts|phone numbers)|phone (?:numbers|list|directory)|"
    r"telephone|useful (?:numbers|contacts)|contact numbers|directory|map|legend|"
    r"life (?:at|on|in)\b|living (?:at|on|in)\b|amenities|facilities|services|"
    r"quality of life|off[- ]duty)",
    re.I,
)
_PACKET = re.compile(
    r"\b(?:welcome packet|newcomers?|in-?processing|welcome to (?:camp|fort|"
    r"base|the installation))\b",
    re.I,
)
_SECTION_LINES = 30  # a service section longer than this is no list or table: left alone


def is_packet(text: str) -> bool:
    head = text[:3000]
    return "elcome" in head and bool(_PACKET.search(head))


def flag_service_sections(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag the lines under a packet's service headings (the headings stay)."""
    if not is_packet(text):
        return
    heads = [
        i
        for i, ln in enumerate(lines)
        if ln.text[:1].isdigit() and ln.words <= 8 and _HEADING.match(ln.text)
    ]
    if len(heads) < 3:  # numbered sections, or no packet's layout
        return
    for n, head in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        if not _SERVICE.search(lines[head].text) or end - head - 1 > _SECTION_LINES:
            continue
        for i in range(head + 1, end):
            flags.setdefault(i, "packet service section")
