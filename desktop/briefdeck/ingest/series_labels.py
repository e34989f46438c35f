"""A product's series label over the story: "Jihadist Threat - ISIS" under the running head
"SITE Intelligence Group | Jihadist Threat".

A subscription report prints its series (and the topic within it) over the headline; the
running head on every page names the same series after the publisher's name. Read beside
that head, the label is the product's furniture, not a headline of what happened.
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r"\s+[|•·]\s+")
_AFTER_SERIES = (" - ", " – ", " — ", ": ")
_LABEL_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def flag_series_labels(lines: list, flags: dict[int, str], first_prose: int) -> None:
    """Above the first paragraph: a short line that opens with a part of a running head (the
    series) and adds its topic after a dash or colon."""
    series = {
        part
        for i, rule in flags.items()
        if rule == "running header or footer" and "|" in lines[i].text
        for part in _SPLIT.split(lines[i].text)
        if len(part.split()) >= 2
    }
    if not series:
        return
    for i in range(min(first_prose, len(lines))):
        line = lines[i]
        if i in flags or line.words > _LABEL_WORDS or _SENTENCE_END.search(line.text):
            continue
        if any(line.text.startswith(s + sep) for s in series for sep in _AFTER_SERIES):
            flags[i] = "running header or footer"
