"""Bodies in lower case that speak or are cited: "the Israeli military said", "according to
the Ukrainian air force", "Iraqi JOC has said", "the interior ministry said"."""

from __future__ import annotations

import re

from briefdeck.extract import institutions
from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.org_found import Found
from briefdeck.extract.org_words import DEMONYM, THE
from briefdeck.extract.sentences import finditer_near

# "the Israeli military said", "Iran's foreign ministry said in a statement": a body written
# in lower case is an organization of the report when it speaks.
_BODY_INST = (
    rf"(?P<inst>\b(?:{institutions.OWNER})\s+(?:{institutions.BODY_MOD}\s+){{0,2}}"
    rf"(?:ministry|military|army|navy|air\s+force|armed\s+forces|general\s+staff|"
    rf"(?:[\w-]+\s+)?service|news\s+agency|embassy|presidency|police)"
    rf"|(?<=\b[Tt]he\s)general\s+staff)\b"  # "the general staff said": no owner needed
)
# "the Chinese defence ministry spokesman Jiang Bin said": a ministry speaks through its
# spokesman (not "the Houthi military spokesman": the group's own).
SPEAKING_BODY = re.compile(
    _BODY_INST + r"(?=(?:(?<=ministry)\s+spokes(?:man|woman|person)(?:\s+[A-Z][\w'’-]+){0,3})?"
    r"(?:,[^,]{1,60},)?\s+(?:(?:also|later|earlier|initially|first|then|had|has|have)\s+)?"
    r"(?:said|says|reported|announced|confirmed|denied|told|added|stated|claimed)\b)")
# "Iraqi JOC has said", "the Syrian MoD said": a country's body by its initials, speaking.
# (found by its initials and verb first, the adjective checked after: a cheaper scan)
_ACRONYM_SPEAKS = re.compile(
    r"(?<=[a-z] )(?!(?:PM|FM|DM|MP|VP|CEO|TV)\b)[A-Z][A-Za-z]?[A-Z]{1,4}(?=\s+(?:(?:has|have|had|"
    r"also|later)\s+)?(?:said|says|reported|announced|confirmed|denied|stated|claimed)\b)")
DEMONYM_ACRONYM_RE = re.compile(
    rf"(?P<inst>\b{DEMONYM}\s+(?!(?:PM|FM|DM|MP|VP|CEO|TV)\b)[A-Z][A-Za-z]?[A-Z]{{1,4}})\b")
# Where SPEAKING_BODY's body can stand: its matches open at most eight words before one.
_SPEAKING_NOUN = re.compile(r"ministry|military|army|navy|air\s|armed\s|general\s|service|"
                            r"news\s|embassy|presidency|police")
# "according to the Ukrainian air force": the same bodies, cited rather than speaking.
# ("per the Indian embassy in Djibouti": a mission is named with its seat)
CITED_BODY = re.compile(r"\b(?:[Aa]ccording\s+to|per)\s+" + _BODY_INST +
                        r"(?P<seat>(?<=embassy)\s+in\s+[A-Z][a-z]+)?(?=\s*[,.;)]|\s*$)")
_SPEECH = word_gated(re.compile(
    r"\b(?:said|says|reported|announced|confirmed|denied|told|added|stated|"
    r"claimed|[Aa]ccording|per\s+the)\b"))


# A body of the country reported on, in lower case with no owner, when it speaks or is cited:
# "the interior ministry said", "according to a statement from the presidency".
_BARE_BODY = (r"(?P<inst>(?:foreign|interior|defen[cs]e|health|justice|finance|information|"
              r"oil|electricity|transport|education)\s+ministry|presidency)")
BARE_BODY_RE = re.compile(
    r"(?P<cited>\b(?:[Aa]ccording\s+to|statement\s+(?:from|by))\s+)?\b[Tt]he\s+" + _BARE_BODY +
    r"(?P<speaks>(?=(?:,[^,]{1,60},)?\s+(?:(?:also|later|earlier|had|has|have)\s+)?(?:said|says|"
    r"reported|announced|confirmed|denied|told|added|stated|claimed|condemned|urged|warned)\b))?"
    r"\b")


def add_bare_bodies(found: dict, bare: list) -> None:
    """Add a bare body unless the report names it with its owner ("Kuwait's interior
    ministry", "Ministry of Interior"): then it is that one, no other."""
    for f in bare:
        stems = [w[:5] for w in f.name.casefold().split()]
        if any(all(st in g.name.casefold() for st in stems) for g in found.values()):
            continue
        found.setdefault(f.name.casefold(), f)


def speaking_bodies(text: str, start: int, end: int, found: dict[str, Found],
                    taken: list[tuple[int, int]]) -> None:
    """Add the bodies of one sentence that speak or are cited ("the Houthi-run health ministry
    said": the ministry speaks, not the Houthis)."""
    if not _SPEECH.search(text, start, end):  # a cheap test first
        return
    cited = [*finditer_near(SPEAKING_BODY, _SPEAKING_NOUN, text, text, start, end, 10),
             *CITED_BODY.finditer(text, start, end)]
    # "Iraqi JOC has said nothing": a country's body by its initials
    cited += [named for m in _ACRONYM_SPEAKS.finditer(text, start, end)
              if (named := DEMONYM_ACRONYM_RE.match(
                  text, max(start, text.rfind(" ", start, m.start() - 1) + 1), m.end()))]
    for m in cited:
        inst = m.group("inst")
        body_start = m.end("inst") - len(inst.split()[-1])
        if any(s < m.end("inst") and body_start < e for s, e in taken):
            continue
        name = THE.sub("", " ".join(inst.split()))
        taken.append((m.start("inst"), m.end("inst")))
        end_at = m.end("inst")
        if m.re is CITED_BODY and m.group("seat"):
            name, end_at = name + " " + " ".join(m.group("seat").split()), m.end("seat")
        found.setdefault(name.casefold(), Found(name, end_at - len(name), end_at))


def bare_bodies(text: str, start: int, end: int, st: str,
                taken: list[tuple[int, int]]) -> list[Found]:
    """A sentence's lower-case bodies with no owner that speak or are cited (added last, by
    add_bare_bodies)."""
    if "ministry" not in st and "presidency" not in st:
        return []
    return [Found(m.group("inst"), m.start("inst"), m.end("inst"))
            for m in BARE_BODY_RE.finditer(text, start, end)
            if (m.group("speaks") is not None or m.group("cited")) and
            not any(s < m.end("inst") and m.start("inst") < e for s, e in taken)]


# "the MOD said", "the MoD's statement": the ministry of defence of the report's own country,
# by the initials every British and Commonwealth report uses (a country named before is
# COUNTRY_MINISTRY_RE's: "the UK MoD").
_THE_MOD = re.compile(r"\b[Tt]he\s+(?P<inst>M(?:OD|oD))(?=\s+(?:(?:has|have|had|also|later)\s+)?"
                      r"(?:said|says|reported|announced|confirmed|denied|stated|added|told)\b|"
                      r"['’]s\s)")
# "until CENTCOM or the MoD says something": a statement not yet made names no speaker.
_NOT_YET = re.compile(r"\b(?:[Uu]ntil|[Uu]nless|[Ii]f|[Oo]nce|[Ww]hether)\b")


def defence_ministry_by_initials(text: str, start: int, end: int, found: dict[str, Found],
                                 taken: list[tuple[int, int]]) -> None:
    """Add "Ministry of Defence" (its initials an alias) where "the MOD" speaks."""
    for m in _THE_MOD.finditer(text, start, end):
        a, b = m.span("inst")
        if any(s < b and a < e for s, e in taken) or _NOT_YET.search(text, max(start, a - 40), a):
            continue
        taken.append((a, b))
        entry = found.setdefault("ministry of defence", Found("Ministry of Defence", a, b))
        if m.group("inst") not in entry.aliases:
            entry.aliases.append(m.group("inst"))
