"""Furniture of a read-later app's saved copy of a story (Pocket, Instapaper, Omnivore and
their like): tried only when the text holds one of its marks (forum.flag_rare_lines).

The app saves the story in its reader view and sets its own lines round it: a notice that
the copy is a reader-view one, a link back to the original, and the reader's highlights
panel with the notes the reader typed ("My note: ..."). The notes are the reader's own
annotations, not reporting; the highlighted sentences repeat the story's and stay content.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# The app's words for its copy and its panel: one scan of the text each.
_MARKS = ("reader view", "reader mode", "ighlights")

# (marks, (category, pattern, longest line in words, whether a sentence-like line may match))
# fmt: off
MARKED_KINDS: tuple[tuple[tuple[str, ...], tuple[str, re.Pattern[str], int, bool]], ...] = (
    # "This article was saved in reader view. Some images, videos and embeds may be missing."
    (_MARKS,
     ("reader app notice", re.compile(r"\bsaved (?:in|with|using) (?:the )?reader (?:view|mode)\b|"
                                      r"\bsome (?:images|pictures|media),? (?:videos?,? )?"
                                      r"(?:and|or) (?:embeds|videos|other media) "
                                      r"(?:may be|might be|are) "
                                      r"missing\b", _I), 30, True)),
    # "View the original article at gulfsentinel-news.com", "Open original".
    (_MARKS,
     ("reader app notice", re.compile(r"^(?:view|read|open|see|go to) (?:the )?original"
                                      r"(?: (?:article|story|page|post))?(?: (?:at|on) \S{3,80})?"
                                      r"\.?$", _I), 10, True)),
    # "Your highlights (3) and notes", "Highlights & notes": the panel's heading.
    (_MARKS,
     ("reader app notice", re.compile(r"^(?:(?:your|my) highlights(?: \(\d{1,4}\))?|highlights "
                                      r"\(\d{1,4}\))(?: (?:and|&) (?:notes|annotations)"
                                      r"(?: \(\d{1,4}\))?)?$|^highlights (?:and|&) (?:notes|"
                                      r"annotations)$", _I), 6, True)),
    # Only "My ...": a bare "Note:" under a report's "Highlights" is the report's own.
    (("our highlights", "ighlighted "),
     ("reader app notice", re.compile(r"^my (?:notes?|annotations?|comments?)\s*:\s*\S", _I),
      60, True)),
)
# fmt: on
