"""A broadcast newsroom script: the production furniture around what the reader says.

A script pasted as a report is a whole style, known by its markers: bracketed production
cues ("[STING]", "[BED UNDER]"), the cue sheet of a recorded piece ("CUE:", "IN:", "OUT:",
"DUR:") and the item slugs ("ITEM 3 - PORT STRIKE"). Where several of them are found, the
script's own furniture is flagged: the cues and slugs, its header and footer lines in
capitals (service, bulletin time, duration, editor, status, script id), the reader's
sign-off, and the filler items a bulletin closes on (weather, sport) under their slugs.
What the reader and the correspondents say stays reporting. Without the markers nothing
here applies: a line in capitals or a "DUR:" in a story is left to the other rules.

A television script has its own cues: camera and tape directions in brackets alone on a line
("(TAKE VO)", "(ANCHOR ON CAM — 2-SHOT TO SINGLE)", "(DANA TRACK)"), "NAT SOUND UP FULL",
a bite's length ("RUNS :09"), on-screen text that is production ("SUPER: FILE VIDEO") and the
rundown line at the top. Name and place supers ("SUPER: JO AMES / SPOKESMAN") stay: they say
who speaks and where the pictures are.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_CUE = re.compile(r"^\[[A-Z][A-Z0-9 '’/&,.-]{1,40}\]$")  # "[STING]", "[END OF BULLETIN]"
# A cue sheet's line labels ("IN:", "OUT WORDS:", "DUR:"), for the extractor too: those lines
# repeat a recorded piece's words to time it.
CUE_LABEL = r"(?:CUE|DUR|TRT|RUNS|(?:IN|OUT)(?:[ \t]*(?:CUE|WORDS|Q))?)"
_CUE_SHEET = re.compile(rf"^{CUE_LABEL}\s*:\s*\S")
_SLUG = re.compile(r"^ITEM \d{1,2}\s*[-–—:]\s*(\S.{0,60})$")
_FILLER_SLUG = re.compile(r"^(?:WEATHER|SPORTS?)$")
# "(READER:) That's World Radio News. I'm ..., The next bulletin is at seven.": the close.
_SIGN_OFF = re.compile(
    r"^(?:\([A-Z][A-Z .'’-]{0,30}:?\)\s*)?(?:that['’]s|that was|this (?:is|has been)|"
    r"you['’]ve been listening to)\b[^.]{2,60}\b(?:news|bulletin|radio|service)\b.*$|"
    r"\bthe next (?:bulletin|news|update) is at\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
_MIN_MARKERS = 3  # marker lines, of at least two kinds


def _marker(text: str) -> str | None:
    if _CUE.match(text):
        return "cue"
    if _CUE_SHEET.match(text):
        return "cue sheet"
    if _SLUG.match(text):
        return "slug"
    return None


def flag_script(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a newsroom script's furniture, when the text is one (see the module's note)."""
    if "[" not in text and "CUE" not in text and "ITEM " not in text:
        return
    kinds = [_marker(ln.text) if ln.words <= 12 else None for ln in lines]
    found = [k for k in kinds if k]
    if len(found) < _MIN_MARKERS or len(set(found)) < 2:
        return
    filler = False  # inside a weather or sport item, down to the next slug or cue
    # the sign-off comes after the last item (or, in a script without slugs, at its end)
    slugs = [i for i, k in enumerate(kinds) if k == "slug"]
    close_from = slugs[-1] + 1 if slugs else len(lines) - 3
    for i, line in enumerate(lines):
        kind = kinds[i]
        if kind:
            if kind == "slug":
                slug = _SLUG.match(line.text)
                filler = bool(slug and _FILLER_SLUG.match(slug.group(1).strip()))
            else:
                filler = False
            flags.setdefault(i, "broadcast script")
        elif filler:
            flags.setdefault(i, "broadcast script")
        elif (
            line.text.isupper() and line.words <= 16 and not _SENTENCE_END.search(line.text)
        ):  # "BULLETIN: 0600 GMT ...", "SCRIPT ID: ...": the script's own labels
            flags.setdefault(i, "broadcast script")
        elif i >= close_from and line.words <= 40 and _SIGN_OFF.search(line.text):
            flags.setdefault(i, "broadcast script")


# "(TAKE VO)", "(ANCHOR TAG — ON CAM)": a direction in capitals, alone on its line
_TV_CUE = re.compile(r"^\([A-Z][^a-z()]{1,70}\)$")
_NAT_SOUND = re.compile(
    r"^(?:NAT(?:URAL)? ?(?:SOUND|SOT|SND)|NATS|SOUND UP|MUSIC UP)\b[^a-z]{0,60}$"
)
_RUNS = re.compile(r"^RUNS\s*:?\s*:?\d[\d:]*$")
_SUPER = re.compile(r"^SUPER\s*:\s*")
# on-screen text that names where pictures came from, not who or where
_PRODUCTION_SUPER = re.compile(r"^SUPER\s*:\s*(?:FILE|ARCHIVE|COURTESY|POOL|HANDOUT|LIVE|"
                               r"EARLIER|SOURCE|RECORDED|TAPED)\b[^a-z]{0,40}$")
_RUNDOWN = re.compile(r"^[^a-z]{0,60}\bRUNDOWN\b[^a-z]{0,30}$")
_TV_MIN_MARKERS = 3  # marker lines, of at least two kinds


def _tv_marker(text: str) -> str | None:
    if _TV_CUE.match(text):
        return "cue"
    if _NAT_SOUND.match(text):
        return "sound"
    if _RUNS.match(text):
        return "runs"
    if _SUPER.match(text):
        return "super"
    return None


def flag_tv_script(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a television script's cues, when the text is one (see the module's note)."""
    if "SUPER" not in text and "(TAKE" not in text and "RUNS" not in text:
        return
    kinds = [_tv_marker(ln.text) if ln.words <= 12 else None for ln in lines]
    found = [k for k in kinds if k]
    if len(found) < _TV_MIN_MARKERS or len(set(found)) < 2:
        return
    for i, line in enumerate(lines):
        kind = kinds[i]
        if kind == "super" and flags.get(i) == "photo caption or credit":
            del flags[i]  # "SUPER: COL. JO AMES / SPOKESMAN": a name on screen, no credit
        if kind in ("cue", "sound", "runs") or (
            kind == "super" and _PRODUCTION_SUPER.match(line.text)
        ) or (i < 3 and line.words <= 12 and _RUNDOWN.match(line.text)):
            flags.setdefault(i, "broadcast script")
