"""The words around a name that say it is a town: "the village of X", "X district" (strong);
"near X", "in A, B and X", "the A-X road", "rebels seized X" (weak). A village's name is often
a surname or a word too, so towns.find_towns reads a town only where one of these cues stands
beside it; the cues live here, apart from the index and the choice between namesakes.
"""

from __future__ import annotations

import re

from briefdeck.geo.textnorm import sentence_initial

_KIND = (
    r"(?:town|towns|village|villages|hamlet|settlement|commune|municipality|suburb|"
    r"district|neighbou?rhood|locality|kibbutz|moshav|community|outskirts|area|countryside|"
    r"vicinity|environs|barangay|island|islands)"
)
# "the town of X", "on the outskirts of X", "the border villages of X and Y"
KIND_OF = re.compile(rf"\b{_KIND}\s+of\s+$", re.IGNORECASE)
# "kibbutz X", "moshav X", "Barangay X": Israeli communities and Philippine villages named
# right after what they are.
KIND_BEFORE = re.compile(r"\b(?:kibbutz|moshav|barangay)\s+$", re.IGNORECASE)
# "X village", "X district", "X, a small farming town", "X, a village in ..."
KIND_AFTER = re.compile(rf"(?:\s+|,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?){_KIND}\b", re.IGNORECASE)
# "X, the Christian quarter north of the centre": a city's quarter, said of it after a comma
# (not "the quarter of X", as often a share).
QUARTER_AFTER = re.compile(r",\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?quarter\b", re.IGNORECASE)
LOCATIVE = re.compile(
    r"\b(?:in|near|at|outside|around|toward|towards|into|across|between|"
    r"beyond|through|off|nearby|(?:adjacent|next|close)\s+to|(?:the\s+)?(?:edges?|entrance|cent(?:re|er)|heart)\s+(?:of|to)|"
    # a correspondent's place: "Jane Roe reports from X", "reporting live from X"
    r"report(?:s|ed|ing)?\s+(?:live\s+)?from|live\s+from)\s+$"
)
# "X hospital", "X municipality" in lower case: a town's own hospital or council (a capital
# "Hospital" would open some other name); so are its waterworks and power plant ("the X
# reservoir was hit", "X pumping station").
FACILITY_AFTER = re.compile(r"\s+(?:hospital|municipality|municipal\s+council|reservoir|"
                            r"pumping\s+station|water\s+(?:tower|plant)|power\s+station|"
                            r"substation)\b")
# "In X, two people were hurt": a sentence that opens on the place.
LOCATIVE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:In|Near|Outside|Around)\s+$")
# "26/11 - Al-Busayrah: SDF forces raided ...": a digest item's heading, its date then the
# place it happened, then a colon.
DIGEST_HEAD = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[ \t]*[-–—][ \t]*"
                         r"(?:(?i:al|el|ar|as|ad|an|at|az|ash)[-‐ ])?$")
# "X, Tulcea County" / "X in Hasakah province" / "X near Pokrovsk": a place right after.
PLACE_AFTER = re.compile(r",\s*|\s+(?:in|near|outside)\s+(?:the\s+)?(?:[a-z]+\s+)?")
# Military action on a place: "rebels seized X", "were fighting for X", "advanced on X",
# "withdrew from X". The verb says X is a place; the town must still be of a named country.
# "took" takes people as often as places ("took Hussein away"): not for a loose spelling.
ACTION_BEFORE = re.compile(
    r"\b(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|recaptur(?:e|es|ed|ing)|took|retook|"
    r"retak(?:e|es|en|ing)|enter(?:s|ed|ing)?|re-?enter(?:s|ed|ing)?|storm(?:s|ed|ing)?|"
    r"shell(?:s|ed|ing)|struck|bomb(?:s|ed|ing)|besieg(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|"
    r"overr(?:an|un|uns|unning)|encircl(?:e|es|ed|ing)|"
    r"(?:fight(?:s|ing)?|fought|battle|battles|offensive|assault|push(?:es|ed|ing)?|"
    r"advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|clos(?:e|es|ed|ing)\s+in)\s+"
    r"(?:on|for|toward|towards|into|against)|"
    r"(?:withdr(?:ew|aw|awn|aws|awing)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+out|"
    r"driv(?:e|es|en|ing)\s+out|expell(?:ed|ing))\s+(?:of|from)|fell\s+to)"
    r"\s+(?:the\s+(?:town|village|city)\s+of\s+)?$"
)
# "X fell to the rebels", "X was captured on Friday": the action after the town.
ACTION_AFTER = re.compile(
    r"\s+(?:fell\s+(?:to|into)\b|(?:was|has\s+been|had\s+been)\s+(?:captured|seized|retaken|"
    r"recaptured|liberated|overrun|stormed|shelled|bombed|besieged|encircled)\b)"
)
# "the Hama-X axis", "the X-Minova road": a hyphen between two places' names.
HYPHENS = "-‐–"
LIST_BEFORE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")
LIST_AFTER = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _cue(
    text, words, i, size, start, end, town, anchor, after, ends, part_of_name, after_ok,
    loosely=False,
) -> str | None:
    """How the words around say this is the town: "strong", "weak" or None."""
    before = text[max(0, start - 40) : start]
    if KIND_BEFORE.search(before):
        return "strong"  # "Kibbutz Nir Oz", "Barangay Pag-asa": the word before says what it is
    if text[end : end + 1] == ":" and DIGEST_HEAD.search(before):
        return "weak"  # "26/11 - X:": a digest item's place, nothing of a longer name before
    paired = _hyphen_pair(text, start, end, after, ends)
    if part_of_name(i) and not paired:
        return None  # inside a longer name: "Gen. Yasser Haddad"
    placed = anchor is not None and anchor.entry.country == town.country
    if KIND_OF.search(before) or KIND_AFTER.match(text, end) or placed \
            or QUARTER_AFTER.match(text, end):
        return "strong"  # "the village of X", "X, a village", "X, Tulcea County"
    if not after_ok(i + size) and not paired:
        return None  # "Busayrah Street Bakery" is some other name
    if town.common or text[end : end + 2] in ("'s", "’s"):
        return None
    if LOCATIVE.search(before) and not sentence_initial(text, words[i]):
        return "weak"  # "near X"
    if FACILITY_AFTER.match(text, end):
        return "weak"  # "trauma kits to X hospital": the town's own hospital
    if ACTION_AFTER.match(text, end) or (
        (action := ACTION_BEFORE.search(before)) and not (loosely and action.group() == "took ")
    ):
        return "weak"  # "rebels seized X", "the battle for X", "X fell to"
    if LOCATIVE_OPENING.search(before):
        return "weak"
    if paired:
        return "weak"  # "the Sake-X road": joined to a known place
    glue = LIST_BEFORE.search(before)
    if glue is not None and (start - len(before) + glue.start()) in ends:
        return "weak"  # "in Pokrovsk and X"
    if glue is not None and _after_locative_name(before[: glue.start()]):
        return "weak"  # "near Hamlet and X": the list shares its "near" (Hamlet unknown)
    if (
        after is not None
        and after.entry.kind in ("city", "installation")
        and LIST_AFTER.fullmatch(text, end, after.start) is not None
    ):
        return "weak"  # "X and Pokrovsk"
    glue = LIST_AFTER.match(text, end)
    if glue is not None and text[glue.end() : glue.end() + 1].isupper():
        return "listed"  # "Metula, Kfar Giladi": a town if a town of the list after it is one
    return None


def _hyphen_pair(text: str, start: int, end: int, after, ends) -> bool:
    """Is the town joined by a bare hyphen to a known place's name ("the Sake-X road",
    "the X-Hama axis")? Not a country after it: "X-Syria" is rarely a pair of places."""
    if start > 0 and text[start - 1] in HYPHENS and (start - 1) in ends:
        return True
    return (
        text[end : end + 1] in HYPHENS
        and after is not None
        and after.start == end + 1
        and after.entry.kind != "country"
    )

_LAST_NAME = re.compile(r"[A-Z][\w'’-]*$")


def _after_locative_name(head: str) -> bool:
    """Does head end with a capitalised name right after "in", "near" ...?"""
    name = _LAST_NAME.search(head)
    return name is not None and LOCATIVE.search(head, 0, name.start()) is not None
