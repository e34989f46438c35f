"""A photo agency's caption feed: the captions are the news, the fields round them are not.

An agency's feed export (or a desk's saved copy of it) lists its pictures as items, each
opened by a slug line ("[3] SLUG: SEA-NAVY/ (HANDOUT)") and carrying the picture's fields
one a line: its reference and transmission stamp, "REPLACES:" for an update, "Headline:",
"Caption:", "Credit:", "Restrictions:", and the picture's "City: | Country: | Date created:"
line. A news page's caption is furniture under its story; in a feed the datelined caption
is the story ("HODEIDAH, Yemen - Men search the rubble ...") and its headline says what it
shows: both stay text, their labels do not. The rest is the feed's bookkeeping: the export's
header above the first item, the fields, advisories to editors ("ADVISORY - ELIMINATE: ...",
a kill notice) and the footer after the last item's fields.

An update ("(ADDS toll, witness)") names the item it replaces: `replaced_items` pairs them,
for a reader that wants the later caption's toll over the earlier one's.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# "[3] SLUG: SEA-NAVY/ (HANDOUT)", "SLUG: YEMEN-STRIKES/": an item's first line.
_SLUG = re.compile(r"^(?:\[\d{1,4}\]\s*)?(?:slug|keywords? slug|object name)\s*:", re.I)
# The picture's own fields (label, colon): the caption and headline are kept, the rest are
# the agency's and the picture's bookkeeping.
_KEPT = re.compile(r"^(?:headline|title|caption|caption text|description)\s*:\s*", re.I)
_FIELD = re.compile(
    r"^(?:ref|reference|ref no\.?|id|picture id|transmission ref|transmitted|priority|"
    r"replaces|updates|credit|photo credit|credit line|photographer|by-?line|source|"
    r"restrictions?|usage|usage terms|rights|copyright notice|special instructions|"
    r"city|country|location|state|province|province/state|sublocation|date created|"
    r"date taken|created|category|supplemental categories|keywords|urgency|"
    r"image size|dimensions|file name|filename)\s*:",
    re.I,
)
# An advisory to editors between items: a kill or an elimination, a withdrawn picture.
_ADVISORY = re.compile(
    r"^(?:(?:editors?['’]? )?advisory|mandatory kill|kill(?: notice)?|elimination|eliminate|"
    r"withdrawn|withdrawal)\b[^:]{0,40}:",
    re.I,
)
# "Ref: HPA20261203-0412": the picture's reference, which "REPLACES:" names again.
_REF = re.compile(r"^(?:ref|reference|ref no\.?|picture id|id)\s*:\s*([\w-]{4,40}+)", re.I)
_REPLACES = re.compile(r"^(?:replaces|updates)\s*:\s*([\w-]{4,40}+)", re.I)
_ITEMS = 2  # fewer slugs than this: a page that mentions a slug, not a feed


def is_caption_feed(text: str, lines: list[ArticleLine]) -> bool:
    """At least two slugged items, with captions."""
    if "aption" not in text or ("LUG" not in text and "lug" not in text):
        return False
    slugs = sum(1 for ln in lines if ln.text[:1] in "[sSoOkK" and _SLUG.match(ln.text))
    return slugs >= _ITEMS


def _items(lines: list[ArticleLine]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.text[:1] in "[sSoOkK" and _SLUG.match(ln.text)]


def flag_feed(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> list[tuple[int, int]]:
    """Flag a caption feed's furniture and give its headlines and captions back (other rules
    take a caption for a news page's); returns the spans of the kept lines' labels."""
    if not is_caption_feed(text, lines):
        return []
    starts = _items(lines)
    for i in range(starts[0]):  # the export's header: feed name, filter, subscriber
        flags[i] = "feed header"
    labels: list[tuple[int, int]] = []
    end_of_items = starts[-1]  # the last item's last line: its last field or caption line
    in_caption = False
    for i in range(starts[0], len(lines)):
        line = lines[i]
        kept = _KEPT.match(line.text)
        if i in starts:
            flags[i] = "feed item fields"
            in_caption = False
        elif kept:
            flags.pop(i, None)
            labels.append((line.start, line.start + kept.end()))
            in_caption = True
        elif _FIELD.match(line.text):
            flags[i] = "feed item fields"
            in_caption = False
        elif _ADVISORY.match(line.text):
            flags[i] = "feed advisory"
            in_caption = False
        elif in_caption:  # a caption's second paragraph
            flags.pop(i, None)
        else:
            continue
        end_of_items = i
    for i in range(end_of_items + 1, len(lines)):  # the export's footer after the last item
        flags[i] = "feed footer"
    return labels


def replaced_items(text: str) -> list[tuple[str, str]]:
    """(replaced reference, replacing reference) for every update in a caption feed: the
    later item tells the same picture's story with what was learnt since."""
    if "EPLACES" not in text and "eplaces" not in text and "PDATES" not in text:
        return []
    pairs: list[tuple[str, str]] = []
    ref = ""
    for raw in text.split("\n"):
        line = raw.strip()
        if _SLUG.match(line):
            ref = ""
            continue
        m = _REF.match(line)
        if m:
            ref = m.group(1)
            continue
        m = _REPLACES.match(line)
        if m and ref:
            pairs.append((m.group(1), ref))
    return pairs
