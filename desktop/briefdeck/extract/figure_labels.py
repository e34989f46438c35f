"""A figure's label: the amount with what its clause says of where and when, in the
article's words ("some 2,500 troops in Iraq, past decade"), for slides and charts."""

from __future__ import annotations

import re

from briefdeck.extract.figure_captions import row_label
from briefdeck.extract.forward_search import search_ahead

# A figure's label says what is counted plus where and when, as its clause says it:
# "some 2,500 troops in Iraq, past decade", "about 600 vehicles shipped to Kuwait".
LABEL_MAX = 64
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_YEAR = r"(?:19|20)\d\d\b"
_POINT = (r"(?:(?:late|early|mid-?)\s*)?(?:" + _MONTH + r"(?:\s+\d{1,2}\b)?(?:,?\s+" + _YEAR
          + r")?|" + _YEAR + r")")
_WHEN = re.compile(
    r"\b(?:(?i:now|currently|at present)\b"
    # a span keeps both its ends: "between October and early February", not "October"
    r"|between\s+" + _POINT + r"\s+and\s+" + _POINT + r"|from\s+" + _POINT + r"\s+(?:to|through|"
    r"until)\s+" + _POINT +
    r"|(?:the\s+)?(?:past|last|next|coming)\s+(?:(?:few|two|three|four|five|ten|several)\s+)?"
    r"(?:decades?|years?|months?|weeks?)\b"
    r"|by\s+(?:the\s+)?end\s+of\s+(?:" + _MONTH + r"|the\s+year|" + _YEAR + r")"
    r"|(?:(?:by|since|until|through|before|after|in)\s+)?(?:(?:late|early|mid-?)\s*)?"
    r"(?:" + _MONTH + r"(?:\s+\d{1,2}\b)?(?:,?\s+" + _YEAR + r")?|" + _YEAR + r"))")
_SPAN = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|through|until)\s+(.+)$")
_WHERE = re.compile(
    r"(?:\b(\w+ed|sent|sold|flown|held|kept|shot|built)\s+)?\b(in|at|to|near|into|inside|off)\s+"
    r"(the\s+)?((?:(?:north|south|east|west)(?:ern|-?east|-?west|-?eastern|-?western)?|"
    r"central)\s+)?((?:[A-Z][\w'’.-]*|al-[\w'’-]+)(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|"
    r"\d{1,3}\b|of(?=\s+[A-Z])))*)")
# A place named in a list or as an area is kept whole: the count of "attacks in Iraq, Syria and
# Jordan" or "in the CENTCOM area of responsibility" is not a count for Iraq or for CENTCOM.
_NAME = r"(?:[A-Z][\w'’.-]*|al-[\w'’-]+)(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|of(?=\s+[A-Z])))*"
_AREA = r"\s+(?:area\s+of\s+(?:responsibility|operations)|region|theater|theatre)\b"
_LISTED = r"(?!(?:I|The|A|An|It|He|She|We|They|This|That)\b)(?=\S\S)" + _NAME
_PLACE_TAIL = re.compile(r"(?:(?:,\s+" + _LISTED + r")*,?\s+(?:and|or)\s+(?:the\s+)?" + _LISTED
                         + r")?(?:" + _AREA + r")?")
_GLUED_NOTE = re.compile(r"(?<=[a-z])\.\d+$")  # "Iraq and Kuwait.1": a PDF's note number
# "187 interceptors against drones launched by militias in Iraq": where the drones came from,
# not where the interceptors were fired (unless the drones are the ones counted).
_LAUNCHED_BY = re.compile(r"(\w+)\s+(?:launched|fired|sent|flown)\s+by\b")
# "U.S.", "U.K.": initials, whose last stop is part of the name, and which before "and" and
# a lower-case word describe what follows ("drones at U.S. and coalition forces in Iraq").
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}$")
_PAIRED_ADJECTIVE = re.compile(r"\s+(?:and|or)\s+[a-z]")
_AUXILIARY = frozenset("is are was were be been being has have had".split())
# "costs $100,000 per unit and has been used in Iraq": a new verb, the place is its own
# (unless the count opens the sentence: "Two soldiers ... and were evacuated to Udhampur").
_NEW_VERB = re.compile(r"\band\s+(?:has|have|had|is|are|was|were)\b")
# Another count between a figure and someone's home ("41 nights and three months of rent at
# home in X"): a count of things, not a year ("troops deployed since 2023 in Iraq").
_ANOTHER_COUNT = re.compile(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                            r"twelve|dozens?)\s+[a-z]|(?!(?:19|20)\d\d\b)\d[\d,.]*\s+[a-z])", re.I)
# A span of time is not held anywhere: "units in Jahra ... repaired within two weeks".
_DURATION = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?)$")
# The word after a name, past "and Iraqi": "near the Jordanian and Iraqi borders".
_WORD_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]*)?\s+([a-z][\w-]*)")
# A distance's clause names its ends ("70 km from the border"), not where it is.
LENGTH_UNITS = frozenset(("km", "mi", "m", "NM", "nautical miles"))
# "the force in Iraq would shrink to 900": the place named with the force before its number.
_FORCE_IN = re.compile(r"\b(?:force|forces|number|count|total|strength|presence|contingent|"
                       r"troops|personnel|garrison|deployment|units)\s+(?:in|at|inside)\s+"
                       r"((?:the\s+)?)([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# "troops remain under a deal announced in September": the date of the telling, not the count
_TOLD_ON = re.compile(r"\b(?:announced|agreed|signed|disclosed|reported|published|approved|"
                      r"issued|released|unveiled|dated|said|made)\s+(?:(?:in|on)\s+)?$")
_IN_PLACE_OPENER = re.compile(r"\s*In\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,\s*$")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|whom)\b")
_TO_BEFORE = re.compile(r"\b(?:to|below|under)\s+$")
_PLANNED = re.compile(r"\b(?:would|will|plans?|planned|is to|are to|set to)\b")
_CLAUSE_END = re.compile(r"[;:(\[]|,(?!\s*\d)|\s[-–—]\s|—")
_FULL_WORDS = frozenset("January February March April May June July August September October "
                        "November December decade decades year years month months week weeks "
                        "now currently present".split())
_NOT_PLACE = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec The A An This That".split())
# After a place name, a word that starts a new phrase; any other lowercase word makes the
# name an adjective ("in Iraqi hands", "to U.S. forces"), not a place.
_AFTER_PLACE = frozenset(
    "and or for by on at in to with since until from as after before during over under near "
    "of that which who would will is are was were has have had but while when where last this "
    "next early late earlier later yesterday today between against amid across".split())


def label_in_context(text: str, label: str, start: int, end: int, sent_start: int,
                     sent_end: int, prev_end: int, next_start: int | None) -> str:
    """The amount with what its clause says of where and when ('about 1,400 troops in
    Syria'); the label alone when the clause says neither."""
    if text[start:start + 1] in "$€£" and (row := row_label(text, start, end)):
        return f"{row}: {label}"  # "Events" / "$580,000": a money table's row, its label
    clause_end = search_ahead(_CLAUSE_END, text, end, sent_end)  # the sentence's figures walk on
    stop = clause_end.start() if clause_end else sent_end
    near = min(stop, next_start if next_start is not None else stop, end + 80)
    opened = [m.end() for m in _CLAUSE_END.finditer(text, max(sent_start, start - 120), start)]
    begin = max(opened[-1] if opened else sent_start, prev_end, start - 120)
    where = ""
    for m in _WHERE.finditer(text, end, min(sent_end, near + 60)):
        if m.start() >= near:
            break  # the name may run past the window; the phrase must start inside it
        if text[m.start() - 5:m.start()] == "home " and _ANOTHER_COUNT.search(text, end,
                                                                           m.start()):
            break  # "41 nights of lodging and three months of rent at home in X": the home
            # of a later count, not this one's place ("killed two and wounded 40 in X" is)
        agent = _LAUNCHED_BY.search(text, end, m.start())
        if agent and agent.start() > end + 1 and agent.group(1).lower() not in _AUXILIARY or \
                _NEW_VERB.search(text, end, m.start()) and len(text[sent_start:start].split()) > 2:
            break  # "... against drones launched by militias in Iraq": the militias' place
        name = m.group(5)
        if _INITIALISM.search(name):
            if _PAIRED_ADJECTIVE.match(text, m.end()):
                continue  # "at U.S. and coalition forces": the initials describe the forces
        else:
            name = name.rstrip(".")  # a sentence's stop; "U.S." keeps its own
        if len(name) < 3 or name.split()[0].rstrip(".") in _NOT_PLACE or (
                m.group(2) in ("to", "into") and not m.group(1) and text[end:m.start()].strip()):
            continue  # "told reporters ... to BBC": 'to' is a destination only when sent there
        tail = _PLACE_TAIL.match(text, m.end(), sent_end)
        after = _WORD_AFTER.match(text, tail.end(), min(sent_end, tail.end() + 40))
        if tail.end() > m.end() and not (after and after.group(1) not in _AFTER_PLACE):
            name = _GLUED_NOTE.sub("", m.group(5) + text[m.end():tail.end()]).rstrip(".")
            if tail.end() > stop:  # "in Iraq, Syria and Jordan since October": the list's
                clause_end = search_ahead(_CLAUSE_END, text, tail.end(), sent_end)  # commas go on
                stop = clause_end.start() if clause_end else sent_end
        elif (after := _WORD_AFTER.match(text, m.end(), min(sent_end, m.end() + 40))) and \
                after.group(1) not in _AFTER_PLACE:
            continue
        where = " ".join(p for p in (m.group(1), m.group(2), m.group(3), m.group(4), name) if p)
        where = " ".join(where.split())
        break
    if not where and not _DURATION.search(label):
        force = None
        for force in _FORCE_IN.finditer(text, begin, start):  # noqa: B007 - the last one
            pass
        opener = _IN_PLACE_OPENER.match(text, sent_start, begin) if not force else None
        if force and force.group(2).split()[0] not in _NOT_PLACE:
            tail = _PLACE_TAIL.match(text, force.end(), start)
            where = "in " + force.group(1) + _GLUED_NOTE.sub(
                "", force.group(2) + text[force.end():tail.end()]).rstrip(".")
        elif opener and opener.group(1).split()[0] not in _NOT_PLACE:
            where = "in " + opener.group(1)  # "In Iraq, about 2,500 troops remain ..."
    if where and where.split()[-1].casefold() in label.casefold():
        where = ""  # "two Syrian outposts": the label names it already
    # Parallel counts share their time ("2,500 in Iraq and 900 in Syria for the past decade");
    # a change does not ("from 3,400 to 1,400 by Sept. 30": the date is the second one's).
    when_stop = stop
    if next_start is not None and " and " not in text[end:next_start]:
        when_stop = min(stop, next_start)
    # "a deal that ends by May": the deal's time, not the count's
    relative = search_ahead(_RELATIVE, text, end, when_stop)
    when_stop = relative.start() if relative else when_stop
    when = search_ahead(_WHEN, text, end, when_stop)
    while when and _TOLD_ON.search(text, max(end, when.start() - 16), when.start()):
        when = search_ahead(_WHEN, text, when.end(), when_stop)
    when = when or _WHEN.search(text, begin, start)
    said = ""
    if when:
        said = re.sub(r"^(?:in|the)\s+", "", " ".join(when.group(0).split()))
        said = _SPAN.sub(r"\1–\2", said)  # "between October and May": "October–May"
        if said.endswith(".") and said.rsplit(" ", 1)[-1][:-1] in _FULL_WORDS:
            said = said[:-1]  # the full stop after "October", kept after "Sept." and "Feb."
    elif _TO_BEFORE.search(text, max(sent_start, start - 12), start) and \
            _PLANNED.search(text, sent_start, start):
        said = "planned"  # "the force would shrink to 900": a level not yet reached
    for place, time in ((where, said), (where, ""), ("", said)):  # the place before the time
        out = " ".join(p for p in (label, place) if p) + (f", {time}" if time else "")
        if len(out) <= LABEL_MAX:
            return out
    return label
