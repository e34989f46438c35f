"""A person who speaks by one name only, named in full earlier: "Hale said" is the "Martin
Hale" written before it, and "said his wife, Megan" bears the family name the report is
about ("Megan Renner"). Reports introduce a person once and shorten the name after, so the
full name is looked for backwards, within a few pages."""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.named_relatives import relatives_by_given_name
from briefdeck.extract.people_index import FoundPerson, surname
from briefdeck.extract.person_patterns import (
    FIRST,
    LONE_AFTER,
    LONE_BEFORE,
    LONE_VERB,
    NOT_FIRST,
    ROLE_AFTER_RE,
)
from briefdeck.extract.person_titles import title_parts
from briefdeck.extract.plausible_names import plausible_name
from briefdeck.extract.sentences import Document


def full_names_of_surnames(doc: Document, found: dict[str, FoundPerson], add, is_place) -> None:
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
        if not full or not plausible_name(text[full[0]:full[1]], is_place) or \
                _OF_BEFORE.search(text, max(0, full[0] - 6), full[0]):
            continue  # "Ministry of Public Health ... Health said": the tail of a body's name
        where = doc.sentence_at(full[0])
        role = ROLE_AFTER_RE.match(text, full[1], where.end) if where else None
        title, org = title_parts("", role.group("role")) if role else ("", "")
        add(" ".join(text[full[0]:full[1]].split()), title, org, full[0], full[1])
        surnames.add(key)


def family_names_of_relatives(text: str, found: dict[str, FoundPerson], add, is_place,
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
        if last and plausible_name(f"{given} {last[1]}", is_place):
            titled.append((start, end, add(f"{given} {last[1]}", kin, "", start, end)))


# "Calling Hassan now": a verb's participle opening a chat line is no given name ("Ming" and
# "Jing" are, hence the length).
_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing\b")
_OF_BEFORE = re.compile(r"\b(?:of|for)\s+$")
_INTRO_REACH = 20_000  # characters: a person is introduced in full within a few pages
_FIRST_BEFORE = re.compile(rf"(?<![\w.'’-]){FIRST}\s+(?:[A-Z]\.\s+)?$")
