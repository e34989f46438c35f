"""Logs that drop their full stops: an app's alert history, a pasted ticker, a duty log.

Where most long lines end with no full stop, an unclosed line is no headline (a headline
repeats a story's sourcing and is skipped): it is the log's item and carries its own source.
Such a log sets the source as a label at the head of the line ("IDF: about 20 launches were
identified", "Magen David Adom: paramedics are treating ...", "Kiryat Shmona mayor Jane Roe:
\"Stay near shelters\""): a body so labelled is its spokesperson, an office holder named with
the title before the name a named official.
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Document
from briefdeck.extract.sourcing_item_labels import label_at, line_spans

_LONG = 10  # words: a line this long is a sentence, not a heading
_ENDS = (".", "!", "?", '"', "”", ")", "]", ":", ";")

# "Kiryat Shmona mayor Jane Roe:", "Army spokesman Col. John Doe:": where and whose office
# (capitalised), the title in lower case, the name (capitalised) and the colon.
_TITLED_LABEL = re.compile(
    r"(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:(?:military|army|defen[cs]e|foreign|deputy|chief|senior|"
    r"regional|district|local|council)[ \t]+)?(?:mayor|governor|spokes(?:man|woman|person)|"
    r"minister|commander|chief|president|head|ambassador|envoy|chairman|director)[ \t]+"
    r"(?:(?:Col|Gen|Brig|Maj|Lt|Capt|Dr|Rear Adm|Adm)\.?[ \t]+)?"
    r"[A-Z][\w'’-]+(?:[ \t]+(?:al-|bin[ \t]+|ibn[ \t]+)?[A-Z][\w'’-]+){1,3}(?=:[ \t]+\S)")


# A log's own header and sign-off lines label fields, not sources: "REVIEWED: CPT X, BATTLE
# CAPTAIN" (a sign-off in the past participle), "LOG PERIOD: 211800C NOV 26 - ..." (a date-time
# group), "RTO: SPC D. ORTEGA" (the log's own staff, a ranked name), "NCS: X | PRI: Y | ALT: Z"
# (a line of several labelled fields).
_SIGN_OFF = re.compile(r"[A-Z]{3,}ED(?=:)|[A-Z][a-z]{2,}ed[ \t]+by(?=:)")
_TIME_VALUE = re.compile(r":[ \t]+\d{4,6}[A-Z]?\b|"
                         r":[ \t]+\d{1,2}[ \t]+[A-Z][a-z]{2}[a-z]*[ \t]+\d{4}\b")
_RANKED_NAME = re.compile(r":[ \t]+(?:PVT|PFC|SPC|CPL|SGT|SSG|SFC|MSG|1SG|SGM|CSM|2LT|1LT|CPT|MAJ|"
                          r"LTC|COL|BG|MG|LTG|GEN|CW[1-5]|WO1|LT|CDR|LCDR|ENS|CAPT|"
                          r"Sgt|Cpl|Pte|Capt|Maj|Lt|Col)\.?[ \t]+(?:[A-Z]\.[ \t]*)*[A-Z][\w'’-]+"
                          r"(?=[ \t]*(?:[,(/|]|$))")
_FIELDS = re.compile(r"[ \t]\|[ \t]+[A-Z][A-Z.]*+(?:[ \t][A-Z][A-Z.]*+)?:[ \t]")
# (a form's header line sets its fields apart by runs of spaces: "UAS: 2 (1 IMPACT)   Patients:
# 4   Fatalities: 0")
_SPACED_FIELD = re.compile(r"[ \t]{3,}[A-Z][A-Za-z.]*+(?:[ \t][A-Za-z.]++)?:[ \t]")


def header_field(text: str, pos: int, end: int) -> bool:
    """Whether the line at text[pos:end] is one of a log's header or sign-off fields."""
    colon = text.find(":", pos, end)
    return bool(_SIGN_OFF.match(text, pos, colon + 1) or _TIME_VALUE.match(text, colon, end) or
                _RANKED_NAME.match(text, colon, end) or
                " | " in text[pos:end] and _FIELDS.search(text, colon, end) or
                "   " in text[colon:end] and _SPACED_FIELD.search(text, colon, end))


def drops_full_stops(text: str) -> bool:
    """Whether most of the text's long lines end without a full stop (three at least)."""
    if text.count("\n") < 10:
        return False
    closed = unclosed = 0
    for line in text.split("\n"):
        line = line.rstrip()
        if line.count(" ") < _LONG:
            continue
        if line.endswith(_ENDS):
            closed += 1
        else:
            unclosed += 1
    return unclosed >= 3 and unclosed > 2 * closed


def log_labels(text: str, doc: Document | None = None) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source labelled at the head of a log's line (doc:
    the lines the reader kept, its furniture left out)."""
    out = []
    seen: set[str] = set()
    for pos, end in line_spans(text):
        if text.count(" ", pos, end) >= 4 and text.find(": ", pos, end) > 0:
            if header_field(text, pos, end) or doc is not None and \
                    not doc.is_reporting(pos, pos + 1):
                continue  # (a form's header fields; a notice the reader set aside)
            titled = _TITLED_LABEL.match(text, pos, end)
            found = (pos, titled.end(), "named official", 1) if titled else \
                label_at(text, pos, end)
            who = text[pos:text.find(":", pos, end)]
            if found and who not in seen:  # "IDF:" again: the same source
                seen.add(who)
                out.append(found)
    return out
