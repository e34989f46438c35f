"""A speaker's label in sentence case at the head of a transcript's turn: the name as the text
writes it, maybe after the role, or the questioner's outlet ("Rachel Stubbs: ",
"Spokesperson Rafid al-Hamdani: ", "AFP: "). The turns, their sourcing, the lede and the key
points all read these labels: one definition, so that they agree on what a label is.
"""

from __future__ import annotations

import re

# A capital, then up to five more words on the same line (no colon, quote or bracket in them).
NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,5}"
# The label and the space before the turn's words: "Spokesperson Rafid al-Hamdani: Good ..."
LABEL = re.compile(rf"[ \t]*(?P<label>{NAME}):[ \t]+(?=\S)")
