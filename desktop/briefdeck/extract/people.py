"""People named with a rank or title, and named speakers ("Jane Doe said").

"Marine Gen. Frank McKenzie, commander of U.S. Central Command" gives the name Frank McKenzie
and the title "Marine Gen., commander of U.S. Central Command". Later references by surname
("McKenzie said") resolve to the same person through `PeopleIndex`; a surname that speaks
alone ("Hale said") finds the full name written before it ("Martin Hale, assistant secretary
of ..."). Titles may be chained ("Chairman Rep."), follow the place an office runs ("Kiryat
Shmona Mayor") or be a body and a job ("MDA paramedic"); the patterns for all of these are in
person_patterns.py, what is done with their matches here.

Here are the titles before a name and the order of reading; the readers this one calls are
split by where the name stands: a document's furniture (signed_people.py), a transcript's
labels (transcript_people.py), a role after or around the name and the named speakers
(described_people.py), names written in full before a surname or given name
(names_written_before.py); what a title is (person_titles.py), what can be a name
(plausible_names.py) and the index of those found (people_index.py) apart.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.aged_witnesses import aged_witnesses
from briefdeck.extract.alternatives import GATE_CHARS, first_char_gate, prefixes
from briefdeck.extract.club_officers import club_officers
from briefdeck.extract.court_people import court_people
from briefdeck.extract.described_people import described_people
from briefdeck.extract.field_people import field_people
from briefdeck.extract.introduced_people import introduced_people
from briefdeck.extract.labelled_people import labelled_people
from briefdeck.extract.named_after_roles import named_after_roles
from briefdeck.extract.named_captions import caption_people
from briefdeck.extract.named_casualties import named_casualties
from briefdeck.extract.named_relatives import named_relatives
from briefdeck.extract.named_short_forms import named_short_forms
from briefdeck.extract.names_written_before import (
    family_names_of_relatives,
    full_names_of_surnames,
)
from briefdeck.extract.party_people import party_people
from briefdeck.extract.people_case_captions import case_parties
from briefdeck.extract.people_courtesy_roles import courtesy_roles
from briefdeck.extract.people_courtesy_surnames import courtesy_full_name
from briefdeck.extract.people_described_workers import described_workers
from briefdeck.extract.people_form_signers import form_signers
from briefdeck.extract.people_in_posts import people_in_posts
from briefdeck.extract.people_index import FoundPerson, PeopleIndex, core_words
from briefdeck.extract.people_named_after_trades import people_named_after_trades
from briefdeck.extract.people_on_dockets import docket_people
from briefdeck.extract.people_own_kin import own_kin
from briefdeck.extract.person_company_names import company_short_form
from briefdeck.extract.person_not_names import headline_verb_inside
from briefdeck.extract.person_patterns import (
    BODY_TAIL,
    JURISDICTION,
    JURISDICTION_TITLE,
    LISTED_WITH_AGE,
    LOCAL_OFFICE,
    LOWER_OFFICE_RE,
    NAMED_FACILITY_AFTER,
    NOT_FIRST,
    OFFICE_OF_GATE,
    OFFICE_OF_NAME_RE,
    ORG_TAIL,
    POST_NOMINALS,
    TITLED_RE,
    TRAILING_ROLE,
)
from briefdeck.extract.person_titles import (
    POSSESSIVE,
    merged_title,
    rank_after_role,
    title_parts,
)
from briefdeck.extract.plausible_names import not_first_name, outlet_name, plausible_name
from briefdeck.extract.sentences import Document
from briefdeck.extract.ship_names import ship_named
from briefdeck.extract.signed_people import signed_people
from briefdeck.extract.tabled_people import tabled_people
from briefdeck.extract.transcript_people import transcript_speakers
from briefdeck.model import Person, Provenance

_INNER_POSSESSIVE = re.compile(r"(?:'s|’s)\s")
# A title-case header runs on past the name into where it was said: "Press Gaggle by ...
# Secretary Jane Roe Aboard Air Force One" is Jane Roe (a preposition is no family name).
_HEADLINE_PREPOSITION_TAIL = re.compile(
    r"(?<=\S)\s+(?:Aboard|Onboard|En|At|In|On|Inside|Outside|During|After|Before|Amid|Near|"
    r"Via|From|With|To|Into|Onto|Upon|Across|Toward|Towards|Against|Among)$")


_HONORIFIC = re.compile(r"^(?:Sir|Dame|Lord|Lady)\s+(?=\S+\s)")
_JR_SR = re.compile(r"\b(?:Jr|Sr)$")
_POST_NOMINAL_TAIL = re.compile(rf"(?:\s+{POST_NOMINALS})+$")


# "Chief Steward Jane Roe", "Chief Engineer John Doe": the job a chief holds, then the name.
_CHIEF_JOB = re.compile(r"(Steward|Engineer|Inspector|Pilot|Nurse|Mate|Warden|Surgeon|"
                        r"Economist|Negotiator|Scientist|Prosecutor|Investigator|Instructor|"
                        r"Technician|Medical Officer)\s+(?=[A-Z])")
# "General" after a body's noun names an office: "Consulate General X", "Directorate General".
_BODY_GENERAL = re.compile(r"\b(?:Consulate|Directorate|Secretariat|Commissariat)\s+$")
# "Commander-in-Chief", "Officer-in-Charge": an office joined by hyphens, never a name.
_JOINED_OFFICE = re.compile(r"-(?:in|of|at)-[A-Z]")
# (or after an engineer's title, "Eng.", which it does not know for one)
_RESERVE_TAIL = re.compile(r"\((?:res|ret|Res|Ret)\.\)$|\bEng\.$")


# Where a title can open: one of TITLED_RE's first characters, not after a word character or
# an apostrophe, before the rest of one of its first few letters (a scan in C; None when its
# openings are not all spelled out). Five letters, as Alternatives': half the stops of three.
_TITLED_HEADS = prefixes(TITLED_RE.pattern, TITLED_RE.flags, GATE_CHARS)
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


def _command_seat(m: re.Match[str], is_place) -> bool:
    """'Corps Commander Peshawar': a command named by the city it sits in, no person."""
    if not m.group("title").endswith("Commander"):
        return False
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    name = m.group("name")
    return bool(is_place and is_place(name)) or \
        Gazetteer.default().lookup(name, fuzzy=False) is not None


# The world's regions a ministry's or a firm's directorates are named by.
_REGIONS = frozenset(
    "middle east|near east|far east|europe|africa|asia|americas|north africa|east africa|"
    "west africa|southern africa|asia pacific|asia-pacific|indo-pacific|south asia|"
    "central asia|east asia|south-east asia|southeast asia|latin america|north america|"
    "gulf|levant|maghreb|eastern europe|western europe|international|operations".split("|"))


def _region_office(name: str, is_place) -> bool:
    """'Director Middle East', 'Head Asia Pacific': an office named by the region it covers
    (a ministry's directorates are), no person."""
    return name.casefold() in _REGIONS or " " in name and bool(is_place and is_place(name))


def _without_initials(words: list[str]) -> list[str]:
    """A name's words without its middle initials ("jane q. roe" -> "jane roe")."""
    return [words[0], *(w for w in words[1:-1] if not _MIDDLE_INITIAL.fullmatch(w)),
            words[-1]] if len(words) > 2 else words


_MIDDLE_INITIAL = re.compile(r"[a-z]\.?")


def _tail(words: list[str]) -> str:
    """What two names of one person share: the last part of the last word ("abdul-karim mahdi",
    "karim mahdi" and "mahdi": "mahdi"; "al-sudani" and "sudani": "sudani")."""
    return words[-1].rsplit("-", 1)[-1] if words else ""


def find_people(doc: Document, is_place=None) -> PeopleIndex:
    """Titled people first, then named speakers; each name once, first mention's span."""
    text = doc.text
    found: dict[str, FoundPerson] = {}
    spans: list[tuple[int, int]] = []
    titled: list[tuple[int, int, str]] = []
    # the people found by the last part of their last name (after a hyphen): only those can be
    # the same person as a new name, and comparing each name with all makes a long list of
    # names (a table of attendees, a list of the dead) cost its square
    by_tail: dict[str, list[FoundPerson]] = {}

    def add(name: str, title: str, org: str, start: int, end: int, apart: bool = False) -> str:
        """Record a person (or add to the one already found); their name as recorded. apart:
        a full name known to be someone of its own (a lawsuit's party), no one found by a
        shorter or longer form of it ("Plaintiff Jane Roe" is not "Mr. Roe", her husband)."""
        # a title-case headline runs on past the name: "Jane Roe's Visit To ..." is Jane Roe
        name = _INNER_POSSESSIVE.split(name, maxsplit=1)[0]
        if name.count(" ") >= 2:  # two words at least must stay
            name = _HEADLINE_PREPOSITION_TAIL.sub("", name)
        name = _HONORIFIC.sub("", _POST_NOMINAL_TAIL.sub("", POSSESSIVE.sub("", name)))
        name = " ".join(name.split())  # "Jane\nRoe" in hard-wrapped text
        end = start + len(name) if text.startswith(name, start) else end
        if _JR_SR.search(name) and text[end:end + 1] == ".":
            name, end = name + ".", end + 1  # "Robert T. Hale Jr."
        key = name.casefold()
        words = core_words(key)
        tail = _tail(words)
        others = ([found[key]] if key in found else []) if apart else by_tail.get(tail, ())
        for other in others:  # "McKenzie" after "Frank McKenzie" is the same man
            theirs = core_words(other.name.casefold())
            shorter, longer = sorted((words, theirs), key=len)
            short_text, long_text = sorted((key, other.name.casefold()), key=len)
            initialled = _without_initials(longer) == shorter and len(shorter) >= 2
            if longer[-len(shorter):] == shorter and (len(shorter) == 1 or len(
                    shorter) >= len(longer) - 1) or long_text.endswith("-" + short_text) or \
                    initialled:
                # "Karim Mahdi" read inside "Abdul-Karim Mahdi" is him too; "Jane Roe" and
                # "Jane Q. Roe" are one woman, named the fuller way
                if key.endswith("-" + other.name.casefold()) or initialled and words is longer:
                    titled[:] = [(s, e, name if n == other.name else n) for s, e, n in titled]
                    other.name, other.start, other.end = name, start, end
                other.title = merged_title(other.title, title)
                other.organization = other.organization or org
                return other.name
        found[key] = person = FoundPerson(name, title, org, start, end)
        by_tail.setdefault(tail, []).append(person)
        spans.append((start, end))
        return name

    for name, title, start, end in signed_people(text, is_place):
        add(name, title, "", start, end)
    transcript_speakers(text, add, is_place)
    # "I'm joined by Dr Jane Roe"; "owner: J. Roe", "POC: MAJ J. ROE" (a field's name is one
    # as labelled); "the wounded, Jane Roe, died"; "said his brother, John Roe"
    for reader, checked in ((introduced_people, True), (labelled_people, False),
                            (named_casualties, True), (named_relatives, True),
                            (named_after_roles, True), (named_short_forms, True),
                            (caption_people, True), (aged_witnesses, True), (own_kin, True),
                            (courtesy_roles, True), (docket_people, True),
                            (club_officers, True), (field_people, True),
                            (people_in_posts, True), (case_parties, True),
                            (form_signers, True), (described_workers, True),
                            (people_named_after_trades, True)):
        for name, title, start, end in reader(text):
            if not checked or plausible_name(name, is_place):
                add(name, title, "", start, end)
    if ")" in text:  # a debate's members, titled by the office or seat their labels give
        from briefdeck.extract.debate_turns import debate_labels  # (a cycle)

        for _start, _end, name, title, at in debate_labels(text, doc.paragraph_spans):
            if title and plausible_name(name, is_place):
                add(name, title, "", at, at + len(name))
    if "President:" in text:  # a UN record's delegates by surname, and its cover's President
        from briefdeck.extract.un_record_turns import cover_president, un_labels  # (a cycle)

        for _start, _end, name, title, at in un_labels(text, doc.paragraph_spans):
            if title and plausible_name(name, is_place):
                add(name, title, "", at, at + len(name))
        president = cover_president(text)
        if president and plausible_name(president[0], is_place):
            add(president[0], president[1], "", president[2], president[2] + len(president[0]))
    if "Q" in text and ":" in text:  # a committee's members and witnesses, by their labels
        from briefdeck.extract.committee_people import committee_people  # (a cycle)

        for name, title, start, end in committee_people(doc):
            if plausible_name(name, is_place):
                add(name, title, "", start, end)
    listed = [m for m in LISTED_WITH_AGE.finditer(text)
              if plausible_name(m.group("name"), is_place)] if ", " in text else []
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
            title, org = title_parts(m.group("title"), m.group("role"))
            if not_first_name(name.split()) or ORG_TAIL.search(name) or " " not in name and \
                    _command_seat(m, is_place) or _region_office(name, is_place) or \
                    BODY_TAIL.search(name) or _JOINED_OFFICE.search(name) or \
                    headline_verb_inside(name):  # "Governor Roe Orders Flags": a headline
                # "General Command": a body, not a general; "Chairman Rep. Jane Roe": the
                # second title opens the match to read, after the first
                pos = m.start("name")
                chain = (pos, start)
                continue
            chain = None
            if "\t" in text[m.end("title"):m.start("name")]:
                continue  # "Logistics Officer<tab>Keep stock": a table's next cell, no name
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
            job = _CHIEF_JOB.match(name) if m.group("title") == "Chief" else None
            if job and " " in name[job.end():]:  # "Chief Steward Jane Roe": the job is chief
                title, name = f"Chief {job.group(1)}", name[job.end():]
                name = add(name, title, org, m.start("name") + job.end(), m.end("name"))
                titled.append((start, m.end("name"), name))
                continue
            if not office and m.group("title") in ("Head", "Chief"):
                continue  # "Head" or "Chief" is a title only after the office it heads
            title_start = office.start() if office else start
            if office:
                title = f"{text[office.start():start]}{title}"
            if "pokes" in title or "ecretary " in title:
                title, title_start = rank_after_role(text, title, title_start, sent.start)
            trailing = None if m.group("role") else TRAILING_ROLE.match(text, m.end(), sent.end)
            if trailing:  # "Lt. Col. Jane Roe, a Navy spokesperson": the role after the name
                title = f"{title}, {' '.join(trailing.group('role').split())}"
            fuller = courtesy_full_name(text, title, name, m.start("name"))  # ("Ms. Roe":
            # the "Jane Roe" written before)
            name = add(text[fuller[0]:fuller[1]], title, org, *fuller) if fuller else \
                add(name, title, org, m.start("name"), m.end("name"))
            titled.append((title_start, m.end("name"), name))
        for m in LOWER_OFFICE_RE.finditer(text, sent.start, sent.end) if \
                " minister " in sent.text else ():  # "Iraqi prime minister Jane Roe"
            if plausible_name(m.group("name"), is_place):
                name = add(m.group("name"), " ".join(m.group("title").split()), "",
                           m.start("name"), m.end("name"))
                titled.append((m.start(), m.end("name"), name))
        for m in OFFICE_OF_NAME_RE.finditer(text, sent.start, reach) if \
                OFFICE_OF_GATE.search(sent.text) else ():
            name = m.group("name")  # "Minister of Foreign Affairs Jane Roe"
            if not plausible_name(name, is_place) or ORG_TAIL.search(name) or \
                    ORG_TAIL.search(name.split()[0]) or name.split()[-1] in NOT_FIRST:
                continue  # "... Command Baghdad": the office's own last word
            for key, other in list(found.items()):
                if m.start() <= other.start < m.start("name") and other.name.endswith(name):
                    del found[key]  # "Affairs Jane Roe", read after "Minister of Foreign"
                    same = by_tail[_tail(core_words(other.name.casefold()))]
                    same[:] = [p for p in same if p is not other]
                    spans.remove((other.start, other.end))
                    titled[:] = [t for t in titled if t[2] != other.name]
            title = " ".join(m.group("title").split())
            name = add(name, title, "", m.start("name"), m.end("name"))
            titled.append((m.start(), m.end("name"), name))
        described_people(text, sent, add, titled, is_place)
    full_names_of_surnames(doc, found, add, is_place)
    # a table's attendees and a lawsuit's parties, after the lone surnames have found whom they
    # name ("Mr. Roe" is the man killed, not "Plaintiff Jane Roe", his widow)
    for name, title, start, end in tabled_people(text) + court_people(text):
        if plausible_name(name, is_place):
            add(name, title, "", start, end)
    for name, title, start, end in party_people(text):
        if plausible_name(name, is_place):
            add(name, title, "", start, end, apart=True)
    family_names_of_relatives(text, found, add, is_place, titled)
    ordered = [f for f in sorted(found.values(), key=lambda f: f.start)
               if not outlet_name(text, f.name) and not (not f.title and (
                   ship_named(text, f.name) or company_short_form(text, f.name)))]
    # ("said Jane Roe engaged the drones" after "ITS Jane Roe (F 596)": a ship, no one titled)
    index = PeopleIndex(ordered, doc, [(s, e, n) for s, e, n in titled])
    return index


def people_facts(index: PeopleIndex) -> list[Person]:
    return [
        Person(id=f"pe-{i}", name=p.name, title=p.title, organization=p.organization,
               provenance=Provenance(source="src-1", start=p.start, end=p.end))
        for i, p in enumerate(index.found, 1)
    ]
