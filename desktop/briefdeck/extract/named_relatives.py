"""People a report names by their kin or friend: "said his brother, Jane Roe", and "Jane Roe of
Marion, whose son serves in the battalion, said".

Families of the dead and wounded speak in reports with no office to their name: the name is set
off after whose relative they are ("his brother, John Roe", "the sailor's widow, Jane Roe,"),
then the sentence ends or goes on ("said", a comma). The relation is their title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_patterns import FIRST, SURNAME

_KIN = (r"brother|sister|son|daughter|father|mother|wife|husband|widow|widower|uncle|aunt|"
        r"cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|friend|fianc[ée]e?|"
        r"brother-in-law|sister-in-law|son-in-law|father-in-law|neighbou?r|colleague")
# whose kin ("his", "the sailor's"), maybe an elder one, the kin word, a comma, then the name
_RELATIVE = re.compile(
    rf"\b(?=[HhTt])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[a-z]+(?:'s|’s))\s+"
    rf"(?:(?:elder|eldest|older|younger|youngest|late|twin|best|close)\s+)?(?P<kin>{_KIN}),\s+"
    rf"(?P<name>{FIRST}(?:\s+{SURNAME}){{1,2}})(?=\s*[.,;]|\s+(?:said|says|told|added)\b)")


# The relative named first, then whose kin set off in a clause before the verb: "Jane Roe of
# Marion, whose son serves in the battalion, said". (The clause is found first, a cheap scan;
# the name, with her hometown, read back from its comma.)
_WHOSE_CLAUSE = re.compile(rf",\s+whose\s+(?:{_KIN}|child|children|sons|daughters)\s+"
                           r"(?P<clause>[^,.;\"“”\n]{3,100}),\s+(?:said|says|told|added|wrote)\b")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{FIRST}(?:\s+{SURNAME}){{1,2}})"
                          r"(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?$")


# A couple named with one family name after whose parents they are: "the son of Tom and Annie
# Roe" is Tom Roe and Annie Roe (the surname written once, after the second given name).
_PARENTS = re.compile(rf"\b(?:son|daughter|child|children|sons|daughters)\s+of\s+"
                      rf"(?:Mr\.\s+and\s+Mrs\.\s+)?(?P<first>{FIRST})\s+and\s+"
                      rf"(?P<second>{FIRST})\s+(?P<last>{SURNAME})\b(?!\s+[A-Z])")


def named_relatives(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) for each person named after whose relative they are, or
    named before a clause that says whose relative they are (the clause is the title)."""
    for m in _RELATIVE.finditer(text):  # (one pass, each try behind a first-letter test)
        yield m.group("name"), m.group("kin"), m.start("name"), m.end("name")
    for m in _WHOSE_CLAUSE.finditer(text) if "whose " in text else ():
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name:
            title = " ".join(text[m.start() + 1:m.end("clause")].split())
            yield name.group("name"), title, name.start("name"), name.end("name")
    for m in _PARENTS.finditer(text) if " of " in text else ():
        last = m.group("last")
        yield f"{m.group('first')} {last}", "parent", m.start("first"), m.end("first")
        yield f"{m.group('second')} {last}", "parent", m.start("second"), m.end("last")


# "said his wife, Megan.": close kin named by a given name alone, who shares the family name of
# the man or woman the report is about (completed in people.py from the last surname before).
# The kin word and its comma are found first (a cheap scan), whose kin read back from there.
_KIN_COMMA = re.compile(r"(?:wife|husband|widow(?:er)?|son|daughter|brother|sister|father|"
                        rf"mother),[ \t]+(?P<name>{FIRST})"
                        r"(?=\s*[.;]|\s*,\s+(?:said|says|told|added|who)\b|\s+(?:said|says|told)\b)")
_WHOSE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+"
                    r"(?:(?:late|elder|eldest|older|oldest|younger|youngest|little|big|twin)\s+)?$")


def relatives_by_given_name(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(given name, kin, start, end) for each close relative named by given name alone."""
    for m in _KIN_COMMA.finditer(text):
        if _WHOSE.search(text, max(0, m.start() - 20), m.start()):
            kin = text[m.start():m.start("name")].split(",")[0]
            yield m.group("name"), kin, m.start("name"), m.end("name")
