"""Blocks of document furniture told by the heading over them or the line beside them.

"Reminders" over a blotter's standing bullets, "If the alarm sounds" over a notice's shelter
instructions, "Guest services" over what is open today, "Useful numbers" over a list of phone
numbers, "Important disclosures" over a research note's legal text; a line-up or a league
table's heading over a scoreboard line; a translator's note that runs over two lines; a
form's empty numbered boxes; a site's name and tagline over its menu; the country over a
filing's cover. Each block runs only while its lines keep the shape its heading promises,
so reporting after it is left alone.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import BULLETED, SENTENCE_END, ArticleLine
from briefdeck.ingest.rules import I

# What follows such a heading: "- Report lost passes to the desk.", "Do not use the lifts."
_IMPERATIVE = re.compile(
    r"^(?:[-*•·–]\s)?(?:please\s)?(?:go|do not|don['’]t|never|always|take|remain|stay|keep|"
    r"follow|move|leave|lie|close|wait|avoid|use|call|bring|listen|report|check|make sure|"
    r"lock|shelter|head|proceed|switch|turn|if you|if your)\b",
    I,
)
_QUOTED = re.compile(r"[\"“”]|\bsaid\b|\btold\b")
_DIGITS = re.compile(r"\d{3}|\d \d")


def _standing_line(line: ArticleLine) -> bool:
    return bool(BULLETED.match(line.text) or _IMPERATIVE.match(line.text))


def _instruction(line: ArticleLine) -> bool:
    return bool(_IMPERATIVE.match(line.text))


def _service_note(line: ArticleLine) -> bool:
    """'The pool is closed today.': a short note of its own, nobody quoted."""
    return line.words <= 30 and not _QUOTED.search(line.text)


def _number_line(line: ArticleLine) -> bool:
    return line.words <= 25 and bool(_DIGITS.search(line.text)) and not _QUOTED.search(line.text)


def _legal_text(line: ArticleLine) -> bool:
    return line.words <= 90


_HEADINGS = (
    ("reminders", re.compile(r"^(?:safety |standing |security |a few )?reminders?$", I),
     _standing_line),
    ("safety instructions", re.compile(
        r"^(?:(?:if|when) (?:the |an )?(?:alarm|sirens?) (?:sounds?|goes off)|if you hear "
        r"(?:an? |the )?(?:alarms?|sirens?|explosions?)|in (?:the )?(?:event|case) of (?:an? )?"
        r"(?:alarm|attack|air raid|siren|emergency|fire)|what to do in an emergency)$", I),
     _instruction),
    ("guest services", re.compile(r"^(?:(?:hotel|guest|our) services(?: today| update)?|"
                                  r"services today)$", I), _service_note),
    ("contact", re.compile(r"^(?:useful|important|emergency) (?:phone |telephone )?"
                           r"(?:numbers|contacts)$", I), _number_line),
    ("disclosure", re.compile(r"^(?:analyst certifications?|(?:important |regulatory |"
                              r"required )?disclosures|disclosure appendix)$", I), _legal_text),
)
_BLOCK_LINES = 12


def _heading_kind(line: ArticleLine):
    if line.words > 6 or len(line.text) > 60:
        return None
    text = line.text.rstrip(":").strip()
    if SENTENCE_END.search(text):
        return None
    for kind, pattern, member in _HEADINGS:
        if pattern.match(text):
            return kind, member
    return None


def flag_headed_blocks(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A furniture heading and the lines under it that keep the block's shape (lines some
    other rule already took go on the block; the first other line ends it)."""
    for i, line in enumerate(lines):
        found = _heading_kind(line)
        if found is None:
            continue
        kind, member = found
        taken: list[int] = []
        j = i + 1
        while j < len(lines) and j - i <= _BLOCK_LINES and _heading_kind(lines[j]) is None:
            if j not in flags:
                if not member(lines[j]):
                    break
                taken.append(j)
            j += 1
        if j == i + 1:
            continue  # a heading over nothing of its kind: perhaps a story's own
        for k in [i, *taken]:
            flags.setdefault(k, kind)


_SCOREBOARD_HEADING = re.compile(
    r"^(?:line-?ups?|teams|starting (?:line-?ups?|xi)|(?:[\w'’ -]{1,30} )?(?:table|standings)"
    r"(?: \([\w ]{1,20}\))?)$",
    I,
)


def flag_scoreboard_headings(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'LINE-UPS' over 'Rovers: Keeper; Back, Back, ...', 'League table' over '1. Rovers 30
    pts | 2. ...': the heading of a scoreboard line."""
    for i in range(len(lines) - 1):
        if (
            flags.get(i + 1) == "scoreboard"
            and i not in flags
            and lines[i].words <= 6
            and _SCOREBOARD_HEADING.match(lines[i].text)
        ):
            flags[i] = "scoreboard"


_NOTE_OPEN = re.compile(r"^\[(?:translator['’]s note|TN)\s?:", I)


def flag_open_notes(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'[Translator's note: ...' whose bracket closes a line or two further down: the whole
    note is the translator's, not the paper's."""
    for i, line in enumerate(lines):
        if line.text[:1] != "[" or i in flags or "]" in line.text:
            continue
        if not _NOTE_OPEN.match(line.text):
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            if lines[j].text.endswith("]"):
                for k in range(i, j + 1):
                    flags.setdefault(k, "translation notice")
                break
            if "]" in lines[j].text or "[" in lines[j].text:
                break


# "9A. AMENDMENT OF SOLICITATION NO." straight over "9B. DATED": a lettered box left empty.
_BOX_LABEL = re.compile(r"^\d{1,2}[A-Z]\.\s[A-Z][A-Z0-9 /,.()'&-]{2,80}$")
_NEXT_BOX = re.compile(r"^\d{1,2}[A-Z]?\.\s[A-Z]{2}")


def flag_empty_boxes(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A form's lettered box with no entry: its label runs straight into the next box's."""
    for i in range(len(lines) - 1):
        if (
            lines[i].text[:1].isdigit()
            and i not in flags
            and _BOX_LABEL.match(lines[i].text)
            and _NEXT_BOX.match(lines[i + 1].text)
        ):
            flags[i] = "form furniture"


# "THE LEDGER | Harbour news in English" over the site's menu.
_NAME_AND_TAGLINE = re.compile(r"^[A-Z][A-Z&'’.-]{1,20}(?: [A-Z&'’.-]{1,20}){0,3} \| "
                               r"[A-Z][a-z][^|.!?\d]{4,60}$")


def flag_site_tagline(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The site's name and tagline on the page's first line, over its menu."""
    if (
        len(lines) > 1
        and 0 not in flags
        and flags.get(1) == "navigation"
        and _NAME_AND_TAGLINE.match(lines[0].text)
    ):
        flags[0] = "masthead"


# A filing's cover, whose lines each take a rule of their own. (A committee report's cover
# is left to rules_notices: the committee's name there is who wrote the report.)
_COVER_KINDS = {"filing cover"}
_COVER_TOP = 12


def flag_cover_gaps(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'UNITED STATES' over a filing's 'SECURITIES AND EXCHANGE COMMISSION', a short line
    between two lines of its cover: one more line of the cover."""
    for i in range(min(_COVER_TOP, len(lines) - 1)):
        line = lines[i]
        if i in flags or line.words > 12 or SENTENCE_END.search(line.text) or '"' in line.text:
            continue
        after = flags.get(i + 1)
        if after not in _COVER_KINDS:
            continue
        if (i > 0 and flags.get(i - 1) == after) or (
            i == 0 and line.words <= 3 and line.text.isupper()
        ):
            flags[i] = after


def flag_document_blocks(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """All of the above, in order."""
    flag_headed_blocks(lines, flags)
    if "scoreboard" in flags.values():
        flag_scoreboard_headings(lines, flags)
    flag_open_notes(lines, flags)
    flag_empty_boxes(lines, flags)
    flag_site_tagline(lines, flags)
    flag_cover_gaps(lines, flags)
