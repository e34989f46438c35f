"""A body's own words put out: statements, posts, channels, accounts and claims.

"a spokesperson said in a statement", "In a statement on Telegram, X said" (where the body
spoke is part of its sourcing), "CENTCOM's statement said", "a Telegram channel close to X
posted", "the Border Guards' official account shared", "X claimed responsibility", "what the
ministry called a terrorist attack" and a remark "attributable to" a spokesperson. A body's
statement again is the same source, unless a new one ("a second statement") is told.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import org_kind, person_kind
from briefdeck.extract.sentences import Sentence, finditer_near
from briefdeck.extract.sourcing_bodies import COLLEAGUES_RE, WHAT_CALLED_RE
from briefdeck.extract.sourcing_channels import (
    ACCOUNT_RE,
    CHANNEL_NAMED_BEFORE,
    CHANNEL_RE,
    CLAIM_BY_RE,
    CLAIMED_ON_RE,
    SAID_ON_CHANNEL_RE,
)
from briefdeck.extract.sourcing_draft import SourcingDraft, canonical
from briefdeck.extract.sourcing_not_bodies import NOT_ORG
from briefdeck.extract.sourcing_statements import (
    ATTRIBUTABLE_RE,
    BODY_DOCS_RE,
    IN_A_STATEMENT,
    OWNED_STATEMENT_RE,
    STATEMENT_FIRST_RE,
    STATEMENT_RE,
)

# The nouns BODY_DOCS_RE and OWNED_STATEMENT_RE need: their matches open at most seven words
# before one (an article, a name of up to five words, a modifier).
_STATEMENT_WORD = re.compile(r"statement|posts|communiq|bulletin|readout")
_STATEMENT_SAID = re.compile(r"(?:statement|communiqu[eé]|readout)(?=,|\s+(?:initially|later|also|"
                             r"first|earlier|said|says|reported|stated|claimed|put|gave|added|"
                             r"confirmed)\b)")
_LATER_STATEMENT = re.compile(r"second|third|new|updated|later|latest|final|separate")


_CAPITAL_RUN = re.compile(r"[A-Z][\w'’]*(?:[\s-]+(?:of\s+|for\s+)?[A-Z][\w'’]*)*")


def _spelled_out_before(text: str, start: int, end: int, initials: str) -> bool:
    """Whether a body whose initials these are was named earlier in the line: a note's
    "CTD statement" after "per the Counter-Terrorism Directorate" is that body again."""
    for run in _CAPITAL_RUN.findall(text, start, end):
        letters = "".join(w[0] for w in re.split(r"[\s-]+", run) if w[:1].isupper())
        if len(letters) > len(initials) - 1 and initials in letters and initials != run:
            return True
    return False


# "In a statement on Telegram, X, ..., said": where the body spoke is part of its sourcing.
_STATEMENT_LEAD = re.compile(r"\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|post|message|"
                             r"video|communiqu[eé])(?:\s+(?:on|posted\s+on|published\s+on|to)"
                             r"\s+[\w-]+(?:\s+[\w-]+)?)?,\s+$")


def statement_lead(text: str, start: int) -> int:
    """Where the sourcing starts: at a lead "In a statement on X," just before it."""
    if text[start - 2:start] != ", ":
        return start
    lead = _STATEMENT_LEAD.search(text, max(0, start - 70), start)
    return lead.start() if lead else start


# "claimed the attack", "claimed responsibility for the strike": a claim of the attack itself
_CLAIMED_ATTACK = re.compile(r"\s+(?:responsibility\s+for\s+)?(?:the|this|that|"
                             r"[A-Z][a-z]+day's)\s+(?:attacks?|strikes?|operations?|bombing)\b")


def opening_and_channels(d: SourcingDraft, sent: Sentence) -> None:
    """A sentence opening "In a statement, the X said"; a channel or an account that posts."""
    text, people = d.text, d.people
    opening = STATEMENT_FIRST_RE.match(text, sent.start, sent.end) if \
        text.startswith("In a", sent.start) and "statement" in sent.text else None
    if opening and people.mention_at(opening.start("who"), opening.end("who")) is None and \
            not (" carried " in opening.group(0) and d.repeated(opening.group("who"))):
        # the statement: new words (but "In a statement carried by X, the ministry said"
        # after "the Ministry of Defence said" is the same account, X's carriage the news)
        d.add(opening.start(), opening.end(), "spokesperson", 1)
    accounts = "channel" in sent.text or "account" in sent.text
    for m in CHANNEL_RE.finditer(text, sent.start, sent.end) if accounts else ():
        named = CHANNEL_NAMED_BEFORE.search(text, max(sent.start, m.start() - 60), m.start())
        claim = _CLAIMED_ATTACK.match(text, m.end(), sent.end) if \
            text.endswith("claimed", m.start(), m.end()) else None
        # (a channel of unnamed factions that posts is an outlet; one that claims the attack
        # speaks for the attackers: only they can claim it)
        d.add(named.start() if named else m.start(), claim.end() if claim else m.end(),
              "spokesperson" if claim or not m.group("generic") else "other outlet", 1)
    for m in ACCOUNT_RE.finditer(text, sent.start, sent.end) if accounts else ():
        if people.mention_at(m.start("who"), m.end("who")) is None:  # a person's account
            d.add(m.start(), m.end(), "spokesperson", 1)  # is theirs, counted with them
    for m in _ON_CHANNEL.finditer(text, sent.start, sent.end) if accounts else ():
        d.add(m.start(), m.end(), "spokesperson", 1)


# A group's statement read on its own channels: "a statement on the Harbour Brigades'
# Telegram channel", "a post on the Resistance Front channels" (the group named, capitalised).
_ON_CHANNEL = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:statement|post|message|claim)s?"
    r"\s+on\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:of|in|for)\b)?\s+){1,6}?"
    r"(?:(?:Telegram|X|Twitter|Facebook|YouTube|WhatsApp)\s+)?(?:channels?|accounts?|pages?)\b")


def statements_put_out(d: SourcingDraft, sent: Sentence, low: str) -> None:
    """A body's own document: "X said in a statement on Telegram", "the army's statement said"."""
    text, people, named_once, bodies = d.text, d.people, d.named_once, d.bodies
    for m in finditer_near(BODY_DOCS_RE, _STATEMENT_WORD, text, text, sent.start, sent.end,
                           7) if " on " in sent.text and ("statement" in low or "posts" in
                                                          low or "communiq" in low or
                                                          "bulletin" in low) else ():
        who = re.sub(r"(?:'s|’s)$", "", m.group("who"))
        person = people.mention_at(m.start("who"), m.end("who"))
        if person and person[2] in named_once or NOT_ORG.match(who.split()[0]):
            continue
        if person:
            named_once.add(person[2])
        kind = person_kind(person[2], people) if person else org_kind(d.spelled(who))
        if d.add(m.start(), m.end(), kind, 1) and not person:
            bodies.add(canonical(d.spelled(who)))  # "CENTCOM says" after: the same body
    for m in finditer_near(OWNED_STATEMENT_RE, _STATEMENT_SAID, text, text, sent.start,
                           sent.end, 7) if "statement" in low or "communiq" in low or \
            "readout" in low else ():
        owner = m.group("owner") or m.group("lower")
        body = canonical(d.spelled(owner))
        if people.mention_at(m.start(), m.end()) or NOT_ORG.match(owner.split()[0]) or \
                (body in bodies or m.group("lower") and d.repeated(f"the {owner}")) and \
                not _LATER_STATEMENT.match(m.group("new") or ""):
            continue  # a person's statement is counted with them; the same one again
            # (a body's "first statement", once it has spoken, is the one counted)
        if text[m.start()].isupper() and _spelled_out_before(
                text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 600), m.start(), owner):
            continue  # "(per X Counter-Terrorism Directorate); CTD statement said": X again
        if d.add(m.start(), m.end(), org_kind(d.spelled(owner)), 1):
            bodies.add(body)


# The label after "what X called": quoted, or a noun phrase up to where the place or owner
# of the thing named begins ("what the command described as a drone storage and launch
# facility near X": the label is the body's claim and part of its sourcing).
_LABEL = re.compile(r"\s+(?:[\"“][^\"“”]{1,80}[\"”]|(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?"
                    r"[\w-]+(?=\s+(?:near|in|at|on|belonging|outside|inside|used|run|operated|"
                    r"south|north|east|west|by|for|of)\b|\s*[,.;]))")


def statements_and_claims(d: SourcingDraft, sent: Sentence, low: str) -> None:
    """The subject of "in a statement", "what X called", claims of responsibility, colleagues."""
    text, people, named_once, bodies = d.text, d.people, d.named_once, d.bodies
    in_statement = IN_A_STATEMENT.search(text, sent.start, sent.end) if "statement" in \
        sent.text else None
    # the subject stands within a few words of "in a statement": read from there only
    reach = max(sent.start, in_statement.start() - 300) if in_statement else sent.end
    for m in STATEMENT_RE.finditer(text, reach, sent.end) if in_statement else ():
        if not d.repeated(m.group("who").strip()) and people.mention_at(
                m.start("who"), m.end("who")) is None:  # a named person: counted with them
            d.add(m.start("who"), m.end(), "spokesperson", 1)
    # last of the scans: a subject an earlier scan found holds the span first
    for m in WHAT_CALLED_RE.finditer(text, sent.start, sent.end) if "what " in low else ():
        who = m.group("who")
        label = _LABEL.match(text, m.end(), sent.end)
        end = label.end() if label else m.end()  # the label it gave is its claim
        person = people.mention_at(m.start("who"), m.end("who"))
        if person and person[2] not in named_once:
            named_once.add(person[2])
            d.add(m.start(), end, person_kind(person[2], people), 1)
        elif not person and not d.repeated(who) and canonical(d.spelled(who)) not in bodies \
                and who.split()[0] not in ("It", "He", "She", "They", "We", "I"):
            if d.add(m.start(), end, org_kind(d.spelled(who)), 1):
                bodies.add(canonical(d.spelled(who)))
    for m in CLAIMED_ON_RE.finditer(text, sent.start, sent.end) if "claimed" in low else ():
        d.add(m.start(), m.end(), "spokesperson", 1)
    for m in CLAIM_BY_RE.finditer(text, sent.start, sent.end) if "responsibility" in low \
            else ():
        d.add(m.start(), m.end(), "spokesperson", 1)
    for m in COLLEAGUES_RE.finditer(text, sent.start, sent.end) if "colleagues" in low \
            else ():
        d.add(m.start(), m.end(), "spokesperson", 1)


def said_on_channels(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each "said in a post on Telegram" whose subject no scan
    found (read last: "a group calling itself X said" names its speaker first)."""
    if "Telegram" not in text and " on X" not in text:
        return []
    return [(m.start(), m.end(), "spokesperson", 1) for m in SAID_ON_CHANNEL_RE.finditer(text)]


def attributable(d: SourcingDraft, sent: Sentence) -> None:
    """Remarks "attributable to a spokesperson": the one they are attributed to."""
    text, people, named_once = d.text, d.people, d.named_once
    for m in ATTRIBUTABLE_RE.finditer(text, sent.start, sent.end):
        person = people.mention_at(m.start("who"), m.end("who"))
        if person and person[2] in named_once:
            continue  # (counted already, by name)
        if person:
            named_once.add(person[2])
        d.add(m.start(), m.end(), person_kind(person[2], people) if person else "spokesperson", 1)
