"""Institutions that speak: a ministry, a command, a monitor, a group, a government.

"Iran's foreign ministry said" is a spokesperson, "the Syrian Observatory for Human Rights
said" another source (the kind: attribution_kinds.py); a body also speaks through what it
reports, counts, verifies or assesses ("AFRICOM now assesses" is a document it holds) and
through a stated position ("gave a different account, saying"). A body named again
("CENTCOM" after "U.S. Central Command said") repeats its source; a capital's standing denial
("Moscow denies targeting civilians"), a stance without its words ("condemned the attack")
and a pointer to earlier coverage ("as X reported") source nothing.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import UNOWNED_REPORTS, analyst_firm, classify, org_kind
from briefdeck.extract.sentences import Sentence, finditer_near
from briefdeck.extract.sourcing_bodies import (
    BODY_SAID_RE,
    ORG_SAID_RE,
    PASSIVE_BODY_RE,
    QUOTE_IN_CLAUSE,
    REACTION_VERBS,
    SHIP_FIRM_RE,
)
from briefdeck.extract.sourcing_carried_statements import CARRIED_BY_BEFORE
from briefdeck.extract.sourcing_draft import LEADING_THE, SourcingDraft, canonical, spoken_end
from briefdeck.extract.sourcing_named_again import IN_ITS_DOCUMENT, NEW_WORDS
from briefdeck.extract.sourcing_not_bodies import (
    GENERAL_BODY,
    NAMED_BY_OTHERS,
    NOT_ORG,
    PART_OF,
    PERSON_TITLE_END,
    PREPOSITION_BEFORE,
)
from briefdeck.extract.sourcing_offices import POST_HEAD
from briefdeck.extract.sourcing_press import OUTLET_RE, PRESS_BEFORE
from briefdeck.extract.sourcing_reactions import issued_reaction
from briefdeck.extract.terse_sourcing import first_reports
from briefdeck.extract.titled_names import office_start, titled_person

_AND_THE = re.compile(r"\band\s+the\b")


def _institution_speaks(text: str, sent_start: int, start: int, who: str) -> bool:
    """Whether ORG_SAID_RE's subject is an institution: not a function word or a month
    ("If confirmed", "February said"), a person's title, two bodies joined, the tail of a
    longer phrase ("of the Iraqi army's 7th Division") or a name someone else goes by."""
    before = text[max(sent_start, start - 20):start]
    return not (NOT_ORG.match(LEADING_THE.sub("", who).split()[0])
                and not GENERAL_BODY.match(who)
                or PERSON_TITLE_END.search(who) or " the" in who and _AND_THE.search(who)
                or PREPOSITION_BEFORE.search(before) and not PART_OF.search(
                    text, max(sent_start, start - 40), start)
                or NAMED_BY_OTHERS.search(before))


# "An Iran-aligned umbrella group, the X Front, said": a description, then the body's name
# in the aside, which is where its sourcing begins.
_DESCRIPTION = re.compile(r"^(?:[Aa]n?|[Tt]he)?\s*(?:[\w'’-]+\s+){0,4}?[a-z][\w-]+\s*$")
_NAME_IN_ASIDE = re.compile(r",\s+(?P<name>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|in|for|the)\s+)?"
                            r"[A-Z][\w'’-]*){0,6}),\s*$")


# BODY_SAID_RE's verbs (or words holding them): its subject ("the city's two local health
# directorates", "has also") opens at most nine words before one.
_BODY_VERB = re.compile(r"sa(?:id|y)|tell|told|report|claim|confirm|denie|add|name|identifie|"
                        r"count|tall|list|announced|stated|acknowledged|disclosed|condemned|"
                        r"rejected|denounced|assess|raise[sd]|revise[sd]|lower(?:ed|s)|update[sd]")

# What may close a sentence after its sourcing: "..., the ministry said." (not "said that").
_SENTENCE_CLOSES = re.compile(r"\s*[.!?]?[\"”’]?\s*$")
_ACRONYM_AFTER = re.compile(r"\(([A-Z][\w-]{1,9})\)\s*$")


_INTELLIGENCE = re.compile(r"\b(?:[Ii]ntelligence|DIA|CIA|ODNI|DNI|NSA|GCHQ|Mossad|MI6|BND|DGSE)\b")


_BARE_BODY = re.compile(r"[Tt]he\s+[a-z]+$")  # "the monitor": a body named before
_NO_SUBJECT_AFTER = ("to which ", "whether ", "denied ", "rejected ", "dismissed ", "disputed ")


def _assessed(m: re.Match[str], kind: str) -> str:
    """'AFRICOM now assesses that ...', 'the ministry has assessed that ...': a body's standing
    assessment, in the present or the perfect, is a document it holds (a past 'the command
    assessed' is the body speaking). An intelligence agency's judgement is its product, an
    assessment, in any tense ('the Defense Intelligence Agency assessed that ...')."""
    assess = m.group("assess")
    standing = assess == "assesses" or assess == "assessed" and (
        _PERFECT.search(m.string, max(0, m.start("assess") - 6), m.start("assess")) or
        _INTELLIGENCE.search(m.string, m.start(), m.start("assess")))
    return "document" if standing and kind == "spokesperson" else kind


_AS_REPORTED = re.compile(r"\b[Aa]s\s+$")
# "X initially reported six wounded" after "X said": the body's first count, revised later,
# is a claim of its own.
_FIRST_ACCOUNT = re.compile(r"\binitially\s+(?:reported|said|put|gave|announced)\b")
# "Reuters first reported the talks": who broke the story, a pointer rather than a source.
_FIRST_REPORTED = re.compile(r"\s+first\s+reported\b")
# ... a pointer when a relative or time word leads in: "which X first reported", "a day after
# the army first reported"; "The SDF first reported two dead" is the body's first count.
_POINTER_BEFORE = re.compile(r"\b(?:which|that|as|after|since|when|before|until|what)\s+$", re.I)
# "TOKYO - North Korea said": a dateline run into the speaker's name.
_DATELINE_HEAD = re.compile(r"^[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s+[–—-]\s+(?=[A-Z])")
# "On Friday the State Department said": a day opening the sentence with no comma after it.
_TIME_HEAD = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday)"
                        r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=the\s)")


# "Kigali denies supporting the group", "Moscow denies targeting civilians": a government's
# standing denial, named by its capital, repeated as background rather than sourcing a claim.
_STANDING_DENIAL = re.compile(r"\s+(?:[a-z]+ing|any|all)\b")
# ("Tehran has denied arming them": the perfect is the same standing stance)
_PERFECT = re.compile(r"\b(?:has|have)\s+$")
# "Ankara denied responsibility": a capital's denial of a charge, its stance, no sourcing.
_DENIED_CHARGE = re.compile(r"\s+(?:responsibility|involvement|(?:the\s+)?(?:charges?|"
                            r"accusations?|allegations?))\b")


_CALLED_WHAT = re.compile(r"\s+(?P<what>(?:the|this|that|its|their|these|those)\s+"
                          r"[^,;.\"“”]{2,40}?)\s+(?:(?:an?|the)\s+)?[\"“]")
_DENIED_WHAT = re.compile(r"\s+(?:any\s+|all\s+)?(?:role|involvement|responsibility|"
                          r"links?|(?:the\s+)?(?:charges?|accusations?|allegations?|claims?))\b")
# "Washington and Baghdad announced that ...": two governments named by their capitals.
_INSTITUTION_HEAD = re.compile(r"\b(?:[Gg]overnment|[Mm]inistry|[Cc]ouncil|[Cc]ommand|[Oo]ffice|"
                              r"[Pp]residency|[Ss]ecretariat|[Aa]rmy|[Mm]ission)$")
_AND_SAID = re.compile(r"[^,;.\"“”]{0,80}?(?:\s+and\s+(?:also\s+)?|,\s+)(?:said|says|announced|"
                       r"added|saying|announcing)\b")
# a conjunction between a capitalised word and a body joins two clauses
_JOINED_CLAUSES = re.compile(r"[A-Za-z]\s+(?:as|while|when|after|before|because)\s+[a-z]")
_TWO_CAPITALS = re.compile(r"([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)")


# A platform carries others' words and never speaks itself: "unverified Telegram claims".
_PLATFORM_ONLY = re.compile(r"(?:[A-Za-z-]+\s+)?(?:Telegram|WhatsApp|Facebook|Twitter|TikTok|"
                            r"YouTube|Instagram|X)")
# "until the ministry says something", "unless the army confirms it": a condition, no source.
_CONDITION_BEFORE = re.compile(r"\b(?:[Uu]ntil|[Uu]nless|[Ii]f|[Ww]hether)\s+(?:[\w.'’-]+\s+)"
                               r"{0,4}$")
_PRESENT_VERBS = ("says", "confirms", "announces", "reports", "claims", "states")


def _conditional(text: str, m: re.Match[str], floor: int) -> bool:
    return m.group(0).endswith(_PRESENT_VERBS) and _CONDITION_BEFORE.search(
        text, max(floor, m.start() - 40), m.start()) is not None


def place_name(word: str) -> bool:
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    return Gazetteer.default().lookup(word, fuzzy=False) is not None


# "the Pentagon's count had risen to five": a body's own running tally, given out.
_BODY_COUNT = re.compile(r"\b(?P<who>(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)"
                         r"\s+(?:own\s+|official\s+|latest\s+|updated\s+)?(?:count|tally)\s+"
                         r"(?:had\s+|has\s+)?(?:risen|rose|stood|reached|climbed|grew|increased|"
                         r"fell|was|is)\b")
# "The initial count of the X Health Directorate was three": the same, its owner after it.
_COUNT_OF = re.compile(r"\b[Tt]he\s+(?:(?:initial|first|early|latest|updated|official|final)\s+)?"
                       r"(?:count|tally)\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?"
                       r"[A-Z][\w.-]*){0,4})\s+(?:had\s+|has\s+)?(?:risen|rose|stood|reached|"
                       r"climbed|grew|increased|fell|was|is|gave|put)\b")
# "the agency" after an outlet named as one ("X News Agency"): the outlet reporting again.
_AGENCY_BACK = re.compile(r"^[Tt]he\s+(?:news\s+)?agency$")
_AGENCY_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+Agency\b")


def _agency_outlet(text: str, pos: int) -> bool:
    names = _AGENCY_NAME.findall(text, max(0, pos - 800), pos)
    return bool(names) and org_kind(names[-1]) == "other outlet"


def body_count(d: SourcingDraft, sent: Sentence) -> None:
    """A body's own running tally given out: "the Pentagon's count had risen to five"."""
    text, people = d.text, d.people
    for m in _BODY_COUNT.finditer(text, sent.start, sent.end):
        who = m.group("who")
        if people.mention_at(m.start(), m.end("who")) is None and not (
                " " not in who.strip() and place_name(who.strip())):
            kind = classify(who, people)[0]  # "an AFP tally" is the outlet's own work
            d.add(m.start(), m.end(), "other outlet" if kind == "other outlet" else
                "spokesperson", 1)
    for m in _COUNT_OF.finditer(text, sent.start, sent.end) if "count of " in sent.text or \
            "tally of " in sent.text else ():
        kind = classify(m.group("who"), people)[0]
        if kind in ("spokesperson", "other outlet") and not d.repeated(m.group("who")):
            d.add(m.start(), m.end("who"), kind, 1)


# The words an owner puts before a body's name: a country or its adjective ("Turkish",
# "Iraq's"), dotted initials ("U.S."); "the National Defence Ministry" after "the Turkish
# National Defence Ministry" names the body without its owner, a new sourcing of its own.
# (names are compared case-folded: a single dropped word, "JAF", is never enough)
_OWNER_WORD = re.compile(r"[\w.-]*(?:'s|’s|ish|ian|ean|ese|i)$|[\w-]*\.[\w.]*$")


def _named_before(body: str, bodies: set[str]) -> bool:
    """The body counted already, by its name or its name shortened: "the Guards Corps" after
    "the Islamic Revolution Guards Corps announces" is the same body (its own first words
    dropped, never its owner's)."""
    if body in bodies:
        return True
    if " " not in body:
        return False
    tail = " " + body
    for b in bodies:
        if b.endswith(tail):
            dropped = b[:-len(tail)].split()
            if len(dropped) >= 2 and not any(_OWNER_WORD.match(w) for w in dropped):
                return True
    return False


_INITIALS_ONLY = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,8}")


def _full_name(who: str) -> bool:
    """'U.S. Central Command', not 'CENTCOM' or 'The IDF': a name with words in lower case."""
    name = who.strip()
    return " " in name and _INITIALS_ONLY.fullmatch(name) is None and \
        any(c.islower() for c in name)


def _initials_dropped(d: SourcingDraft, body: str, who: str) -> None:
    """A body first counted by its initials alone ("SOHR says" in an analyst's bullet note
    over a clipped story) and named in full later is counted at its full name: the initials
    were shorthand for the citation the story gives. The sourcing just added replaces the
    initials' one."""
    if _INITIALS_ONLY.fullmatch(who.strip()):
        d.by_initials[body] = d.found[-1]
        return
    first = d.by_initials.pop(body, None)
    if first is not None and first in d.found:
        d.found.remove(first)


# A first name after the one who knows them: "my neighbor Rivka", "her brother Sami" is a
# person speaking for themselves, never a body.
_KNOWN_BY = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:neighbou?r|"
                       r"friend|cousin|brother|sister|mother|father|wife|husband|son|daughter|"
                       r"colleague|uncle|aunt|grandmother|grandfather|roommate|landlord|"
                       r"landlady)\s+$")
# "reported to the clinic", "reported for duty": one who presented themselves somewhere.
_REPORTED_IN = re.compile(r"\s+(?:(?:back\s+)?to\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
                          r"(?:[\w-]+\s+)?(?:TMC|BAS|clinic|hospital|aid\s+station|sick\s+call|"
                          r"medics?|emergency\s+room|ER|infirmary|duty|work)\b|for\s+(?:duty|work|"
                          r"treatment|sick\s+call))")


def bodies_speak(d: SourcingDraft, sent: Sentence, said: bool, press: bool) -> bool:
    """Bodies that speak, report, claim, deny or assess, and the agent of "... by the ministry"."""
    text, people, bodies = d.text, d.people, d.bodies
    firms, own_outlets, told_bodies = d.firms, d.own_outlets, d.told_bodies
    for m in PASSIVE_BODY_RE.finditer(text, sent.start, sent.end) if " by " in sent.text \
            and ("ed by" in sent.text or "wn by" in sent.text) else ():
        kind, count = classify(m.group("who"), people, m.start("who"))
        if kind != "other" and not d.repeated(m.group("who")):
            d.add(m.start("said"), m.end(), kind, count)
    for m in ORG_SAID_RE.finditer(text, sent.start, sent.end) if said else ():
        who = m.group("who")
        if text[max(0, m.start() - 10):m.start()].endswith(_NO_SUBJECT_AFTER):
            # "the extent to which DOD has assessed ...": a question asked; "denied Western
            # claims that ...": the object of a denial (a noun), no source speaking
            continue
        if m.group("verb") == "reported" and (
                _AS_REPORTED.search(text, max(sent.start, m.start() - 4), m.start()) or
                _FIRST_REPORTED.match(text, m.end("who")) and (_POINTER_BEFORE.search(
                    text, max(sent.start, m.start() - 8), m.start()) or
                    OUTLET_RE.match(text, m.start()))):
            continue  # "As X reported, ...": a pointer to earlier coverage, no source
        if m.group("verb") in ("denies", "denied") and " " not in who.strip() and (
                (m.group("verb") == "denies"
                 or _PERFECT.search(text, m.start(), m.start("verb")))
                and _STANDING_DENIAL.match(text, m.end("verb"))
                or _DENIED_CHARGE.match(text, m.end("verb"))) and place_name(who.strip()):
            continue
        if m.group("verb").startswith("mourned") and place_name(who.strip()):
            continue  # a country mourning its dead grieves; a group mourning its own announces
        known_by = _KNOWN_BY.search(text, max(sent.start, m.start() - 40), m.start())
        if known_by and " " not in who.strip():  # "My neighbor Rivka says": a person
            d.add(known_by.start(), m.end(), "other", 1)
            continue
        if m.group("verb") == "reported" and _REPORTED_IN.match(text, m.end("verb")):
            continue  # "the third soldier reported to the clinic": he went there, told nothing
        if _JOINED_CLAUSES.search(who):
            continue  # "Bekaa as ministry raises toll": a clause joined on, no body's name
        if CARRIED_BY_BEFORE.search(text, max(sent.start, m.start() - 60), m.start()):
            continue  # "a statement carried by the agency X raised": the statement speaks
        if who.strip() in ("Media", "Press") or first_reports(text, m.start(), m.end("verb")) \
                or UNOWNED_REPORTS.match(text, m.start(), m.end("verb")):
            continue  # "Media reports indicate": the press at large (press_sources.py);
            # "First reports (Outlet) said": the outlet in brackets (terse_sourcing.py);
            # "First reports spoke of": no one's reports
        if len(who.strip()) < 2 or _PLATFORM_ONLY.fullmatch(who.strip()):
            continue  # "041°55'E reported": a letter of a position, no body
        if _conditional(text, m, sent.start):
            continue  # "until the ministry says so": what it may say, not what it said
        pair = _TWO_CAPITALS.fullmatch(who.strip())
        if pair and place_name(pair.group(1)) and place_name(pair.group(2)):
            continue  # "Baghdad and Washington announced": a joint policy, no source
        if m.group("verb") in REACTION_VERBS and not QUOTE_IN_CLAUSE.match(
                text, m.end("verb"), sent.end) and not (
                # 'the group rejected accusations that linked it to the attack': a body
                # answering a charge speaks, a capital's stance does not
                m.group("verb") == "rejected" and _DENIED_CHARGE.match(text, m.end("verb"))
                and not place_name(who.strip())) and not (
                # "the ministry condemned the attack and said police had found ...": an
                # institution's statement, words and all (a capital's is a stance)
                m.group("verb") == "condemned" and _INSTITUTION_HEAD.search(who) and
                _AND_SAID.match(text, m.end("verb"), sent.end)) and not (
                # "the embassy condemned the attack in a post on X": issued, a statement
                m.group("verb") in ("condemned", "denounced", "rejected") and
                issued_reaction(text, m.end("verb"), sent.end) and not place_name(who.strip())):
            continue  # a stance without its words
        dateline = _DATELINE_HEAD.match(who) or (_TIME_HEAD.match(who) if who[:1] in
                                                 "MTWFSY" else None)
        if dateline:  # the speaker starts after the dateline (or "On Friday")
            m = ORG_SAID_RE.match(text, m.start() + dateline.end(), sent.end) or m
            who = m.group("who")
        body = canonical(d.spelled(who))  # "CENTCOM" after "U.S. Central Command said"
        issued_in = IN_ITS_DOCUMENT.search(text, max(sent.start, m.start() - 100), m.start())
        again = _named_before(body, bodies) and not NEW_WORDS.search(
            text, max(0, m.end() - 30), m.end()) \
            and not issued_in and not _FIRST_ACCOUNT.search(m.group(0))
        if again and body in d.by_initials and _full_name(who):
            again = False  # "CENTCOM says" in a note, then "U.S. Central Command said" in
            # the story: the body's full name holds its sourcing (see _initials_dropped)
        if people.mention_at(m.start(), m.end()) is None and not d.repeated(who, m.end()) \
                and not again and _institution_speaks(text, sent.start, m.start(), who):
            # "Syria's state news agency SANA said": the press, described before its name
            press_at = PRESS_BEFORE.search(text, max(sent.start, m.start() - 60), m.start())
            # (the press scans after this one read the sentence's press words or any
            # body the press describes; a later plain body never clears an earlier one)
            press = press or press_at is not None
            kind = "other outlet" if press_at else org_kind(d.spelled(who))
            if kind == "other outlet" and body in own_outlets:
                continue  # the publisher's own earlier reporting
            if m.group("assess") and body in told_bodies:
                continue  # "Kestrel assesses ..." where sources told Kestrel: its own voice
            if POST_HEAD.match(who.strip()):
                kind = "anonymous official"
            if kind == "spokesperson" and analyst_firm(who, firms):
                kind = "other"
            # "In its release of May 2, X said" after "X said": the new document with it
            start = issued_in.start() if issued_in and body in bodies else m.start()
            renamed = _NAME_IN_ASIDE.match(text, m.end("who"), m.start("verb")) \
                if _DESCRIPTION.search(who) else None
            if renamed:  # "A militant umbrella group, the X Front, claimed": X speaks
                start = renamed.start("name")
            if kind == "spokesperson" and titled_person(who):
                kind = "named official"  # "U.S. Attorney Jane Roe for the District of X"
                start = office_start(text, start)
            end = spoken_end(m)
            if m.group("verb") == "called":  # 'called the raid "a crime"': what it named
                named = _CALLED_WHAT.match(text, end, sent.end)
                end = named.end("what") if named else end
            denied = _DENIED_WHAT.match(text, end) if m.group("verb") in (
                "denied", "denies", "rejected") else None
            if denied:  # "the ministry denied any role": what was denied is its sourcing
                end = denied.end()
            if d.add(press_at.start() if press_at else start, end,
                   _assessed(m, kind), 1, aside=(m.end("who"), m.start("verb"))):
                _initials_dropped(d, body, who)
                bodies.add(body)
                short = _ACRONYM_AFTER.search(who)
                if short:  # "The X Corps (XC) says", then "The XC said": the same body
                    bodies.add(canonical(short.group(1)))
                    bodies.add(canonical(who[:short.start()]))
    # (a body described in an aside, "the ministry in X, which is run by Y, said", opens
    # further back)
    reach = 22 if ", which " in sent.text or ", that " in sent.text else 10
    for m in finditer_near(BODY_SAID_RE, _BODY_VERB, text, text, sent.start, sent.end,
                           reach) if said else ():
        if m.group("verb") and not QUOTE_IN_CLAUSE.match(text, m.end("verb"), sent.end) and \
                not issued_reaction(text, m.end("verb"), sent.end):
            continue  # a stance without its words (or a statement it was issued in)
        if _conditional(text, m, sent.start) or CARRIED_BY_BEFORE.search(
                text, max(sent.start, m.start() - 60), m.start()):
            continue  # (the statement "carried by" the agency speaks, not the agency)
        if UNOWNED_REPORTS.match(m.group("who").strip()):
            continue  # "First reports spoke of one hurt": no one's reports
        if text.startswith((", which ", ", that "), m.end("who")) and \
                _BARE_BODY.match(m.group("who")):
            continue  # "The monitor, which relies on ..., said": one named before, described
        if _FIRST_REPORTED.search(m.group(0)) and _POINTER_BEFORE.search(
                text, max(sent.start, m.start() - 8), m.start()):
            continue  # "a day after the army first reported ...": earlier news, no source
        # "..., the ministry said." closing a sentence sources that sentence's claim: a body
        # counted before speaks again (the words repeat; the claim does not)
        trailing = text[m.start() - 2:m.start()] == ", " and _SENTENCE_CLOSES.match(
            text, m.end(), sent.end) is not None
        if trailing or not d.repeated(m.group("who"), m.end()):
            kind = org_kind(m.group("who"))
            if _AGENCY_BACK.match(m.group("who")) and _agency_outlet(text, m.start()):
                kind = "other outlet"  # "The agency also reported" after "X News Agency"
            d.add(m.start(), m.end(), _assessed(m, kind), 1)
    return press


def ship_firm(d: SourcingDraft, sent: Sentence) -> None:
    """The firm that runs a ship speaks for it: "the vessel's operator said"."""
    text = d.text
    for m in SHIP_FIRM_RE.finditer(text, sent.start, sent.end):
        start = m.start("firm") if m.group("firm") else m.start("name") if m.group("name") \
            else m.start()
        d.add(start, m.end(), "spokesperson", 1)
