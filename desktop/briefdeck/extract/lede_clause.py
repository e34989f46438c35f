"""A report's sentence as a briefing sentence: its words, without what only frames them.

A BLUF, an outlook and a key point take a sentence of the report, but not the chat's reply,
the speaker's label or the stamp before it, nor its clock time, agency, trailing "officials
said" or ", which ..." aside; a long one is cut at its last loose clause. A toll keeps who gave
it, and a claim resting on unnamed officials keeps them; a named person's word is cut.
"""

from __future__ import annotations

import re
import unicodedata

from briefdeck.extract.lede_filters import ANONYMOUS, NAMED_PERSON, unlabelled
from briefdeck.extract.lede_trim import shorter

LONG = 35  # words: a longer lede is cut at its last loose clause
CLOCK = re.compile(r",?\s*(?:at\s+)?(?:approximately|about|around)?\s*\d{1,2}:\d\d\s*"
                   r"[ap]\.?m\.?(?:\s*\([^)]{1,30}\))?", re.I)
AGENCY = re.compile(r"\s*\((?:Reuters|AP|AFP|[A-Z][a-z]+line|Wire)\)")
# ", three U.S. officials said", ", according to a statement from ...", up to the end.
ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:according\s+to\b[^;]*|(?!(?:but|and|that|while)\b)(?:[\w.'’-]+\s+){1,8}?"
    r"(?:said|says|say|told\s+\w+|reported|announced|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day|\s+in\s+a\s+statement)?(?:,[^;]*)?)$"
)
# The sourcing itself at the head of that tail, without what runs on after it: a toll keeps
# who gave it (", according to SANA", ", the army said"), not the background after them.
ATTRIBUTION_CORE = re.compile(
    r",\s*(?:according\s+to\b[^;,]*|(?:[\w.'’-]+\s+){1,8}?"
    r"(?:said|says|say|told\s+\w+|reported|announced|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day|\s+in\s+a\s+statement)?)"
)
# "... a further attack. b.": the next list item's letter caught at a sentence's end.
LIST_MARK_TAIL = re.compile(r"(?<=[a-z)])\.\s+\(?[a-h]\)?$")
# "... could be deployed.6": a footnote's number set after the closing mark.
FOOTNOTE_TAIL = re.compile(r"(?<=[a-z)”’\"])[.!?]\d{1,3}$")
NON_RESTRICTIVE = re.compile(r",\s+which\s+[^,]{3,80},\s*")
# A toll or a count is never an aside: ", which killed 13 people, including two children, ..."
TOLL = re.compile(r"\b(?:kill|wound|injur|dead|died|casualt)", re.I)
# A chat's reply that opens a message ("Correct. our head of mission ...") and a link pasted
# before the words ("<https://...> - shelling on ..."): neither is part of the sentence.
CHAT_OPENING = re.compile(r"^(?:(?:Correct|Yes|Agreed|Noted|Ok(?:ay)?|Thanks|Confirmed|"
                          r"Roger|Copy|(?:Good\s+)?(?:morning|afternoon|evening)(?:\s+all|"
                          r"\s+everyone|\s+team)?|(?:Hi|Hello|Hey)\s+(?:all|everyone|team))"
                          r"[.!,]\s+|<?https?://\S+?>?\s*(?:[-–—:]\s+|$))", re.I)
# What opens a spoken or logged line but is no part of its sentence: a speaker's label
# ("SORENSEN: ", "MR. KIRBY: "), a list word ("Second, "), a pool report's stamp
# ("10:42 a.m. -- ").
SPEAKER_LABEL = re.compile(r"(?:(?:MR|MS|MRS|DR)\.\s+)?[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}"
                           r"(?:\s+\([^)\n]{1,40}\))?:\s+(?=[A-Z0-9\"“])")
# A verbatim record's turn in title case ("Mr. Brenner: ", "The President: ", "Ms. Roe
# (Ireland): "): the speaker's label, not the words.
RECORD_LABEL = re.compile(r"(?:The\s+(?:Acting\s+)?President|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+"
                          r"(?:[A-Z][a-z]+\s+)?[A-Z][A-Za-z'’-]+(?:\s+\([^)\n]{1,70}\))?"
                          r"(?:\s+\(spoke\s+in\s+[A-Z][a-z]+\))?)[ \t]*:\s+(?=[A-Z0-9\"“])")
LIST_WORD = re.compile(r"(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth|Fifth|Finally|"
                       r"Lastly|Next|Also|Plus)\s*,\s+(?=\S)")
STAMP_OPENING = re.compile(r"\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:--|—|–)\s*", re.I)
LOOSE_CLAUSE = re.compile(r",\s+(?:even\s+as|as|while|the\s+latest|marking|"
                          r"which|who|where)\b")


def _after_symbols(text: str) -> str:
    """Text from its first letter, digit or mark of punctuation: no leading emoji or symbol."""
    if text[:1].isalnum():
        return text  # (the usual opening: no symbol to look up)
    i = 0
    while i < len(text) and (text[i].isspace() or text[i] in "\ufe0f\u200d"
                             or unicodedata.category(text[i])[0] == "S"):
        i += 1
    return text[i:]


# The main clause's verb after an aside: "The committee, which ..., met on ..." closes up.
_VERB_NEXT = re.compile(r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|"
                        r"met|said|says|\w+ed)\b")


def _aside(m: re.Match[str]) -> str:
    """A ", which ...," aside out of a sentence, unless it holds the toll."""
    if TOLL.search(m.group()):
        return m.group()
    return " " if _VERB_NEXT.match(m.string, m.end()) else ", "


def bare_opening(text: str) -> str:
    """A line without what opens it but is no part of its sentence: a chat's reply or link, a
    speaker's label, a list word, a stamp (each once, in any order)."""
    for _ in range(4):
        m = (CHAT_OPENING.match(text) or SPEAKER_LABEL.match(text) or LIST_WORD.match(text)
             or STAMP_OPENING.match(text) or RECORD_LABEL.match(text))
        if not m:
            break
        text = text[m.end():]
    return unlabelled(text) if ":" in text or "(" in text[:2] else text


# A capitalised pair that names a body, not a person: "two White House officials", "State
# Department sources", "U.S. Central Command officials", "officials at the Defense Ministry".
_OFFICIALS_AFTER = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:officials?|sources?|diplomats?|"
                              r"aides?|people)\b")
_BODY_WORD = re.compile(r"\s(?:House|Department|Ministry|Office|Command|Council|Agency|Forces?|"
                        r"Army|Navy|Guard|Corps|Service|Administration|Authority|Government|"
                        r"Embassy|Committee|Mission|Headquarters|Staff)$")


def _names_person(sourcing: str) -> bool:
    """Whether the sourcing names a person ("according to John Kirby"), not only a body."""
    return any(not (_OFFICIALS_AFTER.match(sourcing, m.end()) or _BODY_WORD.search(m.group()))
               for m in NAMED_PERSON.finditer(sourcing))


def _unnamed(sourcing: str) -> bool:
    """Sourcing by unnamed officials (", according to three U.S. defense officials", "two
    White House officials said"): the claim rests on it, so it stays with the claim; a named
    person's word is cut with the rest of the tail."""
    return ANONYMOUS.search(sourcing) is not None and not _names_person(sourcing)


# A report's run-in heading in capitals, set off by ".--" as a congressional print sets it
# ("PATRIOT INTERCEPTOR INVENTORY.--The Committee is concerned ..."): the section's name, not
# the sentence's words.
_RUN_IN_HEADING = re.compile(r"^(?:[A-Z][A-Z0-9'’,/-]*\s+){0,8}[A-Z][A-Z0-9'’/-]*\.--\s*(?=[A-Z])")


def clean_clause(text: str, limit: int = LONG) -> str:
    """A report's sentence as a briefing sentence: no clock time, agency, trailing sourcing or
    aside; cut at its last loose clause when long; ends with a full stop."""
    text = re.sub(r"^[-•*▪]\s+", "", " ".join(text.split()))  # a key-points bullet
    text = bare_opening(_after_symbols(text))  # a feed's "⚡️ Reports of ...": no words
    if ".--" in text[:160]:
        text = _RUN_IN_HEADING.sub("", text, count=1)
    if ":" in text:  # (each pattern only where the mark it needs is: the cheap test first)
        text = CLOCK.sub("", text)
    if "(" in text:
        text = AGENCY.sub("", text)
    text = LIST_MARK_TAIL.sub("", FOOTNOTE_TAIL.sub("", text).rstrip(" ."))
    if "," in text:
        tail = ATTRIBUTION_TAIL.search(text)
        if tail:  # who gives a toll stays with it: "..., according to SANA"
            core = ATTRIBUTION_CORE.match(text, tail.start()) \
                if TOLL.search(text, 0, tail.start()) or _unnamed(tail.group()) else None
            text = text[: core.end() if core else tail.start()]
        text = NON_RESTRICTIVE.sub(_aside, text)
    if len(text.split()) > limit:
        text = shorter(text, limit)  # a date said twice, an operation's name, "At dawn on ..."
    if len(text.split()) > limit:
        cuts = [m.start() for m in LOOSE_CLAUSE.finditer(text)
                if len(text[: m.start()].split()) <= limit]
        # a cut never leaves the toll behind; a sentence a little long is better than no toll
        keeping = [c for c in cuts if not TOLL.search(text, c)] if TOLL.search(text) else cuts
        if keeping:
            text = text[: keeping[-1]]
        elif len(text.split()) > limit * 3 // 2 and cuts:
            text = text[: cuts[-1]]
    text = re.sub(r"^(?:On|In)\s+,\s*", "", text).strip(" ,;")
    # A question or an exclamation keeps its own mark: "... responsible?" takes no full stop.
    end = "" if text.endswith(("?", "!", "?\u201d", "?\"")) else "."
    return text[:1].upper() + text[1:] + end if text else ""


# A sentence whose subject is a pronoun ("Its aircraft struck the launchers", "They fired two
# rockets") leans on the sentence before it: alone, on a slide, it says not whose act it was.
# ("It is the same base where ...", "It was the third attack": a remark on what was just told,
# which still tells something.)
_PRONOUN_OPENING = re.compile(r"(?:Its|Their|His|Her|It(?!\s+(?:is|was|has|had)\b)|They|He|"
                              r"She)\s|"
                              # a day cut out of a list of days ("The raids on 3 MAR and 9 MAR
                              # hurt no one"): "9 MAR hurt no one" names no act
                              r"\d{1,2}\s+(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
                              r"july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
                              r"dec(?:ember)?)\.?(?:\s+\d{4})?\s+[a-z]{3,}\b")


def leans_on_earlier(summary: str) -> bool:
    """Does the summary open on a pronoun, its actor named only in an earlier sentence?"""
    return _PRONOUN_OPENING.match(summary.strip()) is not None
