"""People named straight after the trade they work in: "freelance photographer Jane Roe",
"the cameraman John Doe was hit", "our shift technician, Jane Roe, who ...".

Press-freedom alerts, company notices and casualty notes name the hurt by their work, in
lower case, before the name: "reporter Jane Roe of the local channel". No capital and no
title: the trade's noun alone says the name after it is a person's. Set off by commas, the
name must close with a comma (or "who") of its own, as an apposition does. The name is a full
one (two or three capitalised words), so a place or a firm after a trade ("a driver Friday")
is not read as someone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.named_after_roles import full_name
from briefdeck.extract.person_patterns import FIRST, NOT_FIRST, SURNAME

# Trades whose noun stands before a worker's name (a lower-case word, not a title). (Not a
# "correspondent": the outlet's own, whose name is its byline, not someone in the story.)
_TRADE = (
    r"photographer|photojournalist|journalist|reporter|cam(?:era)?(?:man|woman)|"
    r"videographer|stringer|fixer|producer|technician|electrician|mechanic|"
    r"paramedic|medic|nurse|firefighter|driver|engineer|operator|interpreter|translator|"
    r"guard|watchman|labou?rer|stevedore|seafarer|fisherman|shepherd|farmer|teacher|"
    r"contractor|aid[ \t]+worker"
)
_CUE = re.compile(
    rf"(?<![\w-])(?:{_TRADE})(?P<comma>,)?[ \t]+(?P<name>{FIRST}(?:[ \t]+{SURNAME}){{1,2}})"
    r"(?=[ \t]+[a-z]|[ \t]*[,.;:)]|[ \t]*$)", re.M)
# A sentence opening on what someone is, capitalised as its first word: "Retiree Jane Roe, who
# ...", "Veteran John Doe said" (a newsletter's or a local paper's way with its members).
_STATUS_OPENING = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t]))(?P<status>Retiree|Veteran|Widow|Widower|"
    rf"Pensioner|Volunteer|Resident)[ \t]+(?P<name>{FIRST}(?:[ \t]+{SURNAME}){{1,2}})"
    r"(?=[ \t]*,|[ \t]+[a-z])", re.M)
# The words of the trade before its noun: up to two lower-case ones ("freelance", "shift"),
# after a determiner or none.
_LEAD = re.compile(r"(?:\b(?:[Oo]ur|[Tt]heir|[Ii]ts|[Tt]he|[Hh]is|[Hh]er|an?)[ \t]+)?"
                   r"(?P<words>(?:(?<![\w'’-])[a-z][a-z-]*[ \t]+){0,2})$")
_DETERMINERS = frozenset("our their its the his her a an of and by for with to as was is were "
                         "are two three".split())


def people_named_after_trades(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, trade, start, end) of each person named straight after their trade."""
    for m in _CUE.finditer(text):
        if m.group("comma") and not re.match(r",|[ \t]+who\b", text[m.end():m.end() + 5]):
            continue  # ("the driver, Jane Roe said": no apposition, the name said it)
        name = full_name(m.group("name"))
        if name is None:
            continue
        lead = _LEAD.search(text, max(0, m.start() - 40), m.start())
        kept: list[str] = []
        for word in reversed(lead.group("words").split() if lead else ()):
            if word in _DETERMINERS or word.endswith(("ing", "ed")):
                break  # ("travelling with cameraman": the sentence's words, not the trade's)
            kept.insert(0, word)
        title = " ".join([*kept, text[m.start():m.start("name")].rstrip(", \t")])
        yield name, " ".join(title.split()), m.start("name"), m.start("name") + len(name)
    for m in _STATUS_OPENING.finditer(text):
        words = m.group("name").split()
        if not any(w in NOT_FIRST for w in words):
            yield m.group("name"), m.group("status").lower(), m.start("name"), m.end("name")
