"""People named in the report who speak: each counted once, at the first sourcing of them.

"McKenzie said", "said Jane Roe, a senior fellow at X" (the role set after the name is part
of the sourcing), "according to a briefing by Gen. Roe", "identified only as Abu Ahmad", a
clipped post ('Jane Roe (X, 3 May): "..."') and a person named once who then speaks only as
"she said". A name whose words come second-hand ("a source told X that Roe urged") or that
sits in a clause about someone else is not its own sourcing.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.attribution_kinds import classify, person_kind
from briefdeck.extract.person_patterns import IDENTIFIED_RE, ROLE_AFTER_RE, reporter
from briefdeck.extract.quote_patterns import CHANNEL_WORD, POST_ASIDE, POST_LABEL
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.sourcing_draft import SourcingDraft, in_quote, spoken_end
from briefdeck.extract.sourcing_named_people import (
    BRIEFING_BY,
    CLAUSE_VERB_AFTER,
    NAMED_AFTER,
    NAMED_BEFORE,
    NAMED_BY,
    OBJECT_BEFORE,
    PRONOUN_REACH,
    PRONOUN_SAID,
    SUBJECT_HEAD,
    SUBJECT_SAYS_LATER,
)


def _with_role(text: str, name_end: int, sent_end: int) -> tuple[int, str]:
    """'said Jane Roe, a senior fellow at the X.': the end of the sourcing with the role set
    after the name, and the role ('' when there is none)."""
    m = ROLE_AFTER_RE.match(text, name_end, sent_end) or \
        _JOINED_POSTS.match(text, name_end, sent_end)
    if not m:
        return name_end, ""
    return m.end("role"), m.group("role")


# Two posts joined, no article: "said Jane Roe, president and chief executive officer of X."
# (a press release's way of giving a head of a firm).
_JOINED_POSTS = re.compile(
    r",\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}(?:president|chairman|chairwoman|director|founder|"
    r"officer|chair)\s+and\s+(?:[a-z][\w-]*\s+){0,3}?(?:officer|director|president|founder|"
    r"chairman|chairwoman|chair)(?:\s+of\s+[^,;\"“”()]{2,60}?)?)(?=\s*[,;:]|[.!?]?\s*$)")


def _passive_by(text: str, sent_start: int, name_start: int) -> re.Match[str] | None:
    """The 'reported ... by' before a name (within 100 characters, no sentence break)."""
    by = text.rfind(" by ", max(sent_start, name_start - 100), name_start)
    if by < 0 or any(c in text[by:name_start] for c in '.;"“”'):
        return None
    return NAMED_BY.search(text, max(sent_start, by - 40), by + 1)


_POST_FIRST = re.compile(r"(?:press\s+)?spokes(?:man|woman|person)\b")  # "Army spokesman X"
# The subject of words relayed by another source: "told the agency that Roe urged".
_RELAYED_THAT = re.compile(r"\b(?:told|said|says|reported|reports|claimed)\b[^,;.\"“”]{0,60}?"
                           r"\s+that\s+$")
# A name as the object of a relative clause: "the bloc that backs Roe", "the group which
# Roe leads" - the clause describes someone else, the subject is further back.
_RELATIVE_OBJECT = re.compile(r",\s+[^,;]{0,40}?\b(?:that|which|who|whom)\s+"
                              r"(?:[a-z][\w-]*\s+){1,3}$")
# The role in the aside after a name: "Jane Roe (R-Tenn.), a member of the X Committee, said".
_ROLE_ASIDE = re.compile(r"(?:\s+\([^()]{1,25}\))?,\s+(?P<role>(?:a|an|the)\s+[^,;\"“”]{2,100}),")


# The office set before the name, opening the sentence: "Head of the X council in the south,
# Jane Roe, said" (not "After meeting the minister, Roe said": a clause, no role).
_ROLE_FIRST = re.compile(r"(?P<role>(?:The\s+|A\s+)?(?:[\w'’-]+\s+){0,3}?(?:[Hh]ead|[Cc]hief|"
                         r"[Dd]irector|[Mm]inister|[Ss]pokes(?:man|woman|person)|[Cc]ommander|"
                         r"[Mm]ember|[Cc]hair(?:man|woman)?|[Ss]ecretary|[Dd]eputy|[Gg]overnor|"
                         r"[Mm]ayor)\b[^,;\"“”]{0,80}),\s+")


# The body before a lower-case title after "said": 'said Five Star Movement lawmaker Jane Roe'
# (the party or body names whose title it is; the name still follows the verb).
_SAID_BODY_TITLE = re.compile(r"\b(?:said|says)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}$")


# One who speaks for the person named after: "a spokesman for Prime Minister Jane Roe said".
_SPEAKS_FOR = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?"
                         r"(?:spokes(?:man|woman|person)|office)\s+(?:for|of)\s+$")


def identified_as(d: SourcingDraft, sent: Sentence) -> None:
    """A person "identified only as Abu Ahmad": the name the text gives them."""
    text, people, named_once = d.text, d.people, d.named_once
    for m in IDENTIFIED_RE.finditer(text, sent.start, sent.end):
        name = people.resolve(m.group("name"))  # "identified only as Abu Ahmad"
        if name and name not in named_once:
            named_once.add(name)
            d.add(m.start(), m.end("name"), person_kind(name, people), 1)


def named_people(d: SourcingDraft, sent: Sentence, low: str) -> None:
    """The people named in the sentence who speak; one named before who speaks as 'she said'."""
    text, people, quoted, found, named_once = d.text, d.people, d.quoted, d.found, d.named_once
    post = POST_LABEL.match(text, sent.start, sent.end) if "):" in sent.text else None
    if post and POST_ASIDE.search(post.group("aside")):
        # 'Jane Roe (X, 3 May): "..."': a clipped post, sourced to its author
        person = people.mention_at(post.start("who"), post.end("who"))
        if not person:
            who = post.group("who")
            kind = "spokesperson" if CHANNEL_WORD.search(who) else classify(who, people)[0]
            d.add(post.start("who"), post.end("aside") + 1, kind, 1)
        elif person[2] not in named_once:
            named_once.add(person[2])
            d.add(post.start("who"), post.end("aside") + 1, person_kind(person[2], people), 1)
    lo = bisect.bisect_left(people.mentions, (sent.start, -1, ""))
    hi = bisect.bisect_left(people.mentions, (sent.end, -1, ""))
    for start, end, name in people.mentions[lo:hi]:
        if end > sent.end or name in named_once:
            continue
        span = people.titled_span(start, end) or (start, end)
        after = NAMED_AFTER.match(text, span[1], sent.end)
        heading = " by " in sent.text and BRIEFING_BY.search(
            text, max(sent.start, span[0] - 120), span[0])
        if heading and not after:
            named_once.add(name)
            d.add(heading.start(), span[1], person_kind(name, people), 1)
        elif after and _RELAYED_THAT.search(text, max(sent.start, span[0] - 120), span[0]):
            continue  # "a source told X that Roe urged ...": Roe's words come second-hand
        elif after and _RELATIVE_OBJECT.search(text, max(sent.start, span[0] - 40), span[0]):
            continue  # "lawmakers from the alliance that backs Roe, said": not Roe
        elif after and (voice := _SPEAKS_FOR.search(text, max(sent.start, span[0] - 40),
                                                    span[0])):
            d.add(voice.start(), after.end(), "spokesperson", 1)  # the spokesman speaks, not
            # the one he speaks for ("a spokesman for Prime Minister Jane Roe said")
        elif after:
            named_once.add(name)  # one named attribution per person: the first
            aside = _ROLE_ASIDE.match(text, span[1], after.end())
            role = aside.group("role") if aside else ""
            if not role and text[span[0] - 2:span[0]] == ", " and span[0] - sent.start < 120:
                lead = _ROLE_FIRST.fullmatch(text, sent.start, span[0])
                role = lead.group("role") if lead else ""  # "Head of X, Jane Roe, said"
            d.add(span[0], after.end(), person_kind(name, people, role), 1)
        elif (head := SUBJECT_HEAD.fullmatch(text, sent.start, span[0])) and (
                later := SUBJECT_SAYS_LATER.match(text, span[1], sent.end)):
            named_once.add(name)
            post = head.group("post") or _POST_FIRST.match(text, span[0])
            d.add(head.start("owner") if post else span[0],
                spoken_end(later), person_kind(name, people), 1)
        elif (by := _passive_by(text, sent.start, span[0])) and \
                people.mention_at(by.start(), span[0]) is None:
            named_once.add(name)
            end, role_after = _with_role(text, span[1], sent.end)
            d.add(by.start(), end, person_kind(name, people, role_after), 1)
        elif (verb := NAMED_BEFORE.search(text, max(sent.start, span[0] - 20), span[0]) or
              (text[span[0]].islower() and _SAID_BODY_TITLE.search(
                  text, max(sent.start, span[0] - 60), span[0]))) and \
                not CLAUSE_VERB_AFTER.match(text, span[1]):
            named_once.add(name)
            end, role_after = _with_role(text, span[1], sent.end)
            kind = person_kind(name, people, role_after)
            d.add(span[0] if verb.groupdict().get("relay") else verb.start(),
                end, kind, 1)
    pronoun = " he " in low or " she " in low or low.startswith(("he ", "she "))
    for m in PRONOUN_SAID.finditer(text, sent.start, sent.end) if pronoun else ():
        i = bisect.bisect_left(people.mentions, (m.start(), -1, ""))
        while i and in_quote(quoted, people.mentions[i - 1][0]):
            i -= 1  # '"Roe can say he won," she said': Roe is spoken of, not speaking
        start, end, name = people.mentions[i - 1] if i else (0, 0, "")
        if name and name not in named_once and m.start() - start < PRONOUN_REACH and not \
                OBJECT_BEFORE.search(text, max(0, start - 25), start) and \
                not reporter(people, name):  # (the page's own correspondent relays "he said")
            # "Jane Roe, 46, stood by the gate. ... , she said.": her only sourcing
            named_once.add(name)
            span = people.titled_span(start, end) or (start, end)
            found.append((span[0], span[1], person_kind(name, people), 1))
