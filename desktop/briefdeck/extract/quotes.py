"""Quotes and who said them.

The speaker is found, in order, from: the words after the quote (", NAME said" / "said NAME"),
the words before it ("NAME said:" / "wrote on Twitter:" / "and he added that"), the attribution
closing the sentence (", the monitor added."), an "according to" in the same sentence, or the
quote before it when a speaker carries on in a new quote or paragraph. Pronouns resolve to the
person or unnamed source named last (passing over names after a preposition: "at the funeral
for X"), a surname or "the colonel" to the full name, "the ministry" to the body named before
it, "the officer" to the unnamed officer described before, "the group" to the armed group named
before, "the assessment" to the document that spoke; bodies in lower case ("Iran's foreign
ministry"), documents and a group's Telegram channel speak too. Known acronyms are written out:
"U.S. Central Command (CENTCOM)", and so are those the text defines ("the CTD" after "the
Counter-Terrorism Directorate (CTD)"); "the General Command" after "the General Command of the
Army" is that body. Words a body issued speak for it: "the statement read", "the post said",
"the ministry's official account shared". A pronoun just before the verb is its subject ('for
what he called "..."'), "it" is the body that opened a sentence before, "the ministry" the
"... Ministry" named last, and a speaker goes on within a sentence (', warning it would act
"decisively"'). Quotes hard-wrapped over lines are read whole.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefdeck.extract.acronyms import defined_acronyms
from briefdeck.extract.embedded_posts import embedded_posts, signed_posts
from briefdeck.extract.institutions import (
    BACK_REFERENCE_RE,
    INSTITUTION_RE,
    back_reference,
    institution_in,
    strip_lead,
)
from briefdeck.extract.known_organizations import KNOWN_RE, armed_group, known_organization
from briefdeck.extract.people import ROLE_REFERENCE_RE, PeopleIndex
from briefdeck.extract.platform_speakers import platform_speaker
from briefdeck.extract.pull_quotes import without_pull_quotes
from briefdeck.extract.quote_patterns import (
    ABBR_DOT,
    ACCORDING_RE,
    ACCOUNT_OWNER,
    ANON_BACK,
    ANON_NOUN_RE,
    ANON_RE,
    APPOSED_TO_NAME,
    BARE_SOURCES,
    BODY_NOUN,
    CALLED_THING,
    CAPITAL_RUN,
    CHANNEL,
    CLAUSE_SUBJECT_RE,
    CONTINUES,
    DOC_SUBJECT,
    FUNCTION_WORDS,
    GROUP_BACK,
    INTRO,
    ISSUE_VERB,
    ISSUED_BACK,
    LEAD_ARTICLE,
    LEAD_IN,
    NAMED_AS,
    NAMED_NEXT_RE,
    NAMING_BEFORE,
    NOT_SPEAKER_START,
    NOUN_SLOT,
    OF_NAME,
    OFFICE_HOLDER,
    OUTLET_SPEAKER,
    OWNED_OFFICE,
    PARAPHRASE_LEAD,
    PHRASE_GOES_ON,
    POST_ASIDE,
    POST_LABEL,
    PRONOUN_BEFORE_VERB,
    PRONOUNS,
    QUOTE_RE,
    RELATIVE_ASIDE,
    REPORTED_BEFORE,
    SENTENCE_TAIL_RE,
    SOURCE_APPOSED,
    SPEAKERISH,
    SPOKES_RE,
    SUBJECT_VERB_RE,
    TAIL_SAYS,
    TERM_EXPLAINED,
    TITLE_CASE_NAME,
    VERB,
    VERB_FIRST_RE,
    WHO_FIRST_RE,
)
from briefdeck.extract.sentences import Document
from briefdeck.extract.single_quotes import single_quoted
from briefdeck.extract.transcript_turns import transcript_turns
from briefdeck.model import Provenance, Quote


@dataclass
class _Q:
    start: int
    end: int
    text: str
    paragraph: int
    speaker: str


# A mention after a preposition is no subject: "said at the funeral for Kassem" (he is not
# the "he" of the next quote).
_OBJECT_BEFORE = re.compile(r"\b(?:for|to|of|with|by|against|from|about|on|at|after|killed|"
                            r"named\s+as|as)\s+(?:the\s+late\s+)?$")
# Unnamed sources counted in the plural: "two defense officials", "three Iraqi sources".
_COUNTED_SOURCES = re.compile(r"\b(?:two|three|four|five|several|[2-9])\s+"
                              r"(?P<who>(?:[\w.'’-]+\s+){0,3}?(?:officials|sources|diplomats|"
                              r"officers|analysts|residents|witnesses|lawmakers))\b")
# A spokesperson named by whose they are, with no name after: "Iran's foreign ministry spokesman".
_OWNED_SPOKES = re.compile(r"\b[A-Z][\w-]*(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}"
                           r"spokes(?:man|woman|person)\b(?!,?\s+[A-Z])")
_OWNED_NAME = re.compile(r"(?:'s|’s)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                         r"[A-Z][\w'’.-]*){1,5})\s*$")
# A clause with its own finite verb ("An airman was hurt"): no subject of what follows.
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|did)\b")
# A date or place opening a clause after a colon: ": on Feb. 2, the group claimed".
_CLAUSE_DATE = re.compile(r"\s*(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ate|[Ee]arly)\s+[^,\"“”]{3,30},\s*")
# "The first statement, released early Monday,": the statement, its aside set apart.
_ISSUED_ASIDE = re.compile(r",\s+(?:released|issued|posted|published|sent|dated|put\s+out)\b"
                           r"[^,]*,?\s*$")
# An armed group's name by its last word: "Valley Liberation Front", "Martyrs Brigades".
_GROUP_NAME = re.compile(r"(?<![\w.'’-])(?:(?!(?:The|A|An|In|On|At|Its|Their)\b)[A-Z][\w'’-]*[ ]+)"
                         r"{1,4}(?:Front|Brigades?|Movement|Resistance|Battalions?|Army)\b")
# A body named again by the last word of its name: "The Cell", "the Directorate".
_THE_SHORT_NAME = re.compile(r"^[Tt]he\s+([A-Z][a-z]{2,})$")
# ... or five words and more with two in lower case ("Four rockets struck near the depot"),
# no name with its description ("The Syrian Democratic Forces, the Kurdish-led ...").
_CLAUSE_NOT_NAME = re.compile(r"^\s*(?=(?:\S+\s+){4})(?=(?:.*?\b(?!(?:of|the|for|and|in)\b)"
                              r"[a-z][\w-]*){2})")
_ONE_OF_THEM = re.compile(r"(?i)^one\s+of\s+(?:them|those)$")
_LOOKBACK = 3000  # characters: "the group" or "the assessment" points a few paragraphs up


class _Speakers:
    """Who 'he', 'she' or 'it' can be: people and unnamed sources, by position."""

    def __init__(self, doc: Document, people: PeopleIndex):
        self.people = people
        self.doc = doc
        self.text = doc.text
        self._acronyms: dict[str, str] | None = None  # the text's own, read when one speaks
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
                self.anonymous.append((m.start(), _clean(m.group(0))))
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
        return counted[-1].group("who")[:-1] if counted else ""

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
            calling = _SELF_NAMED.match(self.text, head, sent.end)
            if calling:  # "A group calling itself the X claimed ...": the X
                return calling.group("name")
            inst = INSTITUTION_RE.match(self.text, head, sent.end)
            if inst and self.people.mention_at(inst.start(), inst.end()) is None:
                return strip_lead(inst.group("inst"))  # "The Israeli military said ..."
            run = CAPITAL_RUN.match(self.text, head, sent.end)
            if not run or run.group(0).split()[0] in ("It", "They", "He", "She"):
                continue
            name = run.group(0)
            if self.people.mention_at(run.start(), run.end()) is None and (
                    BODY_NOUN.search(name) or known_organization(name)):
                return LEAD_ARTICLE.sub("", name)
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
                             self.text[max(0, pos - _LOOKBACK):pos]):
            found = m.group(0)
        return LEAD_ARTICLE.sub("", " ".join(found.split()))

    def full_name(self, last: str, pos: int) -> str:
        """'the Cell' at pos: the longer capitalised name ending in that word named last
        before it ("Security Media Cell"), or ''."""
        found = ""
        for m in re.finditer(rf"(?<![\w.'’-])(?:(?!(?:The|A|An|In|On|At|Its|Their)\b)"
                             rf"[A-Z][\w'’-]*[ ]+){{1,4}}{last}\b",
                             self.text[max(0, pos - _LOOKBACK):pos]):
            found = m.group(0)
        return found

    def unnamed_since(self, noun: str, named: str | None, pos: int) -> str:
        """The unnamed source with that noun described after the last mention of named (or
        within the lookback when no one is named) and before pos, or ''."""
        since = max(0, pos - _LOOKBACK)
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
                return _clean(who)
        return ""

    def unnamed_before(self, noun: str, pos: int) -> str:
        """'the officer said': the unnamed source with that noun described last before pos."""
        i = bisect.bisect_left(self.anonymous, (pos, ""))
        for start, who in reversed(self.anonymous[max(0, i - 20):i]):
            if pos - start > _LOOKBACK:
                break
            if who.lower() != noun.lower() and re.search(rf"\b{noun}s?\b", who, re.I):
                return who
        return ""

    def document(self, doc: str, pos: int) -> str:
        """An 'internal assessment' recorded as a speaker; 'the assessment' later is it too."""
        noun = doc.split()[-1].lower()
        if len(doc.split()) == 1:
            for start, known in reversed(self.documents):
                if start < pos and pos - start < _LOOKBACK and known.lower().endswith(noun):
                    return known
        self.documents.append((pos, doc))
        return doc

    def company_before(self, pos: int) -> str:
        """'the company' at pos: the company named last before it (as an operator's or a
        firm's name, or by a company word ending its name), or ''."""
        found = ""
        for m in _COMPANY_NAMED.finditer(self.text, max(0, pos - _LOOKBACK), pos):
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
        named = [m.group(0) for m in full.finditer(self.text, max(0, pos - _LOOKBACK), pos)]
        return named[-1] if named else run

    def issuer(self, noun: str, pos: int) -> str:
        """'the statement read' at pos: who issued the statement (post, message) named last
        before it, from the subject of the sentence that names it; or ''."""
        window_start = max(0, pos - _LOOKBACK)
        # (a statement is also what a body put out on its channel: "said on its Telegram
        # channel that ...", "posted on X")
        said_on = r"|\bon\s+(?:its|their|his|her)\s+(?:official\s+)?(?:Telegram|X|Twitter|" \
            r"Facebook|website|channel|account)\b" if noun in ("statement", "message") else ""
        hits = list(re.finditer(rf"\b{noun}\b{said_on}", self.text[window_start:pos]))
        for hit in reversed(hits[-4:]):
            sent = self.doc.sentence_at(window_start + hit.start())
            if sent is None:
                continue
            head_start = sent.start
            intro = INTRO.match(self.text, head_start, sent.end)
            head_start = intro.end() if intro else head_start
            verb = ISSUE_VERB.search(self.text, head_start, sent.end)
            head = self.text[head_start:verb.start()] if verb else ""
            if not head.strip() or ISSUED_BACK.match(head.strip()):
                continue  # no subject, or "The statement said": a repeat, look further up
            first = head.split(",")[0]  # "The X (XY), an umbrella of ...": the name
            at = head_start
            if "," in head and (len(first.split()) > 8 or _FINITE.search(first) or
                                _CLAUSE_NOT_NAME.match(first)):
                # "Two died in the clash, the X said
                cut = head.rindex(",") + 1  # in a statement": the attribution closing it
                first, at = head[cut:], head_start + cut
            who = _resolve(first, at, at + len(first), self, issued=False)
            if who:
                return who
        return ""

    def group_before(self, pos: int, unknown: bool = False) -> str:
        """'the group said': the armed group named last before pos, or ''."""
        found = ""
        for m in KNOWN_RE.finditer(self.text, max(0, pos - _LOOKBACK), pos):
            group = armed_group(m.group(0))
            found = group or found
        if not found and unknown:  # "the group": one the gazetteer does not know, too
            for m in _GROUP_NAME.finditer(self.text, max(0, pos - _LOOKBACK), pos):
                found = m.group(0)
        return found


# A body's press office: "the SDF media centre", "the army's media office".
_PRESS_OFFICE = re.compile(r"(?P<body>(?!The\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)?\s+"
                           r"(?P<office>media\s+(?:cent(?:re|er)|office)|press\s+office)\b")
# A sentence opening on a group named by itself: "A group calling itself the X claimed"
# (a transcript's speaker label may stand first: "REPORTER: A faction known as X said").
_SELF_NAMED = re.compile(r"(?:[A-Z][A-Z'’. -]{2,40}:\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:group|faction|militia|coalition|alliance|network|movement)\s+"
                         r"(?:calling\s+itself|known\s+as|that\s+calls\s+itself)\s+(?:the\s+)?"
                         r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|in|for|the|al-)\s*)?[A-Z][\w'’-]*){0,6})")
# A body followed by its name: "Syria's state news agency SANA", "the ministry's outlet X".
_NAMED_AFTER_BODY = re.compile(r"\b(?:agency|ministry|military|army|broadcaster|channel|"
                               r"service)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")
# A body described by its relation to another, then named: "the armed wing of X, the Y".
# ("Al Qaeda's Sahel affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a name with
# its particles and initials)
_RENAMED = re.compile(r"^(?:[Tt]he|[Ii]ts|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:'s|’s))\s+"
                      r"(?:[\w-]+\s+)?"
                      r"(?:wing|arm|branch|affiliate|faction|unit)\b[^,]{0,40},\s+(?:the\s+)?"
                      r"(?P<name>(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|wal|wa|bin|ibn)-?)?"
                      r"[A-Z][\w'’-]*){0,4})(?:\s+\((?P<short>[A-Z][\w-]{1,8})\))?[\s,]*$")


# A body described, then named: "A Tehran-backed coalition, the Popular Front," - the name
# set after the description speaks.
DESCRIBED_THEN_NAMED = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w-]+,\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|in|for|the|al|el)\s+)?[A-Z][\w'’-]*){0,6})[\s,]*$")
# A body named, then described: "UNIFIL, the UN force in southern Lebanon," - the name speaks,
# not a place or body in its description.
_NAME_THEN_DESCRIBED = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.&-]*){0,5}),"
    r"\s+(?:the|a|an)\s+(?P<what>[^,]{3,80})$")
# ... described in common words ("the UN force in ..."), not renamed ("Petra, the General
# Command of the JAF": the second name is the speaker)
_COMMON_WORD = re.compile(r"\b(?!(?:of|the|and|in|for|on|at|to)\b)[a-z][a-z-]{2,}\b")
_NOT_NAMED = re.compile(r"(?i)^(?:on|in|at|after|before|last|this|monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday|meanwhile|however|later|earlier)\b")


_TRAILING_ADVERB = re.compile(r"(?<=\w)\s+(?:now|also|later|then|again|initially|previously|"
                              r"subsequently|separately|further|too|repeatedly)\s*$")
# An unnamed spokesperson for someone named, with no name of their own after a comma.
_SPOKES_FOR = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|"
                         r"[Oo]ffice)\s+(?:for|of)\s+[^,()]{2,90}$")
# "the company" or "the firm" speaking: the company named last before.
_COMPANY_BACK = re.compile(r"^\s*[Tt]he\s+(?:company|firm|operator)\s*$")
_COMPANY_NAMED = re.compile(
    r"\b(?:company|firm|operator|owner|manager|contractor|insurer|shipowner|carrier),\s+"
    r"(?P<a>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})(?=,|\s+(?:said|says))"
    r"|(?P<b>\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\s+(?:Petroleum|Energy|Oil|Gas|Inc|"
    r"Ltd|Corp|Corporation|Company|Holdings|Shipping|Industries|Technologies|Aerospace|"
    r"Dynamics|Airlines|PLC|plc|LLC)\b)"
)


# A sentence opening on a contraction ("That's why we said", "It's what they called") names
# no one by it: the pronoun after it is the subject.
_CONTRACTED = re.compile(r"(?:That|It|There|What|Here|This|Who)['’](?:s|re|ll|d)")


# A time set off by commas before the verb: ", on Saturday morning,", ", late on 9 October,".
_WHEN_ASIDE = re.compile(r",\s+(?:on|late|early|last|this|in\s+the)\s+(?:on\s+)?"
                         r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|"
                         r"(?:morning|evening|night|afternoon|week|month))\b[\w\s]{0,12},?\s*$")


# A body's own statement speaks for it: "the army's latest statement", "Hamas's first post".
_STATEMENT_OWNER = re.compile(r"^(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,4}[\w.-]+)"
                              r"(?:'s|’s)\s+(?:[a-z]+\s+){0,2}(?:statement|post|release|communiqu[eé]|"
                              r"announcement|update)$")


# A speech's address to the chair, and a time after it: "Mr. President, last month ...".
_VOCATIVE = re.compile(r"(?:M(?:r|adam|adame|s)\.?\s+(?:President|Speaker|Chair(?:man|woman)?)"
                       r"\s*,\s*)(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|"
                       r"yesterday\s+|today\s+)?")
_NAMED_NEXT_CHARS = 400


def _named_next(phrase: str, article: str, end: int, speakers: _Speakers) -> str:
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


def _clean(who: str) -> str:
    who = " ".join(who.split()).strip(" ,")
    if re.match(r"(?i)one\s+of\s+the\s+", who):  # "one of the officials": one official
        return re.sub(r"s$", "", who[len("one of the "):].strip())
    who = LEAD_ARTICLE.sub("", who)
    if who.lower().endswith("officials") and "of the" not in who:
        return who
    return re.sub(r"\bofficials$", "official", who)


def _written_out(run: str, speakers: _Speakers) -> str:
    """An acronym the text defines, with its name: "the CTD" -> "Counter-Terrorism
    Directorate (CTD)", "Russian MoD" -> "Russian Ministry of Defense (MoD)"; else ''."""
    words = LEAD_ARTICLE.sub("", run).split()
    last = words[-1] if words else ""
    if len(words) > 2 or sum(c.isupper() for c in last) < 2 or not last.isalpha():
        return ""
    full = speakers.acronym(last)
    return f"{full} ({last})" if full else ""


def _resolve(who: str, start: int, end: int, speakers: _Speakers, issued: bool = True) -> str:
    """The speaker named by the words at text[start:end] (who)."""
    adverb = _TRAILING_ADVERB.search(who)
    if adverb:  # "the army now says": the army
        who = who[:adverb.start()]
        end = start + len(who)
    if "," in who:
        aside = _WHEN_ASIDE.search(who)
        if aside:  # "The coalition's first statement, on Saturday morning, said": no speaker
            who = who[:aside.start()]  # in the time set off by commas
            end = start + len(who)
    label = who.rfind(": ")
    if label > 0 and who[label + 2:].strip():  # "US Forces: In its release, CENTCOM said": a
        intro = INTRO.match(who, label + 2)  # line's label, then the sentence's own subject
        cut = intro.end() if intro else label + 2
        who, start = who[cut:], start + cut
    vocative = _VOCATIVE.match(who)
    if vocative:  # "Mr. President, last month a mother asked me": the one addressed is no speaker
        who = who[vocative.end():]
        start += vocative.end()
    post = platform_speaker(who, speakers.text, end)
    if post:  # "reads the caption of a video posted on Facebook": the post's claim
        return post
    if "spokes" in who or "ffice of" in who:
        unnamed = _SPOKES_FOR.match(" ".join(who.split()).strip(" ,"))
        if unnamed:  # "a spokesperson for Jane Roe's office said", "the office of the prime
            return _clean(unnamed.group(0))  # minister said": they speak, not Roe
    if "office" in who or "ministry" in who:
        owned_office = OWNED_OFFICE.fullmatch(" ".join(who.split()).strip(" ,"))
        if owned_office:  # "The Iraqi prime minister's office": the office, not "Iraqi"
            return _clean(owned_office.group(0))
    if _COMPANY_BACK.match(who):  # "the company said" after "its operator, X Petroleum,"
        company = speakers.company_before(start)
        if company:
            return company
    person = speakers.people.mention_at(start, end)
    if person:
        return person[2]
    calling = _SELF_NAMED.match(who.strip()) if "itself" in who or "known as" in who else None
    if calling:  # "A group calling itself X al-Y, which ...": the whole name it goes by
        return calling.group("name")
    relative = RELATIVE_ASIDE.match(who)
    if relative:  # "The X agency, which is run by the navy,": X speaks, not the navy
        who = relative.group("head")
        end = start + len(who)
    words = who.strip(" ,").split()
    if not words:
        return ""
    joined = " ".join(words)
    document = DOC_SUBJECT.match(joined) or ("," in joined and DOC_SUBJECT.match(
        joined.rsplit(", ", 1)[-1]))
    if document:  # "An internal assessment reviewed by the Post warns that ...", "In Iraq,
        # the memo calls for": the document, before any official named in an aside on it
        return speakers.document(_clean(document.group("doc")), start)
    if words[0].lower() in PRONOUNS and (len(words) <= 2 or not any(
            w[:1].isupper() for w in words[1:])):  # "It denied using drones and": its subject
        if words[0].lower() == "it":  # a body, never a person
            return speakers.body_before(start) or speakers.group_before(start)
        return speakers.antecedent(start)
    if _ONE_OF_THEM.match(" ".join(words)):  # "One of them said" after "two officials"
        one = speakers.one_of(start)
        if one:
            return one
    role = ROLE_REFERENCE_RE.match(" ".join(words))
    if role:  # "the colonel said" after "Col. Jane Doe": the same officer
        named = speakers.people.by_role(role.group("role"), start)
        since = speakers.unnamed_since(role.group("role"), named, start)
        if since:  # "a Navy spokesperson said ... the spokesperson said", though a named
            return since  # spokesman spoke earlier: the unnamed one, named last
        if named:
            return named
    if OFFICE_HOLDER.match(" ".join(words)) and len(words) <= 8:
        return _clean(" ".join(words))  # "the governor of the region", unnamed: the office
    if words[0].lower() in ("his", "her") and len(words) <= 6:  # "Her post on X read:"
        return speakers.antecedent(start)
    owner = _STATEMENT_OWNER.match(joined) if "s " in joined else None
    if owner:  # "The coalition's first statement said": the coalition
        who = owner.group("owner")
        return _resolve(who, start, start + len(who), speakers, issued=False) or _clean(who)
    account = ACCOUNT_OWNER.match(" ".join(words))
    if account:  # "the Border Guards' official account": the body that runs it
        owner = account.group("owner")
        return _resolve(owner, start, start + len(owner), speakers, issued=False) or owner
    spokes = SPOKES_RE.search(who)
    if spokes:
        return _clean(spokes.group(0))
    back = ANON_BACK.match(" ".join(words))
    if back:  # "the officer said" after "a senior officer in ..."
        earlier = speakers.unnamed_before(back.group("noun"), start)
        if earlier:
            return earlier
    apposed = SOURCE_APPOSED.fullmatch(" ".join(words)) if "," in who else None
    if apposed:  # "A second source, a member of X,": the aside says who the source is
        return apposed.group("desc")
    anon = ANON_RE.search(who)
    if anon:
        return _named_next(anon.group(0), words[0], end, speakers) or _clean(anon.group(0))
    issued_back = (ISSUED_BACK.match(" ".join(words)) or ISSUED_BACK.match(
        _ISSUED_ASIDE.sub("", " ".join(words)))) if issued else None
    if issued_back:  # '"...," the statement read.': who issued it
        issuer = speakers.issuer(issued_back.group("noun"), start)
        if issuer:
            return issuer
        sent = speakers.doc.sentence_at(start)
        i = speakers.doc.sentence_index(sent.start) if sent is not None else 0
        prev = speakers.doc.sentences[i - 1] if i > 0 else None
        tail = TAIL_SAYS.search(speakers.text, prev.start, prev.end) if prev is not None and \
            "\n" not in speakers.text[prev.end:start] else None
        if tail:  # 'Drones fell, the X says. "...," the statement says.': X's statement
            return _resolve(tail.group("who"), tail.start("who"), tail.end("who"), speakers,
                            issued=False)
    channel = CHANNEL.search(" ".join(words))
    if channel:
        return channel.group("who")
    if BARE_SOURCES.match(" ".join(words)):
        return " ".join(words)  # "US officials said"
    if GROUP_BACK.match(" ".join(words)):
        group = speakers.group_before(start, unknown=True)
        if group:  # "The group said" after "The Islamic Resistance in Iraq claimed"
            return group
    named_after = DESCRIBED_THEN_NAMED.match(" ".join(words))
    if named_after and not back_reference(" ".join(words).rsplit(",", 1)[-1], speakers.text,
                                          start):  # ("the Observatory": named before)
        name = named_after.group("name")
        return known_organization(name) or name
    described = _NAME_THEN_DESCRIBED.match(" ".join(words))
    if described and not _NOT_NAMED.match(described.group("name")) and \
            _COMMON_WORD.search(described.group("what")):
        name = described.group("name")
        known = known_organization(name)
        if known and name.isupper() and known != name:
            return f"{known} ({name})"
        return known or name
    last_clause = who.rsplit(",", 1)[-1]  # ", a block near the port, the Observatory"
    renamed = _RENAMED.search(who)
    if renamed:  # "The armed wing of X, the Y Brigades": the appositive names the speaker
        name, short = renamed.group("name"), renamed.group("short") or ""
        return known_organization(name) or known_organization(short) or name
    owned = _OWNED_NAME.search(last_clause)
    if owned and BODY_NOUN.search(owned.group("name")) and BODY_NOUN.search(
            last_clause[max(0, owned.start() - 16):owned.start()]):
        # "the Iraqi government's Joint Operations Command": the named body, not the body
        # owning it (a country owning it stays: "Oman's Ministry of Foreign Affairs")
        return known_organization(owned.group("name")) or owned.group("name")
    body = back_reference(last_clause, speakers.text, start) or institution_in(who)
    bare = BACK_REFERENCE_RE.match(last_clause) if not body else None
    if bare and bare.group("noun").islower():  # "the ministry" after "Iran's Defense Ministry"
        body = speakers.named_body(bare.group("noun"), start)
    if body:  # "the ministry" named before, "Iran's foreign ministry", "the Israeli military"
        name_after = _NAMED_AFTER_BODY.search(who)
        known = name_after and known_organization(name_after.group("name"))
        return known or body  # "the state news agency SANA": the name itself
    last_word = _THE_SHORT_NAME.match(joined)
    if last_word:  # "The Cell said" after "the Security Media Cell announced": the full name
        full = speakers.full_name(last_word.group(1), start)
        if full:
            return known_organization(full) or full
    office = _PRESS_OFFICE.search(who)
    if office:  # "the SDF media centre": the body's press office speaks
        return f"{known_organization(office.group('body')) or office.group('body')} " \
               f"{' '.join(office.group('office').split())}"
    runs = [r for r in CAPITAL_RUN.findall(who) if not OUTLET_SPEAKER.fullmatch(r) and
            (r.lower() not in FUNCTION_WORDS or r.isupper() and speakers.acronym(r)) and
            not _CONTRACTED.fullmatch(r)]
    # ("AS claimed": initials the text defines, "al-Shabaab (AS)", though "as" is a word)
    run = max(runs, key=len, default="")  # "told The Associated Press": the outlet only listens
    if run and len(run.split()) >= 1 and run.lower() not in PRONOUNS:
        known = known_organization(run)
        if known and run.isupper() and known != run:  # "CENTCOM": named in full, as written
            return f"{known} ({run})"
        written_out = "" if known else _written_out(run, speakers)
        if written_out:
            return written_out
        acronym = re.search(re.escape(run) + r"\s+\((?P<acr>[A-Z][A-Za-z]{1,7})\)", who)
        if acronym:  # "The Maritime Trade Office (MTO) agency": the name with its acronym
            return f"{_clean(run)} ({acronym.group('acr')})"
        return speakers.longer_name(_clean(run), start)
    if words[-1].lower() in PRONOUNS or _CONTRACTED.match(joined) and words[-1].lower() in (
            "we", "i"):  # "That's why we said": the one speaking before
        return speakers.antecedent(start)
    return _clean(who) if len(words) <= 8 else ""


def _one_line(words: str) -> str:
    """Words hard-wrapped over lines, as one line (the provenance keeps the exact span)."""
    return re.sub(r"\s*\n\s*", " ", words) if "\n" in words else words


def _paragraph_spans(doc: Document) -> list[tuple[int, int, int]]:
    spans: list[tuple[int, int, int]] = []
    for sent in doc.sentences:
        if spans and spans[-1][2] == sent.paragraph:
            spans[-1] = (spans[-1][0], sent.end, sent.paragraph)
        else:
            spans.append((sent.start, sent.end, sent.paragraph))
    return spans


# "quoted a senior official, speaking anonymously, as saying": the one quoted is the speaker.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^\"“”;]{2,100}?)\s+as\s+saying\b"
                        r"(?=[^\"“”]*$)")
# The start of the last clause joined before a verb: ", but two of the officials said".
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while|whereas|although|though)|;)\s+(?=[^,;]*$)")
# The speaker after '..." said': to the clause's end, keeping the dots of abbreviations ("a
# U.S. official", "a U.N. envoy", "Brig. Gen. X").
_VERB_FIRST_WHO = re.compile(rf"\s*((?:[^,;.]|{ABBR_DOT}){{2,80}})")


_RELAYED = re.compile(r"\breport(?:ed|s)$")
# 'had "dealt with" the second drone and warned ...': words ending in "and" before the verb
# are the object of the last verb, the verb after shares the sentence's own subject.
_ENDS_JOINED = re.compile(r"\s(?:and|but|or)$")
# After a quote that ends a sentence: the next one, maybe behind a footnote mark ("[14]").
_NEW_SENTENCE = re.compile(r"(?:\[\d{1,3}\])*\s+[A-Z]")


def _speaker_for(doc: Document, start: int, end: int, para: tuple[int, int, int],
                 speakers: _Speakers) -> str:
    """start/end: the quote including its marks."""
    text = doc.text
    limit = min(para[1], end + 160)
    nxt = QUOTE_RE.search(text, end, limit)
    limit = nxt.start() if nxt else limit
    sent = doc.sentence_at(start) or doc.sentence_at(max(start - 1, 0))
    sent_end = sent.end if sent else limit
    if text[end - 2 : end - 1] == "." and _NEW_SENTENCE.match(text, end, end + 12) or \
            text[end:end + 1] == "." and _NEW_SENTENCE.match(text, end + 1, end + 13):
        limit = end  # '"... a message." The secretary said ...': a new sentence follows
        # (or '... were "no casualties". Its spokesman, X, said': the stop outside the marks)
    verb_first = VERB_FIRST_RE.match(text, end, limit)
    if verb_first:  # '..." said Rear Adm. Marcus Delaney, who'
        # A quote of two sentences: the splitter's sentence ends inside the marks, so the
        # speaker's clause is read to the end of the sentence the verb stands in.
        after = doc.sentence_at(verb_first.end())
        tail_end = min(limit, max(sent_end, after.end if after else 0, verb_first.end() + 1))
        person = speakers.people.mention_at(verb_first.end(), tail_end)
        if person:
            return person[2]
        who = _VERB_FIRST_WHO.match(text[verb_first.end():tail_end])
        if who:
            return _resolve(who.group(1), verb_first.end(), verb_first.end() + len(who.group(0)),
                            speakers)
    named = NAMED_NEXT_RE.match(text, end, limit)
    if named:  # '..." Col. Harriet Vale, a spokeswoman for the coalition, told reporters'
        person = speakers.people.mention_at(named.end(), min(limit, named.end() + 60))
        if person and person[0] - named.end() <= 2 and re.search(
                rf"\b{VERB}\b", text[person[1]:min(limit, person[1] + 100)]):
            return person[2]
    who_first = WHO_FIRST_RE.match(text, end, limit)
    if who_first and _RELAYED.search(who_first.group(0)) and sent is not None and \
            SUBJECT_VERB_RE.search(text, sent.start, start) and \
            not QUOTE_RE.search(text, sent.start, start):
        # 'X condemned the raids as "...", the news agency reported': X speaks, the agency
        # relays (its attribution is read as such)
        who_first = None
    if who_first and not NOT_SPEAKER_START.match(who_first.group("who")) and \
            not PHRASE_GOES_ON.match(who_first.group("who")) and \
            not _ENDS_JOINED.search(who_first.group("who")) and \
            SPEAKERISH.search(who_first.group("who")):  # '..." a Northway spokesperson said'
        who_start, who = who_first.start("who"), who_first.group("who")
        if CONTINUES.match(who) and "," in who:  # '"..." simulated targets near X, the
            cut = who.rindex(",") + 1  # ministry said': the last clause speaks
            who_start, who = who_start + cut, who[cut:]
        speaker = _resolve(who, who_start, who_first.end("who"), speakers)
        if speaker:
            return speaker
    if sent is not None and text[para[0]:start].strip() == "":
        # a quoted paragraph after 'Lt Col Jane Doe said:' on the line before
        i = doc.sentence_index(sent.start)
        prev = doc.sentences[i - 1] if i > 0 else None
        lead = LEAD_IN.search(prev.text) if prev is not None else None
        if lead and prev is not None:
            who_end = prev.start + lead.start()
            speaker = _resolve(text[prev.start:who_end], prev.start, who_end, speakers)
            if speaker:
                return speaker
    if text[max(para[0], start - 3):start].rstrip().endswith(":"):
        label = POST_LABEL.search(text, para[0], start + 1)
        if label and label.end() == start and POST_ASIDE.search(label.group("aside")):
            # 'Jane Roe (X, 3 May, 09:10): "..."': a post, clipped under its author
            speaker = _resolve(label.group("who"), label.start("who"), label.end("who"),
                               speakers)
            if speaker:
                return speaker
    if sent is not None:
        head_start = sent.start
        intro = INTRO.match(text, head_start, start)
        if intro:
            head_start = intro.end()
        quoted_as = _QUOTED_AS.search(text, head_start, start) if "as say" in \
            text[head_start:start] else None
        if quoted_as and not QUOTE_RE.search(text, quoted_as.end(), start):
            # 'The paper quoted a senior official as saying: "..."': the one quoted speaks
            speaker = _resolve(quoted_as.group("who"), quoted_as.start("who"),
                               quoted_as.end("who"), speakers)
            if speaker:
                return speaker
        said = SUBJECT_VERB_RE.search(text, head_start, start)
        public = _PUBLIC_NESTED.search(text, said.end(), start) if said and \
            start - said.end() < 120 else None
        if public and not QUOTE_RE.search(text, said.end(), start):
            # 'Roe said residents described shells landing "every few minutes"': theirs
            return _clean(public.group("who"))
        which = _WHICH_SAID.search(text, head_start, start)
        if which:  # 'as did the X Council, which said the region was "inseparable"'
            speaker = _resolve(which.group("who"), which.start("who"), which.end("who"), speakers)
            if speaker:
                return speaker
        calling = _CALLING.search(text, max(head_start, start - 90), start)
        if calling:  # 'X, whom CENTCOM called a "..."': the one calling, not the one called
            speaker = _caller(text, head_start, calling, speakers)
            if speaker:
                return speaker
        praised = _PRAISED.search(text, max(head_start, start - 90), start)
        if praised and not QUOTE_RE.search(text, head_start, praised.start()):
            # 'He commended the crews for their "steady nerve"': the one praising says it
            speaker = _resolve(text[head_start:praised.start()], head_start, praised.start(),
                               speakers)
            if speaker:
                return speaker
        semi = max(text.rfind(";", head_start, start), text.rfind(": ", head_start, start))
        if semi > head_start and SUBJECT_VERB_RE.search(text, semi + 1, start) and \
                not QUOTE_RE.search(text, head_start, start):
            head_start = semi + 1  # "X said ...; Y now says it is "...": the last clause's
            # ("Claims vary: on May 2, X claimed ...": the clause after the colon, its date
            # set aside)
            dated = _CLAUSE_DATE.match(text, head_start, start)
            head_start = dated.end() if dated else head_start
        later = _LAST_CLAUSE.search(text, head_start, start) if \
            QUOTE_RE.search(text, head_start, start) else None
        if later and QUOTE_RE.search(text, head_start, later.start()) and \
                not QUOTE_RE.search(text, later.end(), start) and \
                SUBJECT_VERB_RE.search(text, later.end(), start):
            # 'X voiced its "concern", and Y said it stood "with Z"': an earlier quote ends the
            # first clause; the clause after ", and" names this quote's speaker
            head_start = later.end()
        verb = SUBJECT_VERB_RE.search(text, head_start, start)
        late = _LAST_CLAUSE.search(text, verb.end(), start) if verb and \
            start - verb.end() > 20 else None
        late_verb = SUBJECT_VERB_RE.search(text, late.end(), start) if late else None
        late_who = text[late.end():late_verb.start()].split() if late and late_verb else []
        if late_verb and 0 < len(late_who) <= 8 and not _NOT_A_SUBJECT.match(late_who[0]) \
                and not _PASSIVE_AUX.search(" ".join(late_who)) and \
                not QUOTE_RE.search(text, head_start, start):
            # 'Officials have not said how many, but an adviser told X it would be "..."':
            # the clause the quote stands in has its own subject
            head_start, verb = late.end(), late_verb
        pronoun = PRONOUN_BEFORE_VERB.search(text, head_start, verb.start()) if verb else None
        if verb and pronoun and not QUOTE_RE.search(text, head_start, verb.start()):
            speaker = _resolve(pronoun.group(0), pronoun.start(), verb.start(), speakers)
            if speaker:
                return speaker
        if verb and not QUOTE_RE.search(text, head_start, verb.start()):
            # 'Lauren Fitch told reporters the United States was "not looking ..."'
            subject_start = head_start
            joined = _LAST_CLAUSE.search(text, head_start, verb.start())
            if joined and SPEAKERISH.search(text, joined.end(), verb.start()):
                # 'X could not say whether Y had signed, but two officials said ...': the
                # clause the verb stands in has its own subject
                subject_start = joined.end()
            speaker = _resolve(text[subject_start:verb.start()], subject_start, verb.start(),
                               speakers)
            if speaker:
                return speaker
        clause = CLAUSE_SUBJECT_RE.search(text, max(head_start, start - 80), start)
        if clause and SPEAKERISH.search(clause.group("who")) and \
                not NOT_SPEAKER_START.match(clause.group("who")):
            # '... on X, and he added that "patience has limits"': the clause's own subject
            speaker = _resolve(clause.group("who"), clause.start("who"), clause.end("who"),
                               speakers)
            if speaker:
                return speaker
        tail = SENTENCE_TAIL_RE.search(text, end, sent.end)
        if tail and not QUOTE_RE.search(text, end, tail.start()):
            # '... strikes that "targeted depots", a compound near the town, the monitor added.'
            speaker = _resolve(tail.group("who"), tail.start("who"), tail.end("who"), speakers)
            if speaker:
                return speaker
        according = ACCORDING_RE.search(text, sent.start, sent.end)
        if according and not (according.start() < end and start < according.end()):
            return _resolve(according.group("who"), according.start("who"),
                            according.end("who"), speakers)
        if text[sent.start:start].strip() == "" and sent.start > para[0]:
            # 'X announce their responsibility for the strike. "...": a quote that is a
            # sentence of its own goes on the statement the sentence before opened
            i = doc.sentence_index(sent.start)
            prev = doc.sentences[i - 1] if i > 0 else None
            opened = _STATEMENT_OPENS.match(text, prev.start, prev.end) if prev is not None \
                and prev.start >= para[0] and not QUOTE_RE.search(text, prev.start, prev.end) \
                else None
            if opened:  # (a person by name, else the body's whole name, particles and all)
                person = speakers.people.mention_at(opened.start("who"), opened.end("who"))
                name = LEAD_ARTICLE.sub("", opened.group("who"))
                return person[2] if person else known_organization(name) or name
            lead = PARAPHRASE_LEAD.match(text, prev.start, prev.end) if prev is not None \
                and prev.start >= para[0] and not QUOTE_RE.search(text, prev.start, prev.end) \
                else None
            if lead:  # 'He said the range was longer. "..."': the one paraphrased goes on
                return _resolve(lead.group("who"), lead.start("who"), lead.end("who"), speakers)
    return ""


# A sentence that opens on a body announcing or claiming: "The X Brigades announce their
# responsibility for ...", "The group claimed the attack ..." (its emoji or bullet first).
_STATEMENT_OPENS = re.compile(r"[^\w\"“”]{0,6}(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+"
                              r"(?:the\s+)?|in\s+|al-)?[A-Z][\w'’.-]*){0,6})\s+(?:has\s+|have\s+)?"
                              r"(?:announced?|announces|claimed|claims?|declared?|declares)\b")


# A body speaking in a relative clause just before the quote: "..., the X Council, which said".
_WHICH_SAID = re.compile(r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*"
                         r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]*){0,6}),\s+which\s+(?:said|says|stated|added|warned)\b[^\"“”.;]{0,120}$")


# Members of the public whose words a speaker relays: "she said residents described".
_PUBLIC_NESTED = re.compile(
    r"\b(?P<who>(?:[a-z]+\s+)?(?:residents|witnesses|villagers|locals|survivors|"
    r"eyewitnesses)(?:\s+(?:of|in|from)\s+[A-Z][\w'’-]*)?)\s+(?:described|said|told|"
    r"recalled|spoke\s+of)\b")


# Praise with the praised quality quoted: 'She thanked the crews for their "quick work"'.
_PRAISED = re.compile(r"\b(?:praised|complimented|commended|thanked|hailed|lauded|"
                      r"congratulated|praises|commends|thanks|hails)\b[^\"“”.;:]{0,60}?"
                      r"\bfor\s+(?:their|its|his|her|the)\s+$")
# A quoted label right after a verb of calling or describing: 'whom the army called a "...",
# 'describing the test as "..."'. Its speaker is the subject of that verb, never the person or
# thing described (the verb's object, which may stand closer to the quote).
_CALLING = re.compile(
    r"\b(?:(?P<finite>called|calls|named|termed|terms|labell?ed|labels|branded|brands|dubbed|"
    r"described|describes|characteri[sz]ed|characteri[sz]es)|(?P<part>calling|describing|"
    r"labell?ing|branding|terming|characteri[sz]ing))\b[^,.;:!?\"“”]{0,60}$")
# Where the calling verb's subject begins: after a relative word or a clause break.
_SUBJECT_START = re.compile(r"(?:[,;:]|\b(?:whom|which|who|that|what|and|but|while|as)\b)\s*")
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


def _caller(text: str, head_start: int, calling: re.Match[str], speakers: _Speakers) -> str:
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
            a, b = head_start, comma
        return _resolve(text[a:b], a, b, speakers)
    breaks = list(_SUBJECT_START.finditer(text, max(head_start, verb_at - 80), verb_at))
    a = breaks[-1].end() if breaks else head_start
    note = _NOTE_MARKS.match(text, a, verb_at)  # ';[11] the group named': a footnote's mark
    a = note.end() if note else a
    who = text[a:verb_at].strip()
    if not who or len(who.split()) > 8 or _PASSIVE_AUX.search(who):
        return ""  # 'their condition was described as "stable"': no one named calls it so
    if who.split()[0].lower() in PRONOUNS:
        # 'Hamas praised what it called ...': the pronoun is the sentence's subject, when that
        # opens with a known body or a person; else read as before
        intro = INTRO.match(text, head_start, verb_at)  # ("Meanwhile, the ministry ...")
        run = CAPITAL_RUN.match(text, intro.end() if intro else head_start, verb_at)
        if not run:
            return ""
        person = speakers.people.mention_at(run.start(), run.end())
        name = LEAD_ARTICLE.sub("", run.group(0))
        return person[2] if person else known_organization(name) or (
            name if BODY_NOUN.search(name) else "")
    if _BODY_REFERENCE.match(who):  # "whom the security service described as": the body
        for m in reversed(list(KNOWN_RE.finditer(text, max(0, a - _LOOKBACK), a))):
            if _SPOKE_AFTER.match(text, m.end()):  # that last spoke before
                return known_organization(m.group(0)) or m.group(0)
    return _resolve(who, a, a + len(who), speakers)


# A complement clause ('..., and that it would ...') goes on the first subject's words.
_NOT_A_SUBJECT = re.compile(r"(?i)(?:that|which|who|whom|whether|how|what|if|when|where|why|"
                            r"it|its|to)$")
# Words that open with a preposition fill no noun's slot: 'condemned the raid "in the
# harshest terms"' is said, not a label for the raid.
_PREPOSITION_FIRST = re.compile(r"(?:in|with|at|on|by|from|without|under|beyond)\s")
_MID_SENTENCE = re.compile(r"[a-z] $")  # a quote that opens after a word, mid-sentence
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being)$")
# A cited work's title is followed by its date or where to find it, maybe after what kind of
# work it is: 'DOD, "Statement on X," press release, May 2025.'
# A title set out after the word that says so ('under the title "..."', 'headlined "..."'):
# a work's name, nobody's words.
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|(?:title|headline|heading)"
                     r"(?:\s+(?:of|reading))?)[,:]?\s*$")
_CITED_AFTER = re.compile(
    r"[,.]?\s*(?:(?!(?:said|says|told|wrote|added)\b)[A-Za-z][a-z-]+(?:\s+[A-Za-z][a-z-]+){0,2},"
    r"\s+(?:updated\s+|published\s+)?)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\b|accessed\b|"
    r"available\s+at\b|https?://)")


# A reference list's entry: 'N. "Title". *Outlet*. Retrieved 3 May 2026.', '"Title." Outlet,
# 12 Jan. 2027, https://...' (MLA, Chicago, Wikipedia styles): the quoted words are a work's
# title, whatever their case. Its line goes on after the title's stop with a few capitalised
# names and a year, an access note or a link, and no one in it says anything.
_CITE_MARK = re.compile(r"\b(?:(?:19|20)\d\d|[Rr]etrieved|[Aa]ccessed|[Aa]rchived)\b|https?://|"
                        r"\bdoi:")
_CITE_SAYS = re.compile(r"\b(?:said|says|told|tells|added|stated|reported|wrote|writes|"
                        r"according|quoted|called|described|warned|announced)\b")
_CITE_LOWER = re.compile(r"(?<![\w/.-])(?!(?:retrieved|accessed|archived|available|from|online|"
                         r"original|updated)\b)[a-z]{4,}\b")


_CREDIT_DASH = re.compile(r"[.,]?\s*[—–-]")  # '"..." — Jane Roe, 2026': an epigraph's credit
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us)\b")


def _cited_entry(text: str, inner: str, open_at: int, close_at: int) -> bool:
    """open_at/close_at: the quote's marks, outside. True for a title in a reference entry."""
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - close_at > 200 or not (inner.rstrip()[-1:] in ".," or
                                         text[close_at:close_at + 1] in ".,"):
        return False
    tail = text[close_at:line_end]
    mark = _CITE_MARK.search(tail)
    if not mark or len(_CITE_LOWER.findall(tail)) > 1 or _CREDIT_DASH.match(tail):
        return False
    if mark.group(0)[:1].isdigit() and _FIRST_PERSON_WORD.search(inner):
        return False  # '"We will hold." CENTCOM, 4 May 2026': a credited line, maybe spoken
    line_start = text.rfind("\n", 0, open_at) + 1
    return open_at - line_start <= 150 and not _CITE_SAYS.search(text, line_start, open_at) \
        and not _CITE_SAYS.search(tail)


def _title_like(words: str) -> bool:
    """Most words of four letters or more capitalised, as in a headline or a title."""
    long = [w for w in words.split() if len(w) > 3]
    return len(long) >= 2 and sum(w[:1].isupper() for w in long) >= 0.7 * len(long)


_COUNT_BEFORE = re.compile(r"\d\s+$")
# 'praised what it called the "..."': the speaker's own words, not a name.
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:it|he|she|they|[A-Z][\w'’.-]*)\s+called\s+the\s*$")
# Between two quotes of one sentence: its speaker goes on ("..., warning that ...").
_GOES_ON_SAYING = re.compile(r"[,.!?\s\"”’]*[^.!?\"“”]*\b(?:saying|adding|warning|calling|"
                             r"affirming|stressing|stating|indicating|confirming|"
                             r"describing|insisting|noting|vowing|claiming|accusing|urging)\b"
                             r"[^.!?\"“”]*")
# Press releases set a named officer's words as a paragraph of their own, without marks: after
# "Wing Commander Jane Roe, Officer Commanding X, said:", or after the paragraph that names them
# saying something when the words are in the first person ("We have ...", "My crews ...").
_FIRST_PERSON = re.compile(r"(?:I|We|My|Our|We['’]ve|We['’]re|I['’]m)\s")
_QUOTE_MARK = re.compile(r"[\"“”]")


# A sentence that hands over to a post or statement set out below it, whatever its verb:
# "The ministry gave details in a statement on Telegram:"; its subject names the speaker.
_POST_LEAD = re.compile(r"\bin\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+)?(?:post|statement|"
                        r"message|tweet|update|video)\b[^.:\"“”]{0,40}:\s*$")
_HEAD_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?"
                        r"[A-Z][\w'’.-]*)*")


# A statement set out below the line that says whose it is: "The following statement is
# attributable to the Spokesperson for X:", "Statement by the Minister of Y:" (the spokesperson
# speaks for X: the words are X's).
_STATEMENT_BY = re.compile(r"\b[Ss]tatement\b[^.:\"“”]{0,40}?\b(?:attributable\s+to|by|from|of)\s+"
                           r"(?:the\s+)?(?:[Ss]pokes(?:person|man|woman)\s+for\s+(?:the\s+)?)?"
                           r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?"
                           r"[A-Z][\w'’.-]*){0,5})[^.:\"“”]{0,30}:\s*$")


def _unmarked_quotes(doc: Document, people: PeopleIndex, paras: list[tuple[int, int, int]],
                     speakers: _Speakers) -> list[_Q]:
    text = doc.text
    found: list[_Q] = []
    for (p_start, p_end, p_num), (q_start, q_end, number) in zip(paras, paras[1:],
                                                                  strict=False):
        if number != p_num + 1 or _QUOTE_MARK.search(text, q_start, q_end) or \
                len(text[q_start:q_end].split()) < 5:
            continue
        last = doc.sentence_at(max(p_end - 1, p_start))
        if last is None:
            continue
        lead = LEAD_IN.search(text, last.start, p_end)
        post = _POST_LEAD.search(text, last.start, p_end) if not lead and \
            text[last.start:p_end].rstrip().endswith(":") else None
        head = _HEAD_NAME.match(text, last.start, p_end) if post else None
        issued_by = _STATEMENT_BY.search(text, last.start, p_end) if not lead and not post and \
            text[last.start:p_end].rstrip().endswith(":") else None
        if issued_by:  # "The following statement is attributable to the Spokesperson for X:"
            speaker = _resolve(issued_by.group("who"), issued_by.start("who"),
                               issued_by.end("who"), speakers)
        elif lead:
            speaker = _resolve(text[last.start:lead.start()], last.start, lead.start(), speakers)
        elif head:  # "X has given more detail in a post on X:", the post below
            speaker = _resolve(head.group(0), head.start(), head.end(), speakers)
        elif _FIRST_PERSON.match(text, q_start) and last.start == p_start and \
                re.search(rf"\b{VERB}\b", text[last.start:p_end]):
            # one sentence opening with the named person, who says something
            person = people.mention_at(p_start, min(p_end, p_start + 120))
            speaker = person[2] if person and person[0] == p_start else ""
        else:
            continue
        if speaker:
            body = text[q_start:q_end].rstrip()
            found.append(_Q(q_start, q_start + len(body), body, number, speaker))
    return found


# A list's items (short paragraphs, their marks maybe gone with the Markdown) and the lead-in
# that names whose claims, statements or posts the list sets out: "Attacks claimed by X:".
_ITEM_CHARS = 400
_LISTED_BY = re.compile(r"\b(?:claimed|issued|announced|published|posted|reported)\s+by\s+"
                        r"(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+(?:of\s+|in\s+|for\s+)?"
                        r"[A-Z][\w'’.-]*){0,5})")


def _list_claimant(text: str, paras: list[tuple[int, int, int]], i: int,
                   speakers: _Speakers) -> str:
    """The body whose claims a list sets out, named in the lead-in above paras[i], or ''."""
    for j in range(i - 1, max(-1, i - 16), -1):
        start, end, _ = paras[j]
        if not text[start:end].rstrip().endswith(":"):
            if end - start < _ITEM_CHARS:
                continue  # an item before this one
            return ""
        by = _LISTED_BY.search(text, start, end)
        if not by:
            return ""
        return _resolve(by.group("who"), by.start("who"), by.end("who"), speakers)
    return ""


# In talk (a transcript, an interview) the next turn may say who spoke words only loosely
# attributed: '... said it was "a message." / X: That was a ministry official, ...'.
_THAT_WAS = re.compile(r"[.,!?\"”’\s]*(?:[A-Z][A-Z'’. -]{2,40}:\s+)?(?:That|This|It)\s+(?:was|is|"
                       r"were)\s+(?P<who>(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}(?:official|"
                       r"spokes(?:man|woman|person)|officer|commander|minister|source|adviser|"
                       r"diplomat|aide))\b(?!\s+(?:who|whom|that|of|in|at|for)\b)")


def _named_by_next_turn(text: str, q: _Q, people: PeopleIndex) -> str:
    """The one the words after quote q say spoke it ("That was a ministry official"), or ''."""
    at = text.find("That", q.end, q.end + 80)
    if at < 0 or (q.speaker and people.resolve(q.speaker)):
        return ""
    named = _THAT_WAS.match(text, q.end, at + 120)
    return _clean(named.group("who")) if named else ""


def _paragraph_of(paras: list[tuple[int, int, int]], pos: int) -> int:
    i = bisect.bisect_right(paras, (pos, float("inf"), 0)) - 1
    return paras[i][2] if i >= 0 else 0


def extract_quotes(doc: Document, people: PeopleIndex) -> list[Quote]:
    text = doc.text
    found: list[_Q] = []
    speakers = _Speakers(doc, people)
    paras = _paragraph_spans(doc)
    order = {para: i for i, para in enumerate(paras)}
    for para in paras:
        for m in QUOTE_RE.finditer(text, para[0], para[1]):
            group = next(g for g in "abc" if m.group(g) is not None)
            start, end = m.start(group), m.end(group)
            inner = text[start:end]
            trimmed = inner.rstrip(" ,")
            end = start + len(trimmed)
            if not trimmed.strip() or not doc.is_reporting(start, start + 1):
                continue
            if len(trimmed.split()) == 1 and not trimmed[:1].islower():
                continue  # a quoted name ("Daesh"), not a statement
            if TITLE_CASE_NAME.fullmatch(trimmed):
                continue  # '"Eagle Strike 7"', a name in every capitalised word
            if _CITED_AFTER.match(text, m.end()) and _title_like(trimmed):
                continue  # a note citing a work: 'DOD, "Statement on X," May 2, 2024.'
            before = text[max(para[0], m.start() - 24):m.start()]
            if ("titl" in before or "head" in before) and _TITLED.search(before):
                continue  # 'uploaded under the title "..."': a title, not speech
            if _cited_entry(text, inner, m.start(), m.end()):
                continue  # a reference list's entry: '"Title". Outlet. Retrieved 3 May 2026.'
            if len(trimmed.split()) == 1 and _COUNT_BEFORE.search(
                    text, max(para[0], m.start() - 12), m.start()):
                continue  # 'more than 40 "saboteurs"': a counted noun in scare quotes
            if len(trimmed.split()) <= 4 and NAMED_AS.search(text, max(para[0], m.start() - 25),
                                                              m.start()) and \
                    not _WHAT_CALLED.search(text, max(para[0], m.start() - 40), m.start()):
                continue  # 'the base, known as "Green Village"': a name, not words spoken
            if len(trimmed.split()) <= 4 and TERM_EXPLAINED.match(text, m.end()):
                continue  # '"locally lost," a term the army uses for ...': a term, explained
            if len(trimmed.split()) <= 3 and trimmed.lower().startswith("the ") and \
                    CALLED_THING.search(text, max(para[0], m.start() - 50), m.start()):
                continue  # 'the crews called their trailers "the cans"': a nickname
            window = max(para[0], m.start() - 40)
            if len(trimmed.split()) <= 4 and trimmed[:1].islower() and \
                    not _PREPOSITION_FIRST.match(trimmed) and NOUN_SLOT.search(
                    text, window, m.start()) and not NAMING_BEFORE.search(
                    text, window, m.start()) and not REPORTED_BEFORE.search(
                    text, max(para[0], m.start() - 200), m.start()):
                continue  # 'part of an Iranian-led "axis of resistance"': a label, not speech
            speaker = _speaker_for(doc, m.start(), m.end(), para, speakers)
            if not speaker and found and found[-1].paragraph == para[2] and \
                    _GOES_ON_SAYING.fullmatch(text, found[-1].end, m.start()):
                speaker = found[-1].speaker  # '"...," the ministry said, warning it would act
                # "decisively"': the speaker goes on in the same sentence
            if not speaker and para[1] - para[0] < _ITEM_CHARS and len(trimmed.split()) > 2:
                # (two words are a name in quotes: 'on the "Victoria base"')
                speaker = _list_claimant(text, paras, order[para], speakers)
            if not speaker and len(trimmed.split()) <= 3 and \
                    not re.search(r"[.!?,]\s*$", inner) and text[m.end():m.end() + 1] != ",":
                continue  # scare quotes or a nickname nobody is said to say ("the fortress")
            if not speaker and found:
                prev = found[-1]
                opens_paragraph = text[para[0]:m.start()].strip() == ""
                if prev.paragraph == para[2] or (opens_paragraph and prev.paragraph == para[2] - 1):
                    speaker = prev.speaker
            if not speaker and len(trimmed.split()) <= 3 and inner.endswith(".") and \
                    _MID_SENTENCE.search(text, max(0, m.start() - 3), m.start()):
                continue  # no one says it, the stop inside the marks: 'troops left "under
                # pressure."' (never a short sentence of its own, '"Not yet."')
            found.append(_Q(start, end, trimmed, para[2], speaker))
    posts = [_Q(s, e, words, _paragraph_of(paras, s), who) for s, e, words, who in
             embedded_posts(doc) + signed_posts(doc, people)
             if not any(q.start <= s < q.end or s <= q.start < e for q in found)]
    singles = [_Q(s, e, words, _paragraph_of(paras, s), _clean(who) if who.split()[-1].islower()
                  else _resolve(who, at, at + len(who), speakers) or _clean(who))
               for s, e, words, who, at in single_quoted(doc)]  # ("local news site": as given)
    found = sorted(found + posts + singles + _unmarked_quotes(doc, people, paras, speakers),
                   key=lambda q: q.start)
    labelled = [_Q(*turn) for turn in transcript_turns(doc, people, paras)]
    if labelled:
        inside = [(q.start, q.end) for q in labelled]
        found = sorted([q for q in found if q.speaker and q.speaker not in {
            q2.speaker for q2 in labelled} or not any(s <= q.start < e for s, e in inside)]
                       + labelled, key=lambda q: q.start)
    found = without_pull_quotes(found)
    for q in found:
        q.speaker = _named_by_next_turn(text, q, people) or q.speaker
    return [
        Quote(id=f"qu-{i}", speaker=q.speaker, text=_one_line(q.text),
              provenance=Provenance(source="src-1", start=q.start, end=q.end))
        for i, q in enumerate(found, 1)
    ]
