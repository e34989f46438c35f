"""What the text named before a quote, by position: what "he", "it", "the ministry", "the
company", "the group" or "the assessment" points back to.

Pronouns go to the person or unnamed source named last, passing over names after a preposition
("at the funeral for X") and names inside quotes; "it" to the body that opened a sentence
before; "the ministry" to the "... Ministry" named last; "the officer" to the unnamed officer
described before; "the group" to the armed group named before; "the assessment" to the
document that spoke. Looking back is bounded (LOOKBACK characters) so long reports stay linear.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.acronyms import defined_acronyms
from briefdeck.extract.institutions import INSTITUTION_RE, strip_lead
from briefdeck.extract.known_organizations import KNOWN_RE, armed_group, known_organization
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.people_index import PARTY_PARTS
from briefdeck.extract.quote_patterns import (
    ANON_RE,
    APPOSED_TO_NAME,
    BODY_NOUN,
    CAPITAL_RUN,
    INTRO,
    LEAD_ARTICLE,
    OF_NAME,
    QUOTE_RE,
)
from briefdeck.extract.sentences import Document

# A mention after a preposition is no subject: "said at the funeral for Kassem" (he is not
# the "he" of the next quote).
# A sentence whose source is named at its end: "..., U.S. Central Command said in a statement
# Sunday." ("It described the attack as ..." next is that body's.)
_SAID_TAIL = re.compile(r",\s+(?P<body>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?"
                        r"[A-Z][\w'’.-]*){0,5})\s+said\b[^,;\"“”]{0,40}\s*$")
_OBJECT_BEFORE = re.compile(r"\b(?:for|to|of|with|by|against|from|about|on|at|after|killed|"
                            r"named\s+as|as)\s+(?:the\s+late\s+)?$")
# A word before a party called by its part that makes it an object: a verb or a preposition,
# not a conjunction opening a clause ("... and Claimant said").
_PARTY_AS_OBJECT = re.compile(r"\b(?!(?:that|and|but|when|while|because|since|as|if|though|"
                              r"although|where|so)\s)[a-z]+\s+$")
# Unnamed sources counted in the plural: "two defense officials", "three Iraqi sources".
_COUNTED_SOURCES = re.compile(r"\b(?:two|three|four|five|several|[2-9])\s+"
                              r"(?P<who>(?:[\w.'’-]+\s+){0,3}?(?:officials|sources|diplomats|"
                              r"officers|analysts|residents|witnesses|lawmakers))\b")
# An uncounted group of sources named by where they serve: "Gulf officials", "Western diplomats".
_NAMED_SOURCES = re.compile(r"\b(?P<who>(?!(?:But|And|The|Some|Many|Most|Other|All|Two|Three|Four|"
                            r"Five|Several|Both)\b)[A-Z][\w.'’-]*\s+"
                            r"(?:(?:senior|security|defen[cs]e|military|government)\s+)?(?:officials|"
                            r"diplomats|officers|lawmakers))\b")
# A spokesperson named by whose they are, with no name after: "Iran's foreign ministry spokesman".
_OWNED_SPOKES = re.compile(r"\b[A-Z][\w-]*(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}"
                           r"spokes(?:man|woman|person)\b(?!,?\s+[A-Z])")

# An armed group's name by its last word: "Valley Liberation Front", "Martyrs Brigades".
_GROUP_NAME = re.compile(r"(?<![\w.'’-])(?:(?!(?:The|A|An|In|On|At|Its|Their)\b)[A-Z][\w'’-]*[ ]+)"
                         r"{1,4}(?:Front|Brigades?|Movement|Resistance|Battalions?|Army)\b")

LOOKBACK = 3000  # characters: "the group" or "the assessment" points a few paragraphs up

# A sentence opening on a group named by itself: "A group calling itself the X claimed"
# (a transcript's speaker label may stand first: "REPORTER: A faction known as X said").
SELF_NAMED = re.compile(r"(?:[A-Z][A-Z'’. -]{2,40}:\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:group|faction|militia|coalition|alliance|network|movement)\s+"
                        r"(?:calling\s+itself|known\s+as|that\s+calls\s+itself)\s+(?:the\s+)?"
                        r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|in|for|the|al-)\s*)?[A-Z][\w'’-]*){0,6})")

# A company named as such: "its operator, X Petroleum," / "X Energy said".
_COMPANY_NAMED = re.compile(
    r"\b(?:company|firm|operator|owner|manager|contractor|insurer|shipowner|carrier),\s+"
    r"(?P<a>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})(?=,|\s+(?:said|says))"
    r"|(?P<b>\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\s+(?:Petroleum|Energy|Oil|Gas|Inc|"
    r"Ltd|Corp|Corporation|Company|Holdings|Shipping|Industries|Technologies|Aerospace|"
    r"Dynamics|Airlines|PLC|plc|LLC)\b)"
)


def tidy_speaker(who: str) -> str:
    """The words naming a speaker, as a name: spaces folded, no lead article ("one of the
    officials" is one official)."""
    who = " ".join(who.split()).strip(" ,")
    if re.match(r"(?i)one\s+of\s+the\s+", who):  # "one of the officials": one official
        return re.sub(r"s$", "", who[len("one of the "):].strip())
    who = LEAD_ARTICLE.sub("", who)
    if who.lower().endswith("officials") and "of the" not in who:
        return who
    return re.sub(r"\bofficials$", "official", who)


class Speakers:
    """Who 'he', 'she' or 'it' can be: people and unnamed sources, by position."""

    def __init__(self, doc: Document, people: PeopleIndex):
        self.people = people
        self.doc = doc
        self.text = doc.text
        self._acronyms: dict[str, str] | None = None  # the text's own, read when one speaks
        # an acronym's name as the text writes it with no brackets ("the Ministry of Defence"
        # for "the MoD"), filled by speaker_resolution as acronyms speak
        self.spelled_out: dict[str, str] = {}
        self.anonymous: list[tuple[int, str]] = []
        self.documents: list[tuple[int, str]] = []  # documents that spoke, for "the report"
        quoted = [(m.start(), m.end()) for m in QUOTE_RE.finditer(doc.text)]
        self.quoted = quoted
        for sent in doc.sentences:
            for m in ANON_RE.finditer(doc.text, sent.start, sent.end):
                i = bisect.bisect_right(quoted, (m.start(), m.end()))
                if i and quoted[i - 1][0] <= m.start() < quoted[i - 1][1]:
                    continue  # '"..., not the diplomats," he said': words spoken, no source
                named = people.last_before(m.start())
                if named and APPOSED_TO_NAME.search(doc.text, max(sent.start, m.start() - 30),
                                                     m.start()) and m.start() - named[0] < 60:
                    continue  # "Col. Yuriy Kovalenko, a spokesman for ...": the named man
                self.anonymous.append((m.start(), tidy_speaker(m.group(0))))
            if "spokes" in sent.text:  # "Iran's foreign ministry spokesman", unnamed: "he"
                for m in _OWNED_SPOKES.finditer(doc.text, sent.start, sent.end):
                    if not self._in_quote(m.start()):
                        self.anonymous.append((m.start(), m.group(0)))
        self.anonymous.sort()

    def last_subject(self, pos: int) -> tuple[int, str] | None:
        """The person mentioned last before pos, passing over mentions after a preposition."""
        mentions = self.people.mentions
        i = bisect.bisect_left(mentions, (pos, -1, ""))
        for start, _end, name in reversed(mentions[max(0, i - 12):i]):
            if self._in_quote(start):
                continue  # '"X can say he won," she said': X is spoken of, not speaking
            if _PARTY_AS_OBJECT.search(self.text, max(0, start - 25), start) and \
                    self.text[start:_end] in PARTY_PARTS:
                continue  # "a doctor who has treated Claimant since May": the party is no
                # subject after a verb ("she wrote" is the doctor's)
            if not _OBJECT_BEFORE.search(self.text, max(0, start - 25), start):
                return (start, name)
        last = self.people.last_before(pos)
        return None if last and self._in_quote(last[0]) else last

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, pos))
        return bool(i) and self.quoted[i - 1][0] <= pos < self.quoted[i - 1][1]

    def one_of(self, pos: int) -> str:
        """'one of them said' at pos: one of the unnamed sources counted last before it, in
        the singular ("two defense officials" -> "defense official"), or ''."""
        counted = list(_COUNTED_SOURCES.finditer(self.text, max(0, pos - 600), pos))
        if counted:
            return counted[-1].group("who")[:-1]
        # ('Gulf officials are nervous. "...," says one.': the group named just before, uncounted)
        named = list(_NAMED_SOURCES.finditer(self.text, max(0, pos - 300), pos))
        return named[-1].group("who")[:-1] if named else ""

    def antecedent(self, pos: int) -> str:
        person = self.last_subject(pos)
        i = bisect.bisect_left(self.anonymous, (pos, ""))
        unnamed = self.anonymous[i - 1] if i else None
        candidates = [c for c in (person, unnamed) if c]
        return max(candidates)[1] if candidates else ""

    def body_before(self, pos: int) -> str:
        """'It denied ...' at pos: the body that opens one of the few sentences before, as its
        subject ("Azerbaijan's Defense Ministry gave a different account"), or ''."""
        i = self.doc.sentence_index(pos)
        # (its own sentence first, when "it" comes after the subject: "X condemned what it
        # described as ...")
        own = i if 0 <= i < len(self.doc.sentences) and \
            self.doc.sentences[i].start + 12 < pos else i - 1
        for sent in reversed(self.doc.sentences[max(0, i - 3):max(0, own + 1)]):
            intro = INTRO.match(self.text, sent.start, sent.end)
            head = intro.end() if intro else sent.start
            calling = SELF_NAMED.match(self.text, head, sent.end)
            if calling:  # "A group calling itself the X claimed ...": the X
                return calling.group("name")
            inst = INSTITUTION_RE.match(self.text, head, sent.end)
            if inst and self.people.mention_at(inst.start(), inst.end()) is None:
                return strip_lead(inst.group("inst"))  # "The Israeli military said ..."
            run = CAPITAL_RUN.match(self.text, head, sent.end)
            name = run.group(0) if run else ""
            if name and name.split()[0] not in ("It", "They", "He", "She") and \
                    self.people.mention_at(run.start(), run.end()) is None and (
                    BODY_NOUN.search(name) or known_organization(name)):
                return LEAD_ARTICLE.sub("", name)
            # "..., U.S. Central Command said in a statement Sunday.": the body that said it
            tail = _SAID_TAIL.search(self.text, sent.start, sent.end) if " said" in \
                self.text[sent.start:sent.end] else None
            if tail and self.people.mention_at(tail.start("body"), tail.end("body")) is None \
                    and (BODY_NOUN.search(tail.group("body")) or
                         known_organization(tail.group("body"))):
                return LEAD_ARTICLE.sub("", tail.group("body"))
        return ""

    def named_body(self, noun: str, pos: int) -> str:
        """'the ministry' at pos: the capitalised body with that noun named last before it
        ("Azerbaijan's Defense Ministry"), or ''."""
        name = r"\s+".join(w.capitalize() for w in noun.split())
        found = ""
        # (or the noun first: "the Ministry of Interior's media department ... The ministry")
        for m in re.finditer(rf"\b(?:(?:[A-Z][\w.'’-]*\s+){{1,4}}{name}(?!\s+of\s+[A-Z])|"
                             rf"{name}\s+of\s+(?:the\s+)?"
                             rf"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){{0,3}})\b",
                             self.text[max(0, pos - LOOKBACK):pos]):
            found = m.group(0)
        return LEAD_ARTICLE.sub("", " ".join(found.split()))

    def full_name(self, last: str, pos: int) -> str:
        """'the Cell' at pos: the longer capitalised name ending in that word named last
        before it ("Security Media Cell"), or ''."""
        found = ""
        for m in re.finditer(rf"(?<![\w.'’-])(?:(?!(?:The|A|An|In|On|At|Its|Their)\b)"
                             rf"[A-Z][\w'’-]*[ ]+){{1,4}}{last}\b",
                             self.text[max(0, pos - LOOKBACK):pos]):
            found = m.group(0)
        return found

    def unnamed_since(self, noun: str, named: str | None, pos: int) -> str:
        """The unnamed source with that noun described after the last mention of named (or
        within the lookback when no one is named) and before pos, or ''."""
        since = max(0, pos - LOOKBACK)
        if named:
            i = bisect.bisect_left(self.people.mentions, (pos, -1, ""))
            for start, _end, name in reversed(self.people.mentions[max(0, i - 40):i]):
                if name == named:
                    since = start
                    break
        i = bisect.bisect_left(self.anonymous, (pos, ""))
        for start, who in reversed(self.anonymous[max(0, i - 20):i]):
            if start <= since:
                break
            if re.search(rf"\b{noun}\b", who, re.I) and who.lower() != noun.lower() and \
                    len(who.split()) > 1:
                return tidy_speaker(who)
        return ""

    def unnamed_before(self, noun: str, pos: int) -> str:
        """'the officer said': the unnamed source with that noun described last before pos."""
        i = bisect.bisect_left(self.anonymous, (pos, ""))
        for start, who in reversed(self.anonymous[max(0, i - 20):i]):
            if pos - start > LOOKBACK:
                break
            if who.lower() != noun.lower() and re.search(rf"\b{noun}s?\b", who, re.I):
                return who
        return ""

    def document(self, doc: str, pos: int) -> str:
        """An 'internal assessment' recorded as a speaker; 'the assessment' later is it too."""
        noun = doc.split()[-1].lower()
        if len(doc.split()) == 1:
            for start, known in reversed(self.documents):
                if start < pos and pos - start < LOOKBACK and known.lower().endswith(noun):
                    return known
        self.documents.append((pos, doc))
        return doc

    def company_before(self, pos: int) -> str:
        """'the company' at pos: the company named last before it (as an operator's or a
        firm's name, or by a company word ending its name), or ''."""
        found = ""
        for m in _COMPANY_NAMED.finditer(self.text, max(0, pos - LOOKBACK), pos):
            found = m.group("a") or m.group("b")
        return LEAD_ARTICLE.sub("", " ".join(found.split()))

    def acronym(self, word: str) -> str:
        """The name the text spells the acronym out as ("CTD" -> "Counter-Terrorism
        Directorate"), or ''. Read once, on the first acronym that speaks."""
        if self._acronyms is None:
            self._acronyms = defined_acronyms(self.text)
        return self._acronyms.get(word, "")

    def longer_name(self, run: str, pos: int) -> str:
        """'General Command' after 'the General Command of the Army' was named (a few
        paragraphs up): the full name."""
        if " of " in run:
            return run
        full = re.compile(re.escape(run) + OF_NAME)
        named = [m.group(0) for m in full.finditer(self.text, max(0, pos - LOOKBACK), pos)]
        return named[-1] if named else run

    def group_before(self, pos: int, unknown: bool = False) -> str:
        """'the group said': the armed group named last before pos, or ''."""
        found = ""
        for m in KNOWN_RE.finditer(self.text, max(0, pos - LOOKBACK), pos):
            group = armed_group(m.group(0))
            found = group or found
        if not found and unknown:  # "the group": one the gazetteer does not know, too
            for m in _GROUP_NAME.finditer(self.text, max(0, pos - LOOKBACK), pos):
                found = m.group(0)
        return found
