"""Tolls told in part: a table cell with no verb ("1 crew killed, 2 injured"), a bare count
opening a clause ("; 26 were wounded"), an ordinal ("a second sailor was hurt"), groups listed
before a shared verb, the dead a group names as martyrs, and "two more" hurt.

Each needs the counts already read, to add only what they missed."""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, count_of, kind_of
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import GROUP_NOUN, GROUP_WORD, ITEM, ITEM_RE, NUM, SEPARATORS

# A toll told with no verb, as a table cell or a message gives it: "1 crew killed, 2 injured.",
# "Two soldiers wounded." (the whole sentence or cell is the toll; "the 12 soldiers killed in
# the attack were buried" is not one of these)
# ("2 wounded in Haifa (police)": a place and a bracketed source may close the fragment)
# ("(as of March)": a running tally's date, no source)
# "per day", "per cent", "per 100,000": a rate, not the source a "per" names after a toll
_NOT_RATE = (r"(?!(?:an?\s+|each\s+|every\s+)?(?:\d|day|week|month|year|hour|night|capita|"
             r"cent|head|person|people|strike|attack|raid|incident|village|sortie)s?\b)")
_TERSE_TAIL = (r"(?:\s+(?:in|at|near)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
               r"(?:\s*\((?!as\s+of\b|since\b|through\b|until\b)[^()\n]{1,40}\))?"
               # ("1 guard killed according to local sources", "..., police say": a feed's
               # or a wire headline's source after the toll)
               # (", per a US defense official speaking to Reuters": a note's source)
               r"(?:,?\s+according\s+to\s+[^.;|\n]{1,50}?|"
               rf",?\s+per\s+{_NOT_RATE}[^.;|\n]{{1,80}}?|"
               r",\s+(?:[\w'’-]+\s+){1,4}?"
               r"(?:says?|said|reports?|reported)(?-i:\s[A-Z][^.;|\n]{0,40}?)?)?")
# ("2 killed per state news agency": a text alert's source after its toll, as the tail reads)
_TERSE_CUE = re.compile(r"\b(?=[kwihdKWIHD])(?i:killed|wounded|injured|hurt|dead)"
                        r"(?=\s*(?:[.;:|,(\t]|$)|\s+(?:in|at|near)\s+[A-Z]|\s+according\s+to\s|"
                        rf"\s+per\s{_NOT_RATE})")
_AUX_BEFORE = re.compile(r"\b(?:were|was|been|are|is|be)\s+(?:\w+ly\s+)?$", re.I)
# where a cell, a quoted message or a part begins ("debris fell on the port, 3 workers hurt":
# after a comma too, a briefing's shorthand in figures running to the end of its part)
# ("Al-Masirah TV says 1 worker killed, 4 injured": a toll in figures, as told by someone)
# (a tab: a table row's cell, "7 Nov<tab>Site<tab>2 guards killed, 3 WIA")
# ("a rocket hit the market (2 killed, 4 injured)": a toll in brackets after its happening)
# ("the strike left 2 killed, 4 injured", "Initial report was two wounded", "that ended up
# being one killed", spoken "So three
# wounded, zero killed": the toll the verb or the spoken lead gives)
# ("the drone attack on the base — two US service members wounded": a note's dash)
# ("four rockets, one SDF guard killed.": a count in words after the weapons' count too)
_TERSE_LEADS = re.compile(r"[|:;\"“\t]\s*|\s[—–]\s*|,\s*(?=\d)|"
                          r"(?:(?<=rockets)|(?<=drones)|(?<=missiles)|(?<=shells)|(?<=mortars)|"
                          r"(?<=rounds)),\s*(?=(?:one|two|three|four|five|six|seven|eight|nine|"
                          r"ten)\s)|"
                          r"\b(?:says|said|say)\s+(?=\d)|\((?=\d)|(?P<says>\bsays?\s+)|"
                          r"\b(?:left|leaving|leaves|(?<=ended\sup\s)being|(?<=report\s)was|"
                          r"(?<=reports\s)were|"
                          r"(?<=figure\s)is|(?<=toll\s)(?:is|was)|"
                          # ("the ministry's latest toll for the strikes late Friday on the
                          # southern suburbs is 7 killed": the toll named with its strikes first)
                          r"(?<=\stoll\s)(?:for|from|of)\s[^.;:,\"“]{1,80}?\s(?:is|was))\s+(?=\w+\s+(?:[\w-]+\s+){0,3}?(?:killed|wounded|"
                          r"injured|dead)\b)|\b(?:So|Overall|In\s+all),?\s+(?=\w+\s+"
                          r"(?:killed|wounded|injured|dead)\b)")
# ("2 soldiers killed, an officer wounded": the next count may name its group too)
_NEXT_GROUP = rf"\s+(?:{GROUP_WORD}\s+){{0,2}}{GROUP_NOUN}"
TERSE_RE = re.compile(
    rf"\s*{ITEM}\s+(?P<verb>killed|wounded|injured|hurt|dead)(?={_TERSE_TAIL}"
    # ("one contractor killed and five soldiers wounded": the next count after "and" too)
    rf"\s*(?:[.;|\t]|(?:,\s*(?:and\s+)?|\s+and\s+)(?:{NUM})(?:{_NEXT_GROUP})?\s+(?:killed|wounded|injured|hurt|"
    r"(?-i:KIA|WIA))\b|$))",
    re.I)
# "| 3 killed, 5 wounded |": the same with no group named, in a cell or alone
TERSE_BARE_RE = re.compile(r"\s*(?P<num>\d{1,4}|(?i:zero|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten))\s+(?P<np>(?P<verb>killed|wounded|injured|dead))"
                           # ("Two wounded: a soldier and a contractor": who, after a colon)
                           # ("left two killed and four injured": the next count after "and")
                           rf"(?={_TERSE_TAIL}\s*(?:[.;|,]|:\s|$|and\s+\w+\s+(?:killed|wounded|"
                           r"injured|dead)\b))", re.I)
# "2 guards + 1 driver killed": a briefing's "+" joins groups that share the verb after them
_PLUS_RE = re.compile(r"\s*(?P<num>\d{1,4})\s+(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)"
                      r"\s*\+\s*")
# "...; 26 were wounded", "Four were killed.": a count with no group opening a clause of its
# own (the group is the one the report is telling of)
CLAUSE_RE = re.compile(
    rf"\s*(?P<num>(?!an?\s|a\s+few\b|few\b)(?i:{NUM}))(?P<np>)\s+(?:were|have\s+been|had\s+been)"
    r"\s+(?:also\s+|later\s+|reportedly\s+)?(?P<verb>killed|wounded|injured|hurt)\b")
_CLAUSE_LEADS = re.compile(r";\s*")
_TERSE_NEXT = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<num>{NUM}|zero)"
                         rf"(?P<np>{_NEXT_GROUP})?\s+(?P<verb>killed|wounded|injured|hurt)\b", re.I)
# "a second crew member was injured", "a third soldier has died": the count so far, by its
# ordinal (the whole toll of that kind, not one more on top of it)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
ORDINAL_CUE = re.compile(r"\b[Aa]\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                         r"tenth)\s")
ORDINAL_RE = re.compile(
    r"\b[Aa]\s+(?P<num>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    rf"(?P<np>(?:{GROUP_WORD}\s+){{0,2}}{GROUP_NOUN})"
    # ("a third person, a member of the guard force, had died": who he was, set off by commas)
    r"(?:,\s[^,.;()]{3,80}?(?:\([^()]{1,20}\))?,)?"
    r"\s+(?:(?:was|has\s+been|had\s+been|has|had)\s+)?"
    r"(?:also\s+|later\s+|since\s+)?"
    # ("a second soldier had also been treated": hurt too, the count so far two)
    r"(?:(?<=\b(?:has|had)\s)(?:also\s+|later\s+)?been\s+)?"
    # ("a fourth airman had been diagnosed with a concussion": one more of the hurt)
    r"(?P<verb>killed|wounded|injured|hurt|died|treated|diagnosed(?=\s+with\b))\b", re.I)
# "the group named six 'martyrs'", "later mourned four of its fighters as martyrs": the dead a
# group itself counts; told "later", its count replaces the one told before it (in the same
# sentence: no update of an earlier happening)
NAMED_DEAD_RE = re.compile(
    rf"\b(?P<later>later\s+)?(?:named|identified|mourned|eulogi[sz]ed)\s+(?P<num>{NUM})\s+"
    r"(?:of\s+its\s+(?:own\s+)?)?(?:[\"“'‘]?martyrs\b|(?:fighters|members)\s+as\s+[\"“'‘]?martyrs\b)",
    re.I)


def named_dead(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    for m in NAMED_DEAD_RE.finditer(text, start, end):
        count = count_of(m.group("num"))
        if count is None or any(c.start <= m.start("num") < c.end for c in found):
            continue
        if m.group("later"):
            found = [c for c in found if not (c.kind == "killed" and c.end <= m.start())]
        found.append(Casualty(m.start("num"), m.end(), "killed", count, "unspecified",
                              m.group("num")))
    return found


# "Three were injured in the first strike", said as an answer: a bare count, the sentence's
# subject; "and two more reported symptoms of concussion": more hurt, told the same way
BARE_SUBJECT = re.compile(
    rf"\W*(?P<num>{NUM})\s+(?P<np>(?:more\s+)?)(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt)\b", re.I)
_BARE_MORE = re.compile(
    rf"\b(?P<num>{NUM})\s+(?P<np>more)\s+(?:later\s+)?(?:(?:were|was)\s+)?(?:reported|"
    r"suffered|showed|developed|diagnosed\s+with)\s+(?:symptoms\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<verb>injur(?:y|ies)|concussions?|wounds)\b", re.I)


def bare_counts(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """Counts with no group named: the sentence's bare subject, and "N more" hurt."""
    out: list[Casualty] = []
    m = BARE_SUBJECT.match(text, start, end)
    ms = [m] if m else []
    ms += list(_BARE_MORE.finditer(text, start, end))
    for m in ms:
        if any(c.start <= m.start("num") < c.end for c in found) or not count_of(m.group("num")):
            continue
        out.append(Casualty(m.start("num"), m.end("np"), kind_of(m.group("verb")),
                            count_of(m.group("num")), "unspecified", m.group("num"),
                            added=bool(m.group("np"))))
    return out


_RUNNING_AFTER = re.compile(r"\s*\((?:as\s+of|since|through|until)\b", re.I)


def terse_tolls(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """'1 crew killed, 2 injured.': a toll with no verb, opening its sentence or cell."""
    more: list[Casualty] = []
    if not any(not _AUX_BEFORE.search(text, max(start, m.start() - 20), m.start())
               for m in _TERSE_CUE.finditer(text, start, end)):
        return more  # no toll word ending a phrase without its verb: most sentences
    leads = list(_TERSE_LEADS.finditer(text, start, end))
    # ("our contact says one worker killed and two wounded": a toll pair in words, as told)
    says_pair = {m.end() for m in leads if m.group("says")}
    for at in [start] + [m.end() for m in leads]:
        plus = _PLUS_RE.match(text, at, end) if "+" in text[at:at + 40] else None
        m = TERSE_RE.match(text, plus.end() if plus else at, end) or \
            TERSE_BARE_RE.match(text, at, end)
        if m is None or any(c.start == m.start("num") for c in more):
            continue
        nxt = _TERSE_NEXT.match(text, m.end(), end)
        if at in says_pair and nxt is None:
            continue  # "X says four killed": a headline over its story's telling, left alone
        if _RUNNING_AFTER.match(text, (nxt or m).end(), end):
            continue  # "4 killed, 18 wounded (as of June)": a running tally, no toll
        if any(c.start <= m.start("num") < c.end for c in found):
            # "toll: 3 dead, 12 hurt": the first count read already, the next one still told
            if nxt and not any(c.start <= nxt.start("num") < c.end for c in found + more):
                more.append(Casualty(nxt.start("num"), nxt.end("np") if nxt.group("np") else
                                     nxt.end("num"), kind_of(nxt.group("verb")),
                                     count_of(nxt.group("num")), party_of(nxt.group("np")) if
                                     nxt.group("np") else "unspecified", nxt.group("num")))
            continue
        if plus and m.start() == plus.end() and count_of(plus.group("num")):
            more.append(Casualty(plus.start("num"), plus.end("np"), kind_of(m.group("verb")),
                                 count_of(plus.group("num")), party_of(plus.group("np")),
                                 plus.group("num")))
        more.append(Casualty(m.start("num"), m.end("np"), kind_of(m.group("verb")),
                             count_of(m.group("num")), party_of(m.group("np")) if m.re is TERSE_RE
                             else "unspecified", m.group("num")))
        if nxt:
            more.append(Casualty(nxt.start("num"), nxt.end("np") if nxt.group("np") else
                                 nxt.end("num"), kind_of(nxt.group("verb")),
                                 count_of(nxt.group("num")), party_of(nxt.group("np")) if
                                 nxt.group("np") else more[-1].party, nxt.group("num")))
    return more


# "Three people wounded as rockets hit Nahariya", "Two peacekeepers lightly hurt when a drone
# explodes": a headline's or a deck's toll, opening its sentence with no verb before it, the
# happening told after it
_HEADLINE_RE = re.compile(
    rf"\s*{ITEM}\s+(?:(?:lightly|slightly|seriously|critically|badly|severely|moderately)\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt)\s+(?=(?:as|when|after|while|by)\s)", re.I)


def headline_toll(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """"Three people wounded as rockets hit ...": the toll opening a headline-like sentence."""
    m = _HEADLINE_RE.match(text, start, end)
    if m is None or not count_of(m.group("num")) or any(
            c.start <= m.start("num") < c.end for c in found):
        return []
    return [Casualty(m.start("num"), m.end("np"), kind_of(m.group("verb")),
                     count_of(m.group("num")), party_of(m.group("np")), m.group("num"))]


# "Initial reports indicated one person killed and two wounded", "the ministry confirmed two
# killed (a police officer and a driver)": a toll with no verb of its own, the object of a
# verb of reporting (it ends there: "reported two soldiers killed in ..." is left to others)
# (a chat's "ANHA reporting 2 SDF members killed", "SOHR now says 1 killed 4 wounded" too)
# ("sources said four killed.", "officials said two dead, five wounded": said, the toll ending
# its clause; "X says four killed", a headline or deck over its story's own telling, is left
# to others)
# ("Lebanese media report two people wounded in Khiam": a log's or headline's present tense,
# read as "said" is, a place may follow)
_REPORTED_CUE = re.compile(r"\b(?:indicated|confirmed|reported|reporting|now\s+says|said|"
                           r"(?<=[a-z] )reports?)\s")
# ("reported six killed: four members of X and two of Y": who they were after a colon)
_REPORTED_END = r"(?=\s*(?:[(.;,]|:\s+(?=[\w])|and\b|$|\d{1,3}\s+(?:wounded|injured|hurt)\b))"
_REPORTED_RE = (
    re.compile(rf"\s*(?:that\s+)?{ITEM}\s+(?P<verb>killed|wounded|injured|hurt|dead)"
               rf"{_REPORTED_END}", re.I),
    re.compile(rf"\s*(?:that\s+)?(?P<num>(?!an?\s)(?i:{NUM}))(?P<np>)\s+"
               rf"(?P<verb>killed|wounded|injured|hurt|dead){_REPORTED_END}"))
# ("sources said four killed in the strike": past "said" opens no headline; where may follow)
_SAID_END = _REPORTED_END[:-1] + r"|\s+(?:in|at|near|after)\s)"
_SAID_RE = tuple(re.compile(r.pattern.replace(_REPORTED_END, _SAID_END), r.flags)
                 for r in _REPORTED_RE)


def reported_tolls(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """'indicated one person killed and two wounded': counts a verb of reporting tells."""
    more: list[Casualty] = []
    for cue in _REPORTED_CUE.finditer(text, start, end):
        pos: int | None = cue.end()
        while pos is not None:
            pats = _SAID_RE if cue.group(0) in ("said ", "report ", "reports ") else _REPORTED_RE
            m = pats[0].match(text, pos, end) or pats[1].match(text, pos, end)
            if m is None or not count_of(m.group("num")):
                break
            if not any(c.start <= m.start("num") < c.end for c in found + more):
                more.append(Casualty(m.start("num"), m.end("verb"), kind_of(m.group("verb")),
                                     count_of(m.group("num")), party_of(m.group("np")) if
                                     m.group("np") else "unspecified", m.group("num")))
            # "... killed (a soldier and a driver) and two wounded": the next count of the list
            nxt = _REPORTED_NEXT.match(text, m.end(), end)
            pos = nxt.end() if nxt else None
    return more


# ("two dead, five wounded": a comma alone may join the next count, told the same way)
_REPORTED_NEXT = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:,\s*)?(?:and\s+|(?=\d))|,\s*")


def clause_counts(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """'; 26 were wounded': a bare count opening a clause after a semicolon, or a sentence
    in figures ("Two were hurt." opening a sentence is as often a part of a group told)."""
    more: list[Casualty] = []
    if text.find(";", start, end) < 0 and not text[start:start + 1].isdigit():
        return more
    for at in [start] + [m.end() for m in _CLAUSE_LEADS.finditer(text, start, end)]:
        m = CLAUSE_RE.match(text, at, end)
        if m is None or any(c.start <= m.start("num") < c.end for c in found) or \
                at == start and not m.group("num")[:1].isdigit():
            continue
        more.append(Casualty(m.start("num"), m.end("num"), kind_of(m.group("verb")),
                             count_of(m.group("num")), "unspecified", m.group("num")))
    return more


def ordinal_counts(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """'a second crew member was injured': the toll of its kind so far is two."""
    for m in ORDINAL_RE.finditer(text, start, end):
        kind = "killed" if m.group("verb").lower() in ("killed", "died") else "wounded"
        # ("a second employee ... died of his injuries": the count of the dead so far, and one
        # of the hurt told before; toll_updates.py moves him only when the count grows by him)
        hurt_died = kind == "killed" and any(c.from_wounded and c.count == 1 and
                                             m.start() <= c.start < m.end() + 12 for c in found)
        found = [c for c in found if not (m.start() <= c.start < m.end() + 12)]
        found.append(Casualty(m.start("num"), m.end("np"), kind, _ORDINALS[m.group("num").lower()],
                              party_of(m.group("np")), m.group("num"), total=True,
                              ordinal=True, from_wounded=hurt_died))
    for m in NEXT_OF_GROUP_RE.finditer(text, start, end):
        # "two guards were killed and a third was wounded": one more of that group, hurt
        # otherwise; the ordinal must follow the group's count ("a third" after two)
        before = [c for c in found if c.end <= m.start()]
        if before and before[-1].count == _ORDINALS[m.group("num").lower()] - 1 and \
                m.start() - before[-1].end <= 40 and not any(
                    m.start() <= c.start < m.end() for c in found):
            found.append(Casualty(m.start("num"), m.end("num"), kind_of(m.group("verb")), 1,
                                  before[-1].party, m.group("num")))
    return found


# "... and a third was wounded": the ordinal alone, one more of the group just counted
NEXT_OF_GROUP_RE = re.compile(
    r"\band\s+a\s+(?P<num>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:(?:one\s+)?(?:was|has\s+been|had\s+been)\s+)(?:\w+ly\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt)\b", re.I)
# "two soldiers from the 10th Mountain Division and an interpreter": a unit named after a
# group of the list, before the joint
# (the group's own match may have taken "from the" already)
_UNIT_JOINT = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?|(?<=\sthe)\s+|(?<=\sfrom)\s+)"
                         r"(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*){0,4}(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def listed_before(text: str, start: int, found: list[Casualty],
                  verb_after: list[Casualty]) -> list[Casualty]:
    """'three SDF fighters and a civilian contractor were wounded': the passive verb follows
    the last group only; the groups listed before it share it."""
    more: list[Casualty] = []
    for c in verb_after:
        head = c.start
        chain = len(more)
        while True:
            prev = None
            for item in ITEM_RE.finditer(text, max(start, head - 120), head):
                sep = next((m for m in (s.fullmatch(text, item.end(), head)
                                        for s in (SEPARATORS[0], _UNIT_JOINT)) if m), None)
                if sep:
                    prev = item
            if prev is None or any(o.start < prev.end() and prev.start() < o.end
                                   for o in found + more):
                break
            more.append(Casualty(prev.start(), prev.end(), c.kind, count_of(prev.group("num")),
                                 party_of(prev.group("np")), prev.group("num")))
            head = prev.start()
        if len(more) > chain and _APPOSED.search(text, max(start, head - 24), head):
            # "Three crew were killed, two Filipinos and one Indian, and four others were
            # injured": the groups name the dead just counted, not more hurt
            del more[chain:]
    return more


# a count's verb of harm and a comma: what follows names those counted
_APPOSED = re.compile(r"\b(?:killed|dead|wounded|injured|hurt)\s*,\s*$")
