"""Furniture found by its place on a thread or a release, not by its words alone.

- a network's comments under a post: the commenter's name line, headline, age and words,
  closed by "Like · Reply";
- a forum's community sidebar: the lines under "About Community", the rules it lists;
- a forum post's flair: the short tag right under the post's title;
- a release's closing blurb under "About <Company>", and its forward-looking statements;
- longer lines rare on a page, each looked for only when the whole text holds its mark:
  a wiki's reference entries and folded navigation boxes, a moderators' reminder, "Read:"
  links to other stories, a "Top image:" note and an agency's terms of reuse; the furniture
  of web discussion pages (discussion_kinds).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefdeck.ingest import discussion_kinds, reader_saves
from briefdeck.ingest.layout import Line
from briefdeck.ingest.wiki_diffs import REMOVED_MARK

# "Dr. Jo Ames • 3rd+": a commenter's name and how far off the network puts them.
_COMMENTER = re.compile(
    r"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?[A-Z][\w.'’-]+(?: [\w.'’-]+){0,4}\s*[•·]\s*"
    r"(?:1st|2nd|3rd\+?|Author|Follows you)$"
)
_COMMENT_END = re.compile(r"^like\s*[·•|]\s*reply\b", re.IGNORECASE)
_COMMENT_SPAN = 6  # name, headline, age, a paragraph or two, then "Like · Reply"
_SIDEBAR = re.compile(r"^about (?:this |the )?community$", re.IGNORECASE)
_SIDEBAR_SPAN = 8
_RULES_HEADING = re.compile(r"^(?:r/\w{2,21} |community |subreddit |forum )?rules$", re.IGNORECASE)
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
_POSTED_BY = re.compile(r"^(?:posted|submitted) by u/\w+", re.IGNORECASE)
_ABOUT = re.compile(r"^(?i:about) (?:the )?([A-Z][\w&'.-]*(?: [\w&'.-]+){0,6})$")
_FORWARD_LOOKING = re.compile(
    r"\bforward-looking statements?\b.{0,400}\b(?:within the meaning of|Securities Litigation "
    r"Reform Act|undertakes? no obligation|differ materially)\b|^(?:forward-looking statements?|"
    r"safe harbou?r statement|cautionary (?:note|statement) regarding forward-looking "
    r"statements?)$",
    re.IGNORECASE,
)


# (category, pattern, longest line, whether a line that reads as a sentence may match)
_Kind = tuple[str, re.Pattern[str], int, bool]
# Kinds a line opens with: tried only on lines that open with one of _OPENINGS.
_OPENING_KINDS: tuple[_Kind, ...] = (
    # '^ "Title". Outlet. 3 May 2026.': a wiki's reference list, each entry led by its
    # back-link caret; never a sentence of the article.
    ("reference list", re.compile(r"^(?:[-*•]\s+)?[\^↑]\s"), 80, True),
    # "| show | Conflicts in the region |": a navigation box folded into a table row.
    ("navigation", re.compile(r"^\|\s*(?:show|hide|v\s*·\s*t\s*·\s*e)\s*\|"), 20, True),
    # "Read: Ceasefire talks resume in Cairo": a link to another story set inside this one.
    ("other stories", re.compile(r"^(?:read|read more|also read|read also|see also|related|"
                                 r"watch)\s*:\s+\S", re.IGNORECASE), 25, False),
    # "Top image: The tanker in port (File photo)": the picture's note, set below the story.
    ("photo caption or credit", re.compile(r"^(?:top|main|header|featured|lead|hero|cover|above) "
                                           r"(?:image|photo|picture|photograph)\s*:",
                                           re.IGNORECASE), 60, True),
    # "− The attack took place late on 24 November ...": a wiki diff's removed wording, under
    # the diff's own minus sign (wiki_diffs): what the page no longer says, kept in sight.
    ("removed revision text", re.compile("^" + REMOVED_MARK + r"\S"), 2000, True),
)
_OPENINGS = tuple(
    f"{bullet}{caret}" for bullet in ("", "- ", "* ", "• ") for caret in ("^ ", "↑ ")
) + ("| show", "| hide", "| v", "Read", "READ", "Also", "See also", "Related", "Watch", "Top ",
     "Main ", "Header ", "Featured ", "Lead ", "Hero ", "Cover ", "Above ", REMOVED_MARK)
# Kinds anywhere in a line: tried only when the text holds one of their marks.
_MARKED_KINDS: tuple[tuple[tuple[str, ...], _Kind], ...] = (
    # "Reminder: this is a moderated forum ...", or a bot's note that it acted on its own.
    (("moderated ", "I am a bot"),
     ("forum furniture", re.compile(r"\bthis is a moderated (?:subreddit|forum|community|group|"
                                    r"thread)\b|\bI am a bot\b.{0,60}\bperformed automatically\b",
                                    re.IGNORECASE), 60, True)),
    # "All rights of this site belong to ... Using the content with mention of source is
    # permitted.": the agency's terms of reuse.
    (("ll rights o", "ll rights t", "mention of"),
     ("copyright", re.compile(r"\ball rights (?:of|to|on) (?:this|the) (?:site|website|content)s?"
                              r"\b|\b(?:use|using|reproduction|republication|quoting) (?:of )?"
                              r"(?:the |this |its )?(?:content|materials?|news)s? (?:is|are) "
                              r"(?:permitted|allowed)\b|\bwith mention of (?:the )?source\b",
                              re.IGNORECASE), 40, True)),
)


_MARKED_KINDS += discussion_kinds.MARKED_KINDS  # forum, talk page, channel, issue page
_MARKED_KINDS += reader_saves.MARKED_KINDS  # a read-later app's copy of a story


def _matches(kind: _Kind, line: Line, is_prose: Callable[[str, int], bool]) -> bool:
    _, pattern, longest, in_prose = kind
    return (
        line.words <= longest
        and pattern.search(line.text) is not None
        and (in_prose or not is_prose(line.text, line.words))
    )


def flag_rare_lines(
    text: str, lines: Sequence[Line], flags: dict[int, str], is_prose: Callable[[str, int], bool]
) -> None:
    """Longer lines of kinds rare on a page, kept out of the per-line rule table: the kinds a
    line opens with are tried on lines with such an opening, the others only when the text
    holds their mark."""
    present: dict[str, bool] = {}  # each mark looked for once (kinds of a format share them)

    def holds(mark: str) -> bool:
        if mark not in present:
            present[mark] = mark in text
        return present[mark]

    marked = [kind for marks, kind in _MARKED_KINDS if any(holds(m) for m in marks)]
    for i, line in enumerate(lines):
        if i in flags:
            continue
        if line.text.startswith(_OPENINGS):
            kind = next((k for k in _OPENING_KINDS if _matches(k, line, is_prose)), None)
            if kind is not None:
                flags[i] = kind[0]
                continue
        for kind in marked:
            if _matches(kind, line, is_prose):
                flags[i] = kind[0]
                break


def flag_comments(lines: Sequence[Line], flags: dict[int, str]) -> None:
    """A commenter's name line ("Jo Ames • 2nd") that a "Like · Reply" line closes within a
    few lines: the whole comment is the network's, not the post's. The post's own author line
    is followed by the post, far longer, so it is left alone."""
    for i, line in enumerate(lines):
        if "•" not in line.text or line.words > 9 or not _COMMENTER.match(line.text):
            continue
        for j in range(i + 1, min(i + _COMMENT_SPAN + 1, len(lines))):
            if _COMMENT_END.match(lines[j].text):
                for k in range(i, j + 1):
                    flags.setdefault(k, "social media")
                break


def flag_community(lines: Sequence[Line], flags: dict[int, str]) -> None:
    """The community's sidebar: its name, one-line description, dates and counts under
    "About Community"; its numbered rules under "Rules"; the flair under a post's title."""
    for i, line in enumerate(lines):
        if _SIDEBAR.match(line.text):
            for j in range(i + 1, min(i + _SIDEBAR_SPAN + 1, len(lines))):
                if lines[j].words > 25:
                    break
                flags.setdefault(j, "forum furniture")
        elif _RULES_HEADING.match(line.text) and i + 1 < len(lines):
            flags.setdefault(i, "forum furniture")
            j = i + 1
            while j < len(lines) and _NUMBERED.match(lines[j].text) and lines[j].words <= 20:
                flags.setdefault(j, "forum furniture")
                j += 1
        elif _POSTED_BY.match(line.text) and i + 2 < len(lines):
            flair = lines[i + 2]
            if (
                i + 2 not in flags
                and flair.words <= 2
                and flair.text[:1].isupper()
                and flair.text[-1:].isalpha()
                and not any(c.isdigit() for c in flair.text)
            ):
                flags[i + 2] = "forum furniture"


def _section_of_the_story(lines: Sequence[Line], flags: dict[int, str], at: int) -> bool:
    """An "About <name>" heading with the story still to come after its paragraph: a
    profile's first section (a fallen soldier's life), not the blurb that closes a release
    (after which only contacts, other blurbs and end marks follow). Three paragraphs of
    prose after it, none under another "About" heading, tell the story goes on."""
    prose, blurb = 0, False
    for j in range(at + 2, min(len(lines), at + 40)):
        text = lines[j].text
        if j in flags and _ABOUT.match(text):
            blurb = True  # the next issuer's blurb: its paragraph is no story
            continue
        if j in flags:
            continue
        if len(text) >= 120 and text.rstrip().endswith((".", '"', "”")) and not blurb:
            prose += 1
            if prose >= 3:
                return True
        blurb = False
    return False


def flag_release_tail(lines: Sequence[Line], flags: dict[int, str]) -> None:
    """The company's blurb under "About <Company>" (it opens with the company's name) and the
    forward-looking statements a listed company closes its releases with."""
    for i, line in enumerate(lines):
        about = _ABOUT.match(line.text) if flags.get(i) == "press release furniture" else None
        # "About Brianna" over a profile's story: the life of the person the page is about,
        # background an analyst's briefing leaves out (its BLUF is the news), but no release's
        # furniture: named for what it is
        kind = (
            "profile biography"
            if about and _section_of_the_story(lines, flags, i)
            else "press release furniture"
        )
        if about and kind != flags[i]:
            flags[i] = kind
        if about and i + 1 < len(lines) and i + 1 not in flags:
            name = about.group(1)
            lead = " ".join(name.split()[:2])
            if lines[i + 1].text.startswith((name, lead, "The " + lead)):
                flags[i + 1] = kind
        if "orward-looking" in line.text and i not in flags and _FORWARD_LOOKING.search(line.text):
            flags[i] = "disclaimer"
