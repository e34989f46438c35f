"""Sourcing in a running log's shorthand: "21:35 UTC Agency quotes army spokesman: ...",
"05:10 UTC Army statement: confirms attack", "04:30 UTC Security source to Outlet: debris ...",
"Local site says ...", and "per last week's ministry figure" in any text.

Analysts' shared notes and monitoring logs drop the verbs reporting uses ("said in a
statement"), so a clock-stamped line names its source at its head: a label before a colon, a
subject before "says", or an outlet that "quotes" someone. Only a text with several stamped
lines is read as a log; "per X tally/figure" (a document) is read anywhere. A feed or a
digest also sets a body's claim on a line of its own after its name: "CENTCOM: forces detained
a cell leader ..." (a body the gazetteer knows, so "Update:" or a dateline is no source).
"""

from __future__ import annotations

import re
from typing import Any

from briefdeck.extract.attribution_kinds import classify, org_kind
from briefdeck.extract.known_organizations import known_organization

_STAMPED = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?\[?\d{1,2}:\d{2}[ \t]*(?:UTC|GMT)\b\]?"
                      r"[ \t]*[-–—:]?[ \t]*")
_PLACE_LABEL = re.compile(r"[A-Z][a-z]+:\s+")  # "Kuwait: ...": where, not who
_WHO = r"(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,6}?)"
_QUOTES = re.compile(_WHO + r"[ \t]+quot(?:es|ed)[ \t]+(?P<whom>(?:an?[ \t]+|the[ \t]+|its[ \t]+)?"
                     r"[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,4}?)(?=[ \t]*[,:])")
_SAYS = re.compile(_WHO + r"[ \t]+(?:now[ \t]+|also[ \t]+)?(?:says|claims|reports|tells)\b")
_LABEL = re.compile(_WHO + r"(?P<what>[ \t]+(?:statement|Telegram|post|release|readout)|"
                    r"[ \t]+(?:on|to|via)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})?:[ \t]")
# A source's name is capitalised ("Harbour Brigades") or its description ends on what it is
# ("Local news site", "Iraqi government spokesman"); else the words are a note's own label
# ("Revised total:", "Context for the piece:").
_PARTICLES = frozenset("of in for the and al".split())
_SOURCE_LAST = frozenset("site outlet agency channel paper media radio tv television station "
                         "newspaper spokesman spokeswoman spokesperson source sources official "
                         "officials officer police forces command ministry army military "
                         "government guard service council directorate office".split())
_OUTLET_LAST = frozenset("site outlet agency channel paper media radio tv television station "
                         "newspaper".split())
# (a note on the words may sit before the colon: "X Command (translated): ...")
# (a body's media office in lower case, "SDF media centre:", and the time of its words,
# "X this morning:")
_BODY_LINE = re.compile(r"(?P<who>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|media[ \t]+"
                        r"(?:cent(?:re|er)|office|cell))){0,4})"
                        r"(?P<when>[ \t]+(?:this[ \t]+(?:morning|afternoon|evening)|tonight|"
                        r"overnight))?"
                        r"(?:[ \t]+\((?:translated|unofficial[ \t]+translation|"
                        r"paraphrased)\))?:[ \t]+"
                        r"(?=\S+(?:[ \t]+\S+){3})")
# What a body is, set after its name as a glossary or a fact box does, is no claim of its own.
# (the noun ends the definition's head: "Hamas: the group fired ..." goes on with a verb, a claim)
_DEFINED = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:movement|group|militia|coalition|"
                      r"alliance|organi[sz]ation|umbrella|network|party|faction|rebels?|body)\b"
                      r"(?=\s*(?:[,.;:(]|$)|\s+(?:that|which|who|based|backed|founded|also|of|"
                      r"in|with|and|led|known|set|formed|listed)\b)")
_FURNITURE_FIRST = frozenset("About Follow Contact Connect More Read Visit Subscribe From "
                             "Media Photo Image Source Credit".split())
_ARMED_BODY = re.compile(r"(?:Armed\s+Forces|Ministry|Command|Army|Police|Department|Directorate|"
                         r"Media\s+Cell|[Mm]edia\s+(?:[Cc]ent(?:re|er)|[Oo]ffice|[Cc]ell))$")
# A party's losses in a report's casualty rows: "4 wounded in action", "1 KIA".
_IN_ACTION = re.compile(r"\s*\d+\s+(?:(?:killed|wounded|missing)\s+in\s+action|KIA|WIA|MIA)\b")
_PER_DOCUMENT = re.compile(r"per[ \t]+(?:[\w'’.-]+[ \t]+){0,4}?(?:tally|figures?|count|data|"
                           r"estimates?|assessment|database|tracker)\b")


def logged_sources(text: str, people: Any) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source a log line names, and each "per X figure"."""
    out: list[tuple[int, int, str, int | None]] = []
    at = text.find(" per ")
    while at >= 0:  # (a find per occurrence: cheaper than a regex scan of a long text)
        per = _PER_DOCUMENT.match(text, at + 1)
        if per:
            out.append((per.start(), per.end(), "document", 1))
        at = text.find(" per ", at + 1)
    if ":" not in text:
        return out
    for m in _body_lines(text):
        who = m.group("who")
        start, claim = m.start("who"), m.end()
        line_end = text.find("\n", claim)
        line = text[claim:] if line_end < 0 else text[claim:line_end]
        # (a chat's "(edited)" mark after the message is no part of it)
        closed = line.rstrip().removesuffix("(edited)").rstrip().rstrip("\"”’'").endswith(".")
        if who.split()[0] in _FURNITURE_FIRST or not closed or len(line) > 600:
            continue  # "About X Command: ...", "Follow X:", a headline: no claim
        if _DEFINED.match(line):
            continue  # a glossary's entry: "Houthis: a Yemeni movement, also called ..."
        if _cites_again(who, line):
            continue  # "X: 4 sites hit (per X release)": the citation is the sourcing
        if _IN_ACTION.match(line):
            continue  # "U.S. Army: 4 wounded in action": a casualty row by party, no source
        if known_organization(who) or _ARMED_BODY.search(who):
            end = claim + 24 if line_end < 0 else min(claim + 24, line_end)
            # "CENTCOM: forces detained ..."; "SOHR: 9 killed": a monitor's own count
            out.append((start, end, org_kind(who), 1))
    if text.count("UTC") + text.count("GMT") < 3:
        return out  # no clock-stamped log
    stamps = list(_STAMPED.finditer(text))
    if len(stamps) < 3:
        return out
    for stamp in stamps:
        head = stamp.end()
        line_end = text.find("\n", head)
        line_end = len(text) if line_end < 0 else line_end
        place = _PLACE_LABEL.match(text, head, line_end)
        head = place.end() if place else head
        quoted = _QUOTES.match(text, head, line_end)
        if quoted:  # "Agency quotes army spokesman": the one quoted is the source
            kind, count = classify(quoted.group("whom"), people, quoted.start("whom"))
            out.append((quoted.start(), quoted.end(), kind, count))
            continue
        says = _SAYS.match(text, head, line_end)
        label = _LABEL.match(text, head, line_end)
        lead = label or says
        if lead is None:
            continue
        who = lead.group("who")
        words = who.split()
        if len(words) > 1 and who.isupper() or words[-1].lower() not in _SOURCE_LAST and any(
                w.islower() and w not in _PARTICLES for w in words):
            continue  # "TOLL CHANGE:", "Revised total:": the note's own heads
        what = lead.groupdict().get("what") or ""
        kind, count = classify(who + (" statement" if "statement" in what else ""), people,
                               lead.start("who"))
        if words[-1].lower() in _OUTLET_LAST:
            kind, count = "other outlet", 1  # "Local news site says"
        count = 1 if count is None and not words[-1].endswith("s") else count
        if kind == "other" and ("statement" in what or "Telegram" in what):
            kind = "spokesperson"  # "X Telegram: claims ...": the body's own channel
        out.append((lead.start(), min(line_end, lead.end() + 20), kind, count))
    return out


def _cites_again(who: str, line: str) -> bool:
    """The line's own "per X statement" (or "according to X") names the labelled body
    again: that citation is where the claim is sourced, counted once."""
    if "per " not in line and "ccording to " not in line:
        return False
    return re.search(r"\b(?:per|[Aa]ccording\s+to)\s+\[?(?:the\s+)?" + re.escape(who) +
                     r"\s+(?:release|statement|readout|press\s+release|post|update|report)\b",
                     line) is not None


def _body_lines(text: str) -> list[re.Match[str]]:
    """Lines opening on a short label and a colon ("X Command: ..."). (Found from each ": ",
    which few lines hold: a regex scan of every line of a long text costs more.)"""
    out: list[re.Match[str]] = []
    at = text.find(": ")
    while at >= 0:
        newline = text.rfind("\n", max(0, at - 71), at)
        line_start = newline + 1 if newline >= 0 else 0 if at <= 70 else -1
        if line_start >= 0:
            m = _BODY_LINE.match(text, line_start)
            if m and (m.end("who") == at or text.find(": ", m.end("who")) == at):
                out.append(m)
        at = text.find(": ", at + 2)
    return out
