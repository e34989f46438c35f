"""Attributions: how the report sources its claims.

"according to three U.S. defense officials" is an anonymous official source counted three times;
"a spokesperson said in a statement" a spokesperson; "The Washington Post reported" another
outlet; "according to a statement" a document; "McKenzie said" a named official.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.numbers import word_value
from briefdeck.extract.people import _POST_NOMINALS, _RANK, PeopleIndex
from briefdeck.extract.sentences import Document
from briefdeck.model import Attribution, Provenance

OUTLETS = (
    r"The\s+Washington\s+Post|The\s+New\s+York\s+Times|The\s+Wall\s+Street\s+Journal|"
    r"(?:The\s+)?Associated\s+Press|Reuters|AFP|Agence\s+France-Presse|AP|CNN|Fox\s+News|"
    r"NBC\s+News|ABC\s+News|CBS\s+News|Politico|Al\s+Jazeera|BBC|Axios|Bloomberg|"
    r"The\s+Guardian|Al-Monitor|Defense\s+News|Military\s+Times|Stars\s+and\s+Stripes|"
    r"The\s+Times|Sky\s+News|Al\s+Arabiya|state\s+media|state\s+television|local\s+media|"
    r"(?:Iraqi|Iranian|Syrian|Israeli)\s+(?:state\s+)?(?:media|television|news\s+agency)"
)
_SOURCE_NOUN = (
    r"officials?|sources?|spokes(?:man|woman|person)|diplomats?|officers?|captain|sergeant|"
    r"lieutenant|colonel|"
    r"people\s+familiar\s+with\s+[\w\s]{3,40}?|person\s+familiar\s+with\s+[\w\s]{3,40}?"
)
_DOCUMENT = (
    r"statement|report|document|memo(?:randum)?|assessment|filing|release|data|figures|"
    r"estimates?|analysis|survey|briefing|letter|cable|tally|count|records?|video|post|"
    r"documents|reports|memos|assessments|filings|surveys|letters|cables"
)
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|two\s+other|"
    r"\d+|the|other|another)"
)
_MODIFIER = (
    r"(?:[A-Z][\w.]*|(?!(?:and|or|but|that|which|who|the|of|in|on|at|to|for|with|by|from|"
    r"said|says|is|was|were|are|have|has|had|not|also|it|he|she|they)\b)[a-z][\w-]*)"
)

_ABBR_DOT = (
    r"(?:(?<=\b[A-Z])|(?<=Gen)|(?<=Col)|(?<=Maj)|(?<=Lt)|(?<=Adm)|(?<=Sgt)|(?<=Capt)|"
    r"(?<=Brig)|(?<=Dr)|(?<=Mr)|(?<=Ms)|(?<=Mrs)|(?<=Sen)|(?<=Rep)|(?<=Gov)|(?<=Cmdr))\."
)
ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?P<who>(?:[^,.;:\"“”()]|{_ABBR_DOT}){{2,90}})"
)
SAID_RE = re.compile(
    rf"\b(?P<who>(?:(?i:{_COUNT})\s+)?(?:of\s+the\s+)?(?:{_MODIFIER}\s+){{0,4}}(?:{_SOURCE_NOUN})"
    rf"(?:\s+(?:for|at|with|of)\s+(?:the\s+)?(?:U\.S\.|[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?"
    rf"(?:U\.S\.|[A-Z][\w.'’-]*)){{0,4}})?)"
    rf"(?:\s+(?:in|at|from|with|on)\s+(?:the\s+)?[\w.-]+)?(?:\s+who\s+[^,;\"“”]{{3,50}}?)?"
    rf"(?:,[^,;\"“”]{{3,90}},|,\s+who)?\s+(?:have\s+|had\s+|has\s+)?(?:long\s+)?"
    rf"(?P<verb>said|say|says|told|believe|believes|confirmed|added|stated|noted|caution|"
    rf"cautioned|warn|worried|acknowledged|warned)\b(?:\s+in\s+a\s+statement)?",
)
OUTLET_RE = re.compile(
    rf"\b(?P<who>{OUTLETS})\s+(?:first\s+|also\s+|previously\s+|has\s+|had\s+)?"
    r"(?:reported|reports|said|cited|quoted)\b"
)
_NAMED_RE = re.compile(
    r"\b(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:said|says|told|added|wrote)\b"
    r"|\b(?:said|says)\s+(?P<who2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b"
)
_ORG_SAYS_RE = re.compile(
    r"\b(?P<who>[Tt]he\s+(?:Pentagon|White\s+House|State\s+Department|Defense\s+Department|"
    r"Iraqi\s+government|Iraqi\s+military|military|ministry|Ministry\s+of\s+[A-Z]\w+|coalition|"
    r"Coalition))\s+(?:said|says|announced|confirmed|stated)\b"
)
_BACK_REFERENCE = re.compile(r"^[Tt]he\s+(?:[\w.]+\s+){0,3}(?:officials|sources|spokes\w+)$")
# "Iraq's Security Media Cell, which speaks for ..., said in a statement": an institution speaking.
STATEMENT_RE = re.compile(
    r"(?P<who>\b(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+(?:the\s+)?|[a-z]+\s+(?=of\b)){1,7}?)"
    r"(?:,[^,;]{3,70},\s+)?(?:\w+\s+){0,4}?(?:said|says|announced|stated|added|condemned)?"
    r"[^.;\"“”]{0,60}?\bin\s+a\s+(?:short\s+|brief\s+|separate\s+|written\s+|joint\s+|"
    r"emailed\s+)?statement\b"
)
_OUTLET_ONLY = re.compile(rf"^(?:{OUTLETS})$")


_OFFICIAL_TITLE = re.compile(
    r"\b(?:Gen|Adm|Col|Maj|Capt|Lt|Sgt|Cmdr|Cdr|Brig)\b\.?|General|Admiral|Colonel|Commodore|"
    r"Marshal|Captain|Brigadier|"
    r"Secretary|[Mm]inister|[Ss]pokes|President|[Cc]ommander|Rep\.|Sen\.|Senator|Gov\.|"
    r"[Aa]mbassador|[Dd]irector|[Oo]fficial|[Cc]hief|[Pp]ress\s+secretary|Ayatollah|[Ee]nvoy|"
    r"[Mm]ayor|[Gg]overnor|[Gg]eneral"
)
_MILITARY_RANK = re.compile(rf"\b{_RANK}")  # "Squadron Leader", "Lt Cdr": in authority too
NAMED_AFTER = re.compile(
    rf"(?:\s+{_POST_NOMINALS})?(?:,[^,;\"“”]{{2,80}},|,)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:said|says|told|wrote|added|acknowledged|posted|tweeted|confirmed|condemned|announced|welcomed|denied|warned|"
    r"described|stated)\b"
)
NAMED_BEFORE = re.compile(r"\b(?:said|says|according\s+to)\s+$")
ORG_SAID_RE = re.compile(
    r"(?P<who>\b(?:[Tt]he\s+)?(?:(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.-]+(?:\s+(?:agency|ministry|"
    r"office|department|command|administration))?|[A-Z][\w.-]*(?:'s|’s)\s+"
    r"(?:armed\s+forces|navy|army|military|ministry|government|administration|police)|"
    r"[Tt]he\s+general\s+staff))(?:,(?!\s+which\b)[^,;\"“”]{2,60},)?\s+(?:said|says|announced|"
    r"confirmed|"
    r"reported)\b"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|of|from|near|to|on|by|for|with)\s+$")
_NOT_ORG = re.compile(r"^(?:It|He|She|They|This|That|We|I|You|Officials|Analysts|Admiral|"
                      r"General|Official|Minister|Commander|Spokesman|Spokeswoman)$")


def _count(who: str) -> int | None:
    first = who.split()[0].lower()
    if first in ("a", "an", "one", "another"):
        return 1
    if first.isdigit():
        return int(first)
    if first in ("the", "several", "multiple", "other"):
        return None
    value = word_value(first)
    return int(value) if value is not None else None


def _person_kind(name: str, people: PeopleIndex) -> str:
    person = people.by_key.get(name.casefold())
    title = person.title if person else ""
    official = _OFFICIAL_TITLE.search(title) or _MILITARY_RANK.search(title)
    return "named official" if official else "other"


def classify(who: str, people: PeopleIndex, start: int = -1) -> tuple[str, int | None]:
    """(kind, count) for the words naming a source; start locates them for person lookup."""
    low = who.lower()
    person = people.mention_at(start, start + len(who)) if start >= 0 else None
    if person:
        return _person_kind(person[2], people), 1
    if _OUTLET_ONLY.match(who.strip()):
        return "other outlet", None
    if "spokes" in low:
        return "spokesperson", _count(who) or 1
    if re.search(r"\bstatements?\b", low):
        return "spokesperson", 1
    if re.search(rf"\b(?:{_SOURCE_NOUN})\b", low):
        return "anonymous official", _count(who.replace("one of the", "one"))
    if re.search(rf"\b(?:{_DOCUMENT})\b", low):
        return "document", _count(who)
    if re.match(r"(?:the\s+)?[A-Z]", who.strip()) or re.search(
            r"\b(?:administration|ministry|command|office|department|government|staff)\b", low):
        return "spokesperson", 1
    return "other", _count(who)


def extract_attributions(doc: Document, people: PeopleIndex) -> list[Attribution]:
    text = doc.text
    found: list[tuple[int, int, str, int | None]] = []
    named_once: set[str] = set()
    for sent in doc.sentences:
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, kind: str, count: int | None,
                taken: list[tuple[int, int]] = taken) -> None:
            # `taken` is sorted and its spans never overlap, so only the neighbours can
            # (a scan of all of them was quadratic in a sentence of thousands of "said").
            i = bisect.bisect_left(taken, (start, end))
            if any(s < end and start < e for s, e in taken[max(0, i - 1) : i + 1]):
                return
            taken.insert(i, (start, end))
            found.append((start, end, kind, count))

        for m in ACCORDING_RE.finditer(text, sent.start, sent.end):
            who = m.group("who").rstrip()
            kind, count = classify(who, people, m.start("who"))
            add(m.start(), m.start("who") + len(who), kind, count)
        lo = bisect.bisect_left(people.mentions, (sent.start, -1, ""))
        hi = bisect.bisect_left(people.mentions, (sent.end, -1, ""))
        for start, end, name in people.mentions[lo:hi]:
            if end > sent.end or name in named_once:
                continue
            span = people.titled_span(start, end) or (start, end)
            after = NAMED_AFTER.match(text, span[1], sent.end)
            if after:
                named_once.add(name)  # one named attribution per person: the first
                add(span[0], after.end(), _person_kind(name, people), 1)
            elif NAMED_BEFORE.search(text, max(sent.start, span[0] - 20), span[0]):
                verb = NAMED_BEFORE.search(text, max(sent.start, span[0] - 20), span[0])
                named_once.add(name)
                add(verb.start(), span[1], _person_kind(name, people), 1)  # type: ignore[union-attr]
        for m in OUTLET_RE.finditer(text, sent.start, sent.end):
            add(m.start(), m.end(), "other outlet", None)
        for m in SAID_RE.finditer(text, sent.start, sent.end):
            kind, count = classify(m.group("who"), people)
            if kind == "other":
                continue
            add(m.start(), m.end(), kind, count)
        for m in ORG_SAID_RE.finditer(text, sent.start, sent.end):
            who = m.group("who")
            if people.mention_at(m.start(), m.end()) is not None:
                continue  # a person, handled above
            if _NOT_ORG.match(who) or who in _SENTENCE_STARTERS or \
                    _PREPOSITION_BEFORE.search(text, max(sent.start, m.start() - 6), m.start()):
                continue
            add(m.start(), m.end(), "spokesperson", 1)
        for m in STATEMENT_RE.finditer(text, sent.start, sent.end) if "statement" in \
                sent.text else ():
            add(m.start("who"), m.end(), "spokesperson", 1)
    found.sort()
    return [
        Attribution(id=f"at-{i}", text=text[s:e], kind=kind, count=count,  # type: ignore[arg-type]
                    provenance=Provenance(source="src-1", start=s, end=e))
        for i, (s, e, kind, count) in enumerate(found, 1)
    ]


_SENTENCE_STARTERS = frozenset({"But", "And", "So", "Yet", "Still", "Now", "Then"})
