"""Sources the sentence scans miss because something sets them off from their verb or their
figure: a spoken report's and a field report's shapes.

- a toll credited to its body: "The first toll from Lebanon's Health Ministry was five",
  "the latest count from the Houthi-run health ministry" (the body gave the figure; a later
  "the ministry said" is the same source again);
- a body named after what it is, between commas: "the UN peacekeeping force, UNIFIL, said";
- a body the reporter spoke to: "The civil defence told me" (a reporter's own contact);
- a statement's words under a pronoun: "In a statement it called the strike a massacre"
  (the body named in the sentence before, which only denied or kept silent there);
- a party's account by its owner's name: "the American account is that one guard was killed"
  (the Americans' version, a spokesperson's);
- an unnamed member of the public the reporter met: "A neighbour I spoke to, who didn't want
  his name used, said" (another source, counted once).
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import org_kind
from briefdeck.extract.institutions import BODY
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.sourcing_draft import SourcingDraft

_NAME = r"[A-Z][\w.&-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w.&-]*){0,5}"
_VERB = r"(?:said|says|stated|told|reported|confirmed|announced|warned|added)"

_TOLL_FROM = re.compile(
    r"\b(?:[Tt]he\s+)?(?:(?:first|initial|earlier|latest|last|new|updated|revised|official)\s+)?"
    r"(?:death\s+)?(?:toll|count|tally)\s+(?:from|given\s+by|issued\s+by)\s+"
    # (a body by what it is, last: not "the death toll from U.S. strikes", the toll's cause)
    rf"(?P<who>(?:the\s+)?(?:{_NAME}(?:'s|’s)\s+)?(?:[\w-]+-run\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?i:{BODY}|civil\s+defen[cs]e|red\s+crescent|red\s+cross|hospital))"
    r"(?:\s+of\s+(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*)?\b")

_OWN_COUNT = re.compile(r"\b(?:[Oo]ur|[Mm]y|own)\s+(?:count|tally|toll)\b")
_PAPERS_AFTER = re.compile(r"\s+(?:statements|reports|releases|data|figures|records)\b")

_APPOSED = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+){0,2}(?:[a-z-]+\s+){0,2}(?:force|mission|agency|monitor|"
    r"ministry|army|coalition|organi[sz]ation|alliance|command|militia|group|observatory|"
    r"watchdog|body|operation)s?,\s+(?P<who>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}),\s+"
    rf"{_VERB}\b"
    # (its stance is its word: "said it was \"deeply concerned\"")
    r"(?:\s+it\s+was(?=\s+[\"“]?(?:deeply\s+|gravely\s+|very\s+)?(?:concerned|alarmed|"
    r"saddened|shocked|troubled|outraged)\b))?")

# what every match above holds, found at once from its comma: most sentences with a comma have
# none, and the pattern above tries "the" and the words after it all along each
_SAID_AFTER_COMMA = re.compile(rf",\s+{_VERB}\b")

# an office of the body, whose holder the commas name: "the head of", "a spokesman for"
_OFFICE_OF = re.compile(r"\b(?:of|for|at|with)\s+$")

_TOLD_ME = re.compile(
    r"(?<![\w-])[Tt]he\s+(?:[A-Z][\w.-]*\s+){0,2}(?:[a-z-]+\s+){0,2}(?:civil\s+defen[cs]e|"
    rf"{BODY}|hospital|red\s+crescent|red\s+cross|fire\s+brigade|rescue\s+teams?)\s+told\s+"
    r"(?:me|us)\b")

_STATEMENT_IT = re.compile(
    r"\b[Ii]n\s+(?:a|an|its|their)\s+(?:[a-z-]+\s+)?(?:statement|post|message),?\s+"
    r"(?:it|they)\s+(?:said|called|described|denied|claimed|condemned|warned|confirmed)\b")

# ("The Army's first word to families that night was that ...": a body's first account, to
# whom and when it gave it)
_ACCOUNT_IS = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<who>(?:[A-Z][\w'’-]*\s+){1,2})(?:(?:first|initial|early|earliest|"
    r"latest|official|original)\s+)?(?:account|version|word|explanation)"
    r"(?:\s+to\s+[a-z]+)?(?:\s+(?:that|the\s+same|last)\s+(?:night|morning|day|evening|week))?"
    r"\s+(?:is|was)(?=\s+that\b)")

_MET_PUBLIC = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?(?:neighbou?r|resident|witness|shopkeeper|survivor|"
    r"relative|passer-by|driver|farmer|fisherman|nurse|medic|doctor|teacher|student)\s+"
    r"(?:I|we)\s+(?:spoke|talked)\s+(?:to|with)(?:,\s+who\s+[^,;\"“”]{3,90}?,)?\s+"
    r"(?:said|says|told)\b")


def tolls_and_apposed_bodies(d: SourcingDraft, sent: Sentence, low: str,
                             before: int) -> None:
    """A toll credited to its body, a body named between commas after what it is, a
    statement under a pronoun: offered in the sentence scan, so that "the ministry said" later
    is the same body again. before: where the sentence before this one starts (a body that
    spoke there is the pronoun's, counted already)."""
    text = d.text
    if "toll " in low or "count " in low or "tally " in low:
        for m in _TOLL_FROM.finditer(text, sent.start, sent.end):
            who = m.group("who")
            if _OWN_COUNT.search(text, max(0, m.start() - 12), m.start() + 4) or \
                    _PAPERS_AFTER.match(text, m.end()):
                continue  # "by our count from Department statements": the writer's count
            if not d.repeated(who):
                d.add(m.start(), m.end(), org_kind(who), 1)
    if "statement" in low or " post" in low or "message" in low:
        for m in _STATEMENT_IT.finditer(text, sent.start, sent.end):
            if not any(before <= f[0] < sent.start for f in d.found[-4:]):
                d.add(m.start(), m.end(), "spokesperson", 1)
    if ", " in low and _SAID_AFTER_COMMA.search(text, sent.start, sent.end):
        for m in _APPOSED.finditer(d.text, sent.start, sent.end):
            who = m.group("who")
            if not (who.isupper() or known_organization(who)) or \
                    _OFFICE_OF.search(d.text, max(0, m.start() - 30), m.start()):
                continue  # "the head of the UN mission, Rosa Vandel, told": a person
            if not d.repeated(who):
                d.add(m.start(), m.end(), org_kind(m.group("who")), 1)


def account_owner(text: str, sent_start: int, quote_at: int) -> str:
    """Whose account a sentence opening "The Army's first word ... was that" gives, its words
    quoted after ('... had "minor injuries."'), or ''."""
    if " was that" not in text[sent_start:quote_at] and " is that" not in text[sent_start:quote_at]:
        return ""
    m = _ACCOUNT_IS.match(text, sent_start, quote_at)
    if not m or any(c in text[m.end():quote_at] for c in "\"“”"):
        return ""
    return re.sub(r"['’]s$", "", " ".join(m.group("who").split()))


def set_off_sources(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source set off from its verb."""
    out: list[tuple[int, int, str, int | None]] = []
    if " told me" in text or " told us" in text:
        out += [(m.start(), m.end(), "spokesperson", 1) for m in _TOLD_ME.finditer(text)]
    if " account is that" in text or " version is that" in text or " was that" in text:
        out += [(m.start(), m.end(), "spokesperson", 1) for m in _ACCOUNT_IS.finditer(text)]
    if " spoke " in text or " talked " in text:
        out += [(m.start(), m.end(), "other", 1) for m in _MET_PUBLIC.finditer(text)]
    return out
