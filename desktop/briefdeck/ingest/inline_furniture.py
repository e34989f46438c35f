"""Furniture that shares its line with the story: only the furniture's words are flagged.

A page's text does not always keep furniture on a line of its own. A statement ends its last
paragraph with its closing formula ("Mercy to the martyrs and a speedy recovery to the
wounded."); a printed story ends with "- Courier wire services contributed."; a video page
runs the channel's name, its subscriber count and the Subscribe button together; a verbatim
record's front page runs its roll of members into the standard note on corrections. The roll
is the record's attendance, not places in the news; the note is the same on every record. A
newsroom draft's "[TK: ...]" placeholders sit inside its paragraphs, and a wiki heading ends
in its "[edit]" link.
A letter's pointer to the rest of its signatories is flagged here, last, too: flagged in the
rule table it would end the letter's prose early and the signatures under it would read as a
list of other stories.
"""

from __future__ import annotations

import re

from briefdeck.ingest import survey_notes
from briefdeck.ingest.line_kinds import ArticleLine

# A closing formula as the paragraph's last sentence, in English or Arabic.
_CLOSING = re.compile(
    r"(?:(?<=[.!?])\s+|^)((?:(?:eternal )?(?:mercy|glory|paradise) (?:to|for|upon|on) (?:the|our)"
    r" (?:righteous |heroic )?martyrs(?:,? and (?:a )?(?:speedy|swift|quick) recovery (?:to|for)"
    r" (?:the|our) wounded)?|(?:الرحمة|المجد والخلود) (?:لل|ل)شهداء[^.!؟]{0,60})[.!]?)\s*$",
    re.I,
)
# "- Courier wire services contributed.", "— Staff and wire reports contributed."
_CONTRIBUTED = re.compile(
    r"(?<=[.!?\"”’])\s+([-—–]\s*(?:[A-Z][\w&'’.-]*\s+){0,3}(?:wire services|news services|"
    r"wire reports|staff writers?|staff and wire reports)\s+contributed(?: to this (?:report|"
    r"story))?\.)\s*$"
)
# "Data: UKMTO, Ambrey. Download the data (CSV).": a data page's download link closing its line
_DOWNLOAD = re.compile(
    r"(?<=[.!?])\s+(Download (?:the |our |all )?(?:full |raw )?(?:data(?:set)?|spreadsheet|table|"
    r"figures|database)(?: \((?:CSV|XLSX?|JSON|PDF)\)| as (?:CSV|XLSX?|JSON))?\.?)\s*$",
    re.I,
)
# "Additional signatories (212 in all) are listed at example.org/letter."
_MORE_SIGNATORIES = re.compile(
    r"^(?:additional|further|more|other|the full list of) signator(?:y|ies)\b.{0,80}$", re.I
)
# "412K subscribers" inside a short line of a video page's chrome (a page whose player or
# channel furniture was flagged: "lost 970,000 subscribers" in a story is news).
_SUBSCRIBERS = re.compile(r"\b\d{1,3}(?:[.,]\d{1,3})?\s?[KMB]?\s+subscribers\b")
_VIDEO_KINDS = frozenset({"video page", "audio player", "podcast furniture"})
# a letter's own parts: "Other signatories include Russia and China" in a story is news
_LETTER_KINDS = frozenset({"letterhead", "letter furniture", "letters policy"})
# "(Quran 2:193)" closing a news paragraph that quotes a verse: the citation, not the claim
_VERSE_CITATION = re.compile(
    r"\s*\((?:the )?(?:holy )?(?:qur['’]?an|koran)\b[^()]{0,60}\b(?:verse|ayah|ayat|\d{1,3})\)"
    r"(?=\.?\s*$)", re.I
)
# The verbatim record's note on corrections, from its first sentence to its last.
_RECORD_NOTE = re.compile(
    r"This record contains the text of speeches\b.*?(?:Official Document System of the United"
    r" Nations[^.()]*(?:\([^)]*\))?\.|Official Records of the [A-Z][\w ]+\.(?!\s*Corrections))",
    re.S,
)
# "Members: Bahrain, China, ..., United States of America": the roll before the note.
_ROLL = re.compile(
    r"^Members:\s*(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|d['’]Ivoire))*,?\s*)+"
)


# "... Fort Sill, USA. The views expressed are the authors' own and do not reflect those of
# the Department of the Army.": an authors' views disclaimer closing an affiliation or bio
# line, from its first word to its sentence's end (a full stop after no capital: "U.S." is
# no end). The names and places before it are the byline's; the disclaimer is furniture.
_OWN_VIEWS = re.compile(
    r"(?:(?<=^)|(?<=[.!?;] ))((?:the )?(?:views|opinions|conclusions)(?: and (?:opinions|"
    r"conclusions))? expressed(?: (?:here(?:in)?|in (?:this|these) [\w-]+))? (?:are|is) "
    r"(?:solely |entirely )?(?:those of the (?:authors?|writers?|presenters?)\b|(?:the )?"
    r"(?:authors?|writers?|presenters?)['’]s? own\b)[^\n]{0,240}?(?-i:(?<![A-Z]))\.)(?=\s|$)",
    re.I,
)
# "... arrivals were diverted. (updated Mar 2031)", "(Information last updated 4 Mar 2031)":
# a travel guide's or a listing's stamp closing its entry; "No description defined" in a
# knowledge base's table of labels. The entry is the story; the stamp and the blank are not.
_ENTRY_STAMP = re.compile(
    r"(?:(?<=[.!?)])\s+|^)(\((?:information |info |page |listing |price |prices )?(?:last )?"
    r"(?:updated|checked|verified|revised)(?: on| in)? (?:\d{1,2} )?[A-Z][a-z]{2,8}\.? "
    r"(?:\d{1,2},? )?\d{4}\))\.?\s*$", re.I
)
_NO_DESCRIPTION = re.compile(r"(?<=\| )No (?:description|label|aliases) defined(?= \|)")
# "[TK: confirm the toll]", "[EDS: statement due at 1500 ET]": a newsroom draft's placeholders
# and notes to editors, in capitals inside brackets, often mid-paragraph; the sentence round
# them is the story, the bracket is not (its words would read as a quote or a fact).
_DRAFT_NOTE = re.compile(
    r"\[(?:TK(?:TK)?|EDS?(?: NOTE)?|EDITORS?(?: NOTE)?|NOTE TO (?:EDS|EDITORS|DESK)|ATTN|CQ)"
    r"\s*:[^\[\]\n]{0,300}\]"
)
_DRAFT_MARKS = ("[TK", "[ED", "[NOTE TO", "[ATTN", "[CQ")
# "Background[edit]": a wiki section heading's edit link (the heading itself is the story's)
_EDIT_LINK = "[edit]"


def flag_inline_furniture(text: str, lines: list[ArticleLine], flags: dict[int, str]):
    """(start, end, kind) of furniture inside lines that also hold the story."""
    out: list[tuple[int, int, str]] = []
    martyrs = "artyrs" in text or "شهداء" in text
    contributed = "contributed" in text
    kinds = set(flags.values())
    subscribers = "subscribers" in text and not kinds.isdisjoint(_VIDEO_KINDS)
    record = "This record contains the text of speeches" in text
    signatories = "ignatories" in text and (
        "Dear " in text or not kinds.isdisjoint(_LETTER_KINDS))
    download = "ownload" in text
    verses = "qur" in text or "Qur" in text or "oran" in text
    drafts = any(mark in text for mark in _DRAFT_MARKS)
    wiki = _EDIT_LINK in text
    own_views = "xpressed" in text
    stamped = "pdated" in text or "hecked" in text
    undescribed = " defined |" in text
    for i, line in enumerate(lines):
        t = line.text
        if undescribed and t.startswith("|"):  # (a table row is kept as data, later)
            for m in _NO_DESCRIPTION.finditer(t):
                out.append((line.start + m.start(), line.start + m.end(), "page chrome"))
        if i in flags:
            continue
        if drafts and "[" in t:
            for m in _DRAFT_NOTE.finditer(t):
                out.append((line.start + m.start(), line.start + m.end(), "draft note"))
        if wiki and line.words <= 12 and t.endswith(_EDIT_LINK):
            out.append((line.end - len(_EDIT_LINK), line.end, "wiki edit link"))
        if martyrs:
            m = _CLOSING.search(t)
            if m and m.start(1) > 0:  # alone on its line, the rule table takes it
                out.append((line.start + m.start(1), line.start + m.end(1), "religious formula"))
        if contributed and t.endswith("contributed."):
            m = _CONTRIBUTED.search(t)
            if m:
                out.append((line.start + m.start(1), line.start + m.end(1), "story credits"))
        if download and line.words <= 40:
            m = _DOWNLOAD.search(t)
            if m:
                out.append((line.start + m.start(1), line.start + m.end(1), "link"))
        if subscribers and line.words <= 12:
            m = _SUBSCRIBERS.search(t)
            if m:
                out.append((line.start + m.start(), line.start + m.end(), "video page"))
        if signatories and line.words <= 30 and _MORE_SIGNATORIES.match(t):
            out.append((line.start, line.end, "letter furniture"))
        if verses and t.endswith((")", ").")):
            m = _VERSE_CITATION.search(t)
            if m and m.start() > 0:  # alone on its line, the rule table takes it
                out.append((line.start + m.start(), line.start + m.end(), "religious formula"))
        if own_views and line.words <= 120 and "xpressed" in t:
            m = _OWN_VIEWS.search(t)
            if m:
                out.append((line.start + m.start(1), line.start + m.end(1), "disclaimer"))
        if stamped and t.endswith(")") and line.words <= 200:
            m = _ENTRY_STAMP.search(t, max(0, len(t) - 60))  # (the line's end only)
            if m:
                out.append((line.start + m.start(1), line.start + m.end(1), "update note"))
        if record:
            m = _RECORD_NOTE.search(t)
            if m:
                out.append((line.start + m.start(), line.start + m.end(), "record note"))
                roll = _ROLL.match(t)
                if roll and roll.end() >= m.start():
                    out.append((line.start, line.start + m.start(), "roll of members"))
    if survey_notes.is_poll_release(text):  # "Figures may not add to 100% because of rounding."
        out += [(a, b, "poll notes") for a, b in survey_notes.note_spans(lines, flags)]
    return out
