"""A place's word that is someone's name here: "Spc. Jordan Pike", "gave only his first
name, Ahmad", "our driver Ahmad", "Haruto Ishii ... Ishii said", "Rebwar Hama Salih" on a line of
its own, "By Jordan Pike". GeoNames lists a village for many given names and surnames, so a
town's word is read as a person's where the text names that person; find_place_mentions
(places.py) drops those mentions. The shapes themselves are in place_person_names.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefdeck.extract.place_airfields import (
    SITE_WORD_END,
)
from briefdeck.extract.place_not_places import (
    helper_named,
)
from briefdeck.extract.place_page_lines import (
    _in_byline,
)
from briefdeck.extract.place_person_names import (
    _NOT_GIVEN,
    _PERSON_TOWN_MAX,
    _PLACE_OPENERS,
    CAPITALISED_AFTER,
    FULL_NAME,
    GIVEN_BEFORE,
    GIVEN_NAME_BEFORE,
    NAME_CHAIN_AFTER,
    PERSON_AFTER,
    PERSON_IS,
    PERSON_NAMED,
    RANK_NAME,
    SAID_ALONE,
    SURNAME_ENDS_LINE,
    TITLE_BEFORE,
    _full_name_of,
)
from briefdeck.extract.place_rolls import titled_surname


@dataclass
class PersonWords:
    """The names the whole text gives people, read once per document."""

    surnames: set[str]
    named: set[str]
    said_alone: set[str]
    given_names: set[str]


def person_words(text: str) -> PersonWords:
    """Surnames of full names and ranks, names introduced as persons, surnames that speak
    alone, given names of people described."""
    surnames = {m.group(1) for m in FULL_NAME.finditer(text)}
    surnames.update(m.group(1) for m in RANK_NAME.finditer(text))
    named = {m.group(2) for m in PERSON_NAMED.finditer(text) if m.group(1) not in _NOT_GIVEN}
    said_alone = {m.group(1) for m in SAID_ALONE.finditer(text)}
    given_names = {m.group(1).casefold() for m in PERSON_IS.finditer(text)
             if m.group(1) not in _NOT_GIVEN and m.group(1) not in _PLACE_OPENERS}
    return PersonWords(surnames, named, said_alone, given_names)


def names_a_person(text: str, sent, start: int, end: int, entry, written: str,
                   people: PersonWords) -> bool:
    """Is the place's word at start:end a person's name here?"""
    surnames, named = people.surnames, people.named
    said_alone, given_names = people.said_alone, people.given_names
    if entry.kind == "installation" and NAME_CHAIN_AFTER.match(text, end) and \
            not SITE_WORD_END.search(written):
        return True  # "Meshal Al-Ahmad Al-Jaber Al-Sabah": a person's name
    if (text.find("name", max(0, start - 60), start) >= 0
            or text.find("identified", max(0, start - 60), start) >= 0) \
            and GIVEN_NAME_BEFORE.search(text, max(0, start - 60), start):
        return True  # "gave only his first name, Ahmad"
    if entry.kind == "city" and text[start - 1 : start] == " " and \
            helper_named(text, start):
        return True  # "our driver Ahmad says": a person's given name
    if entry.kind == "city" and titled_surname(text, start):
        return True  # "Ms. Hollister (United States of America):": a person's surname
    if _in_byline(text, start):
        return True  # "By Jordan Pike": the writer's name
    if (written in surnames or written.isupper() and written.title() in surnames) and \
            entry.kind == "city" and entry.source != "curated":
        return True  # "Spc. Ana R. Moreno ... Moreno's mother": a person's name, not the town
        # (and "Ambassador R. Hartley ... HARTLEY": the cable's signature in capitals)
    if written in named and entry.kind == "city" and entry.source != "curated" \
            and (entry.population or 0) < _PERSON_TOWN_MAX:
        return True  # "Haruto Ishii, a professor ... Ishii said": not Ishii, Tokushima
    if given_names and written.casefold() in given_names and entry.kind == "city" \
            and entry.source != "curated" and (entry.population or 0) < _PERSON_TOWN_MAX:
        return True  # "Dana Voss is an analyst ... DANA VOSS: ...": her given name
    if written in said_alone and entry.kind == "city" \
            and (entry.population or 0) < _PERSON_TOWN_MAX and _full_name_of(text, written):
        return True  # "... Hoshyar Khalid Sindi. ... Sindi said": not Sindi, India
    if entry.kind == "city" and PERSON_AFTER.match(text, end):
        given = GIVEN_BEFORE.search(text, max(0, start - 20), start)
        if given and given.group(1) not in _NOT_GIVEN:
            return True  # "An SDF commander, Rezan Kobani, said": this mention is a person
    if entry.kind == "city" and SURNAME_ENDS_LINE.match(text, end):
        given = GIVEN_BEFORE.search(text, max(0, start - 20), start)
        if given and given.group(1) not in _NOT_GIVEN and given.group(1) not in \
                _PLACE_OPENERS and text[given.start() - 1 : given.start()] in ("\n", ""):
            return True  # "Rebwar Hama Salih" on a line of its own: a person's name
    if text[end + 1 : end + 2].isupper() and CAPITALISED_AFTER.match(text, end) and \
            TITLE_BEFORE.search(text, max(0, start - 8), start):
        return True  # "Spc. Jordan Pike": a given name
    return False
