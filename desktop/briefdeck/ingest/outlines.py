"""An outliner's export (Logseq, Roam) read as lines of text.

An analyst's outline is a tree of "- " blocks with the outliner's own markup: page properties
("title:: ...", "updated:: [[Dec 3rd, 2026]]") before the first block, [[page links]] and date
links, #tags, ((block references)), TODO/DONE markers and machine properties ("id::",
"collapsed::"). Read as plain markdown, the page properties run into one headline, the date
links stay bracketed and the markers and ids read as words. Here each block is one line (its
children follow on their own lines), the page properties become hints as YAML front matter
does (the "updated::" date is when the page was published, not a block's "date::"), links
read as their words, a tag too ("Rockets hit #[[Ain al-Asad]]": a tag is a page link), except
the topic labels that close a block ("... no damage #attack"), a date link as a date ("Nov 28,
2026"), a block's properties as a form's fields ("Date: Nov 28, 2026", "Casualties: 4 wounded":
the analyst's own notes), and the outliner's furniture (its machine properties, "Linked
references" tail, export stamp) is left out of the reading.
"""

from __future__ import annotations

import re

from briefdeck.ingest.markdown import inline

# "key:: value", Roam's "**key**:: value" too
_PROPERTY = re.compile(r"^(?:\*\*|__)?([A-Za-z][\w.-]{0,40})(?:\*\*|__)?::(?:\s+(.*))?$")
_BLOCK = re.compile(r"^([ \t]*)(?:[-*]|\d{1,3}\.)[ \t]+")
_INDENT = re.compile(r"^[ \t]*")
# an outliner's signs: a property line or a block reference, seen early in the page
_SIGN = re.compile(r"^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?[A-Za-z][\w-]{0,40}(?:\*\*)?::(?:[ \t]|$)|"
                   r"\(\([0-9a-f-]{8,40}\)\)", re.M)
_MARKER = re.compile(r"^(?:\{\{\[\[(?:TODO|DONE)\]\]\}\}|(?:TODO|DONE|LATER|NOW|DOING|WAITING|"
                     r"WAIT|CANCELED|CANCELLED|IN-PROGRESS)\b)\s*")
_HEADING = re.compile(r"^#{1,6}\s+")
# a block reference, with the "see" or "cf." that pointed to it: nothing is left to see
_BLOCK_REF = re.compile(r"(?:[,;]?\s+(?:see|cf\.?|per)(?=\s*\(\())?\s*\(\([0-9A-Za-z_-]{6,40}\)\)",
                        re.IGNORECASE)
# A finished chore ("DONE pull CENTCOM statement text"): the analyst's to-do list, no news.
# A done task that records a finding (a number, a quote, an arrow to the answer) is kept.
_DONE = re.compile(
    r"^(?:\{\{\[\[DONE\]\]\}\}|DONE|CANCELL?ED)\s+(?:pull|check|ask|call|e-?mail|send|get|find|"
    r"add|update|draft|write|read|review|file|book|share|post|follow up|chase|request|confirm|"
    r"verify|upload|download|save|print|flag|tag|archive|fix|look|ping|message|forward|reconcile)\b"
)
_FINDING = re.compile(r"[\d\"“”→:]|\s(?:-|–|—)\s")
_EMBED = re.compile(r"\{\{[^{}\n]{0,300}\}\}")
_TAG = re.compile(r"(?<![\w#&/])#(?:\[\[([^\]\n]{1,100})\]\]|([A-Za-z][\w/-]{0,60}))")
# the lower-case tags that close a block ("... two landed in open ground #attack"): its labels
_LABELS = re.compile(r"(?:^|\s+)#(?:\[\[[a-z][^\]\n]{0,100}\]\]|[a-z][\w/-]{0,60})"
                     r"(?:\s+#(?:\[\[[^\]\n]{1,100}\]\]|[A-Za-z][\w/-]{0,60}))*\s*$")
_DATE_LINK = re.compile(
    r"\[\[((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?)\s+"
    r"(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})\]\]"
)
_LINK = re.compile(r"\[\[(?:[^\]|\n]{1,200}\|)?([^\]\n]{1,200})\]\]")
_LABELLED_LINK = re.compile(r"\[([^\]\n]{1,200})\]\(\[\[[^\]\n]{1,200}\]\]\)")
_RULE = re.compile(r"^-{3,}$")
_REFERENCES = re.compile(r"^(?:\d+\s+)?(?:Linked|Unlinked)\s+references?\b", re.I)
_EXPORT_STAMP = re.compile(r"^Exported\s+(?:from|by)\s+(?:Logseq|Roam)\b.*?(\d{4}-\d{2}-\d{2})?",
                           re.I)

# page properties kept as hints (the first of each kind wins, in this order of keys)
_PAGE_KEYS = (
    ("title", "headline"),
    ("author", "byline"),
    ("authors", "byline"),
    ("published", "published"),
    ("updated", "published"),
    ("date", "published"),
    ("created", "published"),
    ("source", "outlet"),
    ("url", "url"),
)
# block properties read under a form's usual label; any other is read as "Key: value"
_READ_KEYS = {
    "date": "Date",
    "time": "Time",
    "when": "Date",
    "place": "Location",
    "location": "Location",
    "where": "Location",
    "source": "Source",
    "sources": "Sources",
}
# the outliner's own block properties (its ids, display state, templates, queries, flash
# cards, PDF highlights), and the page's filing ("tags", "type", "alias"): not the analyst's
_MACHINE_KEYS = frozenset("""id collapsed heading background-color template
    template-including-parent public alias tags type icon filters created-at updated-at
    last-modified-at exclude-from-graph-view ls-type hl-type hl-page hl-color hl-stamp
    card-last-interval card-repeats card-ease-factor card-next-schedule card-last-reviewed
    card-last-score""".split())
_MACHINE_PREFIXES = ("query-", "logseq.", "hl-", "card-")


def looks_like_outline(text: str) -> bool:
    """Most of the page's first lines are blocks, and it has an outliner's property or ref."""
    head = text[:4000]
    lines = [line for line in head.split("\n") if line.strip()][:40]
    if len(lines) < 4 or len(_SIGN.findall(head)) < 2:
        return False
    first = _PROPERTY.match(lines[0].strip())
    blocks = sum(1 for line in lines if _BLOCK.match(line))
    return (first is not None and blocks >= 3) or blocks * 3 >= len(lines) * 2


def words(value: str) -> str:
    """A block's text as words: links, dates, tags, refs and markup undone."""
    value = _EMBED.sub("", value)
    value = _BLOCK_REF.sub("", value)
    value = _DATE_LINK.sub(lambda m: f"{m.group(1)[:3]} {m.group(2)}, {m.group(3)}", value)
    value = _LABELLED_LINK.sub(r"\1", value)
    value = _LABELS.sub("", value)
    value = _TAG.sub(lambda m: m.group(1) or m.group(2), value)
    value = _LINK.sub(r"\1", value)
    return re.sub(r"[ \t]{2,}", " ", inline(value)).strip()


def outline_to_text(source: str) -> tuple[str, dict[str, str]]:
    """The outline's reading (one block a line) and its page's hints."""
    hints: dict[str, str] = {}
    lines = source.split("\n")
    at = 0
    while at < len(lines) and not _BLOCK.match(lines[at]):  # the page properties
        prop = _PROPERTY.match(lines[at].strip())
        if prop:
            key, value = prop.group(1).lower(), words(prop.group(2) or "")
            for name, target in _PAGE_KEYS:
                if key == name and value and target not in hints:
                    hints[target] = value
        elif lines[at].strip():
            break
        at += 1
    out: list[str] = []
    skip_deeper = -1  # indent of a "Linked references" block: its children are skipped too
    for raw in lines[at:]:
        if not raw.strip():
            continue
        block = _BLOCK.match(raw)
        depth = len(block.group(1) if block else _INDENT.match(raw).group(0))
        if skip_deeper >= 0:
            if depth > skip_deeper or not block:
                continue
            skip_deeper = -1
        line = raw[block.end():] if block else raw.strip()
        line = line.strip()
        if _REFERENCES.match(line):
            skip_deeper = depth
            continue
        stamp = _EXPORT_STAMP.match(line)
        if stamp:
            if stamp.group(1):
                hints.setdefault("published_fallback", stamp.group(1))
            continue
        if _RULE.match(line):
            continue
        prop = _PROPERTY.match(line)
        if prop:
            key = prop.group(1).lower()
            if key in _MACHINE_KEYS or key.startswith(_MACHINE_PREFIXES):
                continue
            label = _READ_KEYS.get(key) or prop.group(1)[:1].upper() + prop.group(1)[1:]
            value = words(prop.group(2) or "")
            if value:
                out.append(f"{label}: {value}")
            continue
        if _DONE.match(line) and not _FINDING.search(line):
            continue
        line = _MARKER.sub("", line)
        heading = _HEADING.match(line)
        if heading:
            line = line[heading.end():]
            out.append("")  # a heading starts a section, as a markdown heading does
        text = words(line)
        if text:
            # A note's blocks seldom end in a full stop: unstopped, a page of them reads as
            # one hard-wrapped paragraph, each block running on into the next. (A block of
            # names only, "Kuwait / Ali Al Salem Air Base", is a label, not a sentence.)
            if not heading and text[-1].isalnum() and text.count(" ") >= 3 and any(
                    w[0].islower() for w in text.split()):
                text += "."
            out.append(text)
    return "\n".join(out).strip("\n"), hints
