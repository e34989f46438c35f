"""Words before a lede that frame a paste, not the news.

- A commenter or a forum poster who pastes a paywalled story says so first ("Archive link and
  the key paragraphs for people without a subscription: a Houthi missile hit ..."): the words
  after the colon are the story's.
- A note app's callout opens on its marker and its title ("[!summary] BLUF US posture in ..."):
  the marker is markup, and a title that only names the box ("BLUF", "Summary", "TL;DR") is a
  label; the callout's words after them are the note's bottom line.
"""

from __future__ import annotations

import re

# "Archive link and the key paragraphs for people without a subscription:", "Pasting the
# text for those behind the paywall:", "Here's the relevant part:" (the framing ends on a colon)
_PASTE_NOTE = re.compile(
    r"[^:\n]{0,150}?\b(?:archive[ds]?\s+(?:link|copy|version)|key\s+(?:paragraphs|parts|bits)|"
    r"paywall(?:ed)?|(?:without|no)\s+(?:a\s+)?subscription|past(?:e|ed|ing)\b|full\s+text|"
    r"relevant\s+(?:part|bit|paragraph)s?|here(?:'s|’s|\s+is|\s+are)\s+(?:the\s+)?(?:text|story|"
    r"article|gist))[^:\n]{0,150}?:\s+(?=\S)",
    re.IGNORECASE,
)
# "[!summary] BLUF ", "[!note]- Summary ": a callout's marker and a title that is only a label
_CALLOUT = re.compile(
    r"\[![\w-]{1,30}\][+-]?[ \t]*(?:(?:BLUF|Summary|TL;?DR|Bottom\s+line|"
    r"Key\s+(?:points|judgm?ents|takeaways)|Abstract|Overview)\b[ \t:–—-]*)?",
    re.IGNORECASE,
)
_MIN_WORDS = 6  # what follows the framing must be a report, not a word or two


def past_paste_note(text: str, start: int, end: int) -> int:
    """Where the lede's words start past a paster's framing or a callout's marker, or start."""
    if text.startswith("[!", start):
        callout = _CALLOUT.match(text, start, end)
        return callout.end() if callout else start
    colon = text.find(": ", start, min(end, start + 320))
    if colon < 0:
        return start
    note = _PASTE_NOTE.match(text, start, colon + 3)  # (with the word's first letter)
    if note is None or len(text[note.end() : end].split()) < _MIN_WORDS:
        return start
    return note.end()


# "[[Page]]", "[[Page|shown words]]": a note app's link; "![[photo.png]]" embeds a file
_WIKI_LINK = re.compile(r"(!?)\[\[(?:[^\]|\n]{1,300}\|)?([^\]|\n]{1,300})\]\]")


def unlinked(words: str) -> str:
    """The lede's words with each wiki link shown as its words (an embed dropped)."""
    if "[[" not in words:  # cheap test first
        return words
    return _WIKI_LINK.sub(lambda m: "" if m.group(1) else m.group(2), words)
