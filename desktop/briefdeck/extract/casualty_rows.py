"""One counted group of the killed or wounded (Casualty), and the plain readings every
reader shares: a count from its words ("a further three" -> 3, "dozens" -> unknown) and the
kind from its verb (killed or wounded)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefdeck.extract.numbers import word_value
from briefdeck.extract.toll_parties import party_of

_FLOOR = re.compile(r"(?:at\s+least|more\s+than|over|as\s+many\s+as|dozens|scores|hundreds|"
                    r"several|(?:a\s+)?few)\b", re.I)


@dataclass(frozen=True)
class Casualty:
    start: int  # the words giving the count
    end: int
    kind: str  # "killed" or "wounded"
    count: int | None  # None when vague ("several militants")
    party: str
    wording: str = ""  # the count as written: "more than 40", "dozens"
    added: bool = False  # "two more contractors", "another soldier": on top of those told
    partitive: bool = False  # "one of the service members": part of a group already counted
    total: bool = False  # "the death toll rose to 12": the whole count so far
    from_wounded: bool = False  # "one of the wounded later died": moved from wounded to killed
    kind_unsaid: bool = False  # "the count rose to five": a total whose noun names no kind
    rise: bool = False  # "rose to six", "raising the toll to three": a total that only grows
    # "three Americans were hurt; the Pentagon later put the number at four": a total of one
    # party's count, replacing that party's rows only
    party_total: bool = False
    # "a third man was wounded": the count of everyone hit so far, by its ordinal
    ordinal: bool = False
    # "the group said its attack killed 20 soldiers": an armed group's claim, not a count
    # told of the attack otherwise (toll_claims.py)
    claimed: bool = False
    # who gives the count when it is a party to the fight's word ("Kataib Hezbollah": a claim,
    # or the group's own dead as it tells them); shown with the toll (toll_claims.py)
    claimant: str = ""

    @property
    def is_floor(self) -> bool:
        """'more than 40', 'at least 12', 'dozens': a lower bound a later tally may raise."""
        return self.count is None or bool(_FLOOR.match(self.wording))

    @property
    def is_total(self) -> bool:
        """'the death toll rose to 12': the whole count so far, replacing earlier ones."""
        return self.total


def count_of(num: str) -> int | None:
    words = num.lower().split()
    core = " ".join(w for w in words if w not in ("at", "least", "more", "than", "about",
                                                    "nearly", "some", "up", "to", "as",
                                                    "many", "around", "approximately",
                                                    "roughly", "further", "total", "of",
                                                    "another", "additional"))
    if core in ("a", "an") or (not core and words[-1:] in (["another"], ["additional"])):
        return 1  # "one killed and another wounded"
    if core.startswith(("a hundred", "a thousand")):
        core = "one" + core[1:]
    if core.startswith(("a ", "an ")) and core not in ("a dozen", "a few"):
        core = core.split(" ", 1)[1]  # "a further three" -> three
    if not core:
        return None
    if core.replace(",", "").isdigit():
        return int(core.replace(",", ""))
    if core in ("several", "dozens", "scores", "hundreds", "few", "a few"):
        return None
    value = word_value(core)
    return int(value) if value is not None else None


def kind_of(verb: str) -> str:
    return "killed" if verb.lower().startswith(("kill", "kia", "dead", "death", "died", "bodies",
                                                 "martyr", "neutrali", "sent", "gunned")) or \
        verb.endswith(("dead", "death")) else "wounded"


def counted_groups(matches: Iterable[re.Match[str]], kind: str,
                   taken: list[Casualty]) -> list[Casualty]:
    """A Casualty of the kind for each match of a group pattern (its "num" and "np" groups),
    unless its count is no number or lies inside a toll read already."""
    found: list[Casualty] = []
    for m in matches:
        count = count_of(m.group("num"))
        if count is None or any(c.start <= m.start("num") < c.end for c in taken):
            continue
        found.append(Casualty(m.start("num"), m.end("np"), kind, count, party_of(m.group("np")),
                              m.group("num")))
    return found
