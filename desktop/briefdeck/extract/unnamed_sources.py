"""Unnamed sources: officials, sources, diplomats, residents, witnesses, doctors, offices.

"two U.S. officials said" is an anonymous official source counted twice; "the official said"
after it the same source again, as is "one of the officials said". Residents and witnesses
speak for themselves (another source); a hospital's doctors speak for it, unnamed; "the
chief of the general staff said" is the office holder speaking; "I'm told by two diplomats"
and "Denied by local officials." source in the passive.
"""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.attribution_kinds import SOURCE_NOUN, classify, count_of
from briefdeck.extract.introduced_sources import introduced
from briefdeck.extract.people_index import ROLE_REFERENCE_RE
from briefdeck.extract.sentences import Sentence, finditer_near
from briefdeck.extract.sourcing_bodies import BLAMED_ON, QUOTE_IN_CLAUSE, REACTION_VERBS
from briefdeck.extract.sourcing_draft import SourcingDraft
from briefdeck.extract.sourcing_named_again import CONJUNCTION
from briefdeck.extract.sourcing_offices import (
    DELEGATE_SAID_RE,
    OFFICE_SAID_RE,
    OFFICE_WORD,
    OWN_OFFICE_SAID_RE,
    SHIP_MASTER_RE,
)
from briefdeck.extract.sourcing_public import COMMENTATOR_SAID_RE, PUBLIC_SAID_RE, PUBLIC_WORD
from briefdeck.extract.sourcing_unnamed_officials import (
    ANONYMITY_AFTER,
    ANONYMITY_ASIDE_RE,
    REPORTING_FROM_RE,
    REPORTS_FROM_BODY_RE,
    SAID_RE,
    SAID_SOURCE_RE,
    SOURCE_WORD,
    SPOKE_TO_RE,
    TOLD_BY_RE,
)

# SAID_RE's source nouns: its matches (a count, "of the", "X and", four modifiers) open at
# most ten words before one, on a word boundary (a digit, a bracket: "(GSS) officials").
_SOURCE_AT = re.compile(rf"{SOURCE_NOUN}|Officials|Sources|Diplomats")
_BOUNDARY = re.compile(r"\b")
# PUBLIC_WORD without re.I, for the lower-cased sentence (see lowered.py: a case-blind scan
# costs several times more).
_PUBLIC_LOWER = word_gated(re.compile(PUBLIC_WORD.pattern.replace("(?i)", "", 1)))
_SOURCE_LOWER = word_gated(re.compile(SOURCE_WORD.pattern.replace("(?i)", "", 1)))
# The same unnamed sources counted later in their sentence: "..., two of the officials said".
_SOME_OF_THEM = re.compile(r"\b(?:one|two|three|four|five|some|several|both)\s+of\s+"
                           r"(?:the|those|these)\s+(?:[\w.-]+\s+){0,2}?(?:officials|sources|diplomats|officers)\s+"
                           r"(?:said|say|says|told|added)\b")
# A family joined to the officials who speak: the lead rests on both, the family first.
_KIN_AND = re.compile(r"\b(?:his|her|their)\s+(?:family|families|relatives|parents|mother|"
                      r"father|wife|husband|widow)\s+and\s+$")
_AIDE_TO = re.compile(r"\b(?:advis[eo]rs?|aides?|assistants?|deputies|deputy|envoys?)"
                      r"\s+to\s+$", re.I)

# The count a source gave, named before it: "An earlier count from U.S. officials had put".
_COUNT_FROM = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:count|tally|estimate|"
                         r"figure)\s+from\s+$")


# Where the public who speak live or come from: "two witnesses from Tel Kafra told".
_HOME_PLACE = re.compile(r"\s+(?:who\s+(?:live|lives)\s+)?(?:from|in|of|near)\s+"
                         r"(?:the\s+)?([A-Z])")


# Medical staff of a hospital speak for it, unnamed: "a senior doctor at the hospital told
# AFP", "medics at the district hospital say" (a hospital source, not a member of the public).
_STAFF = re.compile(r"\b(?:doctors?|medics?|nurses?|paramedics?|surgeons?|physicians?)\b", re.I)
_OF_HOSPITAL = re.compile(r"\b(?:senior|chief|head)\b|\b(?:at|of|from|in)\s+(?:the\s+|a\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:hospital|clinic|medical\s+cent(?:er|re)|"
                          r"infirmary|Hospital|Clinic|Medical\s+Cent(?:er|re))\b")
# "one of the people said" points back to unnamed people cited as sources before ("people
# familiar with the matter"), never to a crowd ("people said they heard blasts").
_ONE_OF_THE_PEOPLE = re.compile(r"\b((?:[Oo]ne|[Tt]wo|[Bb]oth|[Aa]nother))\s+of\s+(?:the|those)\s+"
                                r"people\s+(?:said|says|say|added)\b")
_PEOPLE_AS_SOURCES = re.compile(r"\bpeople\s+(?:familiar|with\s+(?:direct\s+)?knowledge|briefed|"
                                r"close\s+to|who\s+(?:asked|spoke|requested|declined))\b")
# "UKMTO says the master of a vessel reported": the body relays the master's report.
_RELAYED = re.compile(r"\b(?:says|said|reports|reported)\s+(?:that\s+)?$")
# A note that opens with its source, in the passive: "Denied by local officials; ...".
_PASSIVE_LEAD = re.compile(r"(?:Denied|Confirmed|Disputed|Reported|Acknowledged)\s+by\s+"
                           r"(?P<who>(?:the\s+)?[^,.;:\"“”()]{3,60}?)(?=\s*[,.;:]|$)")


# What the public saw or heard, in the passive: "blasts heard by residents", "a fire seen by
# witnesses near the port": the unnamed public is the source.
_SENSED_BY_PUBLIC = re.compile(r"\b(?:heard|seen|filmed|witnessed|reported)\s+by\s+(?:(?:local|"
                               r"nearby|several|many|some)\s+)?(?:residents|witnesses|"
                               r"eyewitnesses|villagers|locals)\b")


def _hospital_staff(said: str) -> bool:
    return _STAFF.search(said) is not None and _OF_HOSPITAL.search(said) is not None


def passive_and_told(d: SourcingDraft, sent: Sentence) -> None:
    """In the passive: "Denied by local officials." opening a note, "told by two diplomats",
    "heard from a police source"."""
    text, people = d.text, d.people
    passive = _PASSIVE_LEAD.match(text, sent.start, sent.end) if \
        sent.text[:1] in "DCRA" else None
    if passive:  # "Denied by Iraqi security officials." opening a note: its source
        kind, count = classify(passive.group("who"), people, passive.start("who"))
        if kind != "other" and not d.repeated(passive.group("who")):
            d.add(passive.start(), passive.end(), kind, count)
    if " by " in sent.text:
        for m in _SENSED_BY_PUBLIC.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "other", None)
    for m in TOLD_BY_RE.finditer(text, sent.start, sent.end) if " by " in sent.text or \
            "d from " in sent.text or "nt from " in sent.text else ():
        kind, count = classify(m.group("who"), people)
        if kind == "anonymous official" and not d.repeated(m.group("who")):
            d.add(m.start("who"), m.end(), kind, count)
    for m in SPOKE_TO_RE.finditer(text, sent.start, sent.end) if " I " in sent.text or \
            " we " in sent.text else ():
        kind, count = classify(m.group("who"), people)
        if kind == "anonymous official" and not d.repeated(m.group("who")):
            d.add(m.start("who"), m.end(), kind, count)


# A transcript's questioner, labelled "Q" at the head of the turn: "Q A U.S. official told
# Reuters ...": the label is no part of the source (the reporter asks, citing it).
_QUESTIONER = re.compile(r"Q[.:]?\s+(?=[A-Z])")


# Unnamed officials joined to the source after them: "local officials and a health source
# said" is one sourcing of both.
_JOINED_BEFORE = re.compile(r"(?<![\w.'’-])(?:(?:[a-z]+|[A-Z][\w.]*)\s+){0,2}(?:officials|sources)"
                            r"\s+and\s+$")


def unnamed_officials(d: SourcingDraft, sent: Sentence, low: str, said: bool) -> None:
    """Unnamed officials, sources, members of the public, offices and ship masters who speak."""
    text, people, nested = d.text, d.people, d.nested
    plain = len(low) == len(sent.text) and "ı" not in low and "ſ" not in low
    sourced = said and (_SOURCE_LOWER.search(low) if plain else SOURCE_WORD.search(
        sent.text)) is not None
    for m in finditer_near(SAID_RE, _SOURCE_AT, text, text, sent.start, sent.end, 12,
                           _BOUNDARY) if sourced else ():
        lead = CONJUNCTION.match(m.group("who")) or (_QUESTIONER.match(m.group("who")) if
                                                      text[m.start() - 1:m.start()] in ("\n", "")
                                                      else None)
        if lead:  # "But three people familiar with ... said": the count is the source's
            m = SAID_RE.match(text, m.start() + lead.end(), sent.end) or m
        if m.group("verb") in REACTION_VERBS and not QUOTE_IN_CLAUSE.match(
                text, m.end("verb"), sent.end) and not (
                m.group("verb") == "blamed" and BLAMED_ON.match(text, m.end("verb"), sent.end)) \
                and not (m.group("verb") == "called" and "spokes" in m.group("who")):
            continue  # "officials condemned the attack": a stance without its words
        kind, count = classify(m.group("who"), people)
        if kind == "other" or d.repeated(m.group("who")) or any(
                s < m.end() and m.start() < e for s, e in nested):
            continue
        if _RELAYED.search(text, max(sent.start, m.start() - 12), m.start()):
            continue  # "two officials said commanders had warned": relayed, not cited
        if count is None and _SOME_OF_THEM.search(  # (a window: run-ons stay linear)
                text, m.end(), min(sent.end, m.end() + 400)):
            continue  # "Officials expect X, one of the officials said": counted there
        role = ROLE_REFERENCE_RE.match(" ".join(m.group("who").split()))
        if role and people.by_role(role.group("role"), m.start()):
            continue  # "the colonel said" after "Col. Jane Doe": she is counted already
        unnamed = ANONYMITY_AFTER.match(text, m.end(), sent.end) if \
            text.startswith(", speaking", m.end()) else None
        intro = introduced(text, people, m.group("who"), m.start(), d.found) if \
            kind == "anonymous official" and not unnamed else None
        if intro and intro[0] == intro[1]:
            continue  # "the diplomat said" after the named diplomat spoke: him again
        if intro:  # "A Western diplomat in Baghdad was sceptical. '...,' the diplomat said"
            d.add(intro[0], intro[1], kind, count)
            continue
        joined = _JOINED_BEFORE.search(text, max(sent.start, m.start() - 40), m.start()) \
            if text[m.start() - 4:m.start()] == "and " else None
        if joined and kind == "anonymous official":  # "local officials and a health source
            d.add(joined.start(), unnamed.end() if unnamed else m.end(), kind, None)  # said"
            continue
        kin = _KIN_AND.search(text, max(sent.start, m.start() - 30), m.start()) if \
            text[m.start() - 4:m.start()] == "and " else None
        if kin:  # "his family and Air Force officials said": one lead told by both, no
            d.add(kin.start(), m.end(), "other", 1)  # officials' own sourcing
            continue
        count_from = _COUNT_FROM.search(text, max(sent.start, m.start() - 40), m.start()) \
            if text[m.start() - 5:m.start()] == "from " else None
        d.add(count_from.start() if count_from else m.start(),  # "An earlier count from
              unnamed.end() if unnamed else m.end(), kind, count)  # officials had put"
    for m in _ONE_OF_THE_PEOPLE.finditer(text, sent.start, sent.end) \
            if " people sa" in low and (" of the people" in low or " of those" in low) \
            else ():
        if _PEOPLE_AS_SOURCES.search(text, 0, sent.start):
            d.add(m.start(), m.end(), "anonymous official", count_of(m.group(1)))
    for m in REPORTING_FROM_RE.finditer(text, sent.start, sent.end) if "sources" in low \
            and "from" in low else ():
        d.add(m.start(), m.end(), "anonymous official", None)
    for m in REPORTS_FROM_BODY_RE.finditer(text, sent.start, sent.end) if "from" in low \
            and "report" in low else ():
        kind, count = classify(m.group("who"), people, m.start("who"))
        if kind != "other" and not d.repeated(m.group("who"), m.end()):
            d.add(m.start(), m.end(), kind, count)
    for m in SAID_SOURCE_RE.finditer(text, sent.start, sent.end) if sourced else ():
        kind, count = classify(m.group("who"), people)
        # ('..." says a ministry spokesperson.': the office speaking, named after its words)
        if kind == "anonymous official" or kind == "spokesperson" and "spokes" in \
                m.group("who") and not d.repeated(m.group("who")):
            d.add(m.start(), m.end("who"), kind, count)
    for m in ANONYMITY_ASIDE_RE.finditer(text, sent.start, sent.end) if ", who " in \
            sent.text and ("anonym" in low or "named" in low or "identified" in low) else ():
        kind, count = classify(m.group("who"), people)
        if kind == "anonymous official" and not d.repeated(m.group("who")):
            d.add(m.start(), m.end(), kind, count)  # his asking not to be named sources him
    # (the pattern holds its own verbs, "urged" among them: no `said` needed)
    for m in DELEGATE_SAID_RE.finditer(text, sent.start, sent.end) if \
            "representative" in low or "delegate" in low or "speaker for" in low else ():
        d.add(m.start(), m.end(), "spokesperson", 1)  # a country's seat speaking for it
    commentators = "blogger" in low or "broker" in low or "commentator" in low or \
        "insurer" in low or "underwriter" in low
    for m in COMMENTATOR_SAID_RE.finditer(text, sent.start, sent.end) if said and \
            commentators else ():
        d.add(m.start(), m.end(), "other", count_of(m.group("who")))
    public = said and (_PUBLIC_LOWER.search(low) if plain else PUBLIC_WORD.search(
        sent.text)) is not None
    for m in PUBLIC_SAID_RE.finditer(text, sent.start, sent.end) if public else ():
        # unnamed members of the public speak for themselves: another source, counted
        # as the text counts them ("Residents said", "two witnesses told AFP")
        kind = "anonymous official" if _hospital_staff(m.group(0)) else "other"
        place = _HOME_PLACE.match(text, m.end("who"), m.end())
        if place and people.mention_at(place.start(1), m.end()) is not None:
            d.displace(place.start(1))  # the village read as a name: the witnesses speak
        d.add(m.start(), m.end(), kind, count_of(m.group("who")))
    # before the bodies: "the chief of the general staff said" is the chief speaking
    for m in OFFICE_SAID_RE.finditer(text, sent.start, sent.end) if said and \
            OFFICE_WORD.search(low) else ():
        if _AIDE_TO.search(text, max(sent.start, m.start() - 24), m.start()):
            continue  # "an adviser to the prime minister said": the adviser speaks
        office_role = (m.group("role") or m.group("head")).split()[-1]
        named = people.by_role(office_role, m.start())  # "the minister" named before
        office = m.group("office")
        if named and office:  # ... holding that office: "the head of the council"
            title = people.by_key[named.casefold()].title.lower()
            named = named if office.split()[-1].lower() in title else None
        if people.mention_at(m.start(), m.end()) is None and (not named or m.group("staff")):
            d.add(m.start(), m.end(), "spokesperson", 1)
    for m in OWN_OFFICE_SAID_RE.finditer(text, sent.start, sent.end) if said and \
            "office" in low else ():
        d.add(m.start(), m.end(), "spokesperson", 1)
    for m in SHIP_MASTER_RE.finditer(text, sent.start, sent.end) if said and (
            "aster" in sent.text or "aptain" in sent.text or "fficer" in sent.text) else ():
        if not _RELAYED.search(text, max(sent.start, m.start() - 20), m.start()):
            d.add(m.start(), m.end(), "anonymous official", 1)
