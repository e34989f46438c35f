"""A form's fields inside a document's body: "Date: Nov 28, 2026" over its section's notes.

"Date: ..." at a page's head is its time stamp and "Source: ..." at its foot is a credit, so
the rule table flags both. An analyst's outline, an incident form or a log gives each
section its own fields instead: under the section's heading, over the section's content. A
field there dates or sources what follows (as an alert form's "Location:" and "Event:"
lines, which no rule takes, are read), so it is content: a run of such fields between a
heading and a line of content is left to be read.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine, is_prose

# the fields a section carries for its reader: when, where, on whose word
_FIELD = re.compile(r"^(?:Dates?|Time|When|Where|Location|Sources?)\s*:\s*\S")
# what the rule table makes of such a field out of place
_FIELD_RULES = {"time stamp", "story credits", "photo caption or credit"}
_RUN = 4  # a section has a few fields; more is a header block


def keep_body_fields(lines: list[ArticleLine], flags: dict[int, str], first_prose: int) -> None:
    """Unflag a heading's run of fields that the section's content follows."""
    i = first_prose + 1
    n = len(lines)
    while i < n:
        if flags.get(i) not in _FIELD_RULES or not _FIELD.match(lines[i].text):
            i += 1
            continue
        j = i
        while j < n and j - i < _RUN and _FIELD.match(lines[j].text) and (
                j not in flags or flags[j] in _FIELD_RULES):
            j += 1
        above, below = i - 1, j
        if (
            above >= 0  # a field on the text's first line has no heading over it
            and above not in flags
            and not is_prose(lines[above].text, lines[above].words)
            and below < n
            and below not in flags
            and not _FIELD.match(lines[below].text)
            and lines[below].text[-1:] != "?"  # a question is the next heading
            and lines[below].words >= 3
        ):
            for k in range(i, j):
                flags.pop(k, None)
        i = j
