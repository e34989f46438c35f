"""A presentation exported as its notes pages: each slide's text and the presenter's notes.

A slide program's "Notes Pages" export, saved as text, gives every slide the same record:
its counter ("Slide 3 of 12"), "Title:", "Slide text:" with the slide's terse bullets, the
deck's "Footer:" and "Speaker notes:", what the presenter says over the slide. The title,
the bullets and the notes are the report; the counter, the footer and the labels are the
export's bookkeeping. Inside the notes, cues to the presenter ("[click]", "[pause for
poll]") are no words of the report, and neither is the session's housekeeping ("Welcome.
We're recording.", "Thank the audience."). A bullet that only holds a picture's placeholder
("[Map: ...]") stands for a picture; one that announces the next session is a promotion.

The slide text reaches the extractor as it is, a bullet a line: `slide_text_spans` gives
where each slide's text lies, so that sourcing can read "- IDF: 2 wounded (Sat)" as a slide's
note, not a spokesperson's statement: a bullet is the slide's shorthand of what the notes tell
with their source, and the "Speaker notes:" label heads the presenter's own words, no one's
speech.

The extractor reads the same records through this module too: `slide_text_blocks` (each
"Slide text:" block, its label included), `is_notes_label` (a "Speaker notes:" line),
`slide_records` (each slide from its counter, and where its notes open) and `bullet_lines`.
Their rules are the ones the extractor was tuned with and differ from the flagging's (a
counter spelt "Slide 3 of 12" at the line's start, the labels as the export spells them, no
count of counters for the text blocks); they are kept apart so the drafted facts stay.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefdeck.ingest.line_kinds import ArticleLine

# "Slide 3 of 12", "Slide 3/12": the export's counter over each slide's record.
_COUNTER = re.compile(r"^slide\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}$", re.IGNORECASE)
# The record's labels, alone on their line or opening it ("Title: Bottom line").
_LABEL = re.compile(
    r"^(?:title|slide title|slide text|text|speaker notes|presenter notes|"
    r"notes|footer)\s*:",
    re.IGNORECASE,
)
_NOTES_LABEL = re.compile(r"^(?:speaker|presenter)?\s*notes\s*:", re.IGNORECASE)
_TEXT_LABEL = re.compile(r"^(?:slide\s+)?text\s*:", re.IGNORECASE)
_FOOTER_LABEL = re.compile(r"^footer\s*:", re.IGNORECASE)
# "[click]", "[pause]", "[pause for poll]", "[next slide]": a cue to the presenter.
_CUE = re.compile(
    r"\[(?:click|pause|next slide|advance|build|animation|transition|"
    r"poll|demo|video|beat)\b[^\]\n]{0,30}\]",
    re.IGNORECASE,
)
# "[Map: ...]", "[Image]", "[Chart: strikes by week]": a picture's placeholder on the slide.
_PLACEHOLDER = re.compile(
    r"^(?:[-*•·–]\s+)?\[(?:map|image|picture|photo|chart|graph|graphic|"
    r"figure|diagram|logo|video|screenshot|table)\b[^\]\n]{0,200}\]$",
    re.IGNORECASE,
)
# "(skip unless asked)": a stage direction on a line of its own.
_DIRECTION = re.compile(r"^[(\[][^()\[\]\n]{1,60}[)\]]$")
# "- Next webinar: Thursday 10 December, 14:00 GMT": the next session's announcement.
_NEXT_SESSION = re.compile(
    r"^(?:[-*•·–]\s+)?next\s+(?:webinar|session|briefing|call|"
    r"episode|meeting|update|event)\s*:",
    re.IGNORECASE,
)
# "End of Notes Pages export": the export's closing line.
_EXPORT_END = re.compile(
    r"^[-=*\s]*end of (?:the )?(?:notes pages?|slides?|presentation|"
    r"deck)?\s*export\b",
    re.IGNORECASE,
)
# The session's housekeeping, as the presenter says it: no words of the report.
_HOUSEKEEPING = re.compile(
    r"\b(?:welcome|we['’]re recording|recording (?:goes|will go|is)|"
    r"q ?& ?a|questions? (?:in|to) the|thank (?:the audience|you all|"
    r"everyone)|thanks for joining|slides will be|on mute|the chat box)\b",
    re.IGNORECASE,
)
_HOUSEKEEPING_WORDS = 20
_MIN_COUNTERS = 2


def is_notes_export(text: str) -> bool:
    """Whether text is a deck's notes pages: slide counters and a notes label."""
    if "lide " not in text or "otes" not in text:
        return False
    return _records(text) is not None


@lru_cache(maxsize=8)
def _records(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]] | None:
    """(the start of each slide's counter line, the [start, end) of each slide's text block),
    or None when the text holds too few counters or no notes label to be a notes export."""
    counters: list[int] = []
    blocks: list[tuple[int, int]] = []
    notes = False
    block_start = -1
    pos = 0
    for raw in text.split("\n"):
        line = raw.strip()
        end = pos + len(raw)
        if line[:5].lower() == "slide" and len(line) <= 16 and _COUNTER.match(line):
            counters.append(pos)
        if block_start >= 0 and (not line or _LABEL.match(line) or _COUNTER.match(line)):
            blocks.append((block_start, pos))  # a blank line or the next label ends it
            block_start = -1
        if line and _TEXT_LABEL.match(line):
            block_start = end + 1
        elif line and _NOTES_LABEL.match(line):
            notes = True
        pos = end + 1
    if block_start >= 0:
        blocks.append((block_start, len(text)))
    if len(counters) < _MIN_COUNTERS or not notes:
        return None
    return tuple(counters), tuple((s, e) for s, e in blocks if e > s)


def slide_text_spans(text: str) -> tuple[tuple[int, int], ...]:
    """[start, end) of each slide's text (its bullets) in a notes export; () otherwise."""
    if "lide " not in text or "otes" not in text:
        return ()
    found = _records(text)
    return found[1] if found else ()


def on_slide_text(text: str, pos: int) -> bool:
    """Whether the words at pos are a slide's text (a terse bullet), not the spoken notes."""
    spans = slide_text_spans(text)
    k = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def flag_notes_pages(
    text: str, lines: list[ArticleLine], flags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Flag a notes export's bookkeeping; returns the spans inside kept lines to flag (a
    label opening a title line, a cue inside the notes)."""
    if not is_notes_export(text):
        return []
    extra: list[tuple[int, int, str]] = []
    in_notes = False
    for i, line in enumerate(lines):
        t = line.text
        if _COUNTER.match(t) and len(t) <= 16:
            flags[i] = "slide counter"
            in_notes = False
            continue
        label = _LABEL.match(t)
        if label:
            in_notes = bool(_NOTES_LABEL.match(t))
            if _FOOTER_LABEL.match(t):
                flags[i] = "slide footer"
            elif label.end() >= len(t.rstrip()):
                flags[i] = "slide label"
            else:  # "Title: Bottom line": the label only
                extra.append((line.start, line.start + label.end(), "slide label"))
            continue
        if i in flags:
            continue
        if _EXPORT_END.match(t):
            flags[i] = "export end line"
        elif _PLACEHOLDER.match(t):
            flags[i] = "picture placeholder"
        elif _NEXT_SESSION.match(t):
            flags[i] = "next session"
        elif in_notes and _DIRECTION.match(t):
            flags[i] = "presenter cue"
        elif in_notes and _housekeeping(t):
            flags[i] = "presenter's housekeeping"
        elif in_notes and "[" in t:
            extra += [
                (line.start + m.start(), line.start + m.end(), "presenter cue")
                for m in _CUE.finditer(t)
            ]
    return extra


def _housekeeping(line: str) -> bool:
    """A short note about the session itself, with no figure in it."""
    words = line.split()
    return (
        len(words) <= _HOUSEKEEPING_WORDS
        and not any(c.isdigit() for c in line)
        and _HOUSEKEEPING.search(line) is not None
    )


# --- The records as the extractor reads them (see the module's doc). ---

# The label heading a slide's notes, on a line of its own ("Speaker's notes:" too).
_NOTES_LINE = re.compile(r"[ \t]*(?:(?:Speaker|Presenter)(?:['’]s)?[ \t]+)?[Nn]otes[ \t]*:[ \t]*$")
# The line that closes a slide's bullets: its notes, its footer, the next slide or a blank line.
_BLOCK_END = re.compile(
    r"\n(?:[ \t]*\n|(?:(?:Speaker|Presenter)(?:['’]s)?[ \t]+)?"
    r"[Nn]otes[ \t]*:|Footer[ \t]*:|Slide[ \t]+\d)"
)
# "Slide 3 of 12" opening its line: a slide's record starts.
_SLIDE_HEAD = re.compile(r"^Slide[ \t]++\d{1,3}[ \t]++of[ \t]++\d{1,3}[ \t]*+$", re.M)
# "- ", "• ", "* ": a bullet opening its line.
_BULLET = re.compile(r"^[ \t]*+[-\u2022*][ \t]++(?=\S)", re.M)


def is_notes_label(text: str, start: int, end: int) -> bool:
    """The line text[start:end] is a slide's "Speaker notes:" label and nothing else."""
    return "otes" in text[start:end] and _NOTES_LINE.fullmatch(text, start, end) is not None


@lru_cache(maxsize=8)
def slide_text_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each "Slide text:" block, its label included, up to the slide's notes,
    footer, next slide or a blank line; () when the text has no notes label."""
    if "Slide text:" not in text or "otes:" not in text:
        return ()
    out = []
    at = text.find("Slide text:")
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            m = _BLOCK_END.search(text, at)
            end = m.start() if m else len(text)
            out.append((at, end))
            at = text.find("Slide text:", end)
        else:
            at = text.find("Slide text:", at + 11)
    return tuple(out)


def in_slide_text_block(text: str, at: int) -> bool:
    """The offset `at` lies in a "Slide text:" block."""
    return any(s <= at < e for s, e in slide_text_blocks(text))


def slide_records(text: str) -> list[tuple[int, int, int]]:
    """(start, end, where the notes start) of each slide from its "Slide N of M" counter;
    none unless two slides or more. With no "Speaker notes:" label, the notes open after the
    slide's last bullet."""
    heads = [m.start() for m in _SLIDE_HEAD.finditer(text)]
    if len(heads) < 2:
        return []
    out = []
    for n, start in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(text)
        notes = text.find("Speaker notes:", start, end)
        if notes < 0:
            last = [m.start() for m in _BULLET.finditer(text, start, end)]
            notes = end if not last else text.find("\n", last[-1], end)
            notes = end if notes < 0 else notes
        out.append((start, end, notes))
    return out


def bullet_lines(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """(start, end) of each bullet's words (its mark left out) in text[start:stop]."""
    out = []
    for m in _BULLET.finditer(text, start, stop):
        end = text.find("\n", m.end(), stop)
        out.append((m.end(), stop if end < 0 else end))
    return out
