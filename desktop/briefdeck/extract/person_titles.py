"""How a person's title is written down: rank and role kept apart and merged across mentions
("Army Maj. Gen., the commander of the task force"), the body a role names taken as the
person's organization, the words before a role's own article left to the sentence, a
spokesperson's rank set before the office ("Capt., Pentagon spokesperson"), and capitals
recased. A title is what a reader sees next to a name, so its shape is settled here once."""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.lowered import lowered
from briefdeck.extract.person_patterns import BODY_NOUNS, NATION, RANK, ROLE_WORD, SERVICE

POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")

_HAS_RANK = re.compile(rf"^(?:{NATION}\s+)?(?:{SERVICE}\s+)?{RANK}")


def _rank_and_role(title: str) -> tuple[str, str]:
    head, _, rest = title.partition(", ")
    if _HAS_RANK.fullmatch(head):
        return head, rest
    return "", title


# "Pentagon spokesperson Capt. Jane Roe": the rank is hers, the office she speaks for is the
# body named before the role ("Capt., Pentagon spokesperson", not "spokesperson Capt.").
_ROLE_THEN_RANK = re.compile(
    rf"^(?P<role>.*?\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress\s+[Ss]ecretary))\s+"
    rf"(?P<rank>(?:{SERVICE}\s+)?{RANK})$")
_BARE_ROLE = re.compile(r"^(?i:spokes(?:man|woman|person)|press\s+secretary)$")
# the body before a bare role: capitalised words or a body in lower case ("army spokesman")
_BODY_WORD = re.compile(r"^(?:[A-Z][\w.'’&-]*|army|military|navy|ministry|police|government|"
                        r"coalition|militia|group)$")
_NOT_BODY = frozenset("""The A An This That In On At But And As If When After It Its Their Our
    By For From With Then Meanwhile However Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November December
    Earlier Later Separately Also UTC GMT EST EDT CET CEST GST AST BST IST""".split())


def rank_after_role(text: str, title: str, start: int, floor: int) -> tuple[str, int]:
    """'spokesperson Capt.' -> ('Capt., Pentagon spokesperson', start of 'Pentagon')."""
    m = _ROLE_THEN_RANK.match(title)
    if not m:
        return title, start
    role = m.group("role")
    if _BARE_ROLE.match(role) and text[start - 1:start] == " " and start - 1 > floor:
        words = text[max(floor, start - 60):start - 1].split(" ")
        body: list[str] = []
        for word in reversed(words[-3:]):
            if not _BODY_WORD.match(word) or word in _NOT_BODY:
                break
            body.insert(0, word)
        if body:
            role = f"{' '.join(body)} {role}"
            start -= len(role) - len(m.group("role"))
    return f"{m.group('rank')}, {role}", start


def merged_title(old: str, new: str) -> str:
    """Two mentions of one person: 'Army Maj. Gen.' and 'the commander of the task force'
    give 'Army Maj. Gen., the commander of the task force': a rank kept, the longer role."""
    if not new or new in old:
        return old
    if not old or old in new:
        return new
    rank_old, role_old = _rank_and_role(old)
    rank_new, role_new = _rank_and_role(new)
    role = role_new if len(role_new) > len(role_old) else role_old
    return ", ".join(part for part in (rank_old or rank_new, role) if part)


_COURTESY = re.compile(r"(?:Mr|Ms|Mrs|Miss)\.?")


def title_parts(title: str, role: str | None) -> tuple[str, str]:
    title = " ".join(title.split())
    organization = ""
    if role:
        role = " ".join(role.split()).rstrip(",.")
        # ("Mr. Jane Roe, Assistant Secretary-General for X": the office is her title)
        title = f"{title}, {role}" if title and not _COURTESY.fullmatch(title) else role
        # the body's capitalised name, up to the words that describe the person again ("at
        # the Hudson Institute who tracks ..."), or a body in lower case ("for the ministry")
        # ("vice president for PAC-3 programs at Acme": the firm, not the portfolio)
        # ("Assistant Secretary-General for the Middle East": a portfolio, no body)
        org = " for " in role and _AT_ORG.search(role) or (
            "eneral for " not in role and _OF_ORG.search(role)) or _OF_BODY.search(role)
        if org:
            name = POSSESSIVE.sub("", org.group(1))
            organization = known_organization(name) or name
    return title, organization


_ORG_RUN = (r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on|in)\s+(?:the\s+)?)?"
            r"(?:[A-Z][\w'’.&-]*|\d+(?:st|nd|rd|th)))*")
_AT_ORG = re.compile(rf"\bat\s+(?:the\s+)?({_ORG_RUN})")
_OF_ORG = re.compile(rf"\b(?:of|for|at|with|in)\s+(?:the\s+)?({_ORG_RUN})")
_OF_BODY = re.compile(rf"\b(?:of|for|at)\s+the\s+((?:[a-z][\w-]*\s+)?(?:{BODY_NOUNS}))$")

_ROLE_NOUN = re.compile(r"(?i:spokes|commander|minister|secretary|chief|head|director|"
                        r"ambassador|envoy|leader|adviser|governor|mayor|president|analyst|"
                        r"researcher|official)")
ROLE_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*(?:'s|’s))\s")


def role_from_article(role: str) -> str:
    """'drone killed a senior commander of X' -> 'a senior commander of X': the words before
    the role's own article belong to the sentence, not to the title."""
    noun = _ROLE_NOUN.search(role)
    if not noun:
        return role
    starts = [m.start() for m in ROLE_DETERMINER.finditer(role, 0, noun.start())]
    return role[starts[-1]:] if starts else role


# ROLE_WORD without re.I, for a lower-cased copy: a case-blind scan costs three times as much.
_ROLE_WORD_LOWER = word_gated(re.compile(ROLE_WORD.pattern))


def has_role_word(text: str, start: int, end: int) -> bool:
    low = lowered(text)
    if low is None:
        return ROLE_WORD.search(text, start, end) is not None
    return _ROLE_WORD_LOWER.search(low, start, end) is not None


_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "at", "to"})


def recased_role(role: str) -> str:
    """'PENTAGON PRESS SECRETARY' -> 'Pentagon Press Secretary'; 'CNN', 'U.S.' kept."""
    words = []
    for w in role.split():
        low = w.lower()
        if low in _SMALL_WORDS:
            words.append(low)
        elif "." in w or len(w) <= 4 and not any(c in "AEIOU" for c in w):
            words.append(w)  # an acronym or initials: "CNN", "U.S."
        else:
            words.append(w.capitalize())
    return " ".join(words)
