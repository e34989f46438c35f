"""The people found, findable by full name, surname or the role a later reference uses.

Quotes, sourcing and speaker labels all ask the same questions of the people a report
names ("McKenzie said": who is that? "the colonel said": which colonel? "he said": who
was named last?), so the index of names and mentions stands apart from how people are found
(people.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefdeck.extract.sentences import Document


@dataclass
class FoundPerson:
    name: str
    title: str
    organization: str
    start: int
    end: int


_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Arabic family names are written with and without the article: "al-Sudani", "Sudani".
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|an|ad|as|ash|ar|at|az)-", re.I)


def core_words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _GENERATION:
        words.pop()
    return words


def surname(name: str) -> str:
    """'Lloyd J. Austin III' -> 'Austin'."""
    return core_words(name)[-1]


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
    # a meeting's chair, named in its attendees' list or its header ("Chair: Jane Roe")
    "chair": r"\bchair", "chairman": r"\bchair", "chairwoman": r"\bchair",
    "chairperson": r"\bchair",
}

# "the colonel said", "the spokeswoman added": a person named before, by rank or role.
ROLE_REFERENCE_RE = re.compile(r"^[Tt]he\s+(?P<role>" + "|".join(_ROLE_FORMS) + r")$")


def _names_regex(written: set[str]) -> re.Pattern[str]:
    """Any of the names, the longest first, a space in one matching any run of blanks ("Jane\nRoe"
    in wrapped text too). Written as a trie, one branch per next character: `re` tries a flat
    list of names one by one at every word, which a long list (a table of attendees) makes
    cost its square. (Names with other blanks, or two in a row: the flat list, as before.)"""
    if "" in written or any(_ODD_BLANKS.search(k) for k in written):
        keys = sorted(written, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(
            re.escape(k).replace("\\ ", r"\s+") for k in keys) + r")(?!\w)")
    return re.compile(r"\b(?:" + _trie(written) + r")(?!\w)")


_ODD_BLANKS = re.compile(r"\s(?<! )|  |^ | $")


def _trie(keys: set[str]) -> str:
    """A regex for keys (none empty), the longest match first: each branch opens on its own
    character, so only one can go on at a position, and a key ending inside a longer one is
    tried after it (a greedy, optional rest)."""
    by_first: dict[str, set[str]] = {}
    for k in keys:
        by_first.setdefault(k[0], set()).add(k[1:])
    alts = []
    for c in sorted(by_first):
        rests = by_first[c]
        ends = "" in rests
        rest = _trie({r for r in rests if r}) if rests - {""} else ""
        head = r"\s+" if c == " " else re.escape(c)
        alts.append(head + (f"(?:{rest})" + ("?" if ends else "") if rest else ""))
    return "|".join(alts)


# The parts a decision's caption gives a person (people_case_captions.py).
PARTY_PARTS = frozenset(("Claimant", "Petitioner", "Appellant", "Complainant"))


class PeopleIndex:
    """Named people in order of appearance, findable by full name or surname, with every
    place they are mentioned (titled spans start at the title: "Rear Adm. Marcus Delaney")."""

    def __init__(self, found: list[FoundPerson], doc: Document | None = None,
                 titled: list[tuple[int, int, str]] | None = None):
        self.found = found
        self.by_key: dict[str, FoundPerson] = {}
        self._written: set[str] = set()  # the keys as the text writes them
        for person in found:
            last = surname(person.name)
            bare = _ARTICLE_PREFIX.sub("", last)  # "al-Sudani" is also written "Sudani"
            words = person.name.split()
            if len(words) in (2, 3) and words[0] in _FAMILY_FIRST:
                last = words[0]  # "Zhou Hanwen" is later "Zhou": the family name first
            keys = [person.name, last, bare if len(bare) > 3 else last]
            # a first name glossed with the full one, "Dale (Dale Roe, our site manager)":
            # the writer calls the person by the first name from then on
            if doc is not None and len(words) > 1 and f"{words[0]} ({person.name}" in doc.text:
                keys.append(words[0])
            for key in keys:
                self.by_key.setdefault(key.casefold(), person)
                self._written.add(key)
        self._party_roles(found)
        self._family_given_names(found)
        self.mentions: list[tuple[int, int, str]] = []  # (start, end, full name)
        if doc is not None and found:
            names_re = _names_regex(self._written)
            for sent in doc.sentences:
                for m in names_re.finditer(doc.text, sent.start, sent.end):
                    full = self.resolve(" ".join(m.group(0).split()))
                    if full:
                        self.mentions.append((m.start(), m.end(), full))
            for start, end, name in titled or []:
                self.mentions.append((start, end, name))
            self.mentions.sort()

    def _party_roles(self, found: list[FoundPerson]) -> None:
        """A decision calls its party by the part alone, capitalised and with no article
        ("Claimant testified that he ..."): the one person captioned in that part."""
        parts: dict[str, list[FoundPerson]] = {}
        for person in found:
            if person.title in PARTY_PARTS:
                parts.setdefault(person.title, []).append(person)
        for part, people in parts.items():
            if len(people) == 1 and part.casefold() not in self.by_key:
                self.by_key[part.casefold()] = people[0]
                self._written.add(part)

    def _family_given_names(self, found: list[FoundPerson]) -> None:
        """A family named in the report ("Tom and Annie Roe", their son "Jane Roe") is told
        apart by given names: "Annie told me" is Annie Roe. Only where two or more people
        share the family name and no one else has the given name."""
        families: dict[str, int] = {}
        given: dict[str, int] = {}
        for person in found:
            words = person.name.split()
            if len(words) == 2 and words[0][:1].isupper() and words[0].isalpha():
                families[words[1]] = families.get(words[1], 0) + 1
                given[words[0]] = given.get(words[0], 0) + 1
        if not any(n >= 2 for n in families.values()):
            return
        for person in found:
            words = person.name.split()
            if len(words) == 2 and families.get(words[1], 0) >= 2 and \
                    given.get(words[0]) == 1 and words[0].casefold() not in self.by_key:
                self.by_key[words[0].casefold()] = person
                self._written.add(words[0])

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
