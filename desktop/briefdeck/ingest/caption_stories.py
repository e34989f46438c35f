"""A broadcast's other stories in its closed captions.

Captions mark a change of story with ">>>" (a change of speaker is ">>"). A newscast's
captions carry the whole programme: the report the analyst wants, then the weather, the
sports and the promos before the break. A story the anchor opens by turning away ("TURNING
NOW TO WEATHER", "AND IN SPORTS", "IN OTHER NEWS") is another story, flagged whole, up to the
next ">>>"; a story that comes back ("BACK NOW WITH MORE ON THAT ATTACK") is the report's and
stays, as does the programme's first story.

Only the weather, sports, traffic and business are other stories by their introduction alone.
An anchor also turns to the report itself ("TURNING NOW TO IRAQ, WHERE A DRONE STRUCK ...") or
closes on a follow-up to it ("AND FINALLY, THE PENTAGON NAMED THE CONTRACTOR KILLED ..."): a
story introduced by a turn to any subject, "finally" or "in other news" is the report's only
when it names the report's own places or subject: a word of the report's story that is neither
an attack word nor newscast filler ("IRAQ", "ARMY", "AL-ASAD"). An attack word alone does not
keep it: another war ("TURNING NOW TO UKRAINE, WHERE MISSILES STRUCK KHARKIV") and a local bomb
scare are other stories. The report is the first story that tells of an attack (the programme
may open on a school board vote), else the first story.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_STORY_CHANGE = ">>>"
# The anchor's turn to another subject, as the story's first words: to a programme segment
# (always another story), or to any subject (another story unless it tells of an attack).
_LEAD = r"^>>>\s*(?:(?:and|now|well|ok(?:ay)?|all right),?\s+)*"
_SEGMENT = re.compile(
    _LEAD + r"(?:(?:turning (?:now )?|(?:now )?(?:over )?)to (?:the )?(?:weather|sports?|traffic|"
    r"business)\b|(?:and )?in (?:sports?|business(?: news)?|entertainment|weather)\b|"
    r"(?:time|let['’]s) (?:for|check|get) (?:a look at )?(?:the |your )?(?:weather|forecast|"
    r"sports?|traffic)\b|checking (?:the|your) (?:weather|forecast|traffic)\b|"
    r"on a lighter note\b)",
    re.IGNORECASE,
)
_ANY_TURN = re.compile(_LEAD + r"(?:turning (?:now )?to|(?:and )?in other news|(?:and )?finally)\b",
                       re.IGNORECASE)
_ATTACK = re.compile(r"\b(?:drones?|rockets?|missiles?|mortars?|attack(?:s|ed|ers?)?|airstrikes?|"
                     r"air strikes?|troops|soldiers|service ?members|militias?|militants?|"
                     r"intercept(?:s|ed|ors?)?|bomb(?:s|ed|ing)?|explosions?|shelling)\b",
                     re.IGNORECASE)


# Words any newscast story has: they name no place or subject of the report
_FILLER = frozenset(
    "that this these those there here where when which while what with from into onto over "
    "under after before about against than then them they their were have been being also just "
    "good evening morning afternoon night tonight today yesterday overnight week weekend hours "
    "days year years start begin begins turning turn news other finally more back now first "
    "last said says saying told tell report reports reported reporting officials official "
    "people person says according statement latest update still near least some many several "
    "three four five seven eight nine eleven twelve dozen dozens hundred hundreds thousand "
    "killed kill wounded wounding injured hurt dead died struck strike strikes striking "
    "fired firing hit hitting closed city town area local state county police".split())
_WORD = re.compile(r"[a-z][a-z'’-]{3,}")


def _subject_words(lines: list[ArticleLine]) -> set[str]:
    """A story's words that may name its places or subject (not attacks, not filler)."""
    words = {w for line in lines for w in _WORD.findall(line.text.lower())}
    return {w for w in words if w not in _FILLER and not _ATTACK.fullmatch(w)}


def _other_story_lines(lines: list[ArticleLine]) -> list[bool]:
    """For each line: whether it belongs to a story the anchor turned to after the first."""
    starts = [i for i, line in enumerate(lines) if line.text.startswith(_STORY_CHANGE)]
    marks = [False] * len(lines)
    if not starts:
        return marks
    ends = [*starts[1:], len(lines)]
    stories = [lines[start:end] for start, end in zip(starts, ends, strict=True)]
    attacks = [any(_ATTACK.search(line.text) for line in story) for story in stories]
    report = attacks.index(True) if True in attacks else 0
    report_words = _subject_words(stories[report])
    for k in range(1, len(starts)):
        opening = lines[starts[k]].text
        turned = _ANY_TURN.match(opening) and k != report and not (
            report_words & _subject_words(stories[k]))
        if _SEGMENT.match(opening) or turned:
            marks[starts[k]:ends[k]] = [True] * (ends[k] - starts[k])
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
