"""Speakers a text names by its layout rather than its sentences.

A transcript's capital labels ("GEN. JANE ROE:"), a record headed "Answered by" or
"Testimony of", a printed hearing's turns, a debate's members and the channel heads over
pasted posts each name who speaks below them: the sourcing is the label, counted once per speaker.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.attribution_kinds import classify, person_kind
from briefdeck.extract.committee_turns import committee_labels
from briefdeck.extract.court_people import court_role
from briefdeck.extract.debate_turns import debate_labels
from briefdeck.extract.forwarded_posts import (
    Header,
    channel_name,
    forwarded_headers,
    news_channel,
)
from briefdeck.extract.hearing_turns import hearing_sources
from briefdeck.extract.own_line_speakers import speaker_headers
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.person_patterns import JOURNALIST_ROLE
from briefdeck.extract.sentences import Document, Sentence
from briefdeck.extract.sourcing_draft import SourcingDraft
from briefdeck.extract.sourcing_forwarded import forwarded_kind
from briefdeck.extract.sourcing_named_labels import named_label_sources
from briefdeck.extract.transcript_turns import ASIDE
from briefdeck.extract.transcript_turns import by_initials as _by_initials
from briefdeck.extract.un_record_turns import un_labels

# ("JANE ROE (through interpreter):": the label runs to the end of the aside)
_SPEAKER_LABEL = re.compile(r"(?m)^(?P<who>(?:[A-Z][A-Z'’.-]*\s+){0,5}[A-Z][A-Z'’-]{2,}|[A-Z]{2,3})"
                            r"(?:[ \t]+\((?:RET|RES)\.?\))?(?P<aside>[ \t]+" + ASIDE + r")?"
                            # a broadcast's first turn adds the role: "JANE ROE, CNN ANALYST:"
                            r"(?:,[ \t]+(?P<role>[A-Z][A-Z0-9 .,'’&/()-]{2,80}?))?:\s+(?=\S)")


# Posts pasted from a messaging channel: the channel's name on a line of its own above the
# post's stamp ("Sabiqoun News" / "Fri 22 Jan, 23:52"), and the channel a post was forwarded
# from (Telegram's own "Forwarded from X" line).
_POST_STAMP = re.compile(r"(?m)^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}\s+"
                         r"[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?,?\s+\d{1,2}:\d{2}\b")
_CHANNEL_HEAD = re.compile(r"(?:^|\n)(?:\d{1,3}[.)]\s+)?(?P<who>[A-Z][^\n:\"“”]{1,70}?)[ \t]*\n$")
# A numbered title over a dated letter or notice ("RESIDENTS' NOTICE No. 3", "Bulletin #4",
# "Update 2"): a document issued in a series, no channel whose posts are pasted.
_NUMBERED_TITLE = re.compile(r"(?:\b(?:No|Nr|Number)\.?|#)[ \t]*\d{1,4}$|"
                             r"\b(?i:advisory|notice|bulletin|update|circular|memo)[ \t]+\d{1,4}$")


def _channel_posts(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """Each channel whose posts the text pastes, once: the named channel of a group speaks
    for it, a news channel is another outlet."""
    out: list[tuple[int, int, str, int | None]] = []
    seen: set[str] = set()
    heads: list[tuple[int, int, str, Header | None]] = [
        (m.start("who"), m.end("who"), m.group("who"), None) for stamp in
             _POST_STAMP.finditer(text) for m in [_CHANNEL_HEAD.search(
                 text, max(0, stamp.start() - 80), stamp.start())]
             if m and not _NUMBERED_TITLE.search(m.group("who"))]
    heads += [(h.start, h.end, h.who, h) for h in forwarded_headers(text)]
    for start, end, who, forwarded in sorted(heads, key=lambda head: head[:2]):
        name = channel_name(who)  # "X (official channel)", "X | Y", "X ☑️"
        if not name or name.casefold() in seen or people.mention_at(start, end):
            continue
        seen.add(name.casefold())
        kind = classify(name, people)[0]
        outlet = kind == "other outlet" or news_channel(name)
        kind = forwarded_kind(text, forwarded, outlet) if forwarded else \
            "other outlet" if outlet else "spokesperson"
        if kind:
            out.append((start, end, kind, 1))
    return out


# A record headed by who answers or testifies speaks in their name: "Answered by: Jane Roe"
# under a written answer, "Statement of" / "Testimony of" over a name opening a hearing text.
_ANSWERED_BY = re.compile(r"(?m)^[ \t]*(?:Answered\s+by:?|(?:Prepared\s+)?(?:Statement|Testimony|"
                          r"Remarks)\s+(?:of|by):?)[ \t]*(?:\n[ \t]*){0,2}(?=\S)")


def _answered_by(text: str, people: PeopleIndex) -> list[tuple[int, int, str]]:
    """(start, end, name) of each person a record's header label names, the name opening the
    text just after the label (on its line or the next)."""
    if not any(label in text for label in ("nswered by", "Statement of", "Statement by",
                                           "Testimony of", "Testimony by", "Remarks by",
                                           "Remarks of")):
        return []
    out = []
    for m in _ANSWERED_BY.finditer(text):
        i = bisect.bisect_left(people.mentions, (m.end(), -1, ""))
        if i < len(people.mentions) and people.mentions[i][0] <= m.end() + 40 and \
                not text[m.end():people.mentions[i][0]].strip(" \t.-").count("\n") and \
                len(text[m.end():people.mentions[i][0]].split()) <= 3:  # "General", "Hon."
            out.append((m.start() if m.group(0).rstrip().endswith(":") else
                        people.mentions[i][0], *people.mentions[i][1:]))
    return out


def committee_sources(doc: Document, people: PeopleIndex, found: list, named_once: set[str]
                      ) -> None:
    """A committee's oral evidence: each witness's first answer is their sourcing; the members
    who ask ("Q117 Jane Roe:") are no sources, however often their labels stand."""
    labels = committee_labels(doc)
    members = {label for _s, _e, label, asked in labels if asked}
    for start, words_at, label, asked in labels:
        name = people.resolve(label) or people.resolve(label.split()[-1])
        if not name or name in named_once:
            continue
        named_once.add(name)
        if not asked and label not in members:
            at = doc.text.index(label, start, words_at)
            found.append((at, at + len(label), person_kind(name, people), 1))


def laid_out_speakers(d: SourcingDraft, doc: Document) -> bool:
    """Count the channels, record headers and hearing turns of the text; whether its lines
    carry transcript labels (read sentence by sentence by speaker_label)."""
    text, people, found, named_once = d.text, d.people, d.found, d.named_once
    # A transcript names its speakers in capitals before their answers ("GEN. JANE ROE:"):
    # each person's first label is their sourcing. (Two labelled lines make a transcript.)
    labelled = len(_SPEAKER_LABEL.findall(text, 0, 200_000)) >= 2 if ":" in text else False
    found.extend(_channel_posts(text, people))
    for start, end, name in _answered_by(text, people):
        if name not in named_once:
            named_once.add(name)
            found.append((start, end, person_kind(name, people), 1))
    for start, end, name, title, _at in debate_labels(text, doc.paragraph_spans) \
            if ")" in text else ():  # "The Minister for X (Jane Roe):", a member's first label
        if title and name not in named_once:
            named_once.add(name)
            found.append((start, end, person_kind(name, people, title), 1))
    for start, end, name, title, _at in un_labels(text, doc.paragraph_spans) \
            if "President:" in text else ():  # "Ms. Roe (Ireland):", a speaker's first turn
        person = name and (people.resolve(name) or name)
        if person and person not in named_once:
            named_once.add(person)  # (a delegate speaks for their government)
            found.append((start, end, "named official" if title else
                          person_kind(person, people), 1))
    for start, end, name, _title in speaker_headers(text):  # "Roe, Jane MAJ ...  0:00:19"
        person = people.resolve(name)
        if person and person not in named_once:
            named_once.add(person)
            found.append((start, end, person_kind(person, people), 1))
    for start, end, name, role in hearing_sources(doc, people):  # "Chairman ROE. We meet"
        if role == "document" or name not in named_once:
            named_once.add(name)
            found.append((start, end, "document" if role == "document" else
                          person_kind(name, people, role), 1))
    committee_sources(doc, people, found, named_once)
    if not labelled:  # a transcript in sentence case: "Spokesperson Jane Roe: ..."
        found.extend(named_label_sources(text, people, named_once))
    return labelled


# The one who asks (a moderator, a host: half their turns or more end on a question) is no
# source, as their turns are no quotes (transcript_turns). Counted once per text.
_asked: tuple[str, frozenset[str]] = ("", frozenset())


def _askers(text: str) -> frozenset[str]:
    global _asked  # noqa: PLW0603 (the one text read last)
    if _asked[0] is not text:
        turns: dict[str, int] = {}
        asked: dict[str, int] = {}
        for m in _SPEAKER_LABEL.finditer(text):
            who = m.group("who")
            line_end = text.find("\n", m.end())
            turns[who] = turns.get(who, 0) + 1
            if text[m.end():line_end if line_end >= 0 else len(text)].rstrip().endswith("?"):
                asked[who] = asked.get(who, 0) + 1
        _asked = (text, frozenset(w for w, n in turns.items()
                                  if n >= 2 and 2 * asked.get(w, 0) >= n))
    return _asked[1]


def speaker_label(d: SourcingDraft, sent: Sentence) -> None:
    """A transcript's label opening the sentence: the speaker's first is their sourcing."""
    text, people, found, named_once = d.text, d.people, d.found, d.named_once
    label = _SPEAKER_LABEL.match(text, sent.start, sent.end)
    if label:
        who = label.group("who")
        words = who.split()
        # "JR:" is Jane Roe's initials, but "LEE:" may be her surname: initials first
        name = (len(who) <= 3 and _by_initials(people, who)) or \
            people.resolve(" ".join(words[-2:])) or people.resolve(words[-1]) or \
            _by_surname(people, words[-1]) or (  # the judge speaks for the court; a defendant's
            who == "THE COURT" and court_role(who, text, people.resolve))  # words source nothing
        if name and name not in named_once and who not in _askers(text) and \
                not _care_role(people, name, text):
            named_once.add(name)
            role = label.group("role")
            if role and JOURNALIST_ROLE.search(role):
                return  # the broadcaster's anchor or correspondent: no source
            found.append((label.start("who"), label.end("role") if role else
                          label.end("aside") if label.group("aside") else label.end("who"),
                          person_kind(name, people), 1))


# A pastoral or care role ("Chaplain (Capt.) Jane Roe", "Battalion chaplain"): at a unit's town
# hall the chaplain comforts and points to help; he or she speaks for no command's
# facts, so their label is no sourcing (their turns stay quotes).
_CARE_ROLE = re.compile(r"\b(?:[Cc]haplain|[Pp]adre)\b")


def _care_role(people: PeopleIndex, name: str, text: str) -> bool:
    """Whether the person's title, or the role set after their name ("Capt. Jane Roe, the
    battalion chaplain," / a participants table's "Jane Roe<TAB>Battalion chaplain"), is a
    chaplain's."""
    person = people.by_key.get(name.casefold())
    if person is None:
        return False
    after = text[person.end : person.end + 40]
    return _CARE_ROLE.search(person.title) is not None or (
        after[:1] in (",", "\t") and _CARE_ROLE.search(after.split("\n", 1)[0]) is not None
    )


def _by_surname(people: PeopleIndex, word: str) -> str | None:
    """The one person named with this word in their name ("WHITCOMB": Grant Whitcomb)."""
    key = word.casefold()
    names = {p.name for p in people.by_key.values()
             if key in (w.casefold() for w in p.name.split())}
    return names.pop() if len(names) == 1 else None
