"""What new formats put before or around their first sentence of news.

- A thread's post counter ("1/9 ", "🧵 "): the post's number, not its words; and the first
  post's "Thread on last night's strikes ..." speaks of the thread, not of the strikes.
- A transcript's speaker labels ("Spokesperson Rafid al-Hamdani: ", "AFP: "): who speaks, not
  what is said; in a press conference the greeting and the spokesperson's opening
  announcements (a visit abroad, a fair) tell no act of force: the lede must.
- A reporter's notebook line in shorthand ("0140L (2240Z Sun) -> impacts AAAB"): an arrow
  stands for the verb a sentence would have; no BLUF sentence as it stands.
- A notes file's title ("NE Syria / border - working notes, wk 48") names the notes; the news
  is in their first sentence.
- A fact box's figure on the line above its caption ("41" / "one-way attack drones
  intercepted ..."): the caption says nothing without it.
"""

from __future__ import annotations

import re

from briefdeck.extract.sentence_case_labels import NAME

COUNTER = re.compile(r"[ \t]*(?:🧵[ \t]*)?\d{1,2}[ \t]*/[ \t]*\d{1,2}\b[ \t]*(?:🧵[ \t]*)?|"
                     r"[ \t]*🧵[ \t]*")
_THREAD_FRAME = re.compile(r"(?:A\s+|This\s+|My\s+)?(?:thread|🧵)\b", re.I)


def past_counter(text: str, start: int, end: int) -> int:
    """Where the words start past a thread's post counter, or start."""
    m = COUNTER.match(text, start, end)
    return m.end() if m and m.end() < end else start


def thread_frame(words: str) -> bool:
    """'Thread on last night's strikes ...': the thread announcing itself."""
    return _THREAD_FRAME.match(words) is not None


# "Spokesperson Rafid al-Hamdani: ", "Al Mayadeen: ", "AFP: " at a line's start.
_LABEL = re.compile(rf"(?m)^{NAME}:[ \t]+(?=\S)")
LABELLED_TURNS = 3  # lines opening on a speaker's label: a transcript
TURN_WORDS = 6  # a turn says something: a label before a few names is a list


def speaker_turns(text: str, end: int) -> bool:
    """Do at least three lines up to `end` open on a speaker's label and a turn, one label
    twice (not a newsletter's "Why it matters: ", "Driving the news: ")?"""
    seen: set[str] = set()
    found = 0
    twice = False
    for m in _LABEL.finditer(text, 0, end):
        line_end = text.find("\n", m.end())
        if len(text[m.end():line_end if line_end > 0 else None].split()) < TURN_WORDS:
            continue  # ("Upper Galilee: Kiryat Shmona, Yiftah": an area and its towns)
        found += 1
        label = m.group().strip()
        twice = twice or label in seen
        seen.add(label)
        if found >= LABELLED_TURNS and twice:
            return True
    return False


def past_label(text: str, start: int, end: int) -> int:
    """Where a turn's words start past its speaker's label, or start."""
    if start and text[start - 1] != "\n":
        return start
    m = _LABEL.match(text, start, end)
    return m.end() if m and m.end() < end else start


# (an arrow for the verb; "3x OWA UAS" for "three one-way attack drones")
# (a note to self: "?? confirm ...", "Call w/ ..."; the writer's "Quick summary ... for the
# client note")
_ARROW = re.compile(r"\s(?:->|=>|-->|→)\s|(?<![\w.])\d{1,3}x\s|^\?|\bw/\s|"
                    r"^Quick\s+(?:summary|note|update)\b|\bfor\s+the\s+client\s+(?:note|flash)\b|"
                    r"^(?:Owner|Author|Status|Tags?)\s*:|\blast\s+edited\b")  # (a page's fields)


def shorthand(words: str) -> bool:
    return _ARROW.search(words) is not None


_NOTES_TITLE = re.compile(r"\b(?:working|field|raw|running|desk|reporter'?s?)\s+notes\b|"
                          r"\bnotebook\b", re.I)


def notes_title(headline: str) -> bool:
    return _NOTES_TITLE.search(headline) is not None


# "Sudan: Kordofan Hostilities - Flash Update No. 7", "DAILY SITREP No. 320/23": a numbered
# issue of a series names the page (whatever topic it opens with); its lede is the news.
_NUMBERED_ISSUE = re.compile(r"\b(?:update|sitrep|situation\s+report|report|bulletin|brief|"
                             r"briefing|summary|digest|INTSUM|spot\s*rep)\s+(?:no\.?\s*|number\s+|"
                             r"#\s*)\d[\d/.-]*$", re.I)


def numbered_issue(headline: str) -> bool:
    return headline[-1:].isdigit() and _NUMBERED_ISSUE.search(headline) is not None


_FIGURE_ABOVE = re.compile(r"(?:^|\n)[ \t]*([~≈<>]?\d[\d,.]*\+?%?)[ \t]*\n\s*$")


def figure_above(text: str, start: int) -> str:
    """'41' when the words start in lower case under a line holding only that figure."""
    if not text[start:start + 1].islower():
        return ""
    m = _FIGURE_ABOVE.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    figure = m.group(1)
    return f"about {figure[1:]}" if figure[0] in "~≈" else figure


# A diplomatic programme: a visit abroad and its agenda ("the Minister ... will pay an official
# visit to Tokyo", "The two sides will discuss ..."), a fair the ministry takes part in.
# (and a spokesperson's "When there is a decision, we will announce it": no expectation)
_PROGRAMME = re.compile(r"\bwill\s+(?:pay\s+(?:an?\s+)?(?:official\s+|state\s+|working\s+)?"
                        r"visit|discuss|take\s+part\s+in|participate\s+in|(?:run|host|open)\s+"
                        r"(?:a|an|the)\s+(?:stand|booth|pavilion|exhibition|reception))\b|"
                        r"\bwill\s+(?:announce|confirm)\s+(?:it|that)\W*$")
_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
_COMMON = frozenset("their which after about there these those other would could being "
                    "since while where".split())


def unrelated_programme(words: str, news: str) -> bool:
    """A visit's or a fair's programme sharing no word with the news (the lede)."""
    if _PROGRAMME.search(words) is None:
        return False
    told = {w.casefold()[:5] for w in _WORD.findall(news) if len(w) >= 5} - _COMMON
    return not any(w.casefold()[:5] in told for w in _WORD.findall(words) if len(w) >= 5)
