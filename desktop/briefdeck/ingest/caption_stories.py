"""A broadcast's other stories in its closed captions.

Captions mark a change of story with ">>>" (a change of speaker is ">>"). A newscast's
captions carry the whole programme: the report the analyst wants, then the weather, the
sports and the promos before the break. A story the anchor opens by turning away ("TURNING
NOW TO WEATHER", "AND IN SPORTS", "IN OTHER NEWS") is another story, flagged whole, up to the
next ">>>"; a story that comes back ("BACK NOW WITH MORE ON THAT ATTACK") is the report's and
stays, as does the programme's first story.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_STORY_CHANGE = ">>>"
# The anchor's turn to another subject, as the story's first words.
_OTHER_STORY = re.compile(
    r"^>>>\s*(?:(?:and|now|well|ok(?:ay)?|all right),?\s+)*(?:turning (?:now )?to|"
    r"(?:now )?(?:over )?to (?:the )?(?:weather|sports?|traffic|business)\b|(?:and )?in (?:sports?|"
    r"other news|business(?: news)?|entertainment|weather)\b|(?:time|let['’]s) (?:for|check|get)"
    r" (?:a look at )?(?:the |your )?(?:weather|forecast|sports?|traffic)\b|checking (?:the|your) "
    r"(?:weather|forecast|traffic)\b|(?:and )?finally\b|on a lighter note\b)",
    re.IGNORECASE,
)


def _other_story_lines(lines: list[ArticleLine]) -> list[bool]:
    """For each line: whether it belongs to a story the anchor turned to after the first."""
    other = False
    seen_story = False
    marks = []
    for line in lines:
        if line.text.startswith(_STORY_CHANGE):
            other = seen_story and bool(_OTHER_STORY.match(line.text))
            seen_story = True
        marks.append(other)
    return marks


def flag_other_stories(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag every line of a story the anchor turned to after the report (see the module's note)."""
    if text.count(_STORY_CHANGE) < 2:
        return
    for i, other in enumerate(_other_story_lines(lines)):
        if other:
            flags.setdefault(i, "other stories")


def keep_report(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Give back the report's lines that the page's tail heuristics took for a list of other
    stories: caption rows break mid-sentence, so the report's last rows read like headlines once
    the other stories after them are flagged."""
    if text.count(_STORY_CHANGE) < 2:
        return
    for i, other in enumerate(_other_story_lines(lines)):
        if not other and flags.get(i) == "other stories":
            del flags[i]
