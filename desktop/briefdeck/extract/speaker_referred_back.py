"""A person referred back to, not by name: "he", "the lawmaker", "the ministry spokesperson",
"one of them", "the adviser, Jane Roe,".

An analyst wants the person's name, not the pronoun or the noun. The one meant is found in the
words before (the person the sentence just before opens on or names as the teller, the one
named before in that role, the one spoken of last) or, for a source first left unnamed, in the
name the text gives them just after.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.named_before import Speakers
from briefdeck.extract.quote_patterns import ANON_NOUN_RE, INTRO
from briefdeck.extract.speaker_kin import kin_spoken_of

# A person referred back to by what they are: "the lawmaker said", "the analyst added". (A
# "source" or "witness" is unnamed by nature and never goes back to a name.)
PERSON_BACK = re.compile(r"^[Tt]he\s+(?P<noun>lawmaker|legislator|MP|parliamentarian|senator|"
                         r"congress(?:wo)?man|deputy|analyst|professor|lecturer|expert|scholar|"
                         r"official|diplomat|envoy|cleric|activist|researcher|paramedic|medic|"
                         r"doctor|commander|officer|politician)$")


def subject_just_before(start: int, speakers: Speakers) -> str:
    """'X, a member of the committee, denied it. "...," the lawmaker said': the person who
    opens the sentence just before, in the same paragraph, with no one else named since; or ''."""
    doc = speakers.doc
    sent = doc.sentence_at(start)
    i = doc.sentence_index(sent.start) if sent is not None else -1
    if i <= 0:
        return ""
    prev = doc.sentences[i - 1]
    while i > 1 and prev.text[:1] in "\"“" and prev.start > start - 600:
        i -= 1  # (a quote of two sentences: the one before it)
        prev = doc.sentences[i - 1]
    later = speakers.people.last_before(start)
    if later is None:
        return ""
    if "\n" in speakers.text[prev.start:start]:
        return _teller_just_before(prev, start, later[1], speakers)
    intro = INTRO.match(speakers.text, prev.start, prev.end)
    head = intro.end() if intro else prev.start
    person = speakers.people.mention_at(head, min(prev.end, head + 60))
    if person is None or person[0] != head:
        return _teller_just_before(prev, start, later[1], speakers)
    return person[2] if later[1] == person[2] else ""


# The verb that makes the one named before it the teller: "X, deputy director of Y, told TASS".
_TELLER_VERB = re.compile(r"\b(?:told|said|says|stated|declared|noted)\b")


def _teller_just_before(prev, start: int, last: str, speakers: Speakers) -> str:
    """'..., X, deputy director of Y, told TASS. // "...," the diplomat said': the one person
    the sentence just before names, as the subject of its verb of saying, with the quote
    opening the next paragraph at most; or ''."""
    text = speakers.text
    if text[prev.end:start].count("\n") > 2 or text[prev.end:start].lstrip()[:1] not in "\"“":
        return ""  # (the quote must follow at once: nothing else said in between)
    lo = bisect.bisect_left(speakers.people.mentions, (prev.start, -1, ""))
    hi = bisect.bisect_left(speakers.people.mentions, (prev.end, -1, ""))
    named = {m[2] for m in speakers.people.mentions[lo:hi]}
    if named != {last}:
        return ""
    after = speakers.people.mentions[hi - 1][1]
    return last if _TELLER_VERB.search(text, after, prev.end) else ""


def named_in_role(speakers: Speakers, role: str, pos: int) -> str | None:
    """'the ministry spokesperson' at pos: the person named before with that role, in their
    title or in the words just before their name ("ministry spokesperson Jane Roe"), or None."""
    named = speakers.people.by_role(role, pos)
    words = role.split()
    if named or len(words) < 2:
        return named
    named = speakers.people.by_role(words[-1], pos)
    for start, _end, name in speakers.people.mentions:
        if start >= pos:
            break
        if name == named and all(w in speakers.text[max(0, start - 40):start].lower()
                                 for w in words[:-1]):
            return named
    return None


# Between a name and the description set right after it: nothing, or a comma and an age.
_APPOSED_GAP = re.compile(r"\s*(?:,\s+(?:aged\s+)?\d{1,3},\s*)?")


def antecedent(pos: int, speakers: Speakers) -> str:
    """'he' at pos: the one spoken of last; when that is a description set right after a name
    with no comma ("X the spokesman of Y said", as translations write it), the named person."""
    who = speakers.antecedent(pos)
    mentions = speakers.people.mentions
    j = bisect.bisect_left(mentions, (pos, -1, ""))
    kin = kin_spoken_of(speakers.text, pos, mentions[j - 1][1], mentions[j - 1][2]) \
        if j and who == mentions[j - 1][2] else ""
    if kin:  # "Jane Roe has a son ... He wrote to her. '...,' he wrote": her son
        return kin
    i = bisect.bisect_left(speakers.anonymous, (pos, ""))
    if not i or speakers.anonymous[i - 1][1] != who:
        return who
    at = speakers.anonymous[i - 1][0]
    if "spokes" in who and speakers.text[max(0, at - 4):at + 4].lower().count("the "):
        named = named_in_role(speakers, who, at)  # "the ministry spokesperson", named before
        if named:
            return named
    mentions = speakers.people.mentions
    j = bisect.bisect_left(mentions, (at, -1, ""))
    if j and _APPOSED_GAP.fullmatch(speakers.text, mentions[j - 1][1], at):
        return mentions[j - 1][2]  # ("Jane Roe, 41, a nurse, said": the description is hers)
    return who


ONE_OF_THEM = re.compile(r"(?i)^one(?:\s+of\s+(?:them|those))?$")  # ('"...," says one.')


# A spokesperson the text names before, referred back to by the role as the title wrote it.
THE_ROLE = re.compile(r"[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){1,2}spokes(?:man|woman|person))")


_NAMED_NEXT_CHARS = 400


def named_next(phrase: str, article: str, end: int, speakers: Speakers) -> str:
    """'An adviser to the minister said ... The adviser, Jane Roe, said': the name given to a
    source introduced unnamed just after, or ''."""
    noun = ANON_NOUN_RE.search(phrase)
    if not noun or article.lower() not in ("a", "an"):
        return ""
    named = re.search(rf"\b[Tt]he\s+{noun.group(0)},\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z\w][\w'’-]*)"
                      rf"{{1,3}}),", speakers.text[end:end + _NAMED_NEXT_CHARS])
    if not named:
        return ""
    return speakers.people.resolve(named.group("name")) or ""
