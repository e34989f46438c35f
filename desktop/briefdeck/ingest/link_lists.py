"""Lists that send the reader elsewhere: other stories, tags, contents, sponsored links.

A list is found by its heading ("Most read", "Tags", "In this issue") and the lines under it,
by a run of headlines after the story, by headlines each crediting another outlet, or by a
ticker's or a video's title above the story's own headline.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import (
    BULLET,
    HEADLINE_WORDS,
    LIST_LINES,
    SENTENCE_END,
    WORD,
    ArticleLine,
    is_byline,
    is_headline_like,
    is_prose,
    runs_of,
)
from briefdeck.ingest.menus import is_menu_heading
from briefdeck.ingest.rules import I


def _is_listed_story(line: ArticleLine) -> bool:
    """A headline in a list of other stories: bulleted, a question, or without a full stop;
    or several such names on one line between bars ("Unit A | Unit B | Unit C")."""
    bulleted = BULLET.match(line.text) is not None
    return "\t" not in line.text and (
        is_headline_like(line)
        or (bulleted and line.words <= 25)
        or (line.text.endswith("?") and line.words <= HEADLINE_WORDS)
        or (
            " | " in line.text
            and line.words <= 60
            and all(
                0 < len(p.split()) <= 12 and not SENTENCE_END.search(p)
                for p in line.text.split(" | ")
            )
        )
    )


_ITEM_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")
_AD_LIST = re.compile(r"sponsored|paid|promoted|partner", I)  # "Advertisement" heads no list
_HEADINGS = {  # a bare heading line of these kinds: which following lines belong to it
    "other stories": _is_listed_story,
    "advertisement": _is_listed_story,
    "contents": _is_listed_story,  # "In this issue:" and the item titles
    "tags": lambda line: line.words <= 6 and not SENTENCE_END.search(line.text),
    # "Yes | No": the answers, however they are set apart
    "page feedback": lambda line: (
        len(WORD.findall(line.text)) <= 2 and not SENTENCE_END.search(line.text)
    ),
}


def flag_heading_lists(
    lines: list[ArticleLine], rules: list[str | None], flags: dict[int, str]
) -> None:
    """The lines under a bare heading that a rule named ("Related", "Most read", "Tags",
    "Sponsored", "In this issue"): as many as fit the heading's kind, up to a list's length."""
    for i, rule in enumerate(rules):
        heading = lines[i].text.rstrip(": ")
        if (
            rule not in _HEADINGS
            or ":" in heading
            or (rule == "advertisement" and not _AD_LIST.match(heading))
        ):
            continue
        last_number = 0
        for j in range(i + 1, min(i + LIST_LINES, len(lines))):
            number = _ITEM_NUMBER.match(lines[j].text)
            if number and rule == "contents":
                # "1. ... 5." then "1. Agency: ...": the numbering starts again, so the
                # contents list has ended and the sections it lists begin
                if int(number.group(1)) <= last_number:
                    break
                last_number = int(number.group(1))
            if j in flags and flags[j] != rule:
                continue
            if not _HEADINGS[rule](lines[j]) or lines[j].text.endswith("[edit]"):
                break  # a wiki's next section heading ends the list under "See also"
            flags[j] = rule


_TICKER = re.compile(r"^(?:breaking(?: news)?|urgent|just in|latest|flash)\s*[:|–—-]\s*\S", I)
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def flag_other_titles_above(
    lines: list[ArticleLine], flags: dict[int, str], first_prose: int
) -> None:
    """Above the story, the titles of something else: a news ticker's line ('Breaking: ...')
    over the story's own headline, and an embedded video's title over its running time
    ('2:36') under the headline."""
    titles = [
        i for i in range(first_prose)
        if i not in flags and is_headline_like(lines[i]) and lines[i].words >= 4
    ]
    for i in titles:
        if _TICKER.match(lines[i].text) and any(
            j > i and not _TICKER.match(lines[j].text) for j in titles
        ):
            flags[i] = "other stories"
        elif (
            i + 1 < len(lines)
            and _DURATION.match(lines[i + 1].text)
            and any(j < i and j not in flags for j in titles)
        ):
            flags[i] = "video title"


# "Rebels retake border crossing, monitor says (The Gazette)": a link to another outlet's story.
_CREDITED_HEADLINE = re.compile(
    r"^(?:[-*•·–]\s)?[^\"“”()]{12,200}[^.!?\"“”\s]\s\((?:The )?[A-Z][\w.&'’-]*"
    r"(?:[ -](?:[A-Z&][\w.&'’-]*|of|de|al))*\)$"
)
_SMALL_WORDS = {"of", "the", "for", "and", "in", "on", "to", "a", "an", "at", "by", "de"}


def _is_credited_headline(line: ArticleLine) -> bool:
    """A headline in sentence case (an organisation's name with its acronym is title case)."""
    if line.words > 30 or not line.text.endswith(")") or not _CREDITED_HEADLINE.match(line.text):
        return False
    head = line.text[: line.text.rindex("(")].split()
    return len(head) >= 4 and any(w.islower() and w not in _SMALL_WORDS for w in head)


def flag_credited_headlines(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Two or more headlines in a row, each with its outlet in brackets: a link list; the short
    heading just above it ("Around the region") goes with it."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and flags.get(j, "other stories") == "other stories" and (
            _is_credited_headline(lines[j])
        ):
            j += 1
        if j - i >= 2:
            flags.update(dict.fromkeys(range(i, j), "other stories"))
            if i > 0 and i - 1 not in flags and is_menu_heading(lines[i - 1]):
                flags[i - 1] = "other stories"
        i = max(j, i + 1)


# "Sources", "References": the heading of the story's own citations, not of links elsewhere.
_CITATIONS = {"sources", "references", "citations", "notes", "endnotes", "bibliography",
              "sources and notes", "sources and methods"}


def flag_headline_runs(lines: list[ArticleLine], flags: dict[int, str], zone: range) -> None:
    """Three or more headline-like lines after the story: links to other stories (unless
    they stand under a heading naming them the story's sources)."""
    for run in runs_of(
        zone,
        lines,
        flags,
        # a table's row ("| Output | 200 MW |") is data, never a headline
        lambda ln: is_headline_like(ln) and ln.words >= 4 and not is_byline(ln.text)
        and not (ln.text.startswith("|") and ln.text.endswith("|")),
    ):
        if len(run) >= 3 and lines[run[0] - 1].text.rstrip(": ").lower() not in _CITATIONS:
            if _under_story_heading(lines, flags, run[0]):
                continue
            flags.update(dict.fromkeys(run, "other stories"))


def _under_story_heading(lines: list[ArticleLine], flags: dict[int, str], first: int) -> bool:
    """'Indicators to watch' between the last paragraph and a list: a heading of the story's
    own (nothing flags it), so the list under it is the story's too."""
    head = first - 1
    return (
        head >= 1
        and head not in flags
        and lines[head].words <= 5
        and not SENTENCE_END.search(lines[head].text)
        and head - 1 not in flags
        and is_prose(lines[head - 1].text, lines[head - 1].words)
    )
