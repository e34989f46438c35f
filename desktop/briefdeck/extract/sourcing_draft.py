"""The draft list of a report's sourcings, each source counted once.

Every scan offers its spans through SourcingDraft.add, which keeps a sentence's sourcings
apart (no two overlap; words inside a quotation are the speaker's, not the report's) and
counts a source once: the same words again, or "the official said" after "a U.S. official
said", repeat a source already counted. The scans share what has been counted so far: the
people named once, the institutions by their full name, the source nouns introduced.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.acronyms import defined_acronyms
from briefdeck.extract.attribution_kinds import firm_names, singular
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.script_cues import report_quotes
from briefdeck.extract.sentences import Document
from briefdeck.extract.sourcing_named_again import HEAD_NOUN, NEW_WORDS, REPEATED

LEADING_THE = re.compile(r"^[Tt]he\s+")


def canonical(who: str) -> str:
    name = LEADING_THE.sub("", " ".join(who.split()))
    return (known_organization(name) or name).casefold()


_SAYING_TAIL = re.compile(r",\s+\w+$")


def spoken_end(m: re.Match[str]) -> int:
    """Where a sourcing ends: 'X gave a different account, saying' ends at 'account'."""
    end = m.end()
    tail = _SAYING_TAIL.search(m.string, m.start(), end)
    return tail.start() if tail and m.string[tail.start():end].rstrip().endswith(
        ("saying", "adding", "claiming", "insisting", "arguing")) else end


def in_quote(quoted: list[tuple[int, int]], pos: int) -> bool:
    q = bisect.bisect_right(quoted, (pos, 1 << 62)) - 1
    return q >= 0 and quoted[q][0] < pos < quoted[q][1]


class SourcingDraft:
    """The sourcings found so far in one report, and what they have counted."""

    def __init__(self, doc: Document, people: PeopleIndex, own_outlets: set[str],
                 told_bodies: set[str]) -> None:
        self.text = doc.text
        self.people = people
        self.quoted = report_quotes(self.text, doc.quoted)  # (a voice piece is the report's)
        self.found: list[tuple[int, int, str, int | None]] = []
        self.named_once: set[str] = set()
        self.seen_nouns: set[str] = set()  # "official", "ministry": sources already introduced
        self.said_words: set[str] = set()  # the words of each sourcing counted
        self.bodies: set[str] = set()  # institutions counted, by their full name
        # a body counted by its initials alone, to its sourcing (bodies_speaking.py)
        self.by_initials: dict[str, tuple[int, int, str, int | None]] = {}
        self.firms = firm_names(self.text)
        self.own_outlets = own_outlets  # the publisher, in its own words
        self.told_bodies = told_bodies  # the publisher: "an officer told Kestrel"
        self.acronyms: dict[str, str] | None = None
        self.taken: list[tuple[int, int]] = []  # the current sentence's spans, sorted
        self.nested: list[tuple[int, int]] = []  # "citing a military source" inside another span

    def new_sentence(self) -> None:
        self.taken = []
        self.nested = []

    def spelled(self, who: str) -> str:
        """'the SOHR' -> its name as the text defines it, to tell a monitor from a party."""
        last = who.split()[-1]
        if sum(c.isupper() for c in last) < 2 or not last.isalpha():
            return who
        if self.acronyms is None:
            self.acronyms = defined_acronyms(self.text)
        return self.acronyms.get(last, who)

    def add(self, start: int, end: int, kind: str, count: int | None,
            aside: tuple[int, int] | None = None) -> bool:
        """Count the sourcing text[start:end] unless it overlaps one taken in its sentence,
        sits inside a quotation or repeats words already counted."""
        text, taken = self.text, self.taken
        # `taken` is sorted and its spans never overlap, so only the neighbours can
        # (a scan of all of them was quadratic in a sentence of thousands of "said").
        if aside:  # "The M23, backed by Rwanda according to UN experts, said": the
            inner = [t for t in taken if aside[0] <= t[0] and t[1] <= aside[1]]
            for t in inner:  # source inside the aside is counted, and the body too
                taken.remove(t)
            if self.add(start, end, kind, count):
                return True
            for t in inner:
                bisect.insort(taken, t)
            return False
        if "\t" in text[start:end]:
            return False  # "Hasakah<tab>Rockets<tab>None reported": table cells, no source
        if text[end - 4:end] in (" the", "\nthe") or text[end - 2:end] == " a":
            return False  # "according to the" cut at a paragraph break: no source named
        if text[end:end + 9] == " at first" and text[end - 1:end].isalpha():
            end += 9  # "the ministry said at first": the account later revised
        i = bisect.bisect_left(taken, (start, end))
        if any(s < end and start < e for s, e in taken[max(0, i - 1) : i + 1]):
            return False
        if in_quote(self.quoted, start):
            return False  # '"The Americans told us ..."': a speaker's words, not the report's
        taken.insert(i, (start, end))
        words = " ".join(text[start:end].lower().split())
        if text.startswith(" at the time", end):
            words += " at the time"  # "the army said at the time": an earlier account, its own
        if words in self.said_words:
            return False  # "according to local authorities" again: the same source
        self.said_words.add(words)
        self.found.append((start, end, kind, count))
        for noun in HEAD_NOUN.findall(text[start:end]):
            noun = singular(noun.lower())
            self.seen_nouns.add(noun)
            if " " in noun:  # "the news agency" named: "the agency" is it again
                self.seen_nouns.add(noun.rsplit(None, 1)[1])
        return True

    def displace(self, at: int) -> None:
        """Forget the sourcing this sentence counted from text[at] on: a name read as a
        person's that is the place of the source found over it ("two witnesses from Tel
        Kafra told": the village, no one named)."""
        self.taken = [t for t in self.taken if t[0] != at]
        self.found = [f for f in self.found if f[0] != at]

    def repeated(self, who: str, end: int = -1) -> bool:
        """'the official said' after 'a U.S. official said': the same source again (but
        'the task force said in a statement' brings a new document, 'the command
        assessed' a new assessment)."""
        words = " ".join(who.split())
        m = REPEATED.match(words)
        if m and " same " in f" {words.lower()} ":
            return True  # "the same group": said outright
        if not m or singular(m.group("noun").lower()) not in self.seen_nouns:
            return False
        return end < 0 or not NEW_WORDS.search(self.text, max(0, end - 30), end) and \
            not self.text.startswith(" at the time", end)
