"""Whose count the BLUF's toll is: "9 killed, 14 wounded, according to the Houthi-run health
ministry".

An analyst never puts an unattributed number of dead on a slide when the report attributes it.
A toll only a party to the fight gives already says so (Event.toll_claimed_by); a ministry's,
a hospital's or an official's count is looked for here: a sentence that states the toll (its
killed count, else its wounded, beside a word for the hurt) and is about the event (it also
states the other count, names the event's place, or is where the event was drafted) and holds
a drafted attribution in the same clause as the number. Nothing found, nothing said: a source
is never guessed. A wire series' latest take is read first (its count supersedes).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefdeck.extract.lede_series import latest_take
from briefdeck.extract.narrative_acts import sites
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document, Sentence
from briefdeck.model import Event
from briefdeck.model.facts import Attribution

_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_ANY_NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:,\d{3})*(?![\w]|[.,]\d)|\b(?:"
                         + "|".join(_WORDS[1:]) + r")\b", re.I)
_KILLED = re.compile(r"kill|dead|died|death|toll|lives|bodies|fatal", re.I)
_AFTER = re.compile(r"[^\d;]{0,50}?\b(kill\w*|dead|died|deaths?|lives|bodies|wound\w*|injur\w*|"
                    r"hurt)\b", re.I)
_BEFORE = re.compile(r"\b(kill\w*|wound\w*|injur\w*|toll|deaths?)\b[^\d;]{0,25}$", re.I)
_HURT = re.compile(r"\b(?:kill\w*|dead|died|deaths?|death\s+toll|toll|wound\w*|injur\w*|"
                   r"hurt|casualt\w*|lives|bodies)\b", re.I)
# a clause boundary the source's verb does not reach across
_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|, which\b")
# the speech verb and what follows it: what the source said, not who it is; a body that
# raises, revises or updates a toll ("the ministry later raised the toll to eight") gives it
_VERB = re.compile(r"[\s,]+(?:(?:also|later|earlier|first|now|has|have|had|was|were|is|are)\s+)*"
                   r"(?:says?|said|told|tells|report(?:s|ed)?|stated?|states|announced?|"
                   r"confirm(?:s|ed)?|added|wrote|writes|put|puts|gave|gives|counted|"
                   r"estimated?|denied|posted|indicat\w*|shows?|showed|suggest\w*|"
                   r"raised?|raises|revised?|revises|updated?|updates|lowered|lowers|"
                   r"brought|brings|increased|increases)\b.*$",
                   re.I | re.S)
_LEAD = re.compile(r"^(?:(?:according\s+to|per|citing)\s+)?"
                   r"(?:(?:(?:a|an|the|its)\s+)?(?:\w+\s+)?statement\s+(?:from|by|of)\s+)?",
                   re.I)
_VAGUE = re.compile(r"^(?:the\s+)?(?:group|statement|report|it|he|she|they|we|i|its|their|"
                    r"his|her|this|that|sources?|one|officials?|ministry|agency|army|"
                    r"military|police|spokes(?:man|woman|person)|council|command|residents|"
                    r"witnesses|locals|activists|people)$", re.I)
_RELATIVE = re.compile(r"\s+(?:who|which|that|whose)\b.*$", re.S)
_TAIL = re.compile(r"(?:\s+(?:is|was|are|were|has|have|had|would|will|also|reporting))+$",
                   re.I)
# a body one can cite though written in lower case ("the provincial health ministry")
_BODY = re.compile(r"\b(?:ministry|army|military|police|hospital|officials?|directorate|"
                   r"council|command|agency|spokes(?:man|woman|person)|service|authorit\w+|"
                   r"department|office|forces|defen[cs]e|doctors?|medics?)\b", re.I)
# a name: a capital past the first word, an acronym, or one capitalised word ("the Pentagon"),
# not a sentence's capital ("Initial assessment indicates")
_NAMED = re.compile(r"^(?:(?:the|a|an)\s+)?[A-Z][\w'’.-]*$|\s[A-Z]|\b[A-Z]{2,}\b|"
                    r"^(?:the|a|an)\s+[A-Z]")
_MAX_WORDS = 7  # a name longer than this is no short attribution for a BLUF line
_REACH = 120  # characters between the count and its source's words


def _numbers(counts: set[int]) -> re.Pattern[str]:
    """Any of the counts as written: '9', 'nine', '1,200'."""
    alts = []
    for n in sorted(counts, reverse=True):
        alts.append(rf"(?<![\w.,-]){n}(?!\w|[.,]\d)")
        if n >= 1000:
            alts.append(rf"(?<![\w.,-]){n:,}(?!\w|[.,]\d)")
        if n < len(_WORDS):
            alts.append(rf"\b{_WORDS[n]}\b")
    return re.compile("|".join(alts), re.I)


def _value(word: str) -> int:
    return int(word.replace(",", "")) if word[0].isdigit() else _WORDS.index(word.lower())


def _told_counts(sentence: str) -> list[tuple[int, bool]]:
    """The sentence's counts of the hurt as (number, of the dead?): 'nine people were killed
    and 14 wounded' -> [(9, True), (14, False)]; a number beside no word for the hurt is left
    out ('one got through')."""
    told = []
    for m in _ANY_NUMBER.finditer(sentence):
        after = _AFTER.match(sentence, m.end())
        before = None if after else _BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        hurt = after or before
        if hurt:
            told.append((_value(m.group()), bool(_KILLED.match(hurt.group(1)))))
    return told


def _covers(event: Event, told: list[tuple[int, bool]]) -> bool:
    """Does the sentence give a whole count of the toll, its total or every party's part
    ('two U.S. service members and one Iraqi soldier were wounded'), of the dead and of the
    wounded both? One party's part, or the dead without the wounded, of a toll put together
    from several accounts is no ground to say whose the whole toll is."""
    for total, rows, dead in ((event.killed, [c.killed for c in event.casualties], True),
                              (event.wounded, [c.wounded for c in event.casualties], False)):
        rows = [r for r in rows if r]
        if total and not ((total, dead) in told or rows and sum(rows) == total
                          and all((r, dead) in told for r in rows)):
            return False
    return True


def who(attribution: str) -> str:
    """'the Houthi-run health ministry said' -> 'the Houthi-run health ministry'; '' when the
    words name nobody one could cite ('the group said', 'officials said') or too long."""
    words = _LEAD.sub("", " ".join(attribution.split())).strip(" ,;:")
    words = _VERB.sub("", words).split(",")[0].strip(" ,;:")
    words = _TAIL.sub("", _RELATIVE.sub("", words))  # ('an official who spoke on ...')
    if not words or _VAGUE.match(words) or len(words.split()) > _MAX_WORDS \
            or not (_NAMED.search(words) or _BODY.search(words)):
        return ""
    first = words.split()[0]
    return words if first not in ("The", "A", "An") else first.lower() + words[len(first):]


def toll_source(doc: Document, attributions: list[Attribution], event: Event,
                mentions: list[PlaceMention]) -> str:
    """Who the report says gives this event's toll, or '' (see the module's docstring)."""
    return toll_sourcing(doc, attributions, event, mentions)[0]


def _elsewhere(mentions: list[PlaceMention], starts: list[int], sent: Sentence,
               names: list[str]) -> bool:
    """Does the sentence name a town or a base that is none of the event's places (the same
    count told of another strike)?"""
    for m in mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
        if m.kind in ("country", "region", "province"):
            continue
        here = (m.key.casefold(), m.name.casefold())
        if not any(h in n or n in h for h in here for n in names):
            return True
    return False


def toll_sourcing(doc: Document, attributions: list[Attribution], event: Event,
                  mentions: list[PlaceMention]) -> tuple[str, int]:
    """(who gives the toll, where the sentence saying so starts), or ('', -1)."""
    none = ("", -1)
    dead = {n for n in (event.killed, *(c.killed for c in event.casualties)) if n}
    hurt = {n for n in (event.wounded, *(c.wounded for c in event.casualties)) if n}
    if not (dead or hurt) or event.toll_claimed_by or not attributions:
        return none
    names = sites(event)
    # (cheap tests first: most sentences about the place give no count of this toll)
    stating = []
    for sent, about in _about(doc, event, names):
        # every count of the hurt the sentence gives is this toll's, or it tells another's;
        # a sentence that names no place of it gives the dead and the wounded both
        told = _told_counts(sent.text)
        if told and all(n in (dead if killed else hurt) for n, killed in told) and \
                _covers(event, told) and (about or len(told) >= 2):
            stating.append(sent)
    if not stating:
        return none
    starts = [m.start for m in mentions]
    folded = [n.casefold() for n in names]
    stating = [s for s in stating if not (names and _elsewhere(mentions, starts, s, folded))]
    spoken = [(a.text.casefold(), name) for a in attributions if (name := who(a.text))]
    pattern = _numbers(dead | hurt)
    latest = latest_take(doc.text)
    found: list[tuple[int, int, int, str]] = []  # (rank, distance, position, source)
    for sent in stating:
        text, low = sent.text, sent.text.casefold()
        for m in pattern.finditer(text):
            if not _HURT.search(text, max(0, m.start() - 40), m.end() + 40):
                continue
            for said, name in spoken:
                i, size = low.find(said), len(said)
                if i < 0:
                    i, size = _name_telling(text, low, name)
                if i < 0:
                    continue
                lo, hi = (i + size, m.start()) if i < m.start() else (m.start(), i)
                if hi - lo > _REACH or _BREAK.search(text, lo, hi):
                    continue
                rank = 0 if latest >= 0 and sent.start > latest else 1  # (a series' last take)
                found.append((rank, hi - lo, sent.start, name))
    return (min(found)[3], min(found)[2]) if found else none


# A source drafted once with an aside ("The Houthis, a group that holds the coast, said") and
# named again bare where it gives the toll ("The Houthis said four people were killed"): its
# short name, then a verb of telling.
_TELLS_AFTER = re.compile(r"\s+(?:(?:also|later|earlier|first|now|has|have|had)\s+)*"
                          r"(?:said|says|told|reported|reports|stated|announced|claimed|claims)\b",
                          re.I)


def _name_telling(text: str, low: str, name: str) -> tuple[int, int]:
    """(where, how long) the source's short name stands before a verb of telling in the
    sentence, or (-1, 0)."""
    short = name.casefold()
    i = low.find(short)
    while i >= 0:
        told = _TELLS_AFTER.match(text, i + len(short))
        if told and (i == 0 or not low[i - 1].isalnum()):
            return i, told.end() - i
        i = low.find(short, i + len(short))
    return -1, 0


_MOST = 20  # sentences naming the place looked at: a toll is told near its incident
_PARAGRAPH = 5  # sentences after the event's own looked at in its paragraph


def _about(doc: Document, event: Event, names: list[str]) -> list[tuple[Sentence, bool]]:
    """The sentences about the event: the one it was drafted from, the rest of its paragraph
    (from the next on), and those that name its place (found with str.find: no regex over a
    long text); then, not known to be about it, those with its first count written out
    ("nine people had died")."""
    chosen: set[int] = set()
    text = doc.text
    if event.provenance:
        told = doc.sentence_index(event.provenance.start)
        chosen.update(i for i in (told, told + 1) if 0 <= i < len(doc.sentences))
        # and the rest of its paragraph: "... struck sites near X. It said .... The group said
        # four people were killed in the strikes." tells the same strikes' toll
        for i in range(told + 2, min(told + _PARAGRAPH, len(doc.sentences))):
            if told < 0 or "\n" in text[doc.sentences[told].start:doc.sentences[i].start]:
                break
            chosen.add(i)
    for name in names:
        at, seen = text.find(name), 0
        while at >= 0 and seen < _MOST:
            i = doc.sentence_index(at)
            if i >= 0 and doc.sentences[i].start <= at < doc.sentences[i].end:
                chosen.add(i)
                seen += 1
            at = text.find(name, at + len(name))
    count = event.killed or event.wounded or 0
    forms = [str(count)] + ([_WORDS[count], _WORDS[count].capitalize()]
                            if count < len(_WORDS) else [])
    other: set[int] = set()
    for form in forms:
        at, seen = text.find(form), 0
        while at >= 0 and seen < _MOST:
            end = at + len(form)
            if not (at and text[at - 1].isalnum() or end < len(text) and text[end].isalnum()):
                i = doc.sentence_index(at)
                if i >= 0 and i not in chosen and doc.sentences[i].start <= at < \
                        doc.sentences[i].end:
                    other.add(i)
                    seen += 1
            at = text.find(form, end)
    return sorted([(doc.sentences[i], True) for i in chosen] +
                  [(doc.sentences[i], False) for i in other], key=lambda p: p[0].start)
