"""People named with a rank or title, and named speakers ("Jane Doe said").

"Marine Gen. Frank McKenzie, commander of U.S. Central Command" gives the name Frank McKenzie
and the title "Marine Gen., commander of U.S. Central Command". Later references by surname
("McKenzie said") resolve to the same person through `PeopleIndex`; a surname that speaks
alone ("Hale said") finds the full name written before it ("Martin Hale, assistant secretary
of ..."). Titles may be chained ("Chairman Rep."), follow the place an office runs ("Kiryat
Shmona Mayor") or be a body and a job ("MDA paramedic"); the patterns for all of these are in
person_patterns.py, what is done with their matches here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefdeck.extract.alternatives import first_char_gate, prefixes, word_gated
from briefdeck.extract.introduced_people import introduced_people
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.labelled_people import labelled_people, recased
from briefdeck.extract.lowered import lowered
from briefdeck.extract.named_after_roles import named_after_roles
from briefdeck.extract.named_captions import caption_people
from briefdeck.extract.named_casualties import named_casualties
from briefdeck.extract.named_relatives import named_relatives, relatives_by_given_name
from briefdeck.extract.named_short_forms import named_short_forms
from briefdeck.extract.person_patterns import (
    AGE_CHEAP,
    ALIAS_RE,
    APPOSED_RE,
    BIO_RE,
    BODY_NOUNS,
    BODY_ROLE_NAME_RE,
    BODY_TAIL,
    CAPS_TURN,
    DESCRIBED_AS_RE,
    DESCRIPTOR_RE,
    EXPERT_BEFORE_NAME,
    FIRST,
    FORMER_RE,
    HEADER_NAME_ROLE_RE,
    IDENTIFIED_AS_RE,
    IDENTIFIED_RE,
    JOURNALIST_ROLE,
    JURISDICTION,
    JURISDICTION_TITLE,
    KILLED_WAS_RE,
    KUNYA_RE,
    LISTED_WITH_AGE,
    LOCAL_OFFICE,
    LONE_AFTER,
    LONE_BEFORE,
    LONE_VERB,
    LOWER_OFFICE_RE,
    MEDIC_COMMA,
    MEDIC_NAME_RE,
    NAME_AGE_RE,
    NAME_FIRST_RE,
    NAME_THEN_OFFICE_RE,
    NAME_WHO_RE,
    NAMED_AS_MORE,
    NAMED_AS_RE,
    NAMED_FACILITY_AFTER,
    NATION,
    NOT_FIRST,
    OFFICE_OF_GATE,
    OFFICE_OF_NAME_RE,
    ORG_TAIL,
    OUTLET,
    POST_NOMINALS,
    RANK,
    REVERSED_RE,
    ROLE_AFTER_RE,
    ROLE_BEFORE_NAME,
    ROLE_WORD,
    SAID_NAME_ROLE_RE,
    SERVICE,
    SPEAKER_RE,
    SPEECH_WORD,
    TITLED_RE,
    TRAILING_ROLE,
    TRANSCRIPT_LABEL_RE,
    WHEN_WORD,
    WHO_DESCRIBED,
    WORK_BEFORE_NAME,
)
from briefdeck.extract.sentences import Document, finditer_near
from briefdeck.extract.ship_names import ship_named
from briefdeck.geo.us_towns import STATES
from briefdeck.model import Person, Provenance


@dataclass
class _Found:
    name: str
    title: str
    organization: str
    start: int
    end: int


_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


# Arabic family names are written with and without the article: "al-Sudani", "Sudani".
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|an|ad|as|ash|ar|at|az)-", re.I)


def _core_words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _GENERATION:
        words.pop()
    return words


def surname(name: str) -> str:
    """'Lloyd J. Austin III' -> 'Austin'."""
    return _core_words(name)[-1]


# Common Chinese, Taiwanese, Korean and Vietnamese family names, which such names write first
# ("Zhou Hanwen" ... "Zhou said"). Two-letter ones that are English words ("He", "Ma") left out.
_FAMILY_FIRST = frozenset("""Wang Zhang Chen Liu Yang Huang Zhao Zhou Xu Sun Zhu Guo Lin Luo
    Gao Liang Zheng Xie Song Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang
    Cheng Wei Ren Shen Yao Zhong Tan Qin Xue Hou Lei Long Duan Hao Kong Shao Mao Qiu Qian Dai
    Chou Tsai Hsu Chang Chiu Kuo Hsieh Wu Li Lai Kao Yeh Chao Chien Liao Hsiao Tseng Chung
    Kim Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Nguyen Tran Pham Hoang Phan
    Vu Dang Bui Ngo Duong""".split())


# A role word as later references write it, and the ways titles write it.
_ROLE_FORMS = {
    "general": r"\bGen\b|\bGeneral\b", "admiral": r"\bAdm\b|\bAdmiral\b",
    "colonel": r"\bCol\b|\bColonel\b", "major": r"\bMaj\b|\bMajor\b",
    "captain": r"\bCapt\b|\bCaptain\b", "lieutenant": r"\bLt\b|\bLieutenant\b",
    "sergeant": r"\bSgt\b|\bSergeant\b", "commander": r"\bCmdr\b|\bCdr\b|\bcommander\b",
    "secretary": r"\bsecretary\b", "minister": r"\bminister\b",
    "spokesman": r"\bspokes\w+", "spokeswoman": r"\bspokes\w+", "spokesperson": r"\bspokes\w+",
    "governor": r"\bGov\b|\bgovernor\b", "mayor": r"\bmayor\b", "ambassador": r"\bambassador\b",
}


# "the colonel said", "the spokeswoman added": a person named before, by rank or role.
ROLE_REFERENCE_RE = re.compile(r"^[Tt]he\s+(?P<role>" + "|".join(_ROLE_FORMS) + r")$")


class PeopleIndex:
    """Named people in order of appearance, findable by full name or surname, with every
    place they are mentioned (titled spans start at the title: "Rear Adm. Marcus Delaney")."""

    def __init__(self, found: list[_Found], doc: Document | None = None,
                 titled: list[tuple[int, int, str]] | None = None):
        self.found = found
        self.by_key: dict[str, _Found] = {}
        self._written: set[str] = set()  # the keys as the text writes them
        for person in found:
            last = surname(person.name)
            bare = _ARTICLE_PREFIX.sub("", last)  # "al-Sudani" is also written "Sudani"
            words = person.name.split()
            if len(words) in (2, 3) and words[0] in _FAMILY_FIRST:
                last = words[0]  # "Zhou Hanwen" is later "Zhou": the family name first
            for key in (person.name, last, bare if len(bare) > 3 else last):
                self.by_key.setdefault(key.casefold(), person)
                self._written.add(key)
        self.mentions: list[tuple[int, int, str]] = []  # (start, end, full name)
        if doc is not None and found:
            keys = sorted(self._written, key=len, reverse=True)
            names_re = re.compile(r"\b(?:" + "|".join(  # "Jane\nRoe" in wrapped text too
                re.escape(k).replace("\\ ", r"\s+") for k in keys) + r")(?!\w)")
            for sent in doc.sentences:
                for m in names_re.finditer(doc.text, sent.start, sent.end):
                    full = self.resolve(" ".join(m.group(0).split()))
                    if full:
                        self.mentions.append((m.start(), m.end(), full))
            for start, end, name in titled or []:
                self.mentions.append((start, end, name))
            self.mentions.sort()

    def mention_at(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The widest person mention inside [start, end), earliest first."""
        best = None
        lo = bisect.bisect_left(self.mentions, (start, -1, ""))
        hi = bisect.bisect_right(self.mentions, (end, end, "\uffff"))
        for m in self.mentions[lo:hi]:
            if start <= m[0] and m[1] <= end:
                if best is None or m[0] < best[0] or (m[0] == best[0] and m[1] > best[1]):
                    best = m
        return best

    def titled_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The widest mention (with its title) that covers [start, end)."""
        lo = bisect.bisect_left(self.mentions, (start - 120, -1, ""))
        hi = bisect.bisect_right(self.mentions, (start, end + 1, "\uffff"))
        spans = [(s, e) for s, e, _ in self.mentions[lo:hi] if s <= start and end <= e]
        return min(spans, key=lambda se: se[0]) if spans else None

    def by_role(self, role: str, pos: int) -> str | None:
        """'the colonel said': the person last mentioned before pos whose title holds that
        rank or role (Col., Colonel; spokeswoman), or None."""
        forms = _ROLE_FORMS.get(role.lower(), rf"\b{re.escape(role)}\b")
        i = bisect.bisect_left(self.mentions, (pos, -1, ""))
        for _start, _end, name in reversed(self.mentions[max(0, i - 40):i]):
            person = self.by_key.get(name.casefold())
            if person and re.search(forms, person.title, re.I):
                return name
        return None

    def resolve(self, name: str) -> str | None:
        person = self.by_key.get(name.casefold()) or self.by_key.get(
            surname(name).casefold()
        )
        return person.name if person else None

    def last_before(self, pos: int) -> tuple[int, str] | None:
        """(offset, name) of the person mentioned most recently before pos ('he said')."""
        i = bisect.bisect_left(self.mentions, (pos, -1, ""))
        if i == 0:
            return None
        start, _end, name = self.mentions[i - 1]
        return (start, name)


# Words just before a run that make it the tail of a longer name ("Institute for", "Bint").
_INSIDE_NAME = re.compile(r"(?:\b(?:of|for|at|in|and|the)|[A-Z][\w.'’-]*)\s+$|"
                          # "The PMU, also known as Hashd al-Sha'abi, said": the body's other name
                          r",\s+(?:also\s+|better\s+|locally\s+)?known\s+as\s+$")
# ... unless that word is an outlet's possessive: "Al Jazeera's Jane Roe said" is its reporter.
_OUTLET_OWNER = re.compile(rf"(?:{OUTLET.pattern}|Reuters|[A-Z]{{2,5}})(?:'s|’s|'|’)\s+$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_INNER_POSSESSIVE = re.compile(r"(?:'s|’s)\s")
# A title-case header runs on past the name into where it was said: "Press Gaggle by ...
# Secretary Jane Roe Aboard Air Force One" is Jane Roe (a preposition is no family name).
_HEADLINE_PREPOSITION_TAIL = re.compile(
    r"(?<=\S)\s+(?:Aboard|Onboard|En|At|In|On|Inside|Outside|During|After|Before|Amid|Near|"
    r"Via|From|With|To|Into|Onto|Upon|Across|Toward|Towards|Against|Among)$")
_HAS_RANK = re.compile(rf"^(?:{NATION}\s+)?(?:{SERVICE}\s+)?{RANK}")


def _rank_and_role(title: str) -> tuple[str, str]:
    head, _, rest = title.partition(", ")
    if _HAS_RANK.fullmatch(head):
        return head, rest
    return "", title


# "Pentagon spokesperson Capt. Jane Roe": the rank is hers, the office she speaks for is the
# body named before the role ("Capt., Pentagon spokesperson", not "spokesperson Capt.").
_ROLE_THEN_RANK = re.compile(
    rf"^(?P<role>.*?\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress\s+[Ss]ecretary))\s+"
    rf"(?P<rank>(?:{SERVICE}\s+)?{RANK})$")
_BARE_ROLE = re.compile(r"^(?i:spokes(?:man|woman|person)|press\s+secretary)$")
# the body before a bare role: capitalised words or a body in lower case ("army spokesman")
_BODY_WORD = re.compile(r"^(?:[A-Z][\w.'’&-]*|army|military|navy|ministry|police|government|"
                        r"coalition|militia|group)$")
_NOT_BODY = frozenset("""The A An This That In On At But And As If When After It Its Their Our
    By For From With Then Meanwhile However Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November December
    Earlier Later Separately Also UTC GMT EST EDT CET CEST GST AST BST IST""".split())


def _rank_after_role(text: str, title: str, start: int, floor: int) -> tuple[str, int]:
    """'spokesperson Capt.' -> ('Capt., Pentagon spokesperson', start of 'Pentagon')."""
    m = _ROLE_THEN_RANK.match(title)
    if not m:
        return title, start
    role = m.group("role")
    if _BARE_ROLE.match(role) and text[start - 1:start] == " " and start - 1 > floor:
        words = text[max(floor, start - 60):start - 1].split(" ")
        body: list[str] = []
        for word in reversed(words[-3:]):
            if not _BODY_WORD.match(word) or word in _NOT_BODY:
                break
            body.insert(0, word)
        if body:
            role = f"{' '.join(body)} {role}"
            start -= len(role) - len(m.group("role"))
    return f"{m.group('rank')}, {role}", start


def _merged_title(old: str, new: str) -> str:
    """Two mentions of one person: 'Army Maj. Gen.' and 'the commander of the task force'
    give 'Army Maj. Gen., the commander of the task force': a rank kept, the longer role."""
    if not new or new in old:
        return old
    if not old or old in new:
        return new
    rank_old, role_old = _rank_and_role(old)
    rank_new, role_new = _rank_and_role(new)
    role = role_new if len(role_new) > len(role_old) else role_old
    return ", ".join(part for part in (rank_old or rank_new, role) if part)


_HONORIFIC = re.compile(r"^(?:Sir|Dame|Lord|Lady)\s+(?=\S+\s)")
_JR_SR = re.compile(r"\b(?:Jr|Sr)$")
_POST_NOMINAL_TAIL = re.compile(rf"(?:\s+{POST_NOMINALS})+$")


def _title_parts(title: str, role: str | None) -> tuple[str, str]:
    title = " ".join(title.split())
    organization = ""
    if role:
        role = " ".join(role.split()).rstrip(",.")
        title = f"{title}, {role}" if title else role
        # the body's capitalised name, up to the words that describe the person again ("at
        # the Hudson Institute who tracks ..."), or a body in lower case ("for the ministry")
        # ("vice president for PAC-3 programs at Acme": the firm, not the portfolio)
        org = " for " in role and _AT_ORG.search(role) or _OF_ORG.search(role) or \
            _OF_BODY.search(role)
        if org:
            name = _POSSESSIVE.sub("", org.group(1))
            organization = known_organization(name) or name
    return title, organization


_ORG_RUN = (r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on|in)\s+(?:the\s+)?)?"
            r"(?:[A-Z][\w'’.&-]*|\d+(?:st|nd|rd|th)))*")
_AT_ORG = re.compile(rf"\bat\s+(?:the\s+)?({_ORG_RUN})")
_OF_ORG = re.compile(rf"\b(?:of|for|at|with|in)\s+(?:the\s+)?({_ORG_RUN})")
_OF_BODY = re.compile(rf"\b(?:of|for|at)\s+the\s+((?:[a-z][\w-]*\s+)?(?:{BODY_NOUNS}))$")


_ROLE_NOUN = re.compile(r"(?i:spokes|commander|minister|secretary|chief|head|director|"
                        r"ambassador|envoy|leader|adviser|governor|mayor|president|analyst|"
                        r"researcher|official)")
_ROLE_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*(?:'s|’s))\s")


def _role_from_article(role: str) -> str:
    """'drone killed a senior commander of X' -> 'a senior commander of X': the words before
    the role's own article belong to the sentence, not to the title."""
    noun = _ROLE_NOUN.search(role)
    if not noun:
        return role
    starts = [m.start() for m in _ROLE_DETERMINER.finditer(role, 0, noun.start())]
    return role[starts[-1]:] if starts else role


# Country names that are also given names: "defense minister Israel Katz" (a full name, its
# surname no country or title word).
_GIVEN_TOO = frozenset({"Israel"})


_PREFIXED = re.compile(r"(?:Non|Anti|Pro|Ex|Post|Pre|Pan|Sub|Inter|Trans)-")


def _not_first(words: list[str]) -> bool:
    """Whether a name's first word cannot open a person's name."""
    first = words[0].rstrip(".")
    if _PREFIXED.match(first):
        return True  # "Major Non-NATO Ally": "Non-", "Anti-", "Pro-" open adjectives, no name
    return first in NOT_FIRST and not (first in _GIVEN_TOO and len(words) > 1 and
                                       words[1] not in NOT_FIRST)


def _plausible(name: str, is_place) -> bool:
    words = name.split()
    if _not_first(words) or any(
            w in ("Base", "Air", "Airfield", "Camp") for w in words):
        return False
    if known_organization(name) or (is_place and is_place(name)) or OUTLET.fullmatch(name):
        return False  # "Al Jazeera said": a broadcaster, not a person
    if ORG_TAIL.search(name) or _PLACE_TAIL.search(name) or name in _US_STATES:
        return False  # ("Las Cruces, New Mexico, said": the state after its town)
    return True


# A US state of two words, written out, is no one's name ("New Mexico", "Rhode Island").
_US_STATES = frozenset(n for names in STATES.values() for n in names if " " in n)
# Nor like a place ("in Syunik Province, the head of the ... said").
_PLACE_TAIL = re.compile(r"\b(?:Province|Region|District|Governorate|Oblast|County|Prefecture|"
                         r"Valley|River|Mountains?|Islands?|Strait|Sea|Bay|Gulf|Desert|Peninsula|"
                         r"City|Village|Square|Street|Road|Bridge|Port|Airport|Crossing)$")


# A pasted e-mail's sender: "From: Jane Roe <j.roe@example.org>" (a person's name, not a
# desk's: "CSS Ops Room <...>").
# Outlook writes the sender surname first: "From: Roe, Jane <jane.roe@example.org>" (read so
# only where the address spells the surname).
_MAIL_FROM = re.compile(r"(?m)^From:[ \t]+(?:(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})|"
                        r"(?P<last>[A-Z][a-z'’-]+),[ \t]+(?P<first>[A-Z][a-z'’-]+))"
                        r"[ \t]+<(?P<mail>[^<>\s@]+)@[^<>\s]+>")
_MAIL_DESK = re.compile(r"\b(?:Desk|Room|Team|Office|Cent(?:re|er)|Cell|Support|Service|Ops|Watch|"
                        r"Operations|Admin|Alerts?|News|Info|Security|Duty)\b")
_SIGNED_ROLE = re.compile(r"\b(?:Manager|Officer|Director|Coordinator|Adviser|Advisor|Analyst|"
                          r"Lead|Head|Chief|Supervisor|Specialist)\b")
# "Commander-in-Chief", "Officer-in-Charge": an office joined by hyphens, never a name.
_LETTER_NAME = re.compile(rf"(?m)^(?:The[ \t]+Honorable|/s/)[ \t]+(?P<name>{FIRST}"
                          rf"(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}})[ \t]*$")
_LETTER_ROLE = re.compile(r"\b(?:Secretary|Senator|Representative|Member|Minister|"
                          r"Chair(?:man|woman)?|Ambassador|Governor|Commander|President)\b")
# A memo's signature block: "//SIGNED//", then the name in capitals on a line of its own
# ("JANE Q. ROE"), then rank and office lines ("COL, IN" / "Chief, Plans Cell").
_SIGNED_BLOCK = re.compile(r"(?m)^[ \t]*(?://[ \t]*SIGNED[ \t]*//|/s/|\(signed\))[ \t]*\n\s*"
                           r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z]\.)?"
                           r"(?:[ \t]+[A-Z][A-Z'’-]+){1,2})"
                           r"[ \t]*\n(?P<after>(?:[ \t]*[^\n]*\n?){0,4})")

# A UN letter signs on one line: "(Signed) Jane Roe, Coordinator, Panel of Experts on X".
_SIGNED_INLINE = re.compile(rf"(?m)^[ \t]*(?:\([Ss]igned\)|/s/)[ \t]+(?P<name>{FIRST}"
                            rf"(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}}),[ \t]+"
                            r"(?P<title>[A-Z][^\n]{2,80}?)[ \t]*$")


# A parliamentary record's labels: "Asked by: Jane Roe" (the member, her party and seat on the
# line under), "Answered by: John Doe" (the minister, his office on the line under).
_RECORD_BY = re.compile(rf"(?m)^(?:Asked|Answered|Tabled|Moved|Seconded)[ \t]+by:[ \t]+"
                        rf"(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}})"
                        rf"[ \t]*\n(?:[ \t]*(?P<title>[^\n:]{{3,60}})$)?")
# A report's staff lines: "Prepared by: Ops Cell (J. Roe, Senior Analyst).", "Approved: Jane
# Roe, Head of Research": the name (initials allowed) with a staff role after its comma.
_SIGN_OFF = re.compile(rf"\b(?:(?:Prepared|Approved|Reviewed|Compiled|Written|Checked|Released)"
                       rf"(?:[ \t]+by)?|Author|Editor):[ \t]+(?:[^\n:()]{{0,40}}\()?"
                       rf"(?P<name>(?:[A-Z]\.[ \t]?){{1,2}}[ \t]?[A-Z][a-z'’-]+|{FIRST}[ \t]+"
                       rf"(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’-]+),[ \t]+"
                       rf"(?P<title>[A-Z][^\n,;()]{{2,50}}?)(?=[ \t]*[).;\n]|$)")
# "General" after a body's noun names an office: "Consulate General X", "Directorate General".
_BODY_GENERAL = re.compile(r"\b(?:Consulate|Directorate|Secretariat|Commissariat)\s+$")
_JOINED_OFFICE = re.compile(r"-(?:in|of|at)-[A-Z]")
# (or after an engineer's title, "Eng.", which it does not know for one)
_RESERVE_TAIL = re.compile(r"\((?:res|ret|Res|Ret)\.\)$|\bEng\.$")
# ROLE_WORD without re.I, for a lower-cased copy: a case-blind scan costs three times as much.
_ROLE_WORD_LOWER = word_gated(re.compile(ROLE_WORD.pattern))


# Where a title can open: one of TITLED_RE's first characters, not after a word character or
# an apostrophe, before the rest of one of its first few letters (a scan in C; None when its
# openings are not all spelled out).
_TITLED_HEADS = prefixes(TITLED_RE.pattern, TITLED_RE.flags)
_TITLED_OPENING = first_char_gate(_TITLED_HEADS, r"[\w'’]") if _TITLED_HEADS else None


def _titled_search(text: str, pos: int, end: int, openings: list[int] | None):
    """TITLED_RE.search(text, pos, end): tried only at `openings` (the starts of
    _TITLED_OPENING's matches over the whole text, in order) from pos on."""
    if openings is None:
        return TITLED_RE.search(text, pos, end)
    match = TITLED_RE.match
    for i in range(bisect.bisect_left(openings, pos), len(openings)):
        at = openings[i]
        if at >= end:
            return None
        m = match(text, at, end)
        if m is not None:
            return m
    return None


def _has_role_word(text: str, start: int, end: int) -> bool:
    low = lowered(text)
    if low is None:
        return ROLE_WORD.search(text, start, end) is not None
    return _ROLE_WORD_LOWER.search(low, start, end) is not None


# Where REVERSED_RE's role word can stand, for a scan of the lower-cased copy: its matches
# open at most four words before one of these.
_REVERSED_ROLE = re.compile(
    r"(?<!\w)(?:spokes|commander|minister|secretary|chief|head|director|ambassador|envoy|"
    r"leader|adviser|governor|mayor|president|analyst|researcher|official|commissioner|"
    r"magistrate|superintendent|member|representative|coordinator)")


def _reversed(text: str, start: int, end: int):  # noqa: ANN202
    low = lowered(text)
    if low is None:
        return REVERSED_RE.finditer(text, start, end)
    return finditer_near(REVERSED_RE, _REVERSED_ROLE, low, text, start, end, 4)


def _command_seat(m: re.Match[str], is_place) -> bool:
    """'Corps Commander Peshawar': a command named by the city it sits in, no person."""
    if not m.group("title").endswith("Commander"):
        return False
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    name = m.group("name")
    return bool(is_place and is_place(name)) or \
        Gazetteer.default().lookup(name, fuzzy=False) is not None


_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "at", "to"})


def _recased_role(role: str) -> str:
    """'PENTAGON PRESS SECRETARY' -> 'Pentagon Press Secretary'; 'CNN', 'U.S.' kept."""
    words = []
    for w in role.split():
        low = w.lower()
        if low in _SMALL_WORDS:
            words.append(low)
        elif "." in w or len(w) <= 4 and not any(c in "AEIOU" for c in w):
            words.append(w)  # an acronym or initials: "CNN", "U.S."
        else:
            words.append(w.capitalize())
    return " ".join(words)


# An interview written up for the web labels each turn with the speaker's name on a line of its
# own ("Jane Roe:"), the answer below; two or more people so labelled, each at least twice, are a
# dialogue, and a label naming no one known yet is still a person (the host who asks).
_OWN_LINE_NAME = re.compile(rf"\n(?P<name>{FIRST}(?:[ \t]+[A-Z][a-z'’-]+){{1,2}})"
                            r"[ \t]*:[ \t]*(?=\n)")

_ANY_OWN_LINE_LABEL = re.compile(r"\n([A-Z][^\n:]{2,60}):[ \t]*(?=\n)")


def _own_line_speakers(text: str, add, is_place) -> None:
    if ":\n" not in text:
        return
    spans: dict[str, list[int]] = {}
    for m in _OWN_LINE_NAME.finditer(text):
        spans.setdefault(m.group("name"), []).append(m.start("name"))
    labels = _ANY_OWN_LINE_LABEL.findall(text)
    if len(set(labels)) < 2 or len(labels) < 4:
        return  # (a heading repeated is not a dialogue)
    for name, at in spans.items():
        if len(at) >= 2 and _plausible(name, is_place):
            add(name, "", "", at[0], at[0] + len(name))


def _transcript_speakers(text: str, add, is_place) -> None:
    """People a transcript names in its labels: 'JANE ROE, MINISTRY SPOKESPERSON:' (not the
    broadcaster's anchor or correspondent) and a header's 'Jane Roe, Deputy Spokesperson' whom
    the turns label 'MS. ROE:'."""
    _own_line_speakers(text, add, is_place)
    if CAPS_TURN.search(text) is None and ", " not in text:
        return
    for m in TRANSCRIPT_LABEL_RE.finditer(text) if ", " in text else ():
        role = " ".join(m.group("role").split())
        if JOURNALIST_ROLE.search(role) or not ROLE_WORD.search(role):
            continue
        name = recased(m.group("name"))
        if not _plausible(name, is_place):
            continue
        rank = recased(m.group("rank").strip()) if m.group("rank") else ""
        rank += " (ret.)" if m.group("reserve") else ""
        title = ", ".join(t for t in (rank, _recased_role(role)) if t)
        add(name, title, "", m.start("name"), m.start("name") + len(name))
    if CAPS_TURN.search(text) is None:
        return
    for m in HEADER_NAME_ROLE_RE.finditer(text):
        name, role = m.group("name"), m.group("role")
        last = name.split()[-1].upper()
        if not ROLE_WORD.search(role) or not _plausible(name, is_place) or not re.search(
                rf"\n(?:[A-Z]{{2,5}}\.[ \t]+)?{re.escape(last)}:[ \t]", text):
            continue  # only the one whose surname labels the turns
        add(name, " ".join(role.split()), "", m.start("name"), m.end("name"))


def find_people(doc: Document, is_place=None) -> PeopleIndex:
    """Titled people first, then named speakers; each name once, first mention's span."""
    text = doc.text
    found: dict[str, _Found] = {}
    spans: list[tuple[int, int]] = []
    titled: list[tuple[int, int, str]] = []

    def add(name: str, title: str, org: str, start: int, end: int) -> str:
        """Record a person (or add to the one already found); their name as recorded."""
        # a title-case headline runs on past the name: "Jane Roe's Visit To ..." is Jane Roe
        name = _INNER_POSSESSIVE.split(name, maxsplit=1)[0]
        if name.count(" ") >= 2:  # two words at least must stay
            name = _HEADLINE_PREPOSITION_TAIL.sub("", name)
        name = _HONORIFIC.sub("", _POST_NOMINAL_TAIL.sub("", _POSSESSIVE.sub("", name)))
        name = " ".join(name.split())  # "Jane\nRoe" in hard-wrapped text
        end = start + len(name) if text.startswith(name, start) else end
        if _JR_SR.search(name) and text[end:end + 1] == ".":
            name, end = name + ".", end + 1  # "Robert T. Hale Jr."
        key = name.casefold()
        words = _core_words(key)
        for other in found.values():  # "McKenzie" after "Frank McKenzie" is the same man
            theirs = _core_words(other.name.casefold())
            shorter, longer = sorted((words, theirs), key=len)
            short_text, long_text = sorted((key, other.name.casefold()), key=len)
            if longer[-len(shorter):] == shorter and (len(shorter) == 1 or len(
                    shorter) >= len(longer) - 1) or long_text.endswith("-" + short_text):
                # "Karim Mahdi" read inside "Abdul-Karim Mahdi" is him too
                if key.endswith("-" + other.name.casefold()):
                    other.name, other.start, other.end = name, start, end
                other.title = _merged_title(other.title, title)
                other.organization = other.organization or org
                return other.name
        found[key] = _Found(name, title, org, start, end)
        spans.append((start, end))
        return name

    for m in _MAIL_FROM.finditer(text) if "From:" in text else ():
        # a pasted e-mail's sender, titled by the signature under their name
        name = m.group("name") or f"{m.group('first')} {m.group('last')}"
        if m.group("last") and m.group("last").casefold() not in m.group("mail").casefold():
            continue
        if _plausible(name, is_place) and not _MAIL_DESK.search(name):
            signature = rf"(?m)^{re.escape(name)}[ \t]*\n(?P<title>[^\n<>@:]{{3,60}})$"
            sign = re.compile(signature).search(text, m.end())
            title = " ".join(sign.group("title").split()) if sign and _has_role_word(
                text, sign.start("title"), sign.end("title")) or sign and _SIGNED_ROLE.search(
                    sign.group("title")) else ""
            group = "name" if m.group("name") else "last"  # (the reversed name's span)
            add(name, title, "", m.start(group), m.end("name") if group == "name" else m.end())
    for m in _LETTER_NAME.finditer(text) if "/s/" in text or "Honorable" in text else ():
        # a letter's addressee ("The Honorable Jane Roe") and signers ("/s/ Jane Roe"), each
        # titled by the line under their typed name ("Secretary of Defense")
        name = m.group("name")
        if not _plausible(name, is_place):
            continue
        under = re.compile(rf"(?m)^{re.escape(name)}[ \t]*\n\s*(?P<title>[^\n<>@:/]{{3,60}})$")
        sign = under.search(text, m.start("name"))
        title = " ".join(sign.group("title").split()) if sign and (_SIGNED_ROLE.search(
            sign.group("title")) or _LETTER_ROLE.search(sign.group("title"))) else ""
        add(name, title, "", m.start("name"), m.end("name"))
    for m in _SIGNED_BLOCK.finditer(text) if "SIGNED" in text or "igned)" in text else ():
        name = recased(m.group("name"))
        if _plausible(name, is_place):
            roles = [line.strip() for line in m.group("after").splitlines()
                     if _SIGNED_ROLE.search(line) or _LETTER_ROLE.search(line)]
            add(name, roles[0] if roles else "", "", m.start("name"), m.end("name"))
    for m in _SIGNED_INLINE.finditer(text) if "igned)" in text or "/s/" in text else ():
        if _plausible(m.group("name"), is_place):
            add(m.group("name"), " ".join(m.group("title").split()), "", m.start("name"),
                m.end("name"))
    for m in _RECORD_BY.finditer(text) if "d by:" in text else ():
        title = " ".join((m.group("title") or "").split())
        if _plausible(m.group("name"), is_place):
            add(m.group("name"), title if _LETTER_ROLE.search(title) else "", "",
                m.start("name"), m.end("name"))
    for m in _SIGN_OFF.finditer(text) if "by:" in text or "Approved:" in text or \
            "Author:" in text or "Editor:" in text else ():
        if _SIGNED_ROLE.search(m.group("title")) and _plausible(m.group("name"), is_place):
            add(m.group("name"), m.group("title").strip(), "", m.start("name"), m.end("name"))
    _transcript_speakers(text, add, is_place)
    # "I'm joined by Dr Jane Roe"; "owner: J. Roe", "POC: MAJ J. ROE" (a field's name is one
    # as labelled); "the wounded, Jane Roe, died"; "said his brother, John Roe"
    for reader, checked in ((introduced_people, True), (labelled_people, False),
                            (named_casualties, True), (named_relatives, True),
                            (named_after_roles, True), (named_short_forms, True),
                            (caption_people, True)):
        for name, title, start, end in reader(text):
            if not checked or _plausible(name, is_place):
                add(name, title, "", start, end)
    if ")" in text:  # a debate's members, titled by the office or seat their labels give
        from briefdeck.extract.debate_turns import debate_labels  # (a cycle)

        for _start, _end, name, title, at in debate_labels(text, doc.paragraph_spans):
            if title and _plausible(name, is_place):
                add(name, title, "", at, at + len(name))
    listed = [m for m in LISTED_WITH_AGE.finditer(text) if _plausible(m.group("name"), is_place)] \
        if ", " in text else []
    for m in listed if len(listed) >= 2 else ():  # the victims listed, each with their age
        add(m.group("name"), "", "", m.start("name"), m.end("name"))
    sentences = doc.sentences
    # (each match of the gate is one character: none passes over a place a title opens)
    openings = None if _TITLED_OPENING is None else [
        m.start() for m in _TITLED_OPENING.finditer(text)]
    for i, sent in enumerate(sentences):
        # The splitter may end a sentence after "(res.)": the name is in the next piece.
        # (both of _RESERVE_TAIL's shapes end the sentence: only its last characters read)
        reach = sentences[i + 1].end if _RESERVE_TAIL.search(
            sent.text, max(0, len(sent.text) - 8)) and i + 1 < len(sentences) else sent.end
        pos, chain = sent.start, None
        while (m := _titled_search(text, pos, reach, openings)) is not None:
            pos = m.end()
            start = chain[1] if chain and chain[0] == m.start() else m.start()
            name = m.group("name")
            title, org = _title_parts(m.group("title"), m.group("role"))
            if _not_first(name.split()) or ORG_TAIL.search(name) or " " not in name and \
                    _command_seat(m, is_place) or \
                    BODY_TAIL.search(name) or _JOINED_OFFICE.search(name):
                # "General Command": a body, not a general; "Chairman Rep. Jane Roe": the
                # second title opens the match to read, after the first
                pos = m.start("name")
                chain = (pos, start)
                continue
            chain = None
            if m.group("title").startswith("Gen") and _BODY_GENERAL.search(
                    text, max(sent.start, m.start() - 15), m.start()):
                continue  # "Consulate General Erbil": an office, not a general
            if NAMED_FACILITY_AFTER.match(text, m.end("name")) or name.endswith(" Training") \
                    and NAMED_FACILITY_AFTER.match(text, m.end("name") - len("Training") - 1):
                continue  # "the General Jane Roe Training Area": a place named after someone
            if start < m.start():  # "Press Secretary Air Force Brig. Gen.": both titles
                title = f"{' '.join(text[start:m.start()].split())} {title}"
            office = LOCAL_OFFICE.search(text, max(sent.start, start - 80), start)
            if not office and JURISDICTION_TITLE.match(m.group("title")):
                office = JURISDICTION.search(text, max(sent.start, start - 40), start)
                if office and any(w in NOT_FIRST for w in office.group(0).split()):
                    office = None  # "On Tuesday Mayor ...", "Iraqi Governor ..."
            if not office and m.group("title") in ("Head", "Chief"):
                continue  # "Head" or "Chief" is a title only after the office it heads
            title_start = office.start() if office else start
            if office:
                title = f"{text[office.start():start]}{title}"
            if "pokes" in title or "ecretary " in title:
                title, title_start = _rank_after_role(text, title, title_start, sent.start)
            trailing = None if m.group("role") else TRAILING_ROLE.match(text, m.end(), sent.end)
            if trailing:  # "Lt. Col. Jane Roe, a Navy spokesperson": the role after the name
                title = f"{title}, {' '.join(trailing.group('role').split())}"
            name = add(name, title, org, m.start("name"), m.end("name"))
            titled.append((title_start, m.end("name"), name))
        for m in LOWER_OFFICE_RE.finditer(text, sent.start, sent.end) if \
                " minister " in sent.text else ():  # "Iraqi prime minister Jane Roe"
            if _plausible(m.group("name"), is_place):
                name = add(m.group("name"), " ".join(m.group("title").split()), "",
                           m.start("name"), m.end("name"))
                titled.append((m.start(), m.end("name"), name))
        for m in OFFICE_OF_NAME_RE.finditer(text, sent.start, reach) if \
                OFFICE_OF_GATE.search(sent.text) else ():
            name = m.group("name")  # "Minister of Foreign Affairs Jane Roe"
            if not _plausible(name, is_place) or ORG_TAIL.search(name) or \
                    ORG_TAIL.search(name.split()[0]) or name.split()[-1] in NOT_FIRST:
                continue  # "... Command Baghdad": the office's own last word
            for key, other in list(found.items()):
                if m.start() <= other.start < m.start("name") and other.name.endswith(name):
                    del found[key]  # "Affairs Jane Roe", read after "Minister of Foreign"
                    spans.remove((other.start, other.end))
                    titled[:] = [t for t in titled if t[2] != other.name]
            title = " ".join(m.group("title").split())
            name = add(name, title, "", m.start("name"), m.end("name"))
            titled.append((m.start(), m.end("name"), name))
        # Cheap tests first: each pattern below needs one of these words to match at all.
        roles = _has_role_word(text, sent.start, sent.end)
        speaks = SPEECH_WORD.search(text, sent.start, sent.end) is not None
        reversed_roles = [*_reversed(text, sent.start, sent.end)] if roles else []
        if MEDIC_COMMA.search(text, sent.start, sent.end):  # "a medic, Jane Roe, said"
            reversed_roles += MEDIC_NAME_RE.finditer(text, sent.start, sent.end)
        for m in reversed_roles:
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            raw_role = _role_from_article(m.group("role"))
            role = " ".join(raw_role.split())
            rank = " ".join((m.group("rank") or "").split())
            title = f"{rank}, {role}" if rank else role
            name = add(name, title, "", m.start("name"), m.end("name"))
            # "The government's spokesman, Jane Roe": a role with its own article is part of
            # the mention (words the sentence put before it are not)
            role_start = m.end("role") - len(raw_role) if _ROLE_DETERMINER.match(raw_role) \
                else m.start("rank") if m.group("rank") else m.start("name")
            titled.append((role_start, m.end("name"), name))
        described_first = roles and EXPERT_BEFORE_NAME.search(text, sent.start, sent.end)
        for m in DESCRIPTOR_RE.finditer(text, sent.start, sent.end) if described_first else ():
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            org = m.group("org") or ""
            role = " ".join(m.group("role").split())
            name = add(name, role, known_organization(org) or org, m.start("name"),
                       m.end("name"))
            titled.append((m.start("role"), m.end("name"), name))
        bio = BIO_RE.match(text, sent.start, sent.end) if " is a" in sent.text else None
        if bio and _plausible(bio.group("name"), is_place):  # "Jane Roe is a fellow at X."
            name = add(bio.group("name"), " ".join(bio.group("role").split()), "",
                       bio.start("name"), bio.end("name"))
            titled.append((bio.start("name"), bio.end("name"), name))
        for m in FORMER_RE.finditer(text, sent.start, sent.end) if "etired " in sent.text or \
                "ormer " in sent.text else ():  # either case: "Former", "retired"
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            name = add(name, " ".join(m.group("role").split()), "", m.start("name"),
                       m.end("name"))
            titled.append((m.start("role"), m.end("name"), name))
        for m in KUNYA_RE.finditer(text, sent.start, sent.end) if "Abu " in sent.text or \
                "Umm " in sent.text else ():
            if is_place and is_place(m.group("name")):
                continue
            before = ROLE_BEFORE_NAME.search(text, max(sent.start, m.start() - 80), m.start())
            add(m.group("name"), " ".join(before.group("role").split()) if before else "", "",
                m.start("name"), m.end("name"))
        for m in NAMED_AS_RE.finditer(text, sent.start, sent.end) if "named" in sent.text \
                else ():
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            described = list(WHO_DESCRIBED.finditer(text, sent.start, m.start()))
            title = _role_from_article(" ".join(described[-1].group("role").split())) \
                if described else ""
            add(name, title, "", m.start("name"), m.end("name"))
            more, at = None, m.end()
            for _ in range(4):  # "named them as A, B and C": each of the list is named
                more = NAMED_AS_MORE.match(text, at, sent.end)
                if not more or not _plausible(more.group("name"), is_place):
                    break
                add(more.group("name"), title, "", more.start("name"), more.end("name"))
                at = more.end()
        for m in NAME_THEN_OFFICE_RE.finditer(text, sent.start, sent.end) if \
                ", the " in sent.text else ():  # "Jane Roe, the Defence Secretary,"
            if _plausible(m.group("name"), is_place):
                add(m.group("name"), " ".join(m.group("role").split()), "", m.start("name"),
                    m.end("name"))
        for m in APPOSED_RE.finditer(text, sent.start, sent.end) if "," in sent.text else ():
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            title, org = _title_parts("", m.group("role"))
            add(name, title, org, m.start("name"), m.end("name"))
        for m in [*NAME_FIRST_RE.finditer(text, sent.start, sent.end),
                  *SAID_NAME_ROLE_RE.finditer(text, sent.start, sent.end)] if speaks else ():
            group = "name" if m.group("name") else "single"
            name = m.group(group)
            if not _plausible(name, is_place):
                continue
            title, org = _title_parts("", m.group("role") or m.group("srole"))
            add(name, title, org, m.start(group), m.end(group))
        aged = AGE_CHEAP.search(sent.text) is not None
        for m in NAME_AGE_RE.finditer(text, sent.start, sent.end) if aged else ():
            if _plausible(m.group("name"), is_place):
                add(m.group("name"), "", "", m.start("name"), m.end("name"))
        for m in NAME_WHO_RE.finditer(text, sent.start, sent.end) if speaks and \
                ", who " in sent.text else ():
            name = m.group("name")
            if not _plausible(name, is_place) or _INSIDE_NAME.search(
                    text, max(sent.start, m.start("name") - 30), m.start("name")):
                continue
            add(name, "", "", m.start("name"), m.end("name"))
        for m in IDENTIFIED_AS_RE.finditer(text, sent.start, sent.end) if "identified" in \
                sent.text else ():
            if _plausible(m.group("name"), is_place):
                add(m.group("name"), "", "", m.start("name"), m.end("name"))
        for m in ALIAS_RE.finditer(text, sent.start, sent.end) if " alias " in sent.text or \
                " a.k.a" in sent.text or " aka " in sent.text else ():
            if _plausible(m.group("name"), is_place):
                add(m.group("name"), "", "", m.start("name"), m.end("name"))
        for m in KILLED_WAS_RE.finditer(text, sent.start, sent.end) if " was " in \
                sent.text and ("killed" in sent.text or "dead" in sent.text) else ():
            if _plausible(m.group("name"), is_place):
                add(m.group("name"), "", "", m.start("name"), m.end("name"))
        for m in IDENTIFIED_RE.finditer(text, sent.start, sent.end) if "identified" in \
                sent.text or "name" in sent.text else ():
            name = m.group("name")
            if not _plausible(name, None):  # "gave only his first name, X": a name, whatever
                continue  # else the word may be (a village called Ahmad)
            described = list(WHO_DESCRIBED.finditer(text, sent.start, m.start()))
            title = " ".join(described[-1].group("role").split()) if described else ""
            name = add(name, title, "", m.start("name"), m.end("name"))
            titled.append((m.start(), m.end("name"), name))
        for m in SPEAKER_RE.finditer(text, sent.start, sent.end) if speaks else ():
            group = "name" if m.group("name") else "name2"
            name = m.group(group)
            if not _plausible(name, is_place) or _INSIDE_NAME.search(
                    text, max(sent.start, m.start(group) - 30), m.start(group)) and not \
                    _OUTLET_OWNER.search(text, max(sent.start, m.start(group) - 40),
                                         m.start(group)):
                continue  # "... Institute for Near East Policy, told": the end of a name
            after = ROLE_AFTER_RE.match(text, m.end(group), sent.end) if group == "name2" \
                else None  # "said Jane Roe, a senior fellow at the X Institute."
            title, org = _title_parts("", after.group("role")) if after else ("", "")
            add(name, title, org, m.start(group), m.end(group))
        for m in DESCRIBED_AS_RE.finditer(text, sent.start, sent.end) if ", who" in \
                sent.text and " as " in sent.text else ():
            if _plausible(m.group("name"), is_place):
                title, org = _title_parts("", m.group("role"))
                add(m.group("name"), title, org, m.start("name"), m.end("name"))
        for m in BODY_ROLE_NAME_RE.finditer(text, sent.start, sent.end) if \
                WORK_BEFORE_NAME.search(sent.text) else ():
            name = m.group("name")
            lead = WHEN_WORD.match(text, m.start("role"))  # "Monday Hamas official ..."
            if _plausible(name, is_place):
                role_start = lead.end() if lead else m.start("role")
                name = add(name, " ".join(text[role_start:m.end("role")].split()), "",
                           m.start("name"), m.end("name"))
                titled.append((role_start, m.end("name"), name))
    _full_names_of_surnames(doc, found, add, is_place)
    _relatives_by_given_name(text, found, add, is_place, titled)
    ordered = [f for f in sorted(found.values(), key=lambda f: f.start)
               if not _outlet_name(text, f.name) and not (not f.title and ship_named(text, f.name))]
    # ("said Jane Roe engaged the drones" after "ITS Jane Roe (F 596)": a ship, no one titled)
    index = PeopleIndex(ordered, doc, [(s, e, n) for s, e, n in titled])
    return index


# An outlet's name without its noun ("told Jane Roe" where the masthead reads "Jane Roe News
# Agency"): the text writes the same words with an outlet's noun after them somewhere.
# A company's short name the same way ("Jane Roe said" where the text also writes "Jane Roe
# Petroleum"): the words are its name, no one's.
_OUTLET_NOUN = (r"\s+(?:News(?:\s+Agency)?|Agency|TV|Television|Radio|Network|Channel|Daily|"
                r"Petroleum|Oil|Energy|Corp(?:oration)?|Inc|Ltd|Holdings|Industries|Airlines|"
                r"Airways|Aerospace|Technologies|Logistics|Shipping)\b")


def _outlet_name(text: str, name: str) -> bool:
    if len(name.split()) < 2 or name not in text:
        return False
    return re.search(re.escape(name) + _OUTLET_NOUN, text) is not None


def _full_names_of_surnames(doc: Document, found: dict[str, _Found], add, is_place) -> None:
    """'Hale said': a surname that speaks alone, not yet anyone's, is the person named in full
    last before it ('Martin Hale'), with the role set after that name."""
    text = doc.text
    surnames = {surname(f.name).casefold() for f in found.values()}
    tried: set[str] = set()
    for verb in LONE_VERB.finditer(text):
        m = LONE_BEFORE.search(text, max(0, verb.start() - 40), verb.start()) or (
            LONE_AFTER.match(text, verb.end()) if verb.group(0) in ("said", "says", "added")
            else None)
        if m is None:
            continue
        group = "name"
        name = m.group(group)
        key = name.casefold()
        if key in surnames or key in tried or not doc.is_reporting(m.start(group), m.end()):
            continue
        tried.add(key)
        if name in NOT_FIRST or is_place and is_place(name) or known_organization(name):
            continue
        full = None
        for said in re.compile(rf"\b{re.escape(name)}\b(?!\s+[A-Z])").finditer(
                text, max(0, m.start(group) - _INTRO_REACH), m.start(group)):
            first = _FIRST_BEFORE.search(text, max(0, said.start() - 30), said.start())
            if first and doc.is_reporting(first.start(), said.end()) and \
                    not _PARTICIPLE.match(text, first.start()):
                full = (first.start(), said.end())  # the last one before wins
        if not full or not _plausible(text[full[0]:full[1]], is_place) or \
                _OF_BEFORE.search(text, max(0, full[0] - 6), full[0]):
            continue  # "Ministry of Public Health ... Health said": the tail of a body's name
        where = doc.sentence_at(full[0])
        role = ROLE_AFTER_RE.match(text, full[1], where.end) if where else None
        title, org = _title_parts("", role.group("role")) if role else ("", "")
        add(" ".join(text[full[0]:full[1]].split()), title, org, full[0], full[1])
        surnames.add(key)


def _relatives_by_given_name(text: str, found: dict[str, _Found], add, is_place,
                             titled: list[tuple[int, int, str]]) -> None:
    """'said his wife, Megan': she bears the family name last written before her ('Renner'),
    the family the report is about; no one named before, no name given. Her given name there
    is a mention of her, the one 'she said' next refers to."""
    if not found:
        return
    family = {surname(f.name) for f in found.values() if " " in f.name}
    named: set[str] = set()  # ("survived by his wife, Megan" again: her, named already)
    for given, kin, start, end in relatives_by_given_name(text):
        if given in NOT_FIRST or given in named or is_place and is_place(given):
            continue
        named.add(given)
        last = None
        for name in family:  # whole words: "Li" is not in "Libya"
            for said in re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])").finditer(
                    text, max(0, start - _INTRO_REACH), start):
                if last is None or said.start() > last[0]:
                    last = (said.start(), name)
        if last and _plausible(f"{given} {last[1]}", is_place):
            titled.append((start, end, add(f"{given} {last[1]}", kin, "", start, end)))


# "Calling Hassan now": a verb's participle opening a chat line is no given name ("Ming" and
# "Jing" are, hence the length).
_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing\b")
_OF_BEFORE = re.compile(r"\b(?:of|for)\s+$")
_INTRO_REACH = 20_000  # characters: a person is introduced in full within a few pages
_FIRST_BEFORE = re.compile(rf"(?<![\w.'’-]){FIRST}\s+(?:[A-Z]\.\s+)?$")


def people_facts(index: PeopleIndex) -> list[Person]:
    return [
        Person(id=f"pe-{i}", name=p.name, title=p.title, organization=p.organization,
               provenance=Provenance(source="src-1", start=p.start, end=p.end))
        for i, p in enumerate(index.found, 1)
    ]
