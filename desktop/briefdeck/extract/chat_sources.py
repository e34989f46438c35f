"""Sourcing in a chat export's shorthand: "ANHA reporting 2 killed", "SOHR now says ...",
"Turkish MoD just put out a statement", "INSO flash just came in", "X on Telegram: ...",
"contact at the JOC says", "per the SDF statement", "Shafaq piece is up".

A team's chat (a Slack or WhatsApp export) passes on what others report in the words of
talk: no "said in a statement", lower-case heads, a participle for "is reporting", and no
full stop at a message's end (so the story scans read a message as a headline and skip it).
Only a text laid out as a chat (several "name  7:12 AM" or "[12/11/26, 05:52] Name:" message
heads) is read this way. The head is a body by name or initials, a description ending on
what it is ("local council", "Anbar Ops Command") or an unnamed contact ("asayish contact",
"Iraqi contact at JOC"); a bare first name ("Hassan says") is a colleague passing news on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.institutions import BODY, BODY_MOD
from briefdeck.extract.known_organizations import known_organization

# A message's head: Slack's "dana.kovac  7:12 AM", WhatsApp's "[12/11/26, 05:52] Name:",
# a saved Zoom chat's "10:02:14 From Name to Everyone:".
_MESSAGE_HEAD = re.compile(
    r"(?m)^[ \t]*(?:[\w.-]+[ \t]{2,}\d{1,2}:\d{2}[ \t]?[AP]M[ \t]*$|"
    r"\[\d{1,2}/\d{1,2}/\d{2,4},[ \t]\d{1,2}:\d{2}(?::\d{2})?\][ \t]|"
    r"\d{2}:\d{2}:\d{2}[ \t]+From[ \t][^\n]{1,80}?[ \t]to[ \t][^\n]{1,60}:$)")
_MIN_HEADS = 3

# Who speaks: a name or initials (up to four words, "al-" and "of" inside), optionally with
# a lower-case description before it ("local council", "asayish contact at JOC").
_NAME = r"[A-Z][\w'’.&/-]*(?:[ \t]+(?:(?:of|al|the|for|in)[ \t]+)?(?:al-)?[A-Z][\w'’.&/-]*){0,4}"
# A body a chat names by its initials and what it is, in lower case ("KRG interior ministry",
# "KRSC counter-terrorism"): talk drops the capitals a story would give its full name.
_INITIALS_BODY = (rf"[A-Z][A-Z]+(?:[ \t]+{BODY_MOD})?[ \t]+(?:{BODY}|counter-?terrorism|"
                  r"intelligence|security)(?![\w-])")
_WHO = (rf"(?P<who>(?:(?:[A-Z][a-z]*|[a-z]+)[ \t]+)?(?:contact|source)"
        # ("contact at the airport": a place in lower case, as talk writes it)
        rf"(?:[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?:{_NAME}|[a-z]{{3,}}))?|{_INITIALS_BODY}|"
        rf"(?:local|village|town|city|district|provincial)[ \t]+(?:council|police|"
        rf"authorities|hospital|officials?)|(?:[Tt]he[ \t]+)?{_NAME}(?:[ \t]+(?:channel|"
        rf"account|page))?)")
_SAYS = re.compile(_WHO + r"(?P<verb>(?:[ \t]+(?:on[ \t]+(?:their|its)[ \t]+\w+))?[ \t]+"
                   r"(?:now[ \t]+|just[ \t]+|also[ \t]+|has[ \t]+)?(?:says|saying|reporting|"
                   r"claiming|confirmed|confirming|told[ \t]+(?:him|her|me|us|them)))\b")
_STATEMENT = re.compile(_WHO + r"(?P<verb>[ \t]+(?:just[ \t]+)?(?:put|puts|putting)[ \t]+out"
                        r"[ \t]+(?:a[ \t]+)?(?:statement|line)|"
                        # "Coalition statement (CJTF-OIR) just out", "X statement calls it"
                        r"[ \t]+statement(?:[ \t]+\([A-Z][\w-]{1,15}\))?[ \t]+(?:(?:is[ \t]+)?"
                        r"(?:just[ \t]+)?out|calls|says))\b")
# Unnamed people a member knows, in a count: "two Peshmerga officers I know say" (the member's
# own sources, each unnamed).
_KNOWN_TO_ME = re.compile(r"\b(?P<who>(?P<count>two|three|four|five|\d)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
                          r"(?:officers|officials|sources|contacts|soldiers|fighters)[ \t]+"
                          r"(?:I|we)[ \t]+know)"
                          r"(?P<verb>[ \t]+(?:say|said|tell[ \t]+me|told[ \t]+me))\b")
# An office holder heard on an outlet, the words pasted after a colon: "Airport director on
# Kurdistan24 just now: ..." (the office speaks; the outlet only carries it).
_ON_OUTLET = re.compile(r"(?m)(?:^|(?<=\] )|(?<=: ))(?P<who>[A-Z][a-z]+(?:[ \t]+[a-z]+)?[ \t]+"
                        r"(?:director|spokesman|spokeswoman|spokesperson|governor|mayor|minister|"
                        r"commander|chief))(?P<verb>[ \t]+on[ \t]+[A-Z][\w-]+(?:[ \t]+(?:just[ \t]+"
                        r"now|this[ \t]+(?:morning|evening|afternoon)|tonight))?):")
# The body's own desk, as talk passes it on: "flights suspended per their ops desk".
_PER_DESK = re.compile(r"\bper[ \t]+(?P<who>(?:their|its)[ \t]+(?:ops|operations|press|media|"
                       r"duty)[ \t]+(?:desk|office|cell|centre|center))(?P<verb>)\b")
# ("X on Telegram: ...", "X on Telegram at 06:10, says ...")
_ON_CHANNEL = re.compile(_WHO + r"(?P<verb>[ \t]+on[ \t]+(?:X|Twitter|Telegram|Facebook)"
                         r"(?::|(?=(?:[ \t]+at[ \t]+\d{1,2}:\d{2})?,?[ \t]+(?:says|saying|claims|"
                         r"claiming)\b)))")
# An outlet's toll passed on: "Rudaw had 1 killed earlier" (an outlet's name, checked below).
_HAD_TOLL = re.compile(_WHO + r"(?P<verb>[ \t]+had[ \t]+(?:\d+|one|two|three|four|five|six)"
                       r"[ \t]+(?:killed|dead|wounded|injured|hurt)\b)")
# An outlet's story pointed to: "That fits the Axios piece from last week".
_THE_PIECE = re.compile(r"\b[Tt]he[ \t]+(?P<who>" + _NAME + r")(?P<verb>[ \t]+(?P<what>piece|"
                        r"story|article|scoop))\b")
# A report handed round as it lands: "INSO flash just came in", "Shafaq piece is up".
_ITEM_IN = re.compile(_WHO + r"(?P<verb>[ \t]+(?P<what>flash|advisory|alert|sitrep|report|"
                      r"update|piece|story|article)[ \t]+(?:just[ \t]+)?(?:came[ \t]+in|is[ \t]+"
                      r"(?:out|up)|out))\b")
_PER_STATEMENT = re.compile(r"\bper[ \t]+the[ \t]+(?P<who>" + _NAME + r")[ \t]+statement\b")
_FROM_CHANNEL = re.compile(r"\bfrom[ \t]+(?P<who>" + _NAME + r")(?:'s|’s)[ \t]+(?:channel|page|"
                           r"account)\b")
# A statement handed round under its speaker's name: "Statement from X spokesperson Maj. Y:".
_STATEMENT_FROM = re.compile(r"\b(?:Statement|Readout)[ \t]+from[ \t]+(?P<who>(?:the[ \t]+)?"
                             r"[A-Z][^:\n]{2,80}?):")
# A word that starts a message or a clause, not a source: "Update", "Breaking", pronouns.
_NOT_WHO = frozenset("I He She It They We You This That There Update Breaking Urgent Ok OK "
                     "Translation Forwarded Morning".split())
# Initials of a command or a ministry, which speak for themselves ("CENTCOM", "MoD").
_COMMAND_INITIALS = re.compile(r"COM\b|MOD\b|OIR\b|IDF\b|SDF\b|JOC\b")
_PRESS_ITEM = frozenset(("piece", "story", "article"))
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}


def is_chat(text: str) -> bool:
    """Is the text laid out as a team chat (enough message heads near its top)?"""
    return len(_MESSAGE_HEAD.findall(text, 0, 20000)) >= _MIN_HEADS


# A link word that opens a message before its source: "Also CENTCOM ...", "So SOHR ...".
_LEAD_WORD = re.compile(r"(?:Also|So|And|But|Now|Then|Plus|Meanwhile|Apparently)[ \t]+(?=[A-Z])")


# A sentence's end inside the words before the verb: "Qamishli. ANHA reporting" (a word with
# a lower-case letter before the stop, not initials such as "U.S." or "U.N.").
_SENTENCE_END_INSIDE = re.compile(r"[a-z]{2}\.\s+(?=[A-Z])")


def chat_sources(text: str, people: Any) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source a chat message names in its shorthand."""
    if not is_chat(text):
        return []
    out: list[tuple[int, int, str, int | None]] = []
    for pattern in (_SAYS, _STATEMENT, _ON_CHANNEL, _ITEM_IN, _PER_STATEMENT, _FROM_CHANNEL,
                    _STATEMENT_FROM, _HAD_TOLL, _THE_PIECE, _KNOWN_TO_ME, _ON_OUTLET, _PER_DESK):
        for m in pattern.finditer(text):
            start = m.start("who")
            who = m.group("who")
            ends = [e.end() for e in _SENTENCE_END_INSIDE.finditer(who)]
            if ends:
                start += ends[-1]
            lead = _LEAD_WORD.match(text, start)
            if lead:  # "Also CENTCOM put out a line": the source after the link word
                start = lead.end()
            kind = _kind(m, text[start:m.end("who")], start, people)
            count = 1
            if m.re is _KNOWN_TO_ME:
                kind, count = "anonymous official", _COUNT.get(m.group("count"), None)
                count = count or int(m.group("count"))
            if kind:
                # (a pattern that opens on a cue, "per the X statement", keeps it)
                out.append((m.start() if m.start() < m.start("who") else start, m.end(), kind,
                            count))
    out.sort()
    return [f for i, f in enumerate(out) if i == 0 or f[0] >= out[i - 1][1]]


_BODY_NOUN = re.compile(rf"(?:{BODY})")


def common_noun(text: str, word: str) -> bool:
    """Whether a capitalised word at a message's start is a body's common noun ("Coalition
    says", "Army confirmed"): the chat writes it in lower case elsewhere, as no one's name is
    (and no "Not" or "Just": only the nouns of bodies that speak)."""
    low = word.lower()
    if _BODY_NOUN.fullmatch(low) is None:
        return False
    if low.isalnum():  # one word: looked up among the text's words, read once per text
        return low in _words(text)
    return re.search(r"\b" + re.escape(low) + r"\b", text) is not None


@lru_cache(maxsize=4)
def _words(text: str) -> frozenset[str]:
    """The text's words as written (a chat of thousands of messages asks for each one)."""
    return frozenset(re.findall(r"\w+", text))


def _kind(m: re.Match[str], who: str, start: int, people: Any) -> str | None:
    who = who.strip()
    if not who:
        return None
    first = who.split()[0]
    if m.re is _STATEMENT_FROM:  # "Statement from X spokesperson Maj. Jane Roe:"
        return classify(who, people, start)[0]
    if first in _NOT_WHO or people.mention_at(start, start + len(who)):
        return None  # a colleague or a pronoun passing news on
    if who.endswith(("contact", "source")) or " contact " in who or " source " in who:
        return "anonymous official"
    verb = m.groupdict().get("verb") or ""
    what = m.groupdict().get("what")
    if what:
        return "other outlet" if what in _PRESS_ITEM else "document"
    if m.re is _PER_STATEMENT or m.re is _STATEMENT or m.re is _ON_OUTLET or m.re is _PER_DESK:
        return "spokesperson"
    bare = who.removeprefix("The ").removeprefix("the ")
    if not (bare.isupper() or known_organization(bare) or " " in bare or
            who.endswith(("channel", "account", "page")) or common_noun(m.string, bare)):
        return None  # one capitalised word, no initials: a first name
    kind, _ = classify(who, people, m.start("who"))
    if m.re is _HAD_TOLL and kind != "other outlet":
        return None  # "Sam had two killed": no outlet, no source
    if kind == "spokesperson" and "reporting" in verb and bare.isupper() and \
            not _COMMAND_INITIALS.search(bare):
        return "other outlet"  # "ANHA reporting ...": "is reporting", the press's word
    return kind


# "Hassan says medevac took off": a first name alone before the verb, in a chat.
_FIRST_NAME_SAYS = re.compile(r"(?P<who>[A-Z][a-z]+)[ \t]+(?:now[ \t]+|just[ \t]+)?(?:says|saying|"
                              r"reporting|reports)")


def colleagues_passing_on(text: str, found: list[tuple[int, int, str, int | None]]
                          ) -> list[tuple[int, int, str, int | None]]:
    """found without what a colleague passes on by first name in a chat ("Hassan says ..."):
    the story scans read one capitalised word before "says" as a body; in a team's chat it is
    a member of the team, no source of the report's."""
    if not is_chat(text):
        return found
    from briefdeck.geo.gazetteer import Gazetteer

    def colleague(s: int, e: int) -> bool:
        m = _FIRST_NAME_SAYS.fullmatch(text, s, e)
        if m is None or m.group("who") in _NOT_WHO or known_organization(m.group("who")):
            return False
        if common_noun(text, m.group("who")):
            return False  # "Coalition says": a word the chat also writes in lower case, no name
        place = Gazetteer.default().lookup(m.group("who"), fuzzy=False)
        return place is None or place.kind != "country"  # ("Israel says": its government)
    return [f for f in found if not colleague(f[0], f[1])]



# A chat export's header naming the group: "Group: Ops cell (8 members)" is no source.
_GROUP_HEADER = re.compile(r"(?m)^Group:[ \t][^\n]{1,80}\(\d+[ \t]members\)[ \t]*$")


def chat_overrides(text: str, found: list[tuple[int, int, str, int | None]],
                   chat: list[tuple[int, int, str, int | None]]
                   ) -> list[tuple[int, int, str, int | None]]:
    """found without what a chat's own sourcing holds: the body a contact sits at ("Local
    contact at the airport says": the contact speaks, not the airport) and the export's
    group header."""
    if not chat:
        return found
    contacts = [(s, e) for s, e, kind, _ in chat if kind == "anonymous official"]
    headers = [(m.start(), m.end()) for m in _GROUP_HEADER.finditer(text, 0, 2000)]
    return [f for f in found if not any(s <= f[0] and f[1] <= e and (s, e) != f[:2]
                                        for s, e in contacts) and
            not any(s <= f[0] < e for s, e in headers)]
