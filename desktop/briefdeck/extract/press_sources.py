"""The press and documents as sources: other outlets, the media, reports, data.

"The Washington Post reported" is another outlet; "according to a memo seen by Reuters" a
document the outlet read; "an AFP count shows" the outlet's own work; "Syrian state media
said" the unnamed press. The story's own publisher is no other outlet: its earlier
reporting ("Rudaw initially reported", in a story saying it could not verify) and the
assessments of a publisher its sources speak to ("an officer told Kestrel") are its voice.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import (
    OUTLET_IN,
    PRESS_REPORTS,
    REGIONAL_PRESS,
    SEEN_BY,
    UNOWNED_REPORTS,
    classify,
    org_kind,
)
from briefdeck.extract.people_index import PeopleIndex
from briefdeck.extract.sentences import Sentence, finditer_near
from briefdeck.extract.sourcing_documents import DATA_RE, DOC_WORD, DOCUMENT_SAID_RE
from briefdeck.extract.sourcing_draft import SourcingDraft, canonical
from briefdeck.extract.sourcing_press import (
    MEDIA_SAID_RE,
    MEDIUM_SHOWED_RE,
    OUTLET_RE,
    OWN_OUTLET_RE,
    OWN_REPORTERS_RE,
    PRESS_SAID_RE,
    REPORTER_WORD,
    SEEN_REPORTS_RE,
    SHOWED_WORD,
)

# OUTLET_RE's verbs: its matches (an outlet's name of up to four words, an adverb) open at
# most five words before one (a hit inside a longer word only adds openings to try).
_OUTLET_VERB = re.compile(r"reported|reports|said|cited|quoted|admitted|acknowledged")

# DATA_RE's nouns: its matches (an owner, "own") open at most two words before one.
_DATA_NOUN = re.compile(r"database|data|dataset|tally|count|records|[Tt]racker|figures|"
                        r"[Tt]racking|[Mm]atrix")

# Data named by where it comes from, showing something: "Data from a flight tracker showed",
# "figures from the UN refugee agency show" (the data speaks: a document).
_DATA_FROM = re.compile(
    r"(?<![\w-])(?:[Dd]ata|[Ff]igures|[Rr]ecords|[Ss]tatistics)\s+from\s+(?:the\s+|an?\s+)?"
    r"(?:[\w.'’-]+\s+){0,5}?(?:shows?|showed|shown|indicates?|indicated|suggests?|suggested|"
    r"reveals?|revealed)\b")
# Unnamed "reports" that indicate or suggest are hearsay; an assessment that does is a document.
_HEARSAY = re.compile(r"\breports\s+(?:indicat|suggest)")
# DOC_WORD needs one of its words: a cheap test first.
def _doc_cue(low: str) -> bool:
    """DOC_WORD needs one of these: a cheap test first (an `or` chain, not any())."""
    return "report" in low or "assessment" in low or "memo" in low or "document" in low or \
        "stud" in low or "analys" in low or "review" in low or "audit" in low or \
        "cable" in low or "letter" in low or "budget" in low or "dossier" in low or \
        "paper" in low or "estimates" in low or "written " in low or "survey" in low or \
        "poll" in low


def own_outlets(text: str) -> set[str]:
    """The outlets that say they could not verify something: the story's own publisher, whose
    earlier reporting ("Rudaw initially reported") is no other outlet's."""
    if "verify" not in text and "confirm" not in text:
        return set()
    return {canonical(m.group("name")) for m in OWN_OUTLET_RE.finditer(text)
            if org_kind(m.group("name")) == "other outlet"}


_TOLD_NAME = re.compile(r"\b(?:officials?|officers?|sources?|commanders?|diplomats?)\s+told\s+"
                        r"(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_TOLD = re.compile("told")


def told_bodies(text: str) -> set[str]:
    """Names the text's unnamed sources speak to ("an officer told Kestrel"): the publisher, whose
    own assessments are its voice, not a document it cites."""
    # (each match opens one word before its "told": only those openings are tried)
    return {canonical(m.group("name")) for m in finditer_near(
        _TOLD_NAME, _TOLD, text, text, 0, len(text), 1)} if "told" in text else set()


def outlets_reporting(d: SourcingDraft, sent: Sentence, low: str, press: bool) -> None:
    """Reporters of the publisher, what a medium showed, and other outlets that report."""
    text, own_outlets = d.text, d.own_outlets
    for m in OWN_REPORTERS_RE.finditer(text, sent.start, sent.end) if \
            REPORTER_WORD.search(low) else ():
        d.add(m.start(), m.end(), "other outlet", 1 if m.group("one") else None)
    for m in MEDIUM_SHOWED_RE.finditer(text, sent.start, sent.end) if \
            press and SHOWED_WORD.search(low) else ():
        d.add(m.start(), m.end(), "other outlet", 1)
    st = sent.text  # (every match holds one of _OUTLET_VERB's words: `in` tests first)
    for m in finditer_near(OUTLET_RE, _OUTLET_VERB, text, text, sent.start, sent.end, 6) if \
            "said" in st or "report" in st or "cited" in st or "quoted" in st or \
            "admitted" in st or "acknowledged" in st else ():
        if SEEN_BY.search(text, max(sent.start, m.start() - 16), m.start()):
            continue  # "a memo seen by Reuters said": the memo speaks (a document)
        if m.group(0).endswith("first reported") or \
                own_outlets and canonical(m.group("who")) in own_outlets:
            continue  # "which Reuters first reported": who broke the story, no source
        d.add(m.start(), m.end(), "other outlet", None)


def data_counts(d: SourcingDraft, sent: Sentence) -> None:
    """Counts and data: a document ("data from X"), or an outlet's own work ("an AFP count")."""
    text, st = d.text, sent.text
    # (every match holds one of _DATA_NOUN's words: `in` tests first)
    for m in finditer_near(DATA_RE, _DATA_NOUN, text, text, sent.start, sent.end, 3) if \
            "data" in st or "count" in st or "tally" in st or "records" in st or \
            "racker" in st or "figures" in st or "atrix" in st else ():
        owner = OUTLET_IN.match(m.group(0))  # "an AFP count shows": the outlet's own
        d.add(m.start(), m.end(), "other outlet" if owner else "document", 1)
    if " from " in st and ("ata from" in st or "igures from" in st or "ecords from" in st or
                           "tatistics from" in st):
        for m in _DATA_FROM.finditer(text, sent.start, sent.end):
            d.add(m.start(), m.end(), "document", 1)
    if " from " in st and ("re from" in st or "ome from" in st or "ere from" in st):
        for m in _FIGURES_ARE_FROM.finditer(text, sent.start, sent.end):
            d.add(m.start("doc"), m.end("doc"), "document", 1)


# Where a release's own numbers come from: "Figures in this release are from the hospital's
# emergency room records" (the records are the source, whoever keeps them).
_FIGURES_ARE_FROM = re.compile(
    r"\b(?:[Ff]igures|[Dd]ata|[Nn]umbers|[Tt]olls?|[Cc]asualty\s+figures)\b[^.;\n]{0,30}?\s+"
    r"(?:are|were|come|came)\s+from\s+(?P<doc>(?:the\s+|an?\s+)?[^.;,\n]{0,50}?\b"
    r"(?:records|data|logs|registers?|database))\b")


# The press at large, its reports uncounted: "Media reports indicate that the company ...".
_NATION_WORD = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|i|ch|ew)\s")
_MEDIA_REPORTS_SAY = re.compile(r"\b(?:(?!The\b)[A-Z][a-z]+\s+)?(?:[Mm]edia|[Pp]ress)\s+reports\s+"
                                r"(?:have\s+|had\s+)?(?:indicate|indicated|suggest|suggested|say|said|show|showed|"
                                r"claim|claimed|allege|alleged)\b")


def press_and_documents(d: SourcingDraft, sent: Sentence, low: str, said: bool,
                        press: bool) -> None:
    """The media, the unnamed press, and documents that speak."""
    text = d.text
    for m in MEDIA_SAID_RE.finditer(text, sent.start, sent.end) if "media" in low else ():
        # one country's or one place's press is one source ("Lebanese media report"); its
        # outlets, or two countries' press, are not counted
        one = not m.group("who").endswith("outlets") and " and " not in m.group("who")
        d.add(m.start(), m.end(), "other outlet", 1 if one else None)
    for m in _MEDIA_REPORTS_SAY.finditer(text, sent.start, sent.end) if "media reports" in low or \
            "press reports" in low \
            else ():
        # ("Hebrew media reports say": one country's press, as above; "Recent press reports
        # say": the press at large)
        one = _NATION_WORD.match(m.group(0)) is not None
        d.add(m.start(), m.end(), "other outlet", 1 if one else None)
    for m in PRESS_SAID_RE.finditer(text, sent.start, sent.end) if said and press else ():
        d.add(m.start(), m.end(), "other outlet", 1)
    for m in DOCUMENT_SAID_RE.finditer(text, sent.start, sent.end) if _doc_cue(low) \
            and DOC_WORD.search(low) else ():
        if _HEARSAY.search(m.group(0)):
            continue  # "Initial reports indicated": hearsay, no document
        if not d.repeated(m.group("who")):
            # "A Reuters report said": the outlet's own reporting; "a memo seen by
            # Reuters said": a document the outlet read
            # ("Earlier reports said": the press's first word, unnamed)
            outlet = (OUTLET_IN.search(m.group("who")) or PRESS_REPORTS.search(
                m.group("who")) or UNOWNED_REPORTS.match(m.group("who").strip())) and \
                not SEEN_BY.search(m.group(0))
            if not outlet and _OWN_LETTER.match(m.group("who")):
                # "Her letter says, and I quote": a person's own letter, her words (a
                # private voice, no record of an office)
                quote = _AND_I_QUOTE.match(text, m.end())
                d.add(m.start(), quote.end() if quote else m.end(), "other", 1)
                continue
            d.add(m.start(), m.end(), "other outlet" if outlet else "document", 1)


# A letter a person wrote, named by her pronoun; and the quoting phrase read out after it.
_OWN_LETTER = re.compile(r"(?:[Hh]er|[Hh]is)\s+(?:own\s+)?(?:letter|note)\s*$")
_AND_I_QUOTE = re.compile(r",\s+and\s+I\s+quote\b")


def seen_reports(d: SourcingDraft, sent: Sentence) -> None:
    """Press reports a speaker has seen ("I have seen media reports"): other outlets, uncounted."""
    text = d.text
    for m in SEEN_REPORTS_RE.finditer(text, sent.start, sent.end):
        d.add(m.start(), m.end(), "other outlet", None)


# A table's or a chart's source line: "Sources: DoD OIG analysis of ...", "Source: Library
# compilation from ...". Only a line naming compiled material is a document; "Source: Reuters"
# is an outlet's credit.
_SOURCE_LINE = re.compile(r"(?m)^[ \t]*(?P<head>Sources?:)[ \t]+(?P<body>[^\n;]{3,200})")
_COMPILED = re.compile(r"(?i)\b(?:analysis|compilation|response|request\s+for\s+information|"
                       r"data|dataset|database|records|statistics|calculations?|survey|"
                       # a part of a paper: "Source: Ministry of Defence, Annex A"
                       r"annex|appendix)\b")


# A statement's or a wire's trailer credits the agency that carried it: "Source: Saudi Press
# Agency (SPA), Riyadh, ...", also after the end note on its line ("[End of statement. Source:").
_OUTLET_CREDIT = re.compile(r"(?:^|(?<=\.[ \t])|(?<=\[))[ \t]*(?P<head>Source:)[ \t]+"
                            r"(?P<who>[A-Z][^\n,;.()\[\]]{1,50}?(?:[ \t]+\([A-Z]{2,6}\))?)"
                            r"(?=[ \t]*(?:[,;\n\]]|\.(?:\s|$)|$))", re.M)


def source_lines(text: str) -> list[tuple[int, int, str, int | None]]:
    """Source lines under tables and charts that name compiled material: documents; a
    trailer's credit of the news agency that carried the text: another outlet."""
    if "Source" not in text:
        return []
    found = [(m.start("head"), m.end(), "document", 1)
             for m in _SOURCE_LINE.finditer(text) if _COMPILED.search(m.group("body"))]
    if "Source: " in text:
        nobody = PeopleIndex([])
        found += [(m.start("head"), m.end("who"), "other outlet", 1)
                  for m in _OUTLET_CREDIT.finditer(text)
                  if not any(s <= m.start("head") < e for s, e, _, _ in found) and
                  _AGENCY_WORD.search(m.group("who")) and
                  classify(m.group("who"), nobody)[0] == "other outlet"]
    return found


# (only a news or press agency is credited so: "Source: Reuters" under a photo is a credit)
_AGENCY_WORD = re.compile(r"\b(?:News|Press)\s+Agency\b|\bAgence\b")


# A news agency named with its initials: "the Iraqi News Agency (INA)"; the initials alone
# later ("according to INA", "INA reported") name the same outlet.
_AGENCY_INITIALS = re.compile(r"\b(?i:news|press)\s+(?i:agency)\s+\((?P<abbr>[A-Z]{2,6})\)")


def agency_initials(text: str) -> set[str]:
    """Initials the text gives a news agency."""
    found, at = set(), text.find("gency (")
    while at >= 0:  # (the regex runs only where its words are: it runs on the whole text)
        m = _AGENCY_INITIALS.search(text, max(0, at - 10), at + 16)
        if m:
            found.add(m.group("abbr"))
        at = text.find("gency (", at + 7)
    return found


# Who carried a body's words: "a statement carried by the state news agency X", "carried by
# Qatar News Agency (QNA)", "remarks taken from the INA report". The carrier is a source of
# its own (another outlet), beside the body whose statement it is.
_CARRIED = re.compile(
    r"\b(?P<verb>carried\s+by|taken\s+from)\s+(?P<who>(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?i:news|press)\s+(?i:agency)(?:,?\s+[A-Z][\w-]*)?(?:\s+\([A-Z]{2,6}\))?|"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+\([A-Z]{2,6}\))?)"
    r"(?P<report>\s+(?:report|article|story|dispatch)\b)?")
_AGENCY_WORDS = re.compile(r"(?i:news|press)\s+(?i:agency)")


def _carriages(text: str) -> list[re.Match[str]]:
    """_CARRIED's matches, tried only where its verbs are (cheaper than a scan of the text)."""
    found = []
    for verb in ("carried by", "taken from"):
        at = text.find(verb)
        while at >= 0:
            m = _CARRIED.match(text, at)
            if m:
                found.append(m)
            at = text.find(verb, at + 10)
    return sorted(found, key=lambda m: m.start())


def carriers(text: str, initials: set[str],
             outlets: list[tuple[int, int]]) -> list[tuple[int, int, str, int | None]]:
    """Outlets that carried a statement or remarks the story reports, each counted once:
    not again where an earlier outlet source (of `outlets`, spans) named it."""
    found: list[tuple[int, int, str, int | None]] = []
    named: set[str] = set()
    for m in _carriages(text):
        who = m.group("who")
        if m.group("verb").startswith("taken") and not m.group("report"):
            continue  # "taken from the base": no outlet's report
        name = who[4:] if who.startswith(("the ", "its ")) else who
        # ("carried by KUNA": a state agency by its bare name)
        if not (_AGENCY_WORDS.search(who) or name in initials or REGIONAL_PRESS.match(name) or
                org_kind(who) == "other outlet"):
            continue
        if name in named or any(s < m.start() and name in text[s:e] for s, e in outlets):
            continue  # the same outlet again
        named.add(name)
        found.append((m.start(), m.end(), "other outlet", 1))
    return found


def initials_as_outlets(text: str, found: list, initials: set[str]) -> list:
    """A source named only by a news agency's initials ("according to NNA", "NNA reported")
    is that outlet, not a body speaking for itself."""
    if not initials:
        return found
    names = "|".join(sorted(initials))
    alone = re.compile(rf"(?:(?:[Aa]ccording\s+to|[Cc]iting)\s+)?(?:the\s+)?(?:{names})"
                       r"(?:\s+(?:reported|reports|said|says|added|cited))?$")
    return [(s, e, "other outlet" if kind == "spokesperson" and alone.match(text, s, e)
             else kind, count) for s, e, kind, count in found]
