"""Furniture among and after a story's paragraphs: what a page sets round the story.

Another story's headline in capitals between two paragraphs, the editor's initials under the
last one, a blog's topic tags and bulleted tags after it, a heading of section words over the
page's closing furniture, a site's short name over its name plate at the top.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import BULLETED, CONNECTORS, SENTENCE_END, WORD, ArticleLine
from briefdeck.ingest.rules import MENU_WORDS

_INITIALS = re.compile(r"^[A-Z]{2,3}(?:/[A-Z]{2,3})*$")
# "M. Haddad / Nour": the writer and editor a state agency signs under its story.
_EDITORS = re.compile(
    r"^(?:[A-Z]\.\s?)?[A-Z][a-z'’-]+(?:\s*/\s*(?:[A-Z]\.\s?)?[A-Z][a-z'’-]+){1,3}$"
)
# "Dr. Hanna Roe, Director of Research": who signs a notice, under its last paragraph.
_SIGNATURE = re.compile(
    r"^(?:(?:Dr|Prof|Professor|Col|Gen|Maj|Capt|Lt|Cmdr|Adm|Mr|Ms|Mrs|Sir|Dame)\.? )?"
    r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: (?:al-|el-|de |van |von )?[A-Z][\w'’-]+){1,2}, "
    r"(?:(?:Senior|Chief|Deputy|Executive|Managing|Associate|Assistant|Acting|Interim|Vice|"
    r"Research) )*(?:Director|Head|Chief|Editor|President|Chair(?:man|woman|person)?|Secretary|"
    r"Manager|Coordinator|Officer|Founder|Lead)\b"
    r"(?: (?:of|for|and|the|on|&|[A-Z][\w'’&-]*)){0,8}$"
)
_TAG_LINE = re.compile(r"^[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){1,5}$")
_COUNT = re.compile(r"^\d[\d.,]*[KkMm]?$")


def _flag_tail_tags(lines: list[ArticleLine], flags: dict[int, str], after: int) -> None:
    """A blog's topic tags after the story ("Drones Geolocation Iraq"): a line of a few
    capitalised words, no sentence, set between the page's furniture (a follow-me note above,
    the writer's box below), perhaps over its bare like and reply counts."""
    for i in range(after, len(lines) - 1):
        if i in flags or i - 1 not in flags or not _TAG_LINE.match(lines[i].text):
            continue
        j = i + 1
        while j < len(lines) and j not in flags and _COUNT.match(lines[j].text):
            j += 1
        if j < len(lines) and j in flags:
            flags[i] = "tags"


def flag_story_tail(lines: list[ArticleLine], flags: dict[int, str], prose: list[int]) -> None:
    """Furniture set among or after the paragraphs: another story's headline in capitals
    between two paragraphs, the editor's initials under the last one, a run of short bulleted
    tags after the story, a heading of section words over the page's closing furniture, a
    site's name over its name plate at the very top."""
    for i in range(prose[0] + 1, prose[-1]):
        line = lines[i]
        if (
            i not in flags
            and line.words >= 8  # a wire's own subheads in capitals are shorter
            and line.text.isupper()
            and ":" not in line.text
            and not any(c.isdigit() for c in line.text)
            and (i - 1) in prose
            and (i + 1) in prose
            and not lines[i - 1].text.isupper()
            and not lines[i + 1].text.isupper()
        ):
            flags[i] = "other stories"
    after = prose[-1] + 1
    if after < len(lines) and after not in flags and (
        _INITIALS.match(lines[after].text) or _EDITORS.match(lines[after].text)
    ):
        flags[after] = "story credits"
    _flag_tail_tags(lines, flags, after)
    # "- Iraq", "- Drone attack": three or more short bulleted items, then furniture or the end
    run: list[int] = []
    for j in range(prose[-1] + 1, len(lines)):
        if j in flags:
            if len(run) >= 3:
                flags.update(dict.fromkeys(run, "tags"))
            run = []
            continue
        text = lines[j].text
        if BULLETED.match(text) and lines[j].words <= 6 and not SENTENCE_END.search(text):
            run.append(j)
        else:
            run = []
    if len(run) >= 3:
        flags.update(dict.fromkeys(run, "tags"))
    # "In the News" over the furniture that closes the page: a heading of section words
    for j in range(len(lines) - 2, prose[-1], -1):
        if j + 1 not in flags:
            break
        words = lines[j].text.split()
        if (
            j not in flags
            and len(words) <= 4
            and all(w.lower() in CONNECTORS or w.lower() in MENU_WORDS for w in words)
            and any(w.lower() in MENU_WORDS for w in words)
        ):
            flags[j] = "other stories"
    # "Saba Net" over "Yemen News Agency (SABA)": the site's short name over its name plate
    if (
        len(lines) > 1
        and 0 not in flags
        and flags.get(1) == "masthead"
        and lines[0].words <= 3
        and not SENTENCE_END.search(lines[0].text)
        and set(WORD.findall(lines[0].text.lower())) & set(WORD.findall(lines[1].text.lower()))
    ):
        flags[0] = "masthead"


def flag_signatory(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The signatory of a notice or report ("Dr. Hanna Roe, Director of Research"): the last
    line that is not furniture, right under a paragraph, a name and an office title. Called
    after the publisher's blurb under it is known for furniture."""
    i = len(lines) - 1
    while i >= 0 and i in flags:
        i -= 1
    if (
        i >= 1
        and lines[i].words <= 12
        and SENTENCE_END.search(lines[i - 1].text)
        and _SIGNATURE.match(lines[i].text)
    ):
        flags[i] = "signature"
