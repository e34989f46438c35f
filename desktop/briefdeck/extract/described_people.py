"""People a sentence describes rather than titles: the role after or around the name ("Jane
Roe, a senior fellow at X, said"; "the government's spokesman, Jane Roe"; "former minister
Jane Roe"; "Jane Roe, 34,"; "said Jane Roe"), and the named speakers themselves. people.py
reads titles before names first; these are the rest of a sentence's people, each shape tried
only when the sentence holds the word it needs."""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.lowered import lowered
from briefdeck.extract.person_patterns import (
    AGE_CHEAP,
    ALIAS_RE,
    APPOSED_RE,
    BIO_RE,
    BODY_ROLE_NAME_RE,
    DESCRIBED_AS_RE,
    DESCRIPTOR_RE,
    EXPERT_BEFORE_NAME,
    FORMER_RE,
    IDENTIFIED_AS_RE,
    IDENTIFIED_RE,
    KILLED_WAS_RE,
    KUNYA_RE,
    MEDIC_COMMA,
    MEDIC_NAME_RE,
    NAME_AGE_RE,
    NAME_FIRST_RE,
    NAME_THEN_OFFICE_RE,
    NAME_WHO_RE,
    NAMED_AS_MORE,
    NAMED_AS_RE,
    OUTLET,
    REVERSED_RE,
    ROLE_AFTER_RE,
    ROLE_BEFORE_NAME,
    SAID_NAME_ROLE_RE,
    SPEAKER_RE,
    SPEECH_WORD,
    WHEN_WORD,
    WHO_DESCRIBED,
    WORK_BEFORE_NAME,
)
from briefdeck.extract.person_titles import (
    ROLE_DETERMINER,
    has_role_word,
    role_from_article,
    title_parts,
)
from briefdeck.extract.plausible_names import plausible_name
from briefdeck.extract.sentences import Sentence, finditer_near

# Words just before a run that make it the tail of a longer name ("Institute for", "Bint").
# ("Stars & Service Tours": a firm's name joined by an ampersand)
_INSIDE_NAME = re.compile(r"(?:\b(?:of|for|at|in|and|the)|[A-Z][\w.'’-]*[ \t]+&|"
                          r"[A-Z][\w.'’-]*)\s+$|"
                          # "The PMU, also known as Hashd al-Sha'abi, said": the body's other name
                          r",\s+(?:also\s+|better\s+|locally\s+)?known\s+as\s+$")
# ... unless that word is an outlet's possessive: "Al Jazeera's Jane Roe said" is its reporter.
_OUTLET_OWNER = re.compile(rf"(?:{OUTLET.pattern}|Reuters|[A-Z]{{2,5}})(?:'s|’s|'|’)\s+$")

# Where REVERSED_RE's role word can stand, for a scan of the lower-cased copy: its matches
# open at most four words before one of these.
_REVERSED_ROLE = re.compile(
    r"(?<!\w)(?:spokes|commander|minister|secretary|chief|head|director|ambassador|envoy|"
    r"leader|adviser|governor|mayor|president|analyst|researcher|official|commissioner|"
    r"magistrate|superintendent|member|representative|coordinator)")


# A diarist's or a letter-writer's colleague, named in full with the writer's word for them:
# "Dale (Dale Roe, our site manager)", "Jane Roe, my supervisor". The possessive makes the
# words a person's post, as "a" does in NAME_FIRST_RE.
_OUR_PERSON = re.compile(r"\b(?P<name>[A-Z][a-z]+\s+(?:Mc|Mac|O')?[A-Z][a-z]+),\s+(?:our|my)\s+"
                         r"(?P<role>(?:[a-z-]+\s+){0,2}?(?:manager|supervisor|foreman|boss|"
                         r"team\s+lead|lead|chief|director|commander|officer|sergeant))\b")

# A performer named after what they do, as a show's line-up lists them ("comedian Jane Roe",
# "country singer John Doe"): these words name only people.
_PERFORMER = re.compile(r"\b(?P<role>(?i:singer|comedian|comic|actor|actress|musician|rapper|"
                        r"songwriter|guitarist|magician|entertainer|ventriloquist))\s+"
                        r"(?P<name>[A-Z][a-z]+\s+(?:Mc|Mac|O')?[A-Z][a-z]+)\b(?!\s+[A-Z])")
_PERFORMER_GATE = re.compile(r"(?i:singer|comedian|comic|actor|actress|musician|rapper|"
                             r"songwriter|guitarist|magician|entertainer|ventriloquist)\s+[A-Z]")


def _reversed(text: str, start: int, end: int):  # noqa: ANN202
    low = lowered(text)
    if low is None:
        return REVERSED_RE.finditer(text, start, end)
    return finditer_near(REVERSED_RE, _REVERSED_ROLE, low, text, start, end, 4)


def described_people(text: str, sent: Sentence, add, titled: list[tuple[int, int, str]],
                     is_place) -> None:
    """Record (through add) the people sent describes; a mention that carries its role goes
    into titled too."""
    # Cheap tests first: each pattern below needs one of these words to match at all.
    roles = has_role_word(text, sent.start, sent.end)
    speaks = SPEECH_WORD.search(text, sent.start, sent.end) is not None
    reversed_roles = [*_reversed(text, sent.start, sent.end)] if roles else []
    if MEDIC_COMMA.search(text, sent.start, sent.end):  # "a medic, Jane Roe, said"
        reversed_roles += MEDIC_NAME_RE.finditer(text, sent.start, sent.end)
    for m in reversed_roles:
        name = m.group("name")
        if not plausible_name(name, is_place):
            continue
        raw_role = role_from_article(m.group("role"))
        role = " ".join(raw_role.split())
        rank = " ".join((m.group("rank") or "").split())
        title = f"{rank}, {role}" if rank else role
        name = add(name, title, "", m.start("name"), m.end("name"))
        # "The government's spokesman, Jane Roe": a role with its own article is part of
        # the mention (words the sentence put before it are not)
        role_start = m.end("role") - len(raw_role) if ROLE_DETERMINER.match(raw_role) \
            else m.start("rank") if m.group("rank") else m.start("name")
        titled.append((role_start, m.end("name"), name))
    described_first = roles and EXPERT_BEFORE_NAME.search(text, sent.start, sent.end)
    for m in DESCRIPTOR_RE.finditer(text, sent.start, sent.end) if described_first else ():
        name = m.group("name")
        if not plausible_name(name, is_place):
            continue
        org = m.group("org") or ""
        role = " ".join(m.group("role").split())
        name = add(name, role, known_organization(org) or org, m.start("name"),
                   m.end("name"))
        titled.append((m.start("role"), m.end("name"), name))
    bio = BIO_RE.match(text, sent.start, sent.end) if " is a" in sent.text else None
    if bio and plausible_name(bio.group("name"), is_place):  # "Jane Roe is a fellow at X."
        name = add(bio.group("name"), " ".join(bio.group("role").split()), "",
                   bio.start("name"), bio.end("name"))
        titled.append((bio.start("name"), bio.end("name"), name))
    for m in FORMER_RE.finditer(text, sent.start, sent.end) if "etired " in sent.text or \
            "ormer " in sent.text else ():  # either case: "Former", "retired"
        name = m.group("name")
        if not plausible_name(name, is_place):
            continue
        name = add(name, " ".join(m.group("role").split()), "", m.start("name"),
                   m.end("name"))
        titled.append((m.start("role"), m.end("name"), name))
    for m in KUNYA_RE.finditer(text, sent.start, sent.end) if "Abu " in sent.text or \
            "Umm " in sent.text else ():
        if is_place and is_place(m.group("name")):
            continue
        before = ROLE_BEFORE_NAME.search(text, max(sent.start, m.start() - 80), m.start())
        add(m.group("name"), " ".join(before.group("role").split()) if before else "", "",
            m.start("name"), m.end("name"))
    for m in NAMED_AS_RE.finditer(text, sent.start, sent.end) if "named" in sent.text \
            else ():
        name = m.group("name")
        if not plausible_name(name, is_place):
            continue
        described = list(WHO_DESCRIBED.finditer(text, sent.start, m.start()))
        title = role_from_article(" ".join(described[-1].group("role").split())) \
            if described else ""
        add(name, title, "", m.start("name"), m.end("name"))
        more, at = None, m.end()
        for _ in range(4):  # "named them as A, B and C": each of the list is named
            more = NAMED_AS_MORE.match(text, at, sent.end)
            if not more or not plausible_name(more.group("name"), is_place):
                break
            add(more.group("name"), title, "", more.start("name"), more.end("name"))
            at = more.end()
    for m in NAME_THEN_OFFICE_RE.finditer(text, sent.start, sent.end) if \
            ", the " in sent.text else ():  # "Jane Roe, the Defence Secretary,"
        if plausible_name(m.group("name"), is_place):
            add(m.group("name"), " ".join(m.group("role").split()), "", m.start("name"),
                m.end("name"))
    for m in _PERFORMER.finditer(text, sent.start, sent.end) if \
            _PERFORMER_GATE.search(sent.text) else ():
        if plausible_name(m.group("name"), is_place):
            add(m.group("name"), m.group("role").lower(), "", m.start("name"), m.end("name"))
    for m in _OUR_PERSON.finditer(text, sent.start, sent.end) if ", our " in sent.text or \
            ", my " in sent.text else ():
        if plausible_name(m.group("name"), is_place):
            add(m.group("name"), " ".join(m.group("role").split()), "", m.start("name"),
                m.end("name"))
    for m in APPOSED_RE.finditer(text, sent.start, sent.end) if "," in sent.text else ():
        name = m.group("name")
        if not plausible_name(name, is_place):
            continue
        title, org = title_parts("", m.group("role"))
        add(name, title, org, m.start("name"), m.end("name"))
    for m in [*NAME_FIRST_RE.finditer(text, sent.start, sent.end),
              *SAID_NAME_ROLE_RE.finditer(text, sent.start, sent.end)] if speaks else ():
        group = "name" if m.group("name") else "single"
        name = m.group(group)
        if not plausible_name(name, is_place):
            continue
        title, org = title_parts("", m.group("role") or m.group("srole"))
        add(name, title, org, m.start(group), m.end(group))
    aged = AGE_CHEAP.search(sent.text) is not None
    for m in NAME_AGE_RE.finditer(text, sent.start, sent.end) if aged else ():
        if plausible_name(m.group("name"), is_place):
            add(m.group("name"), "", "", m.start("name"), m.end("name"))
    for m in NAME_WHO_RE.finditer(text, sent.start, sent.end) if speaks and \
            ", who " in sent.text else ():
        name = m.group("name")
        if not plausible_name(name, is_place) or _INSIDE_NAME.search(
                text, max(sent.start, m.start("name") - 30), m.start("name")):
            continue
        add(name, "", "", m.start("name"), m.end("name"))
    for m in IDENTIFIED_AS_RE.finditer(text, sent.start, sent.end) if "identified" in \
            sent.text else ():
        if plausible_name(m.group("name"), is_place):
            add(m.group("name"), "", "", m.start("name"), m.end("name"))
    for m in ALIAS_RE.finditer(text, sent.start, sent.end) if " alias " in sent.text or \
            " a.k.a" in sent.text or " aka " in sent.text else ():
        if plausible_name(m.group("name"), is_place):
            add(m.group("name"), "", "", m.start("name"), m.end("name"))
    for m in KILLED_WAS_RE.finditer(text, sent.start, sent.end) if " was " in \
            sent.text and ("killed" in sent.text or "dead" in sent.text) else ():
        if plausible_name(m.group("name"), is_place):
            add(m.group("name"), "", "", m.start("name"), m.end("name"))
    for m in IDENTIFIED_RE.finditer(text, sent.start, sent.end) if "identified" in \
            sent.text or "name" in sent.text else ():
        name = m.group("name")
        if not plausible_name(name, None):  # "gave only his first name, X": a name, whatever
            continue  # else the word may be (a village called Ahmad)
        described = list(WHO_DESCRIBED.finditer(text, sent.start, m.start()))
        title = " ".join(described[-1].group("role").split()) if described else ""
        name = add(name, title, "", m.start("name"), m.end("name"))
        titled.append((m.start(), m.end("name"), name))
    for m in SPEAKER_RE.finditer(text, sent.start, sent.end) if speaks else ():
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        if not plausible_name(name, is_place) or _INSIDE_NAME.search(
                text, max(sent.start, m.start(group) - 30), m.start(group)) and not \
                _OUTLET_OWNER.search(text, max(sent.start, m.start(group) - 40),
                                     m.start(group)):
            continue  # "... Institute for Near East Policy, told": the end of a name
        if any(s < m.end(group) and m.start(group) < e and s > m.start(group)
               for s, e, _n in titled[-6:]):
            continue  # "said Post Commander Ann Kerr": the run takes in a title the titled
            # reading already read before the name (its person is "Ann Kerr")
        after = ROLE_AFTER_RE.match(text, m.end(group), sent.end) if group == "name2" \
            else None  # "said Jane Roe, a senior fellow at the X Institute."
        title, org = title_parts("", after.group("role")) if after else ("", "")
        add(name, title, org, m.start(group), m.end(group))
    for m in DESCRIBED_AS_RE.finditer(text, sent.start, sent.end) if ", who" in \
            sent.text and " as " in sent.text else ():
        if plausible_name(m.group("name"), is_place):
            title, org = title_parts("", m.group("role"))
            add(m.group("name"), title, org, m.start("name"), m.end("name"))
    for m in BODY_ROLE_NAME_RE.finditer(text, sent.start, sent.end) if \
            WORK_BEFORE_NAME.search(sent.text) else ():
        name = m.group("name")
        lead = WHEN_WORD.match(text, m.start("role"))  # "Monday Hamas official ..."
        if plausible_name(name, is_place):
            role_start = lead.end() if lead else m.start("role")
            name = add(name, " ".join(text[role_start:m.end("role")].split()), "",
                       m.start("name"), m.end("name"))
            titled.append((role_start, m.end("name"), name))
