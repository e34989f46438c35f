"""A film's page or press kit: the film's promotion around its synopsis.

A documentary's press kit carries, around its logline, synopsis and director's statement,
the lines that sell the film: its tagline under the title, festival laurels ("OFFICIAL
SELECTION | X Festival 2026"), the screenings list (date | venue | Q&A guest), the broadcast
premiere, praise blurbs (a quotation attributed to an outlet after a dash), the credits
("Directed by ...", "Editor: ...", "Original music: ...") and the producers' note on who
helped make it. None is reporting: a blurb is no one's quote about the events, a screening's
venue is no place of them, a premiere no event. The page is known by two or more of these
kinds of line; only then are the lines flagged.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_KIND = "film promotion"
_NAME = r"[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|al-\w+|de|van|von|bin)){0,3}"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|and)\s*{_NAME}){{0,4}}"
# "Directed by Jo Ames", "Cinematography: Li Wei", "Original music: Sam Oduya": one credit.
_CREDIT = re.compile(
    r"^(?i:(?:directed|written|produced|edited|narrated|shot|scored|co-produced|executive "
    r"produced|written and directed|directed and produced) by|(?:director|writer|producers?|"
    r"executive producers?|co-producers?|cinematography|director of photography|camera|"
    r"editor|editing|film editor|(?:original )?music|(?:original )?score|composer|sound|"
    r"sound design|narrator|animation|archival producer)\s*:)\s*"
    rf"{_NAMES}\.?$"
)
# "OFFICIAL SELECTION | Tidewater Documentary Festival 2026", "WINNER | Audience Award |
# Front Range Film Festival 2026": a festival laurel.
_LAUREL = re.compile(
    r"^(?:official selection|winner|nominee|world premiere|special mention|best [\w ]{2,30}|"
    r"[\w ]{2,30} award)\s*[|·•:–-]\s*[^.!?]{0,100}\b(?:festival|film fest|filmfest|docfest|"
    r"awards)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)
# "Broadcast premiere: spring 2027 on public television.", "World premiere: ..."
_PREMIERE = re.compile(
    r"^(?:broadcast|television|tv|streaming|theatrical|world|international|north american|"
    r"u\.s\.|european|festival) (?:premiere|release|debut)\s*:\s*[^\"“”]{0,120}$",
    re.IGNORECASE,
)
# '"Patient and frightening." -- The Reel Ledger': a blurb, its outlet after a dash.
_BLURB = re.compile(r"^[\"“][^\"“”]{3,240}[\"”]\s*(?:--|—|–|―)\s*[A-Z][\w.&'’ -]{1,50}$")
# "Produced in association with X.", "Filmed with the cooperation of ...": the makers' note.
_MAKERS_NOTE = re.compile(
    r"^(?:(?:produced|made|developed|co-produced) (?:in association|in partnership|with "
    r"(?:the )?support) (?:with|of|from)\b|filmed with the (?:cooperation|assistance|support|"
    r"permission) of\b)",
    re.IGNORECASE,
)
# "Dec. 12, 2026, 2:00 p.m. | Cinema, El Paso | Q&A with ...": a screening's listing line.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_LISTING = re.compile(
    rf"^(?:[-•*]\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:{_MONTH} \d{{1,2}}|"
    rf"\d{{1,2}} {_MONTH})(?:,? \d{{4}})?(?:,? \d{{1,2}}(?::\d{{2}})? ?[ap]\.?m\.?)?"
    r"\s*\|\s*[^|]{2,80}(?:\|[^|]{2,80}){0,3}$",
    re.IGNORECASE,
)
_SCREENINGS = re.compile(
    r"^(?:upcoming )?(?:screenings|screening dates|where to watch|"
    r"festival screenings|tour dates)\s*:?$",
    re.IGNORECASE,
)
# "Logline", "Synopsis", "Director's Statement", "Credits", "Press contact": the kit's heads.
_KIT_HEADS = frozenset(
    (
        "logline",
        "synopsis",
        "director's statement",
        "director’s statement",
        "credits",
        "screenings",
        "press kit",
        "praise",
        "festivals",
    )
)
_TAGLINE_WORDS = 12
_MIN_SIGNS = 2


def _sign(line: ArticleLine) -> bool:
    text = line.text
    lower = text.lower()
    return (
        lower.rstrip(":") in _KIT_HEADS
        or ("festival" in lower and bool(_LAUREL.match(text)))
        or (("by" in lower or ":" in text) and bool(_CREDIT.match(text)))
    )


def is_film_page(lines: list[ArticleLine]) -> bool:
    """A film's page: two or more of its kit's headings, laurels and credit lines."""
    signs = 0
    for line in lines:
        if line.words <= 16 and _sign(line):
            signs += 1
            if signs >= _MIN_SIGNS:
                return True
    return False


def _promotion(line: ArticleLine, in_screenings: bool) -> bool:
    text, lower = line.text, line.text.lower()
    if line.words > 40:
        return False
    if "festival" in lower or "award" in lower:
        if _LAUREL.match(text):
            return True
    if ("by" in lower or ":" in text) and line.words <= 14 and _CREDIT.match(text):
        return True
    if "premiere" in lower or "release" in lower or "debut" in lower:
        if _PREMIERE.match(text):
            return True
    if text[:1] in '"“' and _BLURB.match(text):
        return True
    if _MAKERS_NOTE.match(text):
        return True
    return in_screenings and "|" in text and bool(_LISTING.match(text))


def flag_film_page(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a film page's promotion lines, and its tagline: the short line under the title
    that is no sentence of the story, where laurels or credits follow it."""
    if "irected by" not in text and "estival" not in text and "ynopsis" not in text:
        return
    if not is_film_page(lines):
        return
    in_screenings = False
    for i, line in enumerate(lines):
        if _SCREENINGS.match(line.text):
            in_screenings = True
            continue
        if in_screenings and "|" not in line.text:
            in_screenings = False
        if i not in flags and _promotion(line, in_screenings):
            flags[i] = _KIND
    # the tagline: the second line, short, over laurels or a meta line already flagged
    if len(lines) > 2 and 1 not in flags and lines[1].words <= _TAGLINE_WORDS:
        below = flags.get(2)
        if below is not None and lines[0].words <= _TAGLINE_WORDS and "|" not in lines[1].text:
            flags[1] = _KIND
