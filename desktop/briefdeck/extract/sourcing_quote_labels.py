"""A note's line that names a source before a colon and then gives its words in quotation
marks: 'CENTCOM, pasted: "Two U.S. service members ..."', 'SDF spokesman Jane Roe: "..."',
'a US defense official to Reuters, pasted: "..."', 'Claim: X, Telegram, Wed morning – "..."';
and a note's bracketed provenance of a number: "(DoD figures via Reuters)".

An analyst's notes drop the verb ("said") and paste what a source put out under its name. Only
a label at the head of a line followed at once by a quotation is read, and only one that names a
source (a person the text names, a body, a known organisation, initials or a source noun), so
"Headline:" or "Note:" is none.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import SOURCE_NOUN, classify, person_kind
from briefdeck.extract.institutions import BODY
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.people import PeopleIndex
from briefdeck.ingest.speaker_notes import in_slide_text_block

# 'WHO[, pasted]: "' at a line's head (after a bullet or a callout's ">")
_LABEL = re.compile(r"(?m)^[ \t]*(?:[-*•>][ \t]*)?(?P<who>[A-Za-z][^\n:\"“”]{1,70}?)[ \t]*:"
                    r"[ \t]+[\"“]")
# 'Claim: WHO, Telegram, Wed morning – "': a claim's label, its claimant, then its words
_CLAIM = re.compile(r"(?m)^[ \t]*(?:[-*•>][ \t]*)?Claim(?:ed)?:[ \t]+"
                    r"(?P<who>[A-Z][^\n:\"“”]{1,80}?)[ \t]+[–—-][ \t]+[\"“]")
# what the writer did with the words: "pasted", "translated", "via Telegram"
_HOW = re.compile(r",\s+(?:pasted|translated|paraphrased|via\s+[\w ]{2,20}|on\s+[A-Z]\w+)$")
_SOURCE_WORDS = re.compile(rf"(?i)\b(?:{SOURCE_NOUN}|{BODY})\b")
_INITIALS = re.compile(r"(?:[A-Z][A-Za-z]*\s+)?[A-Z]{2,8}(?:-[A-Z]{2,6})?$")
# (a note's own heads; a script's IN:/OUT: cues and Q/A turns)
_NOT_SOURCE = frozenset("Headline Title Note Notes Quote Summary Subject Caption Update Source "
                        "Sources Related Tags Context IN OUT SOT VO Q A".split())
# "(DoD figures via Reuters)": the body's numbers, as an outlet passed them on
_FIGURES_VIA = re.compile(r"\((?P<doc>(?:[A-Z][\w.-]*\s+){1,3}(?:figures|data|numbers|count|"
                          r"estimates?)\s+via\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\)")


# An order's "Commander's guidance at the update brief:": the words of the one commander of
# the unit that issues it (an office, no unnamed officer among many).
_COMMANDERS_OWN = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}?Commander(?:'s|’s)\s")


# A "label" that ends on a verb of saying is a sentence: 'Brigadier General X said: "..."'.
_SAID_END = re.compile(r"\b(?:said|says|stated|added|told|declared|wrote|writes)$")


def _source(who: str, people: PeopleIndex, start: int) -> bool:
    if who.split()[0] in _NOT_SOURCE:
        return False
    if " " not in who and _INITIALS.match(who) is None and known_organization(who) is None:
        return False  # "Ministry:" over a pull quote: a sub-heading, the body named below
    return people.mention_at(start, start + len(who)) is not None or \
        known_organization(who) is not None or _INITIALS.match(who) is not None or \
        _SOURCE_WORDS.search(who) is not None


def quote_labels(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source a note's line labels before its quoted words."""
    out: list[tuple[int, int, str, int | None]] = []
    if ": \"" in text or ": “" in text:
        for m in _LABEL.finditer(text):
            who = m.group("who").rstrip()
            start = m.start("who")
            stop = who.rfind(". ")
            word = who[:stop].rsplit(None, 1)[-1] if stop > 0 else ""
            if word.isalpha() and word.islower() and len(word) > 2:
                # a wrapped line: 'the last sentence ends. One of them: "..."' labels only
                # what follows the full stop
                start += stop + 2
                who = who[stop + 2:].lstrip()
            how = _HOW.search(who)
            core = who[:how.start()] if how else who
            if _SAID_END.search(core) or not _source(core, people, start):
                continue  # ('X said: "..."' is a sentence, read with the sentences)
            if in_slide_text_block(text, start):
                continue  # a slide's bullet quotes what its notes quote with their source
            person = people.mention_at(start, start + len(core))
            if person and person[0] > start:  # "X security official Jane Roe": her post first
                kind, count = person_kind(person[2], people, text[start:person[0]].strip()), 1
            else:
                kind, count = classify(core, people, start)
            if kind == "anonymous official" and _COMMANDERS_OWN.match(core):
                kind, count = "spokesperson", 1  # the one commander: the unit speaking
            out.append((start, start + len(who), kind, count))
    if "laim" in text:
        for m in _CLAIM.finditer(text):
            out.append((m.start(), m.end("who"), "spokesperson", 1))
    if " via " in text:
        out += [(m.start("doc"), m.end("doc"), "document", 1) for m in _FIGURES_VIA.finditer(text)]
    return out
