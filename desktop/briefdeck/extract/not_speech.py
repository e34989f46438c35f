"""Quoted words nobody says: names ('"Daesh"', 'known as "Green Village"'), titles and
cited works ('DOD, "Statement on X," May 2, 2024.'), terms explained, nicknames and labels
('an Iranian-led "axis of resistance"'). Reporting quotes these too; they are no quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.item_titles import review_title
from briefdeck.extract.quote_patterns import (
    CALLED_THING,
    NAMED_AS,
    NAMING_BEFORE,
    NOUN_SLOT,
    REPORTED_BEFORE,
    TERM_EXPLAINED,
    TITLE_CASE_NAME,
)
from briefdeck.extract.script_cues import on_cue_line

# Words that open with a preposition fill no noun's slot: 'condemned the raid "in the
# harshest terms"' is said, not a label for the raid.
_PREPOSITION_FIRST = re.compile(r"(?:in|with|at|on|by|from|without|under|beyond)\s")
# A quote that opens after a word, mid-sentence: 'troops left "under pressure."' (a few words
# with the stop inside the marks, no one said to say them) is no sentence of anyone's.
MID_SENTENCE = re.compile(r"[a-z] $")

# A title set out after the word that says so ('under the title "..."', 'headlined "..."'):
# a work's name, nobody's words.
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|(?:title|headline|heading)"
                     r"(?:\s+(?:of|reading))?)[,:]?\s*$")
# A work named after its kind, a determiner before: 'our guide "...", 'the film "..."'. A
# title, nobody's words (reports and studies left out: their findings follow in quotes).
_WORK_KIND = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Mm]y|[Yy]our|"
                        r"[Tt]his)\s+(?:[\w-]+\s+)?(?:guide|book|memoir|novel|film|movie|"
                        r"documentary|podcast|song|album|poem|play|exhibition|pamphlet|booklet|"
                        r"handbook|brochure|leaflet|essay|episode)\s*$")
# A corrections column or a list of stories names an earlier story by its headline in quotes,
# where it ran following in brackets: '"Drones hit the base" (published Nov. 28, page A1)'. A
# headline, nobody's words.
_RAN_AFTER = re.compile(r"\s*\((?:published|posted|printed|updated|ran|appeared|page\s+[A-Z]?\d)\b",
                        re.I)
# A cited work's title is followed by its date or where to find it, maybe after what kind of
# work it is: 'DOD, "Statement on X," press release, May 2025.'
_CITED_AFTER = re.compile(
    r"[,.]?\s*(?:(?!(?:said|says|told|wrote|added)\b)[A-Za-z][a-z-]+(?:\s+[A-Za-z][a-z-]+){0,2},"
    r"\s+(?:updated\s+|published\s+)?)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\b|accessed\b|"
    # (a military source list dates its entries "23 NOV 26")
    r"\d{1,2}\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+\d{2}\b|"
    r"available\s+at\b|https?://)")


# A reference list's entry: 'N. "Title". *Outlet*. Retrieved 3 May 2026.', '"Title." Outlet,
# 12 Jan. 2027, https://...' (MLA, Chicago, Wikipedia styles): the quoted words are a work's
# title, whatever their case. Its line goes on after the title's stop with a few capitalised
# names and a year, an access note or a link, and no one in it says anything.
_CITE_MARK = re.compile(r"\b(?:(?:19|20)\d\d|[Rr]etrieved|[Aa]ccessed|[Aa]rchived)\b|https?://|"
                        r"\bdoi:")
_CITE_SAYS = re.compile(r"\b(?:said|says|told|tells|added|stated|reported|wrote|writes|"
                        r"according|quoted|called|described|warned|announced)\b")
_CITE_LOWER = re.compile(r"(?<![\w/.-])(?!(?:retrieved|accessed|archived|available|from|online|"
                         r"original|updated)\b)[a-z]{4,}\b")


# A pronoun run into its verb opens a sentence, never a name: '"That's Jane," she said'.
_SPOKEN_OPENING = re.compile(r"(?:That|It|He|She|We|They|I|There|Here|What|Who|You)['’]"
                             r"(?:s|re|ll|m|ve|d)\b")
_CREDIT_DASH = re.compile(r"[.,]?\s*[—–-]")  # '"..." — Jane Roe, 2026': an epigraph's credit
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us)\b")


def _cited_entry(text: str, inner: str, open_at: int, close_at: int) -> bool:
    """open_at/close_at: the quote's marks, outside. True for a title in a reference entry."""
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - close_at > 200 or not (inner.rstrip()[-1:] in ".," or
                                         text[close_at:close_at + 1] in ".,"):
        return False
    tail = text[close_at:line_end]
    mark = _CITE_MARK.search(tail)
    if not mark or len(_CITE_LOWER.findall(tail)) > 1 or _CREDIT_DASH.match(tail):
        return False
    if mark.group(0)[:1].isdigit() and _FIRST_PERSON_WORD.search(inner):
        return False  # '"We will hold." CENTCOM, 4 May 2026': a credited line, maybe spoken
    line_start = text.rfind("\n", 0, open_at) + 1
    return open_at - line_start <= 150 and not _CITE_SAYS.search(text, line_start, open_at) \
        and not _CITE_SAYS.search(tail)


# A numbered note or a series' part opens the line before the quoted words: '4. "Title,"
# Outlet, May 4, 2026' (a cited work, in sentence case too), 'Episode 12: "Title"' (a title).
# (a footnote's bare number too: '2 "Title," Outlet, Oct. 21, 2026.')
# (a source list's marker, '[S5] Reuters, "Title," 23 NOV 26': the outlet before the title)
_NOTE_OPENS = re.compile(r"(?:\[?\d{1,3}[.\]]?|\d{1,3}\))?\s*$")
# (a reading list's bullet: '- Reuters, "Title," 18 November 2026.')
_BULLET_ENTRY_OPENS = re.compile(r"[-•*–][ \t]++[A-Z][\w.&'’-]*+(?:[ \t]++[A-Z][\w.&'’-]*+){0,3}+,"
                                 r"[ \t]*+$")
_SOURCE_ENTRY_OPENS = re.compile(r"\[[A-Z]{1,3}\d{1,3}\]\s*(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)"
                                 r"{0,3},\s*)?$")
_PART_LABEL = re.compile(r"\b(?:Episode|Ep\.|Part|Chapter|Season|Issue|Volume|Vol\.)\s*"
                         r"\d{1,4}\s*[:.–—-]\s*$")


def _opens_entry(text: str, m: re.Match[str]) -> bool:
    """Is the quote the first thing of its line, bar a note's number?"""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if text[line_start:line_start + 1] == "[" and m.start() - line_start <= 50 and \
            _SOURCE_ENTRY_OPENS.fullmatch(text, line_start, m.start()):
        return True
    if text[line_start:line_start + 1] in "-•*–" and m.start() - line_start <= 50 and \
            _BULLET_ENTRY_OPENS.fullmatch(text, line_start, m.start()):
        return True
    return m.start() - line_start <= 6 and bool(_NOTE_OPENS.fullmatch(text, line_start,
                                                                       m.start()))


def _titled_part(text: str, m: re.Match[str]) -> bool:
    """'Episode 12: "Title"' alone on its line: the part's title, nobody's words."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    rest = text[m.end():len(text) if line_end < 0 else line_end]
    return m.start() - line_start <= 30 and not rest.strip() and \
        bool(_PART_LABEL.search(text, line_start, m.start()))


def _title_like(words: str) -> bool:
    """Most words of four letters or more capitalised, as in a headline or a title."""
    long = [w for w in words.split() if len(w) > 3]
    return len(long) >= 2 and sum(w[:1].isupper() for w in long) >= 0.7 * len(long)


_COUNT_BEFORE = re.compile(r"\d\s+$")
# 'praised what it called the "..."': the speaker's own words, not a name.
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:it|he|she|they|[A-Z][\w'’.-]*)\s+called\s+the\s*$")


# 'what the group described as a new "phase"': one word set in quotes as the thing named.
_NAMED_A = re.compile(r"\b(?:described|characteri[sz]ed|called|termed|dubbed|labell?ed)\s+"
                      r"(?:it\s+|them\s+)?(?:as\s+)?(?:an?|the)\s+(?:[a-z-]+\s+)?$")


# Words spoken of as words, as a translator's or editor's note writes them: 'the source uses
# "...", 'the term "..."', 'transliterated as "..."': a term, nobody's speech.
# ("with the words: "..."" sets out speech: "words" is not among them)
_WORDING = re.compile(r"(?:\b(?:terms?|word|phrases?|expressions?|spellings?|transliterations?)|"
                      r"\b(?:source|original|text|document|author|Arabic|Persian|Kurdish|"
                      r"Russian|Turkish|Hebrew|French)\s+(?:uses|used|has|reads|writes|wrote)|"
                      r"\b(?:spelled|spelt|rendered|transliterated|translated|kept|given|written)"
                      r"\s+as)[,:]?\s*$")


# A name of capitalised words joined by small ones: '"Islamic Resistance in Iraq" (IRI)',
# '"Army of the Men of the Naqshbandi Order"': a group's name, nobody's words.
_LINKED_NAME = re.compile(r"(?:al-)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|in|for|and|the|al|el|de)\s+)*"
                          r"(?:al-)?[A-Z][\w'’.-]*){1,6}")
_LINK_WORD = re.compile(r"\s(?:of|in|for|and|the|al|el|de)\s")
# A note's own instruction on wording: '-> lede: ... say "revised".', 'OK to use "an Iraqi
# health official"': words the reporter may write, nobody's statement.
# (and its warning about wording: 'Careful with "three shot down":', 'avoid "massacre"')
_WORDING_TOLD = re.compile(r"(?:(?:^|[.:;>!?]\s+)(?:say|use|write|call\s+(?:it|them)|"
                           r"(?:be\s+)?careful\s+(?:with|about)|beware\s+of|avoid|"
                           r"don['’]t\s+(?:say|use|write))|"
                           r"\b(?:ok|okay|fine|better)\s+to\s+(?:say|use|write|"
                           r"call\s+(?:it|them)))[,:]?\s*$", re.I)


# A newsroom draft's placeholder or note to the desk, open before the quote: "[TK: ...",
# "[EDS: ..." (a note about the draft, which no one in it says; an "[Editor's note: the
# original statement said "..."]" does set out what was said and is not among them).
_EDITORS_NOTE = re.compile(r"\[(?:TK|EDS|Eds)\b[^\]\n]*$")


# A memo's or a letter's subject line: 'RE: Hearing on "Title"', 'SUBJECT: ...' (what the paper
# is about, by its title; no one speaks the words in quotes).
_SUBJECT_LINE = re.compile(r"[ \t]*+(?:RE|Re|SUBJECT|Subject|SUBJ|Subj)[ \t]*+:[^\n\"“”]{0,120}+$")


def not_speech(text: str, m: re.Match[str], inner: str, trimmed: str,
               para: tuple[int, int, int]) -> bool:
    """True for quoted words nobody says: a name, a title, a cited work, a term explained,
    a nickname or a label. m: the quote with its marks; inner: the words inside them;
    trimmed: the same without a trailing comma; para: its paragraph's span."""
    if len(trimmed.split()) == 1 and not trimmed[:1].islower():
        return True  # a quoted name ("Daesh"), not a statement
    if ":" in text[max(para[0], m.start() - 8):m.start()] and on_cue_line(text, m.start()):
        return True  # 'IN: "The strikes began ..."': a script's cue repeats a piece's words
    if TITLE_CASE_NAME.fullmatch(trimmed) and not _SPOKEN_OPENING.match(trimmed):
        return True  # '"Eagle Strike 7"', a name in every capitalised word
    words = len(trimmed.split())
    if words <= 7 and _LINKED_NAME.fullmatch(trimmed) and _LINK_WORD.search(trimmed):
        return True  # '"Islamic Resistance in Iraq"': a name with its small words
    if words <= 4 and _WORDING_TOLD.search(text, max(para[0], m.start() - 30), m.start()):
        return True  # 'say "revised"': the wording a note tells itself to use
    if "[" in text[max(para[0], m.start() - 80):m.start()] and _EDITORS_NOTE.search(
            text, max(para[0], m.start() - 80), m.start()):
        return True  # '[TK: the statement says only "..."]': an editor's note in a draft
    if "(" in text[m.end():m.end() + 3] and _RAN_AFTER.match(text, m.end()):
        return True  # '"Drones hit the base" (published Nov. 28)': an earlier story's headline
    cited = _CITED_AFTER.match(text, m.end())
    if cited and _title_like(trimmed):
        return True  # a note citing a work: 'DOD, "Statement on X," May 2, 2024.'
    if cited and _opens_entry(text, m) and \
            not _CITE_SAYS.search(text, m.end(), m.end() + 40) and \
            not _FIRST_PERSON_WORD.search(inner):  # ('"We will hold." Port Command, 2027')
        return True  # '4. "Drone hits base," Outlet, May 4, 2026': a cited headline
    if (":" in text[max(para[0], m.start() - 4):m.start()] and _title_like(trimmed)
            and _titled_part(text, m)):
        return True  # 'Episode 12: "Title"': a title on its own line
    if text[m.start() - 1:m.start()] in ("\n", "") and review_title(text, m.start(), m.end()):
        return True  # a review's title on its own line beside its star rating
    if _SUBJECT_LINE.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
        return True  # 'RE: Hearing on "..."': a memo's subject line names its subject
    before = text[max(para[0], m.start() - 24):m.start()]
    if ("titl" in before or "head" in before) and _TITLED.search(before):
        return True  # 'uploaded under the title "..."': a title, not speech
    if words <= 12 and trimmed[-1:] not in ".!?" and _WORK_KIND.search(before):
        return True  # 'our guide "Talking to ..." can help': a work named by its title
    if "slogan" in before or "motto" in before or "hashtag" in before:
        if re.search(r"\b(?:slogans?|mottos?|hashtags?)[,:]?\s*$", before):
            return True  # 'rallies under the slogan "..."': a slogan's words, no one's speech
    if _cited_entry(text, inner, m.start(), m.end()):
        return True  # a reference list's entry: '"Title". Outlet. Retrieved 3 May 2026.'
    if len(trimmed.split()) == 1 and _COUNT_BEFORE.search(
            text, max(para[0], m.start() - 12), m.start()):
        return True  # 'more than 40 "saboteurs"': a counted noun in scare quotes
    if (len(trimmed.split()) <= 4 or len(trimmed.split()) <= 8 and _title_like(trimmed)) and \
            NAMED_AS.search(text, max(para[0], m.start() - 25), m.start()) and \
            not _WHAT_CALLED.search(text, max(para[0], m.start() - 40), m.start()):
        return True  # 'the base, known as "Green Village"': a name, not words spoken
    if len(trimmed.split()) <= 4 and TERM_EXPLAINED.match(text, m.end()):
        return True  # '"locally lost," a term the army uses for ...': a term, explained
    if len(trimmed.split()) <= 3 and trimmed.lower().startswith("the ") and \
            CALLED_THING.search(text, max(para[0], m.start() - 50), m.start()):
        return True  # 'the crews called their trailers "the cans"': a nickname
    if " " not in trimmed and trimmed.isalpha() and _NAMED_A.search(
            text, max(para[0], m.start() - 40), m.start()):
        return True  # 'what it called a new "phase"': a word for the thing, not speech
    if len(trimmed.split()) <= 4 and _WORDING.search(text, max(para[0], m.start() - 40),
                                                      m.start()):
        return True  # 'the source uses "..."', 'the term "..."': words spoken of as words
    window = max(para[0], m.start() - 40)
    if len(trimmed.split()) <= 4 and trimmed[:1].islower() and \
            not _PREPOSITION_FIRST.match(trimmed) and NOUN_SLOT.search(
            text, window, m.start()) and not NAMING_BEFORE.search(
            text, window, m.start()) and not REPORTED_BEFORE.search(
            text, max(para[0], m.start() - 200), m.start()):
        return True  # 'part of an Iranian-led "axis of resistance"': a label, not speech
    if 2 <= words <= 3 and trimmed[:1].islower() and trimmed[-1:].isalpha() and \
            ";" in text[max(para[0], m.start() - 150):m.start()] and \
            _clause_says_nothing(text, max(para[0], m.start() - 150), m.start()):
        return True  # 'X says it costs $18 a box; write "care packages" on the memo line':
        # a few words set in quotes in a clause of their own that no one is said to say
    if len(trimmed.split()) <= 5 and _REJECTED.search(text, max(para[0], m.start() - 6),
                                                      m.start()) and \
            _said_earlier(text, trimmed, para[0]):
        return True  # 'so it was 3 Dec, not "overnight into Friday"': a note rejecting the
        # wording of a passage it holds (a pasted answer), no one's speech
    return False


# 'so it was Thursday, not "overnight into Friday"': the wording a correction rejects
_REJECTED = re.compile(r"\bnot\s$")


def _said_earlier(text: str, words: str, before: int) -> bool:
    """True when the words stand, unquoted, in the text before the position (the passage
    being corrected)."""
    low, words = _lowered(text), words.lower()
    at = low.find(words, 0, before) if words else -1
    while at >= 0:
        if text[at - 1:at] not in ('"', "“", "'", "‘"):
            return True
        at = low.find(words, at + 1, before)  # (quoted before too: someone's words again)
    return False


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


_NAMING = re.compile(r"\b(?:named|claimed|termed|dubbed|labell?ed|branded|vowed|"
                     r"promised|urged|denied|insisted|condemned|praised|mourned)\b")


def _clause_says_nothing(text: str, start: int, end: int) -> bool:
    """True when text[start:end] has a ';' after its last sentence stop and the clause after
    that ';' has no word of saying (the quote that ends it stands in that clause alone)."""
    semi = text.rfind(";", start, end)
    if semi < 0 or text.rfind(". ", start, end) > semi:
        return False
    clause = text[semi:end]
    return not _CITE_SAYS.search(clause) and not _NAMING.search(clause) and \
        "“" not in clause and '"' not in clause
