"""A place's word that is part of a person's name, not the place.

"Spc. Jordan Pike", "Staff Sergeant Onur Kaya", "Haruto Ishii, a professor", "Dana Voss is a
researcher", "who gave only his first name, Ahmad", "Useful summary, Rania.": a rank, a title, a
given name or an appositive around the word makes it a person's; once a surname follows a given
name somewhere ("Khalid Sindi"), a lone "Sindi said" is the person too. Small towns bear many
such names, so these shapes are read before the gazetteer's word is taken for a place.
"""

from __future__ import annotations

import re

from briefdeck.geo.textnorm import CAPITAL_AT_WORD_START, at_word_start

# "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah": a base's short alias inside a chain of Arabic
# name parts is part of a person's name.
NAME_CHAIN_AFTER = re.compile(r"\s+(?:Al|al|El|el|bin|bint|ibn|Bin)[-\s][A-Z]")
SPOKESMAN_FOR_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?$")
# "Ana R. Moreno", "Capt. Ana Moreno": a given name (and initial) or a rank before a surname.
# (Patterns read over the whole text open on literals, not \b: see at_word_start.)
_SHORT_RANKS = "Pvt Pfc Spc Cpl Sgt Lt Capt Maj Col Gen Adm Cmdr Ens Amn Sen Rep Gov Amb".split()
FULL_NAME = re.compile(  # the capital first: both ways open on one (a rank: its other letters)
    rf"{CAPITAL_AT_WORD_START}(?:[a-z]+\s+(?:[A-Z]\.\s+)+|"
    + "(?:" + "|".join(f"(?<={w[0]}){w[1:]}" for w in _SHORT_RANKS) + ")"
    + r"\.\s+(?:[A-Z][a-z]+\s+)?(?![A-Z][a-z]+\s+[A-Z]\.))([A-Z][a-z][\w'’-]+)\b")
# "Staff Sergeant Onur Kaya", "Private First Class Ana Moreno": ranks spelled out (as translated
# statements and hometown papers write them), a given name, then the surname.
_RANK_WORDS = ("Staff Master First Chief Senior Specialist Private Corporal Sergeant Lieutenant "
               "Captain Major Colonel General Admiral Class").split()
RANK_NAME = re.compile(at_word_start(*_RANK_WORDS) + rf"\s+(?:(?:{'|'.join(_RANK_WORDS)})\s+)*"
                       r"[A-Z][a-z]+\s+([A-Z][a-z][\w'’-]+)\b")
# "Haruto Ishii, a professor ...", "Jae-won Moon said": a given name, a surname, then an
# appositive or a speech verb. The surname is a person's in the whole article, even where it
# stands alone ("Ishii said"), though a small town somewhere bears it.
PERSON_NAMED = re.compile(rf"({CAPITAL_AT_WORD_START}[a-z]+(?:-[a-z]+)?)\s+([A-Z][a-z][\w'’-]+)"
                          r"(?:,\s+(?:a|an|the)\s+[a-z]|,?\s+(?:said|says|told|added|wrote|noted)\b)")
_NOT_GIVEN = frozenset(
    "In At Near From On Of To For By The And But Outside Around Inside Across Into Toward "
    "Towards Northern Southern Eastern Western Central North South East West Greater Old New "
    "Downtown Upper Lower While When After Before Since Meanwhile Both Also Then Officials "
    "Residents Police Troops Sources Reports Witnesses Authorities".split())
# Only small towns: a title-case headline ("Drone Hits Erbil, the ...") must not unmake a city.
_PERSON_TOWN_MAX = 100_000
# "Dana Voss is a researcher at ...": a given name and a surname introduced as a person. The
# given name, wherever it stands alone ("Dana, tell us ..."), is hers, not a small town's.
PERSON_IS = re.compile(rf"({CAPITAL_AT_WORD_START}[a-z]+)\s+[A-Z][a-z][\w'’-]+,?\s+"
                       r"(?:is|was)\s+(?:a|an)\s+[a-z]")
# "Spc. Jordan Pike", "Sgt. Israel Ortiz", "Dr. Georgia Mills": a rank or title, then the place's
# word, then a capitalised word: a given name, not the country.
TITLE_BEFORE = re.compile(r"\b(?:Pvt|Pfc|Spc|Cpl|Sgt|Lt|Capt|Maj|Col|Gen|Adm|Cmdr|Cdr|Ens|Amn|"
                          r"SrA|SSgt|TSgt|MSgt|PO[1-3]?|Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Rev)\.?\s+$")
# ("Pvt. Jordan E. Meeks": a middle initial between the given name and the surname)
CAPITALISED_AFTER = re.compile(r"\s+(?:[A-Z]\.\s+)?[A-Z][a-z]")
# A given name right before the mention and an appositive or speech verb after it.
PERSON_AFTER = re.compile(r",\s+(?:a|an|the)\s+[a-z]|,?\s+(?:said|says|told|added|wrote|noted)\b")
GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# "Rebwar Hama Salih" alone on a line (a commenter, a signature): a place's word between a
# given name and a surname is a middle name.
SURNAME_ENDS_LINE = re.compile(r" [A-Z][a-z]+[ \t]*(?:\n|$)")
# "Sindi said": a lone capitalised word as the subject of a speech verb. With the same word after
# another name elsewhere ("Hoshyar Khalid Sindi"), it is a person's surname, not a small town.
SAID_ALONE = re.compile(r"([A-Z][a-z][\w'’-]+)\s+(?:said|says|told|added|wrote|noted)\b")
# Words that open a place's name, not a given name: "Mount Sinjar", "Camp Dodge".
_PLACE_OPENERS = frozenset("Mount Mt Lake Camp Fort Port Cape Saint St San Santa Al El Tel Tal "
                           "Kafr Deir Ras Jebel Jabal Wadi Ain Bir Beit Khan Umm Abu Qasr Tell "
                           "Bab Sheikh Greater Little Great".split())
# "Useful summary, Rania.": a person addressed by name at a sentence's end.
ADDRESSED_AFTER = re.compile(r"[.!](?:\s|$)")
# "Lt. Gen. Jo Doe, USA, Deputy Commander": the US Army after an officer's name (as USAF, USMC
# and USN stand for the other services), not the country.
SERVICE_AFTER_NAME = re.compile(r"\b(?:Gen|Lt|Maj|Col|Capt|Adm|Brig|Sgt|Cpl|Spc|Pvt|CWO|Cmdr|Cdr|"
                                r"Ens|Amn|(?i:general|colonel|admiral|captain|commander))\.?\s+"
                                r"(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+,\s*$")
# "who gave only his first name, Ahmad", "identified only as Jordan": a person, not a town.
GIVEN_NAME_BEFORE = re.compile(
    r"\b(?:(?:(?:first|given|last|family)\s+name|surname|nickname|pseudonym)(?:\s+as)?|"
    r"identified\s+(?:(?:him|her|them)(?:sel(?:f|ves))?\s+)?(?:only\s+)?"
    r"(?:by\s+\w+\s+\w+\s+name\s+)?as|(?:his|her|their)\s+name\s+(?:as|was|is))\s*,?\s+$")


# "19 Oct<tab>Aitaroun", "Tues Aitaroun": a table's date cell or a diary's weekday before a
# town is no given name (and a tab parts a table's cells, never a name's words).
_DATE_WORDS = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February "
                        "March April June July August September October November December Mon "
                        "Tue Tues Wed Thu Thur Thurs Fri Sat Sun Monday Tuesday Wednesday "
                        "Thursday Friday Saturday Sunday".split())


def _full_name_of(text: str, surname: str) -> bool:
    """True when surname follows a given name somewhere in text ("Khalid Sindi")."""
    for m in re.finditer(rf"\b([A-Z][a-z]+)[ \n\u00a0]+{re.escape(surname)}\b", text):
        if m.group(1) not in _NOT_GIVEN and m.group(1) not in _PLACE_OPENERS and \
                m.group(1) not in _DATE_WORDS:
            return True
    return False
