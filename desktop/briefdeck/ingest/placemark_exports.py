"""A map's KML export (Google My Maps, Google Earth) read as its list of placemarks.

A team's map keeps its facts in placemarks: each a <name> ("03 Nov - Ain al-Asad AB - 2x OWA
UAS"), a <description> (often HTML inside CDATA, lines broken by <br>), perhaps <ExtendedData>
fields ("date", "conf") and a point. Read as markup, only the names survive and the
descriptions (CDATA) are lost; read as text, the XML declaration, styles, icon colours and
links bury them. Here the map becomes what its user reads: folder names as headings, each
placemark's name over its description. A placemark's own date field ends its name in
brackets, "(2026-11-03)", so its entry is dated as a brief's section heading dates the
incident under it. The map's own description (who edited it when, how to read the
coordinates) gives the date the map stood at ("Last edited 25 Nov 2026"), not its story;
styles, coordinates and a folder marked "(do not edit)" are the map's machinery.
"""

from __future__ import annotations

import html
import re

from briefdeck.ingest.full_dates import FULL_DATE, parse_date

_OPEN_OR_CLOSE = re.compile(r"<(/?)(Folder|Placemark)\b[^<>]{0,500}>")
_NAME = re.compile(r"<name>([^<]{0,500})</name>")
_DESCRIPTION = re.compile(r"<description>(.*?)</description>", re.S)
_DATA = re.compile(r"<Data\s+name=\"([^\"<>]{1,60})\"\s*>\s*<value>([^<]{0,200})</value>")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.I)
_TAG = re.compile(r"<[^<>]{0,500}>")
_DATE_FIELD = re.compile(r"^(?:date|day|when|event[ _]?date|incident[ _]?date)$", re.I)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# "Reference (do not edit)": a folder kept for the map's users, not a finding
_LOCKED_FOLDER = re.compile(r"\((?:do not|don't) (?:edit|change|delete)\)|\(read[- ]only\)", re.I)
# "Keep pin until ceremony.": a note on keeping the marker itself, the map's upkeep
_PIN_NOTE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Keep|Remove|Delete|Move|Leave)\s+(?:this\s+|the\s+)?"
    r"(?:pin|marker|placemark)\b[^.!?\n]{0,120}[.!?]?",
    re.I,
)
# "Added 24 Nov.": when the pin was put on the map, opening its description (bookkeeping,
# like its style; read as a sentence it becomes a happening on that day)
_ADDED = re.compile(
    r"^(?:Added|Pinned|Created|Updated)\s+(?:on\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
    r"(?:\s+\d{4})?\.\s+|^(?:Added|Pinned|Created|Updated)\s+(?:on\s+)?"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\.\s+"
)
# "Last edited 25 Nov 2026 by ...": when the map stood as exported
_EDITED = re.compile(r"\b(?:last\s+(?:edited|modified|updated)|updated)\b[:\s]+(?:on\s+)?", re.I)


def looks_like_placemarks(text: str) -> bool:
    head = text[:3000]
    return ("<kml" in head or "<Document" in head) and "<Placemark" in text


def _words(markup: str) -> str:
    """A description's text: CDATA opened, breaks as new lines, tags dropped, entities read."""
    cdata = _CDATA.search(markup)
    inner = cdata.group(1) if cdata else html.unescape(markup)
    inner = _TAG.sub("", _BREAK.sub("\n", inner))
    lines = (" ".join(html.unescape(line).split()) for line in inner.split("\n"))
    kept = "\n".join(_PIN_NOTE.sub("", line).strip() for line in lines if line.strip()).strip()
    return _ADDED.sub("", kept, count=1)


def _map_day(document_head: str) -> str:
    described = _DESCRIPTION.search(document_head)
    words = _words(described.group(1)) if described else ""
    for m in _EDITED.finditer(words):
        date = FULL_DATE.match(words, m.end())
        if date and (found := parse_date(date.group(0))):
            return found
    return ""


def placemarks_to_text(text: str) -> tuple[str, dict[str, str]] | None:
    tags = list(_OPEN_OR_CLOSE.finditer(text))
    if not any(m.group(2) == "Placemark" for m in tags):
        return None
    head = text[: tags[0].start()] if tags else text
    out: list[str] = []
    days: list[str] = []
    for n, m in enumerate(tags):
        if m.group(1):
            continue
        stop = tags[n + 1].start() if n + 1 < len(tags) else len(text)
        inside = text[m.end() : stop]
        name = _NAME.search(inside)
        title = " ".join(html.unescape(name.group(1)).split()) if name else ""
        if m.group(2) == "Folder":
            if title and not _LOCKED_FOLDER.search(title):
                out += [title, ""]
            continue
        day = next(
            (
                v.strip()
                for k, v in _DATA.findall(inside)
                if _DATE_FIELD.match(k.strip()) and _ISO_DAY.match(v.strip())
            ),
            "",
        )
        if day:
            days.append(day)
            title = f"{title} ({day})" if title else f"({day})"
        described = _DESCRIPTION.search(inside)
        words = _words(described.group(1)) if described else ""
        if title or words:
            out += [line for line in (title, words) if line] + [""]
    if not out:
        return None
    hints: dict[str, str] = {}
    name = _NAME.search(head)
    if name and name.group(1).strip():
        hints["headline"] = " ".join(html.unescape(name.group(1)).split())
    if published := _map_day(head) or (max(days) if days else ""):
        hints["published"] = published
    return "\n".join(out).strip(), hints
