"""Bodies written in lower case or with a possessive: "Jordan's armed forces", "the Odesa
regional administration", "a Syrian army officer", "the Givati brigade"."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import is_place
from briefdeck.extract.org_words import BODY_OF_BEFORE, DEMONYM
from briefdeck.extract.systems import SYSTEMS
from briefdeck.extract.systems_generic import PROGRAMMES

# Capitalised words before "brigade" that are no unit's name.
_NOT_UNIT_NAME = (r"The|A|An|Each|Every|One|Another|That|This|Its|Their|His|Her|Our|Marine|Army|"
                  r"Navy|Special|Mechani[sz]ed|Airborne|Infantry|Tank|Armou?red|Assault|Artillery|"
                  r"Guards|Motori[sz]ed|Rifle|Reserve|Territorial|Defen[cs]e|Border|Naval|Air|"
                  r"National|Mountain|Commando|Light|Heavy|Separate|Rapid|Logistics|Engineer")
# Institutions written with a possessive or in lower case: "Jordan's armed forces",
# "Ukraine's general staff", "the Odesa regional administration".
INSTITUTION_RE = re.compile(
    r"\b[A-Z][a-z]+(?:\s+Region)?(?:'s|’s)\s+(?:(?:[a-z-]+\s+){0,2}(?:armed\s+forces|navy|"
    r"air\s+force|Air\s+Force|Navy|army|general\s+staff|intelligence\s+agency|parliament)|"
    # ("Kuwait's ministry": which of its ministries the name does not say; none to draft,
    # unless its portfolio follows: "the Region's ministry of natural resources")
    # ("Poland's armaments agency": an agency by its remit, not a news agency)
    r"(?:[a-z-]+\s+){1,2}(?:ministry|department|directorate)|(?!news\s)[a-z-]+\s+agency|"
    r"(?:ministry|department|directorate)(?=\s+of\s))\b"
    # "the Odesa regional administration", "Kharkiv Regional Military Administration",
    # "Donetsk Oblast Military Administration", "Kyiv City State Administration"
    r"|\b[A-Z][a-z]+\s+(?:regional\s+(?:military\s+)?(?:administration|police)|"
    r"(?:Regional|Oblast|City|Raion)\s+(?:Military\s+|State\s+)?Administration)\b"
)
# INSTITUTION_RE needs "'s" or a regional office's word: a cheap test first (in
# lower_case_bodies).
# "South Africa's defence ministry": a country named in two words keeps both (looked at
# only before a match: an optional word in the pattern slowed its scan of every sentence).
_COUNTRY_FIRST_WORD = re.compile(r"\b(?:South|North|Saudi|Sri|New|Burkina|Sierra|Costa|El)\s$")
# Bodies found by their last words, the name then read backwards (one cheap scan):
# "the regional police said" and "the civil defence agency" (the body of the place reported
# on), "a Syrian army officer" (a country's service), "the Navy said" (the report's own
# country's) and "the Givati brigade" (a named unit written in lower case).
_BODY_WORD = re.compile(r"\b(?:army|navy|air\s+force|brigade|battalion|regiment|"
                        r"regional\s+(?:police|(?:military\s+)?administration)|"
                        r"civil\s+defen[cs]e\s+(?:agency|service|directorate|authority)|"
                        r"Navy|Army|Air\s+Force|Coast\s+Guard)\b")


def _body_cue(s: str) -> bool:
    """_BODY_WORD needs one of these ("air force" holds "force"): a cheap test first (spelled
    out: a chain of `in` tests costs less than any() over a tuple, on every sentence)."""
    return ("army" in s or "navy" in s or "force" in s or "brigade" in s or "battalion" in s or
            "regiment" in s or "regional" in s or "civil" in s or "Navy" in s or "Army" in s or
            "Force" in s or "Coast" in s)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DEMONYM_BEFORE = re.compile(rf"\b{DEMONYM}\s+$")
_UNIT_NAME_BEFORE = re.compile(rf"\b(?!{DEMONYM}\b|(?:{_NOT_UNIT_NAME})\b)[A-Z][a-z]+\s+$")
_SYSTEM_WORDS = frozenset(n.split()[0] for n, _, _ in [*SYSTEMS, *PROGRAMMES] if n[:1].isupper())
_NAME_AFTER = re.compile(r"\s+[A-Z]|\s+(?:base|airfield)\b")
# "the Army's General Staff said": the staff named speaks, not the service.
_STAFF_AFTER = re.compile(r"['’]s\s+(?:General\s+Staff|Chief\s+of\s+Staff|[A-Z][a-z]+\s+Command)\b")
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:\n] )\b(?!(?:The|A|An)\s)(?:[A-Z][a-z]+\s+){1,2}$")
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:\n] )\b(?!(?:The|A|An)\s)[A-Z][a-z]+\s+$")


def _lower_bodies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _BODY_WORD.finditer(text, start, end):
        word, lo = m.group(0), max(start, m.start() - 40)
        if word[0].isupper() or word.startswith(("regional", "civil")):
            ok = _THE_BEFORE.search(text, lo, m.start()) and not (
                word[0].isupper() and (_NAME_AFTER.match(text, m.end(), end)
                                       or _STAFF_AFTER.match(text, m.end(), end)
                                       or BODY_OF_BEFORE.search(text, lo, m.start())))
            if ok:
                out.append((m.start(), m.end()))
            continue
        if word in ("brigade", "battalion", "regiment"):
            name = _UNIT_NAME_BEFORE.search(text, lo, m.start())
            if name and is_place(name.group(0).strip()):
                continue  # "the Iowa brigade": where it is from, not its name
            if name and name.group(0).strip() in _SYSTEM_WORDS:
                continue  # "a Patriot battalion": the weapon it fires, no unit's name
            if name and (first := _CAPITAL_BEFORE.search(text, lo, name.start())):
                # "the Red Bull brigade": a nickname of two words, whole
                out.append((first.start(), m.end()))
                continue
        elif _NAME_AFTER.match(text, m.end(), end) and text[m.end() + 1:m.end() + 2].islower():
            continue  # "the Syrian army base": a place
        else:
            name = _DEMONYM_BEFORE.search(text, lo, m.start())
            if name and (w := _NAME_WORD_BEFORE.search(text, lo, name.start())) and \
                    text[start:w.start()].strip():
                continue  # "the Port Sudan army": a city's name ends there, no country's army
        if name:
            out.append((name.start(), m.end()))
    return out

# "its wreckage was shown by the Israeli military": a passive's agent is a body, as when it
# speaks (where "the Israeli military campaign" is only an adjective's).
_PASSIVE_AGENT = re.compile(rf"(?<=[a-z][a-z] by the )(?:{DEMONYM}\s+military)\b"
                            r"(?=\s*[,.;:)]|\s+(?:on|in|at|and|as|after|before|from|to|of|"
                            r"last|this|earlier|later|during|with|for|since|which|that)\b)")


def lower_case_bodies(text: str, start: int, end: int, st: str) -> list[tuple[int, int]]:
    """Spans of the bodies written with a possessive, a regional office's word or in lower case
    in one sentence (st is its text)."""
    spans = [m.span() for m in INSTITUTION_RE.finditer(text, start, end)] if (
        "'s" in st or "’s" in st or "egional" in st or "Oblast" in st or "City" in st or
        "Raion" in st) else []
    spans = [(first.start() if (first := _COUNTRY_FIRST_WORD.search(
        text, max(start, a - 9), a)) else a, b) for a, b in spans]
    if "by the" in st and "military" in st:
        spans += [m.span() for m in _PASSIVE_AGENT.finditer(text, start, end)]
    return [*spans, *(_lower_bodies(text, start, end) if _body_cue(st) else ())]
