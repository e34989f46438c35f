"""A title set in capitals, as a slide and a page show it.

A form's or a statement's heading is often typed in capitals ("MASTER'S STATEMENT OF FACTS
AND NOTE OF PROTEST"); a cover, a footer and a page title in capitals read as shouting and
hide the acronyms in it. Extraction keeps the words as written (the lede and title choice
read them); only the display title-cases them, and only a title wholly in capitals.
"""

from __future__ import annotations

import re
from functools import lru_cache

# words a title keeps in lower case after its first word ("Statement of Facts and Note")
_SMALL = frozenset("a an and as at by for from in into of off on or per the to via vs".split())
SMALL_CAPS = frozenset(w.upper() for w in _SMALL)
# common short English words a heading in capitals holds; any other word of three or four
# letters is taken for an acronym a log or a form writes as such ("RTO LOG", "TOC", "NCS")
SHORT_WORDS = frozenset(
    """
act add age aid air all and any arm army art ask bad ban bar base bay bed big bill bit
blue boat body bomb book boss box boy bus but buy call camp car card care case cash cell
city clan code cold come cost crew cut cyan dam dark data date day dead deal debt deep
deny desk dig dire door down drop drug dry due duty each east easy edge end era even ever
eye face fact fail fall far farm fast fear fee feed few fifth file fill film find fine
fire firm fish five flag flat flee fleet flow fly foe food foot for form fort four free
from fuel full fund gain game gap gas gate gave get gift girl give goal gold gone good
got grey grid gulf gun guns half hall hand hard has have head hear heat held help her
here hero high hill him hire his hit hold hole home hope host hot hour how huge hunt
idea ill into iron its job join joint just keep key kill kin kind king land last late
law lead left less let lie life lift like line link list live load loan lock log long
look lord loss lost lot low made mail main make man many map mark mass may meet men
met mid mile mine miss mode more most move much must name navy near need net new news
next nine none nor north not note now oath off oil old one only open order our out over
own page paid pan part pass past path pay peace per plan play plot poll pool port post
pro pull push put race raid rail rank rate read real red rent rest rise risk road rock
role roll room root rule run safe said sail sale same save say sea seat see seek seen
self sell send sent set ship shot show shut side sign site six size sky slow snow sold
some son soon sort south spy star stay step stop such suit sum sun sure take talk tank
tax team tell ten term test than that the them then they this tie time tip told toll
too top torn tour town tree trip true try turn two type unit unto upon use used very
vet via view visit vote wait wake walk wall want war warm was watch water way week well
went were west what when who why wide wife will win wind wing wire with word work yard
year yes yet you zone spot jan feb mar apr jun june jul july aug sep sept oct nov dec
""".upper().split()
)
_NAME_TOKEN = re.compile(r"\b[A-Z][a-z]{1,3}\b")  # "Iraq", "Nov": a name, not an acronym
_LONG_TOKEN = re.compile(r"(?<![\w-])[A-Za-z][a-z]{4,}(?![\w-])")
_LOWER_TOKEN = re.compile(r"(?<![\w-])[a-z]{3,4}(?![\w-])")  # "the task force": a word
_WORD = re.compile(r"[^\W\d_][\w'’.&/-]*+")
_CAPS_TOKEN = re.compile(r"\b[A-Z][A-Z0-9&]++\b")
_SCAN = 200_000  # an acronym is told by the report's first pages


def display_title(title: str, text: str = "") -> str:
    """'MASTER'S STATEMENT OF FACTS' -> "Master's Statement of Facts"; a title with any lower
    case letter is shown as written. An acronym stays in capitals: one of two letters
    ('UN', 'DA'), one with a dot or a digit ('U.S.', 'FA-26'), or one the report's text
    writes in capitals inside ordinary sentences ('FOIA', 'UKMTO')."""
    words = " ".join((title or "").split())
    if not words.isupper() or len(_WORD.findall(words)) < 2:
        return words
    acronyms = _acronyms(text[:_SCAN]) if text else frozenset()
    names = _names(text[:_SCAN]) | _lower_words(text[:_SCAN]) | _long_words(text[:_SCAN]) \
        if text else frozenset()
    out = []
    pieces = words.split(" ")
    after_colon = True
    for n, piece in enumerate(pieces):
        # a lone letter before a dash or at the end names a part ("SECTION A - DETAILS")
        label = len(piece) == 1 and (n + 1 == len(pieces) or pieces[n + 1] in _DASHES)
        out.append(piece if label else _recased(piece, acronyms, first=after_colon, names=names))
        after_colon = piece.endswith((":", *_DASHES))
    return " ".join(out)


_DASHES = ("-", "–", "—")


def _recased(
    piece: str, acronyms: frozenset[str], first: bool, names: frozenset[str] = frozenset()
) -> str:
    core = piece.strip("()[]{}\"'“”‘’,;:!?")
    if core in SMALL_CAPS:
        return piece.lower() if not first else _WORD.sub(_capitalised, piece)
    if any(c.isdigit() for c in core) or "." in core or len(core) <= 2 or \
            core in acronyms and not (len(core) >= 5 and core in names):
        return piece
    if len(core) <= 4 and core.isalpha() and core not in SHORT_WORDS and core not in names:
        return piece
    return _WORD.sub(_capitalised, piece)


def _capitalised(word: re.Match[str]) -> str:
    """'AL-ASAD' -> 'Al-Asad', "MASTER'S" -> "Master's", 'ORDER/NOTICE' -> 'Order/Notice'."""
    return "/".join("-".join(p[:1] + p[1:].lower() for p in part.split("-"))
                    for part in word.group(0).split("/"))


@lru_cache(maxsize=8)
def _acronyms(text: str) -> frozenset[str]:
    """Words the report writes in capitals within a line that is not itself in capitals."""
    found: set[str] = set()
    for line in text.splitlines():
        if not line.isupper() and any(c.islower() for c in line):
            found.update(_CAPS_TOKEN.findall(line))
    return frozenset(found)


@lru_cache(maxsize=8)
def _names(text: str) -> frozenset[str]:
    """Short words the report writes capitalised ("Iraq", "Nov"), in capitals: a name."""
    return frozenset(w.upper() for w in _NAME_TOKEN.findall(text))


@lru_cache(maxsize=8)
def _long_words(text: str) -> frozenset[str]:
    """Words of five letters or more the report writes in lower case or capitalised
    ("amendment"): in capitals in a field's label they are that word, not an acronym."""
    return frozenset(w.upper() for w in _LONG_TOKEN.findall(text))


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """Short words the report writes in lower case ("the task force"), in capitals: a word a
    heading in capitals holds, not an acronym ("TASK FORCE" -> "Task Force")."""
    return frozenset(w.upper() for w in _LOWER_TOKEN.findall(text))


def shown_title(briefing: object) -> str:
    """The briefing's title as the cover, the footer and the page show it."""
    sources = getattr(briefing, "sources", None) or []
    text = (getattr(sources[0], "text", "") or "") if sources else ""
    return display_title(getattr(getattr(briefing, "meta", None), "title", "") or "", text)
