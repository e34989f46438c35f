"""Words quoted to talk about the words, not anyone's statement.

Editors discussing a page (a wiki's talk page, a desk's notes) and fact checks quote wording to
weigh it, not to report what someone said:
- the page's own wording: 'the lead says "dozens"', 'Lead now says "..."', 'the infobox reads';
- a label carrying its qualifier in brackets: '"21 (per Houthi-run health ministry)"', a
  proposed title '"Israeli strikes on Yemen (November 2026)"' (speech has no brackets of its
  own; a transcriber's "(sic)" or "(inaudible)" is the exception);
- what a video is claimed to show: 'Video of "Iron Dome failing over Nahariya" is from 2024';
- a phrase as the subject of its sentence: '"someone who should know" is not a source';
- a term a contract, a rule or a law treats or defines as something: 'clauses that treat "acts
  of war" as a cause beyond control' (the document's term of art, no one's statement; a
  group that "would treat" someone so is speaking).
"""

from __future__ import annotations

import re

# 'the lead says', 'Lead now says:', 'the infobox reads': a wiki article's parts (the words
# must stand alone: "the project lead said" is a person).
_PAGE_PART_SAYS = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:[Tt]he|[Oo]ur|[Ii]ts|and|but)\s+)"
    r"(?:[Ll]ead|[Ii]nfobox)(?:\s+(?:now|currently|still))?\s+"
    r"(?:says|said|reads|read|gives|gave|states|has)\s*[:,]?\s*$"
)
_OWN_BRACKETS = re.compile(
    r"\((?!(?:sic|inaudible|unintelligible|crosstalk|laughter|"
    r"applause)\))[^()\n]{1,60}\)$",
    re.I,
)
_SHOWN_IN = re.compile(
    r"\b(?:[Vv]ideos?|[Ff]ootage|[Cc]lips?|[Pp]hotos?|[Ii]mages?|"
    r"[Pp]ictures?)\s+(?:of|showing|purporting\s+to\s+show)\s+$"
)
# 'clauses which treat "..." as', 'the act defines "..." as': the quoted words a term the rule
# sorts (a group that "would treat" someone as a target is speaking, no rule).
_TERM_VERB = re.compile(r"\b(?:clauses?|contracts?|agreements?|polic(?:y|ies)|rules?|"
                        r"regulations?|laws?|act|statutes?|provisions?|codes?|terms|"
                        r"standards?|manuals?|guidance),?\s+(?:which\s+|that\s+)?"
                        r"(?:(?:also|usually|often|generally|expressly)\s+)?"
                        r"(?:treat|define|classif(?:y|ie)|categori[sz]e|count|regard)"
                        r"(?:s|es|ed|d|ing)?\s+$")
_TERM_AS = re.compile(r"\s+as\s")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:]\s*)$")
_SPOKEN_OF = re.compile(r"\s+(?:is|was|are|were|isn['’]t|wasn['’]t|aren['’]t|means|meant)\s")


def wording_discussed(text: str, open_at: int, close_at: int, words: str, para_start: int) -> bool:
    """Whether the quoted words (marks at text[open_at] and text[close_at - 1]) are wording
    weighed, not said."""
    words = words.strip()
    if not words:
        return False
    if words.endswith(")") and _OWN_BRACKETS.search(words):
        return True  # a figure's or title's wording with its qualifier
    before = text[max(para_start, open_at - 40) : open_at]
    if ("ead" in before or "nfobox" in before) and _PAGE_PART_SAYS.search(before):
        return True  # the page's own lead or infobox
    if len(words.split()) > 8 or words[-1:] in ".!?,":
        return False  # a sentence of its own is someone's
    if _SHOWN_IN.search(before):
        return True  # what a video is claimed to show
    if _TERM_AS.match(text, close_at) and _TERM_VERB.search(before):
        return True  # a term of art the rule treats as something
    return bool(_SENTENCE_OPEN.search(before) and _SPOKEN_OF.match(text, close_at))
