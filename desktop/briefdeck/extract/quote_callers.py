"""A quoted label after a verb of calling: 'whom the army called a "..."', 'describing the
test as "..."', 'what he called "..."'.

The words in the marks are the caller's, never those of the person or thing called, though
the one called often stands closer to the quote. The speaker is the subject of the verb of
calling: the clause's own subject, or, for a participle ("..., KCNA said, describing"), the
subject of the verb of saying before it.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import KNOWN_RE, known_organization
from briefdeck.extract.named_before import LOOKBACK, Speakers
from briefdeck.extract.quote_patterns import (
    BODY_NOUN,
    CAPITAL_RUN,
    INTRO,
    LEAD_ARTICLE,
    PRONOUNS,
    SUBJECT_VERB_RE,
)
from briefdeck.extract.speaker_resolution import resolve_speaker

# A subject ending on a passive's auxiliary ("their condition was described as"): no one.
PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being)$")


# A quoted label right after a verb of calling or describing: 'whom the army called a "...",
# 'describing the test as "..."'. Its speaker is the subject of that verb, never the person or
# thing described (the verb's object, which may stand closer to the quote).
CALLING = re.compile(
    r"\b(?<!so-)(?:(?P<finite>called|calls|named|termed|terms|labell?ed|labels|branded|"
    r"brands|dubbed|described|describes|characteri[sz]ed|characteri[sz]es|dismissed|dismisses|"
    r"denounced|denounces)|(?P<part>calling|describing|dismissing|"
    r"labell?ing|branding|terming|characteri[sz]ing))\b[^,.;:!?\"“”]{0,60},?\s*$")
# (a comma may stand before the label: 'calling the attack, "..."')


# Where the calling verb's subject begins: after a relative word or a clause break.
# ("a claim the coalition dismissed as": the relative clause's subject after its noun)
_SUBJECT_START = re.compile(r"(?:[,;:]|\b(?:whom|which|who|that|what|and|but|while|as)\b|"
                            r"\b(?:an?|the)\s+(?:claim|allegation|account|version|report|"
                            r"statement)s?\b)\s*")


# 'the missile was new, KCNA said, describing ...': the participle's subject says the verb
# ("the ministry denied any role, calling the claims ...": so does a denial's).
_SAID_BEFORE = re.compile(r"(?:^|[,;])\s*(?P<who>[^,;]{2,60}?)\s+(?:said|says|added|adds|stated|"
                          r"claimed|reported|wrote|announced|denied|denies|rejected|rejects|"
                          r"condemned|condemns|published|posted|issued)\b[^,;]{0,80},?\s*$")


_VERB_LED = re.compile(r"(?:said|says|added|stated|claimed|claims|reported|announced|denied|"
                       r"denies|rejected|condemned|accused|blamed|warned|vowed|issued)\b")


# 'X, the largest faction, denied in a statement that it was involved, describing ...': the
# predicate follows the aside straight away (its subject is found before the first comma).
_VERB_AFTER_ASIDE = re.compile(r"[,;]\s*(?P<who>(?:said|stated|claimed|denied|rejected|"
                               r"condemned|announced|warned)\b[^,;]{0,80}),?\s*$")


_BODY_REFERENCE = re.compile(r"^[Tt]he\s+(?:[a-z-]+\s+)?(?:service|agency|ministry|command|"
                             r"military|army|group|movement|militia|office|force)$")


_SPOKE_AFTER = re.compile(r"\s*(?:,[^,]{1,40},\s*)?(?:said|says|stated|announced|claimed|"
                          r"reported|told|added)\b")


_NOTE_MARKS = re.compile(r"(?:\[\d{1,3}\])+\s*")


def caller_of(text: str, head_start: int, calling: re.Match[str], speakers: Speakers) -> str:
    """The subject of a verb of calling or describing, resolved to a speaker, or ''."""
    verb_at = calling.start()
    if calling.group("part"):
        said = _SAID_BEFORE.search(text[head_start:verb_at])  # ("^": the sentence's start)
        if not said:
            said = _VERB_AFTER_ASIDE.search(text[head_start:verb_at])
        if not said:
            return ""
        a, b = head_start + said.start("who"), head_start + said.end("who")
        if _VERB_LED.match(said.group("who")):
            # 'X, an umbrella group, claimed the attacks in statements posted online, calling
            # ...': the clause after the aside is the predicate; its subject opens the sentence
            comma = text.find(",", head_start, a)
            if comma < 0:
                return ""
            aside = speakers.people.mention_at(comma + 1, a)
            if aside and not text[aside[1]:a].strip(" ,"):
                # "X's spokesman, Brig. Gen. Jane Roe, claimed ...": the name set after the
                # office is the one who speaks
                return aside[2]
            a, b = head_start, comma
        return resolve_speaker(text[a:b], a, b, speakers)
    breaks = list(_SUBJECT_START.finditer(text, max(head_start, verb_at - 80), verb_at))
    a = breaks[-1].end() if breaks else head_start
    note = _NOTE_MARKS.match(text, a, verb_at)  # ';[11] the group named': a footnote's mark
    a = note.end() if note else a
    who = text[a:verb_at].strip()
    if not who or len(who.split()) > 8 or PASSIVE_AUX.search(who):
        return ""  # 'their condition was described as "stable"': no one named calls it so
    if who.split()[0].lower() in PRONOUNS:
        # 'Hamas praised what it called ...': the pronoun is the sentence's subject, when that
        # opens with a known body or a person; else read as before
        intro = INTRO.match(text, head_start, verb_at)  # ("Meanwhile, the ministry ...")
        subject_at = intro.end() if intro else head_start
        if who.split()[0].lower() in ("he", "she"):
            # 'IRGC spokesman Gen. X told reporters ... what he called': the person the
            # sentence opens on, not the body in his title
            verb = SUBJECT_VERB_RE.search(text, subject_at, verb_at)
            person = speakers.people.mention_at(subject_at, verb.start()) if verb else None
            if person:
                return person[2]
        run = CAPITAL_RUN.match(text, subject_at, verb_at)
        if not run:
            return ""
        person = speakers.people.mention_at(run.start(), run.end())
        name = LEAD_ARTICLE.sub("", run.group(0))
        return person[2] if person else known_organization(name) or (
            name if BODY_NOUN.search(name) else "")
    if _BODY_REFERENCE.match(who):  # "whom the security service described as": the body
        for m in reversed(list(KNOWN_RE.finditer(text, max(0, a - LOOKBACK), a))):
            if _SPOKE_AFTER.match(text, m.end()):  # that last spoke before
                return known_organization(m.group(0)) or m.group(0)
    return resolve_speaker(who, a, a + len(who), speakers)
