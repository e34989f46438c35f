"""Blocks of furniture found by shape and neighbours, not by one line's words: a
translation agency's job sheet, an e-mail's event promotion, a mailer's postal address
without a street number, and an office's name spelled out over its own report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefdeck.ingest.layout import Line

_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# "Job No.<tab>TLS-0392", "Translator: H.A.S.": a label of four words at most, then its value.
_LABELLED = re.compile(r"^([A-Z][\w.'’ /-]{1,30}?)(?:\t+|\s*:\s+)(\S.{0,80})$")
# Labels only a translation job sheet carries; a run needs two of them.
_JOB_LABEL = re.compile(
    r"^(?:job|order|project|assignment)(?: no\.?| number| ref\.?| id)?$|^client(?: ref\.?| "
    r"reference)?$|^(?:language pair|languages?|source language|target language|translator|"
    r"translated by|reviewer|reviewed by|proofreader|proofread by|editor|delivered|"
    r"delivery date|(?:source |target )?word count|source type|source)$",
    re.IGNORECASE,
)
_TRANSLATION_ONLY = re.compile(r"language|translat|review|proofread|word count", re.IGNORECASE)


def flag_job_sheet(lines: Sequence[Line], flags: dict[int, str], first_prose: int) -> None:
    """A run of 'Label<tab>value' lines above the story naming the translator, the language
    pair or the word count: the agency's job sheet, not the text it translated."""
    i = 0
    while i < min(first_prose + 1, len(lines)):
        j = i
        labels: list[str] = []
        while j < len(lines) and (m := _LABELLED.match(lines[j].text)) and lines[j].words <= 16:
            labels.append(m.group(1).strip().rstrip("."))
            j += 1
        known = [lab for lab in labels if _JOB_LABEL.match(lab)]
        if j - i >= 3 and len(known) >= 2 and any(_TRANSLATION_ONLY.search(k) for k in known):
            for k in range(i, j):
                flags.setdefault(k, "translation notice")
        i = max(j, i + 1)


# "Tuesday, December 15, 2026, 3:00 pm": the date an event is held, opening its line.
_EVENT_DATE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{0,2}"
)


def flag_event_promotions(lines: Sequence[Line], flags: dict[int, str]) -> None:
    """Under an 'Upcoming events' heading: the event's title, its date line and the lines
    naming who speaks, up to the next flagged line or the first line of reporting."""
    for i in [i for i, rule in flags.items() if rule == "event promotion"]:
        for j in range(i + 1, min(i + 8, len(lines))):
            line = lines[j]
            if j in flags:
                break
            title = line.words <= 12 and not _SENTENCE_END.search(line.text)
            if not (title or (line.words <= 40 and _EVENT_DATE.match(line.text))):
                break
            flags[j] = "event promotion"


# "Harbour Institute, Level 4, North Tower, Dockside, Portland": parts between commas, each
# a name or a number, none a clause.
_ADDRESS_PART = re.compile(r"^(?:[A-Z0-9][\w.'’&-]*)(?: (?:[A-Z0-9][\w.'’&-]*|of|the|and|de))*$")
_MAILER = {"newsletter", "copyright", "unsubscribe", "subscribe", "postal address"}


def flag_mailer_address(lines: Sequence[Line], flags: dict[int, str]) -> None:
    """Beside a mailer's footer (why you got it, unsubscribe, copyright): the sender's
    postal address set as comma-separated names without a street number."""
    for i, line in enumerate(lines):
        if i in flags or line.words > 25 or "," not in line.text:
            continue
        near = (flags.get(i - 1), flags.get(i + 1))
        if not any(r in _MAILER for r in near):
            continue
        parts = [p.strip() for p in line.text.rstrip(".").split(",")]
        if len(parts) >= 4 and all(
            p and len(p.split()) <= 5 and _ADDRESS_PART.match(p) for p in parts
        ):
            flags[i] = "postal address"


_INSTITUTION = re.compile(
    r"^(?:[A-Z][\w'’-]*|of|the|and|for|on) (?:(?:[A-Z][\w'’-]*|of|the|and|for|on) ){1,6}"
    r"(?:Office|Agency|Department|Ministry|Commission|Committee|Service|Bureau|"
    r"Administration|Authority|Council|Court|Institute|Centre|Center|Command|Board|Tribunal)$"
)


def flag_spelled_issuer(lines: Sequence[Line], flags: dict[int, str], first_prose: int,
                        text: str) -> None:
    """'United States Government Accountability Office' above the story of a report that
    calls itself 'GAO': the issuer's name on its cover, not a headline."""
    for i in range(min(first_prose, len(lines))):
        line = lines[i]
        if i in flags or not 3 <= line.words <= 8 or not _INSTITUTION.match(line.text):
            continue
        initials = "".join(w[0] for w in line.text.split() if w[0].isupper())
        for k in range(3, len(initials) + 1):
            if re.search(rf"\b{initials[-k:]}\b", text):
                flags[i] = "letterhead"
                break
