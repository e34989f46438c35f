"""A printed hearing's turns ("Chairman ROE. We meet today ...", "Ms. DOE. Thank you."): the GPO
format, also court records ("THE WITNESS. ..."), opens each turn with a title and a surname in
capitals ending in a period. The words after it are that speaker's own, unquoted. A PDF's text
may run two turns into one paragraph, so a label also opens a turn just after a sentence's end."""

from __future__ import annotations

import re

from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.person_patterns import NOT_FIRST
from briefdeck.extract.sentences import Document

_TITLES = (r"(?:(?:Mr|Ms|Mrs|Dr)\.|Chairman|Chairwoman|Chair|General|Admiral|Secretary|"
           r"Ambassador|Senator|Representative|Colonel|Captain|Judge|Justice)")
# "Mr. ROE." / "Chairman ROE." / "Mr. ROE of Texas." / "The CHAIRMAN." / "THE WITNESS."
_LABEL = re.compile(
    r"(?:(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|^)"
    r"(?P<label>" + _TITLES + r"\s+(?:[A-Z][a-z]+\s+)?(?P<surname>[A-Z][A-Z'’-]{2,})"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"|(?:The|THE)\s+(?:CHAIRMAN|CHAIRWOMAN|CHAIR|WITNESS|COURT|SPEAKER|CLERK))"
    r"\.\s+(?=[A-Z\"“\[])")
# Cheap gate: a surname in capitals and a period, the label's tell.
_CHEAP = re.compile(r"[A-Z]{3}\. [A-Z\"“]")

# The hearing's machinery, not anyone's statement: thanks and greetings (a witness's salutation
# of the members ending in thanks too), the gavel, recess and adjournment, introducing the
# witnesses, summarising a statement, yielding time, recognising a member, "Without objection".
# A turn's quote starts where its substance starts: these whole sentences are set aside, but a
# sentence is never cut ("Mr. Chairman, as of this morning it is five." keeps its address).
_PROCEDURAL = re.compile(
    r"(?:Thank you|Thanks|Good (?:morning|afternoon|evening)|Without objection|So ordered)\b"
    # a debate's: the minister's leave to speak, the member's thanks for sight of the text
    r"|With permission,.{0,40}\bI (?:will|shall|wish to|would like to|should like to) make a\b"
    r"|I (?:thank|am grateful to) (?:the|my)\b|On a point of order\b"
    r"|(?:The|This) (?:committee|subcommittee|hearing) (?:will|shall|is|stands) (?:now )?"
    r"(?:come to order|(?:be )?(?:in )?(?:recess|adjourn))"
    r"|(?:We are|We're|We have been) (?:\w+ )?joined (?:\w+ ){0,2}by\b"
    r"|(?:Our|The) witnesses (?:today |this morning )?(?:are|include)\b"
    r"|I(?:'ll| will| would like to| want to) (?:briefly )?summari[sz]e my\b"
    r"|(?:(?:Mr\.|Madam|Madame|Ms\.)?[ \w.'’-]{2,40}, ){1,4}(?:and )?thank you\b"
    r"|.*\b(?:yield(?:s)? back|balance of (?:my|his|her) time|(?:is|are) recognized|"
    r"now recognize|recognize myself|made (?:a )?part of the record|entered into the record)\b",
    re.I)
# A brief assent after the thanks ("I agree.", "I share the concern."): still the preamble.
_ASSENT = re.compile(r"I\s+\w+(?:\s+\w+){0,2}\.")
_MIN_WORDS = 8  # "I will take you up on that." passes the floor back; it says nothing


def _sentences(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The document's sentences inside start..end, clipped to it (a turn opens mid-sentence,
    after its speaker's label)."""
    text = doc.text
    spans = []
    # (from the sentence holding start, by bisection: a transcript of many short turns read
    # all its sentences once per turn)
    sentences = doc.sentences
    for i in range(max(doc.sentence_index(start), 0), len(sentences)):
        sent = sentences[i]
        if sent.start >= end:
            break
        if sent.end <= start:
            continue
        s, e = max(sent.start, start), min(sent.end, end)
        s += len(text[s:e]) - len(text[s:e].lstrip())
        if s < e:
            spans.append((s, e))
    return spans


def statement_span(doc: Document, start: int, end: int, questions: bool = False
                   ) -> tuple[int, int] | None:
    """The span of a turn worth quoting: without the opening courtesies and the closing
    formulas; None for a turn that only runs the hearing, or asks a question (unless questions:
    a member's question in a debate is their contribution)."""
    text = doc.text
    sents = _sentences(doc, start, end)
    dropped = 0
    while sents and _PROCEDURAL.match(text, *sents[0]):
        sents.pop(0)
        dropped += 1
    if dropped and sents and _ASSENT.fullmatch(text[sents[0][0]:sents[0][1]].strip()):
        sents.pop(0)
    while sents and _PROCEDURAL.match(text, *sents[-1]):
        sents.pop()
    if not sents:
        return None
    s, e = sents[0][0], sents[-1][1]
    words = text[s:e].rstrip()
    if words.endswith("?") and not questions or len(words.split()) < _MIN_WORDS:
        return None  # a member's question, or a word passing the floor
    return s, s + len(words)


# Titles before a name, not given names ("Hon. Thomas", "Ranking Member", "Colonel").
_NOT_GIVEN = NOT_FIRST | {"Hon", "Member", "Ranking", "Chairwoman", "Chair", "Madam", "Judge",
                          "Senator", "Representative", "Ambassador", "Testifying"}


def _full_name(text: str, surname: str) -> str:
    """The fullest name the hearing gives the surname ("Marcus D. Prescott"), else the
    surname as a name."""
    name = surname.title()
    best = ""
    for m in re.finditer(r"\b((?:[A-Z][a-z]*\.?\s+){1,3})" + re.escape(name) + r"\b", text):
        given = m.group(1).split()
        # a word with a stop that is no initial ("Acquisition. General Okafor") ends the
        # sentence before: the name starts after it
        ends = [i for i, w in enumerate(given) if w.endswith(".") and len(w) > 2
                and w.rstrip(".") not in _NOT_GIVEN]
        if ends:
            given = given[ends[-1] + 1:]
        while given and (given[0].rstrip(".") in _NOT_GIVEN or not given[0][:1].isupper()):
            given.pop(0)
        full = " ".join([*given, name])
        if len(full) > len(best):
            best = full
    return best or name


def hearing_labels(doc: Document) -> list[tuple[int, int, str, str]]:
    """(label start, label end, label, surname) of each hearing turn, in order; [] when the
    text is no hearing (fewer than two labels)."""
    text = doc.text
    if len(_CHEAP.findall(text, 0, 200_000)) < 2:
        return []
    out = [(m.start("label"), m.end("label"), m.group("label"), m.group("surname") or "")
           for m in _LABEL.finditer(text)]
    return out if len(out) >= 2 else []


def hearing_turns(doc: Document, people: PeopleIndex,
                  paras: list[tuple[int, int, int]]) -> list[tuple[int, int, str, int, str]]:
    """Statements of a hearing's labelled turns: (start, end, words, paragraph, speaker)."""
    labels = hearing_labels(doc)
    if not labels:
        return []
    text = doc.text
    found: list[tuple[int, int, str, int, str]] = []
    names: dict[str, str] = {}
    p = 0
    for i, (start, end, label, surname) in enumerate(labels):
        while p < len(paras) and paras[p][1] <= start:
            p += 1
        if p == len(paras) or not doc.is_reporting(end, end + 1):
            continue
        if not surname:  # "The CHAIRMAN.": whoever the hearing names chairman
            chair = people.by_role("Chairman", start) if "CHAIR" in label else None
            if not chair:
                continue  # ("The WITNESS." names no one)
            names.setdefault(chair, chair)
            surname = chair
        turn_end = paras[p][1]
        if i + 1 < len(labels) and labels[i + 1][0] < turn_end:
            turn_end = labels[i + 1][0]
        span = statement_span(doc, text.index(".", end) + 1, turn_end)
        if not span:
            continue
        s = len(text) - len(text[span[0]:].lstrip())
        if surname not in names:
            names[surname] = _full_name(text, surname)
        found.append((s, span[1], text[s:span[1]], paras[p][2], names[surname]))
    return found


# A witness's written testimony printed in the record: "Prepared Statement of Jane Roe, ...".
_PREPARED = re.compile(r"(?m)^[ \t]*Prepared\s+[Ss]tatement\s+of\s+[^\n,]{3,120}")


def _role(text: str, full: str) -> str:
    """The office the hearing gives a speaker ("Jane Roe, Deputy Assistant Secretary of
    State"); a member of the committee is given none, and is a lawmaker."""
    if " " in full:
        m = re.search(re.escape(full) + r",\s+([^,.;\n]{3,80})", text)
        if m:
            return m.group(1)
    return "Representative"


def hearing_sources(doc: Document, people: PeopleIndex) -> list[tuple[int, int, str, str]]:
    """Sourcing of a printed hearing: (start, end, who, role) for each speaker's first label
    (who is the name the people index knows, the role the office the hearing gives them), and
    (start, end, "", "document") for each prepared statement printed in the record."""
    labels = hearing_labels(doc)
    if not labels:
        return []
    text = doc.text
    out: list[tuple[int, int, str, str]] = []
    seen: set[str] = set()
    for start, end, _label, surname in labels:
        if not surname or surname in seen or not doc.is_reporting(end, end + 1):
            continue
        seen.add(surname)
        who = people.resolve(surname) or people.resolve(surname.title()) or surname.title()
        out.append((start, end, who, _role(text, _full_name(text, surname))))
    if "tatement of" in text:
        out.extend((m.start(), m.end(), "", "document") for m in _PREPARED.finditer(text))
    return sorted(out)
