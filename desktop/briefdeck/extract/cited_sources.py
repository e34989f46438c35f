"""Sources the report cites by name of the source: "according to", "per", "citing".

"according to three U.S. defense officials" is an anonymous official source counted three
times, "according to the spokesman, Col. Jane Roe" the named official; a list after the verb
("four officials, two aides and a memo") holds a source per item. An outlet that "quoted a
senior official as saying" cites the official; "a spokesperson declined to comment" is a
source asked all the same.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.attribution_kinds import (
    DOCUMENT,
    HEALTH_RECORD,
    MONITOR_RE,
    SOURCE_NOUN,
    analyst_firm,
    classify,
    person_kind,
)
from briefdeck.extract.people_index import ROLE_REFERENCE_RE, PeopleIndex
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.sourcing_draft import SourcingDraft, canonical
from briefdeck.extract.sourcing_office_of_command import office_of_command
from briefdeck.extract.sourcing_patterns import ACCORDING_RE, AND_ANOTHER, CITING_RE

# The name set after a source's role: "according to the spokesman, Brig. Gen. Jane Roe".
_ROLE_LAST = re.compile(r"\b(?:spokes(?:man|woman|person)|official|officer|commander|chief|"
                        r"minister|head|director|governor|mayor|adviser|advisor|envoy)$")
_NAME_CLOSES = re.compile(r"\s*(?:[,.;)]|$)")
_APPOSED_GAP = re.compile(r",\s+(?:[A-Z][\w.()-]*\s+){0,5}$")


def _apposed_person(text: str, end: int, sent_end: int,
                    people: PeopleIndex) -> tuple[str, int] | None:
    """The person named just after the words ending at end, set off by a comma, with the end
    of the name; or None."""
    if text[end:end + 1] != "," or not _ROLE_LAST.search(text, max(0, end - 30), end):
        return None  # "According to the military, Roe was ...": a new clause, no apposition
    i = bisect.bisect_left(people.mentions, (end, -1, ""))
    if i >= len(people.mentions):
        return None
    start, name_end, name = people.mentions[i]
    if name_end > sent_end or start - end > 45 or not _APPOSED_GAP.fullmatch(text, end, start) \
            or not _NAME_CLOSES.match(text, name_end):
        return None
    return name, name_end


# The owner of what is cited: "CENTCOM's initial statement", "the army's figures".
_OWNER = re.compile(r"(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)\s")


# A list of sources after "according to" / "citing": "four officials, two aides and a memo"
# (each item opens with a count or an article; the first is read by ACCORDING_RE/CITING_RE).
_LISTED_MORE = re.compile(
    r",\s+(?:and\s+)?(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]everal|\d{1,2})\s+(?:[^,.;:\"“”()]|(?<=\b[A-Z])\.){2,90})")
_LISTED_NOUN = re.compile(rf"\b(?:{SOURCE_NOUN}|{DOCUMENT})\b", re.I)


def _listed_after(text: str, end: int, sent_end: int) -> list[tuple[int, str]]:
    """The further sources listed after one ending at end: (start, words) each, the parts
    joined by "and" split ("two aides and a memo")."""
    parts: list[tuple[int, str]] = []
    joined = False  # a list closes with "and"; without it the words are an aside
    while (m := _LISTED_MORE.match(text, end, sent_end)) and _LISTED_NOUN.search(m.group("who")):
        who, start = m.group("who").rstrip(), m.start("who")
        split = AND_ANOTHER.search(who)
        if split and _LISTED_NOUN.search(who[split.end():]):
            parts.append((start, who[:split.start()]))
            parts.append((start + split.end(), who[split.end():]))
            joined = True
        else:
            parts.append((start, who))
            joined = joined or m.group(0).lstrip(", ").startswith("and ")
        end = start + len(who)
    return parts if joined else []


# "a senior official, speaking anonymously, as saying": whom an outlet quotes is a source.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^\"“”;]{2,100}?)\s+as\s+"
                        r"(?:saying|telling|stating)\b")
# "A spokesperson declined to comment": the source asked is cited all the same.
_DECLINED = re.compile(r"\b(?P<who>(?:[Aa]n?|[Tt]he)\s+(?:[\w.'’-]+\s+){0,3}?"
                       r"(?:spokes(?:man|woman|person)|official|ministry|command|embassy|office|"
                       r"department)"
                       # whose: "a spokesperson for US Central Command declined to comment"
                       r"(?:\s+(?:for|at|of)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?"
                       r"[A-Z][\w.'’-]*){0,4})?)\s+(?:has\s+|had\s+)?declined\s+to\s+"
                       r"(?:comment|discuss)")


# "according to two U.S. defense officials and Army documents reviewed by X": people, then
# papers, each a source of its own (the papers need no count word to stand apart).
_PEOPLE_AND_PAPERS = re.compile(rf"(?<=officials|s sources)\s+and\s+(?=(?:[A-Z][\w.-]*\s+|"
                                rf"[a-z]+\s+){{0,3}}(?:{DOCUMENT})\b)")


def according_to(d: SourcingDraft, sent: Sentence) -> None:
    """The source named after "according to" or ", per", and any listed with it."""
    text, people, named_once, bodies, firms = d.text, d.people, d.named_once, d.bodies, d.firms
    for m in ACCORDING_RE.finditer(text, sent.start, sent.end):
        who = m.group("who").rstrip()
        if who.lower() in ("him", "her", "them", "it"):
            continue  # "According to him": the speaker named before, counted there
        if _WHAT_IS_KNOWN.match(who):
            continue  # "according to current knowledge": the writer's own account, no source
        if _THE_STATEMENT.match(who) and (_statement_counted(d, m.start()) or who.split()[
                0].lower() in _POINTING and "statement" in text[max(0, m.start() - 400):m.start()]):
            continue  # "according to the statement" after "X said in a statement": X again
            # ("according to that statement": the one just named, whoever issued it)
        if (m.group("per") or m.group("cap_per")) and (
                classify(d.spelled(who), people, m.start("who"))[0] == "other"
                and not MONITOR_RE.search(who) or canonical(d.spelled(who)) in bodies):
            continue  # ", per the agreement", ", per day": no source; "per SOHR": again
        if m.group("per") and _labelled_line(text, m.start(), who):
            continue  # "- SOHR: 9 killed ... (per SOHR)": the line's own label, again
        for begin, part in _listed_after(text, m.start("who") + len(who), sent.end) \
                if text.startswith(",", m.start("who") + len(who)) else ():
            if not d.repeated(part):  # "according to four officials, two aides and a memo"
                d.add(begin, begin + len(part), *classify(part, people, begin))
        split = AND_ANOTHER.search(who) or _PEOPLE_AND_PAPERS.search(who)
        if split and re.search(rf"\b(?:{SOURCE_NOUN}|{DOCUMENT})\b", who[split.end():]):
            first, second = who[:split.start()], who[split.end():]
            begin = m.start("who") + split.end()
            if not d.repeated(first):  # both parts are sources of their own
                d.add(m.start(), m.start("who") + len(first), *classify(first, people,
                                                                  m.start("who")))
            if not d.repeated(second):
                d.add(begin, begin + len(second), *classify(second, people, begin))
            continue
        kind, count = classify(who, people, m.start("who"))
        role = ROLE_REFERENCE_RE.match(" ".join(who.split()))
        named = role and people.by_role(role.group("role"), m.start())
        end = m.start("who") + len(who)
        apposed = _apposed_person(text, end, sent.end, people)
        inside = people.mention_at(m.start("who"), end)
        command = None if apposed or inside else office_of_command(text, end)
        if command:  # "by the Commander, United States Central Command": the office speaks
            kind, count, end = "spokesperson", 1, command
        elif apposed:  # "according to the spokesman, Col. Jane Roe": the named official
            named, end = apposed
        elif inside:  # "according to Capt. Jane Roe": she is counted here, once
            named_once.add(inside[2])
        if named:  # "according to the governor" after "Governor Jane Roe": her again
            kind, count = person_kind(named, people), 1
            named_once.add(named)
        elif kind == "spokesperson" and analyst_firm(who, firms):
            kind = "other"
        elif kind == "spokesperson" and _running_toll(text, sent, who):
            kind = "document"
        elif kind == "other outlet" and _publisher_working(d, who):
            kind = "document"
        elif kind == "document" and _BODY_GAVE.match(who):
            kind, count = "spokesperson", 1
        if not d.repeated(who):
            d.add(m.start(), end, kind, count)


# Figures a body gave out: "according to figures provided by the Pentagon", "figures the
# General Command released in April": the body speaking through its numbers (figures it
# published, a tally it keeps, stay documents).
_BODY_GAVE = re.compile(r"(?:[a-z]+\s+)?figures\s+(?:(?:provided|announced|released|given)\s+by"
                        r"\s+(?:the\s+)?[A-Z]|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+"
                        r"(?:provided|announced|released|gave)\b)")


# A health ministry's toll counted since a day: its record of the dead and wounded, kept from
# the hospitals' returns ("52 people have been killed since 15 November, according to the
# Ministry of Public Health"), as its figures are; one strike's toll is the ministry speaking.
_TOLL_SINCE = re.compile(r"\b(?:killed|dead|died|injured|wounded)\b[^.;]{0,80}?\bsince\s+"
                         r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|the\s+(?:start|"
                         r"beginning|outbreak)\b)")


# "according to TASS calculations based on Pentagon briefings" in a TASS story: the publisher's
# own working from the record, a document (another outlet's count is that outlet reporting).
_OUTLET_WORKING = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
                             r"(?:'s|’s)?\s+(?:own\s+)?(?:calculations?|count|tally|estimates?)\b")


def _publisher_working(d: SourcingDraft, who: str) -> bool:
    m = _OUTLET_WORKING.match(who.strip())
    if m is None:
        return False
    name = m.group("name")  # the publisher: its own words, or its credit by the dateline
    return canonical(name) in (d.told_bodies | d.own_outlets) or \
        re.search(rf"[(/]{re.escape(name)}[)/]", d.text[:3000]) is not None


def _running_toll(text: str, sent: Sentence, who: str) -> bool:
    return HEALTH_RECORD.search(who) is not None and \
        _TOLL_SINCE.search(text, sent.start, sent.end) is not None


def _labelled_line(text: str, pos: int, who: str) -> bool:
    """Whether the line holding pos opens on who as its label ("- X: ...")."""
    line = text.rfind("\n", 0, pos) + 1
    return text[line:pos].lstrip("-*• \t").startswith(who + ":")


# What is known so far, with no one it came from: "according to current knowledge",
# "according to available information" (not "information from the command": a source;
# "the initial information" is left as read: a first account somebody gave).
_WHAT_IS_KNOWN = re.compile(r"(?i)(?:(?:the\s+)?(?:current|present|available)\s+)?knowledge$|"
                            r"(?:the\s+)?(?:current|present|available)\s+information$|"
                            # "dealt with the debris according to the approved procedures": in
                            # keeping with rules, no one's account
                            r"(?:the\s+)?(?:(?:approved|established|standard|relevant|applicable|"
                            r"agreed|usual|normal|proper|required|existing|prescribed)\s+)?"
                            r"(?:[a-z-]+\s+)?(?:procedures?|protocols?|regulations|rules|"
                            r"guidelines|instructions)$")


# A statement named only by "the", pointing back to one the text has introduced.
# (or pointed back to: "according to that statement", "according to this statement")
_THE_STATEMENT = re.compile(r"(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+"
                            r"(?:same\s+|latest\s+|first\s+|earlier\s+)?statements?$")


_POINTING = ("that", "this", "those", "these")


def _statement_counted(d: SourcingDraft, pos: int) -> bool:
    """Whether the statement mentioned last before pos sits by a sourcing already counted
    (its issuer speaking: "X said in a statement", "In statements posted ..., X said")."""
    last = d.text.rfind("statement", 0, pos)
    return last >= 0 and any(s - 120 <= last <= e + 120 for s, e, _, _ in d.found)


def quoted_and_declined(d: SourcingDraft, sent: Sentence, low: str) -> None:
    """Whom an outlet "quoted ... as saying", and a source that "declined to comment"."""
    text, people, named_once = d.text, d.people, d.named_once
    for m in _QUOTED_AS.finditer(text, sent.start, sent.end) if "quot" in low and \
            " as " in low else ():
        who = m.group("who")  # "X quoted a senior official, speaking anonymously, as saying"
        person = people.mention_at(m.start("who"), m.end("who"))
        if person and person[2] in named_once or not person and d.repeated(who):
            continue
        kind, count = classify(who, people, m.start("who"))
        if person:
            named_once.add(person[2])
        d.add(m.start("who"), m.end("who"), kind, count)
    for m in _DECLINED.finditer(text, sent.start, sent.end) if "declined to" in low else ():
        if not d.repeated(m.group("who")):
            d.add(m.start(), m.end(), *classify(m.group("who"), people, m.start()))


def citing(d: SourcingDraft, sent: Sentence) -> None:
    """The source after "citing" ("citing a military source"), and any listed with it."""
    text, people, found, bodies, nested = d.text, d.people, d.found, d.bodies, d.nested
    for m in CITING_RE.finditer(text, sent.start, sent.end):
        who = m.group("who").rstrip()
        if " as " in who and m.group(0).startswith("quoting"):
            continue  # "quoting an officer as saying": read by quoted_and_declined
        owner = _OWNER.match(who)
        if owner and canonical(d.spelled(owner.group(1))) in bodies:
            continue  # "citing the army's statement" after "the army said": cited again
        kind, count = classify(who, people, m.start("who"))
        if kind != "other" or MONITOR_RE.search(who):
            nested.append((m.start(), m.start("who") + len(who)))
            found.append((m.start(), m.start("who") + len(who), kind, count))
        for begin, part in _listed_after(text, m.start("who") + len(who), sent.end) \
                if text.startswith(",", m.start("who") + len(who)) else ():
            kind, count = classify(part, people, begin)  # "citing four officials, two ..."
            if kind != "other" and not d.repeated(part):
                nested.append((begin, begin + len(part)))
                found.append((begin, begin + len(part), kind, count))
