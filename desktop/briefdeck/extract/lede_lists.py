"""Lines at a document's top that list, not tell: no reader would put them first in a brief.

- a hearing's witness list ("I: Air Vice-Marshal X, Chief of Staff Operations, ...; Brigadier
  Y, Commander, ...; and Z, Director ..."): names and posts, the testimony is the news;
- a meeting's or a call's agenda ("Agenda: 1) last night at X 2) movement restrictions ..."):
  what will be discussed, the discussion is the news;
- the document's title said again with a date ("Attacks on ... positions - Nov 2026"): the
  page's name, not its news.
"""

from __future__ import annotations

import re

# "I:", "Panel 2:", "Witnesses:": the label before a hearing's list of witnesses.
_LIST_LABEL = re.compile(r"(?:[IVX]{1,4}|\d{1,2}|Panel\s+\w+|Witness(?:es)?|Present|Attendees|"
                         r"Participants)\s*:\s+")
_LOWER = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
# The small words a post's title holds ("Chief of Staff", "Director for the Middle East").
_TITLE_WORDS = frozenset("of and the for on in to at de al el".split())
AGENDA = re.compile(r"(?:Agenda|Items?\s+for\s+discussion|Order\s+of\s+business|"
                    r"Topics?\s+for\s+(?:today|discussion))\s*:", re.I)


def roster(words: str) -> bool:
    """Two or more people with their posts, set off by semicolons, and nothing said."""
    if words.count(";") < 1:
        return False
    label = _LIST_LABEL.match(words)
    body = words[label.end():] if label else words
    parts = [p.strip() for p in body.split(";")]
    # (each a name and its post, "X, Director Middle East": a title-case headline's clauses
    # have no comma)
    if len(parts) < 2 or any(not p[:1].isupper() and not p.startswith("and ") or ", " not in p
                             for p in parts):
        return False
    return all(w in _TITLE_WORDS for w in _LOWER.findall(body))


def agenda(words: str) -> bool:
    """A meeting's agenda: topics to come, not what happened."""
    return AGENDA.match(words) is not None


def title_again(words: str, headline: str) -> bool:
    """The headline again with a few words more ("... - Nov 2026"): the page's name."""
    head = headline.strip().rstrip(".")
    if len(head.split()) < 3 or not words.startswith(head):
        return False
    return len(words[len(head):].split()) <= 4
