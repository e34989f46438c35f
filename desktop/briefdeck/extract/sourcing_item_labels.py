"""A source set as a label at the head of a list item or a feed item: "- Border Police: two
smugglers detained near the fence", "Health Ministry: toll rises to 4".

Notes, digests and live maps drop the verb ("said") and put the speaker before a colon. Only
the head of a bulleted line or of a feed's item line is read, and only a label that names a
body (a known organisation, a body noun such as "Ministry" or "Command", or a body's initials),
so "Update:", "Kuwait:", "TODO:" or "Claim:" are no source, nor a base's or an airport's
initials ("AAAB: ~1,500 personnel").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.attribution_kinds import org_kind
from briefdeck.extract.institutions import BODY
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.sentences import Document
from briefdeck.ingest.speaker_notes import in_slide_text_block

# The label: up to five words, the first capitalised, the rest capitalised or a particle or a
# lower-case body noun ("Israeli army"); then a colon and the claim.
_LABEL = re.compile(r"(?P<who>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|of|al|for|(?i:" + BODY +
                    r"|cell|cent(?:er|re)|unit))){0,4}):[ \t]+(?=\S+(?:[ \t]+\S+){2})")
_BODY_LAST = re.compile(r"(?i:\b(?:" + BODY + r"|cell|media\s+cent(?:er|re)|spokes(?:man|woman|"
                        r"person)))$")
# "SDF", "US CENTCOM"
_INITIALS = re.compile(r"(?:[A-Z][A-Za-z]*[ \t]+)?[A-Z]{2,8}(?:-[A-Z]{2,6})?$")
# A place's office in lower case, no owner: the writer's own team there ("Hasakah office").
_OWN_OFFICE = re.compile(r"(?<!['’]s)[ \t](?:sub-)?office$")
_BULLET = re.compile(r"\n[ \t]*[-*•][ \t]+")  # (on the newline: cheaper than "(?m)^")
_NOT_SOURCE = frozenset("About Follow Contact Update Note Notes Claim Claims Source Sources "
                        "Photo Image Credit Read Watch Listen Breaking Summary Context TODO "
                        "Editor Analysis Background Timeline Urgent Exclusive Developing Live "
                        "Video Opinion Warning Alert POC".split())


def _place_initials(who: str) -> bool:
    """'AAAB', 'BIAP', 'UAE': a base's, an airport's or a country's initials are where the
    item happened (a base's head count, its damage), never who says it."""
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    found = Gazetteer.default().find_mentions(who)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(who)


def label_at(text: str, head: int, limit: int) -> tuple[int, int, str, int | None] | None:
    m = _LABEL.match(text, head, limit)
    if not m:
        return None
    who = m.group("who")
    first = who.split()[0]
    if first in _NOT_SOURCE or first.capitalize() in _NOT_SOURCE:
        return None  # "UPDATE:", "BREAKING:": a feed's flag, not who says it
    if not (known_organization(who) or _BODY_LAST.search(who) or _INITIALS.match(who)
            and not _place_initials(who)):
        return None  # "Kuwait: ...", "Day two: ...", "AAAB: ...": where or when, not who
    if _OWN_OFFICE.search(who):
        return None  # "Tal Tamr office: 6 staff relocate": a team's own office, its status
    return m.start(), min(limit, m.end() + 24), org_kind(who), 1


def item_labels(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each body labelled at the head of a bulleted line or of a
    feed item (items: the feed's item lines, (start, end) each)."""
    if ": " not in text:
        return []
    out = []
    # (a newline is put before the text, so a first line's bullet is read too)
    heads = [(m.end() - 1, text.find("\n", m.end() - 1)) for m in _BULLET.finditer("\n" + text)] \
        if "- " in text or "* " in text or "• " in text else []
    for start, end in items:  # each sentence of a feed item may open on its own label
        heads.append((start, end))
        at = text.find(". ", start, end)
        while at >= 0:
            heads.append((at + 2, end))
            at = text.find(". ", at + 2, end)
    for head, end in heads:
        if in_slide_text_block(text, head):
            continue  # a slide's bullet repeats the source its notes name
        found = label_at(text, head, len(text) if end < 0 else end)
        if found:
            out.append(found)
    return out


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of the text, its newline left out."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, end
        pos = end + 1


def line_labels(doc: Document) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each body labelled at the head of a plain line: an outline
    read as lines, or a note, sets "Security Media Cell: launcher found ..." with no bullet
    (the same body labelled again is the same source; a related-stories list is read no more)."""
    text = doc.text
    out = []
    seen: set[str] = set()
    for pos, end in line_spans(text):
        colon = text.find(": ", pos, min(end, pos + 60))
        if colon > pos and text.count(" ", colon, end) >= 8 and text[colon + 2:colon + 3].islower():
            # (a claim in a note's lower case and at length: a headline's or a form's label
            # goes on in capitals or in a few words, "Interior Ministry: New border posts",
            # "SUBJECT: ...", "Home Front Command: guidelines for the north")
            found = label_at(text, pos, end)
            who = text[pos:colon]
            if found and who not in seen and not who.isupper() and _BODY_LAST.search(who) \
                    and doc.is_reporting(pos, pos + 1):
                seen.add(who)
                out.append(found)
    return out
